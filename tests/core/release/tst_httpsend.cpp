// SPDX-License-Identifier: GPL-3.0-or-later
// HttpFetcher::send against a loopback server: the method, body and content type arrive as sent; a request that
// changes something is never sent twice once the server may have acted on it (a server error, a timeout, a lost
// connection), but is after a rate limit or a refused connection; the status of the last answer is kept.
#include "ci/httpfetch.h"
#include "httptesting.h"
#include "scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString dispatchPath = u"/repos/octo-org/octo-repo/actions/workflows/deploy.yml/dispatches"_s;
const QString notRepeated = u". The request was not sent again, since the server may have acted on it: check there "
                            "before trying again"_s;

} // namespace

class TestHttpSend : public QObject
{
    Q_OBJECT

private slots:
    void postCarriesItsBodyAndType()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(204));
        HttpFetcher fetcher(quickPolicy());
        fetcher.setHeader("Authorization", "Bearer ghp_example");
        const QByteArray body = R"({"ref":"main","inputs":{"version":"2.4.0"}})";
        const Result<HttpResponse> response = fetcher.send("post", server.url(dispatchPath), body, "application/json");
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(response->status, 204);
        QCOMPARE(fetcher.lastStatus(), 204);
        const QList<ReceivedRequest> received = server.requests();
        QCOMPARE(received.size(), 1);
        QCOMPARE(received[0].method, QByteArray("POST"));
        QCOMPARE(received[0].body, body);
        QCOMPARE(received[0].header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(received[0].header("Content-Length"), QByteArray::number(body.size()));
        QCOMPARE(received[0].header("Authorization"), QByteArray("Bearer ghp_example"));
    }

    void methodsWithoutBody()
    {
        ScriptedHttpServer server;
        const QString path = u"/api/v1/applications/storefront-prod/operation"_s;
        server.scriptMethod("DELETE", path, ScriptedResponse::ok("{}"));
        server.scriptMethod("POST", path, ScriptedResponse::withStatus(405));
        HttpFetcher fetcher(quickPolicy());
        const Result<HttpResponse> deleted = fetcher.send("DELETE", server.url(path));
        QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
        // A POST without a body still says what it (does not) carry.
        const Result<HttpResponse> posted = fetcher.send("POST", server.url(path));
        QVERIFY(!posted.ok());
        QCOMPARE(fetcher.lastStatus(), 405);
        const QList<ReceivedRequest> received = server.requests();
        QCOMPARE(received.size(), 2);
        QCOMPARE(received[0].method, QByteArray("DELETE"));
        QCOMPARE(received[0].body, QByteArray());
        QCOMPARE(received[1].method, QByteArray("POST"));
        QCOMPARE(received[1].header("Content-Type"), QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(received[1].header("Content-Length"), QByteArray("0"));
    }

    void serverErrorIsNotSentAgain()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath,
                            {ScriptedResponse::withStatus(502), ScriptedResponse::withStatus(204)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const QUrl url = server.url(dispatchPath);
        const Result<HttpResponse> response = fetcher.send("POST", url, "{}", "application/json");
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(), u"Server error 502 from %1"_s.arg(url.toString()) + notRepeated);
        QCOMPARE(server.requestCount("POST", dispatchPath), 1);
        QCOMPARE(fetcher.lastStatus(), 502);
        QVERIFY(notices.isEmpty());
    }

    void timeoutIsNotSentAgain()
    {
        ScriptedHttpServer server;
        ScriptedResponse slow = ScriptedResponse::withStatus(204);
        slow.delay = 3s;
        server.scriptMethod("POST", dispatchPath, {slow, ScriptedResponse::withStatus(204)});
        FetchPolicy policy = quickPolicy();
        policy.timeout = 300ms;
        HttpFetcher fetcher(policy);
        const QUrl url = server.url(dispatchPath);
        const Result<HttpResponse> response = fetcher.send("POST", url, "{}", "application/json");
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(), u"%1 did not answer within 300 ms"_s.arg(url.toString()) + notRepeated);
        QCOMPARE(fetcher.lastStatus(), 0);
        QCOMPARE(server.requestCount("POST", dispatchPath), 1);
    }

    void rateLimitIsWaitedOutAndSentAgain()
    {
        ScriptedHttpServer server;
        server.scriptMethod(
            "POST", dispatchPath,
            {ScriptedResponse::withStatus(429).withHeader("Retry-After", "1"), ScriptedResponse::withStatus(204)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        QElapsedTimer clock;
        clock.start();
        const Result<HttpResponse> response = fetcher.send("POST", server.url(dispatchPath), "{}", "application/json");
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(server.requestCount("POST", dispatchPath), 2);
        QCOMPARE(notices.size(), 1);
    }

    void refusedConnectionIsTriedAgain()
    {
        const quint16 port = closedLoopbackPort();
        QVERIFY(port != 0);
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const QUrl url(u"http://127.0.0.1:%1/job/deploy/buildWithParameters"_s.arg(port));
        const Result<HttpResponse> response = fetcher.send("POST", url, "FLOWDECK_TOKEN=r1-t2-a1");
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(),
                 u"Could not connect to %1: the connection was refused (attempt 3 of 3): try again later"_s.arg(
                     url.toString()));
        QCOMPARE(notices.size(), 2);
    }

    void refusalsKeepTheirStatus()
    {
        ScriptedHttpServer server;
        server.scriptMethod("POST", dispatchPath, ScriptedResponse::withStatus(404, R"({"message":"Not Found"})"));
        HttpFetcher fetcher(quickPolicy());
        fetcher.setHeader("Authorization", "Bearer ghp_example");
        const QUrl url = server.url(dispatchPath);
        const Result<HttpResponse> response = fetcher.send("POST", url, "{}", "application/json");
        QCOMPARE(
            response.errorMessage(),
            u"%1 was not found (HTTP 404): check the project name and that the token can see it"_s.arg(url.toString()));
        QCOMPARE(fetcher.lastStatus(), 404);
        QCOMPARE(server.requestCount(dispatchPath), 1);
    }

    void gitlabValidationMessagesAreQuoted()
    {
        ScriptedHttpServer server;
        const QString path = u"/api/v4/projects/group%2Fstorefront/pipeline"_s;
        server.scriptMethod("POST", path,
                            ScriptedResponse::withStatus(400, R"({"message":{"base":["Reference not found"]}})"));
        HttpFetcher fetcher(quickPolicy());
        const QUrl url = QUrl::fromEncoded(server.origin().toLatin1() + path.toLatin1());
        const Result<HttpResponse> response = fetcher.send("POST", url, "{}", "application/json");
        QCOMPARE(response.errorMessage(),
                 u"%1 answered HTTP 400 Bad Request (the server says: “Reference not found”)"_s.arg(url.toString()));
        QCOMPARE(server.requests().constFirst().path, path);
    }

    void routesByMethod()
    {
        ScriptedHttpServer server;
        const QString path = u"/queue/item/73/api/json"_s;
        server.script(path, ScriptedResponse::ok(R"({"any":true})"));
        server.scriptMethod("POST", path, ScriptedResponse::ok(R"({"post":true})"));
        HttpFetcher fetcher(quickPolicy());
        QCOMPARE(fetcher.get(server.url(path))->body, QByteArray(R"({"any":true})"));
        QCOMPARE(fetcher.send("POST", server.url(path))->body, QByteArray(R"({"post":true})"));
        QCOMPARE(server.requestCount(path), 2);
        QCOMPARE(server.requestCount("POST", path), 1);
        QCOMPARE(server.requestCount("GET", path), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpSend)
#include "tst_httpsend.moc"
