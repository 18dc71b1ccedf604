// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QString>

/// The edits the Pipelines page makes to a pipeline, as changes of its spec: each returns the pipeline after the
/// edit and leaves the rest of it (the order of the stages, every other need) as it was.
namespace flowdeck::views::pipelineedits {

/// `stage` appended after the last stage.
graph::PipelineSpec addStage(const graph::PipelineSpec &pipeline, const graph::StageSpec &stage);

/// The stage `from` called `to`, in the stages that need it too.
graph::PipelineSpec renameStage(const graph::PipelineSpec &pipeline, const QString &from, const QString &to);

/// The stage `name` removed, and with it every need of it.
graph::PipelineSpec deleteStage(const graph::PipelineSpec &pipeline, const QString &name);

/// Stage `to` needing stage `from` as well (once: a need it has already is not added again).
graph::PipelineSpec connectStages(const graph::PipelineSpec &pipeline, const QString &from, const QString &to);

/// Stage `to` no longer needing stage `from`.
graph::PipelineSpec disconnectStages(const graph::PipelineSpec &pipeline, const QString &from, const QString &to);

/// The stage called `name`, or null.
const graph::StageSpec *findStage(const graph::PipelineSpec &pipeline, const QString &name);

/// Whether stage `to` needs stage `from`.
bool isConnected(const graph::PipelineSpec &pipeline, const QString &from, const QString &to);

/// What is wrong with `name` as the name of a stage of `pipeline` (empty, or taken by a stage other than `current`),
/// as a sentence; empty when it will do.
QString stageNameProblem(const graph::PipelineSpec &pipeline, const QString &name, const QString &current = {});

} // namespace flowdeck::views::pipelineedits
