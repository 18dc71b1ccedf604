// SPDX-License-Identifier: GPL-3.0-or-later
// Startup figures: how long the demo workspace takes to generate, and how long the main window takes from
// construction to its first paint and to a ready Overview page on the demo workspace. Prints, never fails.
#include "application.h"
#include "demoworkspace.h"
#include "mainwindow.h"

#include "common/page.h"
#include "demo/demogenerator.h"
#include "store/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int generationRuns = 5;
constexpr int startRuns = 7;
constexpr double budgetMs = 1000;
constexpr int waitLimitMs = 60'000;

struct Figures
{
    QList<double> values;

    double min() const { return values.isEmpty() ? 0 : *std::min_element(values.begin(), values.end()); }
    double median() const
    {
        if (values.isEmpty())
            return 0;
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype middle = sorted.size() / 2;
        return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
};

void print(const char *what, const Figures &figures, const char *note = "")
{
    std::printf("%-44s min %8.1f ms   median %8.1f ms   (%lld runs)%s\n", what, figures.min(), figures.median(),
                static_cast<long long>(figures.values.size()), note);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Notes the time of the first paint event the window receives.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &timer)
        : m_timer(timer)
    {}
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0)
            at = elapsedMs(m_timer);
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_timer;
};

// Runs the event loop until `done` holds or the limit passes; returns whether it held.
template<typename Condition>
bool spinUntil(Condition done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > waitLimitMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    app::Application::setIdentity();
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;

    std::printf("Flowdeck startup benchmark (budget: start to an interactive main window under %.0f ms)\n\n", budgetMs);

    // Demo generation, each run into a new file.
    Figures generation;
    QString demoPath;
    demo::DemoSummary summary;
    for (int run = 0; run < generationRuns; ++run) {
        const QString path = dir.filePath(u"demo-%1.flowdeck"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        auto workspace = store::Workspace::create(path);
        if (!workspace) {
            std::fprintf(stderr, "%s\n", qPrintable(workspace.errorMessage()));
            return 1;
        }
        auto generated = demo::generateDemo(**workspace);
        if (!generated) {
            std::fprintf(stderr, "%s\n", qPrintable(generated.errorMessage()));
            return 1;
        }
        workspace->reset();
        generation.values.append(elapsedMs(timer));
        summary = *generated;
        demoPath = path;
    }
    std::printf("demo: %d services, %d commits, %d pipeline runs, %d jobs, %d deployments, %d incidents\n",
                summary.services, summary.commits, summary.pipelineRuns, summary.jobs, summary.deployments,
                summary.incidents);
    print("demo generation", generation, "   (issue budget: under 2 s)");

    // Reusing today's cached demo, as a second `flowdeck --demo` does.
    Figures reuse;
    if (auto first = app::DemoWorkspace::ensureCached(); first) {
        for (int run = 0; run < generationRuns; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto again = app::DemoWorkspace::ensureCached();
            if (again)
                reuse.values.append(elapsedMs(timer));
        }
    }
    print("cached demo reused", reuse);

    // Start to first paint and to a ready Overview page. The first run pays one-time costs (fonts, style).
    Figures firstPaint;
    Figures overviewReady;
    double coldPaint = 0;
    double coldReady = 0;
    for (int run = 0; run < startRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        FirstPaint paint(timer);
        app::MainWindow window;
        window.setRemembersSession(false);
        window.installEventFilter(&paint);
        window.resize(1400, 900);
        if (!window.openWorkspace(demoPath)) {
            std::fprintf(stderr, "%s\n", qPrintable(u"cannot open %1"_s.arg(demoPath)));
            return 1;
        }
        window.show();
        views::Page *page = window.currentPage();
        const bool painted = spinUntil([&] { return paint.at >= 0; });
        const bool ready = spinUntil([&] { return page->isReady(); });
        const double readyAt = elapsedMs(timer);
        if (!painted || !ready) {
            std::fprintf(stderr, "the window did not paint or the page did not get ready in time\n");
            return 1;
        }
        if (run == 0) {
            coldPaint = paint.at;
            coldReady = readyAt;
            continue;
        }
        firstPaint.values.append(paint.at);
        overviewReady.values.append(readyAt);
    }
    std::printf("%-44s %8.1f ms\n", "first window: start to first paint", coldPaint);
    std::printf("%-44s %8.1f ms\n", "first window: start to Overview ready", coldReady);
    print("start to first paint", firstPaint);
    print("start to Overview ready", overviewReady);

    // The whole process, as a user starts it: `flowdeck --demo --screenshot`, the demo already cached by a first,
    // untimed run. It includes loading the libraries, creating the application and writing the PNG.
    Figures process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (int run = 0; run <= startRuns; ++run) {
        QProcess flowdeck;
        flowdeck.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        flowdeck.start(QStringLiteral(FLOWDECK_BINARY),
                       {u"--demo"_s, u"--page"_s, u"overview"_s, u"--screenshot"_s, dir.filePath(u"shot.png"_s)});
        if (!flowdeck.waitForFinished(waitLimitMs) || flowdeck.exitCode() != 0) {
            std::fprintf(stderr, "flowdeck --demo --screenshot failed: %s\n",
                         flowdeck.readAllStandardError().constData());
            return 1;
        }
        if (run > 0)
            process.values.append(elapsedMs(timer));
    }
    print("process: flowdeck --demo --screenshot", process, "   (cached demo)");

    const double worst = std::max(coldReady, overviewReady.median());
    std::printf("\nbudget %.0f ms: %s (%.1f ms)\n", budgetMs, worst < budgetMs ? "within" : "OVER", worst);
    return 0;
}
