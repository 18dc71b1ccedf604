// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivegraph.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <tuple>

namespace flowdeck::valuestream::detail {

namespace {

std::vector<std::vector<int>> successorLists(int nodeCount, const NodeEdges &edges)
{
    std::vector<std::vector<int>> successors(static_cast<std::size_t>(nodeCount));
    for (const auto &[from, to] : edges)
        successors[std::size_t(from)].push_back(to);
    return successors;
}

/// Whether `to` can be reached from `from` along `edges` without the edge at `skipped`.
bool reachable(int nodeCount, const NodeEdges &edges, std::size_t skipped, int from, int to)
{
    std::vector<std::vector<int>> successors(static_cast<std::size_t>(nodeCount));
    for (std::size_t e = 0; e < edges.size(); ++e) {
        if (e != skipped)
            successors[std::size_t(edges[e].first)].push_back(edges[e].second);
    }
    std::vector<bool> seen(std::size_t(nodeCount), false);
    std::vector<int> stack{from};
    seen[std::size_t(from)] = true;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        for (const int next : successors[std::size_t(node)]) {
            if (next == to)
                return true;
            if (!seen[std::size_t(next)]) {
                seen[std::size_t(next)] = true;
                stack.push_back(next);
            }
        }
    }
    return false;
}

} // namespace

NodeEdges bridged(int nodeCount, const NodeEdges &edges, const std::vector<bool> &keep)
{
    const std::vector<std::vector<int>> successors = successorLists(nodeCount, edges);
    // (from, to, made by bridging)
    std::vector<std::tuple<int, int, bool>> found;
    for (int from = 0; from < nodeCount; ++from) {
        if (!keep[std::size_t(from)])
            continue;
        std::vector<bool> seen(std::size_t(nodeCount), false);
        // (node, reached through a node taken out)
        std::vector<std::pair<int, bool>> stack;
        for (const int next : successors[std::size_t(from)])
            stack.emplace_back(next, false);
        while (!stack.empty()) {
            const auto [node, throughGone] = stack.back();
            stack.pop_back();
            if (keep[std::size_t(node)]) {
                found.emplace_back(from, node, throughGone);
                continue;
            }
            if (seen[std::size_t(node)])
                continue;
            seen[std::size_t(node)] = true;
            for (const int next : successors[std::size_t(node)])
                stack.emplace_back(next, true);
        }
    }
    // A direct edge wins over a bridge between the same nodes.
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return std::tie(std::get<0>(a), std::get<1>(a), std::get<2>(a)) <
               std::tie(std::get<0>(b), std::get<1>(b), std::get<2>(b));
    });
    NodeEdges result;
    std::vector<bool> bridge;
    for (const auto &[from, to, throughGone] : found) {
        if (!result.empty() && result.back() == std::pair(from, to))
            continue;
        result.emplace_back(from, to);
        bridge.push_back(throughGone);
    }
    for (std::size_t e = result.size(); e-- > 0;) {
        if (bridge[e] && reachable(nodeCount, result, e, result[e].first, result[e].second)) {
            result.erase(result.begin() + std::ptrdiff_t(e));
            bridge.erase(bridge.begin() + std::ptrdiff_t(e));
        }
    }
    return result;
}

std::optional<std::vector<int>> topologicalOrder(int nodeCount, const NodeEdges &edges, const std::vector<int> &rank)
{
    const std::vector<std::vector<int>> successors = successorLists(nodeCount, edges);
    std::vector<int> incoming(std::size_t(nodeCount), 0);
    for (const auto &[from, to] : edges)
        ++incoming[std::size_t(to)];
    using Entry = std::pair<int, int>; // (rank, node)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> ready;
    for (int node = 0; node < nodeCount; ++node) {
        if (incoming[std::size_t(node)] == 0)
            ready.emplace(rank[std::size_t(node)], node);
    }
    std::vector<int> order;
    order.reserve(std::size_t(nodeCount));
    while (!ready.empty()) {
        const int node = ready.top().second;
        ready.pop();
        order.push_back(node);
        for (const int next : successors[std::size_t(node)]) {
            if (--incoming[std::size_t(next)] == 0)
                ready.emplace(rank[std::size_t(next)], next);
        }
    }
    if (int(order.size()) != nodeCount)
        return std::nullopt;
    return order;
}

std::vector<int> sources(int nodeCount, const NodeEdges &edges)
{
    std::vector<bool> entered(std::size_t(nodeCount), false);
    for (const auto &edge : edges)
        entered[std::size_t(edge.second)] = true;
    std::vector<int> nodes;
    for (int node = 0; node < nodeCount; ++node) {
        if (!entered[std::size_t(node)])
            nodes.push_back(node);
    }
    return nodes;
}

std::vector<int> sinks(int nodeCount, const NodeEdges &edges)
{
    std::vector<bool> left(std::size_t(nodeCount), false);
    for (const auto &edge : edges)
        left[std::size_t(edge.first)] = true;
    std::vector<int> nodes;
    for (int node = 0; node < nodeCount; ++node) {
        if (!left[std::size_t(node)])
            nodes.push_back(node);
    }
    return nodes;
}

} // namespace flowdeck::valuestream::detail
