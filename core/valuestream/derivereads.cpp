// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "store/query.h"
#include "store/workspace.h"

#include <QSqlError>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

Result<void> finished(const QSqlQuery &query, const QString &what)
{
    if (query.lastError().isValid())
        return store::sqlError(what, query.lastError());
    return {};
}

OptionalTime optionalTime(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? OptionalTime() : OptionalTime(query.value(column).toLongLong());
}

QString placeholders(const QList<Id> &ids, QVariantList &values)
{
    QString text;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        text += i == 0 ? u"?"_s : u", ?"_s;
        values.append(ids[i]);
    }
    return text;
}

QString runScope(const ReadScope &scope, QVariantList &values, bool unindexed)
{
    QString sql =
        unindexed ? u"((+r.created_at >= ? AND +r.created_at < ?)"_s : u"((r.created_at >= ? AND r.created_at < ?)"_s;
    sql += u" OR (r.created_at IS NULL AND r.started_at >= ? AND r.started_at < ?))"_s;
    values << scope.from << scope.to << scope.from << scope.to;
    if (scope.serviceId) {
        sql += u" AND (r.service_id = ? OR r.pipeline_id IN (SELECT p.id FROM pipelines p WHERE p.service_id = ?))"_s;
        values << *scope.serviceId << *scope.serviceId;
    }
    return sql;
}

void Samples::add(const Samples &other)
{
    wait += other.wait;
    process += other.process;
    records += other.records;
    judged += other.judged;
    passed += other.passed;
    wip += other.wip;
    runs += other.runs;
}

Result<std::optional<ServiceRow>> readService(const QSqlDatabase &db, Id id)
{
    const QString what = Derivation::tr("Reading the service of the value stream");
    auto query = store::runQuery(db, what, u"SELECT name, repository_id FROM services WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    if (!query->next()) {
        if (auto read = finished(*query, what); !read)
            return read.error();
        return std::optional<ServiceRow>();
    }
    return std::optional<ServiceRow>(ServiceRow{query->value(0).toString(), optionalTime(*query, 1)});
}

Result<PullRequestSamples> readPullRequests(const QSqlDatabase &db, const ReadScope &scope)
{
    PullRequestSamples samples;
    if (scope.serviceId && !scope.repositoryId)
        return samples;
    const QString what = Derivation::tr("Reading the pull requests of the value stream");
    // Merged in the period, or open at its end.
    QString sql = u"SELECT created_at, merged_at, closed_at, first_commit_at FROM pull_requests "
                  u"WHERE ((merged_at >= ? AND merged_at < ?) OR (created_at < ? AND (merged_at IS NULL OR "
                  u"merged_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)))"_s;
    QVariantList values{scope.from, scope.to, scope.to, scope.to, scope.to};
    if (scope.repositoryId) {
        sql += u" AND repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();
    while (query->next()) {
        const Timestamp created = query->value(0).toLongLong();
        const OptionalTime merged = optionalTime(*query, 1);
        const OptionalTime closed = optionalTime(*query, 2);
        const OptionalTime firstCommit = optionalTime(*query, 3);
        if (merged && *merged >= scope.from && *merged < scope.to) {
            if (firstCommit && created >= *firstCommit) {
                samples.coding.process.append(created - *firstCommit);
                ++samples.coding.records;
            }
            if (*merged >= created) {
                samples.review.wait.append(*merged - created);
                ++samples.review.records;
            }
        }
        if (created < scope.to && (!merged || *merged >= scope.to) && (!closed || *closed >= scope.to))
            ++samples.review.wip;
    }
    if (auto read = finished(*query, what); !read)
        return read.error();
    return samples;
}

Result<QList<StageRow>> readStages(const QSqlDatabase &db)
{
    const QString what = Derivation::tr("Reading the stages of the value stream");
    auto query = store::runQuery(
        db, what, u"SELECT id, pipeline_id, name, kind, environment_id, position FROM stages ORDER BY position, id"_s);
    if (!query)
        return query.error();
    QList<StageRow> stages;
    while (query->next()) {
        stages.append(StageRow{query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                               query->value(3).toString(), optionalTime(*query, 4), query->value(5).toInt()});
    }
    if (auto read = finished(*query, what); !read)
        return read.error();
    return stages;
}

Result<QList<std::pair<Id, Id>>> readStageEdges(const QSqlDatabase &db, Id pipelineId)
{
    const QString what = Derivation::tr("Reading the stage graph of the value stream");
    auto query = store::runQuery(
        db, what, u"SELECT from_stage_id, to_stage_id FROM stage_edges WHERE pipeline_id = ? ORDER BY id"_s,
        {pipelineId});
    if (!query)
        return query.error();
    QList<std::pair<Id, Id>> edges;
    while (query->next())
        edges.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    if (auto read = finished(*query, what); !read)
        return read.error();
    return edges;
}

Result<QString> readPipelineName(const QSqlDatabase &db, Id pipelineId)
{
    const QString what = Derivation::tr("Reading the pipeline of the value stream");
    auto query = store::runQuery(db, what, u"SELECT name FROM pipelines WHERE id = ?"_s, {pipelineId});
    if (!query)
        return query.error();
    const QString name = query->next() ? query->value(0).toString() : QString();
    if (auto read = finished(*query, what); !read)
        return read.error();
    return name;
}

Result<QHash<Id, qint64>> readRunsPerPipeline(const QSqlDatabase &db, const ReadScope &scope)
{
    const QString what = Derivation::tr("Counting the pipeline runs of the value stream");
    QVariantList values;
    const QString sql = u"SELECT r.pipeline_id, count(*) FROM pipeline_runs r WHERE r.pipeline_id IS NOT NULL AND "_s +
                        runScope(scope, values, false) + u" GROUP BY r.pipeline_id"_s;
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();
    QHash<Id, qint64> runs;
    while (query->next())
        runs.insert(query->value(0).toLongLong(), query->value(1).toLongLong());
    if (auto read = finished(*query, what); !read)
        return read.error();
    return runs;
}

Result<QList<EnvironmentRow>> readEnvironments(const QSqlDatabase &db)
{
    const QString what = Derivation::tr("Reading the environments of the value stream");
    auto query = store::runQuery(db, what, u"SELECT id, name FROM environments ORDER BY position, id"_s);
    if (!query)
        return query.error();
    QList<EnvironmentRow> environments;
    while (query->next())
        environments.append(EnvironmentRow{query->value(0).toLongLong(), query->value(1).toString()});
    if (auto read = finished(*query, what); !read)
        return read.error();
    return environments;
}

} // namespace flowdeck::valuestream::detail
