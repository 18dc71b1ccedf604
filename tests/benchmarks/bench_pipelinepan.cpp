// SPDX-License-Identifier: GPL-3.0-or-later
// The Pipelines page on a 2,000-stage pipeline (the layered pipeline of bench_graphlayout, with jobs so that every
// card shows its figures): how long the page takes from the workspace to a ready drawing (read, layout, cards and
// edges; budget 1 s) and to its first frame, the longest the GUI thread was busy meanwhile, what each step of that
// takes, and how fast the drawing pans at its first view, at 50 %, at 25 % and fitted to the window. Each pan step
// moves the scroll bars and paints the whole view (cards, edges, scroll bars, minimap) into an image, as when the view
// repaints in full; the scroll bars sweep the drawing row by row, so that every part of it is painted. Prints, never
// fails.
//
//   QT_QPA_PLATFORM=offscreen bench_pipelinepan [--stages N] [--steps N] [--runs N] [--pictures FOLDER]
//
// --pictures saves the first frame of each zoom as a PNG file in FOLDER, to see what was measured.

#include "layeredpipeline.h"

#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "graph/pipelinestore.h"
#include "layout/graphlayout.h"
#include "pipelines/pipelinegraphdata.h"
#include "pipelines/pipelinegraphpanel.h"
#include "pipelines/pipelinegraphview.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/pipelinespage.h"
#include "pipelines/stagecarditem.h"
#include "stats/quantiles.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <vector>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

constexpr QSize pageSize(1400, 900);
constexpr int waitLimitMs = 120'000;
/// Pipeline runs with a job of every stage (but the stages that never ran).
constexpr int runCount = 8;
constexpr Timestamp firstRun = 1'700'000'000'000;
constexpr Timestamp minuteMs = 60'000;

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double toMs(qint64 microseconds)
{
    return double(microseconds) / 1000.0;
}

