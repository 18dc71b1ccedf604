// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/gitimport.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QWidget;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::app {

class TaskIndicator;
class TaskProgress;

/// Imports git history for the main window: one import at a time, on a worker thread that writes through the
/// workspace's own connection for that thread, shown with its rate and time left among the status bar's tasks
/// (where Cancel stops it). What an import stored before it was canceled or failed stays.
class HistoryImport : public QObject
{
    Q_OBJECT

public:
    /// `window` is the parent of the dialogs that ask for credentials.
    HistoryImport(TaskIndicator *tasks, QWidget *window);
    ~HistoryImport() override;

    bool isRunning() const { return m_task != nullptr; }

    /// Adds the repository that `options` names to `workspace` and imports its history.
    void addRepository(std::shared_ptr<const store::Workspace> workspace, git::GitImportOptions options);
    /// Imports the history of every repository of `workspace` again.
    void importEveryRepository(std::shared_ptr<const store::Workspace> workspace);
    /// Asks the running import to stop.
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    /// The import ended; the workspace may hold new history even when it failed or was canceled.
    void succeeded(const QString &message);
    void failed(const QString &message);
    void canceled(const QString &message);

private:
    struct Outcome;
    struct Signing;

    void start(std::shared_ptr<const store::Workspace> workspace, const QString &title,
               std::optional<git::GitImportOptions> single);
    void finish(const Outcome &outcome);
    git::CredentialProvider credentialProvider(const std::shared_ptr<Signing> &signing) const;

    TaskIndicator *m_tasks = nullptr;
    QPointer<QWidget> m_window;
    std::shared_ptr<TaskProgress> m_task;
};

} // namespace flowdeck::app
