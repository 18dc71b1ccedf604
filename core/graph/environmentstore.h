// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"
#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::graph {

struct SavedEnvironments
{
    /// Stored environments the graph no longer has and that nothing referred to: deleted.
    QStringList removed;
    /// Stored environments the graph no longer has but that deployments, stages or release tasks still refer to:
    /// kept, without promotions, after the graph's own environments, so that nothing that happened is lost.
    QStringList kept;
};

/// Saves the promotion graph into the workspace in one transaction: each environment is updated in place by
/// name (keeping its id, so that its deployments and deploy stages stay linked) or added, in the graph's order;
/// every promotion is written anew. A graph that validate() finds problems in is refused with those problems.
Result<SavedEnvironments> saveEnvironmentGraph(const store::Workspace &workspace,
                                               const EnvironmentGraphSpec &environments);

/// The stored promotion graph: environments by position, each one's promotions in the order they were written
/// (for a graph saved by saveEnvironmentGraph(), the order of its `promotesTo`); no source locations.
Result<EnvironmentGraphSpec> loadEnvironmentGraph(const QSqlDatabase &db);

} // namespace flowdeck::graph
