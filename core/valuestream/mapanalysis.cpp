// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapanalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>
#include <boost/graph/topological_sort.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;

namespace {

struct MapAnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::MapAnalysis)
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = Graph::vertex_descriptor;
using Edge = Graph::edge_descriptor;

QString quoted(const QString &text)
{
    return MapAnalysisText::tr("“%1”").arg(text);
}

/// Records the first back edge a depth-first search meets, and the tree edges that lead to it, so that the cycle
/// can be named step by step.
class CycleFinder : public boost::default_dfs_visitor
{
public:
    CycleFinder(std::vector<Vertex> &parent, std::vector<Vertex> &cycle)
        : m_parent(parent)
        , m_cycle(cycle)
    {}

    void tree_edge(Edge e, const Graph &g) { m_parent[boost::target(e, g)] = boost::source(e, g); }
    void back_edge(Edge e, const Graph &g)
    {
        if (!m_cycle.empty())
            return;
        const Vertex from = boost::source(e, g);
        const Vertex to = boost::target(e, g);
        for (Vertex v = from; v != to; v = m_parent[v])
            m_cycle.push_back(v);
        m_cycle.push_back(to);
        std::reverse(m_cycle.begin(), m_cycle.end());
    }

private:
    std::vector<Vertex> &m_parent;
    std::vector<Vertex> &m_cycle;
};

std::optional<Error> validateSteps(const QList<MapStep> &steps)
{
    QHash<Id, int> seen;
    for (int i = 0; i < steps.size(); ++i) {
        const MapStep &step = steps[i];
        if (auto it = seen.constFind(step.id); it != seen.constEnd()) {
            return Error{MapAnalysisText::tr("The steps %1 and %2 have the same id %3.")
                             .arg(quoted(steps[*it].name), quoted(step.name), QString::number(step.id))};
        }
        seen.insert(step.id, i);
        if (step.waitMs.value_or(0) < 0) {
            return Error{MapAnalysisText::tr("The step %1 has a negative wait time (%2 ms).")
                             .arg(quoted(step.name), QString::number(*step.waitMs))};
        }
        if (step.processMs.value_or(0) < 0) {
            return Error{MapAnalysisText::tr("The step %1 has a negative process time (%2 ms).")
                             .arg(quoted(step.name), QString::number(*step.processMs))};
        }
        if (step.pctCompleteAccurate) {
            const double pct = *step.pctCompleteAccurate;
            if (!(pct >= 0.0 && pct <= 100.0)) {
                return Error{MapAnalysisText::tr("The step %1 has a %C&A of %2; it must be between 0 and 100 %.")
                                 .arg(quoted(step.name), QString::number(pct))};
            }
        }
    }
    return std::nullopt;
}

QString percent(double fraction)
{
    return QString::number(std::lround(fraction * 100.0));
}

QString bottleneckReason(const Bottleneck &b, qint64 totalLeadMs)
{
    if (b.waitMs > b.processMs) {
        return MapAnalysisText::tr("waits %1 before it starts: %2 % of lead time")
            .arg(formatDuration(b.waitMs), percent(double(b.waitMs) / double(totalLeadMs)));
    }
    return MapAnalysisText::tr("takes %1 to process: %2 % of lead time")
        .arg(formatDuration(b.processMs), percent(double(b.processMs) / double(totalLeadMs)));
}

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms == 0)
        return MapAnalysisText::tr("0 min");
    const qint64 minutes = (std::abs(ms) + 30'000) / 60'000;
    if (minutes == 0)
        return MapAnalysisText::tr("under 1 min");
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = minutes / 60 % 24;
    const qint64 rest = minutes % 60;
    QStringList parts;
    if (days > 0)
        parts.append(MapAnalysisText::tr("%1 d").arg(days));
    if (hours > 0)
        parts.append(MapAnalysisText::tr("%1 h").arg(hours));
    if (rest > 0)
        parts.append(MapAnalysisText::tr("%1 min").arg(rest));
    const QString text = parts.join(u' ');
    return ms < 0 ? u"−"_s + text : text;
}

