// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planeditcommand.h"

namespace flowdeck::views {

PlanEditCommand::PlanEditCommand(Show show, PlanDraft before, Id selectedBefore, PlanDraft after, Id selectedAfter,
                                 const QString &text)
    : QUndoCommand(text)
    , m_show(std::move(show))
    , m_before(std::move(before))
    , m_selectedBefore(selectedBefore)
    , m_after(std::move(after))
    , m_selectedAfter(selectedAfter)
{}

void PlanEditCommand::undo()
{
    m_show(m_before, m_selectedBefore);
}

void PlanEditCommand::redo()
{
    m_show(m_after, m_selectedAfter);
}

} // namespace flowdeck::views
