// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace flowdeck::valuestream {

/// One step of a value stream map as the analysis sees it. A step without a wait (process) time counts 0 for it,
/// so that a half-filled workshop map can still be summed.
struct MapStep
{
    Id id = 0;
    QString name;
    std::optional<qint64> waitMs;
    std::optional<qint64> processMs;
    /// Percent complete and accurate, 0..100; a step without one is left out of the rolled %C&A.
    std::optional<double> pctCompleteAccurate;
    /// True for steps derived from data, false for workshop estimates.
    bool measured = false;

    bool operator==(const MapStep &) const = default;
};

/// What a step adds to the map's lead time.
struct StepAnalysis
{
    Id id = 0;
    /// Wait + process, missing times counted as 0.
    qint64 leadMs = 0;
    bool onCriticalPath = false;
    /// leadMs / totalLeadMs for a step on the critical path, 0..1; 0 for any other step (and when the total is 0).
    double share = 0.0;
    /// How much longer the step could take before a path through it became longer than the critical path; 0 on
    /// the critical path (and on any other path exactly as long).
    qint64 slackMs = 0;
    /// 1 for the largest share; ties go to the larger lead, then the larger wait, then the earlier step, so ranks
    /// are 1..n without gaps and steps off the critical path follow by their lead.
    int rank = 0;

    bool operator==(const StepAnalysis &) const = default;
};

/// The step on the critical path that adds most to the lead time.
struct Bottleneck
{
    Id id = 0;
    qint64 waitMs = 0;
    qint64 processMs = 0;
    qint64 leadMs = 0;
    /// Its share of the total lead time, 0..1.
    double share = 0.0;
    /// One translated line saying why, e.g. "waits 3 d 4 h before it starts: 61 % of lead time" when its wait is
    /// longer than its process time (the percentage is the wait's share of the total lead time), else "takes 2 h
    /// to process: 40 % of lead time" (the process time's share).
    QString reason;

    bool operator==(const Bottleneck &) const = default;
};

struct MapAnalysis
{
    /// Step ids from a step without predecessors to one without successors: the path with the largest sum of
    /// wait + process. Among equally long paths, the one through the earliest listed steps.
    QList<Id> criticalPath;
    /// The sum of wait + process along the critical path.
    qint64 totalLeadMs = 0;
    /// The sum of process times along the critical path.
    qint64 totalProcessMs = 0;
    /// totalProcessMs / totalLeadMs (flow efficiency), 0..1; nothing when the lead time is 0.
    std::optional<double> activityRatio;
    /// The product of every step's %C&A as fractions, times 100; nothing when no step has one.
    std::optional<double> rolledPctCompleteAccurate;
    /// One per step, in the order of the steps given.
    QList<StepAnalysis> steps;
    /// The critical step with the largest lead (ties: the larger wait, then the earlier step); nothing when the
    /// map is empty or its lead time is 0.
    std::optional<Bottleneck> bottleneck;

    bool operator==(const MapAnalysis &) const = default;
};

/// The summary, critical path and bottleneck of a map. `edges` run from step id to step id; a map without edges
/// is a line in list order (each step follows the one before). Refused with an error naming the steps: an edge
/// naming an unknown step, a cycle, two steps with one id, a negative time, a %C&A outside 0..100.
Result<MapAnalysis> analyseMap(const QList<MapStep> &steps, const QList<std::pair<Id, Id>> &edges);

/// A duration written in days, hours and minutes ("3 d 4 h", "2 h 5 min", "45 min"), rounded to the minute;
/// "under 1 min" for less than half a minute that is not 0.
QString formatDuration(qint64 ms);

} // namespace flowdeck::valuestream
