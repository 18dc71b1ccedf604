// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/ciconnectionsdialog.h"
#include "ci/citokens.h"
#include "domain/types.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QWidget;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::app {

class TaskIndicator;
class TaskProgress;

/// The CI connections of the main window: the connections dialog (one, not modal) and the syncs, one at a time,
/// on a worker thread, shown among the status bar's tasks with what they fetch now (a page, a rate-limit wait) and
/// Cancel. The window's tokens live here: in the keychain, or for the window's session where none answers.
class CiConnections : public QObject
{
    Q_OBJECT

public:
    CiConnections(TaskIndicator *tasks, QWidget *window);
    ~CiConnections() override;

    views::CiTokens &tokens() { return m_tokens; }
    bool isSyncing() const { return m_task != nullptr; }
    /// The open dialog, or null.
    views::CiConnectionsDialog *dialog() const { return m_dialog; }

    /// Shows the connections dialog for `workspace`, or raises it when it is open for that workspace.
    views::CiConnectionsDialog *showDialog(std::shared_ptr<const store::Workspace> workspace);
    /// Closes the dialog (its workspace closed).
    void closeDialog();
    /// Syncs the connections with these ids (every connection when empty). Without any connection, the dialog
    /// opens on its empty state instead.
    void sync(std::shared_ptr<const store::Workspace> workspace, const QList<Id> &sourceIds = {});
    /// Asks the running sync to stop.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    /// A sync ended; the workspace may hold new records even when it failed or was canceled.
    void succeeded(const QString &message, const QStringList &details);
    void failed(const QString &message, const QStringList &details);
    void canceled(const QString &message);
    /// Connections, mappings or tiers were changed in the dialog.
    void workspaceEdited();

private:
    struct Outcome;

    void finish(const Outcome &outcome);

    TaskIndicator *m_tasks = nullptr;
    QPointer<QWidget> m_window;
    views::CiTokens m_tokens;
    QPointer<views::CiConnectionsDialog> m_dialog;
    std::shared_ptr<TaskProgress> m_task;
};

} // namespace flowdeck::app
