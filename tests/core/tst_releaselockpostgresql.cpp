// SPDX-License-Identifier: GPL-3.0-or-later
// One engine at a time runs a release on a workspace on the test PostgreSQL server, where two engines' transactions
// really run at once: two lock takers interleaved on two connections, two `flowdeck release run` processes started
// together on a release whose deploys run a /bin/sh script through the process backend, and an engine killed in the
// middle of a release whose lease the next engine takes over.
#include "postgresqltesting.h"
#include "programrun.h"
#include "release/audit.h"
#include "release/engine.h"
#include "release/enginelock.h"
#include "release/processbackend.h"
#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr auto fastPoll = std::chrono::milliseconds(50);
const QStringList environmentNames{u"dev"_s, u"staging"_s, u"production"_s};

Result<void> exec(const store::Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto ran = store::runQuery(db, u"test"_s, sql, values);
        if (!ran)
            return ran.error();
        return {};
    });
}

QVariant scalar(const store::Workspace &workspace, const QString &sql, const QVariantList &values = {})
{
    auto query = store::runQuery(workspace.connection(), u"test"_s, sql, values);
    if (!query || !query->next())
        return {};
    return query->value(0);
}

} // namespace

class TestReleaseLockPostgreSql : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList runs() const
    {
        QFile file(path(u"runs.log"_s));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    /// A release "nightly" of shop 2.0.0 deploying to dev, staging and production one after another, each deploy
    /// the script deploy.sh (which appends "service version environment" to runs.log and sleeps `sleep` seconds).
    /// Returns the release's id, or 0.
    Id storeRelease(const store::Workspace &workspace, const QByteArray &sleep)
    {
        const QByteArray script = "#!/bin/sh\n"
                                  "echo \"$1 $2 $3\" >> '" +
                                  path(u"runs.log"_s).toUtf8() +
                                  "'\n"
                                  "sleep " +
                                  sleep + "\necho \"deployed $1 $2 to $3\"\n";
        QFile file(path(u"deploy.sh"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(script) != script.size())
            return 0;
        file.close();
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QFile::remove(path(u"runs.log"_s));
        if (!exec(workspace, u"INSERT INTO services (name) VALUES ('shop')"_s))
            return 0;
        for (const QString &environment : environmentNames) {
            if (!exec(workspace, u"INSERT INTO environments (name, tier) VALUES (?, ?)"_s,
                      {environment, environment == u"dev"_s ? u"development"_s : environment}))
                return 0;
        }
        const QJsonObject config{{u"program"_s, path(u"deploy.sh"_s)},
                                 {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s}},
                                 {u"timeout_seconds"_s, 60}};
        if (!exec(workspace, u"INSERT INTO backends (name, kind, config) VALUES ('script', 'process', ?)"_s,
                  {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}))
            return 0;
        const Id service = scalar(workspace, u"SELECT id FROM services WHERE name = 'shop'"_s).toLongLong();
        const Id backend = scalar(workspace, u"SELECT id FROM backends WHERE name = 'script'"_s).toLongLong();
        ReleasePlan plan;
        plan.release.name = u"nightly"_s;
        plan.release.version = u"2.0.0"_s;
        plan.release.status = status::planned;
        plan.release.onFailure = u"stop"_s;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        plan.items = {ReleaseItem{0, 0, service, u"2.0.0"_s}};
        for (const QString &environment : environmentNames) {
            ReleaseTask task = newTask(environment, kind::deploy);
            task.serviceId = service;
            task.environmentId =
                scalar(workspace, u"SELECT id FROM environments WHERE name = ?"_s, {environment}).toLongLong();
            task.backendId = backend;
            plan.tasks.append(task);
        }
        plan.edges = {{u"dev"_s, u"staging"_s}, {u"staging"_s, u"production"_s}};
        auto saved = savePlan(workspace, plan, u"tester"_s);
        if (!saved) {
            qWarning("%s", qPrintable(saved.errorMessage()));
            return 0;
        }
        return saved->release.id;
    }

    EngineOptions options() const
    {
        EngineOptions made;
        made.actor = u"tester"_s;
        made.requireTrust = false;
        const QString jobs = path(u"jobs"_s);
        made.backends = [jobs](const Backend &backend) {
            BackendContext context;
            context.jobDirectory = jobs;
            context.runnerProgram = QStringLiteral(FLOWDECK_RUNNER_PATH);
            return makeProcessBackend(backend, context);
        };
        return made;
    }

    /// `flowdeck release run nightly` on `database`, started and not waited for.
    std::unique_ptr<QProcess> startRun(const PostgreSqlTestDatabase &database) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, database.password());
        process->setProcessEnvironment(environment);
        process->setWorkingDirectory(m_dir.path());
        process->start(QStringLiteral(FLOWDECK_BINARY),
                       {u"release"_s, u"run"_s, u"nightly"_s, u"-w"_s, database.address()});
        return process;
    }

    QStringList expectedRuns() const
    {
        QStringList lines;
        for (const QString &environment : environmentNames)
            lines.append(u"shop 2.0.0 "_s + environment);
        return lines;
    }

    /// How many sessions on `database` wait for a lock another transaction holds.
    static int waitingSessions(const PostgreSqlTestDatabase &database)
    {
        return database
            .scalar(u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND wait_event_type = 'Lock'"_s.arg(
                database.name()))
            .toInt();
    }

    /// Takes the lease of `releaseId` for `first` in a transaction that stays open until `second`, on a connection
    /// of its own on another thread, waits for it; then commits. Returns what `second` got.
    Result<bool> interleave(const PostgreSqlTestDatabase &database, const store::Workspace &workspace, Id releaseId,
                            const QString &first, const QString &second)
    {
        Result<bool> secondGot = Error{u"the second taker did not run"_s};
        std::unique_ptr<QThread> thread;
        auto firstTook = workspace.write([&](QSqlDatabase &db) -> Result<void> {
            auto took = EngineLock::acquire(db, releaseId, first, QDateTime::currentMSecsSinceEpoch());
            if (!took)
                return took.error();
            thread.reset(QThread::create([&] {
                auto other = store::Workspace::open(database.address(), database.options());
                if (!other) {
                    secondGot = other.error();
                    return;
                }
                auto written = (*other)->write([&](QSqlDatabase &otherDb) -> Result<void> {
                    secondGot = EngineLock::acquire(otherDb, releaseId, second, QDateTime::currentMSecsSinceEpoch());
                    if (!secondGot)
                        return secondGot.error();
                    return {};
                });
                if (!written && secondGot)
                    secondGot = written.error();
            }));
            thread->start();
            // The second taker's statement waits on this transaction's row before this one commits.
            QDeadlineTimer deadline(10'000);
            while (waitingSessions(database) == 0 && !deadline.hasExpired() && !thread->isFinished())
                QThread::msleep(20);
            if (waitingSessions(database) == 0)
                return Error{u"the second taker never waited for the first"_s};
            return {};
        });
        if (thread)
            thread->wait();
        if (!firstTook)
            return firstTook.error();
        return secondGot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(path(u"home"_s));
        QVERIFY(!m_environment.isEmpty());
    }

    // The second taker's insert waits for the first's uncommitted row; once that commits it is refused, naming the
    // release and the first owner, and the row is still the first's.
    void aTakerWaitingOnAnotherIsRefused()
    {
        PostgreSqlTestDatabase database(u"lock_interleaved"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = store::Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Id id = storeRelease(**workspace, "0");
        QVERIFY(id);
        const QString first = EngineLock::newOwner();
        const QString second = EngineLock::newOwner();
        auto got = interleave(database, **workspace, id, first, second);
        QVERIFY(!got);
        QVERIFY2(got.errorMessage().contains(u"(%1)"_s.arg(first)), qPrintable(got.errorMessage()));
        QVERIFY2(got.errorMessage().contains(u"“nightly”"_s), qPrintable(got.errorMessage()));
        QCOMPARE(database.scalar(u"SELECT owner FROM release_locks WHERE release_id = %1"_s.arg(id)).toString(), first);
        EngineLock::forgetOwner(first);
        EngineLock::forgetOwner(second);
    }

    // Two takers of the same dead lease (another computer's, silent for two minutes): one takes it over, the other,
    // whose update waited for the first, is refused naming it.
    void aDeadLeaseIsTakenOverOnce()
    {
        PostgreSqlTestDatabase database(u"lock_takeover"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = store::Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Id id = storeRelease(**workspace, "0");
        QVERIFY(id);
        const qint64 silentSince = QDateTime::currentMSecsSinceEpoch() - 2 * EngineLock::staleAfterMs;
        QVERIFY(exec(**workspace, u"INSERT INTO release_locks (release_id, owner, heartbeat_at) VALUES (?, ?, ?)"_s,
                     {id, u"build-agent-7.example:4242/1"_s, silentSince}));
        const QString first = EngineLock::newOwner();
        const QString second = EngineLock::newOwner();
        auto got = interleave(database, **workspace, id, first, second);
        QVERIFY(!got);
        QVERIFY2(got.errorMessage().contains(u"(%1)"_s.arg(first)), qPrintable(got.errorMessage()));
        QCOMPARE(database.scalar(u"SELECT owner FROM release_locks WHERE release_id = %1"_s.arg(id)).toString(), first);
        EngineLock::forgetOwner(first);
        EngineLock::forgetOwner(second);

        // A lease another computer renewed a moment ago is not dead: refused, naming that computer's engine.
        QVERIFY(exec(**workspace, u"UPDATE release_locks SET owner = ?, heartbeat_at = ? WHERE release_id = ?"_s,
                     {u"build-agent-7.example:4242/1"_s, QDateTime::currentMSecsSinceEpoch(), id}));
        ReleaseEngine engine(*workspace, id, options());
        auto refused = engine.start();
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"(build-agent-7.example:4242/1)"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(runs().isEmpty());
    }

    // Two `flowdeck release run` processes at once: one runs the release, the other is refused naming the release
    // and the engine that holds it; every deploy ran once.
    void twoProcessesRunTheReleaseOnce()
    {
        PostgreSqlTestDatabase database(u"lock_processes"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        {
            auto workspace = store::Workspace::create(database.address(), database.options());
            QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
            QVERIFY(storeRelease(**workspace, "1"));
        }
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, database.password());
        const ProgramRun trusted =
            runProgram(QStringLiteral(FLOWDECK_BINARY), {u"release"_s, u"trust"_s, u"-w"_s, database.address()},
                       environment, m_dir.path());
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));

        auto one = startRun(database);
        auto two = startRun(database);
        QVERIFY(one->waitForFinished(60'000));
        QVERIFY(two->waitForFinished(60'000));
        const QString oneErr = QString::fromUtf8(one->readAllStandardError());
        const QString twoErr = QString::fromUtf8(two->readAllStandardError());
        const QString both = oneErr + u"\n----\n"_s + twoErr;
        QCOMPARE(one->exitStatus(), QProcess::NormalExit);
        QCOMPARE(two->exitStatus(), QProcess::NormalExit);
        QVERIFY2((one->exitCode() == 0) != (two->exitCode() == 0), qPrintable(both));
        const QString refused = one->exitCode() == 0 ? twoErr : oneErr;
        const QString ran = one->exitCode() == 0 ? oneErr : twoErr;
        QVERIFY2(refused.contains(u"Another Flowdeck ("_s), qPrintable(both));
        QVERIFY2(refused.contains(u"“nightly”"_s), qPrintable(both));
        QVERIFY2(ran.contains(u"Release nightly: succeeded"_s), qPrintable(both));
        QCOMPARE(runs(), expectedRuns());
        QCOMPARE(database.scalar(u"SELECT status FROM releases WHERE name = 'nightly'"_s).toString(),
                 status::succeeded);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM deployments WHERE source = 'flowdeck'"_s).toInt(), 3);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM release_locks"_s).toInt(), 0);
    }

    // An engine killed in the middle of the release leaves its lease; the next engine on this computer sees that
    // its process is gone, takes the lease over (and says so in the audit), and finishes the release without
    // deploying anything twice.
    void aKilledEnginesLeaseIsTakenOver()
    {
        PostgreSqlTestDatabase database(u"lock_killed"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto workspace = store::Workspace::create(database.address(), database.options());
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const Id id = storeRelease(**workspace, "1");
        QVERIFY(id);
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, database.password());
        const ProgramRun trusted =
            runProgram(QStringLiteral(FLOWDECK_BINARY), {u"release"_s, u"trust"_s, u"-w"_s, database.address()},
                       environment, m_dir.path());
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));

        auto killed = startRun(database);
        QVERIFY(killed->waitForStarted());
        const qint64 pid = killed->processId();
        QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, 30'000);
        QCOMPARE(database.scalar(u"SELECT owner FROM release_locks WHERE release_id = %1"_s.arg(id)).toString(),
                 u"%1:%2/1"_s.arg(QSysInfo::machineHostName()).arg(pid));
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(killed->waitForFinished(10'000));
        QCOMPARE(database.scalar(u"SELECT count(*) FROM release_locks"_s).toInt(), 1);

        auto run = runRelease(*workspace, id, options(), {}, {}, fastPoll);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->plan.release.status, status::succeeded);
        QCOMPARE(runs(), expectedRuns());
        QCOMPARE(database
                     .scalar(u"SELECT count(*) FROM audit_log WHERE action = 'release.resume' AND detail = "
                             "'Took over from an engine that had stopped.'"_s)
                     .toInt(),
                 1);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM release_locks"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReleaseLockPostgreSql)
#include "tst_releaselockpostgresql.moc"
