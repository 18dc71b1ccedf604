// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricspage.h"
#include "metrics/metricspageload.h"

#include "common/background.h"
#include "common/format.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/deploymentschart.h"
#include "metrics/doratiles.h"
#include "metrics/drilldowndialog.h"
#include "metrics/failureschart.h"
#include "metrics/flowfigures.h"
#include "metrics/leadtimechart.h"
#include "metrics/leadtimehistogram.h"
#include "metrics/metricssettings.h"
#include "metrics/metrictile.h"
#include "metrics/pullrequestfigures.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::quietLabel;
using pagestyle::unit;

MetricsPage::MetricsPage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"metricsTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = quietLabel(this);
    m_subtitle->setObjectName(u"metricsFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_stack = new PageStack(this);
    m_stack->setContentView(createContentView());
    QPushButton *first = m_stack->emptyStateButton();
    first->setObjectName(u"metricsEmptyFirstButton"_s);
    m_secondEmptyButton = m_stack->addEmptyStateButton();
    m_secondEmptyButton->setObjectName(u"metricsEmptySecondButton"_s);
    // What the buttons do depends on what is missing: history, or a production environment.
    connect(first, &QPushButton::clicked, this, [this] {
        if (!m_hasHistory)
            Q_EMIT importHistoryRequested();
        else
            Q_EMIT connectCiRequested();
    });
    connect(m_secondEmptyButton, &QPushButton::clicked, this, [this] {
        if (!m_hasHistory)
            Q_EMIT connectCiRequested();
        else
            Q_EMIT environmentsRequested();
    });
    layout->addWidget(m_stack, 1);

    m_chartTimer = new QTimer(this);
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(0);
    connect(m_chartTimer, &QTimer::timeout, this, &MetricsPage::showNextChart);

    retranslate();
    arrange();
}

MetricsPage::~MetricsPage()
{
    cancelLoad();
}

