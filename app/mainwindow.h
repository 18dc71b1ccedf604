// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"

#include <QList>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QStackedWidget;
class QTimer;
class QUndoGroup;

namespace flowdeck::store {
class ChangeListener;
class Workspace;
} // namespace flowdeck::store

namespace flowdeck::views {
class MessageBar;
class Page;
class WelcomePage;
} // namespace flowdeck::views

namespace flowdeck::app {

class CiConnections;
class HistoryImport;
class PageBar;
class TaskIndicator;
class TaskProgress;
class TeamWorkspaceDialog;
class WorkspaceStatus;

/// The main window: a page bar on the left, the pages of the open workspace (or the welcome page when none is
/// open), the menus, and a status bar with the workspace and the background tasks.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Whether the window keeps its geometry, the recent workspaces and the last workspace in the settings.
    /// On by default; off for a --screenshot run, which must leave the user's settings alone.
    void setRemembersSession(bool remember) { m_remembersSession = remember; }
    /// Restores the size, position and layout the window had when it was last closed.
    void restoreSession();

    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }

    /// Opens the workspace at `path`, replacing the open one. When the file is refused, the message appears in
    /// the window and the open workspace stays. Returns whether it opened.
    ///
    /// A team workspace's server address (postgresql://…) is not opened here, since connecting may take a while:
    /// the team workspace dialog opens with the address filled in and, when the keychain holds its password,
    /// connects at once. Returns true only when that workspace is already the open one.
    bool openWorkspace(const QString &path);
    /// Shows `workspace`, opened elsewhere (on a worker thread, by the team workspace dialog), replacing the open
    /// one, as openWorkspace() does for a file.
    void openWorkspace(std::shared_ptr<store::Workspace> workspace);
    /// Asks where a team workspace on a PostgreSQL server is, connects on a worker thread, and opens it. With an
    /// `address`, the dialog starts filled in with it, and connects at once when the keychain holds its password.
    void openTeamWorkspace(const QString &address = {});
    /// The team workspace dialog while it is shown.
    TeamWorkspaceDialog *teamWorkspaceDialog() const;
    /// Creates an empty workspace at `path` (which must not exist) and opens it.
    bool createWorkspace(const QString &path);
    /// Prepares the demo workspace on a worker thread (reusing today's) and opens it when it is ready.
    void openDemo();
    bool isPreparingDemo() const { return m_demoTask != nullptr; }
    /// Writes a copy of the open workspace to `path` (which must not exist) on a worker thread, then opens it.
    void saveCopyAs(const QString &path);
    void closeWorkspace();

    int pageCount() const { return int(m_pages.size()); }
    int currentPageIndex() const;
    views::Page *page(int index) const { return m_pages.value(index); }
    views::Page *currentPage() const { return page(currentPageIndex()); }
    void showPage(int index);

    bool isShowingWelcome() const;
    views::WelcomePage *welcomePage() const { return m_welcome; }
    views::MessageBar *messageBar() const { return m_messageBar; }
    WorkspaceStatus *workspaceStatus() const { return m_status; }
    TaskIndicator *taskIndicator() const { return m_tasks; }
    QMenu *recentMenu() const { return m_recentMenu; }
    /// The undo histories of the pages that edit (Page::undoStack()); the Edit menu follows the page shown.
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    /// The git imports the window runs.
    HistoryImport *historyImport() const { return m_historyImport; }
    /// Asks which repository to add, then imports its history in the background.
    void addRepository();
    /// Imports the history of every repository of the open workspace again, in the background.
    void importHistory();
    /// Shows the Pipelines page and asks there which pipeline file to import.
    void importPipeline();
    /// The CI connections dialog and syncs of the window.
    CiConnections *ciConnections() const { return m_ciConnections; }

Q_SIGNALS:
    /// A workspace was opened or closed.
    void workspaceChanged();
    /// An error was shown to the user.
    void errorShown(const QString &message);
    /// Preparing the demo ended without opening it (failed or canceled).
    void demoNotOpened();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createPages();
    void createMenus();
    void setWorkspace(std::shared_ptr<store::Workspace> workspace);
    void ensurePageShowsWorkspace(int index);
    /// Records `path` as the most recent and the last open workspace.
    void remember(const QString &path);
    void updateRecentWorkspaces();
    void updateActions();
    /// Makes every page read the open workspace again (the visible one now, the others when next shown).
    void reloadPages();
    /// Listens for writes to a team workspace made elsewhere (a new listener for each workspace opened).
    void listenForChangesElsewhere();
    /// Reloads the pages once changes made elsewhere have settled, or after this window's own import or sync.
    void showChangesMadeElsewhere();
    void showError(const QString &message);
    void showAbout();
    void showSettings();
    void chooseNewWorkspace();
    void chooseWorkspaceToOpen();
    void chooseSaveCopyAs();
    QString fileDialogDirectory() const;

    std::shared_ptr<store::Workspace> m_workspace;
    /// Counts workspace changes: a page shows the workspace when its entry equals this.
    quint64 m_workspaceGeneration = 0;
    /// Counts requests to open something: a late result of an earlier request is dropped.
    views::Generation m_openRequests;
    bool m_remembersSession = true;

    QStackedWidget *m_central = nullptr;
    views::WelcomePage *m_welcome = nullptr;
    QWidget *m_workspaceView = nullptr;
    PageBar *m_pageBar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QList<views::Page *> m_pages;
    QList<quint64> m_pageGenerations;
    views::MessageBar *m_messageBar = nullptr;
    WorkspaceStatus *m_status = nullptr;
    TaskIndicator *m_tasks = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    std::shared_ptr<TaskProgress> m_demoTask;
    QPointer<TeamWorkspaceDialog> m_teamDialog;
    store::ChangeListener *m_changeListener = nullptr;
    /// Restarted by every change made elsewhere, so that a long import elsewhere reloads the pages once.
    QTimer *m_changesSettled = nullptr;
    bool m_changedDuringTask = false;

    QMenu *m_recentMenu = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    HistoryImport *m_historyImport = nullptr;
    QAction *m_addRepositoryAction = nullptr;
    QAction *m_importPipelineAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
    CiConnections *m_ciConnections = nullptr;
    QAction *m_ciConnectionsAction = nullptr;
    QAction *m_syncCiAction = nullptr;
    QActionGroup *m_pageActions = nullptr;
};

} // namespace flowdeck::app
