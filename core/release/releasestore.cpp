// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/releasestore.h"

#include "release/audit.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace flowdeck::release {

using namespace Qt::StringLiterals;
using store::runQuery;

namespace {

struct ReleaseStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::ReleaseStore)
};

const QString releaseSubject = u"release"_s;

QString quoted(const QString &name)
{
    return ReleaseStore::tr("“%1”").arg(name);
}

/// "release “Spring”" or "template “Weekly train”", for messages and audit details.
QString named(const Release &release)
{
    return release.isTemplate ? ReleaseStore::tr("template %1").arg(quoted(release.name))
                              : ReleaseStore::tr("release %1").arg(quoted(release.name));
}

Timestamp now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// UPDATE of every column of T's row with the id bound last.
template<typename T>
QString updateStatement()
{
    QStringList assignments;
    for (const QString &name : store::columnNames<T>())
        assignments.append(name + u" = ?"_s);
    return u"UPDATE "_s + store::tableName<T>() + u" SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s;
}

Result<std::optional<Release>> storedRelease(const QSqlDatabase &db, Id releaseId)
{
    auto rows = store::loadRows<Release>(db, u"id = ?"_s, {releaseId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Release>();
    return std::optional<Release>(rows->constFirst());
}

Result<ReleasePlan> loadPlanById(const QSqlDatabase &db, Id releaseId)
{
    auto release = storedRelease(db, releaseId);
    if (!release)
        return release.error();
    if (!*release)
        return Error{ReleaseStore::tr("There is no release or template with the id %1.").arg(releaseId)};
    ReleasePlan plan;
    plan.release = **release;
    auto items = store::loadRows<ReleaseItem>(db, u"release_id = ?"_s, {releaseId});
    if (!items)
        return items.error();
    plan.items = *items;
    auto tasks = store::loadRows<ReleaseTask>(db, u"release_id = ?"_s, {releaseId});
    if (!tasks)
        return tasks.error();
    plan.tasks = *tasks;
    auto edges = store::loadRows<ReleaseTaskEdge>(db, u"release_id = ?"_s, {releaseId});
    if (!edges)
        return edges.error();
    for (const ReleaseTaskEdge &edge : std::as_const(*edges)) {
        const ReleaseTask *from = plan.task(edge.fromTaskId);
        const ReleaseTask *to = plan.task(edge.toTaskId);
        if (from && to)
            plan.edges.append(PlanEdge{from->name, to->name});
    }
    return plan;
}

/// The ids among `ids` that `table` has no row for.
Result<QSet<Id>> missingIds(const QSqlDatabase &db, const QString &table, const QSet<Id> &ids)
{
    QSet<Id> missing;
    for (Id id : ids) {
        auto query = runQuery(db, table, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id});
        if (!query)
            return query.error();
        if (!query->next())
            missing.insert(id);
    }
    return missing;
}

/// Refuses a plan that refers to services, environments or backends the workspace does not have, naming where.
Result<void> checkReferences(const QSqlDatabase &db, const ReleasePlan &plan)
{
    QSet<Id> services, environments, backends;
    for (const ReleaseItem &item : plan.items)
        services.insert(item.serviceId);
    for (const ReleaseTask &task : plan.tasks) {
        if (task.serviceId)
            services.insert(*task.serviceId);
        if (task.environmentId)
            environments.insert(*task.environmentId);
        if (task.backendId)
            backends.insert(*task.backendId);
    }
    auto noService = missingIds(db, u"services"_s, services);
    if (!noService)
        return noService.error();
    auto noEnvironment = missingIds(db, u"environments"_s, environments);
    if (!noEnvironment)
        return noEnvironment.error();
    auto noBackend = missingIds(db, u"backends"_s, backends);
    if (!noBackend)
        return noBackend.error();
    for (const ReleaseItem &item : plan.items) {
        if (noService->contains(item.serviceId))
            return Error{ReleaseStore::tr("The %1 carries the service with id %2, which the workspace does not have.")
                             .arg(named(plan.release))
                             .arg(item.serviceId)};
    }
    for (const ReleaseTask &task : plan.tasks) {
        if (task.serviceId && noService->contains(*task.serviceId))
            return Error{ReleaseStore::tr("Task %1 names the service with id %2, which the workspace does not have.")
                             .arg(quoted(task.name))
                             .arg(*task.serviceId)};
        if (task.environmentId && noEnvironment->contains(*task.environmentId))
            return Error{
                ReleaseStore::tr("Task %1 names the environment with id %2, which the workspace does not have.")
                    .arg(quoted(task.name))
                    .arg(*task.environmentId)};
        if (task.backendId && noBackend->contains(*task.backendId))
            return Error{ReleaseStore::tr("Task %1 names the backend with id %2, which the workspace does not have.")
                             .arg(quoted(task.name))
                             .arg(*task.backendId)};
    }
    return {};
}

Result<QString> serviceName(const QSqlDatabase &db, Id serviceId)
{
    auto query = runQuery(db, u"services"_s, u"SELECT name FROM services WHERE id = ?"_s, {serviceId});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : QString::number(serviceId);
}

/// Inserts a new release row, or updates the stored one if it is still planned and at the plan's revision.
Result<void> writeReleaseRow(QSqlDatabase &db, Release &release)
{
    auto sameName =
        runQuery(db, u"releases"_s, u"SELECT id, is_template FROM releases WHERE name = ?"_s, {release.name});
    if (!sameName)
        return sameName.error();
    if (sameName->next() && sameName->value(0).toLongLong() != release.id) {
        return Error{sameName->value(1).toBool()
                         ? ReleaseStore::tr("There is already a template named %1.").arg(quoted(release.name))
                         : ReleaseStore::tr("There is already a release named %1.").arg(quoted(release.name))};
    }

    if (release.id == 0) {
        release.status = status::planned;
        release.revision = 1;
        release.startedAt.reset();
        release.finishedAt.reset();
        if (release.createdAt == 0)
            release.createdAt = now();
        store::TableWriter<Release> writer(db);
        auto id = writer.insert(release);
        if (!id)
            return id.error();
        release.id = *id;
        return {};
    }

    auto stored = storedRelease(db, release.id);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error{ReleaseStore::tr("The %1 cannot be saved: it was deleted elsewhere.").arg(named(release))};
    const Release &current = **stored;
    if (current.status != status::planned)
        return Error{ReleaseStore::tr("The %1 has started (its status is %2) and can no longer be edited.")
                         .arg(named(current), quoted(current.status))};
    // The revision in the WHERE clause is what makes two editors safe: only one of them matches it.
    auto updated =
        runQuery(db, u"releases"_s,
                 u"UPDATE releases SET name = ?, version = ?, description = ?, planned_start = ?, "
                 u"planned_end = ?, on_failure = ?, revision = revision + 1 WHERE id = ? AND revision = ?"_s,
                 {store::toSql(release.name), store::toSql(release.version), store::toSql(release.description),
                  store::toSql(release.plannedStart), store::toSql(release.plannedEnd), store::toSql(release.onFailure),
                  release.id, release.revision});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{ReleaseStore::tr("The %1 was changed elsewhere (it is at revision %2, this edit was made on "
                                      "revision %3). Nothing was saved; open it again to see the changes.")
                         .arg(named(current))
                         .arg(current.revision)
                         .arg(release.revision)};
    release.revision = current.revision + 1;
    release.isTemplate = current.isTemplate;
    release.templateId = current.templateId;
    release.status = current.status;
    release.createdAt = current.createdAt;
    return {};
}

Result<void> writeItems(QSqlDatabase &db, const ReleasePlan &plan)
{
    const Id releaseId = plan.release.id;
    if (auto removed =
            runQuery(db, u"release_items"_s, u"DELETE FROM release_items WHERE release_id = ?"_s, {releaseId});
        !removed)
        return removed.error();
    QSet<Id> carried;
    store::TableWriter<ReleaseItem> writer(db);
    for (ReleaseItem item : plan.items) {
        if (carried.contains(item.serviceId)) {
            auto name = serviceName(db, item.serviceId);
            if (!name)
                return name.error();
            return Error{ReleaseStore::tr("The %1 carries the service %2 more than once.")
                             .arg(named(plan.release), quoted(*name))};
        }
        carried.insert(item.serviceId);
        item.releaseId = releaseId;
        if (auto id = writer.insert(item); !id)
            return id.error();
    }
    return {};
}

/// Tasks are matched by name with the stored ones, so that a task that stays keeps its row, its id and what
/// refers to it (approvals, output, audit entries, deployments).
Result<void> writeTasks(QSqlDatabase &db, const ReleasePlan &plan)
{
    const Id releaseId = plan.release.id;
    auto query =
        runQuery(db, u"release_tasks"_s, u"SELECT id, name FROM release_tasks WHERE release_id = ?"_s, {releaseId});
    if (!query)
        return query.error();
    QHash<QString, Id> storedIds;
    while (query->next())
        storedIds.insert(query->value(1).toString(), query->value(0).toLongLong());

    QSet<QString> names;
    for (const ReleaseTask &task : plan.tasks)
        names.insert(task.name);
    for (auto it = storedIds.cbegin(); it != storedIds.cend(); ++it) {
        if (names.contains(it.key()))
            continue;
        auto removed = runQuery(db, u"release_tasks"_s, u"DELETE FROM release_tasks WHERE id = ?"_s, {it.value()});
        if (!removed)
            return removed.error();
    }

    QSqlQuery update(db);
    if (!update.prepare(updateStatement<ReleaseTask>()))
        return store::sqlError(u"release_tasks"_s, update.lastError());
    store::TableWriter<ReleaseTask> insert(db);
    QHash<QString, Id> ids;
    for (ReleaseTask task : plan.tasks) {
        task.releaseId = releaseId;
        if (task.state.isEmpty())
            task.state = state::planned;
        if (const auto stored = storedIds.constFind(task.name); stored != storedIds.cend()) {
            store::bindColumns(update, task);
            update.addBindValue(*stored);
            if (!update.exec())
                return store::sqlError(u"release_tasks"_s, update.lastError());
            ids.insert(task.name, *stored);
        } else {
            auto id = insert.insert(task);
            if (!id)
                return id.error();
            ids.insert(task.name, *id);
        }
    }

    if (auto removed = runQuery(db, u"release_task_edges"_s, u"DELETE FROM release_task_edges WHERE release_id = ?"_s,
                                {releaseId});
        !removed)
        return removed.error();
    store::TableWriter<ReleaseTaskEdge> edges(db);
    QSet<std::pair<Id, Id>> written;
    for (const PlanEdge &edge : plan.edges) {
        const std::pair<Id, Id> ends{ids.value(edge.from), ids.value(edge.to)};
        if (written.contains(ends))
            continue;
        written.insert(ends);
        if (auto id = edges.insert(ReleaseTaskEdge{0, releaseId, ends.first, ends.second}); !id)
            return id.error();
    }
    return {};
}

/// Validates and writes a whole plan inside the caller's transaction, with its audit entry.
Result<void> storePlan(QSqlDatabase &db, ReleasePlan &plan, const QString &actor, const QString &createdFrom = {})
{
    if (auto valid = validatePlan(plan); !valid)
        return valid;
    if (auto known = checkReferences(db, plan); !known)
        return known;
    const bool creating = plan.release.id == 0;
    if (auto row = writeReleaseRow(db, plan.release); !row)
        return row;
    if (auto items = writeItems(db, plan); !items)
        return items;
    if (auto tasks = writeTasks(db, plan); !tasks)
        return tasks;

    QString detail;
    if (creating && !createdFrom.isEmpty())
        detail =
            ReleaseStore::tr("Created the %1 from the template %2, with %n task(s)", nullptr, int(plan.tasks.size()))
                .arg(named(plan.release), quoted(createdFrom));
    else if (creating)
        detail = ReleaseStore::tr("Created the %1 with %n task(s)", nullptr, int(plan.tasks.size()))
                     .arg(named(plan.release));
    else
        detail = ReleaseStore::tr("Edited the %1; it now has %n task(s) and is at revision %2", nullptr,
                                  int(plan.tasks.size()))
                     .arg(named(plan.release))
                     .arg(plan.release.revision);
    return appendAudit(db, AuditEntry{0, now(), actor, creating ? u"release.create"_s : u"release.edit"_s,
                                      releaseSubject, plan.release.id, u"succeeded"_s, detail});
}

} // namespace

