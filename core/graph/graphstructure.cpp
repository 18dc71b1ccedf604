// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphstructure.h"

#include "graph/namedgraph.h"
#include "graph/validation.h"

namespace flowdeck::graph {

namespace {

/// The cycles among `problems` as one error, or nothing when there are none.
std::optional<Error> cycleError(const QList<Problem> &problems)
{
    QList<Problem> cycles;
    for (const Problem &problem : problems) {
        if (problem.kind == ProblemKind::Cycle)
            cycles.append(problem);
    }
    if (cycles.isEmpty())
        return std::nullopt;
    return Error{describeProblems(cycles)};
}

GraphStructure structureOf(const detail::NamedGraph &graph)
{
    GraphStructure structure;
    const QList<int> order = graph.stableOrder();
    const std::vector<qint64> layer = graph.longestPathsTo([](int) { return 1; }, [](int) { return 0; });
    structure.nodes.resize(graph.size());
    for (int i = 0; i < order.size(); ++i) {
        structure.order.append(graph.name(order[i]));
        structure.nodes[order[i]].order = i;
    }
    for (int v = 0; v < graph.size(); ++v) {
        NodePlace &place = structure.nodes[v];
        place.name = graph.name(v);
        place.layer = int(layer[v]);
        place.fanIn = graph.inDegree(v);
        place.fanOut = graph.outDegree(v);
        if (structure.layers.size() <= place.layer)
            structure.layers.resize(place.layer + 1);
        structure.layers[place.layer].append(place.name);
    }
    return structure;
}

QStringList closedCycle(const detail::NamedGraph &graph, const QString &from, const QString &to)
{
    const int source = graph.indexOf(from);
    const int target = graph.indexOf(to);
    if (source < 0 || target < 0)
        return {};
    if (source == target)
        return {from};
    // The new edge from -> to closes a cycle exactly when `to` already leads back to `from`.
    const QList<int> back = graph.shortestPath(target, source);
    if (back.isEmpty())
        return {};
    QStringList cycle{from};
    for (qsizetype i = 0; i + 1 < back.size(); ++i)
        cycle.append(graph.name(back[i]));
    return cycle;
}

} // namespace

Result<GraphStructure> analyseStructure(const PipelineSpec &pipeline)
{
    if (auto error = cycleError(validate(pipeline)))
        return *error;
    return structureOf(detail::stageGraph(pipeline));
}

Result<GraphStructure> analyseStructure(const EnvironmentGraphSpec &environments)
{
    if (auto error = cycleError(validate(environments)))
        return *error;
    return structureOf(detail::promotionGraph(environments));
}

QStringList cycleClosedBy(const PipelineSpec &pipeline, const QString &from, const QString &to)
{
    return closedCycle(detail::stageGraph(pipeline), from, to);
}

QStringList cycleClosedBy(const EnvironmentGraphSpec &environments, const QString &from, const QString &to)
{
    return closedCycle(detail::promotionGraph(environments), from, to);
}

} // namespace flowdeck::graph
