// SPDX-License-Identifier: GPL-3.0-or-later
// The Argo CD backend against a loopback server speaking Argo CD's REST API (Application objects as the API
// documents them): the sync request (revision, prune, the token as operation info), the application polled through
// the pending operation, the running sync, its success and health to done, a failed sync and a degraded
// application, the resources' results as the log, cancel of its own sync only, find() by the token, the refusals
// explained, a server error on the sync not repeated, and the token in no message or handle.
#include "httpbackendtesting.h"

#include <QDateTime>
#include <QJsonArray>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString apiToken = u"eyJhbGciOiJIUzI1NiJ9.example.argocd"_s;
const QString applicationPath = u"/api/v1/applications/storefront-prod"_s;
const QString syncPath = applicationPath + u"/sync"_s;
const QString operationPath = applicationPath + u"/operation"_s;
const QString revision = u"9fceb02d0ae598e95dc970b74767f19372d61af8"_s;

QJsonObject config(const ScriptedHttpServer &server, const QString &revisionFrom = u"version"_s)
{
    return QJsonObject{
        {u"server"_s, server.origin()}, {u"application"_s, u"storefront-prod"_s}, {u"revision_from"_s, revisionFrom}};
}

std::unique_ptr<DeployBackend> make(const QJsonObject &settings, const QString &token = apiToken)
{
    return madeBackend(u"argo"_s, u"argocd"_s, settings, token);
}

/// A sync operation as Argo CD stores it, marked with `token`.
QJsonObject operation(const QString &token, const QString &to = u"2.4.0"_s)
{
    return QJsonObject{{u"sync"_s, QJsonObject{{u"revision"_s, to}, {u"prune"_s, false}}},
                       {u"initiatedBy"_s, QJsonObject{{u"username"_s, u"release-bot"_s}}},
                       {u"info"_s, QJsonArray{QJsonObject{{u"name"_s, u"flowdeck_token"_s}, {u"value"_s, token}}}}};
}

QJsonObject resource(const QString &kind, const QString &name, const QString &status, const QString &message)
{
    return QJsonObject{{u"group"_s, kind == u"Deployment"_s ? u"apps"_s : QString()},
                       {u"version"_s, u"v1"_s},
                       {u"kind"_s, kind},
                       {u"namespace"_s, u"shop"_s},
                       {u"name"_s, name},
                       {u"status"_s, status},
                       {u"message"_s, message},
                       {u"hookPhase"_s, u"Running"_s},
                       {u"syncPhase"_s, u"Sync"_s}};
}

/// The application with `state` as its status.operationState (none when empty), `health`, and a pending
/// `pending` operation (none when empty).
QByteArray application(const QJsonObject &state, const QString &health, const QJsonObject &pending = {})
{
    QJsonObject status{{u"sync"_s, QJsonObject{{u"status"_s, u"Synced"_s}, {u"revision"_s, revision}}},
                       {u"health"_s, QJsonObject{{u"status"_s, health}}}};
    if (!state.isEmpty())
        status.insert(u"operationState"_s, state);
    QJsonObject app{{u"metadata"_s, QJsonObject{{u"name"_s, u"storefront-prod"_s}, {u"namespace"_s, u"argocd"_s}}},
                    {u"spec"_s, QJsonObject{{u"project"_s, u"default"_s}}},
                    {u"status"_s, status}};
    if (!pending.isEmpty())
        app.insert(u"operation"_s, pending);
    return jsonText(app);
}

QJsonObject operationState(const QJsonObject &ran, const QString &phase, const QString &message,
                           const QJsonArray &resources = {})
{
    return QJsonObject{{u"operation"_s, ran},
                       {u"phase"_s, phase},
                       {u"message"_s, message},
                       {u"syncResult"_s, QJsonObject{{u"resources"_s, resources}, {u"revision"_s, revision}}},
                       {u"startedAt"_s, u"2024-05-01T10:00:00Z"_s}};
}

/// The sync before ours, long done.
QJsonObject earlierSync()
{
    return operationState(operation(u"r11-t38-a1"_s, u"2.3.9"_s), u"Succeeded"_s,
                          u"successfully synced (all tasks run)"_s);
}

} // namespace

