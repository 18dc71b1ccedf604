// SPDX-License-Identifier: GPL-3.0-or-later
// The Releases page reading the workspace and showing what it read: the list, the calendar, the selected release
// and task, and which actions its state allows.
#include "releases/releasespage.h"

#include "common/background.h"
#include "common/format.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "release/releaseplan.h"
#include "releases/calendarpanel.h"
#include "releases/releaselistmodel.h"
#include "releases/releaserunner.h"
#include "releases/releasestyle.h"
#include "releases/taskdetails.h"
#include "releases/taskgraphview.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>

#include <functional>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
namespace state = release::state;
namespace status = release::status;

namespace {

Timestamp now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void ReleasesPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool reload = workspace && workspace == m_workspace && m_stack->state() != PageStack::State::Blank;
    m_ready = false;
    if (!reload) {
        m_listLoads.invalidate();
        m_releaseLoads.invalidate();
        m_activityLoads.invalidate();
        m_releaseLoading = false;
        if (m_trustPrompt)
            m_trustPrompt->close();
        m_workspace = std::move(workspace);
        m_runner->setWorkspace(m_workspace);
        m_snapshot.reset();
        m_view.reset();
        m_waiting.clear();
        m_selected = 0;
        m_selectedTask = 0;
        m_listError.clear();
        m_model->clear();
        m_calendar->clear();
        m_graph->clear();
        m_details->showPlaceholder(tr("Select a task in the graph to see its details."));
        m_message->clear();
        m_subtitle->clear();
        showHeader();
    }
    updateActions();
    updateRefresh();
    if (!m_workspace) {
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    if (!reload)
        m_stack->setState(PageStack::State::Loading);
    loadList();
}

bool ReleasesPage::isReady() const
{
    return m_ready;
}

void ReleasesPage::finishLoading()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ReleasesPage::loadList()
{
    if (!m_workspace)
        return;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_listLoads, [workspace] { return loadReleasesSnapshot(workspace->connection()); },
        [this](const Result<ReleasesSnapshot> &snapshot) {
            if (snapshot)
                showSnapshot(*snapshot);
            else
                showListError(snapshot.errorMessage());
        });
}

void ReleasesPage::showListError(const QString &message)
{
    m_listError = message;
    if (!m_snapshot) {
        m_stack->setErrorText(tr("The releases could not be read.") + u"\n\n"_s + message);
        m_stack->setErrorIcon(ReleaseStyle::releaseStatus(status::failed).icon(palette()));
        m_stack->setState(PageStack::State::Failed);
        finishLoading();
    } else {
        m_message->showMessage(tr("The releases could not be read again: %1").arg(message));
    }
}

void ReleasesPage::showSnapshot(const ReleasesSnapshot &snapshot)
{
    m_listError.clear();
    m_snapshot = snapshot;
    const int releases = int(snapshot.releases.size());
    const int templates = int(snapshot.templates.size());
    if (releases == 0 && templates == 0) {
        m_model->clear();
        m_calendar->clear();
        m_selected = 0;
        m_view.reset();
        m_graph->clear();
        m_subtitle->clear();
        m_stack->setState(PageStack::State::Empty);
        updateActions();
        finishLoading();
        return;
    }
    //: The facts under the page title: "4 releases, 1 under way · 2 templates".
    QString facts = releases == 1 ? tr("1 release") : tr("%1 releases").arg(releases);
    int active = 0;
    for (const release::ReleaseSummary &summary : snapshot.releases)
        active += ReleaseStyle::isActive(summary.release.status) ? 1 : 0;
    if (active > 0)
        facts = tr("%1, %2 under way").arg(facts).arg(active);
    m_subtitle->setText(
        tr("%1 · %2").arg(facts, templates == 1 ? tr("1 template") : tr("%1 templates").arg(templates)));
    m_stack->setState(PageStack::State::Content);
    m_calendar->setPlans(snapshot.releases, snapshot.windows, snapshot.environments);
    fillList();
}

