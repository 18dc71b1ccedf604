// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releasespage.h"

#include "common/background.h"
#include "common/flattable.h"
#include "common/format.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "release/engine.h"
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
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::unit;
namespace state = release::state;
namespace status = release::status;

namespace {

const auto settingsGroup = u"releasesPage"_s;

Timestamp now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QAction *pageAction(QWidget *page, const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(page);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    return action;
}

QToolButton *actionButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ReleasesPage::ReleasesPage(QWidget *parent)
    : Page(parent)
    , m_runner(new ReleaseRunner(this))
    , m_refresh(new QTimer(this))
    , m_model(new ReleaseListModel(this))
    , m_filter(new ReleaseFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    m_refresh->setInterval(refreshMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        loadList();
        loadRelease();
    });

    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);
    m_title = new QLabel(this);
    m_title->setObjectName(u"releasesTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"releasesFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    m_message = new MessageBar(this);
    m_message->setObjectName(u"releasesMessage"_s);
    layout->addWidget(m_message);
    layout->addSpacing(unit / 2);

    m_stack = new PageStack(this);
    m_stack->setContentView(createContent());
    m_stack->emptyStateButton()->setObjectName(u"emptyNewReleaseButton"_s);
    connect(m_stack->emptyStateButton(), &QPushButton::clicked, this, &ReleasesPage::newRelease);
    QPushButton *emptyTemplate = m_stack->addEmptyStateButton();
    emptyTemplate->setObjectName(u"emptyNewTemplateButton"_s);
    connect(emptyTemplate, &QPushButton::clicked, this, &ReleasesPage::newTemplate);
    layout->addWidget(m_stack, 1);

    connect(m_runner, &ReleaseRunner::started, this, [this](Id) { updateActions(); });
    connect(m_runner, &ReleaseRunner::changed, this, [this](Id releaseId) {
        loadList();
        if (releaseId == m_selected)
            loadRelease();
    });
    connect(m_runner, &ReleaseRunner::waitingForPeople, this, [this](Id releaseId, const QStringList &what) {
        m_waiting.insert(releaseId, what);
        if (releaseId == m_selected)
            showHeader();
    });
    connect(m_runner, &ReleaseRunner::finished, this, &ReleasesPage::runnerFinished);
    connect(m_runner, &ReleaseRunner::failed, this, [this](Id releaseId, const QString &message) {
        m_message->showMessage(tr("“%1” could not run: %2").arg(releaseName(releaseId), message));
    });
    connect(m_runner, &ReleaseRunner::stopped, this, [this](Id releaseId) {
        m_waiting.remove(releaseId);
        loadList();
        if (releaseId == m_selected)
            loadRelease();
        updateActions();
    });

    restoreSplitters();
    retranslate();
    restyle();
    updateActions();
}

ReleasesPage::~ReleasesPage()
{
    if (m_watchedWindow)
        m_watchedWindow->removeEventFilter(this);
}

void ReleasesPage::createActions()
{
    m_run = pageAction(this, u"runRelease"_s, QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_run, &QAction::triggered, this, [this] { runRelease(m_selected); });
    m_abort = pageAction(this, u"abortRelease"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_abort, &QAction::triggered, this, &ReleasesPage::abortRelease);
    m_newRelease = pageAction(this, u"newRelease"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newRelease, &QAction::triggered, this, &ReleasesPage::newRelease);
    m_newTemplate = pageAction(this, u"newTemplate"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_newTemplate, &QAction::triggered, this, &ReleasesPage::newTemplate);
    m_editPlan = pageAction(this, u"editPlan"_s, QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_editPlan, &QAction::triggered, this, &ReleasesPage::editPlan);
    m_delete = pageAction(this, u"deleteRelease"_s, QKeySequence::Delete);
    connect(m_delete, &QAction::triggered, this, &ReleasesPage::deleteRelease);
    m_templates = pageAction(this, u"showTemplates"_s, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_templates->setCheckable(true);
    connect(m_templates, &QAction::toggled, this, [this](bool checked) { showTemplates(checked); });
    m_focusFilter = pageAction(this, u"focusStatusFilter"_s, QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_statusFilter->setFocus(Qt::ShortcutFocusReason);
        m_statusFilter->showPopup();
    });
}

