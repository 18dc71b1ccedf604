// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "graph/criticalpath.h"
#include "graph/graphstructure.h"
#include "graph/pipelinestore.h"
#include "graph/stagestatistics.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace flowdeck::app {

/// A stored pipeline with what `flowdeck pipeline import` and `show` tell about it: its order and layers, how its
/// stages behaved in the imported jobs, and its critical path.
struct PipelineSummary
{
    graph::StoredPipeline stored;
    /// The name of its service, empty when it has none.
    QString service;
    graph::GraphStructure structure;
    /// One per stage, in the order of stored.spec.stages.
    QList<graph::StageStatistics> statistics;
    graph::CriticalPath criticalPath;
    /// Whether the critical path is weighed by the stages' median queue and run times. Without any job to take
    /// them from, every stage weighs the same and the critical path is the longest chain of needs.
    bool weighedByJobs = false;

    int edgeCount() const;
};

/// Reads the pipeline `pipelineId` and works out its summary.
Result<PipelineSummary> summarisePipeline(const QSqlDatabase &db, Id pipelineId);

/// The JSON of a pipeline (docs/pipeline-import.md, "Command line"): name, stages, edges, critical path and
/// `warnings`, with the stored identity, the layers and the stage statistics.
QJsonObject pipelineJson(const PipelineSummary &summary, const QStringList &warnings);

/// The pipeline as text for a terminal: a heading, then the stages in topological order with their layer, kind,
/// environment, needs and (when jobs were imported) median queue and run time and success rate, the stages of
/// the critical path marked with *, and the critical path itself.
QString pipelineText(const PipelineSummary &summary);

/// Columns of text, each as wide as its widest cell, separated by two spaces, without trailing blanks.
QString textTable(const QList<QStringList> &rows);

} // namespace flowdeck::app
