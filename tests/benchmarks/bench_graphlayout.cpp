// SPDX-License-Identifier: GPL-3.0-or-later
// The graph layout (Graphviz's dot) on pipeline graphs: the fixtures as imported, and made-up layered pipelines
// of 100, 500 and 2,000 stages (budget: 2,000 stages in under 1 s). Prints the median wall and CPU time of
// several runs; the layout runs on this thread, so its CPU time is the thread's.
//
//   bench_graphlayout [--runs N] [--stages N]...

#include "layeredpipeline.h"

#include "graph/import/pipelineimport.h"
#include "layout/graphlayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <vector>

using namespace flowdeck;
using namespace flowdeck::layout;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

/// A stage card as the Pipelines page draws it, in points.
constexpr QSizeF cardSize(180, 64);

double threadSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

LayoutRequest fromPipeline(const graph::PipelineSpec &pipeline)
{
    LayoutRequest request;
    for (const graph::StageSpec &stage : pipeline.stages)
        request.nodes.append({stage.name, cardSize});
    for (const graph::StageSpec &stage : pipeline.stages) {
        for (const QString &need : stage.needs)
            request.edges.append({need, stage.name});
    }
    return request;
}

/// How straight the edges run: the share of edges whose two boxes are centred on the same line across the
/// ranks (within a point), and how far on average an edge's target is moved across the ranks from its source (in
/// points; vertically in a left-to-right layout). Graphviz's last pass, placing the boxes within their ranks,
/// minimises a weighted form of the second, so these show what limiting that pass costs.
std::pair<double, double> straightness(const GraphLayout &layout)
{
    QHash<QString, double> centre;
    for (const PlacedNode &node : layout.nodes)
        centre.insert(node.id, node.rect.center().y());
    int straight = 0;
    double offsets = 0;
    for (const PlacedEdge &edge : layout.edges) {
        const double offset = std::abs(centre.value(edge.to) - centre.value(edge.from));
        straight += offset < 1 ? 1 : 0;
        offsets += offset;
    }
    if (layout.edges.isEmpty())
        return {100, 0};
    return {100.0 * straight / double(layout.edges.size()), offsets / double(layout.edges.size())};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/// Lays `request` out `runs` times and prints one line: the graph, the median wall and CPU time, the fastest
/// and slowest wall time, and the drawing's size.
bool measure(const QString &name, const LayoutRequest &request, int runs)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    QSizeF size;
    std::pair<double, double> quality;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadSeconds();
        const auto layout = layoutGraph(request);
        cpu.push_back(threadSeconds() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!layout) {
            out << name << ": " << layout.errorMessage() << Qt::endl;
            return false;
        }
        size = layout->size;
        quality = straightness(*layout);
    }
    out << qSetFieldWidth(28) << Qt::left << name << qSetFieldWidth(0) << qSetFieldWidth(7) << Qt::right
        << request.nodes.size() << request.edges.size() << qSetFieldWidth(10) << Qt::fixed << qSetRealNumberPrecision(3)
        << median(wall) << median(cpu) << *std::min_element(wall.begin(), wall.end())
        << *std::max_element(wall.begin(), wall.end()) << qSetRealNumberPrecision(0) << quality.first << quality.second
        << qSetFieldWidth(0) << "   " << size.width() << " x " << size.height() << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    int runs = 5;
    QList<int> sizes;
    const QStringList arguments = application.arguments();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == u"--runs"_s) {
            runs = std::max(1, arguments.at(i + 1).toInt());
        } else if (arguments.at(i) == u"--stages"_s) {
            sizes.append(std::max(2, arguments.at(i + 1).toInt()));
        } else {
            QTextStream(stderr) << "usage: bench_graphlayout [--runs N] [--stages N]...\n";
            return 2;
        }
    }
    if (sizes.isEmpty())
        sizes = {100, 500, 2000};

    out << qSetFieldWidth(28) << Qt::left << "graph" << qSetFieldWidth(7) << Qt::right << "stages"
        << "edges" << qSetFieldWidth(10) << "wall s"
        << "CPU s"
        << "min s"
        << "max s"
        << "straight"
        << "offset" << qSetFieldWidth(0) << "   size (points)" << Qt::endl;
    bool ok = true;
    const QString fixtures = QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/pipelines/"_s;
    for (const QString &file :
         {u"concourse/cloudfoundry-bosh-deployment__ci__pipeline.yml"_s,
          u"gitlab-ci/GNOME-gnome-shell__.gitlab-ci.yml"_s, u"github-actions/astral-sh-ruff__release.yml"_s}) {
        const auto imported = graph::importPipelineFile(fixtures + file);
        if (!imported) {
            out << file << ": " << imported.errorMessage() << Qt::endl;
            ok = false;
            continue;
        }
        ok = measure(file.section(u'/', 0, 0), fromPipeline(imported->pipeline), runs) && ok;
    }
    for (int stages : std::as_const(sizes)) {
        const int ranks = benchmarks::layeredRanks(stages);
        ok = measure(u"layered, %1 ranks"_s.arg(ranks), fromPipeline(benchmarks::layeredPipeline(stages, ranks, 2024)),
                     runs) &&
             ok;
    }
    out << "wall s, CPU s: medians of " << runs << " runs; straight: % of edges between boxes on one line; offset: "
        << "mean distance across the ranks between an edge's boxes (points)" << Qt::endl;
    return ok ? 0 : 1;
}
