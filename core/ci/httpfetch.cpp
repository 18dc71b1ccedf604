// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/httpfetch.h"

#include "version.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

/// How often a transfer or a wait looks at the cancel flag.
constexpr milliseconds cancelPoll = 50ms;
/// A rate-limit wait is never shorter: a reset that the local clock sees as passed would otherwise be asked
/// again at once, and again.
constexpr milliseconds shortestRateLimitWait = 1s;
/// Backoffs stop doubling here.
constexpr milliseconds longestBackoff = 2min;
/// Rate-limit epochs above this are Unix times; below, seconds from now (the IETF RateLimit-Reset form).
constexpr qint64 epochThreshold = 1'000'000'000;

QString number(qint64 value)
{
    return QString::number(value);
}

QByteArray findHeader(const QList<QNetworkReply::RawHeaderPair> &headers, QByteArrayView name)
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

/// "250 ms", "42 s", "12 min", "2 h 5 min": how long a wait is, rounded up.
QString durationText(milliseconds wait)
{
    const qint64 ms = wait.count();
    if (ms < 1000)
        return HttpFetcher::tr("%1 ms").arg(ms);
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return HttpFetcher::tr("%1 s").arg(seconds);
    const qint64 minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return HttpFetcher::tr("%1 min").arg(minutes);
    return HttpFetcher::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

/// The local clock time a wait ends at, with the date when that is not today.
QString clockText(const QDateTime &when)
{
    const QLocale locale;
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), QLocale::ShortFormat);
    return locale.toString(when, QLocale::ShortFormat);
}

/// An HTTP-date (RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT"), as Retry-After may carry.
QDateTime httpDate(const QByteArray &text)
{
    QString value = QString::fromLatin1(text).trimmed();
    if (value.endsWith(u" GMT"_s) || value.endsWith(u" UTC"_s))
        value = value.chopped(4) + u" +0000"_s;
    return QDateTime::fromString(value, Qt::RFC2822Date);
}

/// The message a server put in a JSON error body (GitHub's and GitLab's "message", GitLab's
/// "error_description"), shortened; empty when there is none.
QString serverMessage(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    QString message = object.value(u"message"_s).toString();
    // GitLab's validation errors: {"message": {"base": ["Reference not found"]}}.
    if (const QJsonObject fields = object.value(u"message"_s).toObject(); !fields.isEmpty()) {
        QStringList parts;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            QStringList texts;
            const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
            for (const QJsonValue &value : values) {
                if (value.isString())
                    texts.append(value.toString());
            }
            if (texts.isEmpty())
                continue;
            const QString joined = texts.join(u", "_s);
            parts.append(it.key() == u"base"_s ? joined : it.key() + u": "_s + joined);
        }
        message = parts.join(u"; "_s);
    }
    if (message.isEmpty())
        message = object.value(u"error_description"_s).toString();
    message = message.simplified();
    if (message.size() > 200)
        message = message.left(199) + u'…';
    return message;
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

/// The wait a rate-limited (or 503) answer asks for: Retry-After (seconds or an HTTP-date), else the reset time
/// of X-RateLimit-Reset or RateLimit-Reset. nullopt when it names none.
std::optional<milliseconds> rateLimitWait(const QList<QNetworkReply::RawHeaderPair> &headers)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    std::optional<qint64> waitMs;
    bool number = false;
    if (const QByteArray retryAfter = findHeader(headers, "Retry-After").trimmed(); !retryAfter.isEmpty()) {
        const qint64 seconds = retryAfter.toLongLong(&number);
        if (number && seconds >= 0) {
            waitMs = seconds * 1000;
        } else if (const QDateTime when = httpDate(retryAfter); when.isValid()) {
            waitMs = when.toMSecsSinceEpoch() - nowMs;
        }
    }
    if (!waitMs) {
        // GitHub's X-RateLimit-Reset is a Unix time; GitLab's RateLimit-Reset too, the IETF draft's is seconds.
        for (const char *name : {"X-RateLimit-Reset", "RateLimit-Reset"}) {
            const qint64 reset = findHeader(headers, name).trimmed().toLongLong(&number);
            if (number && reset >= 0) {
                waitMs = reset >= epochThreshold ? reset * 1000 - nowMs : reset * 1000;
                break;
            }
        }
    }
    if (!waitMs)
        return std::nullopt;
    return std::max(milliseconds(*waitMs), shortestRateLimitWait);
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

