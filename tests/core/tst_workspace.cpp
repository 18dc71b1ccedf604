// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresqltesting.h"
#include "store/migrations.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <list>
#include <memory>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A plain SQLite connection that bypasses Workspace, to prepare files the way other programs would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(u"raw-"_s + path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        return query.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    QString m_name;
};

template<typename T>
Id insertRow(const Workspace &workspace, const T &row)
{
    Id id = -1;
    auto done = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        TableWriter<T> writer(db);
        auto inserted = writer.insert(row);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        qWarning() << "insert into" << tableName<T>() << "failed:" << done.errorMessage();
    return id;
}

// Stores `row`, reads it back and compares every member.
template<typename T>
bool roundTrips(const Workspace &workspace, T row)
{
    const Id id = insertRow(workspace, row);
    if (id < 0)
        return false;
    if constexpr (HasIdColumn<T>)
        row.*(Table<T>::id) = id;
    auto rows = loadRows<T>(workspace.connection());
    if (!rows) {
        qWarning() << rows.errorMessage();
        return false;
    }
    if (!rows->contains(row)) {
        qWarning() << tableName<T>() << "did not read back what was written";
        return false;
    }
    return true;
}

template<typename T>
QStringList schemaColumns(const Workspace &workspace)
{
    QSqlQuery query(workspace.connection());
    if (workspace.engine() == Workspace::Engine::PostgreSql) {
        query.exec(u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND "
                   "table_name = '%1' ORDER BY ordinal_position"_s.arg(tableName<T>()));
        QStringList columns;
        while (query.next())
            columns.append(query.value(0).toString());
        return columns;
    }
    query.exec(u"PRAGMA table_info(%1)"_s.arg(tableName<T>()));
    QStringList columns;
    while (query.next())
        columns.append(query.value(1).toString());
    return columns;
}

template<typename T>
QStringList mappedColumns()
{
    QStringList columns = columnNames<T>();
    if constexpr (HasIdColumn<T>)
        columns.prepend(u"id"_s);
    return columns;
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::list<std::unique_ptr<testing::PostgreSqlTestDatabase>> m_databases;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A new workspace on the engine of the test's data row: a file, or a database of its own on the test server.
    Result<std::shared_ptr<Workspace>> newWorkspace(const QString &name)
    {
        QFETCH(QString, engine);
        if (engine == u"sqlite"_s)
            return Workspace::create(path(name + u".flowdeck"_s));
        const auto &database = m_databases.emplace_back(std::make_unique<testing::PostgreSqlTestDatabase>(name));
        if (!database->isReady())
            return Error{database->error()};
        return Workspace::create(database->address(), database->options());
    }

    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << u"sqlite"_s;
        QTest::newRow("postgresql") << u"postgresql"_s;
    }

