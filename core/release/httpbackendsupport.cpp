// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/httpbackendsupport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A poll waits little: a few quick retries, then the engine asks again on its next pass.
ci::FetchPolicy backendPolicy()
{
    ci::FetchPolicy policy;
    policy.maxAttempts = 3;
    policy.timeout = 30s;
    policy.firstBackoff = 1s;
    policy.longestWait = 1min;
    return policy;
}

bool isTokenCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

/// A run's jobs are read from this many pages at most.
constexpr int jobPages = 10;

/// The jobs on a page: the array under `key` in its object, or the page itself when `key` is empty.
Result<QJsonArray> jobsOf(const ci::HttpResponse &page, const QString &key)
{
    if (key.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(page.body);
        if (!document.isArray())
            return Error{Texts::tr("The answer from %1 is not a JSON array of jobs").arg(ci::endpointName(page.url))};
        return document.array();
    }
    const Result<QJsonObject> answer = HttpSession::objectOf(page);
    if (!answer)
        return answer.error();
    return answer->value(key).toArray();
}

} // namespace

ConfigReader::ConfigReader(const Backend &backend, QJsonObject config)
    : m_name(backend.name)
    , m_kind(backend.kind)
    , m_config(std::move(config))
{}

Error ConfigReader::error(const QString &what) const
{
    return Error{Texts::tr("The backend “%1” (%2): %3").arg(m_name, m_kind, what)};
}

Result<void> ConfigReader::onlyKeys(const QStringList &known) const
{
    for (auto it = m_config.constBegin(); it != m_config.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return error(
                Texts::tr("its config has an unknown key “%1”; it knows %2").arg(it.key(), known.join(u", "_s)));
    }
    return {};
}

Result<QString> ConfigReader::requiredText(const QString &key) const
{
    const QJsonValue value = m_config.value(key);
    if (value.isUndefined() || value.isNull())
        return error(Texts::tr("its config has no “%1”").arg(key));
    if (!value.isString())
        return error(Texts::tr("“%1” in its config must be text").arg(key));
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return error(Texts::tr("“%1” in its config is empty").arg(key));
    return text;
}

Result<QString> ConfigReader::optionalText(const QString &key, const QString &fallback) const
{
    const QJsonValue value = m_config.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isString())
        return error(Texts::tr("“%1” in its config must be text").arg(key));
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? fallback : text;
}

Result<QString> ConfigReader::requiredTextOrNumber(const QString &key) const
{
    const QJsonValue value = m_config.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 1 || number != double(qint64(number)))
            return error(Texts::tr("“%1” in its config must be a positive whole number or text").arg(key));
        return QString::number(qint64(number));
    }
    return requiredText(key);
}

Result<bool> ConfigReader::flag(const QString &key, bool fallback) const
{
    const QJsonValue value = m_config.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (!value.isBool())
        return error(Texts::tr("“%1” in its config must be true or false").arg(key));
    return value.toBool();
}

Result<QString> ConfigReader::address(const QString &key, const std::optional<QString> &fallback) const
{
    Result<QString> text = fallback ? optionalText(key, *fallback) : requiredText(key);
    if (!text || text->isEmpty())
        return text;
    // Placeholders are filled in later; what is around them must make an address already.
    QString probe = *text;
    probe.replace(u'{', u'x').replace(u'}', u'x');
    const QUrl url(probe, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s))
        return error(Texts::tr("“%1” in its config, “%2”, is not an http or https address")
                         .arg(key, ci::endpointName(QUrl(*text))));
    return text;
}

Result<QString> ConfigReader::baseAddress(const QString &key, const std::optional<QString> &fallback) const
{
    Result<QString> text = address(key, fallback);
    if (text) {
        while (text->endsWith(u'/'))
            text->chop(1);
    }
    return text;
}

Result<QList<std::pair<QString, QString>>>
ConfigReader::textMap(const QString &key, const std::function<bool(const QString &name)> &reserved,
                      const QString &refusal) const
{
    Result<QList<std::pair<QString, QString>>> entries = textMap(key);
    if (!entries)
        return entries;
    for (const auto &[name, value] : *entries) {
        if (reserved(name))
            return error(refusal.arg(name));
    }
    return entries;
}

Result<QList<std::pair<QString, QString>>> ConfigReader::textMap(const QString &key) const
{
    const QJsonValue value = m_config.value(key);
    QList<std::pair<QString, QString>> entries;
    if (value.isUndefined() || value.isNull())
        return entries;
    if (!value.isObject())
        return error(Texts::tr("“%1” in its config must be an object of names and values").arg(key));
    // QJsonObject sorts its keys; the order written is lost, and the sorted order is as good for a request.
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue item = it.value();
        QString text;
        if (item.isString())
            text = item.toString();
        else if (item.isBool())
            text = item.toBool() ? u"true"_s : u"false"_s;
        else if (item.isDouble())
            text = QString::number(item.toDouble(), 'g', QLocale::FloatingPointShortest);
        else
            return error(
                Texts::tr("“%1” of “%2” in its config must be text, a number or true or false").arg(it.key(), key));
        entries.append({it.key(), text});
    }
    return entries;
}

