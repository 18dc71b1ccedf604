// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releaseplan.h"

#include <QSqlDatabase>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::release {

/// A line of the release list.
struct ReleaseSummary
{
    Release release;
    int tasks = 0;
    int tasksDone = 0;
    /// Names of the carried services with their versions: "storefront 2.4.0".
    QStringList items;
    QList<Id> environmentIds;
};

/// Releases (or, with `templates`, templates), planned start first, then by name.
Result<QList<ReleaseSummary>> listReleases(QSqlDatabase db, bool templates = false);

/// The stored plan of the release or template with this id or name.
Result<ReleasePlan> loadPlan(QSqlDatabase db, Id releaseId);
Result<ReleasePlan> loadPlan(QSqlDatabase db, const QString &name);

/// Stores `plan` (validated first) in one transaction: a new release when its id is 0, else an update of the
/// stored one that replaces its items, tasks and edges (tasks keep their ids where their names stay). An update
/// whose revision is not the stored one is refused ("changed elsewhere") and writes nothing. Returns the plan as
/// stored, with ids and the new revision. Editing a release that has started is refused. Audited as
/// release.create / release.edit.
Result<ReleasePlan> savePlan(const store::Workspace &workspace, ReleasePlan plan, const QString &actor);

/// A new planned release made from a template: its tasks and edges copied, versions and services from `items`
/// (deploy tasks of a service take its version), template_id set. Audited as release.create.
Result<ReleasePlan> releaseFromTemplate(const store::Workspace &workspace, Id templateId, const QString &name,
                                        const QString &version, const QList<ReleaseItem> &items,
                                        OptionalTime plannedStart, const QString &actor);

/// Removes a release that is not running. Audited as release.delete.
Result<void> deleteRelease(const store::Workspace &workspace, Id releaseId, const QString &actor);

/// Writes one task row as it is now (state, attempt, handle, times); used by the engine at every transition.
Result<void> updateTask(QSqlDatabase db, const ReleaseTask &task);
/// Writes the release row's status and times (not its plan).
Result<void> updateReleaseStatus(QSqlDatabase db, const Release &release);

Result<QList<ReleaseApproval>> approvals(QSqlDatabase db, Id taskId);
Result<void> addApproval(QSqlDatabase db, const ReleaseApproval &approval);

/// Appends to a task's output.
Result<void> appendOutput(QSqlDatabase db, const ReleaseTaskOutput &output);
/// A task's output of one attempt (every attempt when `attempt` is 0), in order, after the row `afterId`.
Result<QList<ReleaseTaskOutput>> output(QSqlDatabase db, Id taskId, int attempt = 0, Id afterId = 0);

} // namespace flowdeck::release
