// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/namedgraph.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/dag_shortest_paths.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <limits>
#include <queue>

namespace flowdeck::graph::detail {

namespace {

using Vertex = NamedGraph::Graph::vertex_descriptor;
using Edge = NamedGraph::Graph::edge_descriptor;
using WeightedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
                                            boost::property<boost::edge_weight_t, qint64>>;

/// Records the depth-first tree and, at each back edge, the cycle it closes.
class CycleRecorder : public boost::default_dfs_visitor
{
public:
    CycleRecorder(std::vector<Vertex> &parent, QList<QList<int>> &cycles)
        : m_parent(parent)
        , m_cycles(cycles)
    {}

    void tree_edge(Edge e, const NamedGraph::Graph &g) { m_parent[boost::target(e, g)] = boost::source(e, g); }

    void back_edge(Edge e, const NamedGraph::Graph &g)
    {
        // The target is an ancestor of the source on the tree: the tree path from it down to the source, and the
        // back edge, make the cycle.
        const Vertex from = boost::source(e, g);
        const Vertex to = boost::target(e, g);
        QList<int> cycle;
        for (Vertex v = from; v != to; v = m_parent[v])
            cycle.prepend(int(v));
        cycle.prepend(int(to));
        const auto first = std::min_element(cycle.begin(), cycle.end());
        std::rotate(cycle.begin(), first, cycle.end());
        m_cycles.append(cycle);
    }

private:
    std::vector<Vertex> &m_parent;
    QList<QList<int>> &m_cycles;
};

/// Longest distances from `start` in a DAG: Boost's DAG shortest paths with the comparison turned around.
std::vector<qint64> longestFrom(const WeightedGraph &g, Vertex start)
{
    std::vector<qint64> distance(boost::num_vertices(g), 0);
    boost::dag_shortest_paths(g, start,
                              boost::distance_map(distance.data())
                                  .distance_compare(std::greater<qint64>())
                                  .distance_inf(std::numeric_limits<qint64>::min())
                                  .distance_zero(qint64(0)));
    return distance;
}

} // namespace

NamedGraph::NamedGraph(const QList<DefinedNode> &nodes, ReferenceDirection direction)
    : m_graph(nodes.size())
{
    m_names.reserve(nodes.size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        m_names.append(nodes[i].name);
        if (!m_index.contains(nodes[i].name))
            m_index.insert(nodes[i].name, int(i));
    }
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        for (const QString &reference : nodes[i].references) {
            const int other = indexOf(reference);
            if (other < 0) {
                m_unknown.append(UnknownReference{int(i), reference});
                continue;
            }
            const auto from = Vertex(direction == ReferenceDirection::ReferencesComeBefore ? other : int(i));
            const auto to = Vertex(direction == ReferenceDirection::ReferencesComeBefore ? int(i) : other);
            if (!boost::edge(from, to, m_graph).second)
                boost::add_edge(from, to, m_graph);
        }
    }
}

int NamedGraph::inDegree(int vertex) const
{
    return int(boost::in_degree(Vertex(vertex), m_graph));
}

int NamedGraph::outDegree(int vertex) const
{
    return int(boost::out_degree(Vertex(vertex), m_graph));
}

QList<int> NamedGraph::successors(int vertex) const
{
    QList<int> next;
    for (auto [e, end] = boost::out_edges(Vertex(vertex), m_graph); e != end; ++e)
        next.append(int(boost::target(*e, m_graph)));
    std::sort(next.begin(), next.end());
    return next;
}

QList<QList<int>> NamedGraph::cycles() const
{
    QList<QList<int>> found;
    std::vector<Vertex> parent(boost::num_vertices(m_graph));
    std::vector<boost::default_color_type> colors(boost::num_vertices(m_graph));
    boost::depth_first_search(m_graph, boost::visitor(CycleRecorder(parent, found)).color_map(colors.data()));
    return found;
}