Result<MapAnalysis> analyseMap(const QList<MapStep> &steps, const QList<std::pair<Id, Id>> &edges)
{
    if (auto error = validateSteps(steps))
        return *error;

    const int n = int(steps.size());
    QHash<Id, int> indexOf;
    for (int i = 0; i < n; ++i)
        indexOf.insert(steps[i].id, i);

    Graph graph(n);
    if (edges.isEmpty()) {
        for (int i = 1; i < n; ++i)
            boost::add_edge(Vertex(i - 1), Vertex(i), graph);
    }
    for (const auto &[from, to] : edges) {
        const auto fromIt = indexOf.constFind(from);
        const auto toIt = indexOf.constFind(to);
        if (fromIt == indexOf.constEnd() || toIt == indexOf.constEnd()) {
            const auto describe = [&](Id id, QHash<Id, int>::const_iterator it) {
                return it == indexOf.constEnd() ? MapAnalysisText::tr("step %1").arg(id) : quoted(steps[*it].name);
            };
            const Id unknown = fromIt == indexOf.constEnd() ? from : to;
            return Error{
                MapAnalysisText::tr("The value stream has an edge from %1 to %2, but no step %3 is on the map.")
                    .arg(describe(from, fromIt), describe(to, toIt), QString::number(unknown))};
        }
        if (!boost::edge(Vertex(*fromIt), Vertex(*toIt), graph).second)
            boost::add_edge(Vertex(*fromIt), Vertex(*toIt), graph);
    }

    std::vector<Vertex> parent(n);
    std::vector<Vertex> cycle;
    std::vector<boost::default_color_type> colors(n);
    boost::depth_first_search(graph, boost::visitor(CycleFinder(parent, cycle)).color_map(colors.data()));
    if (!cycle.empty()) {
        QStringList names;
        for (Vertex v : cycle)
            names.append(quoted(steps[int(v)].name));
        names.append(quoted(steps[int(cycle.front())].name));
        return Error{MapAnalysisText::tr("The value stream has a cycle: %1.").arg(names.join(u" → "_s))};
    }

    std::vector<qint64> wait(n), process(n), lead(n);
    std::vector<int> inDegree(n, 0);
    for (int i = 0; i < n; ++i) {
        wait[i] = steps[i].waitMs.value_or(0);
        process[i] = steps[i].processMs.value_or(0);
        lead[i] = wait[i] + process[i];
        for (auto [e, end] = boost::out_edges(Vertex(i), graph); e != end; ++e)
            ++inDegree[int(boost::target(*e, graph))];
    }

    // topological_sort writes the steps last first: the order in which the longest path from each step to an end
    // (its tail, its own lead included) can be computed from its successors' tails.
    std::vector<Vertex> reverseOrder;
    reverseOrder.reserve(n);
    boost::topological_sort(graph, std::back_inserter(reverseOrder));
    std::vector<qint64> tail(n, 0);
    for (Vertex v : reverseOrder) {
        qint64 longest = 0;
        for (auto [e, end] = boost::out_edges(v, graph); e != end; ++e)
            longest = std::max(longest, tail[boost::target(*e, graph)]);
        tail[v] = lead[v] + longest;
    }
    // The longest path from a start to each step, the step itself left out.
    std::vector<qint64> head(n, 0);
    for (auto it = reverseOrder.rbegin(); it != reverseOrder.rend(); ++it) {
        for (auto [e, end] = boost::out_edges(*it, graph); e != end; ++e) {
            const Vertex w = boost::target(*e, graph);
            head[w] = std::max(head[w], head[*it] + lead[*it]);
        }
    }

    MapAnalysis result;
    for (int i = 0; i < n; ++i)
        result.totalLeadMs = std::max(result.totalLeadMs, tail[i]);

    // Walk from the earliest listed start whose tail is the whole lead time, each time to the earliest listed
    // successor that carries the rest of it.
    int current = -1;
    for (int i = 0; i < n && current < 0; ++i) {
        if (inDegree[i] == 0 && tail[i] == result.totalLeadMs)
            current = i;
    }
    std::vector<bool> critical(n, false);
    while (current >= 0) {
        critical[current] = true;
        result.criticalPath.append(steps[current].id);
        result.totalProcessMs += process[current];
        int next = -1;
        for (auto [e, end] = boost::out_edges(Vertex(current), graph); e != end; ++e) {
            const int w = int(boost::target(*e, graph));
            if (tail[w] == tail[current] - lead[current] && (next < 0 || w < next))
                next = w;
        }
        current = next;
    }

    if (result.totalLeadMs > 0)
        result.activityRatio = double(result.totalProcessMs) / double(result.totalLeadMs);

    for (const MapStep &step : steps) {
        if (step.pctCompleteAccurate)
            result.rolledPctCompleteAccurate =
                result.rolledPctCompleteAccurate.value_or(1.0) * (*step.pctCompleteAccurate / 100.0);
    }
    if (result.rolledPctCompleteAccurate)
        *result.rolledPctCompleteAccurate *= 100.0;

    result.steps.reserve(n);
    for (int i = 0; i < n; ++i) {
        StepAnalysis analysis;
        analysis.id = steps[i].id;
        analysis.leadMs = lead[i];
        analysis.onCriticalPath = critical[i];
        if (critical[i] && result.totalLeadMs > 0)
            analysis.share = double(lead[i]) / double(result.totalLeadMs);
        analysis.slackMs = result.totalLeadMs - (head[i] + tail[i]);
        result.steps.append(analysis);
    }

    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const StepAnalysis &x = result.steps[a];
        const StepAnalysis &y = result.steps[b];
        if (x.share != y.share)
            return x.share > y.share;
        if (x.leadMs != y.leadMs)
            return x.leadMs > y.leadMs;
        return wait[a] > wait[b];
    });
    for (int r = 0; r < n; ++r)
        result.steps[order[r]].rank = r + 1;

    // The first ranked step is the critical step with the largest lead, ties broken as the bottleneck's are.
    if (result.totalLeadMs > 0) {
        const int i = order.front();
        Bottleneck b;
        b.id = steps[i].id;
        b.waitMs = wait[i];
        b.processMs = process[i];
        b.leadMs = lead[i];
        b.share = result.steps[i].share;
        b.reason = bottleneckReason(b, result.totalLeadMs);
        result.bottleneck = b;
    }
    return result;
}

} // namespace flowdeck::valuestream
