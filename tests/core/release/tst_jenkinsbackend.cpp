// SPDX-License-Identifier: GPL-3.0-or-later
// The Jenkins backend against a loopback server speaking Jenkins's remote API: the crumb, buildWithParameters (its
// form and basic authentication), the queue item followed to its build (a real build api/json capture as the
// build), polled to success, failure or abort, the console text read progressively, cancel of a build and of a
// queue item, find() by the FLOWDECK_TOKEN parameter in the queue and among the builds, a forgotten queue item,
// the refusals explained, a server error on the build request not repeated, and the token in no message or handle.
#include "httpbackendtesting.h"

#include <QJsonArray>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString apiToken = u"11d3e8c2example4token"_s;
const QString buildPath = u"/job/deploy/buildWithParameters"_s;
const QString crumbPath = u"/crumbIssuer/api/json"_s;
const QString queuePath = u"/queue/item/73/api/json"_s;
/// The build capture is build 10.
const QString buildInfoPath = u"/job/deploy/10/api/json"_s;

QJsonObject config(const ScriptedHttpServer &server)
{
    return QJsonObject{{u"job_url"_s, address(server, u"/job/deploy"_s)},
                       {u"user"_s, u"release-bot"_s},
                       {u"parameters"_s, QJsonObject{{u"TARGET"_s, u"{environment}-cluster"_s}}}};
}

std::unique_ptr<DeployBackend> make(const QJsonObject &settings, const QString &token = apiToken)
{
    return madeBackend(u"jenkins-prod"_s, u"jenkins"_s, settings, token);
}

ScriptedResponse crumb()
{
    return ScriptedResponse::ok(R"({"_class":"hudson.security.csrf.DefaultCrumbIssuer","crumb":"4d1f9e0b7c",)"
                                R"("crumbRequestField":"Jenkins-Crumb"})");
}

ScriptedResponse queued(const QString &origin)
{
    return ScriptedResponse::withStatus(201).withHeader("Location", origin.toLatin1() + "/queue/item/73/");
}

/// The queue item while it waits, and once its build began.
QByteArray waitingItem()
{
    return R"({"_class":"hudson.model.Queue$WaitingItem","blocked":false,"buildable":true,"id":73,)"
           R"("stuck":false,"why":"Waiting for next available executor","cancelled":false})";
}

QByteArray leftItem()
{
    return R"({"_class":"hudson.model.Queue$LeftItem","blocked":false,"buildable":false,"id":73,"cancelled":false,)"
           R"("executable":{"_class":"hudson.model.FreeStyleBuild","number":10,"url":"http://localhost:32769/job/fish/10/"}})";
}

/// The captured build 10, running or ended with `result`.
QByteArray build(const QJsonValue &result)
{
    QJsonObject object = jsonObject(ciFixture(u"jenkins/jenkins-rest-build-info.json"_s));
    object.insert(u"building"_s, result.isNull());
    object.insert(u"result"_s, result);
    return jsonText(object);
}

QJsonObject withToken(const QJsonObject &object, const QString &token)
{
    QJsonObject marked = object;
    marked.insert(
        u"actions"_s,
        QJsonArray{QJsonObject{
            {u"_class"_s, u"hudson.model.ParametersAction"_s},
            {u"parameters"_s, QJsonArray{QJsonObject{{u"name"_s, u"TARGET"_s}, {u"value"_s, u"production-cluster"_s}},
                                         QJsonObject{{u"name"_s, u"FLOWDECK_TOKEN"_s}, {u"value"_s, token}}}}}});
    return marked;
}

QByteArray builds(const QString &token)
{
    return jsonText(QJsonObject{
        {u"_class"_s, u"hudson.model.FreeStyleProject"_s},
        {u"builds"_s, QJsonArray{withToken(QJsonObject{{u"number"_s, 11}, {u"queueId"_s, 74}}, u"r12-t41-a1"_s),
                                 withToken(QJsonObject{{u"number"_s, 10}, {u"queueId"_s, 73}}, token)}}});
}

} // namespace

