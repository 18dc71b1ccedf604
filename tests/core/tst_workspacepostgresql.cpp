// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace on a real PostgreSQL server (the test server of scripts/test-postgresql.sh): creating, opening,
// refusing what is not a workspace, upgrading once when two open at once, and errors that say what is wrong.
#include "postgresqltesting.h"
#include "secrets/keychain.h"
#include "store/migrations.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

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

/// Brings `database` from schema `from` to schema `to` with the PostgreSQL rendering of the migrations, as an
/// earlier Flowdeck would have left it.
bool migrateRaw(const PostgreSqlTestDatabase &database, int from, int to)
{
    for (const Migration &migration : migrations(SqlDialect::PostgreSql)) {
        if (migration.version <= from)
            continue;
        if (migration.version > to)
            break;
        for (const QString &statement : migration.statements) {
            if (!database.exec(statement))
                return false;
        }
        if (!database.exec(u"UPDATE flowdeck_workspace SET schema_version = %1"_s.arg(migration.version)))
            return false;
    }
    return true;
}

QString hostPortDatabase(const PostgreSqlTestDatabase &database)
{
    const ServerAddress address = *Workspace::parseServerAddress(database.address());
    return u"%1:%2/%3"_s.arg(address.host).arg(address.port).arg(address.database);
}

} // namespace

