// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelineeditcommand.h"

#include "pipelines/pipelineeditor.h"

namespace flowdeck::views {

PipelineEditCommand::PipelineEditCommand(PipelineEditor *editor, Id pipelineId, graph::PipelineSpec before,
                                         graph::PipelineSpec after, const QString &text,
                                         QHash<QString, QString> renamed)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_pipelineId(pipelineId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_renamed(std::move(renamed))
{}

void PipelineEditCommand::undo()
{
    // Undoing renames each stage back.
    QHash<QString, QString> back;
    for (auto it = m_renamed.cbegin(); it != m_renamed.cend(); ++it)
        back.insert(it.value(), it.key());
    m_editor->apply(m_pipelineId, m_before, back);
}

void PipelineEditCommand::redo()
{
    m_editor->apply(m_pipelineId, m_after, m_renamed);
}

} // namespace flowdeck::views
