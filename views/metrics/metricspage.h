// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "common/scopebar.h"
#include "domain/delivery.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/doratiles.h"
#include "metrics/drilldown.h"
#include "metrics/flowfigures.h"
#include "metrics/leadtimechart.h"
#include "metrics/metrics.h"
#include "metrics/metricspageload.h"
#include "taskcontrol.h"

#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QInputDialog;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

namespace flowdeck::views {

class DeploymentsChart;
class DrillDownDialog;
class FailuresChart;
class LeadTimeHistogram;
class MessageBar;
class MetricsChart;
class MetricTile;
class PageStack;
class PullRequestFigures;

/// The delivery metrics of the chosen services and period: the five DORA keys as tiles (value, level, change
/// against the period before, weekly sparkline), the flow figures and pull-request lead time beneath them, and the
/// charts. Every figure opens
/// the records it came from. The scope, the benchmark and the options (metricssettings.h) are kept in the workspace;
/// the figures are computed on a worker thread, the scope's and the period before's in one go.
class MetricsPage : public Page
{
    Q_OBJECT

public:
    using Tile = DoraFigure;

    /// The figures under the tiles.
    using FlowFigure = FlowFigures::Figure;

    /// The workspace setting that keeps the benchmark: benchmarkName() ("2021", "2023", "2024").
    static constexpr auto benchmarkKey = "metrics.benchmark";

    explicit MetricsPage(QWidget *parent = nullptr);
    ~MetricsPage() override;

    /// Shows `workspace` with the scope and benchmark it keeps. Given the workspace already shown (after an
    /// import), computes the figures again and keeps the scope.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    ScopeBar *scopeBar() const { return m_scopeBar; }
    QComboBox *benchmarkBox() const { return m_benchmark; }
    /// The Options button's menu: lead time from committer time (checkable), and the hotfix pattern's dialog.
    QToolButton *optionsButton() const { return m_optionsButton; }
    QAction *committerTimeAction() const { return m_committerTime; }
    QAction *hotfixPatternAction() const { return m_hotfixPattern; }
    /// The dialog the hotfix pattern action opens, once it was opened.
    QInputDialog *hotfixPatternDialog() const { return m_patternDialog; }
    /// The options the figures are computed with (benchmark, lead-time basis, hotfix pattern).
    const metrics::Options &options() const { return m_options; }
    MetricTile *tile(Tile tile) const { return m_tiles.value(int(tile)); }
    /// The value shown for a flow figure.
    QString flowFigureText(FlowFigure figure) const;
    /// The row of flow figures beneath the tiles.
    FlowFigures *flowFigures() const { return m_flow; }
    /// The row of pull-request lead time beneath the flow figures.
    PullRequestFigures *pullRequestFigures() const { return m_pullRequests; }
    PageStack *pageStack() const { return m_stack; }
    /// The charts, in reading order: deployments, failures, lead time, its histogram, cumulative flow, the cycle
    /// time histogram.
    QList<MetricsChart *> charts() const;

    /// The report shown, and the one of the period before it; nothing until one was computed.
    const std::optional<metrics::MetricsReport> &report() const { return m_report; }
    const std::optional<metrics::MetricsReport> &previousReport() const { return m_previous; }
    /// The records behind a tile's figure in the report shown.
    DrillDown drillDown(Tile tile) const;
    /// The dialog of the latest drill-down while it is open.
    DrillDownDialog *drillDownDialog() const;

public Q_SLOTS:
    /// Opens a dialog listing `records` (a tile, a flow figure or a chart point was clicked).
    void showDrillDown(const flowdeck::views::DrillDown &records);

Q_SIGNALS:
    /// The empty state's buttons: import a git repository's history; connect a CI server (or set which
    /// environments are production, on the same dialog's mappings); show the Environments page.
    void importHistoryRequested();
    void connectCiRequested();
    void environmentsRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// What a load found out, read and computed on a worker thread (metricspageload.h).
    using Load = MetricsPageLoad;
    using Work = MetricsPageWork;

    QWidget *createContentView();
    void createTiles(QWidget *parent);
    void arrange();
    void createCharts(QWidget *parent);
    void start(Work work);
    /// Asks the load in flight, if any, to stop: its result would be dropped anyway.
    void cancelLoad();
    void finishLoad(const Load &load);
    /// Shows the report's figures; the charts one by one, each in a turn of the event loop of its own. For a
    /// `load`, the page is ready once the last chart shows its figures.
    void showFigures(bool load);
    /// Shows the figures of the next chart (in the order of charts()) and asks for the one after it.
    void showNextChart();
    void showTiles();
    void showEmpty();
    void showFailure(const QString &message);
    void scopeChosen();
    void benchmarkChosen();
    void committerTimeChosen(bool committer);
    /// Opens the dialog that edits the hotfix pattern.
    void editHotfixPattern();
    /// Keeps `pattern` and computes again; an invalid pattern opens the dialog again with the error, and is not kept.
    void hotfixPatternChosen(const QString &pattern);
    /// Shows the options chosen on the Options menu.
    void showOptions();
    void setBusy(bool busy);
    void finishLoading();
    void retranslate();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_loads;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /// Shows the charts' figures one by one; stopped, the figures of an earlier load are not shown.
    QTimer *m_chartTimer = nullptr;
    int m_nextChart = 0;
    bool m_chartsOfLoad = false;
    bool m_ready = false;
    /// Whether the workspace was read (its services, and the scope it keeps) since it was set.
    bool m_workspaceRead = false;
    bool m_hasHistory = false;
    bool m_hasProduction = false;
    QString m_error;
    /// The benchmark and options chosen; the report's own are those it was computed with.
    metrics::Options m_options;
    std::optional<metrics::MetricsReport> m_report;
    std::optional<metrics::MetricsReport> m_previous;
    LeadTimeChart::Data m_leadTimeData;
    CumulativeFlowChart::Data m_flowData;
    QPointer<DrillDownDialog> m_dialog;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;
    QPushButton *m_secondEmptyButton = nullptr;
    ScopeBar *m_scopeBar = nullptr;
    QLabel *m_benchmarkLabel = nullptr;
    QComboBox *m_benchmark = nullptr;
    QToolButton *m_optionsButton = nullptr;
    QAction *m_committerTime = nullptr;
    QAction *m_hotfixPattern = nullptr;
    QInputDialog *m_patternDialog = nullptr;
    QLabel *m_busy = nullptr;
    MessageBar *m_message = nullptr;
    QGridLayout *m_tileGrid = nullptr;
    int m_tileColumns = 0;
    QList<MetricTile *> m_tiles;
    FlowFigures *m_flow = nullptr;
    PullRequestFigures *m_pullRequests = nullptr;
    QGridLayout *m_charts = nullptr;
    DeploymentsChart *m_deploymentsChart = nullptr;
    FailuresChart *m_failuresChart = nullptr;
    LeadTimeChart *m_leadTimeChart = nullptr;
    LeadTimeHistogram *m_leadTimeHistogram = nullptr;
    CumulativeFlowChart *m_flowChart = nullptr;
    LeadTimeHistogram *m_cycleTimeHistogram = nullptr;
};

} // namespace flowdeck::views
