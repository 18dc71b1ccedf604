// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::graph {

/// When a stage can run if every stage starts as soon as its needs have finished, in milliseconds from the start
/// of the pipeline.
struct StageTiming
{
    QString name;
    qint64 duration = 0;
    qint64 earliestStart = 0;
    qint64 earliestFinish = 0;
    /// The latest it can start (finish) without delaying the end of the pipeline.
    qint64 latestStart = 0;
    qint64 latestFinish = 0;
    /// latestStart - earliestStart: how much it can be delayed without delaying the pipeline.
    qint64 slack = 0;
    bool onCriticalPath = false;

    bool operator==(const StageTiming &) const = default;
};

struct CriticalPath
{
    /// One per stage, in definition order.
    QList<StageTiming> stages;
    /// The stages of the longest path, from the first to the last; each has zero slack and starts when the one
    /// before it finishes. Where several paths are equally long, the one through the earliest defined stages.
    QStringList path;
    /// The duration of the pipeline: the latest earliest finish.
    qint64 length = 0;

    bool operator==(const CriticalPath &) const = default;
};

/// The critical path of `pipeline` when each stage takes durations[name] milliseconds (a stage missing from the
/// map, or with a negative duration, takes 0). Needs that name no stage are left out; a cycle is an error that
/// names its stages.
Result<CriticalPath> criticalPath(const PipelineSpec &pipeline, const QHash<QString, qint64> &durations);

} // namespace flowdeck::graph