Result<QList<ReleaseSummary>> listReleases(QSqlDatabase db, bool templates)
{
    auto releases = store::loadRows<Release>(db, u"is_template = ?"_s, {templates ? 1 : 0},
                                             u"planned_start IS NULL, planned_start, name"_s);
    if (!releases)
        return releases.error();
    QList<ReleaseSummary> summaries;
    QHash<Id, qsizetype> indexOf;
    for (const Release &release : std::as_const(*releases)) {
        indexOf.insert(release.id, summaries.size());
        summaries.append(ReleaseSummary{release, 0, 0, {}, {}});
    }

    auto counts = runQuery(db, u"release_tasks"_s,
                           u"SELECT release_id, count(*), "
                           u"sum(CASE WHEN state IN ('succeeded', 'skipped') THEN 1 ELSE 0 END) "
                           u"FROM release_tasks GROUP BY release_id"_s);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        if (const qsizetype i = indexOf.value(counts->value(0).toLongLong(), -1); i >= 0) {
            summaries[i].tasks = counts->value(1).toInt();
            summaries[i].tasksDone = counts->value(2).toInt();
        }
    }

    auto items = runQuery(db, u"release_items"_s,
                          u"SELECT i.release_id, s.name, i.version FROM release_items i "
                          u"JOIN services s ON s.id = i.service_id ORDER BY s.name, i.id"_s);
    if (!items)
        return items.error();
    while (items->next()) {
        if (const qsizetype i = indexOf.value(items->value(0).toLongLong(), -1); i >= 0) {
            const QString version = items->value(2).toString();
            const QString service = items->value(1).toString();
            summaries[i].items.append(version.isEmpty() ? service : service + u' ' + version);
        }
    }

    auto environments = runQuery(db, u"release_tasks"_s,
                                 u"SELECT release_id, environment_id FROM release_tasks "
                                 u"WHERE kind = 'deploy' AND environment_id IS NOT NULL ORDER BY id"_s);
    if (!environments)
        return environments.error();
    while (environments->next()) {
        if (const qsizetype i = indexOf.value(environments->value(0).toLongLong(), -1); i >= 0) {
            const Id environment = environments->value(1).toLongLong();
            if (!summaries[i].environmentIds.contains(environment))
                summaries[i].environmentIds.append(environment);
        }
    }
    return summaries;
}

