// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelineedits.h"

#include <QCoreApplication>

namespace flowdeck::views::pipelineedits {

namespace {

struct PipelineEdits
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::pipelineedits)
};

} // namespace

using graph::PipelineSpec;
using graph::StageSpec;

PipelineSpec addStage(const PipelineSpec &pipeline, const StageSpec &stage)
{
    PipelineSpec edited = pipeline;
    edited.stages.append(stage);
    return edited;
}

PipelineSpec renameStage(const PipelineSpec &pipeline, const QString &from, const QString &to)
{
    PipelineSpec edited = pipeline;
    for (StageSpec &stage : edited.stages) {
        if (stage.name == from)
            stage.name = to;
        for (QString &need : stage.needs) {
            if (need == from)
                need = to;
        }
    }
    return edited;
}

PipelineSpec deleteStage(const PipelineSpec &pipeline, const QString &name)
{
    PipelineSpec edited = pipeline;
    edited.stages.removeIf([&name](const StageSpec &stage) { return stage.name == name; });
    for (StageSpec &stage : edited.stages)
        stage.needs.removeAll(name);
    return edited;
}

PipelineSpec connectStages(const PipelineSpec &pipeline, const QString &from, const QString &to)
{
    PipelineSpec edited = pipeline;
    for (StageSpec &stage : edited.stages) {
        if (stage.name == to && !stage.needs.contains(from))
            stage.needs.append(from);
    }
    return edited;
}

PipelineSpec disconnectStages(const PipelineSpec &pipeline, const QString &from, const QString &to)
{
    PipelineSpec edited = pipeline;
    for (StageSpec &stage : edited.stages) {
        if (stage.name == to)
            stage.needs.removeAll(from);
    }
    return edited;
}

const StageSpec *findStage(const PipelineSpec &pipeline, const QString &name)
{
    for (const StageSpec &stage : pipeline.stages) {
        if (stage.name == name)
            return &stage;
    }
    return nullptr;
}

bool isConnected(const PipelineSpec &pipeline, const QString &from, const QString &to)
{
    const StageSpec *stage = findStage(pipeline, to);
    return stage && stage->needs.contains(from);
}

QString stageNameProblem(const PipelineSpec &pipeline, const QString &name, const QString &current)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return PipelineEdits::tr("A stage needs a name.");
    if (trimmed != name)
        return PipelineEdits::tr("A stage name cannot begin or end with a space.");
    if (name != current && findStage(pipeline, name))
        return PipelineEdits::tr("There is a stage called “%1” already.").arg(name);
    return {};
}

} // namespace flowdeck::views::pipelineedits