QString expandPlaceholders(QString text, const DeployRequest &request)
{
    // One pass, so that a value holding "{version}" stays as it is.
    static const QList<QString> names{u"service"_s, u"version"_s, u"environment"_s, u"release"_s, u"commit"_s};
    QString result;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u'{', at);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0)
            break;
        const QString name = text.mid(open + 1, close - open - 1);
        result += text.mid(at, open - at);
        if (name == names[0])
            result += request.service;
        else if (name == names[1])
            result += request.version;
        else if (name == names[2])
            result += request.environment;
        else if (name == names[3])
            result += request.release;
        else if (name == names[4])
            result += request.commit;
        else
            result += text.mid(open, close - open + 1);
        at = close + 1;
    }
    result += text.mid(at);
    return result;
}

bool mentionsToken(const QString &text, const QString &token)
{
    if (token.isEmpty())
        return false;
    for (qsizetype at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
        const qsizetype end = at + token.size();
        const bool startsWord = at == 0 || !isTokenCharacter(text[at - 1]);
        const bool endsWord = end == text.size() || !isTokenCharacter(text[end]);
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

bool setByFlowdeck(const QString &name)
{
    return name.startsWith(u"FLOWDECK_"_s);
}

JobState endedState(const QString &result, QStringView success, QStringView canceled)
{
    if (result == success)
        return JobState::Succeeded;
    if (result == canceled)
        return JobState::Canceled;
    return JobState::Failed;
}

QString isoTime(Timestamp ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

OptionalTime readTime(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

QString idText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString().trimmed();
    return {};
}

QString handleText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> readHandle(const QString &handle, const QString &backendName)
{
    const QJsonDocument document = QJsonDocument::fromJson(handle.toUtf8());
    if (!document.isObject())
        return Error{
            Texts::tr("The job handle “%1” was not made by the backend “%2”").arg(handle.left(80), backendName)};
    return document.object();
}

HttpSession::HttpSession(QString backendName, TaskControl control)
    : m_name(std::move(backendName))
    , m_control(std::move(control))
{}

HttpSession::~HttpSession() = default;

void HttpSession::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf([&](const auto &pair) { return pair.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_headers.append({name, value});
    if (m_fetcher)
        m_fetcher->setHeader(name, value);
}

ci::HttpFetcher &HttpSession::fetcher()
{
    // A fetcher's network objects belong to the thread that made it: make it where it is used.
    if (!m_fetcher || m_thread != QThread::currentThread()) {
        m_fetcher = std::make_unique<ci::HttpFetcher>(backendPolicy(), m_control);
        m_thread = QThread::currentThread();
        for (const auto &[name, value] : std::as_const(m_headers))
            m_fetcher->setHeader(name, value);
    }
    return *m_fetcher;
}

int HttpSession::lastStatus() const
{
    return m_fetcher ? m_fetcher->lastStatus() : 0;
}

Error HttpSession::explain(const Error &error, const QUrl &url, const Refusal &refusal)
{
    const QString endpoint = ci::endpointName(url);
    switch (lastStatus()) {
    case 401:
        if (m_sendsCredentials)
            return Error{Texts::tr("%1 refused the credentials of the backend “%2” (HTTP 401): check the token or "
                                   "secret stored for it in the keychain")
                             .arg(endpoint, m_name)};
        return Error{Texts::tr("%1 asks for credentials (HTTP 401), and none are stored in the keychain for the "
                               "backend “%2”")
                         .arg(endpoint, m_name)};
    case 403:
        if (!refusal.forbidden.isEmpty())
            return Error{Texts::tr("%1 (HTTP 403 from %2)").arg(refusal.forbidden, endpoint)};
        return error;
    case 404:
        if (!refusal.notFound.isEmpty())
            return Error{Texts::tr("%1 (HTTP 404 from %2)").arg(refusal.notFound, endpoint)};
        return error;
    default:
        return error;
    }
}

Result<ci::HttpResponse> HttpSession::get(const QUrl &url, const Refusal &refusal)
{
    Result<ci::HttpResponse> response = fetcher().get(url);
    if (!response)
        return explain(response.error(), url, refusal);
    return response;
}

Result<ci::HttpResponse> HttpSession::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                           const QByteArray &contentType, const Refusal &refusal,
                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    ci::HttpFetcher &http = fetcher();
    for (const auto &[name, value] : headers)
        http.setHeader(name, value);
    Result<ci::HttpResponse> response = http.send(method, url, body, contentType);
    for (const auto &header : headers) {
        // Back to what the session sends with every request. (Named, not a structured binding: clang before 16
        // cannot capture one.)
        const QByteArray &name = header.first;
        const auto kept = std::find_if(m_headers.cbegin(), m_headers.cend(), [&](const auto &pair) {
            return pair.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        http.setHeader(name, kept == m_headers.cend() ? QByteArray() : kept->second);
    }
    if (!response)
        return explain(response.error(), url, refusal);
    return response;
}

Result<void> HttpSession::readPages(QUrl first, const Refusal &refusal, int pages,
                                    const std::function<Result<bool>(const ci::HttpResponse &page)> &read)
{
    QUrl page = std::move(first);
    for (int count = 0; count < pages; ++count) {
        const Result<ci::HttpResponse> response = get(page, refusal);
        if (!response)
            return response.error();
        const Result<bool> done = read(*response);
        if (!done)
            return done.error();
        if (*done)
            break;
        const std::optional<QUrl> next = ci::nextPageLink(response->header("Link"), response->url);
        if (!next)
            break;
        page = *next;
    }
    return {};
}

Result<QJsonObject> HttpSession::objectOf(const ci::HttpResponse &response)
{
    if (response.body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("The answer from %1 is not JSON: %2 at byte %3")
                         .arg(ci::endpointName(response.url), parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isObject())
        return Error{Texts::tr("The answer from %1 is not a JSON object").arg(ci::endpointName(response.url))};
    return document.object();
}

Result<QJsonObject> HttpSession::getObject(const QUrl &url, const Refusal &refusal)
{
    const Result<ci::HttpResponse> response = get(url, refusal);
    if (!response)
        return response.error();
    Result<QJsonObject> object = objectOf(*response);
    if (object && object->isEmpty() && response->body.trimmed().isEmpty())
        return Error{Texts::tr("The answer from %1 is empty").arg(ci::endpointName(response->url))};
    return object;
}

Result<QJsonArray> HttpSession::getArray(const QUrl &url, const Refusal &refusal)
{
    const Result<ci::HttpResponse> response = get(url, refusal);
    if (!response)
        return response.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Texts::tr("The answer from %1 is not JSON: %2 at byte %3")
                         .arg(ci::endpointName(response->url), parseError.errorString())
                         .arg(parseError.offset)};
    if (!document.isArray())
        return Error{Texts::tr("The answer from %1 is not a JSON array").arg(ci::endpointName(response->url))};
    return document.array();
}

Credential::Credential(SecretLookup lookup, QString backendName)
    : m_lookup(std::move(lookup))
    , m_name(std::move(backendName))
{}

QString Credential::value()
{
    // Looked up again until one is found, so that a secret stored while a release waits is used.
    if (m_value.isEmpty() && m_lookup)
        m_value = m_lookup(m_name);
    return m_value;
}

Result<QString> Credential::required()
{
    const QString secret = value();
    if (secret.isEmpty())
        return Error{Texts::tr("No token or secret is stored in the keychain for the backend “%1”: store one for it "
                               "first")
                         .arg(m_name)};
    return secret;
}

QByteArray LineJournal::add(const QString &handle, const QList<Line> &lines)
{
    Log &log = m_logs[handle];
    for (const Line &line : lines) {
        if (log.keys.contains(line.key))
            continue;
        log.keys.insert(line.key);
        log.text += line.text.toUtf8() + '\n';
    }
    return log.text;
}

Result<QList<LineJournal::Line>> finishedJobLines(HttpSession &http, const QUrl &first, const Refusal &refusal,
                                                  const JobListing &listing)
{
    const auto finished = [&](const QJsonObject &job) {
        return listing.finished ? listing.finished(job) : readTime(job.value(listing.timeKey)).has_value();
    };
    QList<QJsonObject> jobs;
    const Result<void> read =
        http.readPages(first, refusal, jobPages, [&](const ci::HttpResponse &page) -> Result<bool> {
            const Result<QJsonArray> listed = jobsOf(page, listing.arrayKey);
            if (!listed)
                return listed.error();
            for (const QJsonValue &value : *listed) {
                if (finished(value.toObject()))
                    jobs.append(value.toObject());
            }
            return false;
        });
    if (!read)
        return read.error();
    std::stable_sort(jobs.begin(), jobs.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [&](const QJsonObject &job) {
            return std::pair(readTime(job.value(listing.timeKey)).value_or(0), job.value(u"id"_s).toInteger());
        };
        return key(a) < key(b);
    });
    QList<LineJournal::Line> lines;
    for (const QJsonObject &job : std::as_const(jobs))
        lines.append({idText(job.value(u"id"_s)), listing.line(job)});
    return lines;
}

QByteArray fromOffset(const QByteArray &text, qint64 offset)
{
    if (offset < 0 || offset >= text.size())
        return offset < 0 ? text : QByteArray();
    return text.mid(offset);
}

HttpBackend::HttpBackend(const Backend &backend, const BackendContext &context)
    : m_name(backend.name)
    , m_http(backend.name, context.control)
    , m_credential(context.secret, backend.name)
{}

Result<void> HttpBackend::authorize()
{
    return {};
}

Result<void> HttpBackend::sendCredential(const QByteArray &name,
                                         const std::function<QByteArray(const QString &secret)> &value)
{
    const Result<QString> secret = m_credential.required();
    if (!secret)
        return secret.error();
    m_http.setHeader(name, value(*secret));
    m_http.setSendsCredentials(true);
    return {};
}

Result<QJsonObject> HttpBackend::authorizedJob(const QString &handle)
{
    if (Result<void> ready = authorize(); !ready)
        return ready.error();
    return readHandle(handle, m_name);
}

} // namespace flowdeck::release::httpbackend
