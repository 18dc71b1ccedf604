// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/criticalpath.h"
#include "graph/pipelinestore.h"
#include "graph/stagestatistics.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace flowdeck::views {

/// What the Pipelines page draws of one pipeline: its stages, how they behaved in the imported jobs, and its
/// critical path by those medians.
struct PipelineGraphData
{
    graph::StoredPipeline pipeline;
    /// One per stage, in the order of the stages.
    QList<graph::StageStatistics> statistics;
    /// Over graph::observedDurations(statistics); empty when it could not be found.
    graph::CriticalPath criticalPath;
    /// Why there is no critical path (a cycle in stages stored by another tool), or empty.
    QString criticalPathError;

    /// The statistics of the stage `name`, or null.
    const graph::StageStatistics *statisticsOf(const QString &name) const;
    /// Whether the critical path means anything: some stage on it has a measured duration.
    bool hasCriticalPath() const { return criticalPath.length > 0; }
    /// Whether stage `name` lies on the critical path (never while hasCriticalPath() is false).
    bool isCriticalStage(const QString &name) const;
    /// Whether the edge from stage `from` to stage `to` lies on the critical path (never while hasCriticalPath() is
    /// false).
    bool isCriticalEdge(const QString &from, const QString &to) const;
};

/// Reads the pipeline `pipelineId` from `db` (the calling thread's connection) and finds its critical path.
Result<PipelineGraphData> loadPipelineGraph(const QSqlDatabase &db, Id pipelineId);

/// Every pipeline of a workspace, and the one the page shows.
struct PipelinesSnapshot
{
    QList<graph::PipelineListing> pipelines;
    /// The pipeline shown: the one asked for while it exists, else the first; nothing when there are none.
    std::optional<PipelineGraphData> shown;
};

/// Lists the pipelines of `db` and reads the one to show: `preferred` when it is still there, else the first.
Result<PipelinesSnapshot> loadPipelinesSnapshot(const QSqlDatabase &db, Id preferred);

} // namespace flowdeck::views
