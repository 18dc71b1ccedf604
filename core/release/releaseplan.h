// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::release {

/// Task kinds, as release_tasks.kind stores them.
namespace kind {
inline const QString deploy = QStringLiteral("deploy");
inline const QString manual = QStringLiteral("manual");
inline const QString approval = QStringLiteral("approval");
inline const QString check = QStringLiteral("check");
inline const QString wait = QStringLiteral("wait");
} // namespace kind

/// Task states, as release_tasks.state stores them. A gate waiting for approval, a manual task waiting to be
/// marked done and a wait task waiting for its time are "running"; a deploy task held by a window is "ready".
namespace state {
inline const QString planned = QStringLiteral("planned");
inline const QString ready = QStringLiteral("ready");
inline const QString running = QStringLiteral("running");
inline const QString succeeded = QStringLiteral("succeeded");
inline const QString failed = QStringLiteral("failed");
inline const QString skipped = QStringLiteral("skipped");
inline const QString aborted = QStringLiteral("aborted");
bool isFinal(const QString &taskState);
} // namespace state

/// Release statuses, as releases.status stores them.
namespace status {
inline const QString planned = QStringLiteral("planned");
inline const QString running = QStringLiteral("running");
/// Waiting for people: an approval, a manual task, or a failed task to retry or skip.
inline const QString waiting = QStringLiteral("waiting");
inline const QString succeeded = QStringLiteral("succeeded");
inline const QString failed = QStringLiteral("failed");
inline const QString rolledBack = QStringLiteral("rolled_back");
inline const QString aborted = QStringLiteral("aborted");
/// An abort was asked for; the engine running the release aborts it on its next pass.
inline const QString aborting = QStringLiteral("aborting");
bool isFinal(const QString &releaseStatus);
} // namespace status

/// The conditions a check gate evaluates on the workspace (its config: {"conditions": [...]}).
struct CheckConditions
{
    /// The pipeline runs of each carried service's version (by commit or branch/tag) succeeded, and at least one ran.
    bool pipelineGreen = false;
    /// No incident of the task's service (or, without one, of any carried service) is still open.
    bool noOpenIncident = false;
    /// Now is inside a deployment window of the task's environment and outside every blackout.
    bool insideWindow = false;
};

/// The settings of a task that its kind needs, read from and written to release_tasks.config as JSON:
///   approval: {"approvers": ["dana", "lee"]}   every named approver must approve; one reject rejects
///   check:    {"conditions": ["pipeline_green", "no_open_incident", "inside_window"]}
///   wait:     {"until": <ms since the epoch>}  or {"minutes": N} after the task becomes ready
///   deploy:   {"arguments": [...]}             extra arguments for a process backend (optional)
struct TaskSettings
{
    QStringList approvers;
    CheckConditions conditions;
    OptionalTime waitUntil;
    std::optional<int> waitMinutes;
    QStringList arguments;
};

/// A planned task of `taskKind` named `name`, with an empty config: where plans are built in code.
ReleaseTask newTask(const QString &name, const QString &taskKind);

/// Reads a task's config; unknown keys are kept out of the result, a malformed config is an error naming the task.
Result<TaskSettings> readTaskSettings(const ReleaseTask &task);
/// The config JSON for `settings` as `kind` uses it (compact, keys sorted).
QString taskConfig(const QString &taskKind, const TaskSettings &settings);

/// An ordering between two tasks of a plan, by their names (unique within a release).
struct PlanEdge
{
    QString from;
    QString to;

    bool operator==(const PlanEdge &) const = default;
};

/// A release or template with its carried services and its graph of tasks. Tasks are identified by name within
/// the plan; ids are those of the stored rows (0 before the plan is first saved).
struct ReleasePlan
{
    Release release;
    QList<ReleaseItem> items;
    QList<ReleaseTask> tasks;
    QList<PlanEdge> edges;

    const ReleaseTask *task(const QString &name) const;
    ReleaseTask *task(const QString &name);
    const ReleaseTask *task(Id id) const;
    /// The names of the tasks that must finish before `name` may start.
    QStringList predecessors(const QString &name) const;
    QStringList successors(const QString &name) const;
    /// The target environments: those of the deploy tasks, in plan order, without repeats.
    QList<Id> environmentIds() const;

    bool operator==(const ReleasePlan &) const = default;
};

/// Whether `plan` can be stored and run: a name; unique, non-empty task names; known kinds; edges between tasks
/// of the plan, never a task to itself, and no cycle (the error names the tasks on it); deploy tasks name a
/// service, an environment and a backend; approval gates name at least one approver; wait tasks say until when
/// or how long; rollback tasks are deploy tasks and no edge joins a rollback task to a forward task.
/// Messages are translated and name the task.
Result<void> validatePlan(const ReleasePlan &plan);

/// The tasks in an order that respects every edge (forward tasks first, then rollback tasks); ties keep plan order.
QList<QString> topologicalOrder(const ReleasePlan &plan);

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::PlanText)
};

} // namespace flowdeck::release
