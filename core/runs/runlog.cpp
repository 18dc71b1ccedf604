// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runlog.h"

#include "domain/delivery.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace flowdeck::runs {

using namespace Qt::StringLiterals;
using store::optionalTime;

namespace {

// The columns of a RunRow, in the order readRun() reads them.
constexpr auto runColumns =
    "r.id, r.pipeline_id, p.name, r.name, r.service_id, s.name, r.number, r.branch, r.commit_oid, r.event, "
    "r.status, r.attempt, r.created_at, r.started_at, r.finished_at, r.url, "
    "(SELECT COUNT(*) FROM jobs j WHERE j.run_id = r.id), "
    "(SELECT COUNT(*) FROM jobs j WHERE j.run_id = r.id AND j.status = ?)";

constexpr auto runTables = "pipeline_runs r LEFT JOIN pipelines p ON p.id = r.pipeline_id "
                           "LEFT JOIN services s ON s.id = r.service_id";

// A lowercase LIKE pattern that finds `part` anywhere, with LIKE's own wildcards taken literally (ESCAPE '\').
// Compared with lower(column), it matches in any case on SQLite and PostgreSQL alike.
QString containsPattern(const QString &part)
{
    QString escaped;
    escaped.reserve(part.size() + 2);
    escaped += u'%';
    for (const QChar c : part.toLower()) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    escaped += u'%';
    return escaped;
}

struct Conditions
{
    QStringList where;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        where.append(condition);
        values += bound;
    }

    QString clause() const { return where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s); }
};

Conditions conditionsOf(const RunFilter &filter)
{
    Conditions c;
    if (filter.pipelineId)
        c.add(u"r.pipeline_id = ?"_s, {*filter.pipelineId});
    if (filter.serviceId)
        c.add(u"r.service_id = ?"_s, {*filter.serviceId});
    if (!filter.status.isEmpty())
        c.add(u"r.status = ?"_s, {filter.status});
    if (!filter.branch.isEmpty())
        c.add(u"r.branch = ?"_s, {filter.branch});
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = containsPattern(filter.text.trimmed());
        c.add(u"(lower(r.branch) LIKE ? ESCAPE '\\' OR lower(r.commit_oid) LIKE ? ESCAPE '\\' "
              "OR lower(p.name) LIKE ? ESCAPE '\\' OR lower(r.name) LIKE ? ESCAPE '\\')"_s,
              {pattern, pattern, pattern, pattern});
    }
    if (filter.from)
        c.add(u"r.created_at >= ?"_s, {*filter.from});
    if (filter.to)
        c.add(u"r.created_at < ?"_s, {*filter.to});
    return c;
}

RunRow readRun(const QSqlQuery &query)
{
    RunRow row;
    row.id = query.value(0).toLongLong();
    row.pipelineId = store::fromSql<OptionalId>(query.value(1));
    row.pipeline = query.value(2).toString();
    row.name = query.value(3).toString();
    row.serviceId = store::fromSql<OptionalId>(query.value(4));
    row.service = query.value(5).toString();
    row.number = store::fromSql<std::optional<qint64>>(query.value(6));
    row.branch = query.value(7).toString();
    row.commitOid = query.value(8).toString();
    row.event = query.value(9).toString();
    row.status = query.value(10).toString();
    row.attempt = query.value(11).toInt();
    row.createdAt = optionalTime(query.value(12));
    row.startedAt = optionalTime(query.value(13));
    row.finishedAt = optionalTime(query.value(14));
    row.url = query.value(15).toString();
    row.jobs = query.value(16).toInt();
    row.failedJobs = query.value(17).toInt();
    row.queueMs = span(row.createdAt, row.startedAt);
    row.runMs = span(row.startedAt, row.finishedAt);
    return row;
}

/// Appends up to `limit` runs of one part of the order to `rows`: those with a creation time (`known`) or those
/// without one, after `after` when it points into the same part.
Result<void> appendRuns(const QSqlDatabase &db, const RunFilter &filter, bool known, int limit,
                        const std::optional<RunCursor> &after, QList<RunRow> &rows)
{
    Conditions c = conditionsOf(filter);
    if (known) {
        c.add(u"r.created_at IS NOT NULL"_s);
        if (after && after->createdAt)
            c.add(u"(r.created_at < ? OR (r.created_at = ? AND r.id < ?))"_s,
                  {*after->createdAt, *after->createdAt, after->id});
    } else {
        c.add(u"r.created_at IS NULL"_s);
        if (after && !after->createdAt)
            c.add(u"r.id < ?"_s, {after->id});
    }
    const QString order = known ? u"r.created_at DESC, r.id DESC"_s : u"r.id DESC"_s;
    const QString sql = u"SELECT "_s + QLatin1StringView(runColumns) + u" FROM "_s + QLatin1StringView(runTables) +
                        c.clause() + u" ORDER BY "_s + order + u" LIMIT ?"_s;
    QVariantList values{QString::fromLatin1(Status::Failed)};
    values += c.values;
    values.append(limit);
    auto query = store::runQuery(db, u"pipeline_runs"_s, sql, values);
    if (!query)
        return query.error();
    while (query->next())
        rows.append(readRun(*query));
    if (query->lastError().isValid())
        return store::sqlError(u"pipeline_runs"_s, query->lastError());
    return {};
}

} // namespace

bool RunFilter::isEmpty() const
{
    return !pipelineId && !serviceId && status.isEmpty() && branch.isEmpty() && text.trimmed().isEmpty() && !from &&
           !to;
}

std::optional<qint64> span(OptionalTime from, OptionalTime to)
{
    if (!from || !to || *to < *from)
        return std::nullopt;
    return *to - *from;
}

