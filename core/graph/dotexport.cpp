// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/dotexport.h"

#include <QHash>
#include <QSet>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

/// `text` as a quoted DOT label: a backslash starts an escape in a label (\n, \l, \N ...), so it is doubled; a
/// quote is escaped; a line break becomes \n; other control characters, which DOT cannot show, become spaces.
QByteArray label(const QString &text)
{
    QByteArray out = "\"";
    const QString normalized = QString(text).replace(u"\r\n"_s, u"\n"_s);
    for (const QChar c : normalized) {
        if (c == u'\\')
            out += "\\\\";
        else if (c == u'"')
            out += "\\\"";
        else if (c == u'\n' || c == u'\r')
            out += "\\n";
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            out += ' ';
        else
            out += QString(c).toUtf8();
    }
    out += '"';
    return out;
}

QByteArray nodeId(qsizetype index)
{
    return "s" + QByteArray::number(index);
}

} // namespace

QByteArray pipelineToDot(const PipelineSpec &pipeline)
{
    QByteArray out = "digraph pipeline {\n";
    out += "    graph [rankdir=LR, labelloc=t, label=" + label(pipeline.name) + "];\n";
    out += "    node [shape=box];\n";
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < pipeline.stages.size(); ++i) {
        const StageSpec &stage = pipeline.stages[i];
        if (!indexOf.contains(stage.name))
            indexOf.insert(stage.name, i);
        QString text = stage.name;
        if (!stage.environment.isEmpty())
            text += u"\n→ "_s + stage.environment;
        out += "    " + nodeId(i) + " [label=" + label(text) + "];\n";
    }
    for (qsizetype i = 0; i < pipeline.stages.size(); ++i) {
        QSet<qsizetype> written;
        for (const QString &need : pipeline.stages[i].needs) {
            const qsizetype from = indexOf.value(need, -1);
            if (from < 0 || written.contains(from))
                continue;
            written.insert(from);
            out += "    " + nodeId(from) + " -> " + nodeId(i) + ";\n";
        }
    }
    out += "}\n";
    return out;
}

} // namespace flowdeck::graph