void MetricsPage::cancelLoad()
{
    // The charts still to be shown belong to the figures of before.
    m_chartTimer->stop();
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

QWidget *MetricsPage::createContentView()
{
    auto *view = new QWidget(m_stack);
    view->setObjectName(u"metricsView"_s);
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    m_scopeBar = new ScopeBar(view);
    m_scopeBar->setObjectName(u"metricsScope"_s);
    m_busy = quietLabel(view);
    m_busy->setObjectName(u"metricsBusy"_s);
    m_busy->setWordWrap(false);
    m_busy->hide();
    m_benchmarkLabel = new QLabel(view);
    m_benchmark = new QComboBox(view);
    m_benchmark->setObjectName(u"metricsBenchmark"_s);
    for (const metrics::Benchmark benchmark :
         {metrics::Benchmark::Dora2021, metrics::Benchmark::Dora2023, metrics::Benchmark::Dora2024})
        m_benchmark->addItem(QString(), int(benchmark));
    m_benchmarkLabel->setBuddy(m_benchmark);
    m_scopeBar->addTrailingWidget(m_busy);
    m_scopeBar->addTrailingWidget(m_benchmarkLabel);
    m_scopeBar->addTrailingWidget(m_benchmark);
    m_optionsButton = new QToolButton(view);
    m_optionsButton->setObjectName(u"metricsOptions"_s);
    m_optionsButton->setPopupMode(QToolButton::InstantPopup);
    auto *options = new QMenu(m_optionsButton);
    options->setToolTipsVisible(true);
    m_committerTime = options->addAction(QString());
    m_committerTime->setCheckable(true);
    m_hotfixPattern = options->addAction(QString());
    m_optionsButton->setMenu(options);
    m_scopeBar->addTrailingWidget(m_optionsButton);
    connect(m_scopeBar, &ScopeBar::scopeChanged, this, &MetricsPage::scopeChosen);
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &MetricsPage::benchmarkChosen);
    connect(m_committerTime, &QAction::toggled, this, &MetricsPage::committerTimeChosen);
    connect(m_hotfixPattern, &QAction::triggered, this, &MetricsPage::editHotfixPattern);
    layout->addWidget(m_scopeBar);

    m_message = new MessageBar(view);
    m_message->setObjectName(u"metricsMessage"_s);
    m_message->hide();
    layout->addWidget(m_message);

    m_tileGrid = new QGridLayout;
    m_tileGrid->setSpacing(unit + unit / 2);
    createTiles(view);
    layout->addLayout(m_tileGrid);
    m_flow = new FlowFigures(view);
    connect(m_flow, &FlowFigures::drillDownRequested, this, &MetricsPage::showDrillDown);
    layout->addWidget(m_flow);
    m_pullRequests = new PullRequestFigures(view);
    connect(m_pullRequests, &PullRequestFigures::drillDownRequested, this, &MetricsPage::showDrillDown);
    layout->addWidget(m_pullRequests);

    // The charts scroll; the tiles and the scope stay in sight.
    auto *scroll = new QScrollArea(view);
    scroll->setObjectName(u"metricsCharts"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *charts = new QWidget(scroll);
    m_charts = new QGridLayout(charts);
    m_charts->setContentsMargins(0, unit, 0, 0);
    m_charts->setSpacing(2 * unit);
    createCharts(charts);
    scroll->setWidget(charts);
    layout->addWidget(scroll, 1);
    return view;
}

void MetricsPage::createTiles(QWidget *parent)
{
    const QList<std::pair<const char *, MetricTile::Direction>> tiles = {
        {"deploymentFrequencyTile", MetricTile::Direction::HigherIsBetter},
        {"leadTimeTile", MetricTile::Direction::LowerIsBetter},
        {"changeFailureRateTile", MetricTile::Direction::LowerIsBetter},
        {"recoveryTimeTile", MetricTile::Direction::LowerIsBetter},
        {"reworkRateTile", MetricTile::Direction::LowerIsBetter},
    };
    for (int i = 0; i < doraFigureCount; ++i) {
        auto *tile = new MetricTile(parent);
        tile->setObjectName(QString::fromLatin1(tiles[i].first));
        tile->setDirection(tiles[i].second);
        const auto which = Tile(i);
        connect(tile, &MetricTile::activated, this, [this, which] { showDrillDown(drillDown(which)); });
        m_tiles.append(tile);
    }
}

void MetricsPage::createCharts(QWidget *parent)
{
    // How often and how safely first, then how fast, then how work flows.
    m_deploymentsChart = new DeploymentsChart(parent);
    m_deploymentsChart->setObjectName(u"deploymentsChart"_s);
    m_failuresChart = new FailuresChart(parent);
    m_failuresChart->setObjectName(u"failuresChart"_s);
    m_leadTimeChart = new LeadTimeChart(parent);
    m_leadTimeChart->setObjectName(u"leadTimeChart"_s);
    m_leadTimeHistogram = new LeadTimeHistogram(parent);
    m_leadTimeHistogram->setObjectName(u"leadTimeHistogram"_s);
    m_flowChart = new CumulativeFlowChart(parent);
    m_flowChart->setObjectName(u"cumulativeFlowChart"_s);
    m_cycleTimeHistogram = new LeadTimeHistogram(LeadTimeHistogram::Span::CycleTime, parent);
    m_cycleTimeHistogram->setObjectName(u"cycleTimeHistogram"_s);
    m_charts->addWidget(m_deploymentsChart, 0, 0);
    m_charts->addWidget(m_failuresChart, 0, 1);
    m_charts->addWidget(m_leadTimeChart, 1, 0);
    m_charts->addWidget(m_leadTimeHistogram, 1, 1);
    m_charts->addWidget(m_flowChart, 2, 0);
    m_charts->addWidget(m_cycleTimeHistogram, 2, 1);
    m_charts->setColumnStretch(0, 1);
    m_charts->setColumnStretch(1, 1);
    for (MetricsChart *chart : charts()) {
        // The charts keep the height they read well at; the area below the tiles scrolls instead.
        chart->setMinimumHeight(chart->sizeHint().height());
        connect(chart, &MetricsChart::drillDown, this, &MetricsPage::showDrillDown);
    }
}

QList<MetricsChart *> MetricsPage::charts() const
{
    return {m_deploymentsChart,  m_failuresChart, m_leadTimeChart,
            m_leadTimeHistogram, m_flowChart,     m_cycleTimeHistogram};
}

void MetricsPage::arrange()
{
    // Five tiles in a row where they fit at a readable width, else three and two; the flow figures and the pull
    // requests' in one row or two. Narrow, the page asks for no more width than a narrow window has.
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    const int tileColumns = available >= doraFigureCount * 22 * unit + 4 * m_tileGrid->horizontalSpacing() ? 5 : 3;
    if (tileColumns != m_tileColumns) {
        m_tileColumns = tileColumns;
        for (MetricTile *tile : std::as_const(m_tiles))
            m_tileGrid->removeWidget(tile);
        for (int i = 0; i < doraFigureCount; ++i) {
            m_tileGrid->addWidget(m_tiles[i], i / tileColumns, i % tileColumns);
            m_tileGrid->setColumnStretch(i, i < tileColumns ? 1 : 0);
        }
    }

    // Some room to spare, so that a row asks for less width than it takes to switch back to two rows.
    m_flow->setColumns(available >= m_flow->singleLineWidth() + 8 * unit ? FlowFigures::figureCount : 2);
    m_pullRequests->setColumns(available >= m_pullRequests->singleLineWidth() + 8 * unit ? 4 : 2);
    // The two rows' figures start at the same place.
    const int titleWidth =
        std::max(m_flow->titleLabel()->sizeHint().width(), m_pullRequests->titleLabel()->sizeHint().width());
    m_flow->titleLabel()->setMinimumWidth(titleWidth);
    m_pullRequests->titleLabel()->setMinimumWidth(titleWidth);
}

void MetricsPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    arrange();
}

void MetricsPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool again = workspace && workspace == m_workspace && m_workspaceRead;
    m_ready = false;
    if (m_dialog)
        m_dialog->close();
    if (!again) {
        m_workspace = std::move(workspace);
        m_workspaceRead = false;
        m_report.reset();
        m_previous.reset();
        m_flow->clear();
        m_leadTimeData = {};
        m_flowData = {};
        m_error.clear();
        m_message->clear();
        m_message->hide();
        m_subtitle->clear();
    }
    if (!m_workspace) {
        cancelLoad();
        m_loads.invalidate();
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    if (!again)
        m_stack->setState(PageStack::State::Loading);
    start(again ? Work::ReadAgain : Work::ReadWorkspace);
}

bool MetricsPage::isReady() const
{
    return m_ready;
}

void MetricsPage::start(Work work)
{
    m_ready = false;
    setBusy(true);
    cancelLoad();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const ScopeBar::Settings settings = m_scopeBar->settings();
    const metrics::Options options = m_options;
    runLatest(
        this, m_loads,
        [workspace, work, settings, options, cancel = m_cancel] {
            return loadMetricsPage(workspace, work, settings, options, TaskControl({}, cancel.get()));
        },
        [this](const Load &load) { finishLoad(load); });
}

void MetricsPage::finishLoad(const Load &load)
{
    m_cancel.reset();
    setBusy(false);
    m_error = load.error;
    if (load.full) {
        m_workspaceRead = load.error.isEmpty() || m_workspaceRead;
        m_hasHistory = load.hasHistory;
        m_hasProduction = load.hasProduction;
        {
            const QSignalBlocker scopeBlocker(m_scopeBar);
            const QSignalBlocker benchmarkBlocker(m_benchmark);
            m_scopeBar->setServices(load.services);
            m_scopeBar->setSettings(load.settings);
            m_options = load.options;
            m_benchmark->setCurrentIndex(m_benchmark->findData(int(m_options.benchmark)));
            showOptions();
        }
    }

    if (!load.error.isEmpty()) {
        // With figures on show, the message goes above them and the scope stays usable; else the page fails.
        if (m_stack->state() == PageStack::State::Content)
            m_message->showMessage(tr("The metrics could not be computed: %1").arg(load.error));
        else
            showFailure(load.error);
        finishLoading();
        return;
    }
    m_message->clear();
    m_message->hide();
    if (!m_hasHistory || !m_hasProduction) {
        m_report.reset();
        m_previous.reset();
        m_flow->clear();
        m_leadTimeData = {};
        m_flowData = {};
        showEmpty();
        finishLoading();
        return;
    }
    m_report = load.report;
    m_previous = load.previous;
    m_leadTimeData = load.leadTimeChart;
    m_flowData = load.flowChart;
    showFigures(true);
    m_stack->setState(PageStack::State::Content);
}

void MetricsPage::scopeChosen()
{
    if (!m_workspace || !m_workspaceRead)
        return;
    start(Work::Recompute);
}

void MetricsPage::benchmarkChosen()
{
    const auto benchmark = metrics::Benchmark(m_benchmark->currentData().toInt());
    if (benchmark == m_options.benchmark)
        return;
    m_options.benchmark = benchmark;
    if (!m_workspace || !m_workspaceRead)
        return;
    start(Work::Recompute);
}

void MetricsPage::committerTimeChosen(bool committer)
{
    m_options.leadTimeFrom = committer ? metrics::TimeBasis::Committer : metrics::TimeBasis::Author;
    if (!m_workspace || !m_workspaceRead)
        return;
    start(Work::Recompute);
}