/// Writes `runCount` runs of `pipelineId` with a job of each stage in each: a few minutes of queue (now and then
/// much more), one to twenty minutes of work, one job in twelve failed. One stage in forty never ran, so that some
/// cards say "No runs yet". All in one transaction.
Result<int> addJobs(const store::Workspace &workspace, Id pipelineId, const graph::PipelineSpec &pipeline)
{
    QHash<QString, Id> stageIds;
    QSqlQuery query(workspace.connection());
    query.prepare(u"SELECT id, name FROM stages WHERE pipeline_id = ?"_s);
    query.addBindValue(pipelineId);
    if (!query.exec())
        return store::sqlError(u"stages"_s, query.lastError());
    while (query.next())
        stageIds.insert(query.value(1).toString(), query.value(0).toLongLong());
    if (stageIds.size() != pipeline.stages.size())
        return Error{
            u"the workspace has %1 stages of the pipeline, not %2"_s.arg(stageIds.size()).arg(pipeline.stages.size())};

    std::mt19937 random(7);
    int jobs = 0;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        store::TableWriter<PipelineRun> runs(db);
        store::TableWriter<Job> jobWriter(db);
        for (int r = 0; r < runCount; ++r) {
            const Timestamp start = firstRun + r * 6 * 60 * minuteMs;
            PipelineRun run;
            run.pipelineId = pipelineId;
            run.source = u"bench"_s;
            run.externalId = u"run-%1"_s.arg(r + 1);
            run.status = QString::fromLatin1(r % 4 == 3 ? Status::Failed : Status::Succeeded);
            run.createdAt = start;
            run.startedAt = start;
            run.finishedAt = start + 5 * 60 * minuteMs;
            auto runId = runs.insert(run);
            if (!runId)
                return runId.error();
            for (qsizetype s = 0; s < pipeline.stages.size(); ++s) {
                if (s % 40 == 39)
                    continue;
                const QString &name = pipeline.stages.at(s).name;
                const qint64 queue = (random() % 10 == 0 ? 20 * minuteMs : 0) + qint64(random() % 300'000);
                const qint64 work = minuteMs + qint64(random() % (19 * 60'000));
                Job job;
                job.runId = *runId;
                job.stageId = stageIds.value(name);
                job.name = name;
                job.source = u"bench"_s;
                job.externalId = u"job-%1-%2"_s.arg(r + 1).arg(s);
                job.status = QString::fromLatin1(random() % 12 == 0 ? Status::Failed : Status::Succeeded);
                job.queuedAt = start + s * 1000;
                job.startedAt = *job.queuedAt + queue;
                job.finishedAt = *job.startedAt + work;
                if (auto inserted = jobWriter.insert(job); !inserted)
                    return inserted.error();
                ++jobs;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return jobs;
}

/// Notes the longest time between two ticks of a 5 ms timer on the GUI thread: how long it was busy in one go (give
/// or take the timer's 5 ms).
class StallWatch
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_longest = std::max(m_longest, elapsedMs(m_since));
            m_since.start();
        });
    }
    void start()
    {
        m_longest = 0;
        m_since.start();
        m_timer.start();
    }
    /// The longest stall, including the time since the last tick.
    double stop()
    {
        m_timer.stop();
        return std::max(m_longest, elapsedMs(m_since));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_since;
    double m_longest = 0;
};

bool waitUntilReady(PipelinesPage &page)
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

/// Paints `widget` with its children in full into `image`, as a repaint of the whole window would.
void paintWhole(QWidget *widget, QImage &image)
{
    image.fill(Qt::transparent);
    QPainter painter(&image);
    widget->render(&painter);
}

/// The cards that meet the part of the drawing the view shows.
int visibleCards(const PipelineGraphView *view)
{
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    int count = 0;
    for (const QGraphicsItem *item : view->scene()->items(shown, Qt::IntersectsItemBoundingRect)) {
        if (item->type() == StageCardItem::Type && item->isVisible())
            ++count;
    }
    return count;
}

/// Scroll bar positions that sweep the drawing row by row (left to right, then back), one row per view height,
/// `steps` in all.
std::vector<QPoint> sweep(const QScrollBar *horizontal, const QScrollBar *vertical, int steps)
{
    const int vRange = vertical->maximum() - vertical->minimum();
    const int hRange = horizontal->maximum() - horizontal->minimum();
    int rows = vRange > 0 ? int(std::ceil(double(vRange) / std::max(1, vertical->pageStep()))) + 1 : 1;
    rows = std::clamp(rows, 1, std::max(1, steps / 10));
    const int perRow = std::max(1, steps / rows);
    std::vector<QPoint> positions;
    for (int row = 0; row < rows; ++row) {
        const int y = vertical->minimum() + (rows > 1 ? int(qint64(vRange) * row / (rows - 1)) : 0);
        for (int i = 0; i < perRow; ++i) {
            const int along = perRow > 1 ? int(qint64(hRange) * i / (perRow - 1)) : 0;
            const int x = horizontal->minimum() + (row % 2 == 0 ? along : hRange - along);
            positions.emplace_back(x, y);
        }
    }
    return positions;
}

/// Pans across the drawing at the view's zoom and prints the frame times; saves the first frame as `picture` unless
/// that is empty.
void pan(const QString &level, PipelineGraphView *view, int steps, const QString &picture)
{
    QApplication::processEvents();
    QScrollBar *horizontal = view->horizontalScrollBar();
    QScrollBar *vertical = view->verticalScrollBar();
    const std::vector<QPoint> positions = sweep(horizontal, vertical, steps);
    QImage image(view->size(), QImage::Format_ARGB32_Premultiplied);
    // The first frame at a new zoom fills the glyph caches for its type size: not a pan frame.
    paintWhole(view, image);
    if (!picture.isEmpty() && !image.save(picture))
        std::fprintf(stderr, "could not save %s\n", qPrintable(picture));

    std::vector<qint64> frames;
    std::vector<qint64> cards;
    for (const QPoint &position : positions) {
        QElapsedTimer timer;
        timer.start();
        horizontal->setValue(position.x());
        vertical->setValue(position.y());
        paintWhole(view, image);
        frames.push_back(timer.nsecsElapsed() / 1000);
        cards.push_back(visibleCards(view));
        // What the scroll queued (the minimap's and the window's updates), outside the frame's time.
        QApplication::processEvents();
    }
    const qint64 medianUs = stats::median(frames).value_or(0);
    const qint64 p95Us = stats::percentile(frames, 95).value_or(0);
    const qint64 maxUs = *std::max_element(frames.begin(), frames.end());
    const qint64 medianCards = stats::median(cards).value_or(0);
    std::printf("%-16s %6.0f %% %7lld %6zu %9.2f %9.2f %9.2f %8.0f %8.0f\n", qPrintable(level), view->zoom() * 100,
                static_cast<long long>(medianCards), frames.size(), toMs(medianUs), toMs(p95Us), toMs(maxUs),
                medianUs > 0 ? 1e6 / double(medianUs) : 0.0, p95Us > 0 ? 1e6 / double(p95Us) : 0.0);
}

struct Options
{
    int stages = 2000;
    int steps = 200;
    int runs = 3;
    QString pictures;
};

bool parse(const QStringList &arguments, Options &options)
{
    for (int i = 1; i < arguments.size(); i += 2) {
        if (i + 1 >= arguments.size())
            return false;
        if (arguments.at(i) == u"--pictures"_s) {
            options.pictures = arguments.at(i + 1);
            continue;
        }
        const int value = arguments.at(i + 1).toInt();
        if (arguments.at(i) == u"--stages"_s && value >= 2)
            options.stages = value;
        else if (arguments.at(i) == u"--steps"_s && value >= 1)
            options.steps = value;
        else if (arguments.at(i) == u"--runs"_s && value >= 1)
            options.runs = value;
        else
            return false;
    }
    return true;
}

/// The page's steps one by one, on a scene and view of their own the size of the page's: reading the pipeline with
/// its statistics and critical path, and laying it out (both on a worker thread in the page), making the cards (on
/// the GUI thread, in one go), placing them and drawing the edges, and the first view (on the GUI thread, in one go).
/// Prints the median time of each over `runs`.
bool printSteps(const store::Workspace &workspace, Id pipelineId, QSize viewSize, int runs)
{
    std::vector<qint64> read, cards, layout, place, firstView;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto data = loadPipelineGraph(workspace.connection(), pipelineId);
        read.push_back(timer.nsecsElapsed() / 1000);
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.errorMessage()));
            return false;
        }
        PipelineScene scene;
        PipelineGraphView view(&scene);
        view.resize(viewSize);
        view.show();
        QApplication::processEvents();
        timer.start();
        scene.setGraph(*data);
        cards.push_back(timer.nsecsElapsed() / 1000);
        timer.start();
        auto placed = layout::layoutGraph(scene.layoutRequest());
        layout.push_back(timer.nsecsElapsed() / 1000);
        if (!placed) {
            std::fprintf(stderr, "%s\n", qPrintable(placed.errorMessage()));
            return false;
        }
        timer.start();
        scene.applyLayout(*placed);
        place.push_back(timer.nsecsElapsed() / 1000);
        timer.start();
        view.showStart();
        firstView.push_back(timer.nsecsElapsed() / 1000);
    }
    std::printf("steps, median of %d: read %.1f ms, layout %.1f ms (worker thread); cards %.1f ms, placing and edges "
                "%.1f ms, first view %.1f ms (GUI thread)\n",
                runs, toMs(stats::median(read).value_or(0)), toMs(stats::median(layout).value_or(0)),
                toMs(stats::median(cards).value_or(0)), toMs(stats::median(place).value_or(0)),
                toMs(stats::median(firstView).value_or(0)));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    Options options;
    if (!parse(application.arguments(), options)) {
        std::fprintf(stderr, "usage: bench_pipelinepan [--stages N] [--steps N] [--runs N] [--pictures FOLDER]\n");
        return 2;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder: %s\n", qPrintable(dir.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto workspace = store::Workspace::create(dir.filePath(u"pan.flowdeck"_s));
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.errorMessage()));
        return 1;
    }
    const graph::PipelineSpec pipeline =
        benchmarks::layeredPipeline(options.stages, benchmarks::layeredRanks(options.stages), 2024);
    auto saved = graph::savePipeline(**workspace, pipeline);
    if (!saved) {
        std::fprintf(stderr, "%s\n", qPrintable(saved.errorMessage()));
        return 1;
    }
    auto jobs = addJobs(**workspace, saved->pipelineId, pipeline);
    if (!jobs) {
        std::fprintf(stderr, "%s\n", qPrintable(jobs.errorMessage()));
        return 1;
    }
    qsizetype needs = 0;
    for (const graph::StageSpec &stage : pipeline.stages)
        needs += stage.needs.size();
    std::printf("pipeline: %lld stages in %d ranks, %lld edges; %d jobs in %d runs; written in %.0f ms\n",
                static_cast<long long>(pipeline.stages.size()), benchmarks::layeredRanks(options.stages),
                static_cast<long long>(needs), *jobs, runCount, elapsedMs(timer));

    // A page of its own for each run, so that every run reads, lays out and draws from nothing.
    std::vector<qint64> readyUs;
    std::vector<qint64> firstFrameUs;
    std::vector<qint64> stallUs;
    std::unique_ptr<PipelinesPage> page;
    StallWatch stalls;
    for (int run = 0; run < options.runs; ++run) {
        page = std::make_unique<PipelinesPage>();
        page->resize(pageSize);
        page->show();
        QApplication::processEvents();
        stalls.start();
        timer.start();
        page->setWorkspace(*workspace);
        if (!waitUntilReady(*page)) {
            std::fprintf(stderr, "the page was not ready after %d s\n", waitLimitMs / 1000);
            return 1;
        }
        readyUs.push_back(timer.nsecsElapsed() / 1000);
        stallUs.push_back(qint64(stalls.stop() * 1000));
        timer.start();
        QImage image(page->size(), QImage::Format_ARGB32_Premultiplied);
        paintWhole(page.get(), image);
        firstFrameUs.push_back(timer.nsecsElapsed() / 1000);
        QApplication::processEvents();
    }
    const PipelineScene *scene = page->panel()->scene();
    PipelineGraphView *view = page->panel()->view();
    if (scene->cards().size() != pipeline.stages.size() || !scene->isLaidOut()) {
        std::fprintf(stderr, "the page drew %lld of %lld stages\n", static_cast<long long>(scene->cards().size()),
                     static_cast<long long>(pipeline.stages.size()));
        return 1;
    }
    const QRectF drawing = scene->sceneRect();
    std::printf("drawing: %lld cards, %lld edges, %.0f x %.0f points; view %d x %d pixels\n",
                static_cast<long long>(scene->cards().size()), static_cast<long long>(scene->edges().size()),
                drawing.width(), drawing.height(), view->viewport()->width(), view->viewport()->height());
    std::printf("page, median of %d: ready after %.1f ms (the GUI thread busy for %.1f ms at most in one go), then "
                "its first frame in %.1f ms\n",
                options.runs, toMs(stats::median(readyUs).value_or(0)), toMs(stats::median(stallUs).value_or(0)),
                toMs(stats::median(firstFrameUs).value_or(0)));
    if (!printSteps(**workspace, saved->pipelineId, view->size(), options.runs))
        return 1;

    std::printf("\n%-16s %8s %7s %6s %9s %9s %9s %8s %8s\n", "pan", "zoom", "cards", "frames", "median ms", "p95 ms",
                "max ms", "fps", "fps p95");
    struct Level
    {
        QString name;
        QString file;
        /// The zoom; none: fitted to the view.
        std::optional<qreal> zoom;
    };
    const std::vector<Level> levels{{u"first view"_s, u"first-view.png"_s, view->zoom()},
                                    {u"50 %"_s, u"zoom-50.png"_s, 0.5},
                                    {u"25 %"_s, u"zoom-25.png"_s, 0.25},
                                    {u"fit to view"_s, u"fit.png"_s, std::nullopt}};
    for (const Level &level : levels) {
        if (level.zoom)
            view->setZoom(*level.zoom);
        else
            view->fitAll();
        pan(level.name, view, options.steps,
            options.pictures.isEmpty() ? QString() : QDir(options.pictures).filePath(level.file));
    }
    std::printf("cards: median number of cards in the view; frame: scroll bars moved and the whole view painted into "
                "an image; fps from the median and the p95 frame\n");
    page.reset();
    return 0;
}
