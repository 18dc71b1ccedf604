// SPDX-License-Identifier: GPL-3.0-or-later
// Syncing CI sources over HTTP from a loopback server that serves the real payloads of ../shared/fixtures/ci (as
// they are, quirks included) with real headers: pages, rate limits, server errors, cut-off and malformed bodies,
// a refused token; what was stored is checked against the fixtures' content, and a second sync adds nothing.
// Every case runs on SQLite and again on PostgreSQL (a database of its own on the test server for each workspace).
#include "engineworkspaces.h"
#include "scriptedhttpserver.h"

#include "ci/sync/cisources.h"
#include "ci/sync/cisync.h"
#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(relative));
    return file.readAll();
}

QByteArray testData(const QString &relative)
{
    QFile file(QStringLiteral(FLOWDECK_TEST_DATA "/ci/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

/// A copy of a fixture's JSON with some fields changed, for pages that must differ from the fixture's own.
QByteArray derived(const QByteArray &json, const std::function<void(QJsonObject &)> &change, const QString &list = {})
{
    QJsonDocument document = QJsonDocument::fromJson(json);
    if (list.isEmpty()) {
        QJsonArray items = document.array();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items[i].toObject();
            change(item);
            items[i] = item;
        }
        return QJsonDocument(items).toJson();
    }
    QJsonObject page = document.object();
    QJsonArray items = page.value(list).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QJsonObject item = items[i].toObject();
        change(item);
        items[i] = item;
    }
    page.insert(list, items);
    return QJsonDocument(page).toJson();
}

qint64 count(const Workspace &workspace, const QString &table)
{
    auto query = runQuery(workspace.connection(), table, u"SELECT count(*) FROM "_s + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

/// Every value of every row of `table`, as text.
QString tableText(const Workspace &workspace, const QString &table)
{
    auto query = runQuery(workspace.connection(), table, u"SELECT * FROM "_s + table);
    QStringList values;
    while (query && query->next()) {
        for (int i = 0; i < query->record().count(); ++i)
            values.append(query->value(i).toString());
    }
    return values.join(u'\n');
}

QStringList tables()
{
    return {u"pipeline_runs"_s, u"jobs"_s,      u"job_steps"_s,   u"deployments"_s,  u"deployment_statuses"_s,
            u"pull_requests"_s, u"incidents"_s, u"ci_releases"_s, u"environments"_s, u"services"_s};
}

QHash<QString, qint64> counts(const Workspace &workspace)
{
    QHash<QString, qint64> result;
    for (const QString &table : tables())
        result.insert(table, count(workspace, table));
    return result;
}

SyncOptions quickOptions()
{
    SyncOptions options;
    options.policy.firstBackoff = std::chrono::milliseconds(10);
    options.policy.timeout = std::chrono::milliseconds(3000);
    options.policy.maxAttempts = 3;
    return options;
}

const QString repo = u"/repos/octo/hello"_s;

} // namespace

class TestCiSync : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestCiSync(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    int m_count = 0;

    /// A new empty workspace; initTestCase() has made sure the engine can make one.
    std::shared_ptr<Workspace> newWorkspace()
    {
        auto workspace = m_workspaces.create(u"sync-%1"_s.arg(++m_count));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.errorMessage()));
        return *workspace;
    }

    static CiSource savedSource(const Workspace &workspace, const QString &provider, const QString &baseUrl,
                                const QString &project)
    {
        CiSource source;
        source.provider = provider;
        source.baseUrl = baseUrl;
        source.project = project;
        auto saved = saveSource(workspace, source);
        if (!saved)
            qFatal("%s", qPrintable(saved.errorMessage()));
        return *saved;
    }

    /// The GitHub endpoints a sync reads, each answered with its fixture as it is.
    static void scriptGitHubFixtures(ScriptedHttpServer &server)
    {
        server.script(
            repo + u"/actions/runs"_s,
            ScriptedResponse::ok(fixture(u"github/workflow-run-paginated.json"_s)).withHeader("ETag", "W/\"runs-1\""));
        server.script(repo + u"/actions/runs/30433642/jobs"_s,
                      ScriptedResponse::ok(fixture(u"github/job-paginated.json"_s)));
        server.script(repo + u"/deployments"_s, ScriptedResponse::ok(fixture(u"github/deployment-items.json"_s)));
        server.script(repo + u"/deployments/1/statuses"_s,
                      ScriptedResponse::ok(fixture(u"github/deployment-status-items.json"_s)));
        server.script(repo + u"/pulls"_s, ScriptedResponse::ok(fixture(u"github/pull-request-simple-items.json"_s)));
        server.script(repo + u"/releases"_s,
                      ScriptedResponse::ok(fixture(u"github/release-items.json"_s)).withHeader("ETag", "\"rel-1\""));
        server.script(repo + u"/issues"_s, ScriptedResponse::ok(testData(u"github/issue-items.json"_s)));
    }

private slots:
    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
        FLOWDECK_REQUIRE_ENGINE(m_workspaces);
    }

    void githubFixturesAsTheyAre()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        scriptGitHubFixtures(server);
        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"github"_s, server.origin(), u"octo/hello"_s);
        QStringList notices;
        auto synced = syncSource(*workspace, source, "ghp_secret", quickOptions(), {},
                                 [&](const QString &line) { notices.append(line); });
        QVERIFY2(synced, qPrintable(synced.errorMessage()));

        // workflow-run-paginated.json: one run, 30433642 "Build", queued.
        const auto runs = *loadRows<PipelineRun>(workspace->connection());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].externalId, u"30433642"_s);
        QCOMPARE(runs[0].name, std::optional<QString>(u"Build"_s));
        QCOMPARE(runs[0].status, u"queued"_s);
        // job-paginated.json is a job of run 29679449, which the runs page does not list: kept out, with a warning.
        QCOMPARE(count(*workspace, u"jobs"_s), 0);
        QVERIFY(synced->counts.warnings.join(u'\n').contains(u"29679449"_s));
        // deployment-items.json: deployment 1 to production; the statuses page speaks of deployment 42.
        const auto deployments = *loadRows<Deployment>(workspace->connection());
        QCOMPARE(deployments.size(), 1);
        QCOMPARE(deployments[0].externalId, u"1"_s);
        QVERIFY(synced->counts.warnings.join(u'\n').contains(u"42"_s));
        QCOMPARE(count(*workspace, u"pull_requests"_s), 1);
        QCOMPARE(count(*workspace, u"ci_releases"_s), 1);
        // issue-items.json: 1001, 1002, 1005, 1006, 1007 and 1008 carry the incident label (in any case); 1003 is a
        // pull request, 1004 is not labelled.
        QCOMPARE(count(*workspace, u"incidents"_s), 6);
        QVERIFY(!notices.isEmpty());

        // The token went out as a bearer token, and never into the workspace.
        const auto requests = server.requests();
        QVERIFY(!requests.isEmpty());
        for (const ReceivedRequest &request : requests)
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer ghp_secret"));
        if (!m_workspaces.onPostgreSql()) {
            QFile file(workspace->path());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains("ghp_secret"));
        }
        for (const QString &table : {u"ci_sources"_s, u"settings"_s, u"audit_log"_s}) {
            const QString stored = tableText(*workspace, table);
            QVERIFY2(!stored.contains(u"ghp_secret"_s), qPrintable(table + u": "_s + stored));
        }
        QVERIFY(tableText(*workspace, u"ci_sources"_s).contains(u"octo/hello"_s));

        // A second sync adds nothing, and asks only for runs created since the open run's creation.
        const auto before = counts(*workspace);
        const qsizetype sent = requests.size();
        auto again = syncSource(*workspace, source, "ghp_secret", quickOptions());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(counts(*workspace), before);
        bool bounded = false;
        const auto second = server.requests().mid(sent);
        for (const ReceivedRequest &request : second) {
            if (request.path == repo + u"/actions/runs"_s)
                bounded = request.query.contains(u"created=%3E%3D2020-01-22T19%3A33%3A08Z"_s);
        }
        QVERIFY2(bounded, "the second sync asked for runs without the cursor");
        // The releases' ETag was kept: the second sync asked conditionally.
        bool conditional = false;
        for (const ReceivedRequest &request : second) {
            if (request.path == repo + u"/releases"_s)
                conditional = request.header("If-None-Match") == "\"rel-1\"";
        }
        QVERIFY(conditional);
    }

    void githubPagesRateLimitsAndRetries()
    {
        ScriptedHttpServer server;
        const QByteArray runs = fixture(u"github/workflow-run-paginated.json"_s);
        // Page 2: the fixture's run as another, finished run (ids changed).
        const QByteArray older = derived(
            runs,
            [](QJsonObject &run) {
                run.insert(u"id"_s, 30433643);
                run.insert(u"status"_s, u"completed"_s);
                run.insert(u"conclusion"_s, u"success"_s);
                run.insert(u"created_at"_s, u"2020-01-21T10:00:00Z"_s);
            },
            u"workflow_runs"_s);
        const QByteArray link =
            "<" + server.url(repo + u"/actions/runs?per_page=100&page=2"_s).toEncoded() + ">; rel=\"next\"";
        server.script(repo + u"/actions/runs"_s, ScriptedResponse::ok(runs).withHeader("Link", link));
        server.script(repo + u"/actions/runs"_s,
                      {ScriptedResponse::withStatus(429).withHeader("Retry-After", "1"), ScriptedResponse::ok(older)},
                      u"page=2"_s);
        const QByteArray jobs = fixture(u"github/job-paginated.json"_s);
        server.script(repo + u"/actions/runs/30433642/jobs"_s,
                      {ScriptedResponse::withStatus(500, "{\"message\":\"boom\"}"),
                       ScriptedResponse::ok(derived(
                           jobs, [](QJsonObject &job) { job.insert(u"run_id"_s, 30433642); }, u"jobs"_s))});
        server.script(repo + u"/actions/runs/30433643/jobs"_s, ScriptedResponse::ok(derived(
                                                                   jobs,
                                                                   [](QJsonObject &job) {
                                                                       job.insert(u"id"_s, 399444497);
                                                                       job.insert(u"run_id"_s, 30433643);
                                                                   },
                                                                   u"jobs"_s)));
        for (const QString &path : {u"/deployments"_s, u"/pulls"_s, u"/releases"_s, u"/issues"_s})
            server.script(repo + path, ScriptedResponse::ok("[]"));

        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"github"_s, server.origin(), u"octo/hello"_s);
        QStringList notices;
        QElapsedTimer clock;
        clock.start();
        auto synced =
            syncSource(*workspace, source, {}, quickOptions(), {}, [&](const QString &line) { notices.append(line); });
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
        QVERIFY(clock.elapsed() >= 1000);
        QVERIFY2(notices.join(u'\n').contains(u"Rate limit"_s), qPrintable(notices.join(u'\n')));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 2);
        QCOMPARE(count(*workspace, u"jobs"_s), 2);
        // job-paginated.json's job has 10 steps.
        QCOMPARE(count(*workspace, u"job_steps"_s), 20);
        QCOMPARE(server.requestCount(repo + u"/actions/runs/30433642/jobs"_s), 2);
        QCOMPARE(synced->counts.runs, 2);
        QCOMPARE(synced->counts.jobs, 2);
    }

    void aFailedSyncKeepsWhatItStoredAndTheNextResumes()
    {
        ScriptedHttpServer server;
        server.script(repo + u"/actions/runs"_s,
                      ScriptedResponse::ok(fixture(u"github/workflow-run-paginated.json"_s)));
        QByteArray jobs = derived(
            fixture(u"github/job-paginated.json"_s), [](QJsonObject &job) { job.insert(u"run_id"_s, 30433642); },
            u"jobs"_s);
        ScriptedResponse cut = ScriptedResponse::ok(jobs);
        cut.truncateAfter = 100;
        server.script(repo + u"/actions/runs/30433642/jobs"_s, cut);
        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"github"_s, server.origin(), u"octo/hello"_s);

        auto failed = syncSource(*workspace, source, {}, quickOptions());
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(u"cut off"_s), qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(u"/actions/runs/30433642/jobs"_s), qPrintable(failed.errorMessage()));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1); // the page stored before the failure stays
        QCOMPARE(count(*workspace, u"jobs"_s), 0);

        // The server mends; the next sync completes.
        server.script(repo + u"/actions/runs/30433642/jobs"_s, ScriptedResponse::ok(jobs));
        server.script(repo + u"/deployments"_s, ScriptedResponse::ok("[{\"id\": 5, \"oops\""));
        auto malformed = syncSource(*workspace, source, {}, quickOptions());
        QVERIFY(!malformed);
        QVERIFY2(malformed.errorMessage().contains(u"not JSON"_s) &&
                     malformed.errorMessage().contains(u"/deployments"_s),
                 qPrintable(malformed.errorMessage()));
        QCOMPARE(count(*workspace, u"jobs"_s), 1);

        for (const QString &path : {u"/deployments"_s, u"/pulls"_s, u"/releases"_s, u"/issues"_s})
            server.script(repo + path, ScriptedResponse::ok("[]"));
        auto mended = syncSource(*workspace, source, {}, quickOptions());
        QVERIFY2(mended, qPrintable(mended.errorMessage()));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1);
        QCOMPARE(count(*workspace, u"jobs"_s), 1);
    }

    void aRefusedTokenIsExplained()
    {
        ScriptedHttpServer server;
        server.script(repo + u"/actions/runs"_s,
                      ScriptedResponse::withStatus(401, "{\"message\":\"Bad credentials\"}"));
        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"github"_s, server.origin(), u"octo/hello"_s);
        auto refused = syncSource(*workspace, source, "ghp_wrong", quickOptions());
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"401"_s), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"token"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!refused.errorMessage().contains(u"ghp_wrong"_s));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 0);

        auto test = testConnection(source, "ghp_wrong", quickOptions().policy);
        QVERIFY(!test);
        QVERIFY(test.errorMessage().contains(u"401"_s));
    }

    void gitlabFixturesAsTheyAre()
    {
        ScriptedHttpServer server;
        const QString project = u"/api/v4/projects/group%2Fapp"_s;
        server.script(project + u"/environments"_s, ScriptedResponse::ok(fixture(u"gitlab/environments-list.json"_s)));
        // Two pages of pipelines: the fixture, then an empty page, told by x-next-page.
        server.script(project + u"/pipelines"_s,
                      ScriptedResponse::ok(fixture(u"gitlab/pipelines-list.json"_s))
                          .withHeaders({{"X-Next-Page", "2"}, {"X-Page", "1"}, {"X-Total-Pages", "2"}}));
        server.script(project + u"/pipelines"_s, ScriptedResponse::ok("[]").withHeader("X-Next-Page", ""), u"page=2"_s);
        for (const QString &id : {u"47"_s, u"48"_s}) {
            server.script(project + u"/pipelines/"_s + id,
                          ScriptedResponse::ok(fixture(u"gitlab/pipeline-single.json"_s)));
            server.script(project + u"/pipelines/"_s + id + u"/jobs"_s,
                          ScriptedResponse::ok(fixture(u"gitlab/jobs-list-pipeline.json"_s)));
            server.script(project + u"/pipelines/"_s + id + u"/bridges"_s,
                          ScriptedResponse::ok(fixture(u"gitlab/pipeline-bridges-list.json"_s)));
        }
        server.script(project + u"/deployments"_s, ScriptedResponse::ok(fixture(u"gitlab/deployments-list.json"_s)));
        server.script(project + u"/merge_requests"_s, ScriptedResponse::ok(testData(u"gitlab/merge-requests.json"_s)));
        server.script(project + u"/issues"_s, ScriptedResponse::ok(testData(u"gitlab/issues-incidents.json"_s)));

        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"gitlab"_s, server.origin(), u"group/app"_s);
        auto synced = syncSource(*workspace, source, "glpat-secret", quickOptions());
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
        for (const ReceivedRequest &request : server.requests())
            QCOMPARE(request.header("PRIVATE-TOKEN"), QByteArray("glpat-secret"));
        QCOMPARE(server.requestCount(project + u"/pipelines"_s), 2);

        // The single pipeline fixture is pipeline 287 whichever id is asked; its jobs (6, 7) belong to pipeline 6,
        // which is not imported, and the bridge 7 too: kept out with warnings.
        const auto runs = *loadRows<PipelineRun>(workspace->connection());
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].externalId, u"287"_s);
        QCOMPARE(count(*workspace, u"jobs"_s), 0);
        // deployments-list.json: 41 and 42, both to production.
        QCOMPARE(count(*workspace, u"deployments"_s), 2);
        // environments-list.json: review/fix-foo, tier development; production made by the deployments.
        auto tier = runQuery(workspace->connection(), u"environments"_s,
                             u"SELECT tier FROM environments WHERE name = 'review/fix-foo'"_s);
        QVERIFY(tier && tier->next());
        QCOMPARE(tier->value(0).toString(), u"development"_s);
        QCOMPARE(count(*workspace, u"pull_requests"_s), 3); // merge-requests.json: 90210, 90211, 90212
        // issues-incidents.json: 501 (incident), 503 (type INCIDENT), 504 and 505 are incidents; 502 an issue.
        QCOMPARE(count(*workspace, u"incidents"_s), 4);

        const auto before = counts(*workspace);
        auto again = syncSource(*workspace, source, "glpat-secret", quickOptions());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(counts(*workspace), before);
        // The second sync asks for what was updated after the cursor.
        const auto requests = server.requests();
        QVERIFY(requests.constLast().query.contains(u"updated_after="_s));
    }

    void jenkinsBuildsAndStages()
    {
        ScriptedHttpServer server;
        // The builds of job-builds-tree.json live on ci.example: here they live on the loopback server.
        QByteArray builds = testData(u"jenkins/job-builds-tree.json"_s);
        builds.replace("https://ci.example", server.origin().toUtf8());
        server.script(u"/job/app/api/json"_s, ScriptedResponse::ok(builds));
        server.script(u"/job/app/12/wfapi/describe"_s,
                      ScriptedResponse::ok(fixture(u"jenkins/wfapi-readme-run-describe.json"_s)));
        // Build 11 and older: a freestyle build has no stage view (404): no more stage requests after it.
        auto workspace = newWorkspace();
        const CiSource source = savedSource(*workspace, u"jenkins"_s, {}, server.origin() + u"/job/app/"_s);
        QCOMPARE(source.baseUrl, server.origin());
        QCOMPARE(source.project, u"job/app"_s);
        auto bad = syncSource(*workspace, source, "no-colon", quickOptions());
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(u"USER:API_TOKEN"_s));

        auto synced = syncSource(*workspace, source, "ada:11aa22bb", quickOptions());
        QVERIFY2(synced, qPrintable(synced.errorMessage()));
        QCOMPARE(server.requests().constFirst().header("Authorization"),
                 "Basic " + QByteArray("ada:11aa22bb").toBase64());
        // Seven builds (12 .. 6), and the stage view's run #16 of wfapi-readme-run-describe.json with its three
        // stages Build, Test, Deploy.
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 8);
        QCOMPARE(count(*workspace, u"jobs"_s), 3);
        QCOMPARE(server.requestCount(u"/job/app/11/wfapi/describe"_s), 1);
        QCOMPARE(server.requestCount(u"/job/app/10/wfapi/describe"_s), 0);

        // Build 12 is building, and build 6 has no result though it is not building (stored as running): the
        // cursor stays before build 6, and the next sync asks for the stages of the newer builds again.
        auto cursor = runQuery(workspace->connection(), u"ci_sync_cursors"_s,
                               u"SELECT cursor_value FROM ci_sync_cursors WHERE endpoint = 'builds'"_s);
        QVERIFY(cursor && cursor->next());
        QCOMPARE(cursor->value(0).toString(), u"5"_s);
        const auto before = counts(*workspace);
        auto again = syncSource(*workspace, source, "ada:11aa22bb", quickOptions());
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(counts(*workspace), before);
        QCOMPARE(server.requestCount(u"/job/app/12/wfapi/describe"_s), 2);
        QCOMPARE(server.requestCount(u"/job/app/11/wfapi/describe"_s), 2);
        QCOMPARE(server.requestCount(u"/job/app/10/wfapi/describe"_s), 0);
    }

    void sourcesAreCheckedAndNamed()
    {
        CiSource source;
        source.provider = u"github"_s;
        source.project = u"octo"_s;
        QVERIFY(!normalisedSource(source));
        source.project = u"octo/hello"_s;
        auto github = normalisedSource(source);
        QVERIFY(github);
        QCOMPARE(github->baseUrl, u"https://api.github.com"_s);
        QCOMPARE(sourceTitle(*github), u"octo/hello on GitHub"_s);
        QCOMPARE(tokenKey(github->provider, github->baseUrl), u"ci github https://api.github.com"_s);
        QCOMPARE(tokenEnvironmentVariable(u"gitlab"_s), u"FLOWDECK_GITLAB_TOKEN"_s);
        source.provider = u"jenkins"_s;
        source.project = u"https://ci.example.com/jenkins/job/team/job/app/"_s;
        auto jenkins = normalisedSource(source);
        QVERIFY2(jenkins, qPrintable(jenkins.errorMessage()));
        QCOMPARE(jenkins->baseUrl, u"https://ci.example.com/jenkins"_s);
        QCOMPARE(jenkins->project, u"job/team/job/app"_s);
        source.provider = u"bamboo"_s;
        QVERIFY(!normalisedSource(source));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestCiSync>(argc, argv);
}
#include "tst_cisync.moc"
