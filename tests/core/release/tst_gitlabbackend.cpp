// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab backend against a loopback server speaking GitLab's REST API: the pipeline created with variables
// (GitLab's own example pipeline as the answer), polled to success or failure, its finished jobs as the log,
// cancel, find() by the FLOWDECK_TOKEN variable, the refusals explained, a server error on the creation not
// repeated, and the token in no message or handle.
#include "httpbackendtesting.h"

#include <QDateTime>
#include <QJsonArray>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString apiToken = u"glpat-Q7xexample3token"_s;
/// "group/storefront" as one path segment.
const QString projectPath = u"/api/v4/projects/group%2Fstorefront"_s;
const QString createPath = projectPath + u"/pipeline"_s;
/// GitLab's example pipeline is 287.
const QString pipelinePath = projectPath + u"/pipelines/287"_s;

QJsonObject config(const ScriptedHttpServer &server)
{
    return QJsonObject{{u"api"_s, address(server, u"/api/v4"_s)},
                       {u"project"_s, u"group/storefront"_s},
                       {u"ref"_s, u"main"_s},
                       {u"variables"_s, QJsonObject{{u"DEPLOY_TARGET"_s, u"k8s-{environment}"_s}}}};
}

std::unique_ptr<DeployBackend> make(const QJsonObject &settings, const QString &token = apiToken)
{
    return madeBackend(u"gl-deploy"_s, u"gitlab"_s, settings, token);
}

/// GitLab's example pipeline in `status`.
QByteArray examplePipeline(const QString &status)
{
    QJsonObject pipeline = jsonObject(ciFixture(u"gitlab/pipeline-single.json"_s));
    pipeline.insert(u"status"_s, status);
    return jsonText(pipeline);
}

