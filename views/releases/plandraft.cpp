// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/plandraft.h"

#include <QHash>

#include <algorithm>

namespace flowdeck::views {

PlanDraft PlanDraft::fromPlan(const release::ReleasePlan &plan)
{
    PlanDraft draft;
    draft.plan = plan;
    draft.plan.edges.clear();
    Id next = -1;
    QHash<QString, Id> keys;
    for (ReleaseTask &task : draft.plan.tasks) {
        if (task.id <= 0)
            task.id = next--;
        // With two tasks of one name (a plan that would not validate), orderings go to the first.
        if (!keys.contains(task.name))
            keys.insert(task.name, task.id);
    }
    for (const release::PlanEdge &edge : plan.edges) {
        const Id from = keys.value(edge.from);
        const Id to = keys.value(edge.to);
        const std::pair<Id, Id> ends{from, to};
        if (from != 0 && to != 0 && !draft.edges.contains(ends))
            draft.edges.append(ends);
    }
    return draft;
}

release::ReleasePlan PlanDraft::toPlan() const
{
    release::ReleasePlan result = plan;
    for (ReleaseTask &task : result.tasks) {
        if (task.id < 0)
            task.id = 0;
    }
    for (const auto &[from, to] : edges) {
        const ReleaseTask *before = task(from);
        const ReleaseTask *after = task(to);
        if (before && after)
            result.edges.append(release::PlanEdge{before->name, after->name});
    }
    return result;
}

qsizetype PlanDraft::row(Id key) const
{
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        if (plan.tasks[i].id == key)
            return i;
    }
    return -1;
}

const ReleaseTask *PlanDraft::task(Id key) const
{
    const qsizetype i = row(key);
    return i < 0 ? nullptr : &plan.tasks[i];
}

ReleaseTask *PlanDraft::task(Id key)
{
    const qsizetype i = row(key);
    return i < 0 ? nullptr : &plan.tasks[i];
}

QList<Id> PlanDraft::predecessors(Id key) const
{
    QList<Id> keys;
    for (const ReleaseTask &task : plan.tasks) {
        if (edges.contains(std::pair<Id, Id>{task.id, key}))
            keys.append(task.id);
    }
    return keys;
}

QList<Id> PlanDraft::successors(Id key) const
{
    QList<Id> keys;
    for (const ReleaseTask &task : plan.tasks) {
        if (edges.contains(std::pair<Id, Id>{key, task.id}))
            keys.append(task.id);
    }
    return keys;
}

void PlanDraft::setPredecessors(Id key, const QList<Id> &keys)
{
    edges.removeIf([key](const std::pair<Id, Id> &edge) { return edge.second == key; });
    for (const ReleaseTask &task : plan.tasks) {
        if (task.id != key && keys.contains(task.id))
            edges.append({task.id, key});
    }
}

Id PlanDraft::newKey() const
{
    Id lowest = 0;
    for (const ReleaseTask &task : plan.tasks)
        lowest = std::min(lowest, task.id);
    return lowest - 1;
}

QString PlanDraft::unusedName(const QString &stem) const
{
    for (int number = int(plan.tasks.size()) + 1;; ++number) {
        const QString name = stem + u' ' + QString::number(number);
        if (!plan.task(name))
            return name;
    }
}

Id PlanDraft::insertTask(ReleaseTask task, qsizetype row)
{
    task.id = newKey();
    if (row < 0 || row > plan.tasks.size())
        row = plan.tasks.size();
    plan.tasks.insert(row, task);
    return task.id;
}

void PlanDraft::removeTask(Id key)
{
    const qsizetype at = row(key);
    if (at < 0)
        return;
    const QList<Id> before = predecessors(key);
    const QList<Id> after = successors(key);
    plan.tasks.removeAt(at);
    edges.removeIf([key](const std::pair<Id, Id> &edge) { return edge.first == key || edge.second == key; });
    for (Id from : before) {
        for (Id to : after) {
            if (!edges.contains(std::pair<Id, Id>{from, to}))
                edges.append({from, to});
        }
    }
}

bool PlanDraft::moveTask(Id key, int by)
{
    const qsizetype from = row(key);
    const qsizetype to = from + by;
    if (from < 0 || by == 0 || to < 0 || to >= plan.tasks.size())
        return false;
    plan.tasks.move(from, to);
    return true;
}

ReleaseTask taskOfKind(ReleaseTask task, const QString &kind)
{
    // How long a wait task newly made waits, in minutes.
    constexpr int defaultWaitMinutes = 15;
    auto read = release::readTaskSettings(task);
    release::TaskSettings settings = read ? *read : release::TaskSettings();
    task.kind = kind;
    if (kind != release::kind::deploy) {
        task.backendId.reset();
        task.version.reset();
        task.maxRetries = 0;
        task.isRollback = false;
    }
    if (kind != release::kind::manual) {
        task.owner.reset();
        task.instructions.reset();
    }
    if (kind == release::kind::wait && !settings.waitUntil && !settings.waitMinutes)
        settings.waitMinutes = defaultWaitMinutes;
    task.config = release::taskConfig(kind, settings);
    return task;
}

} // namespace flowdeck::views