Result<ReleasePlan> loadPlan(QSqlDatabase db, Id releaseId)
{
    return loadPlanById(db, releaseId);
}

Result<ReleasePlan> loadPlan(QSqlDatabase db, const QString &name)
{
    auto query = runQuery(db, u"releases"_s, u"SELECT id FROM releases WHERE name = ?"_s, {name});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ReleaseStore::tr("There is no release or template named %1.").arg(quoted(name))};
    return loadPlanById(db, query->value(0).toLongLong());
}

Result<ReleasePlan> savePlan(const store::Workspace &workspace, ReleasePlan plan, const QString &actor)
{
    auto written = workspace.write([&](QSqlDatabase &db) { return storePlan(db, plan, actor); });
    if (!written)
        return written.error();
    return loadPlanById(workspace.connection(), plan.release.id);
}

Result<ReleasePlan> releaseFromTemplate(const store::Workspace &workspace, Id templateId, const QString &name,
                                        const QString &version, const QList<ReleaseItem> &items,
                                        OptionalTime plannedStart, const QString &actor)
{
    ReleasePlan plan;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto loaded = loadPlanById(db, templateId);
        if (!loaded)
            return loaded.error();
        const ReleasePlan &source = *loaded;
        if (!source.release.isTemplate)
            return Error{ReleaseStore::tr("%1 is a release, not a template; releases are made from templates.")
                             .arg(quoted(source.release.name))};

        plan.release.name = name;
        plan.release.version = version;
        plan.release.description = source.release.description;
        plan.release.templateId = templateId;
        plan.release.plannedStart = plannedStart;
        plan.release.onFailure = source.release.onFailure;
        for (ReleaseItem item : items) {
            item.id = 0;
            item.releaseId = 0;
            plan.items.append(item);
        }
        QHash<Id, QString> versions;
        for (const ReleaseItem &item : items)
            versions.insert(item.serviceId, item.version);

        for (ReleaseTask task : source.tasks) {
            task.id = 0;
            task.releaseId = 0;
            task.state = state::planned;
            task.attempt = 0;
            task.backendHandle.reset();
            task.startedAt.reset();
            task.finishedAt.reset();
            // Rollback tasks redeploy what ran before, not the version this release carries.
            if (task.kind == kind::deploy && !task.isRollback && task.serviceId) {
                if (versions.contains(*task.serviceId)) {
                    task.version = versions.value(*task.serviceId);
                } else if (!task.version || task.version->isEmpty()) {
                    auto service = serviceName(db, *task.serviceId);
                    if (!service)
                        return service.error();
                    return Error{ReleaseStore::tr("Task %1 of the template deploys %2, which the release does not "
                                                  "carry: add %2 with the version to deploy.")
                                     .arg(quoted(task.name), quoted(*service))};
                }
            }
            plan.tasks.append(task);
        }
        plan.edges = source.edges;
        return storePlan(db, plan, actor, source.release.name);
    });
    if (!written)
        return written.error();
    return loadPlanById(workspace.connection(), plan.release.id);
}

