// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/pipelinemodel.h"

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

QString formatLocation(const SourceLocation &location)
{
    QString place = location.file;
    if (location.line > 0) {
        if (!place.isEmpty())
            place += u':';
        place += QString::number(location.line);
        if (location.column > 0)
            place += u':' + QString::number(location.column);
    }
    return place;
}

QString formatNote(const Note &note)
{
    const QString place = formatLocation(note.location);
    return place.isEmpty() ? note.message : place + u": "_s + note.message;
}

} // namespace flowdeck::graph
