// SPDX-License-Identifier: GPL-3.0-or-later
// The Metrics page on a big workspace (by default the one `bench_metrics --workspace /tmp/benchmetrics.flowdeck`
// generates: 500k commits, 100k deployments, 1M jobs), offscreen at 1400 x 900, for the last 90 days and the last
// 12 months of its history: how long the page takes from the workspace to its figures, the longest the GUI thread
// was busy in one go meanwhile (budget 50 ms), and what each step on the GUI thread takes: the tiles, the flow
// figures and each chart taking the report, then each chart painting itself. Medians of a few runs. Prints, never
// fails on a slow figure.
//
//   QT_QPA_PLATFORM=offscreen bench_metricspage [--workspace FILE] [--runs N]
//
// The workspace is copied to a temporary folder first: the page keeps the scope it shows in the workspace.

#include "common/scopebar.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/deploymentschart.h"
#include "metrics/doratiles.h"
#include "metrics/failureschart.h"
#include "metrics/leadtimechart.h"
#include "metrics/leadtimehistogram.h"
#include "metrics/metricspage.h"
#include "metrics/metrictile.h"
#include "stats/quantiles.h"
#include "store/workspace.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include <time.h>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize pageSize(1400, 900);
constexpr int waitLimitMs = 300'000;
constexpr double budgetMs = 50;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// CPU time of the calling thread, ms.
double threadCpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
}

/// Notes the longest time between two ticks of a 5 ms timer on the GUI thread: how long it was busy in one go (give
/// or take the timer's 5 ms), in wall time and in the GUI thread's own CPU time. On a machine whose cores the worker
/// threads keep busy, the wall time also counts the GUI thread waiting for a core.
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_since.start();
        m_cpuSince = threadCpuMs();
        m_timer.start();
    }
    /// Stops; the longest stall includes the time since the last tick.
    void stop()
    {
        m_timer.stop();
        tick();
    }
    double longestMs() const { return m_longest; }
    double longestCpuMs() const { return m_longestCpu; }

private:
    void tick()
    {
        const double cpu = threadCpuMs();
        m_longest = std::max(m_longest, elapsedMs(m_since));
        m_longestCpu = std::max(m_longestCpu, cpu - m_cpuSince);
        m_since.start();
        m_cpuSince = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_since;
    double m_cpuSince = 0;
    double m_longest = 0;
    double m_longestCpu = 0;
};

bool waitUntilReady(MetricsPage &page)
{
    if (page.isReady())
        return true;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&page, &Page::ready, &loop, &QEventLoop::quit);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(waitLimitMs);
    loop.exec();
    return page.isReady();
}

/// Paints `widget` with its children into an image of its size, as a repaint of it would.
double paintMs(QWidget *widget)
{
    QImage image(widget->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QElapsedTimer timer;
    timer.start();
    QPainter painter(&image);
    widget->render(&painter);
    painter.end();
    return elapsedMs(timer);
}

/// Times of the named steps over the runs, in the order they were first noted.
class Steps
{
public:
    void note(const std::string &name, double ms)
    {
        if (!m_times.contains(name))
            m_order.push_back(name);
        m_times[name].push_back(qint64(ms * 1000));
    }
    void print() const
    {
        for (const std::string &name : m_order) {
            std::vector<qint64> times = m_times.at(name);
            const double median = double(stats::median(times).value_or(0)) / 1000;
            const double longest = double(*std::max_element(times.begin(), times.end())) / 1000;
            const bool worker = name.find("worker") != std::string::npos;
            std::printf("  %-48s %9.1f %9.1f%s\n", name.c_str(), median, longest,
                        !worker && longest > budgetMs ? "  over" : "");
        }
    }

private:
    std::vector<std::string> m_order;
    std::map<std::string, std::vector<qint64>> m_times;
};

/// Times `chart` taking `report` (preparing its data, where it can, as on the worker thread, then taking it), laying
/// itself out and painting itself.
template<typename Chart>
void timeChart(Steps &steps, Chart *chart, const metrics::MetricsReport &report)
{
    const std::string name = chart->objectName().toStdString();
    QElapsedTimer timer;
    timer.start();
    if constexpr (requires { Chart::prepare(report); }) {
        // The page prepares the chart's data on the worker thread, with the report.
        const auto data = Chart::prepare(report);
        steps.note(name + " prepare (worker thread)", elapsedMs(timer));
        timer.start();
        chart->setData(data);
        steps.note(name + " setData", elapsedMs(timer));
    } else {
        chart->setReport(report);
        steps.note(name + " setReport", elapsedMs(timer));
    }
    // What the new data queued: the chart's layout and its items' geometry.
    timer.start();
    QApplication::processEvents();
    steps.note(name + " events", elapsedMs(timer));
    steps.note(name + " paint", paintMs(chart));
}

/// The page's GUI-thread steps one by one, on the page's own tiles and charts, with the report it computed.
void timeSteps(Steps &steps, MetricsPage &page)
{
    const metrics::MetricsReport &report = *page.report();
    QElapsedTimer timer;
    timer.start();
    const QList<TileContent> contents = doratiles::contents(report, page.previousReport());
    for (int i = 0; i < doraFigureCount; ++i) {
        MetricTile *tile = page.tile(MetricsPage::Tile(i));
        const TileContent &content = contents[i];
        tile->setValue(content.value, content.unit);
        tile->setLevel(content.level);
        tile->setComparison(content.current, content.previous);
        tile->setSeries(content.weekly);
        tile->setToolTip(content.toolTip);
    }
    steps.note("tiles", elapsedMs(timer));
    const QList<MetricsChart *> charts = page.charts();
    for (MetricsChart *chart : charts) {
        if (auto *deployments = qobject_cast<DeploymentsChart *>(chart))
            timeChart(steps, deployments, report);
        else if (auto *failures = qobject_cast<FailuresChart *>(chart))
            timeChart(steps, failures, report);
        else if (auto *leadTime = qobject_cast<LeadTimeChart *>(chart))
            timeChart(steps, leadTime, report);
        else if (auto *histogram = qobject_cast<LeadTimeHistogram *>(chart))
            timeChart(steps, histogram, report);
        else if (auto *flow = qobject_cast<CumulativeFlowChart *>(chart))
            timeChart(steps, flow, report);
    }
}

/// The last day with a production deployment, or of any deployment: the end of the generated history.
QDate lastDay(const store::Workspace &workspace)
{
    QSqlQuery query(workspace.connection());
    if (!query.exec(u"SELECT max(finished_at) FROM deployments"_s) || !query.next() || query.value(0).isNull())
        return QDate::currentDate();
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong()).date();
}

