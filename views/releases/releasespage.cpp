// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releasespage.h"

#include "common/flattable.h"
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
namespace status = release::status;

namespace {

const auto settingsGroup = u"releasesPage"_s;

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
    // What releases deploy through and when they may, beside the title: settings of the workspace, not of a plan.
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(unit / 2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_backendsButton = actionButton(this, m_backends);
    m_windowsButton = actionButton(this, m_windows);
    header->addWidget(m_backendsButton, 0, Qt::AlignTop);
    header->addWidget(m_windowsButton, 0, Qt::AlignTop);
    layout->addLayout(header);
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
    // Delete deletes the release only where the list has the focus, never while a text is edited elsewhere.
    removeAction(m_delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_delete, &QAction::triggered, this, &ReleasesPage::deleteRelease);
    m_templates = pageAction(this, u"showTemplates"_s, QKeySequence(Qt::CTRL | Qt::Key_T));
    m_templates->setCheckable(true);
    connect(m_templates, &QAction::toggled, this, [this](bool checked) { showTemplates(checked); });
    m_backends = pageAction(this, u"editBackends"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(m_backends, &QAction::triggered, this, &ReleasesPage::editBackends);
    m_windows = pageAction(this, u"editWindows"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_windows, &QAction::triggered, this, &ReleasesPage::editWindows);
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
    // The count gives way in a narrow window rather than widen the page.
    m_count->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    // The list keeps the height that shows the calendar's month in full; the graph and the details share the rest.
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 1);
    m_mainSplitter->setSizes({m_calendar->fullHeight(), 400, 150});
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
    // The window may be low or narrow: the panel scrolls rather than make the page larger than the others.
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
    // The calendar keeps its width; the list takes what the window adds.
    m_listSplitter->setStretchFactor(0, 1);
    m_listSplitter->setStretchFactor(1, 0);
    m_listSplitter->setSizes({800, m_calendar->sizeHint().width()});
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
    connectTaskActions();
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
    m_backends->setText(tr("Backends…"));
    tip(m_backends, tr("Add, edit, enable or remove the deployment backends that deploy tasks run through"));
    m_windows->setText(tr("Windows…"));
    tip(m_windows, tr("Edit the deployment calendar: windows when deploys may run, blackouts when they may not"));
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
