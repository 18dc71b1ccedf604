// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "graph/pipelinemodel.h"

#include <QHash>
#include <QUndoCommand>

namespace flowdeck::views {

class PipelineEditor;

/// One edit of a pipeline on the undo stack: redo stores the stages after it, undo the stages before it, both
/// through the editor (and so into the workspace).
class PipelineEditCommand : public QUndoCommand
{
public:
    /// `renamed`: the stages the edit renames (old name -> new name), so that they keep their jobs both ways.
    PipelineEditCommand(PipelineEditor *editor, Id pipelineId, graph::PipelineSpec before, graph::PipelineSpec after,
                        const QString &text, QHash<QString, QString> renamed = {});

    void undo() override;
    void redo() override;

    Id pipelineId() const { return m_pipelineId; }

private:
    PipelineEditor *m_editor;
    Id m_pipelineId;
    graph::PipelineSpec m_before;
    graph::PipelineSpec m_after;
    QHash<QString, QString> m_renamed;
};

} // namespace flowdeck::views