/// What one request came to.
struct HttpFetcher::Attempt
{
    enum class Outcome
    {
        Answered,
        TimedOut,
        CutOff,
        NetworkError,
        Canceled
    };
    Outcome outcome = Outcome::NetworkError;
    int status = 0;
    QByteArray reason;
    QByteArray body;
    QUrl url;
    QList<QNetworkReply::RawHeaderPair> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    /// A description of a network error, free of the URL.
    QString errorText;
    qint64 expectedBytes = -1;

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

/// What one call asks for: GET with an optional ETag, or a request with a body that must not be repeated once the
/// server may have acted on it.
struct HttpFetcher::Outgoing
{
    QByteArray method = "GET";
    QByteArray etag;
    QByteArray body;
    QByteArray contentType;
    /// Another attempt after a server error, a timeout or a lost connection does no harm (GET).
    bool repeatable = true;
};

HttpFetcher::HttpFetcher(FetchPolicy policy, TaskControl control, Notice notice)
    : m_policy(policy)
    , m_control(std::move(control))
    , m_notice(std::move(notice))
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
}

HttpFetcher::~HttpFetcher() = default;

void HttpFetcher::setHeader(QByteArray name, QByteArray value)
{
    m_headers.removeIf([&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_headers.append({std::move(name), std::move(value)});
}

HttpFetcher::Attempt HttpFetcher::transfer(const QUrl &url, const Outgoing &outgoing)
{
    Q_ASSERT_X(m_manager->thread() == QThread::currentThread(), "HttpFetcher::get",
               "a fetcher is used on the thread that made it");
    QNetworkRequest request(url);
    request.setTransferTimeout(int(std::max<qint64>(1, m_policy.timeout.count())));
    // Within the origin only: a redirect elsewhere would take the token along.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QString(u"Flowdeck/"_s + applicationVersion()));
    for (const auto &[name, value] : std::as_const(m_headers))
        request.setRawHeader(name, value);
    if (!outgoing.etag.isEmpty())
        request.setRawHeader("If-None-Match", outgoing.etag);
    const QByteArray &method = outgoing.method;
    const bool carriesBody = method == "POST" || method == "PUT" || method == "PATCH" || !outgoing.body.isEmpty();
    if (!outgoing.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, outgoing.contentType);
    else if (carriesBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));

    std::unique_ptr<QNetworkReply> reply;
    if (method == "GET")
        reply.reset(m_manager->get(request));
    else if (method == "POST")
        reply.reset(m_manager->post(request, outgoing.body));
    else if (method == "PUT")
        reply.reset(m_manager->put(request, outgoing.body));
    else if (method == "DELETE" && outgoing.body.isEmpty())
        reply.reset(m_manager->deleteResource(request));
    else
        reply.reset(m_manager->sendCustomRequest(request, method, outgoing.body));
    bool canceled = false;
    QList<QSslError> sslErrors;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop,
                     [&](const QList<QSslError> &errors) { sslErrors = errors; });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_control.isCanceled()) {
            canceled = true;
            reply->abort();
        }
    });
    poll.start(cancelPoll);
    if (!reply->isFinished())
        loop.exec();
    poll.stop();

    Attempt attempt;
    attempt.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    attempt.url = reply->url();
    attempt.headers = reply->rawHeaderPairs();
    if (reply->isOpen()) // not after an abort
        attempt.body = reply->readAll();
    attempt.error = reply->error();
    using Outcome = Attempt::Outcome;
    if (canceled || m_control.isCanceled()) {
        attempt.outcome = Outcome::Canceled;
        return attempt;
    }
    // The transfer timeout aborts the reply: it ends as canceled, though nobody asked.
    if (attempt.error == QNetworkReply::OperationCanceledError || attempt.error == QNetworkReply::TimeoutError) {
        attempt.outcome = Outcome::TimedOut;
        return attempt;
    }
    // Content-Length counts the bytes on the wire; with a Content-Encoding, Qt has unpacked them.
    bool lengthKnown = false;
    const qint64 length = attempt.header("Content-Length").trimmed().toLongLong(&lengthKnown);
    if (attempt.status > 0 && lengthKnown && attempt.header("Content-Encoding").isEmpty() && attempt.status != 304 &&
        attempt.status != 204 && attempt.body.size() < length) {
        attempt.expectedBytes = length;
        attempt.outcome = Outcome::CutOff;
        return attempt;
    }
    const bool redirectStopped =
        attempt.error == QNetworkReply::InsecureRedirectError || attempt.error == QNetworkReply::TooManyRedirectsError;
    if (attempt.status > 0 && (attempt.error == QNetworkReply::NoError || redirectStopped ||
                               attempt.error >= QNetworkReply::ContentAccessDenied)) {
        // A body the connection lost midway (chunked, so no length to compare) is a network error.
        if (!isRetryableNetworkError(attempt.error)) {
            attempt.outcome = Outcome::Answered;
            return attempt;
        }
    }
    attempt.outcome = Outcome::NetworkError;
    if (!sslErrors.isEmpty()) {
        attempt.errorText = sslErrors.constFirst().errorString();
    } else {
        // Qt's texts may quote the URL, tokens and all: show the endpoint instead.
        QString text = reply->errorString();
        for (const QUrl &asked : {attempt.url, url}) {
            const QString endpoint = endpointName(asked);
            for (const QString &form : {asked.toString(), asked.toString(QUrl::FullyEncoded), asked.toDisplayString()})
                text.replace(form, endpoint);
        }
        attempt.errorText = text;
    }
    return attempt;
}

