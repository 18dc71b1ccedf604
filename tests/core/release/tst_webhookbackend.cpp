// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook backend against a loopback server: the signed POST (its HMAC computed here), the job followed on its
// status URL to success or failure, its log read from an offset, find() and cancel, the refusals explained, a
// server error on the POST not repeated, and the secret in no message or handle.
#include "httpbackendtesting.h"

#include <QMessageAuthenticationCode>

using namespace flowdeck;
using namespace flowdeck::release;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString hmacSecret = u"whsec-5b1e0c7f"_s;
const QString deployPath = u"/hooks/deploy"_s;

QJsonObject signedConfig(const ScriptedHttpServer &server)
{
    return QJsonObject{{u"url"_s, address(server, deployPath)},
                       {u"status_url"_s, address(server, u"/hooks/jobs/{id}"_s)},
                       {u"secret"_s, true}};
}

std::unique_ptr<DeployBackend> make(const QJsonObject &config, const QString &secret = hmacSecret)
{
    return madeBackend(u"hooks"_s, u"webhook"_s, config, secret);
}

QByteArray jobStatus(const QByteArray &status, const QByteArray &log, const QByteArray &message = {})
{
    QJsonObject object{{u"status"_s, QString::fromUtf8(status)}, {u"log"_s, QString::fromUtf8(log)}};
    if (!message.isEmpty())
        object.insert(u"message"_s, QString::fromUtf8(message));
    return jsonText(object);
}

} // namespace