QList<int> NamedGraph::stableOrder() const
{
    // Boost's topological_sort lists vertices in reverse depth-first finishing order, which does not keep
    // definition order among independent vertices; Kahn's algorithm with the ready vertices in a min-heap does.
    const int n = size();
    std::vector<int> waitingFor(n);
    std::priority_queue<int, std::vector<int>, std::greater<int>> ready;
    for (int v = 0; v < n; ++v) {
        waitingFor[v] = inDegree(v);
        if (waitingFor[v] == 0)
            ready.push(v);
    }
    QList<int> order;
    order.reserve(n);
    while (!ready.empty()) {
        const int v = ready.top();
        ready.pop();
        order.append(v);
        for (auto [e, end] = boost::out_edges(Vertex(v), m_graph); e != end; ++e) {
            const auto next = int(boost::target(*e, m_graph));
            if (--waitingFor[next] == 0)
                ready.push(next);
        }
    }
    return order;
}

QList<int> NamedGraph::shortestPath(int from, int to) const
{
    std::vector<Vertex> parent(boost::num_vertices(m_graph));
    for (std::size_t v = 0; v < parent.size(); ++v)
        parent[v] = v;
    boost::breadth_first_search(
        m_graph, Vertex(from),
        boost::visitor(boost::make_bfs_visitor(boost::record_predecessors(parent.data(), boost::on_tree_edge()))));
    if (from != to && parent[to] == Vertex(to))
        return {};
    QList<int> path;
    for (Vertex v = Vertex(to); v != Vertex(from); v = parent[v])
        path.prepend(int(v));
    path.prepend(from);
    return path;
}

std::vector<qint64> NamedGraph::longestPathsTo(const std::function<qint64(int)> &edgeWeight,
                                               const std::function<qint64(int)> &startWeight) const
{
    // One extra vertex leads to every vertex, so that one single-source run covers paths from every source.
    const int n = size();
    WeightedGraph weighted(n + 1);
    for (int v = 0; v < n; ++v)
        boost::add_edge(Vertex(n), Vertex(v), startWeight(v), weighted);
    for (auto [e, end] = boost::edges(m_graph); e != end; ++e) {
        const Vertex u = boost::source(*e, m_graph);
        boost::add_edge(u, boost::target(*e, m_graph), edgeWeight(int(u)), weighted);
    }
    std::vector<qint64> distance = longestFrom(weighted, Vertex(n));
    distance.pop_back();
    return distance;
}

std::vector<qint64> NamedGraph::longestPathsFrom(const std::function<qint64(int)> &edgeWeight,
                                                 const std::function<qint64(int)> &endWeight) const
{
    // The same on the reversed graph: the extra vertex leads to every vertex, as if every path ended there.
    const int n = size();
    WeightedGraph reversed(n + 1);
    for (int v = 0; v < n; ++v)
        boost::add_edge(Vertex(n), Vertex(v), endWeight(v), reversed);
    for (auto [e, end] = boost::edges(m_graph); e != end; ++e) {
        const Vertex u = boost::source(*e, m_graph);
        boost::add_edge(boost::target(*e, m_graph), u, edgeWeight(int(u)), reversed);
    }
    std::vector<qint64> distance = longestFrom(reversed, Vertex(n));
    distance.pop_back();
    return distance;
}

QList<DefinedNode> definedNodes(const PipelineSpec &pipeline)
{
    QList<DefinedNode> nodes;
    nodes.reserve(pipeline.stages.size());
    for (const StageSpec &stage : pipeline.stages)
        nodes.append(DefinedNode{stage.name, stage.needs, stage.location});
    return nodes;
}

QList<DefinedNode> definedNodes(const EnvironmentGraphSpec &environments)
{
    QList<DefinedNode> nodes;
    nodes.reserve(environments.environments.size());
    for (const EnvironmentSpec &environment : environments.environments)
        nodes.append(DefinedNode{environment.name, environment.promotesTo, environment.location});
    return nodes;
}

NamedGraph stageGraph(const PipelineSpec &pipeline)
{
    return NamedGraph(definedNodes(pipeline), ReferenceDirection::ReferencesComeBefore);
}

NamedGraph promotionGraph(const EnvironmentGraphSpec &environments)
{
    return NamedGraph(definedNodes(environments), ReferenceDirection::ReferencesComeAfter);
}

} // namespace flowdeck::graph::detail