void ReleasesPage::fillList()
{
    if (!m_snapshot)
        return;
    {
        // The rows are set again; the chosen release is selected again below.
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setReleases(isShowingTemplates() ? m_snapshot->templates : m_snapshot->releases);
    }
    const bool filtering = !m_filter->statuses().isEmpty() && !isShowingTemplates();
    const int shown = m_filter->rowCount();
    if (isShowingTemplates())
        m_count->clear();
    else if (filtering)
        m_count->setText(tr("%1 of %2 releases").arg(shown).arg(m_model->rowCount()));
    else
        m_count->clear();
    m_table->setColumnHidden(ReleaseListModel::StatusColumn, isShowingTemplates());
    m_table->setColumnHidden(ReleaseListModel::WindowColumn, isShowingTemplates());
    for (int column : {ReleaseListModel::NameColumn, ReleaseListModel::VersionColumn, ReleaseListModel::StatusColumn,
                       ReleaseListModel::WindowColumn, ReleaseListModel::TasksColumn})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(ReleaseListModel::StatusColumn,
                            std::max(m_table->columnWidth(ReleaseListModel::StatusColumn), 14 * unit));

    Id keep = m_selected;
    const int row = m_model->rowOf(keep);
    if (row < 0 || !m_filter->mapFromSource(m_model->index(row, 0)).isValid())
        keep = defaultRelease();
    selectRow(keep);
    if (keep != m_selected) {
        m_selected = keep;
        m_selectedTask = 0;
        m_view.reset();
        showReleaseDay();
    }
    if (m_selected == 0) {
        m_view.reset();
        m_graph->clear();
        m_details->showPlaceholder(isShowingTemplates() ? tr("No template is selected.")
                                                        : tr("No release is selected."));
        showHeader();
        updateActions();
        updateRefresh();
        finishLoading();
        return;
    }
    if (!m_view || m_view->plan.release.id != m_selected)
        loadRelease();
    updateActions();
}

