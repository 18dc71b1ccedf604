// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::graph {

/// Where a stage (or an environment) sits in its graph.
struct NodePlace
{
    QString name;
    /// Its index in GraphStructure::order.
    int order = 0;
    /// The longest number of edges on a path to it from a node with nothing before it: 0 for a stage without
    /// needs, 1 for a stage that needs only such stages, and so on.
    int layer = 0;
    /// How many nodes come directly before it (the stages it needs) and directly after it (the stages that need it).
    int fanIn = 0;
    int fanOut = 0;

    bool operator==(const NodePlace &) const = default;
};

/// The shape of an acyclic stage or promotion graph.
struct GraphStructure
{
    /// Every name, each after everything that comes before it; among those ready at the same time the one defined
    /// first comes first.
    QStringList order;
    /// One per node, in definition order.
    QList<NodePlace> nodes;
    /// The names on each layer, in definition order.
    QList<QStringList> layers;

    bool operator==(const GraphStructure &) const = default;
};

/// The order, layers and fan-in and fan-out of the stages of `pipeline`. A need that names no stage is left out,
/// and a name defined twice is needed as its first definition (validate() reports both). A cycle is an error
/// that names its stages.
Result<GraphStructure> analyseStructure(const PipelineSpec &pipeline);

/// The same for the promotion graph: environments without promotions into them are on layer 0.
Result<GraphStructure> analyseStructure(const EnvironmentGraphSpec &environments);

/// The cycle that making stage `to` need stage `from` would close, as the stages along it starting with `from`
/// (`from`, `to`, ..., back to `from`); empty when the new need keeps the pipeline acyclic or a name is unknown.
/// For editors that refuse such an edge before they add it.
QStringList cycleClosedBy(const PipelineSpec &pipeline, const QString &from, const QString &to);

/// The same for a new promotion from environment `from` to environment `to`.
QStringList cycleClosedBy(const EnvironmentGraphSpec &environments, const QString &from, const QString &to);

} // namespace flowdeck::graph
