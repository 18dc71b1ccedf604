// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "store/rows.h"

#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

Reads::Reads(const QSqlDatabase &db, bool twoThreads)
    : m_db(db)
    , m_server(db.driverName() == u"QPSQL"_s)
{
    if (m_server) {
        // Outside a transaction block each statement is a transaction of its own, whose start is the statement's:
        // where the two differ, the caller is inside a transaction, which then is the snapshot (only it sees what it
        // wrote).
        QSqlQuery query(m_db);
        if (query.exec(u"SELECT transaction_timestamp() = statement_timestamp()"_s) && query.next() &&
            query.value(0).toBool()) {
            query.finish();
            m_serverBegan = query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
            m_shareable = m_serverBegan && twoThreads;
        }
        return;
    }
    sqlite3 *caller = store::sqlite::handle(db);
    // Inside the caller's transaction only the caller's connection sees what it wrote; that transaction is the
    // snapshot then.
    if (!caller || !sqlite3_get_autocommit(caller))
        return;
    const char *file = sqlite3_db_filename(caller, "main");
    if (file && *file) {
        // The first read takes the snapshot; reading here finds a file the connection cannot read before anything
        // was read through it.
        const auto open = [&file]() -> std::unique_ptr<metrics::detail::ReadConnection> {
            auto own = std::make_unique<metrics::detail::ReadConnection>(QByteArray(file));
            if (own->handle() && own->begin() &&
                sqlite3_exec(own->handle(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) ==
                    SQLITE_OK)
                return own;
            return nullptr;
        };
        if (auto own = open()) {
            m_own = std::move(own);
            if (twoThreads)
                m_second = open();
            return;
        }
    }
    if (sqlite3_exec(caller, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
        m_began = caller;
}

Reads::~Reads()
{
    if (m_began)
        sqlite3_exec(m_began, "COMMIT", nullptr, nullptr, nullptr);
    if (m_serverBegan) {
        // After a failed read the transaction is aborted, and COMMIT rolls it back: nothing was written either way.
        QSqlQuery query(m_db);
        query.exec(u"COMMIT"_s);
    }
}

std::optional<ServerSnapshot> Reads::exportSnapshot() const
{
    if (!m_shareable)
        return std::nullopt;
    // A standby cannot export one; asking would abort the transaction.
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT CASE WHEN pg_is_in_recovery() THEN NULL ELSE pg_export_snapshot() END"_s) ||
        !query.next() || query.isNull(0))
        return std::nullopt;
    const QString id = query.value(0).toString();
    // Its id goes into SQL as a literal: only the hexadecimal digits and dashes PostgreSQL writes are taken.
    const auto taken = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'F') || (c >= u'a' && c <= u'f') || c == u'-';
    };
    if (id.isEmpty() || !std::all_of(id.cbegin(), id.cend(), taken))
        return std::nullopt;
    return ServerSnapshot{m_db.driverName(), m_db.hostName(), m_db.port(),           m_db.databaseName(),
                          m_db.userName(),   m_db.password(), m_db.connectOptions(), id};
}

SnapshotConnection::SnapshotConnection(const ServerSnapshot &snapshot)
{
    static std::atomic<quint64> connections = 0;
    m_name = u"flowdeck-derivation-snapshot-%1"_s.arg(++connections);
    m_db = QSqlDatabase::addDatabase(snapshot.driver, m_name);
    m_db.setHostName(snapshot.host);
    m_db.setPort(snapshot.port);
    m_db.setDatabaseName(snapshot.database);
    m_db.setUserName(snapshot.user);
    m_db.setPassword(snapshot.password);
    m_db.setConnectOptions(snapshot.options);
    if (!m_db.open())
        return;
    QSqlQuery query(m_db);
    m_ready = query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s) &&
              query.exec(u"SET TRANSACTION SNAPSHOT '%1'"_s.arg(snapshot.id));
}

