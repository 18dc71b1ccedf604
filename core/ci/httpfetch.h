// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "taskcontrol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace flowdeck::ci {

/// A successful answer (2xx, or 304 to a conditional request).
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    /// Where the answer came from, after redirects.
    QUrl url;
    QList<QNetworkReply::RawHeaderPair> headers;
    /// 304: what the ETag named has not changed; the body is empty.
    bool notModified = false;

    /// The value of a response header (names compare case-insensitively); empty when absent.
    QByteArray header(QByteArrayView name) const;
};

/// How hard an HttpFetcher tries.
struct FetchPolicy
{
    /// Requests per URL before a server error, a timeout or a network error is given up on.
    int maxAttempts = 5;
    /// A transfer with no data for this long is abandoned and retried.
    std::chrono::milliseconds timeout{30000};
    /// The wait before the second attempt; it doubles for each further one.
    std::chrono::milliseconds firstBackoff{1000};
    /// A rate-limit wait longer than this ends in an error that says when to try again.
    std::chrono::milliseconds longestWait{std::chrono::minutes(15)};
};

/// Blocking HTTP GET for the CI import, with the retries, rate-limit waits and messages a sync needs. It runs
/// the network on the calling thread, in a local event loop per request, so that a worker thread (QtConcurrent)
/// or the command line can call it straight. Make, use and destroy a fetcher on one thread.
class HttpFetcher
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::HttpFetcher)

public:
    /// A line for the progress display: a rate-limit wait or a retry, what and how long.
    using Notice = std::function<void(const QString &message)>;

    explicit HttpFetcher(FetchPolicy policy = {}, TaskControl control = {}, Notice notice = {});
    ~HttpFetcher();
    HttpFetcher(const HttpFetcher &) = delete;
    HttpFetcher &operator=(const HttpFetcher &) = delete;

    /// Sends this header with every request (Authorization, Accept, PRIVATE-TOKEN...). Values never appear in
    /// a message. An empty value removes the header.
    void setHeader(QByteArray name, QByteArray value);

    /// GETs `url`, following redirects within its origin. With an `etag`, asks If-None-Match and a 304 answer
    /// comes back as notModified. Retries server errors (5xx), timeouts, cut-off bodies and network errors with
    /// exponential backoff; waits out rate limits (429, or 403 with Retry-After or X-RateLimit-Remaining: 0)
    /// and tells the Notice; stops within about 0.1 s of a cancel. The error names the endpoint (the URL
    /// without tokens in its query) and the status, and says what the user can do.
    Result<HttpResponse> get(const QUrl &url, const QByteArray &etag = {});

    /// Sends a request that changes something (POST, PUT, DELETE...) with `body`, of `contentType` (a POST or PUT
    /// without one is sent as application/x-www-form-urlencoded). Waits out rate limits like get(), since the
    /// server refused the request then, and tries again when the connection was refused, since the server never
    /// saw it. It is never sent again once the server may have acted on it (a server error, a timeout, a
    /// connection lost midway): a deploy must not be triggered twice. The error says so.
    Result<HttpResponse> send(QByteArray method, const QUrl &url, const QByteArray &body = {},
                              const QByteArray &contentType = {});

    /// The HTTP status of the answer that ended the last get() or send(), also when it was an error (401, 404,
    /// 500...); 0 when that call ended without an answer (a network error, a timeout, a cancel).
    int lastStatus() const { return m_lastStatus; }

private:
    struct Attempt;
    struct Outgoing;
    Attempt transfer(const QUrl &url, const Outgoing &outgoing);
    Result<HttpResponse> exchange(const QUrl &url, const Outgoing &outgoing);
    bool pause(std::chrono::milliseconds wait);
    QString statusMessage(const Attempt &attempt, const QString &endpoint) const;

    FetchPolicy m_policy;
    TaskControl m_control;
    Notice m_notice;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    int m_lastStatus = 0;
};

/// The rel="next" target of an RFC 8288 `Link` header, as GitHub and GitLab page with it:
/// `<https://api.github.com/resource?page=2>; rel="next", <...?page=5>; rel="last"`. A relative target is
/// resolved against `base`. nullopt when there is no next page or the header cannot be read.
std::optional<QUrl> nextPageLink(QByteArrayView linkHeader, const QUrl &base = {});

/// `url` as messages may show it: without user and password, and without the query items that carry tokens
/// (private_token, access_token, token).
QString endpointName(const QUrl &url);

} // namespace flowdeck::ci