bool HttpFetcher::pause(milliseconds wait)
{
    QDeadlineTimer deadline(wait);
    while (!deadline.hasExpired()) {
        if (m_control.isCanceled())
            return false;
        QThread::msleep(std::min<qint64>(cancelPoll.count(), std::max<qint64>(1, deadline.remainingTime())));
    }
    return !m_control.isCanceled();
}

Result<HttpResponse> HttpFetcher::get(const QUrl &url, const QByteArray &etag)
{
    Outgoing outgoing;
    outgoing.etag = etag;
    return exchange(url, outgoing);
}

Result<HttpResponse> HttpFetcher::send(QByteArray method, const QUrl &url, const QByteArray &body,
                                       const QByteArray &contentType)
{
    Outgoing outgoing;
    outgoing.method = std::move(method).toUpper();
    outgoing.body = body;
    outgoing.contentType = contentType;
    outgoing.repeatable = false;
    return exchange(url, outgoing);
}

Result<HttpResponse> HttpFetcher::exchange(const QUrl &url, const Outgoing &outgoing)
{
    using Outcome = Attempt::Outcome;
    m_lastStatus = 0;
    const QString endpoint = endpointName(url);
    const QString host = url.host();
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s))
        return Error{tr("“%1” is not an http or https address").arg(endpoint)};
    int attemptNumber = 1;
    int rateLimitWaits = 0;
    for (;;) {
        if (m_control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        Attempt attempt = transfer(url, outgoing);
        if (attempt.outcome == Outcome::Answered)
            m_lastStatus = attempt.status;

        // What went wrong, when another attempt may go better, and a wait the server asked for.
        QString problem;
        std::optional<milliseconds> serverWait;
        // The server may have received the request and acted on it: a request that changes something is not
        // sent again then. Rate limits and refused connections are refusals, so they are safe to try again.
        bool mayHaveActed = true;
        switch (attempt.outcome) {
        case Outcome::Canceled:
            return Error{TaskControl::canceledMessage()};
        case Outcome::TimedOut:
            problem = tr("%1 did not answer within %2").arg(endpoint, durationText(m_policy.timeout));
            break;
        case Outcome::CutOff:
            problem = tr("The response from %1 was cut off after %2 of %3 bytes")
                          .arg(endpoint, number(attempt.body.size()), number(attempt.expectedBytes));
            break;
        case Outcome::NetworkError:
            if (attempt.error == QNetworkReply::ConnectionRefusedError) {
                problem = tr("Could not connect to %1: the connection was refused").arg(endpoint);
                mayHaveActed = false;
            } else if (attempt.error == QNetworkReply::RemoteHostClosedError) {
                problem = tr("%1 closed the connection before it answered").arg(endpoint);
            } else if (attempt.error == QNetworkReply::HostNotFoundError) {
                return Error{
                    tr("Could not find the server %1 (for %2): check the URL in Connections").arg(host, endpoint)};
            } else if (attempt.error == QNetworkReply::SslHandshakeFailedError) {
                return Error{tr("The secure connection to %1 failed: %2").arg(endpoint, attempt.errorText)};
            } else {
                problem = tr("Could not fetch %1: %2").arg(endpoint, attempt.errorText);
                if (!isRetryableNetworkError(attempt.error))
                    return Error{problem};
            }
            break;
        case Outcome::Answered: {
            const int status = attempt.status;
            if (status >= 200 && status < 300)
                return HttpResponse{status, std::move(attempt.body), attempt.url, std::move(attempt.headers), false};
            if (status == 304)
                return HttpResponse{status, {}, attempt.url, std::move(attempt.headers), true};
            const bool rateLimited =
                status == 429 || (status == 403 && (!attempt.header("Retry-After").isEmpty() ||
                                                    attempt.header("X-RateLimit-Remaining").trimmed() == "0"));
            if (rateLimited) {
                const std::optional<milliseconds> wait = rateLimitWait(attempt.headers);
                if (wait) {
                    const QDateTime until = QDateTime::currentDateTime().addMSecs(wait->count());
                    if (*wait > m_policy.longestWait)
                        return Error{tr("The rate limit of %1 is reached (HTTP %2 from %3): it lifts at %4, in %5; "
                                        "try again then")
                                         .arg(host, number(status), endpoint, clockText(until), durationText(*wait))};
                    if (++rateLimitWaits > m_policy.maxAttempts)
                        return Error{tr("The rate limit of %1 is still reached after %2 waits (HTTP %3 from %4): "
                                        "try again later")
                                         .arg(host, number(m_policy.maxAttempts), number(status), endpoint)};
                    if (m_notice)
                        m_notice(tr("Rate limit of %1 reached: waiting %2, until %3")
                                     .arg(host, durationText(*wait), clockText(until)));
                    if (!pause(*wait))
                        return Error{TaskControl::canceledMessage()};
                    continue;
                }
                problem = tr("Rate limit of %1 reached (HTTP %2 from %3)").arg(host, number(status), endpoint);
                mayHaveActed = false;
                break;
            }
            if (status >= 500) {
                problem = tr("Server error %1 from %2").arg(number(status), endpoint);
                serverWait = rateLimitWait(attempt.headers);
                break;
            }
            return Error{statusMessage(attempt, endpoint)};
        }
        }

        if (!outgoing.repeatable && mayHaveActed)
            return Error{tr("%1. The request was not sent again, since the server may have acted on it: check "
                            "there before trying again")
                             .arg(problem)};
        if (attemptNumber >= m_policy.maxAttempts)
            return Error{tr("%1 (attempt %2 of %2): try again later").arg(problem, number(m_policy.maxAttempts))};
        milliseconds backoff = std::min<milliseconds>(m_policy.firstBackoff * (1 << std::min(attemptNumber - 1, 20)),
                                                      std::max(m_policy.firstBackoff, longestBackoff));
        if (serverWait && *serverWait <= m_policy.longestWait)
            backoff = std::max(backoff, *serverWait);
        ++attemptNumber;
        if (m_notice)
            m_notice(tr("%1: retrying in %2 (attempt %3 of %4)")
                         .arg(problem, durationText(backoff), number(attemptNumber), number(m_policy.maxAttempts)));
        if (!pause(backoff))
            return Error{TaskControl::canceledMessage()};
    }
}

