// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "valuestream/mapanalysis.h"
#include "valuestream/valuestreammap.h"

#include <QList>
#include <QString>

#include <optional>

namespace flowdeck::valuestream {

/// One figure in the current and in the future state, and how much it changed (future − current).
template<typename T>
struct Compared
{
    std::optional<T> current;
    std::optional<T> future;
    std::optional<T> delta;

    bool operator==(const Compared &) const = default;
};

/// How a step fares from the current to the future state.
enum class StepChange
{
    /// On both maps with the same name, kind, times and %C&A.
    Unchanged,
    /// On both maps, with a different name, kind, wait, process time or %C&A.
    Changed,
    /// Only on the future map.
    Added,
    /// Only on the current map.
    Removed,
};

/// One row of the side-by-side comparison: a step of either map, or the pair that is the same step on both.
struct StepComparison
{
    /// The future step's name, or the current step's for a removed step.
    QString name;
    /// The future step's kind, or the current step's for a removed step.
    QString kind;
    StepChange change = StepChange::Unchanged;
    std::optional<Id> currentStepId;
    std::optional<Id> futureStepId;
    /// Times on a side without the step, or without that time, are nothing. A time's delta treats a missing time
    /// as 0, as the analysis does, so a removed step's delta is minus its time and an added step's its time; it is
    /// nothing only when neither side has the time.
    Compared<qint64> waitMs;
    Compared<qint64> processMs;
    /// Wait + process of each side that has the step.
    Compared<qint64> leadMs;
    /// Percent complete and accurate, 0..100; the delta (in percentage points) only when both sides have one.
    Compared<double> pctCompleteAccurate;

    bool operator==(const StepComparison &) const = default;
};

/// The current and the future state of a value stream side by side.
struct MapComparison
{
    /// In the future map's order, each step of the current map that the future lacks placed right after the row
    /// of the closest step before it on the current map that is still there (at the top when there is none).
    QList<StepComparison> rows;
    /// The summaries along each map's critical path (analyse()); each delta is there when both sides have a value.
    Compared<qint64> totalLeadMs;
    Compared<qint64> totalProcessMs;
    /// Process / lead, 0..1.
    Compared<double> activityRatio;
    /// The product of the steps' %C&A, 0..100.
    Compared<double> rolledPctCompleteAccurate;
    /// The analyses the summary comes from, for the critical path and the bottleneck of each state.
    MapAnalysis currentAnalysis;
    MapAnalysis futureAnalysis;

    bool operator==(const MapComparison &) const = default;
};

/// Compares a current state with its future state. A future step is the same step as a current one when both have
/// a sourceKey and the keys are equal, or, when at least one of them has none, when their names are equal ignoring
/// case and surrounding blanks; each step pairs at most once, the earlier steps first. Refused with the error of
/// analyse(), naming the state (and the map) it comes from, when either map cannot be analysed.
Result<MapComparison> compareMaps(const Map &current, const Map &future);

} // namespace flowdeck::valuestream
