// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/workspacesummary.h"

#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace flowdeck {

using namespace Qt::StringLiterals;
using store::optionalTime;

namespace {

// One aggregate pass over a table: how many rows, the earliest start and the latest end. Rows with several
// time columns count from the earliest one they have to the latest one they have.
Result<RecordSpan> loadSpan(const QSqlDatabase &db, const QString &table, const QString &firstTime,
                            const QString &lastTime)
{
    auto query =
        store::runQuery(db, table, u"SELECT COUNT(*), MIN(%1), MAX(%2) FROM %3"_s.arg(firstTime, lastTime, table));
    if (!query)
        return query.error();
    if (!query->next())
        return store::sqlError(table, query->lastError());
    RecordSpan span;
    span.count = query->value(0).toLongLong();
    span.first = optionalTime(query->value(1));
    span.last = optionalTime(query->value(2));
    return span;
}

Result<QList<DeploymentSummary>> loadLatestDeployments(const QSqlDatabase &db, int latest)
{
    // A deployment without any time sorts as the oldest, the same way on every engine.
    auto query = store::runQuery(db, u"deployments"_s,
                                 u"SELECT "_s + deploymentRowColumns() +
                                     u", d.commit_oid "
                                     "FROM deployments d "
                                     "JOIN services s ON s.id = d.service_id "
                                     "JOIN environments e ON e.id = d.environment_id "
                                     "ORDER BY COALESCE(d.finished_at, d.started_at, 0) DESC, d.id DESC "
                                     "LIMIT ?"_s,
                                 {std::max(latest, 0)});
    if (!query)
        return query.error();
    QList<DeploymentSummary> deployments;
    while (query->next()) {
        deployments.append(
            DeploymentSummary{readDeploymentRow(*query), store::fromSql<std::optional<QString>>(query->value(7))});
    }
    if (query->lastError().isValid())
        return store::sqlError(u"deployments"_s, query->lastError());
    return deployments;
}

} // namespace

// Environments follow their promotion edges; position (then id) orders environments the edges leave free,
// and what a cycle would leave over is appended in the same order instead of being lost.
Result<QList<Environment>> loadEnvironmentsInPromotionOrder(const QSqlDatabase &db)
{
    auto environments = store::loadRows<Environment>(db, {}, {}, u"position, id"_s);
    if (!environments)
        return environments.error();
    auto edges = store::runQuery(db, u"environment_edges"_s,
                                 u"SELECT from_environment_id, to_environment_id FROM environment_edges ORDER BY id"_s);
    if (!edges)
        return edges.error();

    const QList<Environment> &byPosition = *environments;
    QHash<Id, qsizetype> indexOf;
    for (qsizetype i = 0; i < byPosition.size(); ++i)
        indexOf.insert(byPosition[i].id, i);
    QList<QList<qsizetype>> next(byPosition.size());
    QList<int> incoming(byPosition.size(), 0);
    while (edges->next()) {
        const auto from = indexOf.constFind(edges->value(0).toLongLong());
        const auto to = indexOf.constFind(edges->value(1).toLongLong());
        if (from == indexOf.constEnd() || to == indexOf.constEnd())
            continue;
        next[*from].append(*to);
        ++incoming[*to];
    }

    QList<Environment> ordered;
    ordered.reserve(byPosition.size());
    QList<bool> placed(byPosition.size(), false);
    while (ordered.size() < byPosition.size()) {
        // The first environment in position order with nothing left before it; on a cycle, the first unplaced.
        qsizetype pick = -1;
        for (qsizetype i = 0; i < byPosition.size() && pick < 0; ++i) {
            if (!placed[i] && incoming[i] == 0)
                pick = i;
        }
        for (qsizetype i = 0; i < byPosition.size() && pick < 0; ++i) {
            if (!placed[i])
                pick = i;
        }
        placed[pick] = true;
        ordered.append(byPosition[pick]);
        for (qsizetype to : std::as_const(next[pick]))
            --incoming[to];
    }
    return ordered;
}