QString HttpFetcher::statusMessage(const Attempt &attempt, const QString &endpoint) const
{
    const int status = attempt.status;
    const bool token = std::any_of(m_headers.cbegin(), m_headers.cend(),
                                   [](const auto &pair) {
                                       return pair.first.compare("Authorization", Qt::CaseInsensitive) == 0 ||
                                              pair.first.compare("PRIVATE-TOKEN", Qt::CaseInsensitive) == 0 ||
                                              pair.first.compare("JOB-TOKEN", Qt::CaseInsensitive) == 0;
                                   }) ||
                       QUrlQuery(attempt.url).hasQueryItem(u"private_token"_s) || !attempt.url.password().isEmpty();
    const QString said = serverMessage(attempt.body);
    const QString saying = said.isEmpty() ? QString() : tr(" (the server says: “%1”)").arg(said);
    if (status == 401) {
        if (!token)
            return tr("%1 needs a token (HTTP 401): add one in Connections").arg(endpoint);
        return tr("%1 refused the token (HTTP 401): check it in Connections").arg(endpoint);
    }
    if (status == 403) {
        if (!token)
            return tr("%1 refuses access without a token (HTTP 403)%2: add one in Connections").arg(endpoint, saying);
        // GitHub names the scopes an endpoint accepts (classic tokens) or the permissions (fine-grained ones);
        // GitLab the scopes its insufficient_scope error wants. Any one of them will do.
        const QString permissions = QString::fromUtf8(attempt.header("X-Accepted-GitHub-Permissions")).simplified();
        if (!permissions.isEmpty())
            return tr("The token lacks permission for %1 (HTTP 403)%2: give it the permission %3 in the provider's "
                      "settings")
                .arg(endpoint, saying, permissions);
        QString scopeText = QString::fromUtf8(attempt.header("X-Accepted-OAuth-Scopes"));
        if (scopeText.trimmed().isEmpty())
            scopeText = QJsonDocument::fromJson(attempt.body).object().value(u"scope"_s).toString();
        static const QRegularExpression separators(u"[,\\s]+"_s);
        const QStringList scopes = scopeText.split(separators, Qt::SkipEmptyParts);
        if (scopes.size() == 1)
            return tr("The token lacks permission for %1 (HTTP 403)%2: give it the scope %3 in the provider's "
                      "settings")
                .arg(endpoint, saying, scopes.constFirst());
        if (scopes.size() > 1)
            return tr("The token lacks permission for %1 (HTTP 403)%2: give it one of the scopes %3 in the "
                      "provider's settings")
                .arg(endpoint, saying, scopes.join(u", "_s));
        return tr("The token lacks permission for %1 (HTTP 403)%2").arg(endpoint, saying);
    }
    if (status == 404)
        return tr("%1 was not found (HTTP 404): check the project name and that the token can see it").arg(endpoint);
    if (status >= 300 && status < 400) {
        const QUrl location = attempt.url.resolved(QUrl::fromEncoded(attempt.header("Location")));
        if (attempt.error == QNetworkReply::TooManyRedirectsError)
            return tr("%1 redirects too many times (HTTP %2)").arg(endpoint, number(status));
        return tr("%1 redirects to another server, %2 (HTTP %3), which the token is not sent to: check the URL in "
                  "Connections")
            .arg(endpoint, endpointName(location), number(status));
    }
    const QString reason = attempt.reason.isEmpty() ? QString() : u' ' + QString::fromLatin1(attempt.reason);
    return tr("%1 answered HTTP %2%3%4").arg(endpoint, number(status), reason, saying);
}

