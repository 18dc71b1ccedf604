// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "store/query.h"
#include "store/workspace.h"

#include <QSqlError>

#include <algorithm>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

/// A failure met while stepping through the rows of `query`, if any.
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

/// `sql` with "?, ?, ..." for the ids, which are appended to `values`.
QString placeholders(const QList<Id> &ids, QVariantList &values)
{
    QString text;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        text += i == 0 ? u"?"_s : u", ?"_s;
        values.append(ids[i]);
    }
    return text;
}

/// The condition on a run `r` of the scope: created in the period (started, when its creation is unknown) and of
/// the service or of one of its pipelines. `unindexed` keeps SQLite from reading the runs by their creation, so
/// that it reads them in id order, which an ORDER BY r.id then gets for free.
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

/// Finds the entry of a stage by its id: through a table over the range of ids where they lie close together (as
/// SQLite hands them out), else through a hash.
class StageIndex
{
public:
    explicit StageIndex(const QList<StageRow> &stages)
    {
        if (stages.isEmpty())
            return;
        const auto [low, high] = std::minmax_element(stages.cbegin(), stages.cend(),
                                                     [](const StageRow &a, const StageRow &b) { return a.id < b.id; });
        m_min = low->id;
        if (high->id - low->id < 4 * stages.size() + 4096) {
            m_dense.assign(std::size_t(high->id - low->id + 1), -1);
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_dense[std::size_t(stages[i].id - m_min)] = int(i);
        } else {
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_hash.insert(stages[i].id, int(i));
        }
    }

    /// The entry's index, or -1 for an unknown stage.
    int of(Id id) const
    {
        if (m_dense.empty())
            return m_hash.value(id, -1);
        const Id offset = id - m_min;
        return offset >= 0 && offset < Id(m_dense.size()) ? m_dense[std::size_t(offset)] : -1;
    }

private:
    Id m_min = 0;
    std::vector<int> m_dense;
    QHash<Id, int> m_hash;
};

/// Job status as the scan reads it (see the CASE of the query).
enum JobEnd
{
    Open = 0,
    Succeeded = 1,
    Failed = 2,
    Abandoned = 3, // canceled or skipped
};

enum RunStageFlag : quint8
{
    Seen = 1,
    Judged = 2,
    FirstAttemptFailed = 4,
};

} // namespace

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