SnapshotConnection::~SnapshotConnection()
{
    if (m_db.isOpen()) {
        QSqlQuery(m_db).exec(u"COMMIT"_s);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString Reads::inSqliteOrder(QString sql, QStringView order) const
{
    if (m_server)
        sql += u" ORDER BY "_s + order;
    return sql;
}

metrics::detail::RowReader Reads::reader(const QString &what) const
{
    if (m_own)
        return metrics::detail::RowReader(m_own->handle(), what);
    return metrics::detail::RowReader(m_db, what);
}

metrics::detail::RowReader Reads::secondReader(const QString &what) const
{
    return metrics::detail::RowReader(m_second->handle(), what);
}

Result<void> run(metrics::detail::RowReader &reader, const QString &sql, const QVariantList &values)
{
    return reader.run(sql.toUtf8().constData(), values);
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

QString runService(const ReadScope &scope, QVariantList &values)
{
    if (!scope.serviceId)
        return {};
    values << *scope.serviceId << *scope.serviceId;
    return u"(r.service_id = ? OR r.pipeline_id IN (SELECT p.id FROM pipelines p WHERE p.service_id = ?))"_s;
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

Result<std::optional<ServiceRow>> readService(const Reads &reads, Id id)
{
    auto reader = reads.reader(Derivation::tr("Reading the service of the value stream"));
    if (auto ran = run(reader, u"SELECT name, repository_id FROM services WHERE id = ?"_s, {id}); !ran)
        return ran.error();
    std::optional<ServiceRow> service;
    if (reader.next())
        service = ServiceRow{reader.text(0), reader.optionalInteger(1)};
    if (auto read = reader.status(); !read)
        return read.error();
    return service;
}

Result<PullRequestSamples> readPullRequests(const Reads &reads, const ReadScope &scope)
{
    PullRequestSamples samples;
    if (scope.serviceId && !scope.repositoryId)
        return samples;
    auto reader = reads.reader(Derivation::tr("Reading the pull requests of the value stream"));
    // Merged in the period, or open at its end.
    QString sql = u"SELECT created_at, merged_at, closed_at, first_commit_at FROM pull_requests "
                  u"WHERE ((merged_at >= ? AND merged_at < ?) OR (created_at < ? AND (merged_at IS NULL OR "
                  u"merged_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)))"_s;
    QVariantList values{scope.from, scope.to, scope.to, scope.to, scope.to};
    if (scope.repositoryId) {
        sql += u" AND repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    if (auto ran = run(reader, reads.inSqliteOrder(sql, u"id"), values); !ran)
        return ran.error();
    while (reader.next()) {
        const Timestamp created = reader.integer(0);
        const OptionalTime merged = reader.optionalInteger(1);
        const OptionalTime closed = reader.optionalInteger(2);
        const OptionalTime firstCommit = reader.optionalInteger(3);
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
    if (auto read = reader.status(); !read)
        return read.error();
    return samples;
}

Result<QList<StageRow>> readStages(const Reads &reads)
{
    auto reader = reads.reader(Derivation::tr("Reading the stages of the value stream"));
    if (auto ran =
            run(reader,
                u"SELECT id, pipeline_id, name, kind, environment_id, position FROM stages ORDER BY position, id"_s);
        !ran)
        return ran.error();
    QList<StageRow> stages;
    while (reader.next()) {
        stages.append(StageRow{reader.integer(0), reader.integer(1), reader.text(2), reader.text(3),
                               reader.optionalInteger(4), int(reader.integer(5))});
    }
    if (auto read = reader.status(); !read)
        return read.error();
    return stages;
}

Result<QList<std::pair<Id, Id>>> readStageEdges(const Reads &reads, Id pipelineId)
{
    auto reader = reads.reader(Derivation::tr("Reading the stage graph of the value stream"));
    if (auto ran =
            run(reader, u"SELECT from_stage_id, to_stage_id FROM stage_edges WHERE pipeline_id = ? ORDER BY id"_s,
                {pipelineId});
        !ran)
        return ran.error();
    QList<std::pair<Id, Id>> edges;
    while (reader.next())
        edges.append({reader.integer(0), reader.integer(1)});
    if (auto read = reader.status(); !read)
        return read.error();
    return edges;
}

Result<QString> readPipelineName(const Reads &reads, Id pipelineId)
{
    auto reader = reads.reader(Derivation::tr("Reading the pipeline of the value stream"));
    if (auto ran = run(reader, u"SELECT name FROM pipelines WHERE id = ?"_s, {pipelineId}); !ran)
        return ran.error();
    const QString name = reader.next() ? reader.text(0) : QString();
    if (auto read = reader.status(); !read)
        return read.error();
    return name;
}

Result<QList<EnvironmentRow>> readEnvironments(const Reads &reads)
{
    auto reader = reads.reader(Derivation::tr("Reading the environments of the value stream"));
    if (auto ran = run(reader, u"SELECT id, name FROM environments ORDER BY position, id"_s); !ran)
        return ran.error();
    QList<EnvironmentRow> environments;
    while (reader.next())
        environments.append(EnvironmentRow{reader.integer(0), reader.text(1)});
    if (auto read = reader.status(); !read)
        return read.error();
    return environments;
}

} // namespace flowdeck::valuestream::detail
