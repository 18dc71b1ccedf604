// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinegraphdata.h"

namespace flowdeck::views {

const graph::StageStatistics *PipelineGraphData::statisticsOf(const QString &name) const
{
    for (const graph::StageStatistics &entry : statistics) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

bool PipelineGraphData::isCriticalStage(const QString &name) const
{
    return hasCriticalPath() && criticalPath.path.contains(name);
}

bool PipelineGraphData::isCriticalEdge(const QString &from, const QString &to) const
{
    if (!hasCriticalPath())
        return false;
    const QStringList &path = criticalPath.path;
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (path[i - 1] == from && path[i] == to)
            return true;
    }
    return false;
}

Result<PipelineGraphData> loadPipelineGraph(const QSqlDatabase &db, Id pipelineId)
{
    PipelineGraphData data;
    auto stored = graph::loadPipeline(db, pipelineId);
    if (!stored)
        return stored.error();
    data.pipeline = std::move(*stored);
    auto statistics = graph::loadStageStatistics(db, pipelineId);
    if (!statistics)
        return statistics.error();
    data.statistics = std::move(*statistics);
    auto path = graph::criticalPath(data.pipeline.spec, graph::observedDurations(data.statistics));
    if (path)
        data.criticalPath = std::move(*path);
    else
        data.criticalPathError = path.errorMessage();
    return data;
}

Result<PipelinesSnapshot> loadPipelinesSnapshot(const QSqlDatabase &db, Id preferred)
{
    PipelinesSnapshot snapshot;
    auto listings = graph::listPipelines(db);
    if (!listings)
        return listings.error();
    snapshot.pipelines = std::move(*listings);
    if (snapshot.pipelines.isEmpty())
        return snapshot;
    Id shown = snapshot.pipelines.constFirst().row.id;
    for (const graph::PipelineListing &listing : std::as_const(snapshot.pipelines)) {
        if (listing.row.id == preferred)
            shown = preferred;
    }
    auto data = loadPipelineGraph(db, shown);
    if (!data)
        return data.error();
    snapshot.shown = std::move(*data);
    return snapshot;
}

} // namespace flowdeck::views
