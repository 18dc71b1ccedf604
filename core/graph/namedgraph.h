// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/graph: the Boost.Graph form of a definition. Public headers never include this one, so that
// only flowdeck_core's own sources need Boost.

#include "graph/pipelinemodel.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <boost/graph/adjacency_list.hpp>

#include <functional>
#include <vector>

namespace flowdeck::graph::detail {

/// A node as its definition lists it, with the names it refers to.
struct DefinedNode
{
    QString name;
    QStringList references;
    SourceLocation location;
};

/// Which way a node's references point: a stage's `needs` come before it, an environment's `promotes_to` after.
enum class ReferenceDirection
{
    ReferencesComeBefore,
    ReferencesComeAfter
};

/// A reference that names no node: (the referring node's index, the name it refers to).
struct UnknownReference
{
    int node = 0;
    QString name;
};

/// A directed graph of named nodes on a Boost adjacency_list. Vertex i is the i-th node as defined; an edge u -> v
/// means u comes before v. A name defined twice resolves to its first definition; a reference to no node and a
/// reference listed twice add no edge.
class NamedGraph
{
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;

    NamedGraph(const QList<DefinedNode> &nodes, ReferenceDirection direction);

    int size() const { return int(m_names.size()); }
    const QString &name(int vertex) const { return m_names[vertex]; }
    /// The first node of that name, or -1.
    int indexOf(const QString &name) const { return m_index.value(name, -1); }
    const QList<UnknownReference> &unknownReferences() const { return m_unknown; }
    const Graph &graph() const { return m_graph; }

    int inDegree(int vertex) const;
    int outDegree(int vertex) const;
    /// The vertices this one leads to, in ascending order.
    QList<int> successors(int vertex) const;

    /// The cycles a depth-first search in definition order finds, one per back edge: each lists its vertices along
    /// the edges, starting with its earliest defined vertex. Empty for an acyclic graph.
    QList<QList<int>> cycles() const;

    /// Every vertex, each after all that come before it; among vertices that are ready at the same time the
    /// earliest defined comes first. Only meaningful for an acyclic graph.
    QList<int> stableOrder() const;

    /// The shortest path from `from` to `to` along the edges (both included), or an empty list when there is none.
    QList<int> shortestPath(int from, int to) const;

    /// For each vertex v of an acyclic graph, the greatest sum of edge weights over the paths ending at v, where
    /// the edge u -> w weighs edgeWeight(u) and a path may start anywhere with startWeight(v) (DAG longest path).
    std::vector<qint64> longestPathsTo(const std::function<qint64(int)> &edgeWeight,
                                       const std::function<qint64(int)> &startWeight) const;
    /// The same measured backwards: for each vertex v the greatest sum over the paths starting at v, where the edge
    /// u -> w weighs edgeWeight(u) and a path may end anywhere with endWeight(w).
    std::vector<qint64> longestPathsFrom(const std::function<qint64(int)> &edgeWeight,
                                         const std::function<qint64(int)> &endWeight) const;

private:
    QStringList m_names;
    QHash<QString, int> m_index;
    QList<UnknownReference> m_unknown;
    Graph m_graph;
};

/// The stages of a pipeline as nodes that refer to the stages they need.
QList<DefinedNode> definedNodes(const PipelineSpec &pipeline);
/// The environments as nodes that refer to the environments they promote to.
QList<DefinedNode> definedNodes(const EnvironmentGraphSpec &environments);

/// The graph of a pipeline's stages: an edge from each needed stage to the stage that needs it.
NamedGraph stageGraph(const PipelineSpec &pipeline);
/// The promotion graph: an edge from each environment to those it promotes to.
NamedGraph promotionGraph(const EnvironmentGraphSpec &environments);

} // namespace flowdeck::graph::detail