void ReleasesPage::selectRow(Id releaseId)
{
    const int row = m_model->rowOf(releaseId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    const QSignalBlocker blocker(m_table->selectionModel());
    if (!index.isValid()) {
        m_table->selectionModel()->clear();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

Id ReleasesPage::defaultRelease() const
{
    // A release under way first, then the next one planned, then the first listed.
    const Timestamp today = now() - 24 * 3600 * 1000LL;
    Id next = 0;
    Timestamp nextStart = 0;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const release::ReleaseSummary *summary = m_model->releaseAt(m_filter->mapToSource(index).row());
        if (!summary)
            continue;
        if (ReleaseStyle::isActive(summary->release.status))
            return summary->release.id;
        const OptionalTime start = summary->release.plannedStart;
        if (summary->release.status == status::planned && start && *start >= today &&
            (next == 0 || *start < nextStart)) {
            next = summary->release.id;
            nextStart = *start;
        }
    }
    if (next != 0)
        return next;
    return m_filter->rowCount() > 0 ? m_filter->index(0, 0).data(ReleaseListModel::IdRole).toLongLong() : 0;
}

bool ReleasesPage::selectRelease(Id releaseId)
{
    const int row = m_model->rowOf(releaseId);
    const QModelIndex index = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ReleasesPage::currentRowChanged(const QModelIndex &current)
{
    const Id releaseId = current.isValid() ? current.data(ReleaseListModel::IdRole).toLongLong() : 0;
    if (releaseId == m_selected || releaseId == 0)
        return;
    m_selected = releaseId;
    m_selectedTask = 0;
    m_view.reset();
    showReleaseDay();
    showHeader();
    updateActions();
    loadRelease();
}

void ReleasesPage::showReleaseDay()
{
    const release::ReleaseSummary *summary = m_model->releaseAt(m_model->rowOf(m_selected));
    if (summary && !summary->release.isTemplate && summary->release.plannedStart)
        m_calendar->showDate(QDateTime::fromMSecsSinceEpoch(*summary->release.plannedStart).date());
}

void ReleasesPage::showTemplates(bool templates)
{
    {
        const QSignalBlocker tabs(m_viewTabs);
        const QSignalBlocker action(m_templates);
        m_viewTabs->setCurrentIndex(templates ? 1 : 0);
        m_templates->setChecked(templates);
    }
    m_statusFilter->setEnabled(!templates);
    m_statusLabel->setEnabled(!templates);
    m_filter->setStatuses(templates ? QStringList() : m_statusFilter->currentData().toStringList());
    fillList();
}

bool ReleasesPage::isShowingTemplates() const
{
    return m_viewTabs->currentIndex() == 1;
}

void ReleasesPage::loadRelease()
{
    if (!m_workspace || m_selected == 0)
        return;
    ReleaseViewRequest request;
    request.releaseId = m_selected;
    const bool sameRelease = m_view && m_view->plan.release.id == m_selected;
    request.shownStructure = sameRelease ? m_graph->structure() : QString();
    request.boxSize = m_graph->boxSize();
    request.taskId = m_selectedTask;
    request.outputAfter = m_details->taskId() == m_selectedTask ? m_details->lastOutputId() : 0;
    m_releaseLoading = true;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_releaseLoads, [workspace, request] { return loadReleaseView(*workspace, request); },
        [this](const Result<ReleaseView> &view) {
            m_releaseLoading = false;
            if (view) {
                showRelease(*view);
                return;
            }
            m_message->showMessage(tr("The release could not be read: %1").arg(view.errorMessage()));
            finishLoading();
        });
}

void ReleasesPage::showRelease(const ReleaseView &view)
{
    if (view.plan.release.id != m_selected)
        return;
    m_view = view;
    m_graph->showRelease(view, now());
    bool activityPending = false;
    if (m_selectedTask == 0 || !view.plan.task(m_selectedTask)) {
        m_selectedTask = defaultTask(view.plan);
        activityPending = m_selectedTask != 0;
    }
    if (m_graph->selectedTask() != m_selectedTask)
        m_graph->selectTask(m_selectedTask);
    showTask();
    if (view.activity && view.activity->taskId == m_selectedTask)
        m_details->showActivity(*view.activity);
    if (activityPending)
        loadActivity();
    showHeader();
    updateActions();
    updateRefresh();
    if (!activityPending)
        finishLoading();
}

Id ReleasesPage::defaultTask(const release::ReleasePlan &plan) const
{
    // What needs a person first, then what runs, what failed, what is about to start, and else the first task.
    const auto first = [&plan](auto accept) -> Id {
        for (const QString &name : release::topologicalOrder(plan)) {
            const ReleaseTask *task = plan.task(name);
            if (task && accept(*task))
                return task->id;
        }
        return 0;
    };
    namespace kind = release::kind;
    for (auto accept : std::initializer_list<std::function<bool(const ReleaseTask &)>>{
             [](const ReleaseTask &t) {
                 return t.state == state::running && (t.kind == kind::approval || t.kind == kind::manual);
             },
             [](const ReleaseTask &t) { return t.state == state::running; },
             [](const ReleaseTask &t) { return t.state == state::failed; },
             [](const ReleaseTask &t) { return t.state == state::ready; },
             [](const ReleaseTask &) {
                 return true;
             }}) {
        if (const Id id = first(accept); id != 0)
            return id;
    }
    return 0;
}

void ReleasesPage::selectTask(Id taskId)
{
    if (!m_view || !m_view->plan.task(taskId))
        return;
    m_graph->selectTask(taskId);
    if (taskId == m_selectedTask)
        return;
    m_selectedTask = taskId;
    showTask();
    loadActivity();
}

void ReleasesPage::showTask()
{
    const ReleaseTask *task = m_view ? m_view->plan.task(m_selectedTask) : nullptr;
    if (!task) {
        m_details->showPlaceholder(m_view && m_view->plan.tasks.isEmpty()
                                       ? tr("This plan has no tasks yet: add them with Edit plan….")
                                       : tr("Select a task in the graph to see its details."));
        return;
    }
    m_details->showTask(*task, *m_view, now());
}

void ReleasesPage::loadActivity()
{
    if (!m_workspace || m_selectedTask == 0)
        return;
    const Id taskId = m_selectedTask;
    const Id after = m_details->taskId() == taskId ? m_details->lastOutputId() : 0;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_activityLoads,
        [workspace, taskId, after] { return loadTaskActivity(workspace->connection(), taskId, after); },
        [this](const Result<TaskActivity> &activity) {
            if (activity)
                m_details->showActivity(*activity);
            else
                m_message->showMessage(tr("The task's output could not be read: %1").arg(activity.errorMessage()));
            finishLoading();
        });
}

void ReleasesPage::showHeader()
{
    const bool shown = m_view && m_view->plan.release.id == m_selected;
    m_releaseStatus->setVisible(shown && !m_view->plan.release.isTemplate);
    if (!shown) {
        m_releaseTitle->setText(m_selected == 0 ? QString() : releaseName(m_selected));
        m_releaseFacts->clear();
        m_releaseWaiting->hide();
        return;
    }
    const Release &release = m_view->plan.release;
    m_releaseTitle->setText(ReleaseStyle::title(release));
    const StatusStyle style = ReleaseStyle::releaseStatus(release.status);
    m_releaseStatus->setText(style.text());
    QPalette statusPalette = m_releaseStatus->palette();
    statusPalette.setColor(QPalette::WindowText, style.colorOn(palette()));
    m_releaseStatus->setPalette(statusPalette);

    QStringList facts;
    if (release.isTemplate)
        facts.append(tr("Template"));
    else if (release.plannedStart)
        facts.append(tr("Planned %1").arg(ReleaseStyle::plannedWindow(release.plannedStart, release.plannedEnd)));
    QStringList items;
    for (const ReleaseItem &item : m_view->plan.items) {
        const QString service = m_view->services.value(item.serviceId);
        items.append(item.version.isEmpty() ? service : tr("%1 %2").arg(service, item.version));
    }
    if (!items.isEmpty())
        facts.append(items.join(u", "_s));
    if (release.startedAt)
        facts.append(tr("started %1").arg(format::dateTime(*release.startedAt)));
    if (release.finishedAt)
        facts.append(tr("finished %1").arg(format::dateTime(*release.finishedAt)));
    facts.append(release.onFailure == u"rollback"_s ? tr("on failure: roll back") : tr("on failure: stop"));
    m_releaseFacts->setText(facts.join(u" · "_s));

    QStringList waiting = m_waiting.value(release.id);
    if (!m_view->lockHolder.isEmpty() && !m_runner->isRunning(release.id))
        waiting.prepend(tr("Another Flowdeck runs this release now (%1).").arg(m_view->lockHolder));
    else if (ReleaseStyle::isActive(release.status) && !m_runner->isRunning(release.id) && !release.isTemplate)
        waiting.prepend(tr("No engine runs this release now: Resume goes on where it stands."));
    m_releaseWaiting->setText(waiting.join(u'\n'));
    m_releaseWaiting->setVisible(!waiting.isEmpty());
}

void ReleasesPage::updateActions()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const bool shown = m_view && m_view->plan.release.id == m_selected;
    const Release *release = shown ? &m_view->plan.release : nullptr;
    const bool isRelease = release && !release->isTemplate;
    const bool runsHere = release && m_runner->isRunning(release->id);
    const bool runsElsewhere = shown && !m_view->lockHolder.isEmpty() && !runsHere;
    const QString releaseStatus = release ? release->status : QString();

    const bool canRun = writable && isRelease && !runsHere && !runsElsewhere &&
                        (releaseStatus == status::planned || releaseStatus == status::running ||
                         releaseStatus == status::waiting || releaseStatus == status::failed);
    m_run->setEnabled(canRun);
    const bool started =
        releaseStatus == status::running || releaseStatus == status::waiting || releaseStatus == status::failed;
    m_run->setText(isRelease && started ? tr("Resume") : tr("Run"));
    m_abort->setEnabled(writable && isRelease &&
                        (releaseStatus == status::planned || releaseStatus == status::running ||
                         releaseStatus == status::waiting || releaseStatus == status::failed));
    m_editPlan->setEnabled(writable && release && !runsHere &&
                           (release->isTemplate || releaseStatus == status::planned));
    m_delete->setEnabled(writable && release && !runsHere && !runsElsewhere && !ReleaseStyle::isActive(releaseStatus));
    m_newRelease->setEnabled(writable);
    m_newTemplate->setEnabled(writable);
    m_backends->setEnabled(writable);
    m_windows->setEnabled(writable);
    m_runButton->setVisible(!release || isRelease);
    m_abortButton->setVisible(!release || isRelease);
}

void ReleasesPage::updateRefresh()
{
    const bool shown = m_view && m_view->plan.release.id == m_selected;
    const bool underWay = shown && (ReleaseStyle::isActive(m_view->plan.release.status) ||
                                    m_runner->isRunning(m_selected) || !m_view->lockHolder.isEmpty());
    if (underWay && !m_refresh->isActive())
        m_refresh->start();
    else if (!underWay)
        m_refresh->stop();
}

QString ReleasesPage::releaseName(Id releaseId) const
{
    if (m_view && m_view->plan.release.id == releaseId)
        return m_view->plan.release.name;
    if (m_snapshot) {
        for (const auto *list : {&m_snapshot->releases, &m_snapshot->templates}) {
            for (const release::ReleaseSummary &summary : *list) {
                if (summary.release.id == releaseId)
                    return summary.release.name;
            }
        }
    }
    return tr("release %1").arg(releaseId);
}

} // namespace flowdeck::views
