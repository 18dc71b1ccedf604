// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/stagestatistics.h"

#include "domain/delivery.h"
#include "stats/quantiles.h"
#include "store/query.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

struct StageStatisticsText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::StageStatistics)
};

} // namespace

std::optional<double> StageStatistics::successRate() const
{
    if (succeeded + failed == 0)
        return std::nullopt;
    return double(succeeded) / double(succeeded + failed);
}

Result<QList<StageStatistics>> loadStageStatistics(const QSqlDatabase &db, Id pipelineId)
{
    QList<StageStatistics> statistics;
    QHash<Id, qsizetype> indexOf;
    {
        auto stages =
            store::runQuery(db, StageStatisticsText::tr("Reading the stages"),
                            u"SELECT id, name FROM stages WHERE pipeline_id = ? ORDER BY position, id"_s, {pipelineId});
        if (!stages)
            return stages.error();
        while (stages->next()) {
            StageStatistics entry;
            entry.stageId = stages->value(0).toLongLong();
            entry.name = stages->value(1).toString();
            indexOf.insert(entry.stageId, statistics.size());
            statistics.append(entry);
        }
    }

    // The per-job values come out of SQL; the medians are taken here, which keeps the SQL plain for both engines.
    auto jobs = store::runQuery(db, StageStatisticsText::tr("Reading the jobs"),
                                u"SELECT j.stage_id, j.run_id, j.status, j.queued_at, j.started_at, j.finished_at "
                                u"FROM jobs j JOIN stages s ON s.id = j.stage_id WHERE s.pipeline_id = ? "
                                u"ORDER BY j.stage_id, j.run_id"_s,
                                {pipelineId});
    if (!jobs)
        return jobs.error();
    const QString succeeded = QString::fromLatin1(Status::Succeeded);
    const QString failed = QString::fromLatin1(Status::Failed);
    std::vector<std::vector<qint64>> queues(statistics.size());
    std::vector<std::vector<qint64>> runs(statistics.size());
    std::vector<Id> lastRun(statistics.size(), -1);
    while (jobs->next()) {
        const qsizetype i = indexOf.value(jobs->value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        StageStatistics &entry = statistics[i];
        ++entry.jobCount;
        // Ordered by run within a stage, so a new run id is a run not counted yet.
        const Id run = jobs->value(1).toLongLong();
        if (run != lastRun[i]) {
            ++entry.runCount;
            lastRun[i] = run;
        }
        const QString status = jobs->value(2).toString();
        if (status == succeeded)
            ++entry.succeeded;
        else if (status == failed)
            ++entry.failed;
        const OptionalTime queued = store::optionalTime(jobs->value(3));
        const OptionalTime started = store::optionalTime(jobs->value(4));
        const OptionalTime finished = store::optionalTime(jobs->value(5));
        if (queued && started && *started >= *queued)
            queues[i].push_back(*started - *queued);
        if (started && finished && *finished >= *started)
            runs[i].push_back(*finished - *started);
    }
    for (qsizetype i = 0; i < statistics.size(); ++i) {
        statistics[i].medianQueueMs = stats::median(queues[i]);
        statistics[i].medianRunMs = stats::median(runs[i]);
    }
    return statistics;
}

QHash<QString, qint64> observedDurations(const QList<StageStatistics> &statistics)
{
    QHash<QString, qint64> durations;
    for (const StageStatistics &entry : statistics) {
        if (entry.medianQueueMs || entry.medianRunMs)
            durations.insert(entry.name, entry.typicalDurationMs());
    }
    return durations;
}

} // namespace flowdeck::graph
