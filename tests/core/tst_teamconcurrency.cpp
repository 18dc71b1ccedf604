// SPDX-License-Identifier: GPL-3.0-or-later
// A team workspace on the test PostgreSQL server used by several people at once: two `flowdeck import` processes
// started together on the same data (saved files, a CSV file, the same GitHub repository on a loopback server, or
// the same git repository)
// store each record once, as a single import does; two sessions editing the same
// value stream map, pipeline or release plan cannot overwrite each other: a save on an old revision is refused.
#include "gitcli.h"
#include "graph/pipelinestore.h"
#include "postgresqltesting.h"
#include "programrun.h"
#include "release/releasestore.h"
#include "scriptedhttpserver.h"
#include "store/workspace.h"
#include "valuestream/mapstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <array>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

// Three deployments of two services to two environments (read: 3 deployments, 2 services, 2 environments).
const char *const deploymentsCsv = "service,environment,version,commit,started_at,finished_at,status,id\n"
                                   "checkout,staging,1.4.2,9fceb02,2024-03-05T08:00:00Z,2024-03-05T08:04:59Z,"
                                   "success,dep-200\n"
                                   "checkout,production,1.4.2,9fceb02,2024-03-05T10:15:00Z,2024-03-05T10:21:30Z,"
                                   "success,dep-201\n"
                                   "payments,production,2.0.0,a1b2c3d,2024-03-12T09:00:00Z,2024-03-12T09:10:00Z,"
                                   "failure,dep-202\n";

// The tables an import writes to, compared between a single import and imports running at once.
const QStringList importedTables{u"repositories"_s,        u"services"_s,      u"environments"_s,   u"pipelines"_s,
                                 u"pipeline_runs"_s,       u"jobs"_s,          u"job_step_lists"_s, u"deployments"_s,
                                 u"deployment_statuses"_s, u"pull_requests"_s, u"tags"_s,           u"ci_releases"_s,
                                 u"ci_sources"_s,          u"incidents"_s,     u"commits"_s,        u"commit_parents"_s,
                                 u"commit_files"_s,        u"branches"_s};

/// The rows of every imported table, as "table=count" lines.
QStringList tableCounts(const PostgreSqlTestDatabase &database)
{
    QStringList counts;
    for (const QString &table : importedTables)
        counts.append(u"%1=%2"_s.arg(table, database.scalar(u"SELECT count(*) FROM "_s + table).toString()));
    return counts;
}

/// Rows of `table` sharing one (source, external_id): none when no record was imported twice.
int duplicates(const PostgreSqlTestDatabase &database, const QString &table)
{
    return database
        .scalar(u"SELECT count(*) FROM (SELECT source, external_id FROM %1 GROUP BY source, external_id "
                u"HAVING count(*) > 1) AS twice"_s.arg(table))
        .toInt();
}

graph::StageSpec stage(const QString &name, const char *kind, const QStringList &needs = {})
{
    graph::StageSpec spec;
    spec.name = name;
    spec.kind = QString::fromLatin1(kind);
    spec.needs = needs;
    return spec;
}

/// A new workspace in `database` holding the pipeline "checkout": build, then test.
Result<graph::SavedPipeline> createCheckoutPipeline(const PostgreSqlTestDatabase &database)
{
    auto created = store::Workspace::create(database.address(), database.options());
    if (!created)
        return created.error();
    graph::PipelineSpec spec;
    spec.name = u"checkout"_s;
    spec.stages = {stage(u"build"_s, StageKind::Build), stage(u"test"_s, StageKind::Test, {u"build"_s})};
    return graph::savePipeline(**created, spec);
}

} // namespace

class TestTeamConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_csv;
    QString m_github;

    QProcessEnvironment environment(const QString &password) const
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, password);
        return environment;
    }

    /// Runs `arguments` once and waits for it.
    ProgramRun flowdeck(const QStringList &arguments, const QString &password) const
    {
        return runProgram(QStringLiteral(FLOWDECK_BINARY), arguments, environment(password), m_dir.path());
    }

    /// Starts two processes of `arguments` together and waits for both; their exit codes and error output.
    std::array<ProgramRun, 2> flowdeckTwiceAtOnce(const QStringList &arguments, const QString &password) const
    {
        std::array<QProcess, 2> processes;
        for (QProcess &process : processes) {
            process.setProcessEnvironment(environment(password));
            process.setWorkingDirectory(m_dir.path());
            process.start(QStringLiteral(FLOWDECK_BINARY), arguments);
        }
        std::array<ProgramRun, 2> runs;
        for (int i = 0; i < 2; ++i) {
            QProcess &process = processes.at(i);
            const bool finished = process.waitForStarted(10'000) && process.waitForFinished(120'000);
            runs.at(i).exitCode = finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
            runs.at(i).out = process.readAllStandardOutput();
            runs.at(i).err = QString::fromUtf8(process.readAllStandardError());
            if (!finished)
                runs.at(i).err += u"\n(did not finish: %1)"_s.arg(process.errorString());
        }
        return runs;
    }

    /// Imports with `importArguments` once into a fresh database, then three times two at once into another, and
    /// compares what is stored; returns the single import's counts for the caller's own checks.
    void compareSingleWithConcurrent(const QString &name, const QStringList &importArguments, QStringList *singleCounts)
    {
        PostgreSqlTestDatabase single(name + u"_single"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(single);
        const ProgramRun once =
            flowdeck(importArguments + QStringList{u"-w"_s, single.address(), u"--json"_s}, single.password());
        QVERIFY2(once.exitCode == 0, qPrintable(once.err));
        *singleCounts = tableCounts(single);

        PostgreSqlTestDatabase shared(name + u"_shared"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(shared);
        for (int round = 0; round < 3; ++round) {
            const auto runs = flowdeckTwiceAtOnce(importArguments + QStringList{u"-w"_s, shared.address(), u"--json"_s},
                                                  shared.password());
            for (const ProgramRun &run : runs) {
                QVERIFY2(run.exitCode == 0,
                         qPrintable(u"round %1, exit code %2: %3"_s.arg(round).arg(run.exitCode).arg(run.err)));
                QVERIFY2(!QJsonDocument::fromJson(run.out).object().isEmpty(), run.out.constData());
            }
            QCOMPARE(tableCounts(shared), *singleCounts);
            for (const QString &table : {u"pipeline_runs"_s, u"jobs"_s, u"deployments"_s, u"incidents"_s})
                QVERIFY2(duplicates(shared, table) == 0, qPrintable(table));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(m_dir.filePath(u"home"_s));
        QVERIFY(!m_environment.isEmpty());
        m_csv = m_dir.filePath(u"deployments.csv"_s);
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(deploymentsCsv);
        m_github = QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/github"_s;
        QVERIFY(QFile::exists(m_github + u"/workflow-run-paginated.json"_s));
    }

    // The saved GitHub responses hold one workflow run (30433642), one job of another run (skipped), one deployment
    // (id 1, in two files), one pull request and one release: imported twice at once, three times over, each record
    // is stored once.
    void twoGitHubImportsAtOnce()
    {
        QStringList counts;
        compareSingleWithConcurrent(u"conc_github"_s, {u"import"_s, u"files"_s, m_github, u"--provider"_s, u"github"_s},
                                    &counts);
        if (QTest::currentTestFailed())
            return;
        for (const QString &expected :
             {u"pipeline_runs=1"_s, u"jobs=0"_s, u"deployments=1"_s, u"pull_requests=1"_s, u"ci_releases=1"_s})
            QVERIFY2(counts.contains(expected), qPrintable(expected + u" in "_s + counts.join(u' ')));
    }

    // The saved Jenkins responses hold six runs with 3, 3, 2, 2, 2 and 2 stages (14 jobs), and the steps of one stage
    // of them (the other stage described belongs to run 17, which is not there): the jobs and their steps are stored
    // once however the two imports interleave.
    void twoJenkinsImportsAtOnce()
    {
        QStringList counts;
        compareSingleWithConcurrent(u"conc_jenkins"_s,
                                    {u"import"_s, u"files"_s,
                                     QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/jenkins"_s, u"--provider"_s,
                                     u"jenkins"_s},
                                    &counts);
        if (QTest::currentTestFailed())
            return;
        for (const QString &expected : {u"jobs=14"_s, u"job_step_lists=1"_s})
            QVERIFY2(counts.contains(expected), qPrintable(expected + u" in "_s + counts.join(u' ')));
    }

    // `flowdeck import github` of one repository, twice at once, from the loopback server that serves the saved GitHub
    // responses: one run (its job page holds a job of another run), one deployment with its statuses, one pull
    // request, one release, and the six incident issues of issue-items.json. Both processes register the same
    // source, and each record is stored once.
    void twoGitHubSyncsAtOnce()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        const auto fixture = [](const QString &name) {
            QFile file(name);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QString saved = m_github + u'/';
        const QString repo = u"/repos/octo/hello"_s;
        server.script(repo + u"/actions/runs"_s,
                      ScriptedResponse::ok(fixture(saved + u"workflow-run-paginated.json"_s)));
        server.script(repo + u"/actions/runs/30433642/jobs"_s,
                      ScriptedResponse::ok(fixture(saved + u"job-paginated.json"_s)));
        server.script(repo + u"/deployments"_s, ScriptedResponse::ok(fixture(saved + u"deployment-items.json"_s)));
        server.script(repo + u"/deployments/1/statuses"_s,
                      ScriptedResponse::ok(fixture(saved + u"deployment-status-items.json"_s)));
        server.script(repo + u"/pulls"_s, ScriptedResponse::ok(fixture(saved + u"pull-request-simple-items.json"_s)));
        server.script(repo + u"/releases"_s, ScriptedResponse::ok(fixture(saved + u"release-items.json"_s)));
        const QByteArray issues = fixture(QStringLiteral(FLOWDECK_TEST_DATA "/ci/github/issue-items.json"));
        QVERIFY(!issues.isEmpty());
        server.script(repo + u"/issues"_s, ScriptedResponse::ok(issues));

        QStringList counts;
        compareSingleWithConcurrent(u"conc_sync"_s,
                                    {u"import"_s, u"github"_s, u"octo/hello"_s, u"--api"_s, server.origin()}, &counts);
        if (QTest::currentTestFailed())
            return;
        for (const QString &expected : {u"ci_sources=1"_s, u"pipeline_runs=1"_s, u"jobs=0"_s, u"deployments=1"_s,
                                        u"pull_requests=1"_s, u"ci_releases=1"_s, u"incidents=6"_s})
            QVERIFY2(counts.contains(expected), qPrintable(expected + u" in "_s + counts.join(u' ')));
        // Seven requests of one sync (the runs, the run's jobs, deployments, the deployment's statuses, pull
        // requests, releases, issues), made by one import and by two imports three times.
        QVERIFY2(server.requestCount(repo + u"/actions/runs"_s) == 1 + 2 * 3,
                 qPrintable(QString::number(server.requestCount(repo + u"/actions/runs"_s))));
    }

    // `flowdeck import git` of one repository, twice at once: 200 commits on main, each changing one of seven files,
    // and a tag. The imports take turns on the server, and the commits, their parents and files are stored once.
    void twoGitImportsAtOnce()
    {
        GitCli git(m_dir.filePath(u"shop"_s), m_dir.filePath(u"git-home"_s));
        git.init();
        for (int i = 1; i <= 200; ++i) {
            git.writeFile(u"file%1.txt"_s.arg(i % 7), QByteArray::number(i) + '\n');
            git.commit(u"Commit %1"_s.arg(i));
        }
        git.tag(u"v1.0"_s, git.oid(u"HEAD~10"_s));
        QVERIFY(!QTest::currentTestFailed());
        QStringList counts;
        compareSingleWithConcurrent(u"conc_git"_s, {u"import"_s, u"git"_s, git.directory()}, &counts);
        if (QTest::currentTestFailed())
            return;
        // A root commit and 199 with one parent each; one file changed by each commit.
        for (const QString &expected : {u"repositories=1"_s, u"commits=200"_s, u"commit_parents=199"_s,
                                        u"commit_files=200"_s, u"tags=1"_s, u"branches=1"_s})
            QVERIFY2(counts.contains(expected), qPrintable(expected + u" in "_s + counts.join(u' ')));
    }

    void twoCsvImportsAtOnce()
    {
        QStringList counts;
        compareSingleWithConcurrent(u"conc_csv"_s, {u"import"_s, u"csv"_s, u"deployments"_s, m_csv}, &counts);
        if (QTest::currentTestFailed())
            return;
        for (const QString &expected : {u"deployments=3"_s, u"services=2"_s, u"environments=2"_s})
            QVERIFY2(counts.contains(expected), qPrintable(expected + u" in "_s + counts.join(u' ')));
    }

    // Two sessions (two connections) open the same map; the first saves, the second's save on the old revision is
    // refused and the stored map is the first's.
    void staleMapEditRefused()
    {
        PostgreSqlTestDatabase database(u"conc_map"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto created = store::Workspace::create(database.address(), database.options());
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        valuestream::Map map;
        map.name = u"Checkout"_s;
        valuestream::Step idea;
        idea.id = -1;
        idea.name = u"Idea"_s;
        idea.kind = QString::fromLatin1(valuestream::StepKind::Other);
        valuestream::Step build = idea;
        build.id = -2;
        build.name = u"Build"_s;
        build.kind = QString::fromLatin1(valuestream::StepKind::Build);
        map.steps = {idea, build};
        const auto saved = valuestream::saveMap(**created, map);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        created->reset();

        auto alice = store::Workspace::open(database.address(), database.options());
        auto bob = store::Workspace::open(database.address(), database.options());
        QVERIFY2(alice.ok(), qPrintable(alice.errorMessage()));
        QVERIFY2(bob.ok(), qPrintable(bob.errorMessage()));
        auto alicesMap = valuestream::loadMap((*alice)->connection(), saved->id);
        auto bobsMap = valuestream::loadMap((*bob)->connection(), saved->id);
        QVERIFY(alicesMap.ok() && bobsMap.ok());
        QCOMPARE(bobsMap->revision, 1);

        alicesMap->notes = u"Alice's notes"_s;
        const auto alicesSave = valuestream::saveMap(**alice, *alicesMap);
        QVERIFY2(alicesSave.ok(), qPrintable(alicesSave.errorMessage()));
        QCOMPARE(alicesSave->revision, 2);

        bobsMap->notes = u"Bob's notes"_s;
        bobsMap->steps.removeLast();
        const auto bobsSave = valuestream::saveMap(**bob, *bobsMap);
        QVERIFY(!bobsSave.ok());
        QVERIFY2(bobsSave.errorMessage().contains(u"“Checkout” was changed elsewhere since it was opened"_s),
                 qPrintable(bobsSave.errorMessage()));

        QCOMPARE(database.scalar(u"SELECT notes FROM value_streams"_s).toString(), u"Alice's notes"_s);
        QCOMPARE(database.scalar(u"SELECT revision FROM value_streams"_s).toInt(), 2);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM value_stream_steps"_s).toInt(), 2);
    }

    // The same for a pipeline (pipelines.revision): the second session's save is refused, the stages are the first's.
    void stalePipelineEditRefused()
    {
        PostgreSqlTestDatabase database(u"conc_pipeline"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        const auto saved = createCheckoutPipeline(database);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

        auto alice = store::Workspace::open(database.address(), database.options());
        auto bob = store::Workspace::open(database.address(), database.options());
        QVERIFY2(alice.ok(), qPrintable(alice.errorMessage()));
        QVERIFY2(bob.ok(), qPrintable(bob.errorMessage()));
        auto alicesPipeline = graph::loadPipeline((*alice)->connection(), saved->pipelineId);
        auto bobsPipeline = graph::loadPipeline((*bob)->connection(), saved->pipelineId);
        QVERIFY(alicesPipeline.ok() && bobsPipeline.ok());

        graph::PipelineSpec alicesEdit = alicesPipeline->spec;
        alicesEdit.stages.append(stage(u"audit"_s, StageKind::Security, {u"build"_s}));
        const auto alicesSave =
            graph::savePipeline(**alice, alicesEdit, graph::PipelineSaveOptions::editOf(alicesPipeline->row));
        QVERIFY2(alicesSave.ok(), qPrintable(alicesSave.errorMessage()));
        QCOMPARE(alicesSave->revision, 2);

        graph::PipelineSpec bobsEdit = bobsPipeline->spec;
        bobsEdit.stages.removeLast();
        const auto bobsSave =
            graph::savePipeline(**bob, bobsEdit, graph::PipelineSaveOptions::editOf(bobsPipeline->row));
        QVERIFY(!bobsSave.ok());
        QVERIFY2(bobsSave.errorMessage().contains(u"“checkout” was changed elsewhere (it is at revision 2, this edit "
                                                  u"started from revision 1)"_s),
                 qPrintable(bobsSave.errorMessage()));

        QCOMPARE(database.scalar(u"SELECT revision FROM pipelines"_s).toInt(), 2);
        QCOMPARE(database.scalar(u"SELECT string_agg(name, ',' ORDER BY name) FROM stages"_s).toString(),
                 u"audit,build,test"_s);
    }

    // Bob's save starts while Alice's is still under way: it waits for hers and is then refused, instead of
    // reading the old revision before she commits and overwriting her edit.
    void pipelineSaveWaitingOnAnotherIsRefused()
    {
        PostgreSqlTestDatabase database(u"conc_pipeline_wait"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        const auto saved = createCheckoutPipeline(database);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

        auto alice = store::Workspace::open(database.address(), database.options());
        auto bob = store::Workspace::open(database.address(), database.options());
        QVERIFY2(alice.ok() && bob.ok(), "two sessions");
        auto bobsPipeline = graph::loadPipeline((*bob)->connection(), saved->pipelineId);
        QVERIFY(bobsPipeline.ok());

        // Alice's save in flight: her transaction holds the pipeline's row and has moved it to revision 2.
        QSqlDatabase alicesConnection = (*alice)->connection();
        QVERIFY(alicesConnection.transaction());
        QSqlQuery held(alicesConnection);
        QVERIFY(held.exec(u"SELECT revision FROM pipelines WHERE id = %1 FOR UPDATE"_s.arg(saved->pipelineId)));
        QVERIFY(held.exec(
            u"UPDATE pipelines SET revision = 2, definition = 'alice' WHERE id = %1"_s.arg(saved->pipelineId)));

        Result<graph::SavedPipeline> bobsSave = Error{u"not run"_s};
        std::unique_ptr<QThread> bobsThread(QThread::create([&] {
            graph::PipelineSpec bobsEdit = bobsPipeline->spec;
            bobsEdit.stages.removeLast();
            bobsSave = graph::savePipeline(**bob, bobsEdit, graph::PipelineSaveOptions::editOf(bobsPipeline->row));
        }));
        bobsThread->start();
        // Bob's session is waiting for Alice's row lock.
        QTRY_VERIFY_WITH_TIMEOUT(database.scalar(u"SELECT COUNT(*) FROM pg_stat_activity WHERE datname = "
                                                 u"current_database() AND wait_event_type = 'Lock'"_s)
                                         .toInt() == 1,
                                 10000);
        QVERIFY(alicesConnection.commit());
        QVERIFY(bobsThread->wait(10000));

        QVERIFY(!bobsSave.ok());
        QVERIFY2(bobsSave.errorMessage().contains(u"(it is at revision 2, this edit started from revision 1)"_s),
                 qPrintable(bobsSave.errorMessage()));
        QCOMPARE(database.scalar(u"SELECT definition FROM pipelines"_s).toString(), u"alice"_s);
        QCOMPARE(database.scalar(u"SELECT string_agg(name, ',' ORDER BY name) FROM stages"_s).toString(),
                 u"build,test"_s);
    }

    // The same for a release plan: the releases.revision column guards it.
    void staleReleaseEditRefused()
    {
        PostgreSqlTestDatabase database(u"conc_release"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto created = store::Workspace::create(database.address(), database.options());
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        release::ReleasePlan plan;
        plan.release.name = u"Spring"_s;
        plan.release.version = u"2024.3"_s;
        plan.release.description = u"Spring release"_s;
        ReleaseTask smoke;
        smoke.name = u"smoke"_s;
        smoke.kind = release::kind::manual;
        smoke.state = release::state::planned;
        smoke.config = u"{}"_s;
        plan.tasks = {smoke};
        const auto saved = release::savePlan(**created, plan, u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        created->reset();

        auto dana = store::Workspace::open(database.address(), database.options());
        auto lee = store::Workspace::open(database.address(), database.options());
        QVERIFY2(dana.ok(), qPrintable(dana.errorMessage()));
        QVERIFY2(lee.ok(), qPrintable(lee.errorMessage()));
        auto danasPlan = release::loadPlan((*dana)->connection(), saved->release.id);
        auto leesPlan = release::loadPlan((*lee)->connection(), saved->release.id);
        QVERIFY(danasPlan.ok() && leesPlan.ok());

        danasPlan->release.description = u"Edited by dana"_s;
        const auto danasSave = release::savePlan(**dana, *danasPlan, u"dana"_s);
        QVERIFY2(danasSave.ok(), qPrintable(danasSave.errorMessage()));
        QCOMPARE(danasSave->release.revision, 2);

        leesPlan->release.description = u"Edited by lee"_s;
        const auto leesSave = release::savePlan(**lee, *leesPlan, u"lee"_s);
        QVERIFY(!leesSave.ok());
        QVERIFY2(leesSave.errorMessage().contains(u"release “Spring” was changed elsewhere (it is at revision 2, "
                                                  u"this edit was made on revision 1)"_s),
                 qPrintable(leesSave.errorMessage()));

        QCOMPARE(database.scalar(u"SELECT description FROM releases"_s).toString(), u"Edited by dana"_s);
        QCOMPARE(database.scalar(u"SELECT revision FROM releases"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamConcurrency)
#include "tst_teamconcurrency.moc"