std::optional<QUrl> nextPageLink(QByteArrayView linkHeader, const QUrl &base)
{
    const QByteArray text = linkHeader.toByteArray();
    const qsizetype size = text.size();
    qsizetype at = 0;
    const auto skipSpaces = [&] {
        while (at < size && (text[at] == ' ' || text[at] == '\t'))
            ++at;
    };
    while (at < size) {
        // One link: <target> followed by ;-separated parameters, up to a comma outside quotes.
        const qsizetype open = text.indexOf('<', at);
        if (open < 0)
            return std::nullopt;
        const qsizetype close = text.indexOf('>', open + 1);
        if (close < 0)
            return std::nullopt;
        const QByteArray target = text.mid(open + 1, close - open - 1).trimmed();
        at = close + 1;
        bool next = false;
        while (at < size && text[at] != ',') {
            skipSpaces();
            if (at < size && text[at] == ';') {
                ++at;
                continue;
            }
            const qsizetype nameStart = at;
            while (at < size && text[at] != '=' && text[at] != ';' && text[at] != ',')
                ++at;
            const QByteArray name = text.mid(nameStart, at - nameStart).trimmed();
            QByteArray value;
            if (at < size && text[at] == '=') {
                ++at;
                skipSpaces();
                if (at < size && text[at] == '"') {
                    ++at;
                    while (at < size && text[at] != '"') {
                        if (text[at] == '\\' && at + 1 < size)
                            ++at;
                        value += text[at++];
                    }
                    ++at;
                } else {
                    const qsizetype valueStart = at;
                    while (at < size && text[at] != ';' && text[at] != ',')
                        ++at;
                    value = text.mid(valueStart, at - valueStart).trimmed();
                }
            }
            if (name.compare("rel", Qt::CaseInsensitive) == 0) {
                const QList<QByteArray> relations = value.simplified().split(' ');
                next = next || std::any_of(relations.cbegin(), relations.cend(), [](const QByteArray &relation) {
                           return relation.compare("next", Qt::CaseInsensitive) == 0;
                       });
            }
        }
        ++at;
        if (next) {
            QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
            if (url.isRelative() && base.isValid())
                url = base.resolved(url);
            if (!url.isValid() || url.isEmpty())
                return std::nullopt;
            return url;
        }
    }
    return std::nullopt;
}

QString endpointName(const QUrl &url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (clean.hasQuery()) {
        QUrlQuery query(clean);
        const QList<std::pair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            const QString key = QUrl::fromPercentEncoding(item.first.toLatin1());
            if (key.compare(u"private_token"_s, Qt::CaseInsensitive) == 0 ||
                key.compare(u"access_token"_s, Qt::CaseInsensitive) == 0 ||
                key.compare(u"token"_s, Qt::CaseInsensitive) == 0)
                query.removeAllQueryItems(item.first);
        }
        if (query.isEmpty())
            clean.setQuery(QString());
        else
            clean.setQuery(query);
    }
    return clean.toDisplayString();
}

} // namespace flowdeck::ci
