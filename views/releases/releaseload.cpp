// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releaseload.h"

#include "domain/delivery.h"
#include "release/calendar.h"
#include "release/enginelock.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

template<typename Row>
Result<QHash<Id, QString>> namesOf(const QSqlDatabase &db)
{
    auto rows = store::loadRows<Row>(db);
    if (!rows)
        return rows.error();
    QHash<Id, QString> names;
    for (const Row &row : std::as_const(*rows))
        names.insert(row.id, row.name);
    return names;
}

/// The part of the plan that is or is not rollback, as a layout request.
layout::LayoutRequest layoutRequest(const release::ReleasePlan &plan, bool rollback,
                                    const QHash<QString, QSizeF> &boxSizes)
{
    layout::LayoutRequest request;
    // Rollback tasks are mostly independent redeploys: top to bottom puts them side by side in one row.
    request.direction = rollback ? layout::LayoutDirection::TopToBottom : layout::LayoutDirection::LeftToRight;
    request.nodeSpacing = 16;
    request.rankSpacing = 36;
    for (const ReleaseTask &task : plan.tasks) {
        if (task.isRollback == rollback)
            request.nodes.append({task.name, boxSizes.value(task.name)});
    }
    for (const release::PlanEdge &edge : plan.edges) {
        const ReleaseTask *from = plan.task(edge.from);
        const ReleaseTask *to = plan.task(edge.to);
        if (from && to && from->isRollback == rollback && to->isRollback == rollback)
            request.edges.append({edge.from, edge.to});
    }
    return request;
}

} // namespace

Result<ReleasesSnapshot> loadReleasesSnapshot(const QSqlDatabase &db)
{
    ReleasesSnapshot snapshot;
    auto releases = release::listReleases(db, false);
    if (!releases)
        return releases.error();
    snapshot.releases = *releases;
    auto templates = release::listReleases(db, true);
    if (!templates)
        return templates.error();
    snapshot.templates = *templates;
    auto calendar = release::DeploymentCalendar::load(db);
    if (!calendar)
        return calendar.error();
    snapshot.windows = calendar->windows();
    auto environments = namesOf<Environment>(db);
    if (!environments)
        return environments.error();
    snapshot.environments = *environments;
    return snapshot;
}

QString structureKey(const release::ReleasePlan &plan)
{
    QStringList parts;
    for (const ReleaseTask &task : plan.tasks)
        parts.append((task.isRollback ? u"r:"_s : u"t:"_s) + task.name);
    for (const release::PlanEdge &edge : plan.edges)
        parts.append(u"e:"_s + edge.from + u'\x1f' + edge.to);
    return parts.join(u'\x1e');
}

Result<TaskActivity> loadTaskActivity(const QSqlDatabase &db, Id taskId, Id outputAfter)
{
    TaskActivity activity;
    activity.taskId = taskId;
    activity.outputAfter = outputAfter;
    auto approvals = release::approvals(db, taskId);
    if (!approvals)
        return approvals.error();
    activity.approvals = *approvals;
    auto output = release::output(db, taskId, 0, outputAfter);
    if (!output)
        return output.error();
    activity.output = *output;
    return activity;
}

Result<ReleaseView> loadReleaseView(const store::Workspace &workspace, const ReleaseViewRequest &request)
{
    const QSqlDatabase db = workspace.connection();
    ReleaseView view;
    auto plan = release::loadPlan(db, request.releaseId);
    if (!plan)
        return plan.error();
    view.plan = *plan;
    auto services = namesOf<Service>(db);
    if (!services)
        return services.error();
    view.services = *services;
    auto environments = namesOf<Environment>(db);
    if (!environments)
        return environments.error();
    view.environments = *environments;
    auto backends = namesOf<Backend>(db);
    if (!backends)
        return backends.error();
    view.backends = *backends;

    auto lock = release::EngineLock::holder(db, request.releaseId);
    if (!lock)
        return lock.error();
    if (*lock && release::EngineLock::isAlive(**lock, QDateTime::currentMSecsSinceEpoch()))
        view.lockHolder = (*lock)->owner;

    QHash<QString, QSizeF> boxSizes;
    QStringList sizes;
    for (const ReleaseTask &task : std::as_const(view.plan.tasks)) {
        const QSizeF size = request.boxSize ? request.boxSize(task, view) : QSizeF(200, 72);
        boxSizes.insert(task.name, size);
        sizes.append(u"%1x%2"_s.arg(size.width()).arg(size.height()));
    }
    view.structure = structureKey(view.plan) + u'\x1d' + sizes.join(u' ');
    if (view.structure != request.shownStructure) {
        auto forward = layout::layoutGraph(layoutRequest(view.plan, false, boxSizes));
        if (!forward)
            return forward.error();
        view.forwardLayout = *forward;
        auto rollback = layout::layoutGraph(layoutRequest(view.plan, true, boxSizes));
        if (!rollback)
            return rollback.error();
        view.rollbackLayout = *rollback;
    }

    if (request.taskId != 0 && view.plan.task(request.taskId)) {
        auto activity = loadTaskActivity(db, request.taskId, request.outputAfter);
        if (!activity)
            return activity.error();
        view.activity = *activity;
    }
    return view;
}

} // namespace flowdeck::views
