// SPDX-License-Identifier: GPL-3.0-or-later
// The CI transport against a loopback server: pages followed through real Link headers, rate-limit waits,
// retries of server errors, timeouts and cut-off bodies, the messages of refusals, conditional requests,
// cancel, and that the token never shows.
#include "ci/httpfetch.h"
#include "httptesting.h"
#include "scriptedhttpserver.h"
#include "version.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QByteArray headerValue(const QList<HeaderPair> &headers, QByteArrayView name)
{
    for (const HeaderPair &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

const QString runsPath = u"/repos/octo-org/octo-repo/actions/runs"_s;

} // namespace

class TestHttpFetch : public QObject
{
    Q_OBJECT

private slots:
    void nextPageLinkReadsTheFixtures()
    {
        // "Link: <https://api.github.com/resource?page=2>; rel="next", <...?page=5>; rel="last""
        const QList<HeaderPair> github = readHeaderFile(ciFixturePath(u"github/pagination-link-header.txt"_s));
        QCOMPARE(github.size(), 1);
        QCOMPARE(nextPageLink(headerValue(github, "link")), QUrl(u"https://api.github.com/resource?page=2"_s));

        // GitLab's page 2 of 3 names prev (1), next (3), first (1) and last (3).
        const QList<HeaderPair> gitlab = readHeaderFile(ciFixturePath(u"gitlab/pagination-headers.http"_s));
        QCOMPARE(nextPageLink(headerValue(gitlab, "link")),
                 QUrl(u"https://gitlab.example.com/api/v4/projects/8/issues/8/notes?page=3&per_page=3"_s));

        QCOMPARE(nextPageLink(R"(<https://x.test/a?page=1>; rel="prev", <https://x.test/a?page=1>; rel="first")"),
                 std::nullopt);
        QCOMPARE(nextPageLink(""), std::nullopt);
        QCOMPARE(nextPageLink("no link here"), std::nullopt);
        QCOMPARE(nextPageLink("<https://x.test/a?page=2"), std::nullopt);
        // Unquoted, upper case, several relations at once, and a target relative to the page.
        QCOMPARE(nextPageLink("<https://x.test/a?page=4>; REL=next"), QUrl(u"https://x.test/a?page=4"_s));
        QCOMPARE(nextPageLink(R"(<https://x.test/a?page=9>; rel="last next")"), QUrl(u"https://x.test/a?page=9"_s));
        QCOMPARE(nextPageLink(R"(</api/v4/jobs?cursor=eyJpZCI6>; rel="next")", QUrl(u"https://gl.test/api/v4/jobs"_s)),
                 QUrl(u"https://gl.test/api/v4/jobs?cursor=eyJpZCI6"_s));
    }

    void endpointNameDropsSecrets()
    {
        QCOMPARE(endpointName(QUrl(u"https://gl.test/api/v4/projects/8/jobs?private_token=glpat-x&per_page=20"_s)),
                 u"https://gl.test/api/v4/projects/8/jobs?per_page=20"_s);
        QCOMPARE(endpointName(QUrl(u"https://me:secret@jenkins.test/job/a/api/json?token=abc"_s)),
                 u"https://jenkins.test/job/a/api/json"_s);
        QCOMPARE(endpointName(QUrl(u"https://api.github.com/repos/o/r/pulls?access_token=t&state=all"_s)),
                 u"https://api.github.com/repos/o/r/pulls?state=all"_s);
    }

    void githubPagesFollowTheLinkHeader()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        const QString origin = server.origin();
        const QStringList files{u"github/workflow-run-paginated.json"_s, u"github/job-paginated.json"_s,
                                u"github/deployment-items.json"_s, u"github/release-items.json"_s,
                                u"github/pull-request-simple-items.json"_s};
        // Page 1 carries the captured header (next 2, last 5), pointed at this server.
        const QByteArray captured =
            headerValue(readHeaderFile(ciFixturePath(u"github/pagination-link-header.txt"_s)), "Link");
        server.script(u"/resource"_s, ScriptedResponse::ok(ciFixture(files[0]))
                                          .withHeader("Link", QByteArray(captured).replace("https://api.github.com",
                                                                                           origin.toLatin1())));
        // Pages 2 to 5 in GitHub's own order: prev, next, last, first; the last page has no next.
        const auto page = [&](int number) -> QByteArray {
            return origin.toLatin1() + "/resource?page=" + QByteArray::number(number);
        };
        for (int number = 2; number <= 5; ++number) {
            QByteArray link = '<' + page(number - 1) + ">; rel=\"prev\", ";
            if (number < 5)
                link += '<' + page(number + 1) + ">; rel=\"next\", <" + page(5) + ">; rel=\"last\", ";
            link += '<' + page(1) + ">; rel=\"first\"";
            server.script(u"/resource"_s, ScriptedResponse::ok(ciFixture(files[number - 1])).withHeader("Link", link),
                          u"page=%1"_s.arg(number));
        }

        HttpFetcher fetcher(quickPolicy());
        QList<QByteArray> bodies;
        std::optional<QUrl> next = server.url(u"/resource"_s);
        while (next && bodies.size() < 10) {
            const Result<HttpResponse> response = fetcher.get(*next);
            QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
            QCOMPARE(response->status, 200);
            bodies.append(response->body);
            next = nextPageLink(response->header("link"), response->url);
        }
        QCOMPARE(bodies.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(bodies[i], ciFixture(files[i]));
        QStringList queries;
        for (const ReceivedRequest &request : server.requests())
            queries.append(request.query);
        QCOMPARE(queries, (QStringList{QString(), u"page=2"_s, u"page=3"_s, u"page=4"_s, u"page=5"_s}));
    }

    void gitlabPagesWithCapturedHeaders()
    {
        ScriptedHttpServer server;
        const QByteArray origin = server.origin().toLatin1();
        const QString path = u"/api/v4/projects/8/issues/8/notes"_s;
        const auto page = [&](int number) -> QByteArray {
            return origin + path.toLatin1() + "?page=" + QByteArray::number(number) + "&per_page=3";
        };
        // Page 2 is the capture itself (its link and x-* headers; the server writes its own Content-Length).
        QList<HeaderPair> captured = readHeaderFile(ciFixturePath(u"gitlab/pagination-headers.http"_s));
        QVERIFY(!captured.isEmpty());
        for (HeaderPair &header : captured)
            header.second.replace("https://gitlab.example.com", origin);
        server.script(path, ScriptedResponse::ok(ciFixture(u"gitlab/jobs-list-project.json"_s))
                                .withHeader("link", '<' + page(2) + ">; rel=\"next\", <" + page(1) +
                                                        ">; rel=\"first\", <" + page(3) + ">; rel=\"last\"")
                                .withHeader("x-page", "1")
                                .withHeader("x-next-page", "2"));
        ScriptedResponse second;
        second.body = ciFixture(u"gitlab/jobs-list-pipeline.json"_s);
        second.headers = captured;
        server.script(path, second, u"page=2&per_page=3"_s);
        server.script(path,
                      ScriptedResponse::ok(ciFixture(u"gitlab/deployments-list.json"_s))
                          .withHeader("link", '<' + page(2) + ">; rel=\"prev\", <" + page(1) + ">; rel=\"first\", <" +
                                                  page(3) + ">; rel=\"last\"")
                          .withHeader("x-page", "3")
                          .withHeader("x-next-page", ""),
                      u"page=3&per_page=3"_s);

        HttpFetcher fetcher(quickPolicy());
        QList<HttpResponse> pages;
        std::optional<QUrl> next = server.url(path + u"?per_page=3"_s);
        while (next && pages.size() < 10) {
            Result<HttpResponse> response = fetcher.get(*next);
            QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
            pages.append(std::move(response).value());
            next = nextPageLink(pages.last().header("Link"), pages.last().url);
        }
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pages[0].body, ciFixture(u"gitlab/jobs-list-project.json"_s));
        QCOMPARE(pages[1].body, ciFixture(u"gitlab/jobs-list-pipeline.json"_s));
        QCOMPARE(pages[2].body, ciFixture(u"gitlab/deployments-list.json"_s));
        // The capture's headers arrive as sent, found whatever their case.
        QCOMPARE(pages[1].header("X-Total"), QByteArray("8"));
        QCOMPARE(pages[1].header("x-total-pages"), QByteArray("3"));
        QCOMPARE(pages[1].header("X-NEXT-PAGE"), QByteArray("3"));
        QCOMPARE(pages[1].header("x-request-id"), QByteArray("732ad4ee-9870-4866-a199-a9db0cde3c86"));
        QCOMPARE(pages[1].header("Content-Length"), QByteArray::number(pages[1].body.size()));
        QCOMPARE(pages[1].header("no-such-header"), QByteArray());
        QCOMPARE(pages[1].url, QUrl::fromEncoded(page(2)));
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(2).query, u"page=3&per_page=3"_s);
    }

    void tooManyRequestsWaitsRetryAfter()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/workflow-run-paginated.json"_s);
        server.script(runsPath,
                      {ScriptedResponse::withStatus(429, R"({"message":"You have exceeded a secondary rate limit."})")
                           .withHeader("Retry-After", "1"),
                       ScriptedResponse::ok(body)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        QElapsedTimer clock;
        clock.start();
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(response->body, body);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices[0].contains(u"Rate limit of 127.0.0.1 reached: waiting 1 s, until "_s),
                 qPrintable(notices[0]));
        QCOMPARE(server.requestCount(runsPath), 2);
    }

    void rateLimitResetIsWaitedFor_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("resetHeader");
        QTest::addColumn<QByteArray>("remainingHeader");
        QTest::newRow("GitHub 403, X-RateLimit-Remaining 0")
            << 403 << QByteArray("X-RateLimit-Reset") << QByteArray("X-RateLimit-Remaining");
        QTest::newRow("GitLab 429, RateLimit-Reset")
            << 429 << QByteArray("RateLimit-Reset") << QByteArray("RateLimit-Remaining");
    }

    void rateLimitResetIsWaitedFor()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, resetHeader);
        QFETCH(QByteArray, remainingHeader);
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/job-paginated.json"_s);
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch();
        // Two whole seconds ahead: the reset lies between 1 and 2 seconds from now.
        const qint64 reset = startMs / 1000 + 2;
        server.script(runsPath, {ScriptedResponse::withStatus(status, R"({"message":"API rate limit exceeded"})")
                                     .withHeader(remainingHeader, "0")
                                     .withHeader("X-RateLimit-Limit", "60")
                                     .withHeader(resetHeader, QByteArray::number(reset)),
                                 ScriptedResponse::ok(body)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(response->body, body);
        QVERIFY2(endMs >= reset * 1000, qPrintable(u"returned %1 ms before the reset"_s.arg(reset * 1000 - endMs)));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices[0].contains(u"waiting"_s), qPrintable(notices[0]));
        QCOMPARE(server.requestCount(runsPath), 2);
    }

    void retryAfterAsHttpDate()
    {
        ScriptedHttpServer server;
        const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray date =
            QLocale::c().toString(until, u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1(); // whole seconds
        server.script(runsPath, {ScriptedResponse::withStatus(429).withHeader("Retry-After", date),
                                 ScriptedResponse::ok(R"({"total_count":0,"workflow_runs":[]})")});
        HttpFetcher fetcher(quickPolicy());
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        const qint64 untilSecond = until.toSecsSinceEpoch() * 1000;
        QVERIFY2(QDateTime::currentMSecsSinceEpoch() >= untilSecond,
                 qPrintable(u"returned before the Retry-After date %1"_s.arg(QString::fromLatin1(date))));
    }

    void rateLimitLongerThanPolicyFails()
    {
        ScriptedHttpServer server;
        server.script(runsPath, ScriptedResponse::withStatus(429).withHeader("Retry-After", "3600"));
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        QElapsedTimer clock;
        clock.start();
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY(!response.ok());
        QVERIFY(clock.elapsed() < 1000);
        const QString message = response.errorMessage();
        QVERIFY2(message.contains(u"HTTP 429"_s) && message.contains(server.url(runsPath).toString()) &&
                     message.contains(u"in 60 min"_s) && message.contains(u"try again then"_s),
                 qPrintable(message));
        QVERIFY(notices.isEmpty());
        QCOMPARE(server.requestCount(runsPath), 1);
    }

    void serverErrorThenSuccess()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"gitlab/pipelines-list.json"_s);
        server.script(u"/api/v4/projects/8/pipelines"_s,
                      {ScriptedResponse::withStatus(500, R"({"message":"500 Internal Server Error"})"),
                       ScriptedResponse::ok(body)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const QUrl url = server.url(u"/api/v4/projects/8/pipelines"_s);
        const Result<HttpResponse> response = fetcher.get(url);
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(response->body, body);
        QCOMPARE(notices,
                 QStringList{u"Server error 500 from %1: retrying in 20 ms (attempt 2 of 3)"_s.arg(url.toString())});
        QCOMPARE(server.requests().size(), 2);
    }

    void serviceUnavailableWaitsItsRetryAfter()
    {
        ScriptedHttpServer server;
        server.script(runsPath, {ScriptedResponse::withStatus(503).withHeader("Retry-After", "1"),
                                 ScriptedResponse::ok(R"({"total_count":0,"workflow_runs":[]})")});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        QElapsedTimer clock;
        clock.start();
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(notices, QStringList{u"Server error 503 from %1: retrying in 1 s (attempt 2 of 3)"_s.arg(
                              server.url(runsPath).toString())});
    }

    void serverErrorEveryTimeGivesUp()
    {
        ScriptedHttpServer server;
        server.script(runsPath, ScriptedResponse::withStatus(502));
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(),
                 u"Server error 502 from %1 (attempt 3 of 3): try again later"_s.arg(server.url(runsPath).toString()));
        QCOMPARE(server.requestCount(runsPath), 3);
        QCOMPARE(notices.size(), 2);
        QVERIFY2(notices[1].endsWith(u"retrying in 40 ms (attempt 3 of 3)"_s), qPrintable(notices[1]));
    }

    void timeoutThenSuccess()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/deployment-items.json"_s);
        ScriptedResponse slow = ScriptedResponse::ok(body);
        slow.delay = 5s;
        server.script(u"/repos/octo-org/octo-repo/deployments"_s, {slow, ScriptedResponse::ok(body)});
        FetchPolicy policy = quickPolicy();
        policy.timeout = 300ms;
        QStringList notices;
        HttpFetcher fetcher(policy, {}, [&](const QString &notice) { notices.append(notice); });
        QElapsedTimer clock;
        clock.start();
        const Result<HttpResponse> response = fetcher.get(server.url(u"/repos/octo-org/octo-repo/deployments"_s));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(response->body, body);
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices[0].contains(u"did not answer within 300 ms"_s), qPrintable(notices[0]));
        QCOMPARE(server.requests().size(), 2);
    }

    void truncatedBodyThenSuccess()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/workflow-run-paginated.json"_s);
        ScriptedResponse cut = ScriptedResponse::ok(body);
        cut.truncateAfter = 4000;
        server.script(runsPath, {cut, ScriptedResponse::ok(body)});
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(response->body, body);
        QCOMPARE(notices.size(), 1);
        const QString expected = u"The response from %1 was cut off after 4000 of %2 bytes"_s.arg(
            server.url(runsPath).toString(), QString::number(body.size()));
        QVERIFY2(notices[0].startsWith(expected), qPrintable(notices[0]));
    }

    void truncatedEveryTimeFails()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"gitlab/jobs-list-pipeline.json"_s);
        ScriptedResponse cut = ScriptedResponse::ok(body);
        cut.truncateAfter = 1000;
        server.script(u"/api/v4/projects/1/pipelines/6/jobs"_s, cut);
        HttpFetcher fetcher(quickPolicy());
        const QUrl url = server.url(u"/api/v4/projects/1/pipelines/6/jobs"_s);
        const Result<HttpResponse> response = fetcher.get(url);
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(),
                 u"The response from %1 was cut off after 1000 of %2 bytes (attempt 3 of 3): try again later"_s.arg(
                     url.toString(), QString::number(body.size())));
        QCOMPARE(server.requests().size(), 3);
    }

    void refusalsAreExplained_data()
    {
        QTest::addColumn<bool>("withToken");
        QTest::addColumn<int>("status");
        QTest::addColumn<QList<HeaderPair>>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected"); // %1 is the endpoint

        QTest::newRow("401 with a token")
            << true << 401 << QList<HeaderPair>{} << QByteArray(R"({"message":"Bad credentials"})")
            << u"%1 refused the token (HTTP 401): check it in Connections"_s;
        QTest::newRow("401 without a token")
            << false << 401 << QList<HeaderPair>{} << QByteArray(R"({"message":"401 Unauthorized"})")
            << u"%1 needs a token (HTTP 401): add one in Connections"_s;
        QTest::newRow("403 GitHub, scope named")
            << true << 403 << QList<HeaderPair>{{"X-Accepted-OAuth-Scopes", "repo"}, {"X-OAuth-Scopes", "gist"}}
            << QByteArray(R"({"message":"Resource not accessible by personal access token"})")
            << u"The token lacks permission for %1 (HTTP 403) (the server says: “Resource not accessible by personal "
               u"access token”): give it the scope repo in the provider's settings"_s;
        QTest::newRow("403 GitLab insufficient_scope")
            << true << 403 << QList<HeaderPair>{}
            << QByteArray(R"({"error":"insufficient_scope","error_description":"The request requires higher )"
                          R"(privileges than provided by the access token.","scope":"api read_api"})")
            << u"The token lacks permission for %1 (HTTP 403) (the server says: “The request requires higher "
               u"privileges than provided by the access token.”): give it one of the scopes api, read_api in the "
               u"provider's settings"_s;
        QTest::newRow("403 GitHub fine-grained token")
            << true << 403
            << QList<HeaderPair>{{"X-Accepted-GitHub-Permissions", "actions=read"}, {"X-RateLimit-Remaining", "4990"}}
            << QByteArray(R"({"message":"Resource not accessible by personal access token"})")
            << u"The token lacks permission for %1 (HTTP 403) (the server says: “Resource not accessible by personal "
               u"access token”): give it the permission actions=read in the provider's settings"_s;
        QTest::newRow("403 without a token")
            << false << 403 << QList<HeaderPair>{} << QByteArray(R"({"message":"Must have admin rights"})")
            << u"%1 refuses access without a token (HTTP 403) (the server says: “Must have admin rights”): add one "
               u"in Connections"_s;
        QTest::newRow("403 without a scope") << true << 403 << QList<HeaderPair>{{"X-RateLimit-Remaining", "4999"}}
                                             << QByteArray() << u"The token lacks permission for %1 (HTTP 403)"_s;
        QTest::newRow("404") << true << 404 << QList<HeaderPair>{} << QByteArray(R"({"message":"Not Found"})")
                             << u"%1 was not found (HTTP 404): check the project name and that the token can see it"_s;
        QTest::newRow("422") << true << 422 << QList<HeaderPair>{} << QByteArray(R"({"message":"Validation Failed"})")
                             << u"%1 answered HTTP 422 Unprocessable Entity (the server says: “Validation Failed”)"_s;
    }

    void refusalsAreExplained()
    {
        QFETCH(bool, withToken);
        QFETCH(int, status);
        QFETCH(QList<HeaderPair>, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        ScriptedHttpServer server;
        ScriptedResponse refusal = ScriptedResponse::withStatus(status, body);
        refusal.headers.append(headers);
        server.script(runsPath, refusal);
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        if (withToken)
            fetcher.setHeader("Authorization", "Bearer ghp_16C7e42F292c6912E7710c838347Ae178B4a");
        const QUrl url = server.url(runsPath + u"?per_page=100"_s);
        const Result<HttpResponse> response = fetcher.get(url);
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(), expected.arg(url.toString()));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(notices.isEmpty());
    }

    void conditionalRequestWithEtag()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/release-items.json"_s);
        const QByteArray etag = R"(W/"7e2d0c8bd3c1cd3a5b1d3f2f9d64a0e1")";
        const QString path = u"/repos/octocat/Hello-World/releases"_s;
        server.script(path, ScriptedResponse::ok(body).withHeader("ETag", etag));
        HttpFetcher fetcher(quickPolicy());
        const Result<HttpResponse> first = fetcher.get(server.url(path));
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(!first->notModified);
        QCOMPARE(first->header("etag"), etag);

        server.script(path, ScriptedResponse::withStatus(304).withHeader("ETag", etag));
        const Result<HttpResponse> second = fetcher.get(server.url(path), first->header("ETag"));
        QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
        QVERIFY(second->notModified);
        QCOMPARE(second->status, 304);
        QVERIFY(second->body.isEmpty());

        const QList<ReceivedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].header("If-None-Match"), QByteArray());
        QCOMPARE(requests[1].header("If-None-Match"), etag);
    }

    void cancelInterruptsARateLimitWait()
    {
        ScriptedHttpServer server;
        server.script(runsPath, ScriptedResponse::withStatus(429).withHeader("Retry-After", "600"));
        std::atomic_bool cancel = false;
        QElapsedTimer clock;
        std::atomic<qint64> canceledAt = -1;
        std::thread canceler;
        FetchPolicy policy = quickPolicy();
        policy.longestWait = 15min;
        HttpFetcher fetcher(policy, TaskControl({}, &cancel), [&](const QString &) {
            canceler = std::thread([&] {
                std::this_thread::sleep_for(200ms);
                canceledAt = clock.elapsed();
                cancel = true;
            });
        });
        clock.start();
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        const qint64 returnedAt = clock.elapsed();
        if (canceler.joinable())
            canceler.join();
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(), TaskControl::canceledMessage());
        QVERIFY(canceledAt >= 0);
        QVERIFY2(returnedAt - canceledAt < 400, qPrintable(u"%1 ms after the cancel"_s.arg(returnedAt - canceledAt)));
    }

    void cancelInterruptsATransfer()
    {
        ScriptedHttpServer server;
        ScriptedResponse slow = ScriptedResponse::ok("[]");
        slow.delay = 10s;
        server.script(runsPath, slow);
        std::atomic_bool cancel = false;
        FetchPolicy policy = quickPolicy();
        policy.timeout = 30s;
        HttpFetcher fetcher(policy, TaskControl({}, &cancel));
        QElapsedTimer clock;
        std::atomic<qint64> canceledAt = -1;
        clock.start();
        std::thread canceler([&] {
            std::this_thread::sleep_for(300ms);
            canceledAt = clock.elapsed();
            cancel = true;
        });
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        const qint64 returnedAt = clock.elapsed();
        canceler.join();
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(), TaskControl::canceledMessage());
        QVERIFY2(returnedAt - canceledAt < 400, qPrintable(u"%1 ms after the cancel"_s.arg(returnedAt - canceledAt)));
        QCOMPARE(server.requests().size(), 1);
    }

    void tokenIsSentAndNeverShown()
    {
        const QByteArray token = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";
        const QByteArray gitlabToken = "glpat-xQzK9mW2vLr8TnB4cYpD";
        ScriptedHttpServer server;
        server.script(runsPath, {ScriptedResponse::withStatus(503), ScriptedResponse::withStatus(401)});
        const QString jobsPath = u"/api/v4/projects/8/jobs"_s;
        server.script(jobsPath, {ScriptedResponse::withStatus(500), ScriptedResponse::withStatus(404)});
        QStringList texts;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { texts.append(notice); });
        fetcher.setHeader("Authorization", "Bearer " + token);
        fetcher.setHeader("Accept", "application/vnd.github+json");

        const Result<HttpResponse> refused = fetcher.get(server.url(runsPath));
        QVERIFY(!refused.ok());
        texts.append(refused.errorMessage());
        const QUrl withSecret =
            server.url(jobsPath + u"?private_token="_s + QString::fromLatin1(gitlabToken) + u"&per_page=20"_s);
        const Result<HttpResponse> missing = fetcher.get(withSecret);
        QVERIFY(!missing.ok());
        texts.append(missing.errorMessage());
        QCOMPARE(missing.errorMessage(),
                 u"%1 was not found (HTTP 404): check the project name and that the token can see it"_s.arg(
                     server.origin() + jobsPath + u"?per_page=20"_s));

        QCOMPARE(texts.size(), 4); // two retries, two errors
        for (const QString &text : std::as_const(texts)) {
            QVERIFY2(!text.contains(QString::fromLatin1(token)), qPrintable(text));
            QVERIFY2(!text.contains(QString::fromLatin1(gitlabToken)), qPrintable(text));
            QVERIFY2(!text.contains(u"Bearer"_s), qPrintable(text));
        }
        const QList<ReceivedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 4);
        for (const ReceivedRequest &request : requests) {
            QCOMPARE(request.method, QByteArray("GET"));
            QCOMPARE(request.header("authorization"), "Bearer " + token);
            QCOMPARE(request.header("Accept"), QByteArray("application/vnd.github+json"));
            QCOMPARE(request.header("User-Agent"), "Flowdeck/" + applicationVersion().toLatin1());
        }

        // An empty value takes the header away again.
        fetcher.setHeader("authorization", {});
        server.script(u"/open"_s, ScriptedResponse::ok("{}"));
        QVERIFY(fetcher.get(server.url(u"/open"_s)).ok());
        QCOMPARE(server.requests().constLast().header("Authorization"), QByteArray());
    }

    void redirectsWithinTheOriginAreFollowed()
    {
        ScriptedHttpServer server;
        const QByteArray body = ciFixture(u"github/workflow-paginated.json"_s);
        const QString moved = u"/repositories/1296269/actions/workflows"_s;
        server.script(u"/repos/octo-org/old-name/actions/workflows"_s,
                      ScriptedResponse::withStatus(301, R"({"message":"Moved Permanently"})")
                          .withHeader("Location", server.url(moved).toEncoded()));
        server.script(moved, ScriptedResponse::ok(body));
        HttpFetcher fetcher(quickPolicy());
        const Result<HttpResponse> response = fetcher.get(server.url(u"/repos/octo-org/old-name/actions/workflows"_s));
        QVERIFY2(response.ok(), qPrintable(response.errorMessage()));
        QCOMPARE(response->body, body);
        QCOMPARE(response->url, server.url(moved));
        QCOMPARE(server.requests().size(), 2);
    }

    void redirectToAnotherOriginIsRefused()
    {
        ScriptedHttpServer server;
        // localhost is another origin than 127.0.0.1, though the same server would answer.
        const QString elsewhere = u"http://localhost:%1/collect"_s.arg(server.port());
        server.script(runsPath, ScriptedResponse::withStatus(302).withHeader("Location", elsewhere.toLatin1()));
        HttpFetcher fetcher(quickPolicy());
        fetcher.setHeader("Authorization", "Bearer secret");
        const Result<HttpResponse> response = fetcher.get(server.url(runsPath));
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(),
                 u"%1 redirects to another server, %2 (HTTP 302), which the token is not sent to: check the URL in "
                 u"Connections"_s.arg(server.url(runsPath).toString(), elsewhere));
        QCOMPARE(server.requests().size(), 1);
    }

    void addressesOtherThanHttpAreRefused()
    {
        HttpFetcher fetcher(quickPolicy());
        const Result<HttpResponse> relative = fetcher.get(QUrl(u"/repos/o/r/actions/runs"_s));
        QCOMPARE(relative.errorMessage(), u"“/repos/o/r/actions/runs” is not an http or https address"_s);
        const Result<HttpResponse> file = fetcher.get(QUrl(u"file:///etc/hostname"_s));
        QCOMPARE(file.errorMessage(), u"“file:///etc/hostname” is not an http or https address"_s);
    }

    void refusedConnectionIsRetried()
    {
        const quint16 port = closedLoopbackPort();
        QVERIFY(port != 0);
        QStringList notices;
        HttpFetcher fetcher(quickPolicy(), {}, [&](const QString &notice) { notices.append(notice); });
        const QUrl url(u"http://127.0.0.1:%1/api/v4/projects/8/pipelines"_s.arg(port));
        const Result<HttpResponse> response = fetcher.get(url);
        QVERIFY(!response.ok());
        QCOMPARE(response.errorMessage(),
                 u"Could not connect to %1: the connection was refused (attempt 3 of 3): try again later"_s.arg(
                     url.toString()));
        QCOMPARE(notices.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHttpFetch)
#include "tst_httpfetch.moc"
