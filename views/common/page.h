// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QUndoStack;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// One page of the main window (Overview, History, ...). Pages load their data off the GUI thread and say
/// when what they show is complete, so that --screenshot captures a finished page.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /// The workspace to show; null when none is open. A page drops results of an earlier workspace.
    virtual void setWorkspace(std::shared_ptr<const store::Workspace> workspace) = 0;
    /// True when the page shows the current workspace's data (or its empty state) completely.
    virtual bool isReady() const = 0;
    /// The page's own undo history when it edits the workspace, or null. The window's Edit menu undoes and redoes
    /// the edits of the page shown, and forgets them all when another workspace opens.
    virtual QUndoStack *undoStack() const { return nullptr; }

Q_SIGNALS:
    /// Emitted when loading finished and the page is ready.
    void ready();
};

} // namespace flowdeck::views