private Q_SLOTS:
    void createsANewWorkspace()
    {
        const QString file = path(u"new.flowdeck"_s);
        auto workspace = Workspace::create(file);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QCOMPARE((*workspace)->schemaVersion(), currentSchemaVersion());
        QVERIFY(!(*workspace)->isReadOnly());
        QCOMPARE((*workspace)->displayName(), u"new"_s);
        QSqlQuery query((*workspace)->connection());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), Workspace::applicationId);
        QVERIFY(!(*workspace)->setting(u"workspace.created_at"_s).isEmpty());
        query.finish();
        workspace->reset();

        // The header says what it is, so other tools (file(1), sqlite3) can tell too.
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(16).startsWith("SQLite format 3"));
    }

    void refusesToCreateOverAnExistingFile()
    {
        const QString file = path(u"exists.txt"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("precious");
        out.close();
        auto workspace = Workspace::create(file);
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"already exists"_s));
        QCOMPARE(fileDigest(file), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    }

    void migrationsAreNumberedWithoutGaps()
    {
        for (SqlDialect dialect : {SqlDialect::Sqlite, SqlDialect::PostgreSql}) {
            const QList<Migration> all = migrations(dialect);
            QVERIFY(!all.isEmpty());
            for (int i = 0; i < all.size(); ++i) {
                QCOMPARE(all[i].version, i + 1);
                QVERIFY(!all[i].statements.isEmpty());
            }
            QCOMPARE(all.constLast().version, currentSchemaVersion());
        }
        const QList<Migration> postgresMigrations = migrations(SqlDialect::PostgreSql);
        const QStringList postgres = postgresMigrations.constFirst().statements;
        QVERIFY(postgres.join(u' ').contains(u"GENERATED BY DEFAULT AS IDENTITY"_s));
        QVERIFY(!postgres.join(u' ').contains(u"{ID}"_s));
    }

    // A workspace written by an earlier version (here: only the first migration applied) is upgraded in place
    // when opened, keeping its data.
    void upgradesAnOlderWorkspace()
    {
        const QString file = path(u"version1.flowdeck"_s);
        {
            RawSqlite raw(file);
            QVERIFY(raw.exec(u"PRAGMA application_id = %1"_s.arg(Workspace::applicationId)));
            QVERIFY(raw.exec(u"PRAGMA journal_mode = WAL"_s));
            const QList<Migration> all = migrations(SqlDialect::Sqlite);
            for (const QString &statement : all.constFirst().statements)
                QVERIFY2(raw.exec(statement), qPrintable(statement));
            QVERIFY(raw.exec(u"PRAGMA user_version = 1"_s));
            QVERIFY(raw.exec(u"INSERT INTO services (name) VALUES ('legacy')"_s));
        }
        QVERIFY(currentSchemaVersion() > 1);
        {
            QFile::setPermissions(file, QFile::ReadOwner);
            auto readOnly = Workspace::open(file);
            QVERIFY(!readOnly);
            QVERIFY(readOnly.errorMessage().contains(u"older workspace format"_s));
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        }
        auto workspace = Workspace::open(file);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QCOMPARE((*workspace)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(loadRows<Service>((*workspace)->connection())->constFirst().name, u"legacy"_s);
        QCOMPARE(schemaColumns<CommitFile>(**workspace), mappedColumns<CommitFile>());
        QCOMPARE(schemaColumns<ValueStreamStep>(**workspace), mappedColumns<ValueStreamStep>());
        workspace->reset();
        RawSqlite raw(file);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), currentSchemaVersion());
        QCOMPARE(raw.scalar(u"SELECT sql FROM sqlite_schema WHERE name = 'jobs_stage'"_s).toString(),
                 u"CREATE INDEX jobs_stage ON jobs (stage_id) WHERE stage_id IS NOT NULL"_s);
    }

    // Since version 8 the stage index of jobs holds only jobs with a stage, and the look-up of a stage's jobs (as
    // the stage statistics and the foreign key's ON DELETE SET NULL make it) still goes through it.
    void jobsOfAStageAreIndexed_data() { engines(); }
    void jobsOfAStageAreIndexed()
    {
        auto workspace = newWorkspace(u"stageindex"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QSqlQuery query((*workspace)->connection());
        QStringList plan;
        if ((*workspace)->engine() == Workspace::Engine::PostgreSql) {
            QVERIFY(query.exec(u"SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND "
                               "indexname = 'jobs_stage'"_s));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toString().endsWith(u"WHERE (stage_id IS NOT NULL)"_s),
                     qPrintable(query.value(0).toString()));
            // An empty table is read whole unless that is ruled out: what counts is that the index can serve.
            QVERIFY(query.exec(u"SET enable_seqscan = off"_s));
            QVERIFY(query.exec(u"EXPLAIN SELECT id FROM jobs WHERE stage_id = 5"_s));
        } else {
            QVERIFY(query.exec(u"SELECT sql FROM sqlite_schema WHERE name = 'jobs_stage'"_s));
            QVERIFY(query.next());
            QVERIFY2(query.value(0).toString().endsWith(u"WHERE stage_id IS NOT NULL"_s),
                     qPrintable(query.value(0).toString()));
            QVERIFY(query.exec(u"EXPLAIN QUERY PLAN SELECT id FROM jobs WHERE stage_id = 5"_s));
        }
        while (query.next())
            plan.append(query.value(query.record().count() - 1).toString());
        QVERIFY2(plan.join(u' ').contains(u"jobs_stage"_s), qPrintable(plan.join(u'\n')));
    }

    void cleanupTestCase() { m_databases.clear(); }

    void mappingMatchesTheMigratedSchema_data() { engines(); }
    void mappingMatchesTheMigratedSchema()
    {
        auto workspace = newWorkspace(u"schema"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QCOMPARE(schemaColumns<Setting>(ws), mappedColumns<Setting>());
        QCOMPARE(schemaColumns<Repository>(ws), mappedColumns<Repository>());
        QCOMPARE(schemaColumns<Commit>(ws), mappedColumns<Commit>());
        QCOMPARE(schemaColumns<CommitParent>(ws), mappedColumns<CommitParent>());
        QCOMPARE(schemaColumns<CommitFile>(ws), mappedColumns<CommitFile>());
        QCOMPARE(schemaColumns<Tag>(ws), mappedColumns<Tag>());
        QCOMPARE(schemaColumns<Branch>(ws), mappedColumns<Branch>());
        QCOMPARE(schemaColumns<PullRequest>(ws), mappedColumns<PullRequest>());
        QCOMPARE(schemaColumns<Service>(ws), mappedColumns<Service>());
        QCOMPARE(schemaColumns<Environment>(ws), mappedColumns<Environment>());
        QCOMPARE(schemaColumns<EnvironmentEdge>(ws), mappedColumns<EnvironmentEdge>());
        QCOMPARE(schemaColumns<Pipeline>(ws), mappedColumns<Pipeline>());
        QCOMPARE(schemaColumns<Stage>(ws), mappedColumns<Stage>());
        QCOMPARE(schemaColumns<StageEdge>(ws), mappedColumns<StageEdge>());
        QCOMPARE(schemaColumns<PipelineRun>(ws), mappedColumns<PipelineRun>());
        QCOMPARE(schemaColumns<Job>(ws), mappedColumns<Job>());
        QCOMPARE(schemaColumns<Deployment>(ws), mappedColumns<Deployment>());
        QCOMPARE(schemaColumns<DeploymentCommit>(ws), mappedColumns<DeploymentCommit>());
        QCOMPARE(schemaColumns<Incident>(ws), mappedColumns<Incident>());
        QCOMPARE(schemaColumns<ValueStream>(ws), mappedColumns<ValueStream>());
        QCOMPARE(schemaColumns<ValueStreamStep>(ws), mappedColumns<ValueStreamStep>());
        QCOMPARE(schemaColumns<ValueStreamStepEdge>(ws), mappedColumns<ValueStreamStepEdge>());
        QCOMPARE(schemaColumns<Backend>(ws), mappedColumns<Backend>());
        QCOMPARE(schemaColumns<Release>(ws), mappedColumns<Release>());
        QCOMPARE(schemaColumns<ReleaseItem>(ws), mappedColumns<ReleaseItem>());
        QCOMPARE(schemaColumns<ReleaseTask>(ws), mappedColumns<ReleaseTask>());
        QCOMPARE(schemaColumns<ReleaseTaskEdge>(ws), mappedColumns<ReleaseTaskEdge>());
        QCOMPARE(schemaColumns<AuditEntry>(ws), mappedColumns<AuditEntry>());
        QCOMPARE(schemaColumns<ReleaseApproval>(ws), mappedColumns<ReleaseApproval>());
        QCOMPARE(schemaColumns<ReleaseTaskOutput>(ws), mappedColumns<ReleaseTaskOutput>());
        QCOMPARE(schemaColumns<DeploymentWindow>(ws), mappedColumns<DeploymentWindow>());
        QCOMPARE(schemaColumns<ReleaseLock>(ws), mappedColumns<ReleaseLock>());
        QCOMPARE(schemaColumns<JobStep>(ws), mappedColumns<JobStep>());
        QCOMPARE(schemaColumns<JobStepList>(ws), mappedColumns<JobStepList>());
        QCOMPARE(schemaColumns<StageMapping>(ws), mappedColumns<StageMapping>());
        QCOMPARE(schemaColumns<DeploymentStatus>(ws), mappedColumns<DeploymentStatus>());
        QCOMPARE(schemaColumns<PublishedRelease>(ws), mappedColumns<PublishedRelease>());
        QCOMPARE(schemaColumns<CiSource>(ws), mappedColumns<CiSource>());
        QCOMPARE(schemaColumns<CiSyncCursor>(ws), mappedColumns<CiSyncCursor>());

        // Every table of the schema is mapped: a table added by a migration without a value type fails here. On
        // PostgreSQL flowdeck_workspace says what SQLite's header does.
        QSqlQuery query(ws.connection());
        QVERIFY(query.exec(ws.engine() == Workspace::Engine::Sqlite
                               ? u"SELECT count(*) FROM sqlite_schema WHERE type = 'table'"_s
                               : u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                 "current_schema() AND table_type = 'BASE TABLE' AND table_name <> "
                                 "'flowdeck_workspace'"_s) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 38);
    }

    void everyTableRoundTrips_data() { engines(); }
    void everyTableRoundTrips()
    {
        auto workspace = newWorkspace(u"roundtrip"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        const Timestamp t0 = 1'700'000'000'123;

        QVERIFY(roundTrips(ws, Setting{u"scope.period"_s, u"last-90-days"_s}));
        const Repository repo{0,
                              u"storefront"_s,
                              u"file:///srv/git/storefront.git"_s,
                              u"/home/ana/storefront"_s,
                              u"main"_s,
                              u"refs/heads/*\nrefs/tags/v*"_s,
                              t0};
        QVERIFY(roundTrips(ws, repo));
        const Id repoId = loadRows<Repository>(ws.connection())->constFirst().id;
        const Commit commit{0,
                            repoId,
                            u"3f2a9c0d1e4b5a6978877665544332211aabbccd"_s,
                            u"Zoë Ämsel"_s,
                            u"zoe@petech.example"_s,
                            t0,
                            60,
                            u"CI Bot"_s,
                            u"ci@petech.example"_s,
                            t0 + 5000,
                            -300,
                            u"Fix basket rounding"_s,
                            u"Fix basket rounding\n\nRound half to even, as finance asked."_s,
                            false,
                            3,
                            41,
                            7,
                            true};
        QVERIFY(roundTrips(ws, commit));
        Commit merge = commit;
        merge.oid = u"aaaa9c0d1e4b5a6978877665544332211aabbccd"_s;
        merge.isMerge = true;
        merge.filesChanged.reset();
        merge.insertions.reset();
        merge.deletions.reset();
        merge.reachable = false;
        QVERIFY(roundTrips(ws, merge));
        const Id commitId = loadRows<Commit>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, CommitParent{commitId, 0, u"0000000000000000000000000000000000000001"_s}));
        QVERIFY(roundTrips(ws, CommitFile{commitId, 0, u"src/basket.cpp"_s, u"src/cart.cpp"_s, 40, 6}));
        QVERIFY(roundTrips(ws, CommitFile{commitId, 1, u"img/logo.png"_s, {}, {}, {}}));
        QVERIFY(roundTrips(ws, Tag{0, repoId, u"v1.2.0"_s, commit.oid, true, u"Release Bot"_s,
                                   u"release@petech.example"_s, t0, u"Release 1.2.0"_s}));
        QVERIFY(roundTrips(ws, Tag{0, repoId, u"light"_s, commit.oid, false, {}, {}, {}, {}}));
        QVERIFY(roundTrips(ws, Branch{0, repoId, u"main"_s, commit.oid}));
        QVERIFY(roundTrips(ws, PullRequest{0, repoId, 42, u"Basket rounding"_s, u"zoe"_s, u"fix/rounding"_s, u"main"_s,
                                           t0, t0 + 1000, t0 + 1000, commit.oid, t0 - 1000, u"github"_s,
                                           u"petech/storefront#42"_s, u"https://example.test/42"_s}));
        QVERIFY(roundTrips(ws, Service{0, u"storefront-web"_s, u"The shop"_s, repoId}));
        const Id serviceId = loadRows<Service>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 2}));
        QVERIFY(roundTrips(ws, Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 3}));
        const auto envs = *loadRows<Environment>(ws.connection());
        QVERIFY(roundTrips(ws, EnvironmentEdge{0, envs[0].id, envs[1].id}));
        const Pipeline pipeline{0, u"CI"_s, serviceId, u"github"_s, u"1234"_s, u"github"_s, u"on: push"_s, 3, t0};
        QVERIFY(roundTrips(ws, pipeline));
        const Id pipelineId = loadRows<Pipeline>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, Stage{0, pipelineId, u"build"_s, QString::fromLatin1(StageKind::Build), {}, 0}));
        QVERIFY(
            roundTrips(ws, Stage{0, pipelineId, u"deploy"_s, QString::fromLatin1(StageKind::Deploy), envs[1].id, 1}));
        const auto stages = *loadRows<Stage>(ws.connection());
        QVERIFY(roundTrips(ws, StageEdge{0, pipelineId, stages[0].id, stages[1].id}));
        QVERIFY(roundTrips(ws, PipelineRun{0, pipelineId, serviceId, u"github"_s, u"run-1"_s, 17, commit.oid, u"main"_s,
                                           u"push"_s, QString::fromLatin1(Status::Succeeded), t0, t0 + 1, t0 + 2,
                                           u"https://example.test/run/1"_s, u"CI"_s, 2}));
        QVERIFY(roundTrips(ws, PipelineRun{0,
                                           {},
                                           {},
                                           u"jenkins"_s,
                                           u"run-2"_s,
                                           {},
                                           {},
                                           {},
                                           {},
                                           QString::fromLatin1(Status::Queued),
                                           {},
                                           {},
                                           {},
                                           {},
                                           {},
                                           1}));
        const Id runId = loadRows<PipelineRun>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, Job{0,
                                   runId,
                                   stages[0].id,
                                   u"build"_s,
                                   u"github"_s,
                                   u"job-1"_s,
                                   QString::fromLatin1(Status::Failed),
                                   2,
                                   t0,
                                   t0 + 10,
                                   t0 + 20,
                                   u"ubuntu-22.04"_s,
                                   u"https://example.test/job/1"_s,
                                   {},
                                   {}}));
        Job pausedJob;
        pausedJob.runId = runId;
        pausedJob.name = u"approve"_s;
        pausedJob.source = u"jenkins"_s;
        pausedJob.externalId = u"job-2"_s;
        pausedJob.status = QString::fromLatin1(Status::Succeeded);
        pausedJob.groupName = u"Approve"_s;
        pausedJob.pausedMs = 90'000;
        QVERIFY(roundTrips(ws, pausedJob));
        const Id jobId = loadRows<Job>(ws.connection())->constFirst().id;
        // Steps are written a job's list at a time and read a step at a time through the view job_steps.
        QVERIFY(roundTrips(ws, JobStepList{jobId, u"[[1,\"Set up job\",\"succeeded\",%1,%2],[2,\"Run tests\","
                                                  u"\"running\",%2,null]]"_s.arg(t0)
                                                      .arg(t0 + 5)}));
        QCOMPARE(*loadRows<JobStep>(ws.connection(), {}, {}, u"position"_s),
                 (QList<JobStep>{JobStep{jobId, 1, u"Set up job"_s, QString::fromLatin1(Status::Succeeded), t0, t0 + 5},
                                 JobStep{jobId, 2, u"Run tests"_s, QString::fromLatin1(Status::Running), t0 + 5, {}}}));
        QVERIFY(roundTrips(ws, StageMapping{pipelineId, u"build (ubuntu, 3.12)"_s, stages[0].id}));
        QVERIFY(roundTrips(ws, StageMapping{pipelineId, u"lint"_s, {}}));
        QVERIFY(roundTrips(ws, Backend{0, u"shell"_s, u"process"_s, u"{\"program\":\"deploy.sh\"}"_s, false}));
        const Id backendId = loadRows<Backend>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, Release{0,
                                       u"2026.11"_s,
                                       u"2026.11.0"_s,
                                       u"November"_s,
                                       false,
                                       {},
                                       u"planned"_s,
                                       t0,
                                       t0 + 3600000,
                                       {},
                                       {},
                                       2,
                                       t0}));
        const Id releaseId = loadRows<Release>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, ReleaseItem{0, releaseId, serviceId, u"4.2.0"_s}));
        const ReleaseTask deployTask{0,
                                     releaseId,
                                     u"deploy storefront"_s,
                                     u"deploy"_s,
                                     u"running"_s,
                                     serviceId,
                                     envs[1].id,
                                     u"4.2.0"_s,
                                     backendId,
                                     u"{}"_s,
                                     u"ana"_s,
                                     u"Watch the dashboards"_s,
                                     2,
                                     1,
                                     false,
                                     u"pid:4242"_s,
                                     t0,
                                     {}};
        QVERIFY(roundTrips(ws, deployTask));
        QVERIFY(roundTrips(ws, ReleaseTask{0,
                                           releaseId,
                                           u"approve"_s,
                                           u"approval"_s,
                                           u"planned"_s,
                                           {},
                                           {},
                                           {},
                                           {},
                                           u"{\"approvers\":[\"cab\"]}"_s,
                                           {},
                                           {},
                                           0,
                                           0,
                                           true,
                                           {},
                                           {},
                                           {}}));
        const auto tasks = *loadRows<ReleaseTask>(ws.connection());
        QVERIFY(roundTrips(ws, ReleaseTaskEdge{0, releaseId, tasks[1].id, tasks[0].id}));
        QVERIFY(roundTrips(ws, Deployment{0, serviceId, envs[1].id, u"4.2.0"_s, commit.oid, runId, tasks[0].id,
                                          QString::fromLatin1(Status::Succeeded), t0, t0 + 60000, u"flowdeck"_s,
                                          u"release-1/deploy"_s, u"ana"_s, u"https://example.test/d/1"_s}));
        const Id deploymentId = loadRows<Deployment>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, DeploymentCommit{deploymentId, commitId}));
        QVERIFY(roundTrips(ws, DeploymentStatus{0, deploymentId, QString::fromLatin1(Status::Succeeded), t0 + 60000,
                                                u"github"_s, u"status-1"_s}));
        QVERIFY(
            roundTrips(ws, PublishedRelease{0, u"petech/storefront"_s, u"v4.2.0"_s, u"4.2"_s, u"main"_s, false, true,
                                            t0, t0 + 1, u"github"_s, u"release-1"_s, u"https://example.test/r/1"_s}));
        QVERIFY(roundTrips(
            ws,
            PublishedRelease{
                0, u"petech/storefront"_s, u"v4.3.0"_s, {}, {}, true, false, {}, {}, u"github"_s, u"release-2"_s, {}}));
        QVERIFY(roundTrips(ws, CiSource{0, u"github"_s, u"https://api.github.com"_s, u"petech/storefront"_s, serviceId,
                                        u"incident"_s, t0}));
        QVERIFY(roundTrips(
            ws, CiSource{0, u"jenkins"_s, u"https://ci.example.test"_s, u"job/storefront"_s, {}, u"sev"_s, {}}));
        const Id sourceId = loadRows<CiSource>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(ws, CiSyncCursor{sourceId, u"runs"_s, u"2026-11-01T00:00:00Z"_s, u"W/\"abc\""_s, t0}));
        QVERIFY(roundTrips(ws, CiSyncCursor{sourceId, u"deployments"_s, {}, {}, t0}));
        QVERIFY(roundTrips(ws, Incident{0, serviceId, deploymentId, commit.oid, u"Checkout down"_s, u"SEV1"_s, t0 + 1,
                                        t0 + 7200000, u"github"_s, u"issue-7"_s, u"https://example.test/7"_s}));
        QVERIFY(roundTrips(ws, Incident{0, {}, {}, {}, u"Unlinked"_s, {}, t0, {}, u"csv"_s, u"row-3"_s, {}}));
        QVERIFY(roundTrips(
            ws, ValueStream{
                    0, u"Storefront"_s, serviceId, u"current"_s, {}, t0, t0 + 1, u"p85"_s, u"Workshop 1"_s, 4, t0}));
        const Id streamId = loadRows<ValueStream>(ws.connection())->constFirst().id;
        QVERIFY(roundTrips(
            ws,
            ValueStream{0, u"Storefront future"_s, serviceId, u"future"_s, streamId, {}, {}, u"median"_s, {}, 1, t0}));
        QVERIFY(roundTrips(ws, ValueStreamStep{0, streamId, 0, u"Code review"_s, u"review"_s, 3600000, 86400000, 0.85,
                                               2.5, 7, true, u"From pull requests"_s, u"Pair review\nSmaller PRs"_s,
                                               u"review"_s}));
        QVERIFY(roundTrips(
            ws, ValueStreamStep{0, streamId, 1, u"CAB"_s, u"approval"_s, {}, {}, {}, {}, {}, false, {}, {}, {}}));
        const auto steps = *loadRows<ValueStreamStep>(ws.connection());
        QVERIFY(roundTrips(ws, ValueStreamStepEdge{0, streamId, steps[0].id, steps[1].id}));
        QVERIFY(roundTrips(ws, AuditEntry{0, t0, u"ana"_s, u"deploy"_s, u"release_task"_s, tasks[0].id, u"succeeded"_s,
                                          u"exit code 0"_s}));
    }

    void upsertIsIdempotent_data() { engines(); }
    void upsertIsIdempotent()
    {
        auto workspace = newWorkspace(u"upsert"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        const Id serviceId = insertRow(ws, Service{0, u"payments"_s, {}, {}});
        const Id envId = insertRow(ws, Environment{0, u"production"_s, u"production"_s, 0});
        Deployment deployment{0,    serviceId, envId,       u"1.0"_s,      {}, {}, {}, u"running"_s,
                              1000, {},        u"github"_s, u"deploy-9"_s, {}, {}};
        QList<Id> ids;
        for (const QString &status : {u"running"_s, u"succeeded"_s, u"succeeded"_s}) {
            deployment.status = status;
            QVERIFY(ws.write([&](QSqlDatabase &db) -> Result<void> {
                TableWriter<Deployment> writer(db);
                auto id = writer.upsert(deployment);
                if (!id)
                    return id.error();
                ids.append(*id);
                return {};
            }));
        }
        QCOMPARE(ids[0], ids[1]);
        QCOMPARE(ids[1], ids[2]);
        const auto rows = *loadRows<Deployment>(ws.connection());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].status, u"succeeded"_s);
    }

    void failedWriteStoresNothing_data() { engines(); }
    void failedWriteStoresNothing()
    {
        auto workspace = newWorkspace(u"atomic"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        auto result = ws.write([&](QSqlDatabase &db) -> Result<void> {
            TableWriter<Service> writer(db);
            if (auto first = writer.insert(Service{0, u"one"_s, {}, {}}); !first)
                return first.error();
            // A deployment of a service that does not exist violates a foreign key: the whole write goes.
            TableWriter<Deployment> deployments(db);
            auto bad = deployments.insert(
                Deployment{0, 999, 999, u"1"_s, {}, {}, {}, u"succeeded"_s, {}, {}, u"csv"_s, u"1"_s, {}, {}});
            if (!bad)
                return bad.error();
            return {};
        });
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"deployments"_s));
        QCOMPARE(loadRows<Service>(ws.connection())->size(), 0);
        // The connection is usable again after the rollback (PostgreSQL aborts the whole transaction on an error).
        QVERIFY(insertRow(ws, Service{0, u"two"_s, {}, {}}) > 0);
        const auto services = loadRows<Service>(ws.connection());
        QCOMPARE(services->size(), 1);
        QCOMPARE(services->constFirst().name, u"two"_s);
    }

    void auditLogIsAppendOnly_data() { engines(); }
    void auditLogIsAppendOnly()
    {
        auto workspace = newWorkspace(u"audit"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QVERIFY(insertRow(ws, AuditEntry{0, 1, u"ana"_s, u"approve"_s, u"release"_s, 1, u"ok"_s, {}}) > 0);
        QSqlQuery query(ws.connection());
        QVERIFY(!query.exec(u"UPDATE audit_log SET outcome = 'forged'"_s));
        QVERIFY(query.lastError().text().contains(u"append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QCOMPARE(loadRows<AuditEntry>(ws.connection())->constFirst().outcome, u"ok"_s);
    }

    void reopensAndKeepsData()
    {
        const QString file = path(u"reopen.flowdeck"_s);
        {
            auto workspace = Workspace::create(file);
            QVERIFY(workspace);
            QVERIFY(insertRow(**workspace, Service{0, u"search"_s, u"Product search"_s, {}}) > 0);
        }
        auto reopened = Workspace::open(file);
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE(loadRows<Service>((*reopened)->connection())->constFirst().description, u"Product search"_s);
    }

    void eachThreadHasItsOwnConnection_data() { engines(); }
    void eachThreadHasItsOwnConnection()
    {
        auto workspace = newWorkspace(u"threads"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QVERIFY(insertRow(ws, Service{0, u"a"_s, {}, {}}) > 0);
        QString mainName = ws.connection().connectionName();
        QString workerName;
        int workerCount = -1;
        QThread *thread = QThread::create([&] {
            QSqlDatabase db = ws.connection();
            workerName = db.connectionName();
            workerCount = loadRows<Service>(db)->size();
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QCOMPARE(workerCount, 1);
        QVERIFY(workerName != mainName);
    }

    void savesACopy()
    {
        auto workspace = Workspace::create(path(u"original.flowdeck"_s));
        QVERIFY(workspace);
        QVERIFY(insertRow(**workspace, Service{0, u"ledger"_s, {}, {}}) > 0);
        const QString copy = path(u"copy.flowdeck"_s);
        QVERIFY((*workspace)->saveCopyAs(copy));
        QVERIFY(!(*workspace)->saveCopyAs(copy)); // never overwrites
        auto opened = Workspace::open(copy);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(loadRows<Service>((*opened)->connection())->constFirst().name, u"ledger"_s);
    }

    void refusesAMissingFile()
    {
        auto workspace = Workspace::open(path(u"nowhere.flowdeck"_s));
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(path(u"nowhere.flowdeck"_s)));
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString file = path(u"notes.flowdeck"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QByteArray("These are my release notes, not a database.\n").repeated(20));
        out.close();
        const QByteArray before = fileDigest(file);
        auto workspace = Workspace::open(file);
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"not an SQLite database"_s));
        QVERIFY(workspace.errorMessage().contains(file));
        QCOMPARE(fileDigest(file), before);
    }

    void refusesAnEmptyFile()
    {
        const QString file = path(u"empty.flowdeck"_s);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.close();
        auto workspace = Workspace::open(file);
        QVERIFY(!workspace);
        QCOMPARE(QFileInfo(file).size(), 0);
    }

    void refusesAnSqliteFileThatIsNotAWorkspace()
    {
        const QString file = path(u"other.db"_s);
        {
            RawSqlite raw(file);
            QVERIFY(raw.exec(u"CREATE TABLE notes (body TEXT)"_s));
            QVERIFY(raw.exec(u"INSERT INTO notes VALUES ('keep me')"_s));
        }
        const QByteArray before = fileDigest(file);
        auto workspace = Workspace::open(file);
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"not a Flowdeck workspace"_s));
        QCOMPARE(fileDigest(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_s));
    }

    void refusesAWorkspaceFromANewerVersion()
    {
        const QString file = path(u"future.flowdeck"_s);
        QVERIFY(Workspace::create(file));
        {
            RawSqlite raw(file);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(currentSchemaVersion() + 1)));
        }
        const QByteArray before = fileDigest(file);
        auto workspace = Workspace::open(file);
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"newer version"_s));
        QCOMPARE(fileDigest(file), before);
        RawSqlite raw(file);
        QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), currentSchemaVersion() + 1);
    }

    void refusesAWorkspaceLockedByAnotherWriter()
    {
        const QString file = path(u"locked.flowdeck"_s);
        QVERIFY(Workspace::create(file));
        RawSqlite writer(file);
        QVERIFY(writer.exec(u"BEGIN IMMEDIATE"_s));
        QVERIFY(writer.exec(u"INSERT INTO services (name) VALUES ('in flight')"_s));
        auto workspace = Workspace::open(file);
        QVERIFY(!workspace);
        QVERIFY(workspace.errorMessage().contains(u"another program is writing"_s));
        QVERIFY(writer.exec(u"COMMIT"_s));
        auto later = Workspace::open(file);
        QVERIFY2(later, qPrintable(later.errorMessage()));
        QCOMPARE(loadRows<Service>((*later)->connection())->size(), 1);
    }

    void opensAReadOnlyFileReadOnly()
    {
        const QString file = path(u"readonly.flowdeck"_s);
        {
            auto workspace = Workspace::create(file);
            QVERIFY(workspace);
            QVERIFY(insertRow(**workspace, Service{0, u"catalog"_s, {}, {}}) > 0);
        }
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
        const QByteArray before = fileDigest(file);
        auto workspace = Workspace::open(file);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QVERIFY((*workspace)->isReadOnly());
        QCOMPARE(loadRows<Service>((*workspace)->connection())->size(), 1);
        auto refused = (*workspace)->setSetting(u"x"_s, u"y"_s);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"read-only"_s));
        workspace->reset();
        QCOMPARE(fileDigest(file), before);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }

    void opensReadOnlyOnRequest()
    {
        const QString file = path(u"asked.flowdeck"_s);
        QVERIFY(Workspace::create(file));
        auto workspace = Workspace::open(file, {.readOnly = true});
        QVERIFY(workspace);
        QVERIFY((*workspace)->isReadOnly());
        QVERIFY(!(*workspace)->setSetting(u"x"_s, u"y"_s));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
