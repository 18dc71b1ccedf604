// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/plandraft.h"

#include <QUndoCommand>

#include <functional>

namespace flowdeck::views {

/// One edit of a plan in the plan editor, on its undo stack: redo shows the draft after the edit, undo the one
/// before it, each with the task that was selected then. Drafts are whole snapshots, so an undone removal brings
/// the task back with its orderings.
class PlanEditCommand : public QUndoCommand
{
public:
    /// How the editor shows a draft with a selected task.
    using Show = std::function<void(const PlanDraft &draft, Id selected)>;

    PlanEditCommand(Show show, PlanDraft before, Id selectedBefore, PlanDraft after, Id selectedAfter,
                    const QString &text);

    void undo() override;
    void redo() override;

private:
    Show m_show;
    PlanDraft m_before;
    Id m_selectedBefore;
    PlanDraft m_after;
    Id m_selectedAfter;
};

} // namespace flowdeck::views
