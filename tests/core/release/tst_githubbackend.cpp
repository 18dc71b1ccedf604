// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub Actions backend against a loopback server speaking GitHub's REST API: the workflow_dispatch (its
// body and headers), the run that carries the token appearing among the workflow's runs (GitHub's own example
// run, renamed), polled to success or failure, its jobs as the log, cancel, find() by token, the refusals
// explained, a server error on the dispatch not repeated, and the token in no message or handle.
#include "httpbackendtesting.h"

#include <QDateTime>
#include <QJsonArray>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString apiToken = u"ghp_R7kq2example0token"_s;
const QString dispatchPath = u"/repos/octo-org/octo-repo/actions/workflows/deploy.yml/dispatches"_s;
const QString runsPath = u"/repos/octo-org/octo-repo/actions/workflows/deploy.yml/runs"_s;
/// The example run of GitHub's API description.
const QString runPath = u"/repos/octo-org/octo-repo/actions/runs/30433642"_s;

QJsonObject config(const ScriptedHttpServer &server)
{
    return QJsonObject{{u"api"_s, server.origin()},
                       {u"repository"_s, u"octo-org/octo-repo"_s},
                       {u"workflow"_s, u"deploy.yml"_s},
                       {u"ref"_s, u"main"_s},
                       {u"inputs"_s, QJsonObject{{u"region"_s, u"eu-{environment}"_s},
                                                 {u"dry_run"_s, false},
                                                 {u"replicas"_s, 3},
                                                 {u"canary_weight"_s, 0.1}}}};
}

std::unique_ptr<DeployBackend> make(const QJsonObject &settings, const QString &token = apiToken)
{
    return madeBackend(u"gh-deploy"_s, u"github"_s, settings, token);
}

/// GitHub's example run (id 30433642), with the title a run-name with the token gives it, in `status`.
QJsonObject exampleRun(const QString &title, const QString &status, const QJsonValue &conclusion = QJsonValue::Null)
{
    QJsonObject run = jsonObject(ciFixture(u"github/workflow-run-paginated.json"_s))
                          .value(u"workflow_runs"_s)
                          .toArray()
                          .first()
                          .toObject();
    run.insert(u"display_title"_s, title);
    run.insert(u"event"_s, u"workflow_dispatch"_s);
    run.insert(u"status"_s, status);
    run.insert(u"conclusion"_s, conclusion);
    return run;
}

QByteArray runList(const QList<QJsonObject> &runs)
{
    QJsonArray array;
    for (const QJsonObject &run : runs)
        array.append(run);
    return jsonText(QJsonObject{{u"total_count"_s, runs.size()}, {u"workflow_runs"_s, array}});
}

/// A run of another attempt whose token starts like ours, which must not be taken for it.
QJsonObject decoyRun()
{
    QJsonObject run = exampleRun(u"Deploy storefront 2.4.0 (r12-t40-a21)"_s, u"in_progress"_s);
    run.insert(u"id"_s, 30433700);
    return run;
}

const QString ourTitle = u"Deploy storefront 2.4.0 (r12-t40-a2)"_s;

} // namespace

