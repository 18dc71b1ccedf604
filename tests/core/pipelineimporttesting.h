// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/pipelineimport.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>

// Small helpers of the pipeline import suites: definitions written to a scratch folder, and a pipeline's stages
// and edges as plain lists that QCOMPARE prints readably.
namespace flowdeck::testing {

/// Writes `text` to `name` (folders made as needed) under `dir`; returns the file's path.
inline QString writeDefinition(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        qWarning() << "cannot write" << path;
    return path;
}

inline QStringList stageNames(const graph::PipelineSpec &pipeline)
{
    QStringList names;
    for (const graph::StageSpec &stage : pipeline.stages)
        names.append(stage.name);
    return names;
}

/// Every edge as "from -> to", sorted.
inline QStringList edgeList(const graph::PipelineSpec &pipeline)
{
    QStringList edges;
    for (const graph::StageSpec &stage : pipeline.stages) {
        for (const QString &need : stage.needs)
            edges.append(need + QStringLiteral(" -> ") + stage.name);
    }
    edges.sort();
    return edges;
}

inline const graph::StageSpec *findStage(const graph::PipelineSpec &pipeline, const QString &name)
{
    const auto found = std::find_if(pipeline.stages.begin(), pipeline.stages.end(),
                                    [&](const graph::StageSpec &stage) { return stage.name == name; });
    return found == pipeline.stages.end() ? nullptr : &*found;
}

/// The lines the notes are about, in order.
inline QList<int> noteLines(const QList<graph::Note> &notes)
{
    QList<int> lines;
    for (const graph::Note &note : notes)
        lines.append(note.location.line);
    return lines;
}

/// The notes as "line: message", for failure output.
inline QString describeNotes(const QList<graph::Note> &notes)
{
    QStringList lines;
    for (const graph::Note &note : notes)
        lines.append(QString::number(note.location.line) + QStringLiteral(": ") + note.message);
    return lines.join(u'\n');
}

} // namespace flowdeck::testing