struct Period
{
    QString name;
    ScopeBar::Settings settings;
};

bool measure(const std::shared_ptr<store::Workspace> &workspace, const Period &period, int runs)
{
    if (auto written = ScopeBar::writeSettings(*workspace, period.settings); !written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.errorMessage()));
        return false;
    }
    std::vector<qint64> readyUs;
    std::vector<qint64> stallUs;
    std::vector<qint64> stallCpuUs;
    std::vector<qint64> firstFrameUs;
    Steps steps;
    StallWatch stalls;
    std::unique_ptr<MetricsPage> page;
    for (int run = 0; run < runs; ++run) {
        // A page of its own for each run, so that every run starts from nothing.
        page = std::make_unique<MetricsPage>();
        page->resize(pageSize);
        page->show();
        QApplication::processEvents();
        stalls.start();
        QElapsedTimer timer;
        timer.start();
        page->setWorkspace(workspace);
        if (!waitUntilReady(*page)) {
            std::fprintf(stderr, "the page was not ready after %d s\n", waitLimitMs / 1000);
            return false;
        }
        readyUs.push_back(timer.nsecsElapsed() / 1000);
        // The first frame follows at once on the GUI thread: part of the stall.
        timer.start();
        QApplication::processEvents();
        firstFrameUs.push_back(timer.nsecsElapsed() / 1000);
        stalls.stop();
        stallUs.push_back(qint64(stalls.longestMs() * 1000));
        stallCpuUs.push_back(qint64(stalls.longestCpuMs() * 1000));
        if (!page->report()) {
            std::fprintf(stderr, "the page shows no report\n");
            return false;
        }
        timeSteps(steps, *page);
    }
    const metrics::MetricsReport &report = *page->report();
    std::printf("\n%s: %s – %s; %d deployments, %lld changes shipped, %lld failures, %lld days\n",
                qPrintable(period.name), qPrintable(period.settings.from.toString(Qt::ISODate)),
                qPrintable(period.settings.to.toString(Qt::ISODate)), report.deploymentFrequency.deployments,
                static_cast<long long>(report.leadTime.records.size()),
                static_cast<long long>(report.changeFailureRate.failures.size()),
                static_cast<long long>(report.flow.days.size()));
    std::printf("  page, median of %d: ready after %.1f ms, first frame %.1f ms; the GUI thread busy for %.1f ms at "
                "most in one go (%.1f ms of its own CPU time; budget %.0f ms)\n",
                runs, double(stats::median(readyUs).value_or(0)) / 1000,
                double(stats::median(firstFrameUs).value_or(0)) / 1000,
                double(stats::median(stallUs).value_or(0)) / 1000, double(stats::median(stallCpuUs).value_or(0)) / 1000,
                budgetMs);
    std::printf("  %-48s %9s %9s\n", "GUI-thread step", "median ms", "max ms");
    steps.print();
    page.reset();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QString file = u"/tmp/benchmetrics.flowdeck"_s;
    int runs = 3;
    const QStringList arguments = application.arguments();
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        const bool hasValue = i + 1 < arguments.size();
        if (arguments.at(i) == u"--workspace"_s && hasValue) {
            file = arguments.at(i + 1);
        } else if (arguments.at(i) == u"--runs"_s && hasValue && arguments.at(i + 1).toInt() > 0) {
            runs = arguments.at(i + 1).toInt();
        } else {
            std::fprintf(stderr, "usage: bench_metricspage [--workspace FILE] [--runs N]\n");
            return 2;
        }
    }
    if (!QFile::exists(file)) {
        std::fprintf(stderr, "%s does not exist: make it with bench_metrics --workspace %s\n", qPrintable(file),
                     qPrintable(file));
        return 1;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"metricspage.flowdeck"_s);
    if (!dir.isValid() || !QFile::copy(file, copy)) {
        std::fprintf(stderr, "could not copy %s to a temporary folder\n", qPrintable(file));
        return 1;
    }
    auto workspace = store::Workspace::open(copy);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    const QDate last = lastDay(**workspace);
    std::printf("workspace %s, history up to %s; page %d x %d\n", qPrintable(file),
                qPrintable(last.toString(Qt::ISODate)), pageSize.width(), pageSize.height());
    const std::vector<Period> periods{
        {u"Last 90 days"_s, {{}, ScopeBar::Period::Custom, last.addDays(-89), last}},
        {u"Last 12 months"_s, {{}, ScopeBar::Period::Custom, last.addYears(-1).addDays(1), last}},
    };
    for (const Period &period : periods) {
        if (!measure(*workspace, period, runs))
            return 1;
    }
    return 0;
}