class TestArgoCdBackend : public QObject
{
    Q_OBJECT

private slots:
    void syncRunsToHealthy()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", syncPath,
                            ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s, operation(u"r12-t40-a2"_s))));
        const QJsonArray applied{
            resource(u"Deployment"_s, u"storefront"_s, u"Synced"_s, u"deployment.apps/storefront configured"_s)};
        const QJsonArray all{applied[0],
                             resource(u"Service"_s, u"storefront"_s, u"Synced"_s, u"service/storefront unchanged"_s)};
        const QJsonObject ours = operation(u"r12-t40-a2"_s);
        server.scriptMethod(
            "GET", applicationPath,
            {// The operation is pending; the state is still the earlier sync's.
             ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s, ours)),
             ScriptedResponse::ok(
                 application(operationState(ours, u"Running"_s, u"one or more tasks are running"_s, applied),
                             u"Progressing"_s, ours)),
             ScriptedResponse::ok(
                 application(operationState(ours, u"Running"_s, u"one or more tasks are running"_s, applied),
                             u"Progressing"_s, ours)),
             ScriptedResponse::ok(
                 application(operationState(ours, u"Succeeded"_s, u"successfully synced (all tasks run)"_s, all),
                             u"Progressing"_s)),
             ScriptedResponse::ok(application(
                 operationState(ours, u"Succeeded"_s, u"successfully synced (all tasks run)"_s, all), u"Healthy"_s)),
             ScriptedResponse::ok(application(
                 operationState(ours, u"Succeeded"_s, u"successfully synced (all tasks run)"_s, all), u"Healthy"_s))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        QCOMPARE(backend->describe(deployRequest()),
                 u"syncs the Argo CD application storefront-prod on %1 to 2.4.0"_s.arg(server.origin()));

        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QVERIFY(!handle->contains(apiToken));
        const QList<ReceivedRequest> syncs = requestsTo(server, "POST", syncPath);
        QCOMPARE(syncs.size(), 1);
        QCOMPARE(syncs[0].header("Authorization"), "Bearer " + apiToken.toUtf8());
        QCOMPARE(jsonObject(syncs[0].body),
                 (QJsonObject{{u"revision"_s, u"2.4.0"_s},
                              {u"prune"_s, false},
                              {u"infos"_s, QJsonArray{QJsonObject{{u"name"_s, u"flowdeck_token"_s},
                                                                  {u"value"_s, u"r12-t40-a2"_s}}}}}));

        const Result<JobStatus> pending = backend->poll(*handle);
        QVERIFY2(pending.ok(), qPrintable(pending.errorMessage()));
        QCOMPARE(pending->state, JobState::Running);
        QCOMPARE(pending->message, u"Waiting for Argo CD to start the sync of storefront-prod"_s);
        QCOMPARE(pending->url, server.origin() + u"/applications/storefront-prod"_s);

        const Result<JobStatus> running = backend->poll(*handle);
        QVERIFY2(running.ok(), qPrintable(running.errorMessage()));
        QCOMPARE(running->state, JobState::Running);
        QCOMPARE(running->message, u"Sync of storefront-prod is Running: one or more tasks are running"_s);

        const Result<QByteArray> firstLines = backend->logs(*handle, 0);
        QVERIFY2(firstLines.ok(), qPrintable(firstLines.errorMessage()));
        QCOMPARE(*firstLines,
                 QByteArray("Deployment shop/storefront: Synced (deployment.apps/storefront configured)\n"));

        const Result<JobStatus> synced = backend->poll(*handle);
        QVERIFY2(synced.ok(), qPrintable(synced.errorMessage()));
        QCOMPARE(synced->state, JobState::Running);
        QCOMPARE(synced->message,
                 u"Synced storefront-prod to 9fceb02d0ae5; waiting for it to be Healthy (it is Progressing)"_s);

        const Result<JobStatus> healthy = backend->poll(*handle);
        QVERIFY2(healthy.ok(), qPrintable(healthy.errorMessage()));
        QCOMPARE(healthy->state, JobState::Succeeded);
        QCOMPARE(healthy->message, u"Synced storefront-prod to 9fceb02d0ae5; it is Healthy"_s);

        // The lines already read stay; the service's result and the end of the sync follow.
        const Result<QByteArray> rest = backend->logs(*handle, firstLines->size());
        QVERIFY2(rest.ok(), qPrintable(rest.errorMessage()));
        QCOMPARE(*rest, QByteArray("Service shop/storefront: Synced (service/storefront unchanged)\n"
                                   "sync Succeeded: successfully synced (all tasks run)\n"));
    }

    void failedSyncAndDegradedApplication()
    {
        ScriptedHttpServer server;
        const QJsonObject ours = operation(u"r12-t40-a2"_s);
        server.scriptMethod(
            "GET", applicationPath,
            {ScriptedResponse::ok(application(
                 operationState(ours, u"Failed"_s, u"one or more objects failed to apply"_s), u"Healthy"_s)),
             ScriptedResponse::ok(
                 application(operationState(ours, u"Succeeded"_s, u"successfully synced"_s), u"Degraded"_s))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString handle = uR"({"app":"storefront-prod","revision":"2.4.0","startedAt":0,"token":"r12-t40-a2"})"_s;
        const Result<JobStatus> failed = backend->poll(handle);
        QVERIFY2(failed.ok(), qPrintable(failed.errorMessage()));
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->message, u"Sync of storefront-prod ended Failed: one or more objects failed to apply"_s);
        const Result<JobStatus> degraded = backend->poll(handle);
        QVERIFY2(degraded.ok(), qPrintable(degraded.errorMessage()));
        QCOMPARE(degraded->state, JobState::Failed);
        QCOMPARE(degraded->message, u"Synced storefront-prod to 9fceb02d0ae5, but it is Degraded"_s);
    }

    void syncThatNeverShows()
    {
        ScriptedHttpServer server;
        server.scriptMethod("GET", applicationPath, ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s)));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto handle = [](qint64 startedAt) {
            return QString::fromUtf8(jsonText(QJsonObject{{u"app"_s, u"storefront-prod"_s},
                                                          {u"revision"_s, u"2.4.0"_s},
                                                          {u"startedAt"_s, startedAt},
                                                          {u"token"_s, u"r12-t40-a2"_s}}));
        };
        QCOMPARE(backend->poll(handle(now - 1000))->state, JobState::Running);
        const Result<JobStatus> lost = backend->poll(handle(now - 11 * 60'000));
        QVERIFY2(lost.ok(), qPrintable(lost.errorMessage()));
        QCOMPARE(lost->state, JobState::Failed);
        QCOMPARE(lost->message, u"The sync of storefront-prod asked for by this task has not shown in Argo CD for 10 "
                                "minutes: another operation replaced it"_s);
    }

    void cancelTerminatesOnlyItsOwnSync()
    {
        ScriptedHttpServer server;
        const QJsonObject ours = operation(u"r12-t40-a2"_s);
        server.scriptMethod(
            "GET", applicationPath,
            {ScriptedResponse::ok(application(operationState(ours, u"Running"_s, u"one or more tasks are running"_s),
                                              u"Progressing"_s, ours)),
             ScriptedResponse::ok(application(
                 operationState(operation(u"r13-t2-a1"_s), u"Running"_s, u"one or more tasks are running"_s),
                 u"Progressing"_s)),
             ScriptedResponse::ok(
                 application(operationState(ours, u"Succeeded"_s, u"successfully synced"_s), u"Healthy"_s))});
        server.scriptMethod("DELETE", operationPath, ScriptedResponse::ok("{}"));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString handle = uR"({"app":"storefront-prod","revision":"2.4.0","startedAt":0,"token":"r12-t40-a2"})"_s;

        const Result<void> terminated = backend->cancel(handle);
        QVERIFY2(terminated.ok(), qPrintable(terminated.errorMessage()));
        const QList<ReceivedRequest> deletes = requestsTo(server, "DELETE", operationPath);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes[0].header("Authorization"), "Bearer " + apiToken.toUtf8());

        // Another task's sync is left alone.
        QCOMPARE(backend->cancel(handle).errorMessage(),
                 u"The operation running on storefront-prod is not the sync this task started; it is left alone"_s);
        // Our sync has ended: nothing to stop.
        QVERIFY(backend->cancel(handle).ok());
        QCOMPARE(server.requestCount("DELETE", operationPath), 1);
    }

    void findByToken()
    {
        ScriptedHttpServer server;
        const QJsonObject ours = operation(u"r12-t40-a2"_s);
        server.scriptMethod(
            "GET", applicationPath,
            {ScriptedResponse::ok(application(operationState(ours, u"Running"_s, u""_s), u"Progressing"_s, ours)),
             ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s, ours)),
             ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s))});
        const std::unique_ptr<DeployBackend> backend = make(config(server));

        const Result<std::optional<QString>> running = backend->find(deployRequest());
        QVERIFY2(running.ok(), qPrintable(running.errorMessage()));
        QVERIFY(running->has_value());
        const QJsonObject handle = jsonObject((**running).toUtf8());
        QCOMPARE(handle.value(u"revision"_s).toString(), u"2.4.0"_s);
        // The operation's startedAt, 2024-05-01T10:00:00Z.
        QCOMPARE(handle.value(u"startedAt"_s).toInteger(), 1714557600000);

        const Result<std::optional<QString>> pending = backend->find(deployRequest());
        QVERIFY2(pending.ok(), qPrintable(pending.errorMessage()));
        QVERIFY(pending->has_value());

        const Result<std::optional<QString>> none = backend->find(deployRequest());
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());
    }

    void revisionFromCommitOrNone()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", syncPath, ScriptedResponse::ok(application(earlierSync(), u"Healthy"_s)));
        const std::unique_ptr<DeployBackend> byCommit = make(config(server, u"commit"_s));
        QVERIFY(byCommit->start(deployRequest()).ok());
        const std::unique_ptr<DeployBackend> asIs = make(config(server, u"none"_s));
        QCOMPARE(asIs->describe(deployRequest()),
                 u"syncs the Argo CD application storefront-prod on %1"_s.arg(server.origin()));
        QVERIFY(asIs->start(deployRequest()).ok());
        const QList<ReceivedRequest> syncs = requestsTo(server, "POST", syncPath);
        QCOMPARE(syncs.size(), 2);
        QCOMPARE(jsonObject(syncs[0].body).value(u"revision"_s).toString(), revision);
        QVERIFY(!jsonObject(syncs[1].body).contains(u"revision"_s));

        DeployRequest withoutCommit = deployRequest();
        withoutCommit.commit.clear();
        QCOMPARE(byCommit->start(withoutCommit).errorMessage(),
                 u"The backend “argo” syncs to the deploy's commit, but the workspace knows no commit for the version "
                 "2.4.0 of storefront"_s);
        QCOMPARE(server.requestCount("POST", syncPath), 2);
    }

    void refusalsAreExplained()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", syncPath,
                            {ScriptedResponse::withStatus(401, R"({"error":"invalid session","code":16})"),
                             ScriptedResponse::withStatus(403, R"({"error":"permission denied","code":7,)"
                                                               R"("message":"permission denied"})"),
                             ScriptedResponse::withStatus(404, R"({"code":5,"message":"not found"})")});
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const QString endpoint = address(server, syncPath);
        const Result<QString> unauthorized = backend->start(deployRequest());
        QCOMPARE(unauthorized.errorMessage(), u"%1 refused the credentials of the backend “argo” (HTTP 401): check "
                                              "the token or secret stored for it in the keychain"_s.arg(endpoint));
        const Result<QString> forbidden = backend->start(deployRequest());
        QCOMPARE(forbidden.errorMessage(), u"The token may not sync the Argo CD application “storefront-prod”, or "
                                           "there is no application of that name (HTTP 403 from %1)"_s.arg(endpoint));
        const Result<QString> notFound = backend->start(deployRequest());
        QCOMPARE(notFound.errorMessage(),
                 u"Argo CD has no application “storefront-prod” (HTTP 404 from %1)"_s.arg(endpoint));
        for (const QString &message : {unauthorized.errorMessage(), forbidden.errorMessage(), notFound.errorMessage()})
            QVERIFY(!message.contains(apiToken));
    }

    void serverErrorOnTheSyncIsNotRepeated()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", syncPath, ScriptedResponse::withStatus(504));
        const std::unique_ptr<DeployBackend> backend = make(config(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY(!handle.ok());
        QVERIFY2(handle.errorMessage().startsWith(
                     u"Server error 504 from %1. The request was not sent again"_s.arg(address(server, syncPath))),
                 qPrintable(handle.errorMessage()));
        QCOMPARE(server.requestCount("POST", syncPath), 1);
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("no application") << uR"({"server": "https://argocd.example.com"})"_s
                                        << u"The backend “argo” (argocd): its config has no “application”"_s;
        QTest::newRow("revision from tag")
            << uR"({"server": "https://argocd.example.com", "application": "a", "revision_from": "tag"})"_s
            << u"The backend “argo” (argocd): “revision_from” in its config is “tag”; it must be version, commit or "
               "none"_s;
        QTest::newRow("insecure")
            << uR"({"server": "https://argocd.example.com", "application": "a", "insecure": true})"_s
            << u"The backend “argo” (argocd): “insecure” is true in its config, but Flowdeck always verifies TLS: add "
               "the certificate authority of the Argo CD server to the system's trusted ones and set “insecure” to "
               "false"_s;
    }

    void badConfigsAreRefused()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QCOMPARE(configError(u"argo"_s, u"argocd"_s, config), message);
    }
};

QTEST_GUILESS_MAIN(TestArgoCdBackend)
#include "tst_argocdbackend.moc"