Result<RunPage> loadRuns(const QSqlDatabase &db, const RunFilter &filter, int limit,
                         const std::optional<RunCursor> &after)
{
    RunPage page;
    if (limit <= 0)
        return page;
    // One run more than asked tells whether another page follows.
    const int wanted = limit + 1;
    // Runs with a creation time first (the index on created_at gives them in order), then those without one,
    // which a period never matches.
    const bool inUnknownPart = after && !after->createdAt;
    if (!inUnknownPart) {
        if (auto done = appendRuns(db, filter, true, wanted, after, page.rows); !done)
            return done.error();
    }
    const bool periodSet = filter.from || filter.to;
    if (page.rows.size() < wanted && !periodSet) {
        if (auto done = appendRuns(db, filter, false, wanted - int(page.rows.size()), after, page.rows); !done)
            return done.error();
    }
    if (page.rows.size() > limit) {
        page.rows.resize(limit);
        page.next = RunCursor{page.rows.constLast().createdAt, page.rows.constLast().id};
    }
    return page;
}

Result<qint64> countRuns(const QSqlDatabase &db, const RunFilter &filter)
{
    const Conditions c = conditionsOf(filter);
    // The pipeline's name is only needed for the text.
    const QString from = filter.text.trimmed().isEmpty()
                             ? u"pipeline_runs r"_s
                             : u"pipeline_runs r LEFT JOIN pipelines p ON p.id = r.pipeline_id"_s;
    auto query = store::runQuery(db, u"pipeline_runs"_s, u"SELECT COUNT(*) FROM "_s + from + c.clause(), c.values);
    if (!query)
        return query.error();
    if (!query->next())
        return store::sqlError(u"pipeline_runs"_s, query->lastError());
    return query->value(0).toLongLong();
}

Result<RunLogFacts> loadRunLogFacts(const QSqlDatabase &db)
{
    RunLogFacts facts;
    auto totals = store::runQuery(db, u"pipeline_runs"_s,
                                  u"SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM pipeline_runs"_s);
    if (!totals)
        return totals.error();
    if (totals->next()) {
        facts.runs = totals->value(0).toLongLong();
        facts.firstCreated = optionalTime(totals->value(1));
        facts.lastCreated = optionalTime(totals->value(2));
    }

    // One pass over the runs for their pipelines and services: there is no index on those columns, and a probe per
    // pipeline would read every run for each pipeline without runs.
    auto pipelines = store::runQuery(db, u"pipelines"_s,
                                     u"SELECT p.id, p.name, p.service_id, s.name FROM pipelines p "
                                     "LEFT JOIN services s ON s.id = p.service_id "
                                     "WHERE p.id IN (SELECT pipeline_id FROM pipeline_runs) "
                                     "ORDER BY p.name, s.name, p.id"_s);
    if (!pipelines)
        return pipelines.error();
    while (pipelines->next()) {
        facts.pipelines.append({pipelines->value(0).toLongLong(), pipelines->value(1).toString(),
                                store::fromSql<OptionalId>(pipelines->value(2)), pipelines->value(3).toString()});
    }

    auto services = store::runQuery(db, u"services"_s,
                                    u"SELECT s.id, s.name FROM services s "
                                    "WHERE s.id IN (SELECT service_id FROM pipeline_runs) "
                                    "ORDER BY s.name, s.id"_s);
    if (!services)
        return services.error();
    while (services->next())
        facts.services.append({services->value(0).toLongLong(), services->value(1).toString()});

    auto statuses = store::runQuery(
        db, u"pipeline_runs"_s, u"SELECT status FROM pipeline_runs GROUP BY status ORDER BY COUNT(*) DESC, status"_s);
    if (!statuses)
        return statuses.error();
    while (statuses->next())
        facts.statuses.append(statuses->value(0).toString());
    return facts;
}

Result<QList<JobRow>> loadRunJobs(const QSqlDatabase &db, Id runId)
{
    // A mapping the user made for the job's name in the run's pipeline wins over the stage stored with the job,
    // also when it deliberately maps to no stage.
    auto query = store::runQuery(
        db, u"jobs"_s,
        u"SELECT j.id, j.name, st.name, j.group_name, j.status, j.attempt, j.queued_at, j.started_at, j.finished_at, "
        "j.paused_ms, j.runner, j.url FROM jobs j JOIN pipeline_runs r ON r.id = j.run_id "
        "LEFT JOIN stage_mappings m ON m.pipeline_id = r.pipeline_id AND m.job_name = j.name "
        "LEFT JOIN stages st ON st.id = CASE WHEN m.pipeline_id IS NULL THEN j.stage_id ELSE m.stage_id END "
        "WHERE j.run_id = ? "
        "ORDER BY (j.queued_at IS NULL), j.queued_at, (j.started_at IS NULL), j.started_at, j.id"_s,
        {runId});
    if (!query)
        return query.error();
    QList<JobRow> jobs;
    while (query->next()) {
        JobRow job;
        job.id = query->value(0).toLongLong();
        job.name = query->value(1).toString();
        job.stage = query->value(2).toString();
        job.group = query->value(3).toString();
        job.status = query->value(4).toString();
        job.attempt = query->value(5).toInt();
        job.queuedAt = optionalTime(query->value(6));
        job.startedAt = optionalTime(query->value(7));
        job.finishedAt = optionalTime(query->value(8));
        job.pausedMs = store::fromSql<std::optional<qint64>>(query->value(9));
        job.runner = query->value(10).toString();
        job.url = query->value(11).toString();
        job.queueMs = span(job.queuedAt, job.startedAt);
        job.runMs = span(job.startedAt, job.finishedAt);
        jobs.append(std::move(job));
    }
    if (query->lastError().isValid())
        return store::sqlError(u"jobs"_s, query->lastError());
    return jobs;
}

} // namespace flowdeck::runs
