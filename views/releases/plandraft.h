// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releaseplan.h"

#include <QList>
#include <utility>

namespace flowdeck::views {

/// A release plan as the plan editor holds it while it is edited. Each task is known by a key of its own (its
/// stored id, or a negative number for a task not stored yet) and the orderings join keys, not names: a rename
/// keeps the task's orderings, and two tasks may share a name for a moment while one is being renamed.
struct PlanDraft
{
    /// The plan with each task's id set to its key; plan.edges stays empty (see `edges`).
    release::ReleasePlan plan;
    /// Orderings as (before, after) keys.
    QList<std::pair<Id, Id>> edges;

    /// The draft of a stored or new plan: tasks without an id get negative keys; orderings that name no task of the
    /// plan are dropped.
    static PlanDraft fromPlan(const release::ReleasePlan &plan);
    /// The plan to validate and store: orderings by name, new tasks with id 0.
    release::ReleasePlan toPlan() const;

    /// The row of the task with `key`, or -1.
    qsizetype row(Id key) const;
    const ReleaseTask *task(Id key) const;
    ReleaseTask *task(Id key);
    QList<Id> predecessors(Id key) const;
    QList<Id> successors(Id key) const;
    /// Makes `keys` (in plan order) the tasks that `key` runs after.
    void setPredecessors(Id key, const QList<Id> &keys);

    /// A key no task has yet.
    Id newKey() const;
    /// `stem` followed by the first number that makes a name no task has ("Task 3").
    QString unusedName(const QString &stem) const;
    /// Inserts `task` at `row` (the end when out of range) with a new key, which it returns.
    Id insertTask(ReleaseTask task, qsizetype row);
    /// Removes a task and its orderings; what ran after it now runs after what it ran after, so that the order of
    /// the rest stays as it was.
    void removeTask(Id key);
    /// Moves a task `by` rows up (negative) or down within the plan order; false when it cannot move.
    bool moveTask(Id key, int by);

    bool operator==(const PlanDraft &) const = default;
};

/// The task as a change to `kind` leaves it: what the new kind does not use is cleared (a backend, version, retries
/// and rollback flag for anything but a deploy; owner and instructions for anything but a manual task), the settings
/// it shares with the old kind are kept, and a wait task waits a quarter of an hour until told otherwise.
ReleaseTask taskOfKind(ReleaseTask task, const QString &kind);

} // namespace flowdeck::views
