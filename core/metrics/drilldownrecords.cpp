// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/drilldownrecords.h"

#include "store/query.h"
#include "store/sqlvalue.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace flowdeck::metrics {

using namespace Qt::StringLiterals;

namespace {

// SQLite allows 32,766 bound values a statement (999 before 3.32); 500 stays clear of both and of PostgreSQL's.
constexpr qsizetype idsPerQuery = 500;

// Runs `select` (ending in "IN (") once for every slice of `ids`, distinct, closed with the slice's placeholders,
// and hands each row to `read`.
Result<void> readByIds(const QSqlDatabase &db, const QString &what, const QString &select, QList<Id> ids,
                       const std::function<void(const QSqlQuery &)> &read)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qsizetype first = 0; first < ids.size(); first += idsPerQuery) {
        const qsizetype count = std::min(idsPerQuery, ids.size() - first);
        QStringList placeholders(count, u"?"_s);
        QVariantList values;
        values.reserve(count);
        for (qsizetype i = first; i < first + count; ++i)
            values.append(ids[i]);
        auto query = store::runQuery(db, what, select + placeholders.join(u',') + u")"_s, values);
        if (!query)
            return query.error();
        while (query->next())
            read(*query);
        if (query->lastError().isValid())
            return store::sqlError(what, query->lastError());
    }
    return {};
}

} // namespace

Result<DrillDownRecords> loadDrillDownRecords(const QSqlDatabase &db, const RecordIds &ids)
{
    DrillDownRecords records;
    Result<void> read = readByIds(db, u"deployments"_s,
                                  u"SELECT "_s + deploymentRowColumns() +
                                      u" FROM deployments d "
                                      "JOIN services s ON s.id = d.service_id "
                                      "JOIN environments e ON e.id = d.environment_id "
                                      "WHERE d.id IN ("_s,
                                  ids.deployments, [&records](const QSqlQuery &query) {
                                      const DeploymentRow row = readDeploymentRow(query);
                                      records.deployments.insert(row.id, row);
                                  });
    if (!read)
        return read.error();

    read = readByIds(db, u"commits"_s, u"SELECT id, oid, summary, author_name FROM commits WHERE id IN ("_s,
                     ids.commits, [&records](const QSqlQuery &query) {
                         const CommitRecord commit{query.value(0).toLongLong(), query.value(1).toString(),
                                                   query.value(2).toString(), query.value(3).toString()};
                         records.commits.insert(commit.id, commit);
                     });
    if (!read)
        return read.error();

    read = readByIds(
        db, u"incidents"_s, u"SELECT id, title, severity, started_at, resolved_at FROM incidents WHERE id IN ("_s,
        ids.incidents, [&records](const QSqlQuery &query) {
            const IncidentRecord incident{query.value(0).toLongLong(), query.value(1).toString(),
                                          store::fromSql<std::optional<QString>>(query.value(2)),
                                          query.value(3).toLongLong(), store::optionalTime(query.value(4))};
            records.incidents.insert(incident.id, incident);
        });
    if (!read)
        return read.error();

    read = readByIds(db, u"pipeline_runs"_s,
                     u"SELECT r.id, COALESCE(p.name, r.name, ''), r.number, r.branch, r.status, r.finished_at "
                     "FROM pipeline_runs r LEFT JOIN pipelines p ON p.id = r.pipeline_id "
                     "WHERE r.id IN ("_s,
                     ids.runs, [&records](const QSqlQuery &query) {
                         const RunRecord run{query.value(0).toLongLong(),
                                             query.value(1).toString(),
                                             store::fromSql<std::optional<qint64>>(query.value(2)),
                                             store::fromSql<std::optional<QString>>(query.value(3)),
                                             query.value(4).toString(),
                                             store::optionalTime(query.value(5))};
                         records.runs.insert(run.id, run);
                     });
    if (!read)
        return read.error();

    read = readByIds(db, u"pull_requests"_s,
                     u"SELECT id, number, title, author, created_at, merged_at, url FROM pull_requests WHERE id IN ("_s,
                     ids.pullRequests, [&records](const QSqlQuery &query) {
                         const PullRequestRecord pullRequest{query.value(0).toLongLong(),
                                                             query.value(1).toInt(),
                                                             query.value(2).toString(),
                                                             query.value(3).toString(),
                                                             query.value(4).toLongLong(),
                                                             store::optionalTime(query.value(5)),
                                                             store::fromSql<std::optional<QString>>(query.value(6))};
                         records.pullRequests.insert(pullRequest.id, pullRequest);
                     });
    if (!read)
        return read.error();
    return records;
}

} // namespace flowdeck::metrics
