// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapedits.h"

#include <algorithm>

namespace flowdeck::valuestream {

namespace {

/// Whether `to` can be reached from `from` along `edges`.
bool reaches(const QList<std::pair<Id, Id>> &edges, Id from, Id to)
{
    QList<Id> pending{from};
    QList<Id> seen;
    while (!pending.isEmpty()) {
        const Id at = pending.takeLast();
        if (at == to)
            return true;
        if (seen.contains(at))
            continue;
        seen.append(at);
        for (const auto &[a, b] : edges) {
            if (a == at)
                pending.append(b);
        }
    }
    return false;
}

} // namespace

Map withoutStep(const Map &map, Id stepId)
{
    Map result = map;
    result.steps.removeIf([stepId](const Step &step) { return step.id == stepId; });
    if (map.edges.isEmpty())
        return result;
    QList<Id> before;
    QList<Id> after;
    QList<std::pair<Id, Id>> edges;
    for (const auto &[from, to] : map.edges) {
        if (to == stepId)
            before.append(from);
        else if (from == stepId)
            after.append(to);
        else
            edges.append({from, to});
    }
    for (const Id from : std::as_const(before)) {
        for (const Id to : std::as_const(after)) {
            // A bridge the flow already has another way is left out.
            if (!reaches(edges, from, to))
                edges.append({from, to});
        }
    }
    result.edges = edges;
    if (!result.hasParallelBranches()) {
        // A line again: the list order says it all, provided the steps are in flow order.
        result.edges.clear();
    }
    return result;
}

Map withStepAfter(const Map &map, Id afterId, const Step &step)
{
    Map result = map;
    const int index = afterId ? map.indexOfStep(afterId) : -1;
    result.steps.insert(index + 1, step);
    if (map.edges.isEmpty())
        return result;
    QList<std::pair<Id, Id>> edges;
    if (afterId == 0) {
        // A new first step leads to every step that had no predecessor.
        for (const Step &other : map.steps) {
            const bool hasPredecessor = std::any_of(map.edges.cbegin(), map.edges.cend(),
                                                    [&](const auto &edge) { return edge.second == other.id; });
            if (!hasPredecessor)
                edges.append({step.id, other.id});
        }
        edges += map.edges;
    } else {
        for (const auto &[from, to] : map.edges)
            edges.append(from == afterId ? std::pair<Id, Id>{step.id, to} : std::pair<Id, Id>{from, to});
        edges.append({afterId, step.id});
    }
    result.edges = edges;
    return result;
}

} // namespace flowdeck::valuestream