Result<void> deleteRelease(const store::Workspace &workspace, Id releaseId, const QString &actor)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto stored = storedRelease(db, releaseId);
        if (!stored)
            return stored.error();
        if (!*stored)
            return Error{ReleaseStore::tr("There is no release or template with the id %1.").arg(releaseId)};
        const Release &release = **stored;
        if (release.status != status::planned && !status::isFinal(release.status))
            return Error{ReleaseStore::tr("The %1 is under way (its status is %2); abort it before deleting it.")
                             .arg(named(release), quoted(release.status))};
        if (auto removed = runQuery(db, u"releases"_s, u"DELETE FROM releases WHERE id = ?"_s, {releaseId}); !removed)
            return removed.error();
        return appendAudit(db, AuditEntry{0, now(), actor, u"release.delete"_s, releaseSubject, releaseId,
                                          u"succeeded"_s, ReleaseStore::tr("Deleted the %1").arg(named(release))});
    });
}

Result<void> updateTask(QSqlDatabase db, const ReleaseTask &task)
{
    auto updated = runQuery(db, u"release_tasks"_s,
                            u"UPDATE release_tasks SET state = ?, attempt = ?, backend_handle = ?, started_at = ?, "
                            u"finished_at = ? WHERE id = ?"_s,
                            {store::toSql(task.state), task.attempt, store::toSql(task.backendHandle),
                             store::toSql(task.startedAt), store::toSql(task.finishedAt), task.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{ReleaseStore::tr("Task %1 (id %2) is no longer stored; it may have been deleted elsewhere.")
                         .arg(quoted(task.name))
                         .arg(task.id)};
    return {};
}

Result<void> updateReleaseStatus(QSqlDatabase db, const Release &release)
{
    auto updated = runQuery(
        db, u"releases"_s, u"UPDATE releases SET status = ?, started_at = ?, finished_at = ? WHERE id = ?"_s,
        {store::toSql(release.status), store::toSql(release.startedAt), store::toSql(release.finishedAt), release.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return Error{ReleaseStore::tr("The %1 (id %2) is no longer stored; it may have been deleted elsewhere.")
                         .arg(named(release))
                         .arg(release.id)};
    return {};
}

Result<QList<ReleaseApproval>> approvals(QSqlDatabase db, Id taskId)
{
    return store::loadRows<ReleaseApproval>(db, u"task_id = ?"_s, {taskId});
}

Result<void> addApproval(QSqlDatabase db, const ReleaseApproval &approval)
{
    if (approval.approver.trimmed().isEmpty())
        return Error{ReleaseStore::tr("An approval decision needs the name of who decided.")};
    if (approval.decision != u"approve"_s && approval.decision != u"reject"_s)
        return Error{ReleaseStore::tr("%1 is not a decision on an approval gate; it is “approve” or “reject”.")
                         .arg(quoted(approval.decision))};
    auto task = runQuery(db, u"release_tasks"_s, u"SELECT 1 FROM release_tasks WHERE id = ?"_s, {approval.taskId});
    if (!task)
        return task.error();
    if (!task->next())
        return Error{ReleaseStore::tr("There is no release task with the id %1 to decide on.").arg(approval.taskId)};
    ReleaseApproval row = approval;
    if (row.at == 0)
        row.at = now();
    store::TableWriter<ReleaseApproval> writer(db);
    if (auto id = writer.insert(row); !id)
        return id.error();
    return {};
}

Result<void> appendOutput(QSqlDatabase db, const ReleaseTaskOutput &output)
{
    ReleaseTaskOutput row = output;
    if (row.at == 0)
        row.at = now();
    store::TableWriter<ReleaseTaskOutput> writer(db);
    if (auto id = writer.insert(row); !id)
        return id.error();
    return {};
}

Result<QList<ReleaseTaskOutput>> output(QSqlDatabase db, Id taskId, int attempt, Id afterId)
{
    if (attempt == 0)
        return store::loadRows<ReleaseTaskOutput>(db, u"task_id = ? AND id > ?"_s, {taskId, afterId});
    return store::loadRows<ReleaseTaskOutput>(db, u"task_id = ? AND attempt = ? AND id > ?"_s,
                                              {taskId, attempt, afterId});
}

} // namespace flowdeck::release