void MetricsPage::editHotfixPattern()
{
    if (!m_patternDialog) {
        m_patternDialog = new QInputDialog(this);
        m_patternDialog->setObjectName(u"hotfixPatternDialog"_s);
        m_patternDialog->setWindowTitle(tr("Hotfix Pattern"));
        m_patternDialog->setInputMode(QInputDialog::TextInput);
        connect(m_patternDialog, &QInputDialog::textValueSelected, this, &MetricsPage::hotfixPatternChosen);
    }
    m_patternDialog->setLabelText(
        tr("A deployment is rework when the branch of its run, or the summary of a commit it shipped, matches this "
           "regular expression (case-insensitive). Leave it empty to count only incident fixes and rollbacks."));
    m_patternDialog->setTextValue(m_options.hotfixPattern);
    m_patternDialog->open();
}

void MetricsPage::hotfixPatternChosen(const QString &pattern)
{
    const QRegularExpression expression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!expression.isValid()) {
        // The dialog comes back with what is wrong, and the pattern in use stays.
        m_patternDialog->setLabelText(tr("\"%1\" is not a regular expression: %2 at character %3. Correct it, or "
                                         "cancel to keep \"%4\".")
                                          .arg(pattern, expression.errorString())
                                          .arg(expression.patternErrorOffset() + 1)
                                          .arg(m_options.hotfixPattern));
        m_patternDialog->setTextValue(pattern);
        m_patternDialog->open();
        return;
    }
    if (pattern == m_options.hotfixPattern)
        return;
    m_options.hotfixPattern = pattern;
    showOptions();
    if (!m_workspace || !m_workspaceRead)
        return;
    start(Work::Recompute);
}

void MetricsPage::setBusy(bool busy)
{
    m_busy->setVisible(busy && m_stack->state() == PageStack::State::Content);
}

void MetricsPage::finishLoading()
{
    m_ready = true;
    Q_EMIT ready();
}

void MetricsPage::showFigures(bool load)
{
    const metrics::Scope &scope = m_report->scope;
    QString subtitle =
        tr("Compared with the period before, %1 · levels of DORA %2")
            .arg(doratiles::periodText(scope.previous()), metrics::benchmarkName(m_report->options.benchmark));
    if (m_report->options.leadTimeFrom == metrics::TimeBasis::Committer)
        subtitle += u" · "_s + tr("lead time from committer time");
    m_subtitle->setText(subtitle);
    showTiles();
    m_flow->setReport(*m_report);
    m_pullRequests->setReport(*m_report);
    arrange();
    // One chart per turn of the event loop: on a big workspace all of them in one go would keep the GUI thread
    // busy for longer than it may be.
    // Shown again (in another language) before the last chart of a load, the page is still ready after it.
    m_chartsOfLoad = load || (m_chartsOfLoad && m_chartTimer->isActive());
    m_nextChart = 0;
    m_chartTimer->stop();
    showNextChart();
}

void MetricsPage::showNextChart()
{
    if (!m_report)
        return;
    switch (m_nextChart++) {
    case 0:
        m_deploymentsChart->setReport(*m_report);
        break;
    case 1:
        m_failuresChart->setReport(*m_report);
        break;
    case 2:
        m_leadTimeChart->setData(m_leadTimeData);
        break;
    case 3:
        m_leadTimeHistogram->setReport(*m_report);
        break;
    case 4:
        m_flowChart->setData(m_flowData);
        break;
    default:
        m_cycleTimeHistogram->setReport(*m_report);
        // The figures of a load are all on show.
        if (m_chartsOfLoad)
            finishLoading();
        return;
    }
    // A timer rather than a posted call: posted calls run one after the other before the event loop turns.
    m_chartTimer->start();
}

void MetricsPage::showTiles()
{
    const QList<TileContent> contents = doratiles::contents(*m_report, m_previous);
    for (int i = 0; i < doraFigureCount; ++i) {
        MetricTile *tile = m_tiles[i];
        const TileContent &content = contents[i];
        tile->setValue(content.value, content.unit);
        tile->setLevel(content.level);
        tile->setComparison(content.current, content.previous);
        tile->setSeries(content.weekly);
        tile->setToolTip(content.toolTip);
    }
}

DrillDown MetricsPage::drillDown(Tile tile) const
{
    return m_report ? doratiles::records(tile, *m_report) : DrillDown();
}

QString MetricsPage::flowFigureText(FlowFigure figure) const
{
    return m_flow->figureText(figure);
}

