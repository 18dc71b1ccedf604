// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelineeditcommand.h"

#include "pipelines/pipelineeditor.h"

namespace flowdeck::views {

PipelineEditCommand::PipelineEditCommand(PipelineEditor *editor, Id pipelineId, graph::PipelineSpec before,
                                         graph::PipelineSpec after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_pipelineId(pipelineId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void PipelineEditCommand::undo()
{
    m_editor->apply(m_pipelineId, m_before);
}

void PipelineEditCommand::redo()
{
    m_editor->apply(m_pipelineId, m_after);
}

} // namespace flowdeck::views
