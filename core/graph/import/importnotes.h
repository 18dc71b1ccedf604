// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QCoreApplication>

namespace flowdeck::graph {

/// The translation context of every message the pipeline importers give.
struct PipelineImport
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::PipelineImport)
};

} // namespace flowdeck::graph

namespace flowdeck::graph::importers {

/// What an import could not interpret, collected in the order found.
class NoteList
{
public:
    void add(const SourceLocation &location, const QString &message) { m_notes.append(Note{location, message}); }
    void append(const QList<Note> &notes) { m_notes.append(notes); }
    const QList<Note> &notes() const { return m_notes; }

private:
    QList<Note> m_notes;
};

} // namespace flowdeck::graph::importers
