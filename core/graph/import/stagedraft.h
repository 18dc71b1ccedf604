// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/import/importnotes.h"
#include "graph/pipelinemodel.h"

#include <QList>

namespace flowdeck::graph::importers {

/// A stage an importer has read, before its needs are checked against the other stages.
struct StageDraft
{
    struct Need
    {
        QString name;
        /// Where the need is written, for the note when it names no stage.
        SourceLocation location;
    };

    StageSpec spec;
    QList<Need> needs;
};

/// The stages of the drafts, in order. A need that names no stage is left out with a note made from
/// `unknownNeed` (%1: the stage, %2: the name it needs); a name needed twice is kept once.
QList<StageSpec> finishStages(const QList<StageDraft> &drafts, const QString &unknownNeed, NoteList &notes);

} // namespace flowdeck::graph::importers
