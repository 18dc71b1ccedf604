// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "releases/releaseload.h"

#include <QMessageBox>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTabBar;
class QTableView;
class QTimer;
class QToolButton;

namespace flowdeck::views {

class CalendarPanel;
class MessageBar;
class PageStack;
class ReleaseFilterModel;
class ReleaseListModel;
class ReleaseRunner;
class TaskDetailsView;
class TaskGraphView;

/// Releases and their templates: the list (filtered by status) beside the deployment calendar, and the selected
/// release's task graph with live states beneath, next to the selected task's details, output and the actions a
/// person takes on it. Run starts the release engine on a worker thread (after a trust prompt for a workspace not
/// trusted yet); every action goes through the release core off the GUI thread, and a refusal shows in the page's
/// message bar. Backends… and Windows… beside the title open the workspace's backends and deployment calendar.
class ReleasesPage : public Page
{
    Q_OBJECT

public:
    /// How often the page reads a release under way again, in ms, also when another program runs it.
    static constexpr int refreshMs = 1000;

    explicit ReleasesPage(QWidget *parent = nullptr);
    ~ReleasesPage() override;

    /// Shows `workspace`; another workspace (or none) stops the releases this page runs.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    /// Selects the release (or template, in the templates view) in the list, which shows its graph.
    bool selectRelease(Id releaseId);
    Id selectedRelease() const { return m_selected; }
    /// Selects a task of the release on show, which shows its details.
    void selectTask(Id taskId);
    Id selectedTask() const { return m_selectedTask; }
    /// Lists the templates instead of the releases, or the releases again.
    void showTemplates(bool templates);
    bool isShowingTemplates() const;
    /// The release on show as last read, or null.
    const ReleaseView *shownRelease() const { return m_view ? &*m_view : nullptr; }
    /// Whether a result for the selected release (and task) is on its way.
    bool isLoadingRelease() const { return m_releaseLoading; }

    ReleaseListModel *releaseModel() const { return m_model; }
    ReleaseFilterModel *filterModel() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QTableView *releaseTable() const { return m_table; }
    CalendarPanel *calendarPanel() const { return m_calendar; }
    TaskGraphView *graphView() const { return m_graph; }
    TaskDetailsView *detailsView() const { return m_details; }
    ReleaseRunner *runner() const { return m_runner; }
    MessageBar *messageBar() const { return m_message; }
    /// The trust prompt while it is open, or null.
    QMessageBox *trustPrompt() const { return m_trustPrompt; }

    QAction *runAction() const { return m_run; }
    QAction *abortAction() const { return m_abort; }
    QAction *newReleaseAction() const { return m_newRelease; }
    QAction *newTemplateAction() const { return m_newTemplate; }
    QAction *editPlanAction() const { return m_editPlan; }
    QAction *deleteAction() const { return m_delete; }
    QAction *templatesAction() const { return m_templates; }
    QAction *backendsAction() const { return m_backends; }
    QAction *windowsAction() const { return m_windows; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // releasespage.cpp: building the page.
    void createActions();
    QWidget *createContent();
    QWidget *createListArea(QWidget *parent);
    QWidget *createReleaseArea(QWidget *parent);
    void restoreSplitters();
    void retranslate();
    void restyle();

    // releasespageload.cpp: reading the workspace and showing what was read.
    void loadList();
    void showSnapshot(const ReleasesSnapshot &snapshot);
    void showListError(const QString &message);
    void fillList();
    void currentRowChanged(const QModelIndex &current);
    void loadRelease();
    void showRelease(const ReleaseView &view);
    void showTask();
    void loadActivity();
    void showHeader();
    void updateActions();
    void updateRefresh();
    void finishLoading();
    Id defaultRelease() const;
    Id defaultTask(const release::ReleasePlan &plan) const;
    void selectRow(Id releaseId);
    /// Shows the selected release's planned day in the calendar.
    void showReleaseDay();
    QString releaseName(Id releaseId) const;

    // releasespageactions.cpp: what people do.
    void connectTaskActions();
    void runRelease(Id releaseId);
    void promptTrust(Id releaseId, const QString &name, const QStringList &whatWouldRun);
    void abortRelease();
    /// Runs `action` as the current user off the GUI thread; a refusal shows as `refusal` with the task's name (%1)
    /// and the reason (%2). After it, the page reads the release again and runs it on where no engine does.
    void taskAction(Id taskId, const QString &refusal,
                    std::function<Result<void>(const store::Workspace &, const QString &actor)> action);
    void resumeAfterAction(Id releaseId);
    void newRelease();
    void newTemplate();
    void editPlan();
    void deleteRelease();
    /// Opens the backends dialog; the page reads the workspace again when a backend changed.
    void editBackends();
    /// Opens the deployment windows dialog; the page reads the workspace again when the calendar changed.
    void editWindows();
    /// Reads the list, the calendar and the release on show again, after a change made in a dialog.
    void reload();
    void showContextMenu(const QPoint &position);
    void runnerFinished(Id releaseId, const QString &status);

    std::shared_ptr<const store::Workspace> m_workspace;
    ReleaseRunner *m_runner = nullptr;
    Generation m_listLoads;
    Generation m_releaseLoads;
    Generation m_activityLoads;
    bool m_ready = false;
    bool m_releaseLoading = false;
    std::optional<ReleasesSnapshot> m_snapshot;
    std::optional<ReleaseView> m_view;
    QString m_listError;
    Id m_selected = 0;
    Id m_selectedTask = 0;
    /// What the engine running the selected release says it waits for, by release.
    QHash<Id, QStringList> m_waiting;
    QPointer<QWidget> m_watchedWindow;
    QPointer<QMessageBox> m_trustPrompt;
    QTimer *m_refresh = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageBar *m_message = nullptr;
    PageStack *m_stack = nullptr;
    QTabBar *m_viewTabs = nullptr;
    QLabel *m_statusLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_newReleaseButton = nullptr;
    QToolButton *m_newTemplateButton = nullptr;
    QToolButton *m_backendsButton = nullptr;
    QToolButton *m_windowsButton = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_listSplitter = nullptr;
    QTableView *m_table = nullptr;
    ReleaseListModel *m_model = nullptr;
    ReleaseFilterModel *m_filter = nullptr;
    CalendarPanel *m_calendar = nullptr;
    QLabel *m_releaseTitle = nullptr;
    QLabel *m_releaseStatus = nullptr;
    QLabel *m_releaseFacts = nullptr;
    QLabel *m_releaseWaiting = nullptr;
    QToolButton *m_runButton = nullptr;
    QToolButton *m_abortButton = nullptr;
    QToolButton *m_editButton = nullptr;
    TaskGraphView *m_graph = nullptr;
    TaskDetailsView *m_details = nullptr;

    QAction *m_run = nullptr;
    QAction *m_abort = nullptr;
    QAction *m_newRelease = nullptr;
    QAction *m_newTemplate = nullptr;
    QAction *m_editPlan = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_templates = nullptr;
    QAction *m_backends = nullptr;
    QAction *m_windows = nullptr;
    QAction *m_focusFilter = nullptr;
};

} // namespace flowdeck::views