class TestGitHubBackend : public QObject
{
    Q_OBJECT

private slots:
    void dispatchFindsTheRunAndFollowsItToSuccess()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(204));
        // Not there at once; then among others.
        server.script(runsPath, {ScriptedResponse::ok(runList({})),
                                 ScriptedResponse::ok(runList({decoyRun(), exampleRun(ourTitle, u"queued"_s)}))});
        server.script(runPath, {ScriptedResponse::ok(jsonText(exampleRun(ourTitle, u"in_progress"_s))),
                                ScriptedResponse::ok(jsonText(exampleRun(ourTitle, u"completed"_s, u"success"_s)))});
        server.script(runPath + u"/jobs"_s, ScriptedResponse::ok(ciFixture(u"github/job-paginated.json"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        QCOMPARE(backend->describe(deployRequest()),
                 u"runs the workflow deploy.yml of octo-org/octo-repo on main (GitHub Actions)"_s);

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QVERIFY(!handle->contains(apiToken));

        const QList<ReceivedRequest> dispatches = requestsTo(server, "POST", dispatchPath);
        QCOMPARE(dispatches.size(), 1);
        const ReceivedRequest &dispatch = dispatches[0];
        QCOMPARE(dispatch.header("Authorization"), "Bearer " + apiToken.toUtf8());
        QCOMPARE(dispatch.header("Accept"), QByteArray("application/vnd.github+json"));
        QCOMPARE(dispatch.header("X-GitHub-Api-Version"), QByteArray("2022-11-28"));
        QCOMPARE(dispatch.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(jsonObject(dispatch.body),
                 (QJsonObject{{u"ref"_s, u"main"_s},
                              {u"inputs"_s, QJsonObject{{u"region"_s, u"eu-production"_s},
                                                        {u"dry_run"_s, u"false"_s},
                                                        {u"replicas"_s, u"3"_s},
                                                        {u"canary_weight"_s, u"0.1"_s},
                                                        {u"service"_s, u"storefront"_s},
                                                        {u"version"_s, u"2.4.0"_s},
                                                        {u"environment"_s, u"production"_s},
                                                        {u"flowdeck_token"_s, u"r12-t40-a2"_s}}}}));
        // The runs asked for: dispatched ones, created since a little before the dispatch.
        const ReceivedRequest listing = requestsTo(server, "GET", runsPath).constFirst();
        QCOMPARE(queryValue(listing, u"event"_s), u"workflow_dispatch"_s);
        const QString created = queryValue(listing, u"created"_s);
        QVERIFY2(created.startsWith(u">="_s), qPrintable(created));
        const QDateTime since = QDateTime::fromString(created.mid(2), Qt::ISODate);
        QVERIFY2(since.isValid(), qPrintable(created));
        QVERIFY(since.toMSecsSinceEpoch() <= before);
        QVERIFY(since.toMSecsSinceEpoch() >= before - 10 * 60 * 1000);

        const Result<JobStatus> running = backend->poll(*handle);
        QVERIFY2(running.ok(), qPrintable(running.errorMessage()));
        QCOMPARE(running->state, JobState::Running);
        QCOMPARE(running->message, u"Workflow run 30433642 is in_progress"_s);
        QCOMPARE(running->url, u"https://github.com/octo-org/octo-repo/actions/runs/30433642"_s);

        const Result<JobStatus> done = backend->poll(*handle);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->state, JobState::Succeeded);
        QCOMPARE(done->message, u"Workflow run 30433642 concluded success"_s);
        // Once found, the run is not looked for again.
        QCOMPARE(server.requestCount(runsPath), 2);

        // The example's one job, "build", completed with success.
        const Result<QByteArray> log = backend->logs(*handle, 0);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(*log, QByteArray("build: success\n"));
        QCOMPARE(backend->logs(*handle, 15).value(), QByteArray());
        QCOMPARE(queryValue(requestsTo(server, "GET", runPath + u"/jobs"_s).constFirst(), u"per_page"_s), u"100"_s);
    }

    void failedRun()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(204));
        server.script(runsPath, ScriptedResponse::ok(runList({exampleRun(ourTitle, u"queued"_s)})));
        server.script(runPath, {ScriptedResponse::ok(jsonText(exampleRun(ourTitle, u"queued"_s))),
                                ScriptedResponse::ok(jsonText(exampleRun(ourTitle, u"completed"_s, u"failure"_s)))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        // Found at once, so the handle names the run.
        QCOMPARE(jsonObject(handle->toUtf8()).value(u"run"_s).toInteger(), 30433642);
        QCOMPARE(backend->poll(*handle)->message, u"Workflow run 30433642 is queued"_s);
        const Result<JobStatus> failed = backend->poll(*handle);
        QVERIFY2(failed.ok(), qPrintable(failed.errorMessage()));
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->message, u"Workflow run 30433642 concluded failure"_s);
    }

    void cancelledRunAndCancel()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(204));
        server.script(runsPath, ScriptedResponse::ok(runList({exampleRun(ourTitle, u"in_progress"_s)})));
        server.scriptMethod("POST", runPath + u"/cancel"_s, ScriptedResponse::withStatus(202, "{}"));
        server.script(runPath, ScriptedResponse::ok(jsonText(exampleRun(ourTitle, u"completed"_s, u"cancelled"_s))));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        const Result<void> canceled = backend->cancel(*handle);
        QVERIFY2(canceled.ok(), qPrintable(canceled.errorMessage()));
        const QList<ReceivedRequest> cancels = requestsTo(server, "POST", runPath + u"/cancel"_s);
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(cancels[0].header("Authorization"), "Bearer " + apiToken.toUtf8());
        QCOMPARE(backend->poll(*handle)->state, JobState::Canceled);
    }

    void runThatNeverAppears()
    {
        ScriptedHttpServer server;
        server.script(runsPath, ScriptedResponse::ok(runList({decoyRun()})));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Handles as start() makes them before the run shows: the token and when it was dispatched.
        const QString recent =
            QString::fromUtf8(jsonText(QJsonObject{{u"token"_s, u"r12-t40-a2"_s}, {u"since"_s, now - 60'000}}));
        const Result<JobStatus> waiting = backend->poll(recent);
        QVERIFY2(waiting.ok(), qPrintable(waiting.errorMessage()));
        QCOMPARE(waiting->state, JobState::Running);
        QCOMPARE(waiting->message, u"Waiting for the run of the workflow “deploy.yml” to appear"_s);
        QCOMPARE(backend->logs(recent, 0).value(), QByteArray());
        QCOMPARE(backend->cancel(recent).errorMessage(), u"The run of the workflow “deploy.yml” has not appeared yet, "
                                                         "so it cannot be canceled: try again in a moment"_s);

        const QString old =
            QString::fromUtf8(jsonText(QJsonObject{{u"token"_s, u"r12-t40-a2"_s}, {u"since"_s, now - 11 * 60'000}}));
        const Result<JobStatus> lost = backend->poll(old);
        QVERIFY2(lost.ok(), qPrintable(lost.errorMessage()));
        QCOMPARE(lost->state, JobState::Failed);
        QCOMPARE(lost->message, u"No run of the workflow “deploy.yml” carried this attempt's token 10 minutes after "
                                "the dispatch: the workflow's run-name must include ${{ inputs.flowdeck_token }}"_s);
    }

    void findByToken()
    {
        ScriptedHttpServer server;
        server.script(runsPath, {ScriptedResponse::ok(runList({decoyRun(), exampleRun(ourTitle, u"completed"_s)})),
                                 ScriptedResponse::ok(runList({decoyRun()}))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<std::optional<QString>> found = backend->find(deployRequest());
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY(found->has_value());
        const QJsonObject handle = jsonObject((**found).toUtf8());
        QCOMPARE(handle.value(u"run"_s).toInteger(), 30433642);
        // The example run's created_at, 2020-01-22T19:33:08Z.
        QCOMPARE(handle.value(u"since"_s).toInteger(), 1579721588000);
        // A week back, as far as find() looks.
        const QString created = queryValue(requestsTo(server, "GET", runsPath).constFirst(), u"created"_s);
        const qint64 since = QDateTime::fromString(created.mid(2), Qt::ISODate).toMSecsSinceEpoch();
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000 - since) < 60'000);

        const Result<std::optional<QString>> none = backend->find(deployRequest());
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());
    }

    void runsArePagedThrough()
    {
        ScriptedHttpServer server;
        const QByteArray next = '<' + server.origin().toLatin1() + runsPath.toLatin1() + "?page=2>; rel=\"next\"";
        server.script(runsPath, ScriptedResponse::ok(runList({decoyRun()})).withHeader("Link", next));
        server.script(runsPath, ScriptedResponse::ok(runList({exampleRun(ourTitle, u"completed"_s)})), u"page=2"_s);
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<std::optional<QString>> found = backend->find(deployRequest());
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY(found->has_value());
        QCOMPARE(server.requestCount(runsPath), 2);
    }

    void refusalsAreExplained()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath,
                            {ScriptedResponse::withStatus(401, R"({"message":"Bad credentials"})"),
                             ScriptedResponse::withStatus(404, R"({"message":"Not Found"})")});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString endpoint = address(server, dispatchPath);
        const Result<QString> unauthorized = backend->start(deployRequest());
        QCOMPARE(unauthorized.errorMessage(),
                 u"%1 refused the credentials of the backend “gh-deploy” (HTTP 401): "
                 "check the token or secret stored for it in the keychain"_s.arg(endpoint));
        const Result<QString> notFound = backend->start(deployRequest());
        QCOMPARE(notFound.errorMessage(), u"GitHub has no workflow “deploy.yml” in octo-org/octo-repo, or the token "
                                          "cannot see it (HTTP 404 from %1)"_s.arg(endpoint));
        QVERIFY(!unauthorized.errorMessage().contains(apiToken));
        QCOMPARE(server.requestCount(runsPath), 0);
    }

    void serverErrorOnTheDispatchIsNotRepeated()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(500));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY(!handle.ok());
        QVERIFY2(handle.errorMessage().startsWith(
                     u"Server error 500 from %1. The request was not sent again"_s.arg(address(server, dispatchPath))),
                 qPrintable(handle.errorMessage()));
        QCOMPARE(server.requestCount("POST", dispatchPath), 1);
        QCOMPARE(server.requestCount(runsPath), 0);
    }

    void withoutTokenNothingIsSent()
    {
        ScriptedHttpServer server;
        const std::unique_ptr<DeployBackend> backend = make(config(server), QString());
        QCOMPARE(backend->start(deployRequest()).errorMessage(),
                 u"No token or secret is stored in the keychain for the backend “gh-deploy”: store one for it first"_s);
        QCOMPARE(server.requests().size(), 0);
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no repository") << uR"({"workflow": "deploy.yml"})"_s
                                       << u"The backend “gh-deploy” (github): its config has no “repository”"_s;
        QTest::newRow("repository without owner")
            << uR"({"repository": "octo-repo", "workflow": "deploy.yml"})"_s
            << u"The backend “gh-deploy” (github): “repository” in its config, “octo-repo”, is not of the form "
               "owner/name"_s;
        QTest::newRow("no workflow") << uR"({"repository": "octo-org/octo-repo"})"_s
                                     << u"The backend “gh-deploy” (github): its config has no “workflow”"_s;
        QTest::newRow("own input") << uR"({"repository": "o/r", "workflow": "d.yml", "inputs": {"version": "1"}})"_s
                                   << u"The backend “gh-deploy” (github): the input “version” in its config is one "
                                      "Flowdeck sets itself"_s;
        QTest::newRow("inputs as list") << uR"({"repository": "o/r", "workflow": "d.yml", "inputs": ["a"]})"_s
                                        << u"The backend “gh-deploy” (github): “inputs” in its config must be an "
                                           "object of names and values"_s;
    }

    void badConfigsAreRefused()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QCOMPARE(configError(u"gh-deploy"_s, u"github"_s, config), message);
    }
};

QTEST_GUILESS_MAIN(TestGitHubBackend)
#include "tst_githubbackend.moc"