QWidget *ReleasesPage::createContent()
{
    auto *view = new QWidget(this);
    view->setObjectName(u"releasesView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(unit);
    m_viewTabs = new QTabBar(view);
    m_viewTabs->setObjectName(u"releaseViewTabs"_s);
    m_viewTabs->setDrawBase(false);
    m_viewTabs->setExpanding(false);
    m_viewTabs->addTab(QString());
    m_viewTabs->addTab(QString());
    connect(m_viewTabs, &QTabBar::currentChanged, this, [this](int index) { showTemplates(index == 1); });
    bar->addWidget(m_viewTabs);
    bar->addSpacing(2 * unit);
    m_statusLabel = new QLabel(view);
    m_statusFilter = new QComboBox(view);
    m_statusFilter->setObjectName(u"releaseStatusFilter"_s);
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_statusLabel->setBuddy(m_statusFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setStatuses(m_statusFilter->currentData().toStringList());
        fillList();
    });
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_statusFilter);
    m_count = quietLabel(view);
    m_count->setObjectName(u"releaseCount"_s);
    m_count->setWordWrap(false);
    bar->addSpacing(unit);
    bar->addWidget(m_count);
    bar->addStretch();
    m_newReleaseButton = actionButton(view, m_newRelease);
    m_newTemplateButton = actionButton(view, m_newTemplate);
    bar->addWidget(m_newReleaseButton);
    bar->addWidget(m_newTemplateButton);
    layout->addLayout(bar);

    m_mainSplitter = new QSplitter(Qt::Vertical, view);
    m_mainSplitter->setObjectName(u"releasesMainSplitter"_s);
    m_mainSplitter->setChildrenCollapsible(false);
    // The list with its calendar, the release's graph across the whole width, and the selected task's details.
    m_mainSplitter->addWidget(createListArea(m_mainSplitter));
    m_mainSplitter->addWidget(createReleaseArea(m_mainSplitter));
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 4);
    m_mainSplitter->setStretchFactor(2, 3);
    m_mainSplitter->setSizes({230, 330, 210});
    layout->addWidget(m_mainSplitter, 1);
    return view;
}

QWidget *ReleasesPage::createListArea(QWidget *parent)
{
    m_listSplitter = new QSplitter(Qt::Horizontal, parent);
    m_listSplitter->setObjectName(u"releasesListSplitter"_s);
    m_listSplitter->setChildrenCollapsible(false);

    m_table = new QTableView(m_listSplitter);
    m_table->setObjectName(u"releaseTable"_s);
    m_table->setModel(m_filter);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setMinimumHeight(10 * unit);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ReleaseListModel::ServicesColumn, QHeaderView::Stretch);
    m_table->addActions({m_delete, m_editPlan});
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentRowChanged(current); });
    connect(m_table, &QTableView::customContextMenuRequested, this, &ReleasesPage::showContextMenu);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editPlan->isEnabled())
            editPlan();
    });

    m_calendar = new CalendarPanel(m_listSplitter);
    m_calendar->setObjectName(u"releaseCalendarPanel"_s);
    // The window may be low: the calendar is cut rather than making the page taller than the others.
    m_calendar->setMinimumSize(30 * unit, 10 * unit);
    connect(m_calendar, &CalendarPanel::releaseChosen, this, [this](Id releaseId) {
        if (isShowingTemplates())
            showTemplates(false);
        if (!selectRelease(releaseId)) {
            // The status filter hides it: show every status rather than nothing.
            m_statusFilter->setCurrentIndex(0);
            selectRelease(releaseId);
        }
    });
    m_listSplitter->addWidget(m_table);
    m_listSplitter->addWidget(m_calendar);
    m_listSplitter->setStretchFactor(0, 3);
    m_listSplitter->setStretchFactor(1, 1);
    m_listSplitter->setSizes({800, 330});
    return m_listSplitter;
}

