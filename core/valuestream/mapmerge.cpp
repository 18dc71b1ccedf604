// SPDX-License-Identifier: GPL-3.0-or-later
// mergeDerived(): "Refresh from data" on a stored value stream map.
#include "valuestream/valuestreammap.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace flowdeck::valuestream {

namespace {

/// The steps before and after each step along a flow.
struct Neighbours
{
    QHash<Id, QList<Id>> before;
    QHash<Id, QList<Id>> after;

    explicit Neighbours(const QList<std::pair<Id, Id>> &flow)
    {
        for (const auto &[from, to] : flow) {
            after[from].append(to);
            before[to].append(from);
        }
    }
};

/// A derived step that sits in a line: one step before it at most, one after it at most, and neither of them
/// branching. Added to a line, it keeps the line.
bool inLine(const Neighbours &derived, Id id)
{
    const QList<Id> before = derived.before.value(id);
    const QList<Id> after = derived.after.value(id);
    if (before.size() > 1 || after.size() > 1)
        return false;
    if (!before.isEmpty() && derived.after.value(before.constFirst()).size() > 1)
        return false;
    if (!after.isEmpty() && derived.before.value(after.constFirst()).size() > 1)
        return false;
    return true;
}

void takeValues(Step &step, const Step &source)
{
    step.waitMs = source.waitMs;
    step.processMs = source.processMs;
    step.pctCompleteAccurate = source.pctCompleteAccurate;
    step.wip = source.wip;
    step.sampleCount = source.sampleCount;
    step.waitSamplesMs = source.waitSamplesMs;
    step.processSamplesMs = source.processSamplesMs;
}

} // namespace

Map mergeDerived(const Map &stored, const Map &derived)
{
    Map merged = stored;
    merged.periodFrom = derived.periodFrom;
    merged.periodTo = derived.periodTo;
    merged.statistic = derived.statistic;

    // Which stored step stands for each source; the first one where a map holds a source twice.
    QHash<QString, Id> storedBySource;
    for (const Step &step : std::as_const(merged.steps)) {
        if (!step.sourceKey.isEmpty() && !storedBySource.contains(step.sourceKey))
            storedBySource.insert(step.sourceKey, step.id);
    }
    QHash<QString, const Step *> derivedBySource;
    for (const Step &step : derived.steps) {
        if (!step.sourceKey.isEmpty() && !derivedBySource.contains(step.sourceKey))
            derivedBySource.insert(step.sourceKey, &step);
    }

    for (Step &step : merged.steps) {
        if (!step.measured || step.sourceKey.isEmpty())
            continue;
        if (const Step *source = derivedBySource.value(step.sourceKey))
            takeValues(step, *source);
    }

    // Derived steps the map lacks, in the derivation's order, so that a chain of them follows itself.
    QList<const Step *> added;
    for (const Step &step : derived.steps) {
        if (!step.sourceKey.isEmpty() && !storedBySource.contains(step.sourceKey) &&
            derivedBySource.value(step.sourceKey) == &step)
            added.append(&step);
    }
    if (added.isEmpty())
        return merged;

    Id nextId = 0;
    for (const Step &step : std::as_const(merged.steps))
        nextId = std::min(nextId, step.id);
    // The merged map's id for each derived step id.
    QHash<Id, Id> mergedIdOf;
    for (const Step &step : derived.steps) {
        if (const auto it = storedBySource.constFind(step.sourceKey); it != storedBySource.constEnd())
            mergedIdOf.insert(step.id, *it);
    }
    for (const Step *step : std::as_const(added))
        mergedIdOf.insert(step->id, --nextId);

    const Neighbours derivedFlow(derived.flow());
    const bool staysLine = stored.edges.isEmpty() && std::all_of(added.cbegin(), added.cend(), [&](const Step *step) {
                               return inLine(derivedFlow, step->id);
                           });
    if (!staysLine && merged.edges.isEmpty())
        merged.edges = stored.flow();

    // The derivation's flow in the merged map's ids.
    QSet<std::pair<Id, Id>> derivedEdges;
    for (const auto &[from, to] : derived.flow())
        derivedEdges.insert({mergedIdOf.value(from), mergedIdOf.value(to)});
    QSet<Id> addedIds;
    for (const Step *step : std::as_const(added)) {
        const Id id = mergedIdOf.value(step->id);
        QList<Id> before;
        for (const Id derivedId : derivedFlow.before.value(step->id))
            before.append(mergedIdOf.value(derivedId));
        QList<Id> after;
        for (const Id derivedId : derivedFlow.after.value(step->id))
            after.append(mergedIdOf.value(derivedId));

        // In the list: after the last of the steps it follows (and after any step this merge put there before it),
        // else in front of the step it leads to, else at the end.
        int at = -1;
        for (const Id previous : std::as_const(before))
            at = std::max(at, merged.indexOfStep(previous));
        if (at >= 0) {
            ++at;
            while (at < merged.steps.size() && addedIds.contains(merged.steps[at].id))
                ++at;
        } else {
            for (const Id next : std::as_const(after)) {
                const int index = merged.indexOfStep(next);
                if (index >= 0 && (at < 0 || index < at))
                    at = index;
            }
            if (at < 0)
                at = int(merged.steps.size());
        }
        Step copy = *step;
        copy.id = id;
        merged.steps.insert(at, copy);
        addedIds.insert(id);
        if (staysLine)
            continue;

        if (inLine(derivedFlow, step->id) && (!before.isEmpty() || !after.isEmpty())) {
            // Spliced into the flow as into a line: it takes over what followed the step before it (or what led to
            // the step after it), so that workshop steps in between stay where the team put them.
            if (!before.isEmpty()) {
                const Id previous = before.constFirst();
                for (auto &edge : merged.edges) {
                    if (edge.first == previous)
                        edge.first = id;
                }
                merged.edges.append({previous, id});
            } else {
                const Id next = after.constFirst();
                for (auto &edge : merged.edges) {
                    if (edge.second == next)
                        edge.second = id;
                }
                merged.edges.append({id, next});
            }
            continue;
        }
        // A branch: joined to the steps around it as the derivation has it. A direct flow between those steps that
        // the derivation no longer has now runs through the new step.
        for (const Id previous : std::as_const(before))
            merged.edges.append({previous, id});
        for (const Id next : std::as_const(after))
            merged.edges.append({id, next});
        merged.edges.removeIf([&](const std::pair<Id, Id> &edge) {
            return before.contains(edge.first) && after.contains(edge.second) && !derivedEdges.contains(edge);
        });
    }

    // The same flow named twice (a splice can meet an edge the derivation adds) is kept once.
    QSet<std::pair<Id, Id>> seen;
    merged.edges.removeIf([&](const std::pair<Id, Id> &edge) {
        if (edge.first == edge.second || seen.contains(edge))
            return true;
        seen.insert(edge);
        return false;
    });
    return merged;
}

} // namespace flowdeck::valuestream