QByteArray variables(const QString &token)
{
    const QJsonArray list{
        QJsonObject{
            {u"key"_s, u"DEPLOY_TARGET"_s}, {u"value"_s, u"k8s-production"_s}, {u"variable_type"_s, u"env_var"_s}},
        QJsonObject{{u"key"_s, u"FLOWDECK_TOKEN"_s}, {u"value"_s, token}, {u"variable_type"_s, u"env_var"_s}}};
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace

class TestGitLabBackend : public QObject
{
    Q_OBJECT

private slots:
    void pipelineRunsToSuccess()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", createPath, ScriptedResponse::withStatus(201, examplePipeline(u"created"_s)));
        server.script(pipelinePath, {ScriptedResponse::ok(examplePipeline(u"pending"_s)),
                                     ScriptedResponse::ok(examplePipeline(u"running"_s)),
                                     ScriptedResponse::ok(ciFixture(u"gitlab/pipeline-single.json"_s))});
        server.script(pipelinePath + u"/jobs"_s, ScriptedResponse::ok(ciFixture(u"gitlab/jobs-list-pipeline.json"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        QCOMPARE(backend->describe(deployRequest()),
                 u"runs a pipeline of group/storefront on main (GitLab at %1/api/v4)"_s.arg(server.origin()));

        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QVERIFY(!handle->contains(apiToken));
        const QList<ReceivedRequest> creates = requestsTo(server, "POST", createPath);
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates[0].header("PRIVATE-TOKEN"), apiToken.toUtf8());
        QCOMPARE(creates[0].header("Content-Type"), QByteArray("application/json"));
        const auto variable = [](const QString &key, const QString &value) {
            return QJsonObject{{u"key"_s, key}, {u"value"_s, value}};
        };
        QCOMPARE(jsonObject(creates[0].body),
                 (QJsonObject{{u"ref"_s, u"main"_s},
                              {u"variables"_s, QJsonArray{variable(u"DEPLOY_TARGET"_s, u"k8s-production"_s),
                                                          variable(u"FLOWDECK_TOKEN"_s, u"r12-t40-a2"_s),
                                                          variable(u"FLOWDECK_SERVICE"_s, u"storefront"_s),
                                                          variable(u"FLOWDECK_VERSION"_s, u"2.4.0"_s),
                                                          variable(u"FLOWDECK_ENVIRONMENT"_s, u"production"_s),
                                                          variable(u"FLOWDECK_RELEASE"_s, u"Spring release"_s)}}}));

        const Result<JobStatus> pending = backend->poll(*handle);
        QVERIFY2(pending.ok(), qPrintable(pending.errorMessage()));
        QCOMPARE(pending->state, JobState::Running);
        QCOMPARE(pending->message, u"Pipeline 287 is pending"_s);
        QCOMPARE(pending->url, u"http://127.0.0.1:3000/test-group/test-project/-/pipelines/287"_s);
        QCOMPARE(backend->poll(*handle)->message, u"Pipeline 287 is running"_s);
        const Result<JobStatus> done = backend->poll(*handle);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->state, JobState::Succeeded);
        QCOMPARE(done->message, u"Pipeline 287 succeeded"_s);

        // GitLab's example jobs of a pipeline: rspec:other (id 6) and teaspoon (7), both of the stage test, failed.
        const Result<QByteArray> log = backend->logs(*handle, 0);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(*log, QByteArray("test / rspec:other: failed\ntest / teaspoon: failed\n"));
        QCOMPARE(backend->logs(*handle, 27).value(), QByteArray("test / teaspoon: failed\n"));
    }

    void failedPipeline()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", createPath, ScriptedResponse::withStatus(201, examplePipeline(u"created"_s)));
        server.script(pipelinePath, {ScriptedResponse::ok(examplePipeline(u"running"_s)),
                                     ScriptedResponse::ok(examplePipeline(u"failed"_s))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QCOMPARE(backend->poll(*handle)->state, JobState::Running);
        const Result<JobStatus> failed = backend->poll(*handle);
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->message, u"Pipeline 287 failed"_s);
    }

    void statusesMap_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<JobState>("state");
        QTest::addColumn<QString>("message");
        QTest::newRow("canceled") << u"canceled"_s << JobState::Canceled << u"Pipeline 287 was canceled"_s;
        QTest::newRow("skipped") << u"skipped"_s << JobState::Failed
                                 << u"Pipeline 287 was skipped: none of its jobs ran"_s;
        QTest::newRow("manual") << u"manual"_s << JobState::Running
                                << u"Pipeline 287 waits for a manual job to be started in GitLab"_s;
        QTest::newRow("waiting") << u"waiting_for_resource"_s << JobState::Running
                                 << u"Pipeline 287 is waiting_for_resource"_s;
    }

    void statusesMap()
    {
        QFETCH(QString, status);
        QFETCH(JobState, state);
        QFETCH(QString, message);
        ScriptedHttpServer server;
        server.script(pipelinePath, ScriptedResponse::ok(examplePipeline(status)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<JobStatus> polled = backend->poll(uR"({"pipeline":287})"_s);
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        QCOMPARE(polled->state, state);
        QCOMPARE(polled->message, message);
    }

    void cancelPostsCancel()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", pipelinePath + u"/cancel"_s, ScriptedResponse::ok(examplePipeline(u"canceling"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<void> canceled = backend->cancel(uR"({"pipeline":287})"_s);
        QVERIFY2(canceled.ok(), qPrintable(canceled.errorMessage()));
        const QList<ReceivedRequest> cancels = requestsTo(server, "POST", pipelinePath + u"/cancel"_s);
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(cancels[0].header("PRIVATE-TOKEN"), apiToken.toUtf8());
    }

    void findReadsTheVariables()
    {
        ScriptedHttpServer server;
        // GitLab's example list: pipelines 47 and 48; 48 carries this attempt's token.
        server.script(projectPath + u"/pipelines"_s, ScriptedResponse::ok(ciFixture(u"gitlab/pipelines-list.json"_s)));
        server.script(projectPath + u"/pipelines/47/variables"_s, ScriptedResponse::ok(variables(u"r12-t40-a1"_s)));
        server.script(projectPath + u"/pipelines/48/variables"_s, ScriptedResponse::ok(variables(u"r12-t40-a2"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<std::optional<QString>> found = backend->find(deployRequest());
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY(found->has_value());
        QCOMPARE(jsonObject((**found).toUtf8()),
                 (QJsonObject{{u"pipeline"_s, 48}, {u"web_url"_s, u"https://example.com/foo/bar/pipelines/48"_s}}));
        const ReceivedRequest listing = requestsTo(server, "GET", projectPath + u"/pipelines"_s).constFirst();
        QCOMPARE(queryValue(listing, u"ref"_s), u"main"_s);
        const QDateTime after = QDateTime::fromString(queryValue(listing, u"updated_after"_s), Qt::ISODate);
        QVERIFY(after.isValid());
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000 - after.toMSecsSinceEpoch()) <
                60'000);

        DeployRequest other = deployRequest();
        other.token = u"r12-t40-a3"_s;
        const Result<std::optional<QString>> none = backend->find(other);
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());
    }

    void numericProjectId()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", u"/api/v4/projects/21/pipeline"_s,
                            ScriptedResponse::withStatus(201, examplePipeline(u"created"_s)));
        QJsonObject settings = config(server);
        settings.insert(u"project"_s, 21);
        const std::unique_ptr<DeployBackend> backend = make(settings);
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QCOMPARE(server.requestCount("POST", u"/api/v4/projects/21/pipeline"_s), 1);
    }

    void refusalsAreExplained()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", createPath,
                            {ScriptedResponse::withStatus(401, R"({"message":"401 Unauthorized"})"),
                             ScriptedResponse::withStatus(404, R"({"message":"404 Project Not Found"})"),
                             ScriptedResponse::withStatus(400, R"({"message":{"base":["Reference not found"]}})")});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString endpoint = address(server, createPath);
        const Result<QString> unauthorized = backend->start(deployRequest());
        QCOMPARE(unauthorized.errorMessage(),
                 u"%1 refused the credentials of the backend “gl-deploy” (HTTP 401): "
                 "check the token or secret stored for it in the keychain"_s.arg(endpoint));
        const Result<QString> notFound = backend->start(deployRequest());
        QCOMPARE(
            notFound.errorMessage(),
            u"GitLab has no project “group/storefront”, or the token cannot see it (HTTP 404 from %1)"_s.arg(endpoint));
        const Result<QString> badRef = backend->start(deployRequest());
        QCOMPARE(badRef.errorMessage(),
                 u"%1 answered HTTP 400 Bad Request (the server says: “Reference not found”)"_s.arg(endpoint));
        for (const QString &message : {unauthorized.errorMessage(), notFound.errorMessage(), badRef.errorMessage()})
            QVERIFY(!message.contains(apiToken));
    }

    void serverErrorOnTheCreationIsNotRepeated()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", createPath, ScriptedResponse::withStatus(503));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY(!handle.ok());
        QVERIFY2(handle.errorMessage().startsWith(
                     u"Server error 503 from %1. The request was not sent again"_s.arg(address(server, createPath))),
                 qPrintable(handle.errorMessage()));
        QCOMPARE(server.requestCount("POST", createPath), 1);
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no project") << uR"({"ref": "main"})"_s
                                    << u"The backend “gl-deploy” (gitlab): its config has no “project”"_s;
        QTest::newRow("negative id") << uR"({"project": -4})"_s
                                     << u"The backend “gl-deploy” (gitlab): “project” in its config must be a positive "
                                        "whole number or text"_s;
        QTest::newRow("own variable") << uR"({"project": 4, "variables": {"FLOWDECK_TOKEN": "x"}})"_s
                                      << u"The backend “gl-deploy” (gitlab): the variable “FLOWDECK_TOKEN” in its "
                                         "config is one Flowdeck sets itself"_s;
        QTest::newRow("api not http") << uR"({"project": 4, "api": "gitlab.com/api/v4"})"_s
                                      << u"The backend “gl-deploy” (gitlab): “api” in its config, “gitlab.com/api/v4”, "
                                         "is not an http or https address"_s;
    }

    void badConfigsAreRefused()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QCOMPARE(configError(u"gl-deploy"_s, u"gitlab"_s, config), message);
    }
};

QTEST_GUILESS_MAIN(TestGitLabBackend)
#include "tst_gitlabbackend.moc"
