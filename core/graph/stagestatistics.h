// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace flowdeck::graph {

/// How a stored stage behaved in the jobs imported for it (jobs.stage_id).
struct StageStatistics
{
    Id stageId = 0;
    QString name;
    /// Its jobs: every attempt and every leg of a matrix counts.
    int jobCount = 0;
    /// The pipeline runs it had a job in.
    int runCount = 0;
    /// Jobs that ended succeeded, and jobs that ended failed.
    int succeeded = 0;
    int failed = 0;
    /// The median wait (started_at - queued_at) over the jobs that have both times, and the median work
    /// (finished_at - started_at) over the jobs that have both; a job whose times run backwards is left out.
    std::optional<qint64> medianQueueMs;
    std::optional<qint64> medianRunMs;

    /// succeeded / (succeeded + failed); nothing while no job has ended either way.
    std::optional<double> successRate() const;
    /// Median queue + median run, as the critical path weighs the stage; 0 for what is unknown.
    qint64 typicalDurationMs() const { return medianQueueMs.value_or(0) + medianRunMs.value_or(0); }

    bool operator==(const StageStatistics &) const = default;
};

/// One entry per stage of the stored pipeline `pipelineId`, in the order the stages are shown (position), stages
/// without jobs included with counts of 0. The median of an even count is the mean of the two middle values,
/// rounded down.
Result<QList<StageStatistics>> loadStageStatistics(const QSqlDatabase &db, Id pipelineId);

/// Stage name -> typicalDurationMs(), the input of criticalPath(); stages with neither median are left out.
QHash<QString, qint64> observedDurations(const QList<StageStatistics> &statistics);

} // namespace flowdeck::graph