class TestWorkspacePostgreSql : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAWorkspaceInAnEmptyDatabase()
    {
        PostgreSqlTestDatabase database(u"create"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QCOMPARE(ws.engine(), Workspace::Engine::PostgreSql);
        QCOMPARE(ws.engineName(), u"PostgreSQL server"_s);
        QCOMPARE(ws.schemaVersion(), currentSchemaVersion());
        QCOMPARE(ws.path(), database.address());
        QVERIFY(!ws.path().contains(database.password()));
        QCOMPARE(ws.displayName(), database.name() + u" on 127.0.0.1"_s);
        QVERIFY(ws.serverAddress());
        QCOMPARE(ws.serverAddress()->database, database.name());
        QCOMPARE(ws.connection().driverName(), u"QPSQL"_s);
        QVERIFY(!ws.setting(u"workspace.created_at"_s).isEmpty());
        // What marks the database as a workspace, read past Workspace.
        QCOMPARE(database.scalar(u"SELECT application_id FROM flowdeck_workspace"_s).toInt(), Workspace::applicationId);
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(), currentSchemaVersion());
        QCOMPARE(database.scalar(u"SELECT count(*) FROM flowdeck_workspace"_s).toInt(), 1);
        // Every table but the marker is one a value type maps (38, as on SQLite), and job_steps is a view.
        QCOMPARE(database
                     .scalar(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                             "AND table_type = 'BASE TABLE' AND table_name <> 'flowdeck_workspace'"_s)
                     .toInt(),
                 38);
        QCOMPARE(database
                     .scalar(u"SELECT table_type FROM information_schema.tables WHERE table_name = 'job_steps' "
                             "AND table_schema = current_schema()"_s)
                     .toString(),
                 u"VIEW"_s);
        // A second create finds the workspace and leaves it alone.
        auto again = Workspace::create(database.address(), database.options());
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(u"already holds a Flowdeck workspace"_s),
                 qPrintable(again.errorMessage()));
    }

    void reopensAndKeepsData()
    {
        PostgreSqlTestDatabase database(u"reopen"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        {
            auto workspace = Workspace::create(database.address(), database.options());
            QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
            QVERIFY(insertRow(**workspace, Service{0, u"search"_s, u"Product search"_s, {}}) > 0);
        }
        auto reopened = Workspace::open(database.address(), database.options());
        QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
        QCOMPARE((*reopened)->schemaVersion(), currentSchemaVersion());
        const auto services = *loadRows<Service>((*reopened)->connection());
        QCOMPARE(services.size(), 1);
        QCOMPARE(services[0].description, u"Product search"_s);
        // openOrCreate opens what is there.
        auto either = Workspace::openOrCreate(database.address(), database.options());
        QVERIFY2(either, qPrintable(either.errorMessage()));
        QCOMPARE(loadRows<Service>((*either)->connection())->size(), 1);
    }

    void newIdsComeFromTheServer()
    {
        PostgreSqlTestDatabase database(u"ids"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        const Id first = insertRow(ws, Service{0, u"a"_s, {}, {}});
        const Id second = insertRow(ws, Service{0, u"b"_s, {}, {}});
        QVERIFY(first > 0);
        QVERIFY(second > first);
        QCOMPARE(database.scalar(u"SELECT id FROM services WHERE name = 'b'"_s).toLongLong(), second);

        // Upserts give the id of the row they inserted or updated.
        const Id envId = insertRow(ws, Environment{0, u"production"_s, u"production"_s, 0});
        Deployment deployment{0,    first, envId,       u"1.0"_s,      {}, {}, {}, u"running"_s,
                              1000, {},    u"github"_s, u"deploy-9"_s, {}, {}};
        QList<Id> ids;
        for (const QString &status : {u"running"_s, u"succeeded"_s}) {
            deployment.status = status;
            QVERIFY(ws.write([&](QSqlDatabase &db) -> Result<void> {
                RowUpserter<Deployment> writer(db);
                auto id = writer.upsert(deployment);
                if (!id)
                    return id.error();
                ids.append(*id);
                return {};
            }));
        }
        QCOMPARE(ids[0], ids[1]);
        QCOMPARE(database.scalar(u"SELECT status FROM deployments WHERE id = %1"_s.arg(ids[0])).toString(),
                 u"succeeded"_s);

        // A bulk insert reports the id of each row.
        QList<Id> bulkIds;
        Id firstId = 0;
        QVERIFY(ws.write([&](QSqlDatabase &db) -> Result<void> {
            BulkInserter<Service> inserter(db);
            for (const QString &name : {u"c"_s, u"d"_s, u"e"_s})
                inserter.add(Service{0, name, {}, {}});
            auto flushed = inserter.flush();
            bulkIds = inserter.ids();
            firstId = inserter.firstId();
            return flushed;
        }));
        QCOMPARE(bulkIds.size(), 3);
        QCOMPARE(firstId, bulkIds[0]);
        QCOMPARE(database.scalar(u"SELECT id FROM services WHERE name = 'e'"_s).toLongLong(), bulkIds[2]);
    }

    void refusesADatabaseThatIsNotAWorkspace()
    {
        PostgreSqlTestDatabase database(u"other"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(database.exec(u"CREATE TABLE notes (body TEXT)"_s));
        QVERIFY(database.exec(u"INSERT INTO notes VALUES ('keep me')"_s));
        auto created = Workspace::create(database.address(), database.options());
        QVERIFY(!created);
        QVERIFY2(created.errorMessage().contains(u"holds other tables (notes)"_s), qPrintable(created.errorMessage()));
        QVERIFY(created.errorMessage().contains(database.address()));
        auto opened = Workspace::open(database.address(), database.options());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"not a Flowdeck workspace"_s), qPrintable(opened.errorMessage()));
        auto either = Workspace::openOrCreate(database.address(), database.options());
        QVERIFY(!either);
        QVERIFY(either.errorMessage().contains(u"not a Flowdeck workspace"_s));
        // Untouched: the one table, its row, nothing of Flowdeck's.
        QCOMPARE(database.scalar(u"SELECT body FROM notes"_s).toString(), u"keep me"_s);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s).toInt(), 1);
    }

    void refusesToOpenAnEmptyDatabase()
    {
        PostgreSqlTestDatabase database(u"empty"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto opened = Workspace::open(database.address(), database.options());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"the database is empty"_s), qPrintable(opened.errorMessage()));
        QCOMPARE(database.scalar(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s).toInt(), 0);
    }

    void refusesAWorkspaceFromANewerVersion()
    {
        PostgreSqlTestDatabase database(u"newer"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(Workspace::create(database.address(), database.options()));
        QVERIFY(database.exec(u"UPDATE flowdeck_workspace SET schema_version = %1"_s.arg(currentSchemaVersion() + 1)));
        auto opened = Workspace::open(database.address(), database.options());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"newer version"_s), qPrintable(opened.errorMessage()));
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(),
                 currentSchemaVersion() + 1);
    }

    // Every migration from an empty database to the current schema, one version at a time as earlier versions of
    // Flowdeck left them, with data along the way: schema 6 moves a job's steps into one row, in step order.
    void upgradesAnOlderWorkspace()
    {
        PostgreSqlTestDatabase database(u"upgrade"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(currentSchemaVersion() >= 6);
        QVERIFY(migrateRaw(database, 0, 1));
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(), 1);
        QVERIFY(database.exec(u"INSERT INTO services (name) VALUES ('legacy')"_s));
        QVERIFY(migrateRaw(database, 1, 5));
        QVERIFY(database.exec(u"INSERT INTO pipeline_runs (source, external_id, status) VALUES ('github', 'r1', "
                              "'succeeded')"_s));
        QVERIFY(database.exec(u"INSERT INTO jobs (run_id, name, source, external_id, status) SELECT id, 'build', "
                              "'github', 'j1', 'succeeded' FROM pipeline_runs"_s));
        // Steps given out of order: the upgrade keeps them in position order.
        QVERIFY(database.exec(u"INSERT INTO job_steps (job_id, position, name, status, started_at, finished_at) "
                              "SELECT id, 2, 'Run tests', 'failed', 1700000000500, NULL FROM jobs"_s));
        QVERIFY(database.exec(u"INSERT INTO job_steps (job_id, position, name, status, started_at, finished_at) "
                              "SELECT id, 1, 'Set up', 'succeeded', 1700000000000, 1700000000500 FROM jobs"_s));

        {
            auto readOnly = Workspace::open(database.address(), {.readOnly = true, .password = database.password()});
            QVERIFY(!readOnly);
            QVERIFY2(readOnly.errorMessage().contains(u"older workspace format"_s),
                     qPrintable(readOnly.errorMessage()));
        }
        auto workspace = Workspace::open(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QCOMPARE((*workspace)->schemaVersion(), currentSchemaVersion());
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(), currentSchemaVersion());
        QCOMPARE(loadRows<Service>((*workspace)->connection())->constFirst().name, u"legacy"_s);
        const Id jobId = database.scalar(u"SELECT id FROM jobs"_s).toLongLong();
        const auto steps = *loadRows<JobStep>((*workspace)->connection(), {}, {}, u"position"_s);
        QCOMPARE(steps, (QList<JobStep>{JobStep{jobId, 1, u"Set up"_s, u"succeeded"_s, 1700000000000, 1700000000500},
                                        JobStep{jobId, 2, u"Run tests"_s, u"failed"_s, 1700000000500, {}}}));
        QCOMPARE(database.scalar(u"SELECT steps FROM job_step_lists"_s).toString(),
                 u"[[1, \"Set up\", \"succeeded\", 1700000000000, 1700000000500], "
                 "[2, \"Run tests\", \"failed\", 1700000000500, null]]"_s);
    }

    // Two processes opening an older workspace at once: one upgrades it, the other waits for the lock and finds it
    // upgraded. Threads with connections of their own stand in for the processes.
    void twoOpenersUpgradeOnce()
    {
        PostgreSqlTestDatabase database(u"race_open"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(migrateRaw(database, 0, 1));
        QVERIFY(database.exec(u"INSERT INTO services (name) VALUES ('legacy')"_s));
        QString errors[2];
        int versions[2] = {0, 0};
        QList<QThread *> threads;
        for (int i = 0; i < 2; ++i) {
            threads.append(QThread::create([&, i] {
                auto opened = Workspace::open(database.address(), database.options());
                if (!opened) {
                    errors[i] = opened.errorMessage();
                    return;
                }
                versions[i] = (*opened)->schemaVersion();
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QCOMPARE(versions[0], currentSchemaVersion());
        QCOMPARE(versions[1], currentSchemaVersion());
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(), currentSchemaVersion());
        QCOMPARE(database.scalar(u"SELECT count(*) FROM services"_s).toInt(), 1);
    }

    // Two processes asked to open or create a workspace in one empty database: the schema is made once.
    void twoCreatorsCreateOnce()
    {
        PostgreSqlTestDatabase database(u"race_create"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QString errors[4];
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            threads.append(QThread::create([&, i] {
                auto opened = Workspace::openOrCreate(database.address(), database.options());
                if (!opened)
                    errors[i] = opened.errorMessage();
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        for (const QString &error : errors)
            QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(database.scalar(u"SELECT count(*) FROM settings WHERE key = 'workspace.created_at'"_s).toInt(), 1);
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt(), currentSchemaVersion());
    }

    void keepsSettings()
    {
        PostgreSqlTestDatabase database(u"settings"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QCOMPARE(ws.setting(u"scope.period"_s, u"none"_s), u"none"_s);
        QVERIFY(ws.setSetting(u"scope.period"_s, u"last-30-days"_s));
        QVERIFY(ws.setSetting(u"scope.period"_s, u"last-90-days"_s));
        QCOMPARE(ws.setting(u"scope.period"_s), u"last-90-days"_s);
        QVERIFY(ws.setSetting(u"scope.note"_s, u"Zoë's «review»"_s));
        QCOMPARE(ws.setting(u"scope.note"_s), u"Zoë's «review»"_s);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM settings WHERE key LIKE 'scope.%'"_s).toInt(), 2);
    }

    void auditLogIsAppendOnly()
    {
        PostgreSqlTestDatabase database(u"audit"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QVERIFY(insertRow(**workspace, AuditEntry{0, 1, u"ana"_s, u"approve"_s, u"release"_s, 1, u"ok"_s, {}}) > 0);
        QSqlQuery query((*workspace)->connection());
        QVERIFY(!query.exec(u"UPDATE audit_log SET outcome = 'forged'"_s));
        QVERIFY(query.lastError().text().contains(u"append-only"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QCOMPARE(database.scalar(u"SELECT outcome FROM audit_log"_s).toString(), u"ok"_s);
    }

    void eachThreadHasItsOwnConnection()
    {
        PostgreSqlTestDatabase database(u"threads"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Workspace &ws = **workspace;
        QVERIFY(insertRow(ws, Service{0, u"a"_s, {}, {}}) > 0);
        const QString mainName = ws.connection().connectionName();
        const int mainBackend =
            database.scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1'"_s.arg(database.name()))
                .toInt();
        QString workerName;
        int workerCount = -1;
        bool workerWrote = false;
        int backendsWhileWorking = 0;
        QThread *thread = QThread::create([&] {
            QSqlDatabase db = ws.connection();
            workerName = db.connectionName();
            workerCount = loadRows<Service>(db)->size();
            workerWrote = insertRow(ws, Service{0, u"from a thread"_s, {}, {}}) > 0;
            QSqlQuery query(db);
            if (query.exec(u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"_s) &&
                query.next())
                backendsWhileWorking = query.value(0).toInt();
        });
        thread->start();
        QVERIFY(thread->wait(30000));
        delete thread;
        QCOMPARE(workerCount, 1);
        QVERIFY(workerWrote);
        QVERIFY(workerName != mainName);
        // The worker's connection was a server session of its own, next to the workspace's and the test's.
        QCOMPARE(backendsWhileWorking, mainBackend + 1);
        QCOMPARE(loadRows<Service>(ws.connection())->size(), 2);
    }

    void opensReadOnlyOnRequest()
    {
        PostgreSqlTestDatabase database(u"readonly"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(Workspace::create(database.address(), database.options()));
        auto workspace = Workspace::open(database.address(), {.readOnly = true, .password = database.password()});
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QVERIFY((*workspace)->isReadOnly());
        QVERIFY(!(*workspace)->setSetting(u"x"_s, u"y"_s));
        // The server refuses a write on the connection itself, too.
        QSqlQuery query((*workspace)->connection());
        QVERIFY(!query.exec(u"INSERT INTO services (name) VALUES ('sneaked in')"_s));
        QVERIFY(query.lastError().text().contains(u"read-only"_s));
        QCOMPARE(database.scalar(u"SELECT count(*) FROM services"_s).toInt(), 0);
    }

    void copyIsSavedAsAFile()
    {
        PostgreSqlTestDatabase database(u"copy"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        QVERIFY(database.exec(u"INSERT INTO services (name) VALUES ('checkout'), ('search')"_s));
        QTemporaryDir folder;
        const QString target = folder.filePath(u"copy.flowdeck"_s);
        auto copied = (*workspace)->saveCopyAs(target);
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
        auto file = Workspace::open(target);
        QVERIFY2(file, qPrintable(file.errorMessage()));
        QCOMPARE((*file)->engine(), Workspace::Engine::Sqlite);
        QSqlQuery names((*file)->connection());
        QVERIFY(names.exec(u"SELECT name FROM services ORDER BY name"_s));
        QStringList found;
        while (names.next())
            found.append(names.value(0).toString());
        QCOMPARE(found, (QStringList{u"checkout"_s, u"search"_s}));

        // An existing file is never replaced.
        auto again = (*workspace)->saveCopyAs(target);
        QVERIFY(!again);
        QVERIFY(again.errorMessage().contains(u"already exists"_s));
    }

    void explainsAWrongPassword()
    {
        PostgreSqlTestDatabase database(u"password"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto opened = Workspace::open(database.address(), {.readOnly = false, .password = u"not the password"_s});
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"refused the password of the user flowdeck"_s),
                 qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(hostPortDatabase(database)));
        QVERIFY(!opened.errorMessage().contains(u"not the password"_s));
    }

    void explainsAMissingPassword()
    {
        PostgreSqlTestDatabase database(u"nopassword"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        // No password typed in, none in the keychain (no entry under this database's key), and libpq finds none.
        const QByteArray environmentPassword = qgetenv("PGPASSWORD");
        const QByteArray passwordFile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", QDir::temp().filePath(u"flowdeck-no-such-pgpass"_s).toUtf8());
        auto opened = Workspace::open(database.address());
        if (environmentPassword.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", environmentPassword);
        if (passwordFile.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", passwordFile);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"asks for the password of the user flowdeck, and none was given"_s),
                 qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(hostPortDatabase(database)));
    }

    // Without a password from the caller, the one kept in the keychain under keychainKey() is used.
    void usesThePasswordInTheKeychain()
    {
        PostgreSqlTestDatabase database(u"keychain"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QVERIFY(Workspace::create(database.address(), database.options()));
        const QString key = Workspace::keychainKey(database.address() + u"?sslmode=disable"_s);
        QCOMPARE(key, database.address());
        const secrets::Keychain keychain;
        auto stored = keychain.write(key, database.password().toUtf8());
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        const QByteArray environmentPassword = qgetenv("PGPASSWORD");
        qunsetenv("PGPASSWORD");
        auto opened = Workspace::open(database.address() + u"?sslmode=disable"_s);
        if (!environmentPassword.isNull())
            qputenv("PGPASSWORD", environmentPassword);
        QVERIFY(keychain.remove(key));
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE((*opened)->schemaVersion(), currentSchemaVersion());
        // A password typed in wins over the keychain's.
        QVERIFY(keychain.write(key, "stale"));
        auto typed = Workspace::open(database.address(), database.options());
        QVERIFY(keychain.remove(key));
        QVERIFY2(typed, qPrintable(typed.errorMessage()));
    }

    void explainsAMissingDatabase()
    {
        PostgreSqlTestDatabase database(u"missing"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        ServerAddress address = *Workspace::parseServerAddress(database.address());
        address.database = database.name() + u"_nowhere"_s;
        auto opened = Workspace::open(address.toString(), database.options());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"has no database %1"_s.arg(address.database)),
                 qPrintable(opened.errorMessage()));
    }

    void explainsARefusedConnection()
    {
        // Port 1 on the loopback: nothing listens there.
        auto opened = Workspace::open(u"postgresql://flowdeck@127.0.0.1:1/flowdeck"_s, {.password = u"x"_s});
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"nothing accepts connections at 127.0.0.1:1"_s),
                 qPrintable(opened.errorMessage()));
        QVERIFY(opened.errorMessage().contains(u"127.0.0.1:1/flowdeck"_s));
    }

    void explainsATlsRequirementTheServerCannotMeet()
    {
        PostgreSqlTestDatabase database(u"tls"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        // The test server offers no TLS, so asking for it fails before any password is sent.
        auto opened = Workspace::open(database.address() + u"?sslmode=require"_s, database.options());
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(u"does not offer TLS"_s), qPrintable(opened.errorMessage()));
        // sslmode=disable is what the test server speaks.
        QVERIFY(Workspace::create(database.address() + u"?sslmode=disable"_s, database.options()));
    }

    void readsAddresses_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("full") << u"postgresql://ana@db.example.com:6543/flowdeck?sslmode=verify-full"_s
                              << u"db.example.com"_s << 6543 << u"flowdeck"_s << u"ana"_s << u"verify-full"_s
                              << u"postgresql://ana@db.example.com:6543/flowdeck?sslmode=verify-full"_s;
        QTest::newRow("defaults") << u"postgres://db/team"_s << u"db"_s << 5432 << u"team"_s << QString() << QString()
                                  << u"postgresql://db:5432/team"_s;
        QTest::newRow("ipv6") << u"postgresql://ops@[::1]:5433/flow"_s << u"::1"_s << 5433 << u"flow"_s << u"ops"_s
                              << QString() << u"postgresql://ops@[::1]:5433/flow"_s;
        QTest::newRow("escaped") << u"POSTGRESQL://ana%40corp@db/release%20data"_s << u"db"_s << 5432
                                 << u"release data"_s << u"ana@corp"_s << QString()
                                 << u"postgresql://ana%40corp@db:5432/release%20data"_s;
    }

    void readsAddresses()
    {
        QFETCH(QString, location);
        QVERIFY(Workspace::isServerAddress(location));
        auto address = Workspace::parseServerAddress(location);
        QVERIFY2(address, qPrintable(address.errorMessage()));
        QTEST(address->host, "host");
        QTEST(address->port, "port");
        QTEST(address->database, "database");
        QTEST(address->user, "user");
        QTEST(address->sslMode, "sslMode");
        QTEST(address->toString(), "canonical");
        QCOMPARE(*Workspace::parseServerAddress(address->toString()), *address);
    }

    void keychainKeyLeavesOutTheTlsMode()
    {
        QCOMPARE(Workspace::keychainKey(u"postgres://ana@db.example.com/flowdeck?sslmode=require"_s),
                 u"postgresql://ana@db.example.com:5432/flowdeck"_s);
        QCOMPARE(Workspace::keychainKey(u"postgresql://ana@db.example.com:5432/flowdeck"_s),
                 u"postgresql://ana@db.example.com:5432/flowdeck"_s);
        QCOMPARE(Workspace::keychainKey(u"/home/ana/team.flowdeck"_s), QString());
        QVERIFY(!Workspace::isServerAddress(u"/home/ana/postgresql.flowdeck"_s));
    }

    void refusesBadAddresses_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no database") << u"postgresql://db.example.com"_s << u"database name"_s;
        QTest::newRow("empty database") << u"postgresql://db.example.com:5432/"_s << u"database name"_s;
        QTest::newRow("no host") << u"postgresql:///flowdeck"_s << u"host name is missing"_s;
        QTest::newRow("port text") << u"postgresql://db:abc/flowdeck"_s << u"\"abc\" is not a number"_s;
        QTest::newRow("port range") << u"postgresql://db:70000/flowdeck"_s << u"\"70000\" is not a number"_s;
        QTest::newRow("sslmode") << u"postgresql://db/flowdeck?sslmode=always"_s << u"sslmode \"always\""_s;
        QTest::newRow("parameter") << u"postgresql://db/flowdeck?application_name=x"_s << u"\"application_name\""_s;
        QTest::newRow("password") << u"postgresql://ana:s3cret@db/flowdeck"_s << u"contains a password"_s;
        QTest::newRow("password parameter")
            << u"postgresql://ana@db/flowdeck?password=s3cret"_s << u"contains a password"_s;
        QTest::newRow("nested path") << u"postgresql://db/flowdeck/extra"_s << u"contains a slash"_s;
        QTest::newRow("ipv6 unclosed") << u"postgresql://[::1/flowdeck"_s << u"no closing bracket"_s;
    }

    void refusesBadAddresses()
    {
        QFETCH(QString, location);
        QFETCH(QString, reason);
        auto address = Workspace::parseServerAddress(location);
        QVERIFY(!address);
        QVERIFY2(address.errorMessage().contains(reason), qPrintable(address.errorMessage()));
        QVERIFY2(!address.errorMessage().contains(u"s3cret"_s), qPrintable(address.errorMessage()));
        // Opening goes no further than the address.
        auto opened = Workspace::open(location);
        QVERIFY(!opened);
        QCOMPARE(opened.errorMessage(), address.errorMessage());
    }
};

QTEST_GUILESS_MAIN(TestWorkspacePostgreSql)
#include "tst_workspacepostgresql.moc"