Result<std::vector<Samples>> readStageSamples(const QSqlDatabase &db, const ReadScope &scope,
                                              const QList<StageRow> &stages, const TaskControl &control)
{
    std::vector<Samples> samples(static_cast<std::size_t>(stages.size()));
    if (stages.isEmpty())
        return samples;
    const QString what = Derivation::tr("Reading the jobs of the value stream");
    // The runs drive the join (CROSS JOIN fixes the order on SQLite), so that each run's jobs come together and
    // its first attempts can be judged when the next run begins.
    QVariantList values;
    const QString sql =
        u"SELECT r.id, j.stage_id, j.attempt, CASE j.status WHEN 'succeeded' THEN 1 WHEN 'failed' THEN 2 "
        u"WHEN 'canceled' THEN 3 WHEN 'skipped' THEN 3 ELSE 0 END, j.queued_at, j.started_at, j.finished_at "
        u"FROM pipeline_runs r CROSS JOIN jobs j WHERE j.run_id = r.id AND j.stage_id IS NOT NULL AND "_s +
        runScope(scope, values, true) + u" ORDER BY r.id"_s;
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();

    const StageIndex index(stages);
    std::vector<quint8> runFlags(std::size_t(stages.size()), 0);
    std::vector<int> touched;
    const auto endRun = [&] {
        for (const int stage : touched) {
            Samples &entry = samples[std::size_t(stage)];
            const quint8 flags = runFlags[std::size_t(stage)];
            ++entry.runs;
            if (flags & Judged) {
                ++entry.judged;
                entry.passed += (flags & FirstAttemptFailed) ? 0 : 1;
            }
            runFlags[std::size_t(stage)] = 0;
        }
        touched.clear();
    };

    Id run = 0;
    qint64 rows = 0;
    while (query->next()) {
        if ((++rows & 0xffff) == 0 && control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        const Id runId = query->value(0).toLongLong();
        if (runId != run) {
            endRun();
            run = runId;
        }
        const int stage = index.of(query->value(1).toLongLong());
        if (stage < 0)
            continue;
        const int attempt = query->value(2).toInt();
        const int end = query->value(3).toInt();
        const OptionalTime queued = optionalTime(*query, 4);
        const OptionalTime started = optionalTime(*query, 5);
        const OptionalTime ended = optionalTime(*query, 6);
        Samples &entry = samples[std::size_t(stage)];
        bool counted = false;
        if (queued && started && *started >= *queued) {
            entry.wait.append(*started - *queued);
            counted = true;
        }
        if (started && ended && *ended >= *started) {
            entry.process.append(*ended - *started);
            counted = true;
        }
        quint8 &flags = runFlags[std::size_t(stage)];
        if (!(flags & Seen)) {
            flags |= Seen;
            touched.push_back(stage);
        }
        if (attempt == 1 && (end == Succeeded || end == Failed)) {
            flags |= Judged | (end == Failed ? FirstAttemptFailed : 0);
            counted = true;
        }
        entry.records += counted ? 1 : 0;
        // Waiting at the period's end: queued before it and neither started nor ended by then. A job that ended
        // without either time (skipped, canceled) left the queue at a moment nobody knows, so it is not counted.
        const bool leftUnknown = !started && !ended && end != Open;
        if (queued && *queued < scope.to && (!started || *started >= scope.to) && (!ended || *ended >= scope.to) &&
            !leftUnknown)
            ++entry.wip;
    }
    endRun();
    if (auto read = finished(*query, what); !read)
        return read.error();
    return samples;
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

namespace {

struct PromotionRow
{
    int environment = 0;
    Id serviceId = 0;
    int end = Open;
    Timestamp started = 0;
    OptionalTime ended;
    QString oid;
    QString version;
};

/// What identifies a version in one environment of one service: its commit ("c") or its version string ("v").
QString arrivalKey(Id service, Id environment, QChar kind, const QString &value)
{
    return QString::number(service) + u'/' + QString::number(environment) + u'/' + kind + value;
}

} // namespace

Result<std::vector<Samples>> readPromotionSamples(const QSqlDatabase &db, const ReadScope &scope,
                                                  const QList<EnvironmentRow> &environments,
                                                  const std::vector<bool> &promoted)
{
    std::vector<Samples> samples(static_cast<std::size_t>(environments.size()));
    QList<Id> targets;
    QHash<Id, int> position;
    for (qsizetype e = 0; e < environments.size(); ++e) {
        position.insert(environments[e].id, int(e));
        if (promoted[std::size_t(e)])
            targets.append(environments[e].id);
    }
    if (targets.isEmpty())
        return samples;

    const QString what = Derivation::tr("Reading the deployments of the value stream");
    QVariantList values{scope.from, scope.to};
    QString sql = u"SELECT environment_id, service_id, CASE status WHEN 'succeeded' THEN 1 WHEN 'failed' THEN 2 "
                  u"ELSE 0 END, started_at, finished_at, commit_oid, version FROM deployments "
                  u"WHERE started_at >= ? AND started_at < ? AND environment_id IN ("_s +
                  placeholders(targets, values) + u')';
    if (scope.serviceId) {
        sql += u" AND service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();
    QList<PromotionRow> rows;
    QList<Id> sources; // the environments before the targets that saw a deployment
    while (query->next()) {
        PromotionRow row;
        row.environment = position.value(query->value(0).toLongLong());
        row.serviceId = query->value(1).toLongLong();
        row.end = query->value(2).toInt();
        row.started = query->value(3).toLongLong();
        row.ended = optionalTime(*query, 4);
        row.oid = query->value(5).toString().trimmed().toLower();
        row.version = query->value(6).toString();
        if (row.environment > 0 && !sources.contains(environments[row.environment - 1].id))
            sources.append(environments[row.environment - 1].id);
        rows.append(row);
    }
    if (auto read = finished(*query, what); !read)
        return read.error();

    // When each version first arrived in the environments before: its first successful deployment there.
    QHash<QString, Timestamp> arrivals;
    if (!sources.isEmpty()) {
        const QString arrivalsWhat = Derivation::tr("Reading the arrivals in the environments of the value stream");
        QVariantList arrivalValues{scope.to};
        QString arrivalSql = u"SELECT environment_id, service_id, finished_at, commit_oid, version FROM deployments "
                             u"WHERE status = 'succeeded' AND finished_at < ? AND environment_id IN ("_s +
                             placeholders(sources, arrivalValues) + u')';
        if (scope.serviceId) {
            arrivalSql += u" AND service_id = ?"_s;
            arrivalValues.append(*scope.serviceId);
        }
        auto arrived = store::runQuery(db, arrivalsWhat, arrivalSql, arrivalValues);
        if (!arrived)
            return arrived.error();
        const auto remember = [&arrivals](const QString &key, Timestamp at) {
            auto it = arrivals.find(key);
            if (it == arrivals.end())
                arrivals.insert(key, at);
            else if (at < *it)
                *it = at;
        };
        while (arrived->next()) {
            const Id environment = arrived->value(0).toLongLong();
            const Id service = arrived->value(1).toLongLong();
            const Timestamp at = arrived->value(2).toLongLong();
            const QString oid = arrived->value(3).toString().trimmed().toLower();
            if (!oid.isEmpty())
                remember(arrivalKey(service, environment, u'c', oid), at);
            const QString version = arrived->value(4).toString();
            if (!version.isEmpty())
                remember(arrivalKey(service, environment, u'v', version), at);
        }
        if (auto read = finished(*arrived, arrivalsWhat); !read)
            return read.error();
    }

    for (const PromotionRow &row : std::as_const(rows)) {
        Samples &entry = samples[std::size_t(row.environment)];
        bool counted = false;
        if (row.environment > 0) {
            const Id before = environments[row.environment - 1].id;
            // The same commit first, else the same version string; the arrival must come before this start.
            OptionalTime arrival;
            for (const auto &[kind, value] : {std::pair(u'c', row.oid), std::pair(u'v', row.version)}) {
                if (value.isEmpty())
                    continue;
                const auto it = arrivals.constFind(arrivalKey(row.serviceId, before, QChar(kind), value));
                if (it != arrivals.cend() && *it <= row.started) {
                    arrival = *it;
                    break;
                }
            }
            if (arrival) {
                entry.wait.append(row.started - *arrival);
                counted = true;
            }
        }
        if (row.end == Succeeded && row.ended && *row.ended >= row.started) {
            entry.process.append(*row.ended - row.started);
            counted = true;
        }
        if (row.end == Succeeded || row.end == Failed) {
            ++entry.judged;
            entry.passed += row.end == Succeeded ? 1 : 0;
            counted = true;
        }
        entry.records += counted ? 1 : 0;
    }
    return samples;
}

} // namespace flowdeck::valuestream::detail