class TestWebhookBackend : public QObject
{
    Q_OBJECT

private slots:
    void signedDeployRunsToSuccess()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::withStatus(202, R"({"id": "job-7"})"));
        server.script(u"/hooks/jobs/job-7"_s,
                      {ScriptedResponse::ok(jobStatus("running", "pulling image\n")),
                       ScriptedResponse::ok(jobStatus("running", "pulling image\nrolling out\n")),
                       ScriptedResponse::ok(jobStatus("succeeded", "pulling image\nrolling out\ndone\n"))});
        const std::unique_ptr<DeployBackend> backend = make(signedConfig(server));
        const DeployRequest request = deployRequest();
        QCOMPARE(backend->describe(request), u"POSTs a signed request to %1%2"_s.arg(server.origin(), deployPath));

        const Result<QString> handle = backend->start(request);
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        const QList<ReceivedRequest> posts = requestsTo(server, "POST", deployPath);
        QCOMPARE(posts.size(), 1);
        const ReceivedRequest &post = posts.constFirst();
        QCOMPARE(post.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(jsonObject(post.body), (QJsonObject{{u"token"_s, u"r12-t40-a2"_s},
                                                     {u"release"_s, u"Spring release"_s},
                                                     {u"service"_s, u"storefront"_s},
                                                     {u"version"_s, u"2.4.0"_s},
                                                     {u"environment"_s, u"production"_s},
                                                     {u"commit"_s, u"9fceb02d0ae598e95dc970b74767f19372d61af8"_s}}));
        // The receiver checks the signature over the bytes it got, with the secret both sides know.
        const QByteArray expected =
            "sha256=" +
            QMessageAuthenticationCode::hash(post.body, hmacSecret.toUtf8(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(post.header("X-Flowdeck-Signature-256"), expected);
        QVERIFY(!handle->contains(hmacSecret));
        QCOMPARE(jsonObject(handle->toUtf8()).value(u"status_url"_s).toString(),
                 address(server, u"/hooks/jobs/job-7"_s));

        const Result<JobStatus> running = backend->poll(*handle);
        QVERIFY2(running.ok(), qPrintable(running.errorMessage()));
        QCOMPARE(running->state, JobState::Running);
        QCOMPARE(running->message, u"Webhook job job-7 is running"_s);

        const Result<QByteArray> log = backend->logs(*handle, 0);
        QVERIFY2(log.ok(), qPrintable(log.errorMessage()));
        QCOMPARE(*log, QByteArray("pulling image\nrolling out\n"));

        const Result<JobStatus> done = backend->poll(*handle);
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
        QCOMPARE(done->state, JobState::Succeeded);
        QCOMPARE(done->message, u"Webhook job job-7 succeeded"_s);
        // What is new since the 26 bytes already read.
        const Result<QByteArray> rest = backend->logs(*handle, 26);
        QVERIFY2(rest.ok(), qPrintable(rest.errorMessage()));
        QCOMPARE(*rest, QByteArray("done\n"));
        // A poll is a plain GET: only the POST is signed.
        for (const ReceivedRequest &get : requestsTo(server, "GET", u"/hooks/jobs/job-7"_s))
            QVERIFY(get.header("X-Flowdeck-Signature-256").isEmpty());
    }

    void failedJobSaysWhy()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::ok(R"({"id": 81})"));
        server.script(u"/hooks/jobs/81"_s, {ScriptedResponse::ok(jobStatus("running", "")),
                                            ScriptedResponse::ok(jobStatus("failed", "", "health check failed"))});
        const std::unique_ptr<DeployBackend> backend = make(signedConfig(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QCOMPARE(backend->poll(*handle)->state, JobState::Running);
        const Result<JobStatus> failed = backend->poll(*handle);
        QVERIFY2(failed.ok(), qPrintable(failed.errorMessage()));
        QCOMPARE(failed->state, JobState::Failed);
        QCOMPARE(failed->message, u"Webhook job 81 failed: health check failed"_s);
    }

    void statusUrlFromTheAnswerAndNoSignature()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::ok(R"({"id": 5, "status_url": "/hooks/status/5"})"));
        server.script(u"/hooks/status/5"_s, ScriptedResponse::ok(jobStatus("succeeded", "ok\n")));
        const std::unique_ptr<DeployBackend> backend = make(QJsonObject{{u"url"_s, address(server, deployPath)}});
        QCOMPARE(backend->describe(deployRequest()), u"POSTs to %1%2"_s.arg(server.origin(), deployPath));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QVERIFY(requestsTo(server, "POST", deployPath).constFirst().header("X-Flowdeck-Signature-256").isEmpty());
        const Result<JobStatus> status = backend->poll(*handle);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(status->state, JobState::Succeeded);
        QCOMPARE(server.requestCount(u"/hooks/status/5"_s), 1);
    }

    void webhookWithoutStatusIsDoneOnceAccepted()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::withStatus(204));
        const std::unique_ptr<DeployBackend> backend = make(QJsonObject{{u"url"_s, address(server, deployPath)}});
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        const Result<JobStatus> status = backend->poll(*handle);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(status->state, JobState::Succeeded);
        QCOMPARE(status->message, u"The webhook accepted the deploy; it reports no status"_s);
        QCOMPARE(backend->logs(*handle, 0).value(), QByteArray());
        QCOMPARE(server.requests().size(), 1);
    }

    void serverErrorOnThePostIsNotRepeated()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::withStatus(502));
        const std::unique_ptr<DeployBackend> backend = make(signedConfig(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY(!handle.ok());
        QCOMPARE(server.requestCount("POST", deployPath), 1);
        QCOMPARE(handle.errorMessage(),
                 u"Server error 502 from %1%2. The request was not sent again, since the server may have acted on "
                 "it: check there before trying again"_s.arg(server.origin(), deployPath));
    }

    void refusalsAreExplained()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::withStatus(401));
        server.scriptMethod("POST", u"/hooks/missing"_s, ScriptedResponse::withStatus(404));
        const std::unique_ptr<DeployBackend> refused = make(signedConfig(server));
        const Result<QString> unauthorized = refused->start(deployRequest());
        QCOMPARE(unauthorized.errorMessage(),
                 u"%1%2 refused the credentials of the backend “hooks” (HTTP 401): check the token or secret "
                 "stored for it in the keychain"_s.arg(server.origin(), deployPath));

        const std::unique_ptr<DeployBackend> missing =
            make(QJsonObject{{u"url"_s, address(server, u"/hooks/missing"_s)}});
        const Result<QString> notFound = missing->start(deployRequest());
        QCOMPARE(notFound.errorMessage(),
                 u"No webhook answers at this address (HTTP 404 from %1/hooks/missing)"_s.arg(server.origin()));
        QVERIFY(!unauthorized.errorMessage().contains(hmacSecret));
    }

    void signingNeedsTheSecret()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::ok(R"({"id": 1})"));
        const std::unique_ptr<DeployBackend> backend = make(signedConfig(server), QString());
        const Result<QString> handle = backend->start(deployRequest());
        QCOMPARE(handle.errorMessage(), u"No token or secret is stored in the keychain for the backend “hooks”: store "
                                        "one for it first"_s);
        QCOMPARE(server.requests().size(), 0);
    }

    void findAsksTheFindUrl()
    {
        ScriptedHttpServer server;
        QJsonObject config = signedConfig(server);
        config.insert(u"find_url"_s, address(server, u"/hooks/find?token={token}"_s));
        server.script(u"/hooks/find"_s, ScriptedResponse::ok(R"({"id": "job-7"})"), u"token=r12-t40-a2"_s);
        const std::unique_ptr<DeployBackend> backend = make(config);
        const Result<std::optional<QString>> found = backend->find(deployRequest());
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QVERIFY(found->has_value());
        QCOMPARE(jsonObject((**found).toUtf8()),
                 (QJsonObject{{u"id"_s, u"job-7"_s}, {u"status_url"_s, address(server, u"/hooks/jobs/job-7"_s)}}));
        QCOMPARE(queryValue(requestsTo(server, "GET", u"/hooks/find"_s).constFirst(), u"token"_s), u"r12-t40-a2"_s);

        // Another attempt's token: the server knows no such job (its route for this token is not there: 404).
        DeployRequest other = deployRequest();
        other.token = u"r12-t40-a3"_s;
        const Result<std::optional<QString>> none = backend->find(other);
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());

        const std::unique_ptr<DeployBackend> blind = make(signedConfig(server));
        const Result<std::optional<QString>> unknown = blind->find(deployRequest());
        QCOMPARE(unknown.errorMessage(), u"The webhook of the backend “hooks” cannot tell whether it started a job "
                                         "for this attempt: its config has no find_url"_s);
    }

    void cancelPostsTheCancelUrl()
    {
        ScriptedHttpServer server;
        QJsonObject config = signedConfig(server);
        config.insert(u"cancel_url"_s, address(server, u"/hooks/jobs/{id}/cancel"_s));
        server.scriptMethod("POST", deployPath, ScriptedResponse::ok(R"({"id": "job-7"})"));
        server.scriptMethod("POST", u"/hooks/jobs/job-7/cancel"_s, ScriptedResponse::withStatus(202));
        const std::unique_ptr<DeployBackend> backend = make(config);
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        const Result<void> canceled = backend->cancel(*handle);
        QVERIFY2(canceled.ok(), qPrintable(canceled.errorMessage()));
        const QList<ReceivedRequest> cancels = requestsTo(server, "POST", u"/hooks/jobs/job-7/cancel"_s);
        QCOMPARE(cancels.size(), 1);
        QCOMPARE(jsonObject(cancels[0].body), (QJsonObject{{u"id"_s, u"job-7"_s}}));
        QCOMPARE(cancels[0].header("X-Flowdeck-Signature-256"),
                 "sha256=" +
                     QMessageAuthenticationCode::hash(cancels[0].body, hmacSecret.toUtf8(), QCryptographicHash::Sha256)
                         .toHex());

        const std::unique_ptr<DeployBackend> plain = make(signedConfig(server));
        QCOMPARE(plain->cancel(*handle).errorMessage(),
                 u"The webhook of the backend “hooks” cannot cancel a deploy: its config has no cancel_url"_s);
    }

    void unknownStatusIsAnError()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", deployPath, ScriptedResponse::ok(R"({"id": 9})"));
        server.script(u"/hooks/jobs/9"_s, ScriptedResponse::ok(R"({"status": "exploded"})"));
        const std::unique_ptr<DeployBackend> backend = make(signedConfig(server));
        const Result<QString> handle = backend->start(deployRequest());
        QVERIFY2(handle.ok(), qPrintable(handle.errorMessage()));
        QCOMPARE(
            backend->poll(*handle).errorMessage(),
            u"%1/hooks/jobs/9 answered the status “exploded”, which is none of running, succeeded and failed"_s.arg(
                server.origin()));
    }

    void badConfigsAreRefused_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON")
            << u"{\"url\": "_s
            << u"The backend “hooks” (webhook): its config is not JSON: unterminated object at byte 8"_s;
        QTest::newRow("no url") << u"{}"_s << u"The backend “hooks” (webhook): its config has no “url”"_s;
        QTest::newRow("ftp")
            << uR"({"url": "ftp://hooks.example.com/deploy"})"_s
            << u"The backend “hooks” (webhook): “url” in its config, “ftp://hooks.example.com/deploy”, "
               "is not an http or https address"_s;
        QTest::newRow("status without id")
            << uR"({"url": "https://hooks.example.com/deploy", "status_url": "https://hooks.example.com/status"})"_s
            << u"The backend “hooks” (webhook): “status_url” in its config must hold {id}, where the job's id goes"_s;
        QTest::newRow("misspelt key") << uR"({"url": "https://hooks.example.com/deploy", "secrets": true})"_s
                                      << u"The backend “hooks” (webhook): its config has an unknown key “secrets”; it "
                                         "knows url, status_url, find_url, cancel_url, secret"_s;
        QTest::newRow("secret as text") << uR"({"url": "https://hooks.example.com/deploy", "secret": "yes"})"_s
                                        << u"The backend “hooks” (webhook): “secret” in its config must be true or "
                                           "false"_s;
    }

    void badConfigsAreRefused()
    {
        QFETCH(QString, config);
        QFETCH(QString, message);
        QCOMPARE(configError(u"hooks"_s, u"webhook"_s, config), message);
    }

    void otherKindsAreNotHttpBackends()
    {
        const Result<std::unique_ptr<DeployBackend>> made =
            makeHttpBackend(backendRow(u"local"_s, u"process"_s, {}), contextWithSecret({}, {}));
        QCOMPARE(made.errorMessage(), u"The backend “local” is of the kind “process”, which does not work over HTTP "
                                      "(webhook, github, gitlab, jenkins and argocd do)"_s);
    }
};

QTEST_GUILESS_MAIN(TestWebhookBackend)
#include "tst_webhookbackend.moc"