class TestJenkinsBackend : public QObject
{
    Q_OBJECT

private slots:
    void buildFollowedFromTheQueueToSuccess()
    {
        ScriptedHttpServer server;
        server.script(crumbPath, crumb());
        server.scriptMethod("POST", buildPath, queued(server.origin()));
        // Asked by a poll, by logs() and by the next poll.
        server.script(queuePath, {ScriptedResponse::ok(waitingItem()), ScriptedResponse::ok(waitingItem()),
                                  ScriptedResponse::ok(leftItem())});
        server.script(buildInfoPath,
                      {ScriptedResponse::ok(build(QJsonValue::Null)), ScriptedResponse::ok(build(u"SUCCESS"_s))});
        server.script(u"/job/deploy/10/logText/progressiveText"_s,
                      ScriptedResponse::ok("Started by user release-bot\nDeploying 2.4.0\n", "text/plain;charset=UTF-8")
                          .withHeader("X-Text-Size", "44")
                          .withHeader("X-More-Data", "true"),
                      u"start=0"_s);
        server.script(
            u"/job/deploy/10/logText/progressiveText"_s,
            ScriptedResponse::ok("Finished: SUCCESS\n", "text/plain;charset=UTF-8").withHeader("X-Text-Size", "62"),
            u"start=44"_s);
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        QCOMPARE(backend->describe(deployRequest()),
                 u"builds the Jenkins job %1/job/deploy with parameters"_s.arg(server.origin()));

        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QVERIFY(!handle->contains(apiToken));
        const QList<ReceivedRequest> received = server.requests();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received[0].path, crumbPath);
        const ReceivedRequest &post = received[1];
        QCOMPARE(post.method, QByteArray("POST"));
        QCOMPARE(post.header("Jenkins-Crumb"), QByteArray("4d1f9e0b7c"));
        QCOMPARE(post.header("Authorization"), "Basic " + QByteArray("release-bot:" + apiToken.toUtf8()).toBase64());
        QCOMPARE(post.header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(post.body,
                 QByteArray("TARGET=production-cluster&FLOWDECK_TOKEN=r12-t40-a2&FLOWDECK_SERVICE=storefront&"
                            "FLOWDECK_VERSION=2.4.0&FLOWDECK_ENVIRONMENT=production&"
                            "FLOWDECK_RELEASE=Spring%20release"));

        const Result<JobStatus> waiting = backend->poll(*handle);
        QVERIFY2(waiting.ok(), qPrintable(waiting.errorMessage()));
        QCOMPARE(waiting->state, JobState::Running);
        QCOMPARE(waiting->message, u"Waiting in the Jenkins queue: Waiting for next available executor"_s);
        QCOMPARE(backend->logs(*handle, 0).value(), QByteArray());

        const Result<JobStatus> building = backend->poll(*handle);
        QVERIFY2(building.ok(), qPrintable(building.errorMessage()));
        QCOMPARE(building->state, JobState::Running);
        QCOMPARE(building->message, u"Build #10 is running"_s);

        const Result<QByteArray> log = backend->logs(*handle, 0);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(*log, QByteArray("Started by user release-bot\nDeploying 2.4.0\n"));
        QCOMPARE(backend->logs(*handle, 44).value(), QByteArray("Finished: SUCCESS\n"));

        const Result<JobStatus> done = backend->poll(*handle);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->state, JobState::Succeeded);
        QCOMPARE(done->message, u"Build #10 ended SUCCESS"_s);
        // The build's own page, as Jenkins names it; requests went to the configured server all the same.
        QCOMPARE(done->url, u"http://localhost:32769/job/fish/10/"_s);
        // The queue item is not asked again once it named the build; the crumb is fetched once.
        QCOMPARE(server.requestCount(queuePath), 3);
        QCOMPARE(server.requestCount(crumbPath), 1);
        for (const ReceivedRequest &request : server.requests())
            QCOMPARE(request.header("Authorization"),
                     "Basic " + QByteArray("release-bot:" + apiToken.toUtf8()).toBase64());
    }

    void resultsMap_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<JobState>("state");
        QTest::newRow("failure") << u"FAILURE"_s << JobState::Failed;
        QTest::newRow("unstable") << u"UNSTABLE"_s << JobState::Failed;
        QTest::newRow("aborted") << u"ABORTED"_s << JobState::Canceled;
        QTest::newRow("not built") << u"NOT_BUILT"_s << JobState::Failed;
    }

    void resultsMap()
    {
        QFETCH(QString, result);
        QFETCH(JobState, state);
        ScriptedHttpServer server;
        server.script(queuePath, ScriptedResponse::ok(leftItem()));
        server.script(buildInfoPath, ScriptedResponse::ok(build(result)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<JobStatus> polled = backend->poll(uR"({"queue":73,"token":"r12-t40-a2"})"_s);
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        QCOMPARE(polled->state, state);
        QCOMPARE(polled->message, u"Build #10 ended "_s + result);
    }

    void cancelledQueueItem()
    {
        ScriptedHttpServer server;
        server.script(queuePath,
                      ScriptedResponse::ok(R"({"_class":"hudson.model.Queue$LeftItem","id":73,"cancelled":true,)"
                                           R"("executable":null})"));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<JobStatus> polled = backend->poll(uR"({"queue":73,"token":"r12-t40-a2"})"_s);
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        QCOMPARE(polled->state, JobState::Canceled);
        QCOMPARE(polled->message, u"The queued build was cancelled in Jenkins"_s);
    }

    void cancelStopsTheBuildOrTheQueueItem()
    {
        ScriptedHttpServer server;
        server.script(crumbPath, crumb());
        server.script(queuePath, {ScriptedResponse::ok(waitingItem()), ScriptedResponse::ok(leftItem())});
        server.scriptMethod("POST", u"/queue/item/73/cancelQueue"_s, ScriptedResponse::withStatus(204));
        server.scriptMethod("POST", u"/job/deploy/10/stop"_s, ScriptedResponse::ok("", "text/html"));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString handle = uR"({"queue":73,"token":"r12-t40-a2"})"_s;
        // Still queued: the queue item is cancelled.
        const Result<void> dequeued = backend->cancel(handle);
        QVERIFY2(dequeued.ok(), qPrintable(dequeued.errorMessage()));
        QCOMPARE(server.requestCount("POST", u"/queue/item/73/cancelQueue"_s), 1);
        QCOMPARE(server.requestCount("POST", u"/job/deploy/10/stop"_s), 0);
        // Building: the build is stopped.
        const Result<void> stopped = backend->cancel(handle);
        QVERIFY2(stopped.ok(), qPrintable(stopped.errorMessage()));
        const QList<ReceivedRequest> stops = requestsTo(server, "POST", u"/job/deploy/10/stop"_s);
        QCOMPARE(stops.size(), 1);
        QCOMPARE(stops[0].header("Jenkins-Crumb"), QByteArray("4d1f9e0b7c"));
        QCOMPARE(server.requestCount("POST", u"/queue/item/73/cancelQueue"_s), 1);
    }

    void findInTheQueueAndAmongTheBuilds()
    {
        ScriptedHttpServer server;
        const QByteArray inQueue =
            jsonText(QJsonObject{{u"items"_s, QJsonArray{withToken(QJsonObject{{u"id"_s, 75}}, u"r12-t40-a2"_s)}}});
        server.script(u"/queue/api/json"_s, {ScriptedResponse::ok(inQueue), ScriptedResponse::ok(R"({"items":[]})")});
        server.script(u"/job/deploy/api/json"_s, ScriptedResponse::ok(builds(u"r12-t40-a2"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));

        const Result<std::optional<QString>> queuedItem = backend->find(deployRequest());
        QVERIFY2(queuedItem.ok(), qPrintable(queuedItem.errorMessage()));
        QVERIFY(queuedItem->has_value());
        QCOMPARE(jsonObject((**queuedItem).toUtf8()).value(u"queue"_s).toInteger(), 75);
        QCOMPARE(server.requestCount(u"/job/deploy/api/json"_s), 0);

        const Result<std::optional<QString>> built = backend->find(deployRequest());
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QVERIFY(built->has_value());
        const QJsonObject handle = jsonObject((**built).toUtf8());
        QCOMPARE(handle.value(u"build"_s).toInteger(), 10);
        QCOMPARE(handle.value(u"queue"_s).toInteger(), 73);
        const ReceivedRequest listing = requestsTo(server, "GET", u"/job/deploy/api/json"_s).constFirst();
        QCOMPARE(queryValue(listing, u"tree"_s), u"builds[number,url,queueId,actions[parameters[name,value]]]"_s);

        DeployRequest other = deployRequest();
        other.token = u"r12-t40-a3"_s;
        const Result<std::optional<QString>> none = backend->find(other);
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());
    }

    void forgottenQueueItemIsFoundAmongTheBuilds()
    {
        ScriptedHttpServer server;
        // Jenkins forgets a queue item some minutes after its build began: 404 (no route for it).
        server.script(u"/job/deploy/api/json"_s, ScriptedResponse::ok(builds(u"r12-t40-a2"_s)));
        server.script(buildInfoPath, ScriptedResponse::ok(build(u"SUCCESS"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<JobStatus> polled = backend->poll(uR"({"queue":73,"token":"r12-t40-a2"})"_s);
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        QCOMPARE(polled->state, JobState::Succeeded);

        const Result<JobStatus> lost = backend->poll(uR"({"queue":80,"token":"r12-t40-a9"})"_s);
        QCOMPARE(lost.errorMessage(),
                 u"Jenkins no longer knows the queue item 80, and no build of %1/job/deploy has the parameter "
                 "FLOWDECK_TOKEN of this attempt: the job must declare FLOWDECK_TOKEN as a string parameter"_s.arg(
                     server.origin()));
    }

    void withoutCrumbIssuerOrUser()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", buildPath, queued(server.origin()));
        QJsonObject settings = config(server);
        settings.remove(u"user"_s);
        const std::unique_ptr<DeployBackend> backend = make(settings, QString());
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        const ReceivedRequest post = requestsTo(server, "POST", buildPath).constFirst();
        QCOMPARE(post.header("Jenkins-Crumb"), QByteArray());
        QCOMPARE(post.header("Authorization"), QByteArray());
        QCOMPARE(server.requestCount(crumbPath), 1);
    }

    void answerWithoutQueueItem()
    {
        ScriptedHttpServer server;
        server.script(crumbPath, crumb());
        server.scriptMethod("POST", buildPath, ScriptedResponse::withStatus(200));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        QCOMPARE(backend->start(deployRequest()).errorMessage(),
                 u"%1%2 answered HTTP 200 without the queue item of the build in its Location header: is the job "
                 "parameterized?"_s.arg(server.origin(), buildPath));
    }

    void refusalsAreExplained()
    {
        ScriptedHttpServer server;
        server.script(crumbPath, crumb());
        server.scriptMethod(
            "POST", buildPath,
            {ScriptedResponse::withStatus(401), ScriptedResponse::withStatus(404, "<html>Not Found</html>")});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString endpoint = address(server, buildPath);
        const Result<QString> unauthorized = backend->start(deployRequest());
        QCOMPARE(unauthorized.errorMessage(),
                 u"%1 refused the credentials of the backend “jenkins-prod” (HTTP 401): "
                 "check the token or secret stored for it in the keychain"_s.arg(endpoint));
        const Result<QString> notFound = backend->start(deployRequest());
        QCOMPARE(notFound.errorMessage(), u"Jenkins has no job at %1/job/deploy, or the user cannot see it (HTTP 404 "
                                          "from %2)"_s.arg(server.origin(), endpoint));
        QVERIFY(!unauthorized.errorMessage().contains(apiToken));

        // A user without a stored token sends nothing.
        ScriptedHttpServer quiet;
        const std::unique_ptr<DeployBackend> tokenless = make(config(quiet), QString());
        QCOMPARE(
            tokenless->start(deployRequest()).errorMessage(),
            u"No token or secret is stored in the keychain for the backend “jenkins-prod”: store one for it first"_s);
        QCOMPARE(quiet.requests().size(), 0);
    }

    void serverErrorOnTheBuildRequestIsNotRepeated()
    {
        ScriptedHttpServer server;
        server.script(crumbPath, crumb());
        server.scriptMethod("POST", buildPath, ScriptedResponse::withStatus(500, "<html>Oops</html>"));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY(!handle.ok());
        QVERIFY2(handle.errorMessage().startsWith(
                     u"Server error 500 from %1. The request was not sent again"_s.arg(address(server, buildPath))),
                 qPrintable(handle.errorMessage()));
        QCOMPARE(server.requestCount("POST", buildPath), 1);
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no job_url") << uR"({"user": "bot"})"_s
                                    << u"The backend “jenkins-prod” (jenkins): its config has no “job_url”"_s;
        QTest::newRow("not a job") << uR"({"job_url": "https://ci.example.com/view/all"})"_s
                                   << u"The backend “jenkins-prod” (jenkins): “job_url” in its config, "
                                      "“https://ci.example.com/view/all”, does not name a job (…/job/NAME)"_s;
        QTest::newRow("own parameter")
            << uR"({"job_url": "https://ci.example.com/job/deploy", "parameters": {"FLOWDECK_VERSION": "1"}})"_s
            << u"The backend “jenkins-prod” (jenkins): the parameter “FLOWDECK_VERSION” in its config is one Flowdeck "
               "sets itself"_s;
    }

    void badConfigsAreRefused()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QCOMPARE(configError(u"jenkins-prod"_s, u"jenkins"_s, config), message);
    }

    void jobInAFolderBehindAPrefix()
    {
        ScriptedHttpServer server;
        server.script(u"/jenkins/crumbIssuer/api/json"_s, crumb());
        server.scriptMethod("POST", u"/jenkins/job/apps/job/deploy/buildWithParameters"_s,
                            ScriptedResponse::withStatus(201).withHeader(
                                "Location", "https://jenkins.example.com/jenkins/queue/item/91/"));
        server.script(u"/jenkins/queue/item/91/api/json"_s, ScriptedResponse::ok(waitingItem()));
        const std::unique_ptr<DeployBackend> backend = make(
            QJsonObject{{u"job_url"_s, address(server, u"/jenkins/job/apps/job/deploy/"_s)}, {u"user"_s, u"bot"_s}});
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        // The queue item is asked of the configured server, whatever host Jenkins's Location names.
        const Result<JobStatus> polled = backend->poll(*handle);
        QVERIFY2(polled.ok(), qPrintable(polled.errorMessage()));
        QCOMPARE(polled->state, JobState::Running);
        QCOMPARE(server.requestCount(u"/jenkins/queue/item/91/api/json"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestJenkinsBackend)
#include "tst_jenkinsbackend.moc"