// Per service and environment, the deployment that succeeded last (ties on finished_at go to the later row). One
// index seek on deployments (service_id, environment_id, finished_at) per pair keeps this independent of how many
// deployments the workspace holds.
Result<QList<RunningVersion>> loadRunningVersions(const QSqlDatabase &db)
{
    auto query = store::runQuery(db, u"deployments"_s,
                                 u"SELECT d.service_id, d.environment_id, d.version, d.commit_oid, d.finished_at "
                                 "FROM services s CROSS JOIN environments e "
                                 "JOIN deployments d ON d.id = ("
                                 "  SELECT x.id FROM deployments x "
                                 "  WHERE x.service_id = s.id AND x.environment_id = e.id "
                                 "    AND x.status = ? AND x.finished_at IS NOT NULL "
                                 "  ORDER BY x.finished_at DESC, x.id DESC LIMIT 1) "
                                 "ORDER BY d.service_id, d.environment_id"_s,
                                 {QString::fromLatin1(Status::Succeeded)});
    if (!query)
        return query.error();
    QList<RunningVersion> running;
    while (query->next()) {
        RunningVersion version;
        version.serviceId = query->value(0).toLongLong();
        version.environmentId = query->value(1).toLongLong();
        version.version = query->value(2).toString();
        version.commitOid = store::fromSql<std::optional<QString>>(query->value(3));
        version.since = query->value(4).toLongLong();
        running.append(version);
    }
    if (query->lastError().isValid())
        return store::sqlError(u"deployments"_s, query->lastError());
    return running;
}

Result<WorkspaceSummary> loadWorkspaceSummary(const QSqlDatabase &db, int latest)
{
    if (!db.isOpen())
        return Error{QCoreApplication::translate("flowdeck::WorkspaceSummary", "The workspace database is not open: %1")
                         .arg(db.lastError().text())};

    WorkspaceSummary summary;
    auto services = store::loadRows<Service>(db, {}, {}, u"name, id"_s);
    if (!services)
        return services.error();
    summary.services = std::move(*services);

    auto environments = loadEnvironmentsInPromotionOrder(db);
    if (!environments)
        return environments.error();
    summary.environments = std::move(*environments);

    auto running = loadRunningVersions(db);
    if (!running)
        return running.error();
    summary.running = std::move(*running);

    struct SpanQuery
    {
        RecordSpan WorkspaceSummary::*member;
        QString table;
        QString first;
        QString last;
    };
    const SpanQuery spans[] = {
        {&WorkspaceSummary::commits, u"commits"_s, u"author_time"_s, u"author_time"_s},
        {&WorkspaceSummary::pipelineRuns, u"pipeline_runs"_s, u"COALESCE(created_at, started_at, finished_at)"_s,
         u"COALESCE(finished_at, started_at, created_at)"_s},
        {&WorkspaceSummary::jobs, u"jobs"_s, u"COALESCE(queued_at, started_at, finished_at)"_s,
         u"COALESCE(finished_at, started_at, queued_at)"_s},
        {&WorkspaceSummary::deployments, u"deployments"_s, u"COALESCE(started_at, finished_at)"_s,
         u"COALESCE(finished_at, started_at)"_s},
        {&WorkspaceSummary::incidents, u"incidents"_s, u"started_at"_s, u"COALESCE(resolved_at, started_at)"_s},
    };
    for (const SpanQuery &span : spans) {
        auto loaded = loadSpan(db, span.table, span.first, span.last);
        if (!loaded)
            return loaded.error();
        summary.*(span.member) = *loaded;
    }

    auto deployments = loadLatestDeployments(db, latest);
    if (!deployments)
        return deployments.error();
    summary.latestDeployments = std::move(*deployments);
    return summary;
}

} // namespace flowdeck
