// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "valuestream/mapanalysis.h"
#include "valuestream/simulation.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace flowdeck::valuestream {

/// How the measured times of a step are summarised from its records.
enum class Statistic
{
    Median,
    P85,
};

/// "median" or "p85", as stored in value_streams.statistic and written on the command line.
QString statisticKey(Statistic statistic);
std::optional<Statistic> statisticFromKey(const QString &key);

/// What kind of work a step is: the stage kinds of the pipelines plus the steps before and after them.
namespace StepKind {
inline constexpr char Coding[] = "coding";
inline constexpr char Review[] = "review";
inline constexpr char Build[] = "build";
inline constexpr char Test[] = "test";
inline constexpr char Security[] = "security";
inline constexpr char Approval[] = "approval";
inline constexpr char Deploy[] = "deploy";
inline constexpr char Promotion[] = "promotion";
inline constexpr char Other[] = "other";
} // namespace StepKind

/// Every step kind, in the order a stream usually runs through them.
QStringList stepKinds();

/// One process box of a value stream map.
struct Step
{
    /// The stored row id; 0 or negative for a step not stored yet (negative ids are unique within one map, so that
    /// edges can name new steps).
    Id id = 0;
    /// Which data a measured step comes from, so that a refresh from the data finds it again: "coding", "review",
    /// "stage:<stage name>", "promotion:<environment name>". Empty for a workshop step.
    QString sourceKey;
    QString name;
    QString kind = QString::fromLatin1(StepKind::Other);
    /// The wait in front of the step.
    std::optional<qint64> waitMs;
    /// The process (touch) time of one item.
    std::optional<qint64> processMs;
    /// Percent complete and accurate, 0..100.
    std::optional<double> pctCompleteAccurate;
    std::optional<double> people;
    /// Items waiting in front of the step.
    std::optional<int> wip;
    /// True when the times come from the workspace's data; false for a workshop estimate.
    bool measured = false;
    QString notes;
    /// Kaizen bursts: one improvement idea per line.
    QString improvementIdeas;

    // Not stored: what a derivation found behind a measured step.
    /// How many records the times were summarised from.
    int sampleCount = 0;
    /// Every observed wait and process time, for the what-if simulation's empirical distributions.
    QList<qint64> waitSamplesMs;
    QList<qint64> processSamplesMs;

    /// Wait + process, missing times counted as 0.
    qint64 leadMs() const { return waitMs.value_or(0) + processMs.value_or(0); }
    QStringList ideas() const;

    bool operator==(const Step &) const = default;
};

enum class MapState
{
    Current,
    Future,
};

/// "current" or "future", as stored in value_streams.state.
QString mapStateKey(MapState state);
std::optional<MapState> mapStateFromKey(const QString &key);

/// A value stream map: a current or a future state, its steps in order along the stream and the flow between them.
struct Map
{
    /// 0 for a map not stored yet.
    Id id = 0;
    QString name;
    OptionalId serviceId;
    MapState state = MapState::Current;
    /// For a future state: the map it was copied from.
    OptionalId basedOnId;
    /// The period the measured times come from, [from, to).
    OptionalTime periodFrom;
    OptionalTime periodTo;
    Statistic statistic = Statistic::Median;
    QString notes;
    /// The stored revision a save must still find (optimistic locking); 0 for a map not stored yet.
    int revision = 0;
    Timestamp updatedAt = 0;
    /// In position order.
    QList<Step> steps;
    /// From step id to step id. Empty: the steps form a line in list order.
    QList<std::pair<Id, Id>> edges;

    int indexOfStep(Id stepId) const;
    /// The edges, or the line in list order when there are none.
    QList<std::pair<Id, Id>> flow() const;
    bool hasParallelBranches() const;

    bool operator==(const Map &) const = default;
};

/// The steps as analyseMap() takes them.
QList<MapStep> analysisSteps(const Map &map);
/// analyseMap() over the map's steps and flow.
Result<MapAnalysis> analyse(const Map &map);

/// How each step's times are drawn in the what-if simulation:
/// - a step with samples (measured, or edited from a measured one): the empirical distribution of its samples,
///   scaled so that the samples' statistic (median or p85, as the map's) becomes the step's value: a future state
///   that halves a wait halves every observed wait;
/// - a workshop estimate without samples: a triangular distribution from half the value over the value (most likely) to
/// twice it;
/// - anything else: the step's value, fixed.
/// Missing times count as 0.
QList<SimStep> simulationSteps(const Map &map);

/// Copies the samples (and sample counts) of `derived`'s steps to the steps of `map` with the same sourceKey, so
/// that a stored map can be simulated on the data of today.
void attachSamples(Map &map, const Map &derived);

/// Merges a fresh derivation into a stored map, for "Refresh from data": each measured step whose sourceKey the
/// derivation still has takes its name-independent values (wait, process, %C&A, WIP, samples) from it; workshop
/// steps, names, people, notes and ideas stay as they are; derived steps the map lacks are added after the step
/// they follow in the derivation, with their edges; measured steps the data no longer has stay, as they were.
/// The period and statistic become the derivation's.
Map mergeDerived(const Map &stored, const Map &derived);

} // namespace flowdeck::valuestream
