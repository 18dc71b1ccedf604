// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>
#include <vector>

/// The graph work of a value stream derivation: nodes are indexes 0..n-1, edges pairs of them.
namespace flowdeck::valuestream::detail {

using NodeEdges = std::vector<std::pair<int, int>>;

/// The edges between the kept nodes once the others are taken out: a -> gone -> c becomes a -> c. An edge made
/// that way is dropped again when c is reachable from a along the remaining edges anyway, so that a bridge does
/// not draw a parallel branch with nothing in it. The result holds each edge once, in order of (from, to).
NodeEdges bridged(int nodeCount, const NodeEdges &edges, const std::vector<bool> &keep);

/// The nodes in a topological order, ties going to the smaller `rank` (then the smaller index); nothing when the
/// edges have a cycle. `rank` holds one value per node.
std::optional<std::vector<int>> topologicalOrder(int nodeCount, const NodeEdges &edges, const std::vector<int> &rank);

/// Nodes that no edge leads to (sources), and nodes that no edge leaves (sinks), in index order.
std::vector<int> sources(int nodeCount, const NodeEdges &edges);
std::vector<int> sinks(int nodeCount, const NodeEdges &edges);

} // namespace flowdeck::valuestream::detail
