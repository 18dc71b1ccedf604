// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportspage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "reports/reportpreviewload.h"
#include "reports/reportpreviewview.h"
#include "store/workspace.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::unit;

namespace {

/// Pixels per point of the preview's pages on a screen of one device pixel per pixel: sharp on a page as wide as a
/// laptop's window leaves for it.
constexpr double previewScale = 1.5;
/// At most this many device pixels per point on a high-density screen, so that eight pages stay within 70 MB.
constexpr double largestPreviewScale = 2.25;

/// The width of the column that chooses the report.
constexpr int choiceWidth = 34 * unit;

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"reportsTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"reportsSubtitle"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_message = new MessageBar(this);
    m_message->setObjectName(u"reportsMessage"_s);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new PageStack(this);
    m_stack->setContentView(createContentView());
    m_stack->emptyStateButton()->setObjectName(u"reportsEmptyButton"_s);
    connect(m_stack->emptyStateButton(), &QPushButton::clicked, this, &ReportsPage::importHistoryRequested);
    layout->addWidget(m_stack, 1);

    m_exportAction = new QAction(this);
    m_exportAction->setObjectName(u"exportReport"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_exportAction);
    connect(m_exportAction, &QAction::triggered, this, &ReportsPage::exportReport);
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);

    m_rebuild = new QTimer(this);
    m_rebuild->setSingleShot(true);
    m_rebuild->setInterval(rebuildDelayMs);
    connect(m_rebuild, &QTimer::timeout, this, &ReportsPage::buildPreview);

    m_exportPoll = new QTimer(this);
    m_exportPoll->setInterval(100);
    connect(m_exportPoll, &QTimer::timeout, this, &ReportsPage::showExportProgress);

    retranslate();
    showExportState();
    fitChoiceColumn();
}

ReportsPage::~ReportsPage()
{
    cancelPreview();
    if (m_exportCancel)
        m_exportCancel->store(true);
}

QWidget *ReportsPage::createContentView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"reportsView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    // The scope the analytical pages share, at the top as on the Metrics and Value stream pages.
    m_scopeBar = new ScopeBar(view);
    m_scopeBar->setObjectName(u"reportsScope"_s);
    layout->addWidget(m_scopeBar);
    auto *columns = new QHBoxLayout;
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(3 * unit);
    layout->addLayout(columns, 1);

    // The choice scrolls in a low window; Export… stays in sight beneath it.
    auto *column = new QVBoxLayout;
    column->setSpacing(unit);
    auto *scroll = new QScrollArea(view);
    scroll->setObjectName(u"reportChoiceScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *choice = new QWidget(scroll);
    auto *choiceLayout = new QVBoxLayout(choice);
    choiceLayout->setContentsMargins(0, 0, unit, 0);
    m_scope = new ReportScopePanel(choice);
    m_scope->setObjectName(u"reportScope"_s);
    choiceLayout->addWidget(m_scope);
    choiceLayout->addStretch(1);
    scroll->setWidget(choice);
    m_choiceScroll = scroll;
    column->addWidget(scroll, 1);
    m_exportButton = new QPushButton(view);
    m_exportButton->setObjectName(u"reportExportButton"_s);
    m_exportButton->setDefault(true);
    m_exportButton->setIcon(QIcon::fromTheme(u"document-export"_s));
    column->addWidget(m_exportButton);
    columns->addLayout(column);

    auto *right = new QVBoxLayout;
    right->setSpacing(unit);
    m_exportStrip = createExportStrip(view);
    right->addWidget(m_exportStrip);
    m_preview = new ReportPreviewView(view);
    m_preview->setObjectName(u"reportPreview"_s);
    right->addWidget(m_preview, 1);
    columns->addLayout(right, 1);

    connect(m_scopeBar, &ScopeBar::scopeChanged, this, &ReportsPage::scopeBarChanged);
    connect(m_scope, &ReportScopePanel::scopeChanged, this, &ReportsPage::scopeChosen);
    connect(m_scope, &ReportScopePanel::outputChanged, this, &ReportsPage::outputChosen);
    connect(m_preview, &ReportPreviewView::messageButtonClicked, this, &ReportsPage::importHistoryRequested);
    return view;
}

void ReportsPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool again = workspace && workspace == m_workspace && m_workspaceRead;
    m_ready = false;
    if (!again) {
        cancelPreview();
        m_previews.invalidate();
        cancelExport();
        m_exports.invalidate();
        m_workspace = std::move(workspace);
        m_workspaceRead = false;
        m_exportedFiles.clear();
        m_exportPath.clear();
        m_message->clear();
        m_message->hide();
        showExportState();
    }
    if (!m_workspace) {
        m_loads.invalidate();
        m_stack->setState(PageStack::State::Blank);
        setReady();
        return;
    }
    if (!again)
        m_stack->setState(PageStack::State::Loading);
    readWorkspace();
}

bool ReportsPage::isReady() const
{
    return m_ready;
}

void ReportsPage::readWorkspace()
{
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_loads, [workspace] { return readReportWorkspaceFacts(workspace); },
        [this](const ReportWorkspaceFacts &facts) { finishWorkspace(facts); });
}

void ReportsPage::finishWorkspace(const ReportWorkspaceFacts &facts)
{
    if (!facts.error.isEmpty()) {
        m_stack->setErrorText(tr("The workspace could not be read: %1").arg(facts.error));
        m_stack->setState(PageStack::State::Failed);
        setReady();
        return;
    }
    m_workspaceRead = true;
    m_options = facts.options;
    if (!facts.hasHistory) {
        m_stack->setState(PageStack::State::Empty);
        showExportState();
        setReady();
        return;
    }
    {
        const QSignalBlocker scopeBlocker(m_scopeBar);
        m_scopeBar->setServices(facts.services);
        m_scopeBar->setSettings(facts.settings);
        const QSignalBlocker blocker(m_scope);
        m_scope->setChoice(ReportScopePanel::readSettings());
    }
    m_stack->setState(PageStack::State::Content);
    showExportState();
    buildPreview();
}

std::pair<QDate, QDate> ReportsPage::daysOf(const ScopeBar::Settings &settings, const QDate &today)
{
    const metrics::Scope scope = ScopeBar::scopeOf(settings, today);
    return {QDateTime::fromMSecsSinceEpoch(scope.from).date(),
            QDateTime::fromMSecsSinceEpoch(scope.to).date().addDays(-1)};
}

report::ReportScope ReportsPage::reportScopeOf(const ScopeBar::Settings &settings, const QDate &today)
{
    const auto [first, last] = daysOf(settings, today);
    report::ReportScope scope;
    scope.from = first.startOfDay(Qt::UTC).toMSecsSinceEpoch();
    scope.to = last.addDays(1).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    scope.serviceIds = settings.serviceIds;
    return scope;
}

report::ReportScope ReportsPage::chosenScope() const
{
    report::ReportScope scope = reportScopeOf(m_scopeBar->settings(), QDate::currentDate());
    scope.sections = m_scope->sections();
    scope.options = m_options;
    return scope;
}

void ReportsPage::scopeBarChanged()
{
    if (!m_workspace || !m_workspaceRead)
        return;
    // Kept in the workspace for every analytical page, off the GUI thread; a read-only workspace keeps nothing.
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runInBackground(
        this,
        [workspace, settings = m_scopeBar->settings()] { return bool(ScopeBar::writeSettings(*workspace, settings)); },
        [](bool) {});
    scopeChosen();
}

void ReportsPage::scopeChosen()
{
    if (!m_workspace || !m_workspaceRead)
        return;
    // A new choice makes the preview shown outdated: the page is ready again once it shows the new one.
    m_ready = false;
    showExportState();
    m_preview->setBusy(true, tr("Gathering the report…"));
    m_rebuild->start();
}

void ReportsPage::outputChosen()
{
    showExportState();
    // The preview is laid out on the paper of the PDF chosen; the other formats are previewed on A4.
    if (ReportScopePanel::pageSizeOf(m_scope->choice().output) != m_previewSize)
        scopeChosen();
}

void ReportsPage::cancelPreview()
{
    m_rebuild->stop();
    if (m_previewCancel)
        m_previewCancel->store(true);
    m_previewCancel.reset();
}