QWidget *ReleasesPage::createReleaseArea(QWidget *parent)
{
    auto *area = new QWidget(parent);
    area->setObjectName(u"releaseArea"_s);
    auto *layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, unit, 0, 0);
    layout->setSpacing(unit / 2);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(unit);
    m_releaseTitle = pagestyle::sectionTitle(area);
    m_releaseTitle->setObjectName(u"releaseTitle"_s);
    m_releaseTitle->setFont(pagestyle::scaledFont(font(), 1.25, QFont::DemiBold));
    m_releaseStatus = new QLabel(area);
    m_releaseStatus->setObjectName(u"releaseStatus"_s);
    heading->addWidget(m_releaseTitle);
    heading->addWidget(m_releaseStatus);
    heading->addStretch();
    m_runButton = actionButton(area, m_run);
    m_abortButton = actionButton(area, m_abort);
    m_editButton = actionButton(area, m_editPlan);
    heading->addWidget(m_runButton);
    heading->addWidget(m_abortButton);
    heading->addWidget(m_editButton);
    layout->addLayout(heading);

    m_releaseFacts = quietLabel(area);
    m_releaseFacts->setObjectName(u"releaseFacts"_s);
    layout->addWidget(m_releaseFacts);
    m_releaseWaiting = new QLabel(area);
    m_releaseWaiting->setObjectName(u"releaseWaiting"_s);
    m_releaseWaiting->setWordWrap(true);
    m_releaseWaiting->hide();
    layout->addWidget(m_releaseWaiting);

    m_graph = new TaskGraphView(area);
    m_graph->setObjectName(u"taskGraph"_s);
    m_graph->setMinimumSize(30 * unit, 8 * unit);
    connect(m_graph, &TaskGraphView::taskSelected, this, [this](Id taskId) {
        if (taskId == 0 || taskId == m_selectedTask)
            return;
        m_selectedTask = taskId;
        showTask();
        loadActivity();
    });
    layout->addWidget(m_graph, 1);

    m_details = new TaskDetailsView(parent);
    m_details->setObjectName(u"taskDetails"_s);
    m_details->setMinimumHeight(10 * unit);
    addActions({m_details->approveAction(), m_details->rejectAction(), m_details->markDoneAction(),
                m_details->retryAction(), m_details->skipAction()});
    connect(m_details, &TaskDetailsView::approveRequested, this, [this](Id taskId, const QString &comment) {
        taskAction(taskId, tr("approved"), true,
                   [taskId, comment](const store::Workspace &workspace, const QString &who) {
                       return release::actions::approve(workspace, taskId, who, comment);
                   });
    });
    connect(m_details, &TaskDetailsView::rejectRequested, this, [this](Id taskId, const QString &comment) {
        taskAction(taskId, tr("rejected"), true,
                   [taskId, comment](const store::Workspace &workspace, const QString &who) {
                       return release::actions::reject(workspace, taskId, who, comment);
                   });
    });
    connect(m_details, &TaskDetailsView::markDoneRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("marked done"), true, [taskId](const store::Workspace &workspace, const QString &who) {
            return release::actions::markDone(workspace, taskId, who);
        });
    });
    connect(m_details, &TaskDetailsView::retryRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("retried"), true, [taskId](const store::Workspace &workspace, const QString &who) {
            return release::actions::retry(workspace, taskId, who);
        });
    });
    connect(m_details, &TaskDetailsView::skipRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("skipped"), true, [taskId](const store::Workspace &workspace, const QString &who) {
            return release::actions::skip(workspace, taskId, who);
        });
    });
    return area;
}

void ReleasesPage::restoreSplitters()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    for (QSplitter *splitter : {m_mainSplitter, m_listSplitter, m_details->splitter()}) {
        const QByteArray state = settings.value(splitter->objectName()).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
        connect(splitter, &QSplitter::splitterMoved, this, [splitter] {
            QSettings settings;
            settings.beginGroup(settingsGroup);
            settings.setValue(splitter->objectName(), splitter->saveState());
        });
    }
}

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
    m_run->setText(releaseStatus == status::planned || !isRelease ? tr("Run") : tr("Resume"));
    m_abort->setEnabled(writable && isRelease &&
                        (releaseStatus == status::planned || releaseStatus == status::running ||
                         releaseStatus == status::waiting || releaseStatus == status::failed));
    m_editPlan->setEnabled(writable && release && !runsHere &&
                           (release->isTemplate || releaseStatus == status::planned));
    m_delete->setEnabled(writable && release && !runsHere && !runsElsewhere && !ReleaseStyle::isActive(releaseStatus));
    m_newRelease->setEnabled(writable);
    m_newTemplate->setEnabled(writable);
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