DrillDownDialog *MetricsPage::drillDownDialog() const
{
    return m_dialog;
}

void MetricsPage::showDrillDown(const DrillDown &records)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DrillDownDialog(m_workspace, records, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}

void MetricsPage::showEmpty()
{
    if (!m_hasHistory) {
        m_stack->setEmptyTitle(tr("No delivery history yet"));
        m_stack->setEmptyText(
            tr("This page shows how often you deploy to production, how long changes take to get there, how often "
               "a deployment fails and how soon service is restored — the DORA keys — with flow figures and charts, "
               "for the services and period you choose. They are computed from the commits of your git "
               "repositories and the runs, deployments and incidents of your CI. Import a repository's history or "
               "connect a CI server to fill it."));
        m_stack->emptyStateButton()->setText(tr("Import Git History…"));
        m_stack->emptyStateButton()->setToolTip(tr("Add a git repository to the workspace and import its history"));
        m_secondEmptyButton->setText(tr("Connect CI…"));
        m_secondEmptyButton->setToolTip(tr("Connect GitHub, GitLab or Jenkins to import runs and deployments"));
    } else {
        m_stack->setEmptyTitle(tr("No production environment"));
        m_stack->setEmptyText(
            tr("The metrics count deployments to production: to environments of tier production. None of this "
               "workspace's environments has that tier. Set the tier of your production environments in CI "
               "Connections, on the Mappings tab; the Environments page shows each environment's tier."));
        m_stack->emptyStateButton()->setText(tr("Set Environment Tiers…"));
        m_stack->emptyStateButton()->setToolTip(tr("Open CI Connections, where the Mappings tab sets the tiers"));
        m_secondEmptyButton->setText(tr("Show Environments"));
        m_secondEmptyButton->setToolTip(tr("Show the Environments page"));
    }
    m_subtitle->clear();
    m_stack->setState(PageStack::State::Empty);
}

void MetricsPage::showFailure(const QString &message)
{
    const QString name = m_workspace ? m_workspace->displayName() : QString();
    m_stack->setErrorText(tr("The metrics of %1 could not be computed.").arg(name) + u"\n\n"_s + message + u"\n\n"_s +
                          tr("Check that the file still exists and can be read, then open it again."));
    m_stack->setState(PageStack::State::Failed);
}

void MetricsPage::retranslate()
{
    m_title->setText(tr("Delivery metrics"));
    m_stack->setLoadingText(tr("Computing the metrics…"));
    m_busy->setText(tr("Computing…"));
    m_benchmarkLabel->setText(tr("&Benchmark:"));
    const QStringList benchmarks = {tr("DORA 2021"), tr("DORA 2023"), tr("DORA 2024")};
    for (int i = 0; i < benchmarks.size(); ++i)
        m_benchmark->setItemText(i, benchmarks[i]);
    m_benchmark->setToolTip(tr("The benchmark whose levels the tiles show"));
    m_benchmark->setAccessibleName(tr("Benchmark"));
    m_optionsButton->setText(tr("Options"));
    m_optionsButton->setToolTip(tr("How lead time and rework are measured"));
    m_optionsButton->setAccessibleName(tr("Metrics options"));
    m_committerTime->setText(tr("Lead Time from Committer Time"));
    m_committerTime->setToolTip(
        tr("Measure lead time for changes from each commit's committer time (when it was last rewritten: a rebase, "
           "an amend, a squash merge) instead of its author time (when it was first written)"));
    m_hotfixPattern->setText(tr("Hotfix Pattern…"));
    showOptions();
    for (int i = 0; i < doraFigureCount; ++i)
        m_tiles[i]->setTitle(doratiles::title(DoraFigure(i)));
    if (m_report)
        showFigures(false);
    if (m_stack->state() == PageStack::State::Empty)
        showEmpty();
}

void MetricsPage::showOptions()
{
    const QSignalBlocker committerBlocker(m_committerTime);
    m_committerTime->setChecked(m_options.leadTimeFrom == metrics::TimeBasis::Committer);
    m_hotfixPattern->setToolTip(
        m_options.hotfixPattern.isEmpty()
            ? tr("The regular expression that makes a deployment rework when its run's branch or a commit it shipped "
                 "matches it; none is set, so only incident fixes and rollbacks are rework")
            : tr("The regular expression that makes a deployment rework when its run's branch or a commit it shipped "
                 "matches it (case-insensitive); now \"%1\"")
                  .arg(m_options.hotfixPattern));
}

void MetricsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace flowdeck::views
