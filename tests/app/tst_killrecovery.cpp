// SPDX-License-Identifier: GPL-3.0-or-later
// The command line killed with SIGKILL at random moments of a long git import, of a CI sync from the loopback
// server and of a release run through the process backend. After each kill: the workspace passes
// `PRAGMA integrity_check` and `PRAGMA foreign_key_check`, and every row read from it just before the kill is still
// there. The run after a kill is killed again or left to finish; a finished run must leave the same rows as a run
// never interrupted, and each deploy of a release must have run exactly once. The seed is printed;
// FLOWDECK_KILL_SEED=N repeats a sequence of kills.
#include "gitcli.h"
#include "githubfixtures.h"
#include "programrun.h"
#include "scriptedhttpserver.h"
#include "workspacedump.h"

#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString program = QStringLiteral(FLOWDECK_BINARY);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// What one scenario needs: how to start a run on a workspace, and which columns two runs may fill differently.
struct Scenario
{
    QString name;
    int kills = 0;
    /// What a finished run is compared with an uninterrupted one by: without what two runs never share (the
    /// clock) and what the runs of a chain add for being killed (the audit log's entries of a resumed release).
    DumpFilter compared;
    /// What must still be there after a kill: without what a run may still change in a row it already committed
    /// (a status that moves on).
    DumpFilter kept;
    /// The arguments of a run on the workspace of chain `chain` (a chain: the runs on one workspace up to the one
    /// that finishes).
    std::function<QStringList(int chain)> arguments;
    std::function<QString(int chain)> workspace;
    /// The environment of the runs of chain `chain`; prepares what the chain needs.
    std::function<QProcessEnvironment(int chain)> environment;
    /// Checks what a finished chain left besides the workspace (a release's deploys); empty when all is right.
    std::function<QStringList(int chain)> afterChain;
};

/// The figures of one scenario.
struct Figures
{
    int kills = 0;
    int survived = 0;
    int chains = 0;
    /// Runs that ended before their kill moment came: not counted as kills.
    int finishedFirst = 0;
    qsizetype rowsBeforeKills = 0;
};

} // namespace

class TestKillRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    quint32 m_seed = 0;
    QRandomGenerator m_random;
    QMap<QString, Figures> m_figures;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Runs `scenario`: one uninterrupted run as the reference, then runs killed at random moments until it has
    /// its kills, each chain of runs ending in one that finishes.
    void survive(const Scenario &scenario)
    {
        Figures &figures = m_figures[scenario.name];
        // The reference: chain 0, never interrupted.
        QElapsedTimer clock;
        clock.start();
        const ProgramRun reference = runProgram(program, scenario.arguments(0), scenario.environment(0), m_dir.path());
        const qint64 duration = clock.elapsed();
        QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
        const WorkspaceDump expected = dumpWorkspace(scenario.workspace(0), scenario.compared, true);
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));
        QVERIFY(expected.rowCount() > 0);
        const QStringList referenceCheck = scenario.afterChain(0);
        QVERIFY2(referenceCheck.isEmpty(), qPrintable(referenceCheck.join(u'\n')));
        qInfo("%s: an uninterrupted run takes %lld ms and leaves %lld rows", qPrintable(scenario.name), duration,
              qint64(expected.rowCount()));

        int chain = 0;
        int killsLeftInChain = 0;
        int killsInChain = 0;
        QString where;
        while (figures.kills < scenario.kills) {
            if (killsLeftInChain == 0) {
                ++chain;
                ++figures.chains;
                // One or two kills before a run is left to finish.
                killsLeftInChain = 1 + int(m_random.bounded(2));
                killsInChain = 0;
            }
            const QString workspace = scenario.workspace(chain);
            const QProcessEnvironment environment = scenario.environment(chain);
            QProcess run;
            run.setProcessEnvironment(environment);
            run.setWorkingDirectory(m_dir.path());
            run.setStandardOutputFile(QProcess::nullDevice());
            run.setStandardErrorFile(QProcess::nullDevice());
            // Anywhere in the run: from its start-up to its last write; a run after a kill has less left to do.
            const qint64 span = killsInChain > 0 ? duration / 2 : duration;
            const int moment = int(m_random.bounded(quint32(span + 1)));
            run.start(program, scenario.arguments(chain));
            QVERIFY(run.waitForStarted());
            QThread::msleep(moment);
            // The rows committed so far, read as any reader beside the run would read them.
            const bool exists = QFile::exists(workspace);
            const WorkspaceDump before = exists ? dumpWorkspace(workspace, scenario.kept, true) : WorkspaceDump();
            const bool killed = run.state() == QProcess::Running && ::kill(pid_t(run.processId()), SIGKILL) == 0;
            QVERIFY(run.waitForFinished());
            if (!killed || run.exitStatus() == QProcess::NormalExit) {
                // It ended before its moment came: it is the run that finishes its chain.
                ++figures.finishedFirst;
                QVERIFY2(run.exitCode() == 0, qPrintable(scenario.name + u": a run failed"_s));
                verifyFinished(scenario, expected, chain, where.isEmpty() ? scenario.name : where);
                killsLeftInChain = 0;
                continue;
            }
            ++figures.kills;
            --killsLeftInChain;
            ++killsInChain;
            where =
                u"%1, kill %2 after %3 ms (chain %4)"_s.arg(scenario.name).arg(figures.kills).arg(moment).arg(chain);
            if (!before.error.isEmpty())
                qWarning("%s: the workspace could not be read before the kill: %s", qPrintable(where),
                         qPrintable(before.error));
            figures.rowsBeforeKills += before.rowCount();

            if (QFile::exists(workspace)) {
                const QStringList problems = integrityProblems(workspace);
                QVERIFY2(problems.isEmpty(), qPrintable(where + u": "_s + problems.join(u"; "_s)));
                const WorkspaceDump after = dumpWorkspace(workspace, scenario.kept, false);
                QVERIFY2(after.error.isEmpty(), qPrintable(where + u": "_s + after.error));
                const QStringList lost = before.missingFrom(after);
                QVERIFY2(lost.isEmpty(), qPrintable(where + u" lost rows:\n"_s + lost.mid(0, 20).join(u'\n')));
            }
            ++figures.survived;
            if (killsLeftInChain > 0 && figures.kills < scenario.kills)
                continue;

            // The run that finishes what the killed ones began.
            killsLeftInChain = 0;
            const ProgramRun finished = runProgram(program, scenario.arguments(chain), environment, m_dir.path());
            QVERIFY2(finished.exitCode == 0, qPrintable(where + u": the next run failed: "_s + finished.err));
            verifyFinished(scenario, expected, chain, where);
        }
    }

    /// A finished chain: a sound workspace with the rows of an uninterrupted run, and what else the scenario checks.
    void verifyFinished(const Scenario &scenario, const WorkspaceDump &expected, int chain, const QString &where)
    {
        const QString workspace = scenario.workspace(chain);
        const QStringList problems = integrityProblems(workspace);
        QVERIFY2(problems.isEmpty(), qPrintable(where + u", after the next run: "_s + problems.join(u"; "_s)));
        const WorkspaceDump result = dumpWorkspace(workspace, scenario.compared, true);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const QStringList differences = expected.differences(result);
        for (const QString &difference : differences)
            qWarning("%s", qPrintable(difference));
        QVERIFY2(differences.isEmpty(), qPrintable(where + u": the finished run differs from an uninterrupted one "
                                                           "(above: - only there, + only here)"_s));
        const QStringList chainProblems = scenario.afterChain(chain);
        QVERIFY2(chainProblems.isEmpty(), qPrintable(where + u": "_s + chainProblems.join(u'\n')));
    }

    /// Leaves out when the workspace was made.
    static DumpFilter clockFree()
    {
        DumpFilter filter;
        filter.where.insert(u"settings"_s, u"t.key <> 'workspace.created_at'"_s);
        return filter;
    }

    // ---- the git import --------------------------------------------------------------------------------------

    /// A repository of `commits` commits on main and a release branch, every one changing a few files, with a
    /// tag every hundred commits: written by git fast-import, which makes thousands of commits in a moment.
    void makeRepository(const QString &folder, int commits)
    {
        QVERIFY(QDir().mkpath(folder));
        GitCli git(folder, path(u"git-home"_s));
        QVERIFY(QDir().mkpath(path(u"git-home"_s)));
        git.init();
        QByteArray stream;
        qint64 when = 1'700'000'000;
        for (int i = 1; i <= commits; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray message = "Change " + n + "\n\nTouches module " + QByteArray::number(i % 7) + ".\n";
            stream += "commit refs/heads/main\nmark :" + n + "\n";
            stream += "author Ada Lovelace <ada@example.org> " + QByteArray::number(when) + " +0100\n";
            stream += "committer Release Bot <bot@example.com> " + QByteArray::number(when + 60) + " +0000\n";
            stream += "data " + QByteArray::number(message.size()) + "\n" + message;
            if (i > 1)
                stream += "from :" + QByteArray::number(i - 1) + "\n";
            for (int f = 0; f < 3; ++f) {
                const QByteArray file = "src/module" + QByteArray::number((i + f) % 7) + "/file" +
                                        QByteArray::number((i * 3 + f) % 40) + ".txt";
                QByteArray content;
                for (int line = 0; line < 5 + (i + f) % 9; ++line)
                    content += "line " + QByteArray::number(line) + " of change " + n + "\n";
                stream += "M 100644 inline " + file + "\ndata " + QByteArray::number(content.size()) + "\n" + content;
            }
            stream += "\n";
            if (i % 100 == 0)
                stream += "reset refs/tags/v" + QByteArray::number(i / 100) + ".0\nfrom :" + n + "\n\n";
            when += 3600;
        }
        stream += "reset refs/heads/release\nfrom :" + QByteArray::number(commits * 3 / 4) + "\n\n";
        git.run({u"fast-import"_s, u"--quiet"_s}, stream);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(git.text({u"rev-list"_s, u"--count"_s, u"main"_s}).toInt(), commits);
    }

    // ---- the CI sync -----------------------------------------------------------------------------------------

    // ---- the release run -------------------------------------------------------------------------------------

    /// A workspace with one planned release of four deploys in a row through a process backend whose program
    /// appends "service environment" to $KILL_SIDE_EFFECTS and takes a moment; trusted on this computer.
    void makeReleaseWorkspace(const QString &file)
    {
        const QByteArray script = "#!/bin/sh\necho \"$1 $2\" >> \"$KILL_SIDE_EFFECTS\"\nsleep 0.2\n";
        QFile deploy(path(u"deploy.sh"_s));
        QVERIFY(deploy.open(QIODevice::WriteOnly));
        deploy.write(script);
        deploy.close();
        QVERIFY(deploy.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        auto workspace = store::Workspace::create(file);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            return (*workspace)->write([&](QSqlDatabase &db) -> Result<void> {
                auto ran = store::runQuery(db, u"test"_s, sql, values);
                return ran ? Result<void>() : Result<void>(ran.error());
            });
        };
        QVERIFY(exec(u"INSERT INTO services (name) VALUES ('shop'), ('search')"_s));
        QVERIFY(exec(
            u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging'), ('production', 'production')"_s));
        const QJsonObject config{{u"program"_s, path(u"deploy.sh"_s)},
                                 {u"arguments"_s, QJsonArray{u"{service}"_s, u"{environment}"_s}}};
        QVERIFY(exec(u"INSERT INTO backends (name, kind, config) VALUES ('script', 'process', ?)"_s,
                     {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}));
        const QSqlDatabase db = (*workspace)->connection();
        auto id = [&](const QString &sql) {
            auto query = store::runQuery(db, u"test"_s, sql);
            return query && query->next() ? query->value(0).toLongLong() : Id(0);
        };
        const Id backend = id(u"SELECT id FROM backends"_s);
        release::ReleasePlan plan;
        plan.release.name = u"spring"_s;
        plan.release.version = u"3.1.0"_s;
        plan.release.status = release::status::planned;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        QString previous;
        for (const QString &environment : {u"staging"_s, u"production"_s}) {
            for (const QString &service : {u"shop"_s, u"search"_s}) {
                const Id serviceId = id(u"SELECT id FROM services WHERE name = '%1'"_s.arg(service));
                if (environment == u"staging"_s)
                    plan.items.append(ReleaseItem{0, 0, serviceId, u"3.1.0"_s});
                ReleaseTask task = release::newTask(service + u'-' + environment, release::kind::deploy);
                task.serviceId = serviceId;
                task.environmentId = id(u"SELECT id FROM environments WHERE name = '%1'"_s.arg(environment));
                task.backendId = backend;
                plan.tasks.append(task);
                if (!previous.isEmpty())
                    plan.edges.append({previous, task.name});
                previous = task.name;
            }
        }
        auto saved = release::savePlan(**workspace, plan, u"tester"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

    QStringList sideEffects(int chain) const
    {
        return QString::fromUtf8(readAll(path(u"release-%1.effects"_s.arg(chain)))).split(u'\n', Qt::SkipEmptyParts);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(m_dir.path());
        QVERIFY(!m_environment.isEmpty());
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        m_environment.remove(u"DISPLAY"_s);
        bool given = false;
        m_seed = qEnvironmentVariableIntValue("FLOWDECK_KILL_SEED", &given);
        if (!given)
            m_seed = QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("kill seed %u (FLOWDECK_KILL_SEED=%u repeats these kills)", m_seed, m_seed);
    }

    void gitImport()
    {
        const QString repository = path(u"repository"_s);
        makeRepository(repository, 1000);
        Scenario scenario;
        scenario.name = u"git import"_s;
        scenario.kills = 17;
        scenario.compared = clockFree();
        scenario.compared.columns.insert(u"repositories.last_import_at"_s);
        scenario.kept = scenario.compared;
        // Written once the walk is done: the diff statistics, and whether a commit is still reachable.
        for (const QString &column : {u"commits.files_changed"_s, u"commits.insertions"_s, u"commits.deletions"_s,
                                      u"commits.reachable"_s, u"branches.tip_oid"_s})
            scenario.kept.columns.insert(column);
        scenario.workspace = [this](int chain) {
            return path(u"git-%1.flowdeck"_s.arg(chain));
        };
        scenario.arguments = [&](int chain) {
            return QStringList{u"import"_s, u"git"_s, repository, u"-w"_s, scenario.workspace(chain)};
        };
        scenario.environment = [this](int) {
            return m_environment;
        };
        scenario.afterChain = [](int) {
            return QStringList();
        };
        survive(scenario);
    }

    void ciSync()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        // Each page after a moment, so that the sync takes a while and a kill can land between the pages it stores.
        scriptGithubFixtures(server, std::chrono::milliseconds(120));
        Scenario scenario;
        scenario.name = u"CI sync"_s;
        scenario.kills = 17;
        scenario.compared = clockFree();
        scenario.compared.columns.unite({u"ci_sources.last_sync_at"_s, u"ci_sync_cursors.updated_at"_s});
        scenario.kept = scenario.compared;
        scenario.kept.columns.unite({u"ci_sync_cursors.cursor_value"_s, u"ci_sync_cursors.etag"_s});
        scenario.workspace = [this](int chain) {
            return path(u"ci-%1.flowdeck"_s.arg(chain));
        };
        scenario.arguments = [&](int chain) {
            return QStringList{u"import"_s,     u"github"_s, u"octo/hello"_s,          u"--api"_s,
                               server.origin(), u"-w"_s,     scenario.workspace(chain)};
        };
        scenario.environment = [this](int) {
            QProcessEnvironment environment = m_environment;
            environment.insert(u"FLOWDECK_GITHUB_TOKEN"_s, u"ghp_killtest"_s);
            return environment;
        };
        scenario.afterChain = [](int) {
            return QStringList();
        };
        survive(scenario);
    }

    void releaseRun()
    {
        const QString original = path(u"release-template.flowdeck"_s);
        makeReleaseWorkspace(original);
        if (QTest::currentTestFailed())
            return;
        const ProgramRun trusted =
            runProgram(program, {u"release"_s, u"trust"_s, u"-w"_s, original}, m_environment, m_dir.path());
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        Scenario scenario;
        scenario.name = u"release run"_s;
        scenario.kills = 16;
        scenario.compared = clockFree();
        // Times, and the handle of a deploy's job, which names the job's folder in the cache of its chain. A run
        // that takes over from a killed one says so in the audit log, and so does each job it finds again.
        scenario.compared.columns.unite(
            {u"*.started_at"_s, u"*.finished_at"_s, u"*.at"_s, u"release_tasks.backend_handle"_s});
        scenario.compared.where.insert(u"audit_log"_s, u"t.action NOT IN ('release.resume', 'deploy.reattach')"_s);
        scenario.kept = scenario.compared;
        // What moves on while a release runs; the lease goes when the run ends.
        scenario.kept.columns.unite({u"*.state"_s, u"*.status"_s, u"release_tasks.attempt"_s, u"*.revision"_s});
        scenario.kept.tables.insert(u"release_locks"_s);
        scenario.workspace = [this](int chain) {
            return path(u"release-%1.flowdeck"_s.arg(chain));
        };
        scenario.arguments = [&](int chain) {
            return QStringList{u"release"_s, u"run"_s, u"spring"_s, u"-w"_s, scenario.workspace(chain)};
        };
        // Each chain: a copy of the trusted workspace, and a cache of its own, where the jobs of its deploys live
        // (copies share the workspace's identity, and so the tokens of their attempts).
        scenario.environment = [&, this](int chain) {
            const QString copy = scenario.workspace(chain);
            if (!QFile::exists(copy) && !QFile::copy(original, copy))
                qWarning("cannot copy %s", qPrintable(original));
            QProcessEnvironment environment = m_environment;
            const QString cache = path(u"release-cache-%1"_s.arg(chain));
            QDir().mkpath(cache);
            environment.insert(u"XDG_CACHE_HOME"_s, cache);
            environment.insert(u"KILL_SIDE_EFFECTS"_s, path(u"release-%1.effects"_s.arg(chain)));
            return environment;
        };
        scenario.afterChain = [this](int chain) {
            QStringList effects = sideEffects(chain);
            effects.sort();
            const QStringList once{u"search production"_s, u"search staging"_s, u"shop production"_s,
                                   u"shop staging"_s};
            return effects == once ? QStringList() : QStringList{u"the deploys ran: "_s + effects.join(u", "_s)};
        };
        survive(scenario);
    }

    void cleanupTestCase()
    {
        int kills = 0;
        int survived = 0;
        for (auto it = m_figures.cbegin(); it != m_figures.cend(); ++it) {
            qInfo("%s: %d kills, %d survived, in %d chains of runs; %d runs ended before their kill; %lld rows read "
                  "before the kills, none lost",
                  qPrintable(it.key()), it->kills, it->survived, it->chains, it->finishedFirst,
                  qint64(it->rowsBeforeKills));
            kills += it->kills;
            survived += it->survived;
        }
        qInfo("in all: %d kills, %d survived (seed %u)", kills, survived, m_seed);
    }
};

QTEST_GUILESS_MAIN(TestKillRecovery)
#include "tst_killrecovery.moc"
