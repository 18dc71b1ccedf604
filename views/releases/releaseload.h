// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "layout/graphlayout.h"
#include "release/releasestore.h"

#include <QHash>
#include <QSizeF>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// What the Releases page lists: releases, templates, and the deployment calendar they are planned against.
struct ReleasesSnapshot
{
    QList<release::ReleaseSummary> releases;
    QList<release::ReleaseSummary> templates;
    QList<DeploymentWindow> windows;
    /// Environment names by id, for the calendar's windows.
    QHash<Id, QString> environments;
};

/// Reads the release list, the templates and the deployment calendar from `db` (the calling thread's connection).
Result<ReleasesSnapshot> loadReleasesSnapshot(const QSqlDatabase &db);

/// What one task has gathered while it ran: its approval decisions and its output.
struct TaskActivity
{
    Id taskId = 0;
    QList<ReleaseApproval> approvals;
    /// The output written after the row the request named, in order.
    QList<ReleaseTaskOutput> output;
    /// The row the output follows (0: the whole output).
    Id outputAfter = 0;
};

struct ReleaseView;

/// Which release to read, and how much of it.
struct ReleaseViewRequest
{
    Id releaseId = 0;
    /// The structure of the graph on show (ReleaseView::structure); the plan is laid out again only when its own
    /// differs.
    QString shownStructure;
    /// The size of a task's box in points, for the layout; none gives every box 200 × 72. Called on the worker
    /// thread that reads the release, so it must measure without widgets.
    using BoxSize = std::function<QSizeF(const ReleaseTask &task, const ReleaseView &view)>;
    BoxSize boxSize;
    /// The task whose activity to read (0: none) and the last output row already shown of it.
    Id taskId = 0;
    Id outputAfter = 0;
};

/// One release as the page shows it: its plan, the names its tasks refer to, its graph's layout when it changed, and
/// the selected task's activity.
struct ReleaseView
{
    release::ReleasePlan plan;
    QHash<Id, QString> services;
    QHash<Id, QString> environments;
    QHash<Id, QString> backends;
    /// The graph's structure (structureKey()) with the sizes of its boxes: the graph is laid out again when either
    /// changes, as when a deploy's version makes its box wider.
    QString structure;
    /// The forward tasks and the rollback tasks, laid out apart; set when the structure is not the one on show.
    std::optional<layout::GraphLayout> forwardLayout;
    std::optional<layout::GraphLayout> rollbackLayout;
    std::optional<TaskActivity> activity;
    /// The engine that runs the release now (its lock's live owner, "host:pid/serial"), or empty.
    QString lockHolder;
};

/// The tasks and edges of a plan, in a text that changes exactly when its graph does (a task added, renamed,
/// removed or moved between forward and rollback, an edge added or removed).
QString structureKey(const release::ReleasePlan &plan);

/// Reads the release `request` names, lays out its graph when its structure is not the one on show, and reads the
/// task's activity. Runs the layout, so call it on a worker thread.
Result<ReleaseView> loadReleaseView(const store::Workspace &workspace, const ReleaseViewRequest &request);

/// The activity of one task, its output after `outputAfter`.
Result<TaskActivity> loadTaskActivity(const QSqlDatabase &db, Id taskId, Id outputAfter);

} // namespace flowdeck::views