void ReportsPage::buildPreview()
{
    cancelPreview();
    if (!m_workspace || !m_workspaceRead)
        return;
    m_ready = false;
    if (!m_scope->hasSomethingToReport()) {
        m_previews.invalidate();
        m_preview->setBusy(false);
        m_preview->showMessage(tr("Nothing to report"), m_scope->nothingToReportReason());
        showExportState();
        setReady();
        return;
    }
    const report::ReportScope scope = chosenScope();
    const ReportPageSize size = ReportScopePanel::pageSizeOf(m_scope->choice().output);
    // The paper of the latest request: choosing the other paper and back while it runs asks for nothing new.
    m_previewSize = size;
    m_previewCancel = std::make_shared<std::atomic_bool>(false);
    m_preview->setBusy(true, tr("Gathering the report…"));
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const double scale = std::min(previewScale * devicePixelRatioF(), largestPreviewScale);
    runLatest(
        this, m_previews,
        [workspace, scope, size, scale, cancel = m_previewCancel] {
            return buildReportPreview(workspace, scope, size, scale, TaskControl({}, cancel.get()));
        },
        [this](const ReportPreview &preview) { finishPreview(preview); });
}

void ReportsPage::finishPreview(const ReportPreview &preview)
{
    m_previewCancel.reset();
    m_preview->setBusy(false);
    if (preview.canceled)
        return;
    ++m_previewBuilds;
    m_previewScope = preview.scope;
    if (!preview.error.isEmpty()) {
        m_preview->showMessage(tr("The report could not be gathered"), preview.error);
    } else if (preview.empty) {
        // The days as the report names them: UTC days.
        const auto day = [](Timestamp at) {
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date(), QLocale::ShortFormat);
        };
        const QString period = tr("%1 – %2").arg(day(preview.scope.from), day(preview.scope.to - 1));
        m_preview->showMessage(
            tr("No deliveries in this period"),
            tr("The chosen services have no deployment to production, no change shipped and no release in %1. "
               "Import their deployments from a CI server (Import ▸ CI Connections…) or the history of their "
               "repositories, or choose a longer period or other services.")
                .arg(period),
            tr("Import Git History…"));
    } else {
        m_preview->setPages(preview.pages, preview.thumbnails);
    }
    showExportState();
    setReady();
}

void ReportsPage::setReady()
{
    if (m_rebuild->isActive())
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ReportsPage::retranslate()
{
    m_title->setText(tr("Reports"));
    m_subtitle->setText(tr("A short report for leadership: how often and how safely you deliver, where work waits "
                           "and what to improve first, for the services and period chosen below, which the Metrics "
                           "and Value stream pages share. Its days are UTC days; the preview shows it as it prints."));
    m_stack->setLoadingText(tr("Reading the workspace…"));
    m_stack->setEmptyTitle(tr("Nothing to report yet"));
    m_stack->setEmptyText(tr("A report is made of the deployments, changes, pipeline runs and releases a workspace "
                             "holds, and this one holds none. Import the history of a repository, or connect a CI "
                             "server from the Import menu to import its runs and deployments."));
    m_stack->emptyStateButton()->setText(tr("Import Git History…"));
    m_stack->emptyStateButton()->setToolTip(tr("Add a git repository to the workspace and import its history"));
    m_exportAction->setText(tr("Export Report…"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Write the report in the chosen format (Ctrl+E)"));
    m_cancelExport->setText(tr("Cancel"));
    m_cancelExport->setToolTip(tr("Stop the export; nothing is left written"));
    m_open->setText(tr("Open"));
    m_showInFolder->setText(tr("Show in Folder"));
    m_closeStrip->setToolTip(tr("Close"));
    m_closeStrip->setAccessibleName(tr("Close"));
    m_exportProgress->setAccessibleName(tr("Export progress"));
    showExportState();
}

void ReportsPage::fitChoiceColumn()
{
    if (!m_choiceScroll || !m_choiceScroll->widget())
        return;
    const int content =
        m_choiceScroll->widget()->sizeHint().width() + m_choiceScroll->verticalScrollBar()->sizeHint().width();
    m_choiceScroll->setFixedWidth(std::max(choiceWidth, content));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The choices' own texts change in their own handlers, after this one.
        QTimer::singleShot(0, this, &ReportsPage::fitChoiceColumn);
    }
    Page::changeEvent(event);
}

} // namespace flowdeck::views