void ReleasesPage::retranslate()
{
    m_title->setText(tr("Releases"));
    m_stack->setLoadingText(tr("Reading the releases…"));
    m_stack->setEmptyTitle(tr("No releases yet"));
    m_stack->setEmptyText(
        tr("A release takes services at chosen versions to their environments through a plan: deploy tasks that run "
           "through your deployment backends, approval and check gates, manual steps and waits, in the order you "
           "give them. Flowdeck runs the plan, holds deploys outside deployment windows, and records every step. "
           "Start from a template, a plan you reuse, or make one now."));
    m_stack->emptyStateButton()->setText(tr("New release…"));
    m_stack->findChild<QPushButton *>(u"emptyNewTemplateButton"_s)->setText(tr("New template…"));
    m_viewTabs->setTabText(0, tr("Releases"));
    m_viewTabs->setTabText(1, tr("Templates"));
    m_viewTabs->setTabToolTip(0, tr("Releases, planned and run (Ctrl+T switches)"));
    m_viewTabs->setTabToolTip(1, tr("Reusable plans that releases are made from (Ctrl+T switches)"));
    m_statusLabel->setText(tr("&Status:"));
    {
        const QSignalBlocker blocker(m_statusFilter);
        const int current = std::max(0, m_statusFilter->currentIndex());
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All"), QStringList());
        m_statusFilter->addItem(tr("Under way"), QStringList{status::running, status::waiting, status::aborting});
        for (const QString &name : ReleaseStyle::releaseStatuses()) {
            const StatusStyle style = ReleaseStyle::releaseStatus(name);
            m_statusFilter->addItem(style.icon(palette()), style.label, QStringList{name});
        }
        m_statusFilter->setCurrentIndex(current);
    }
    m_statusFilter->setToolTip(tr("Show only releases of this status (Ctrl+F)"));

    const auto tip = [](QAction *action, const QString &text) {
        action->setToolTip(tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
    };
    m_newRelease->setText(tr("New release…"));
    tip(m_newRelease, tr("Make a planned release from a template"));
    m_newTemplate->setText(tr("New template…"));
    tip(m_newTemplate, tr("Make a reusable plan that releases are made from"));
    tip(m_run, tr("Run the selected release, or resume it where it stands; deploys go through the backends"));
    m_abort->setText(tr("Abort"));
    tip(m_abort, tr("Abort the selected release: running jobs are asked to stop and unfinished tasks end aborted"));
    m_editPlan->setText(tr("Edit plan…"));
    tip(m_editPlan, tr("Edit the plan of the selected template or planned release"));
    m_delete->setText(tr("Delete…"));
    tip(m_delete, tr("Delete the selected release or template"));
    m_templates->setText(tr("Show templates"));
    tip(m_templates, tr("Switch between the releases and the templates"));
    m_focusFilter->setText(tr("Filter by status"));
    m_table->setAccessibleName(tr("Releases"));
    m_graph->setAccessibleName(tr("Task graph"));
    m_graph->setToolTip(tr("The release's tasks in the order they run; arrow keys move between them"));
    m_details->setAccessibleName(tr("Task details"));
    if (m_stack->state() == PageStack::State::Failed)
        m_stack->setErrorText(tr("The releases could not be read.") + u"\n\n"_s + m_listError);
    updateActions();
    showHeader();
    if (m_snapshot)
        showSnapshot(*m_snapshot);
}

void ReleasesPage::restyle()
{
    flattable::style(m_table);
    m_model->setPalette(palette());
}

void ReleasesPage::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        restyle();
        break;
    case QEvent::LanguageChange:
        retranslate();
        m_model->retranslate();
        break;
    default:
        break;
    }
    Page::changeEvent(event);
}

void ReleasesPage::showEvent(QShowEvent *event)
{
    // Closing the window stops the engines, so that the next start of Flowdeck (or the command line) can take the
    // releases over at once.
    if (window() != this && window() != m_watchedWindow) {
        if (m_watchedWindow)
            m_watchedWindow->removeEventFilter(this);
        m_watchedWindow = window();
        m_watchedWindow->installEventFilter(this);
    }
    Page::showEvent(event);
}

bool ReleasesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watchedWindow && event->type() == QEvent::Close)
        m_runner->stopAll();
    return Page::eventFilter(watched, event);
}

} // namespace flowdeck::views
