// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the HTTP deployment backends share: reading their config, one HTTP session per backend with messages in the
// user's terms, handles as JSON, finding the attempt's token in a run's name, logs made of finished steps, and the
// base class and maker of the backends themselves.

#include "ci/httpfetch.h"
#include "release/backend.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace flowdeck::release::httpbackend {

/// The translation context of the messages the HTTP backends share.
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::HttpBackend)
};

/// A backend's config, a JSON object, read key by key. Every error names the backend and the key; a key the
/// backend does not know is an error too, since it is most likely misspelt.
class ConfigReader
{
public:
    ConfigReader(const Backend &backend, QJsonObject config);

    /// An error about the config: "The backend “deploy-prod” (github): <what>".
    Error error(const QString &what) const;
    /// Refuses keys other than `known`.
    Result<void> onlyKeys(const QStringList &known) const;

    /// A string that must be there and not be blank.
    Result<QString> requiredText(const QString &key) const;
    /// A string, or `fallback` when the key is absent or null.
    Result<QString> optionalText(const QString &key, const QString &fallback = {}) const;
    /// A string or a whole number (GitLab's project id), as text.
    Result<QString> requiredTextOrNumber(const QString &key) const;
    Result<bool> flag(const QString &key, bool fallback) const;
    /// An absolute http or https address (a {placeholder} in it is allowed and kept as written); without a
    /// `fallback`, the key must be there.
    Result<QString> address(const QString &key, const std::optional<QString> &fallback = std::nullopt) const;
    /// address() without its trailing slashes, for paths to be added to it.
    Result<QString> baseAddress(const QString &key, const std::optional<QString> &fallback = std::nullopt) const;
    /// An object of names to strings, numbers or booleans (workflow inputs, pipeline variables, job parameters),
    /// as text, sorted by name; empty when absent.
    Result<QList<std::pair<QString, QString>>> textMap(const QString &key) const;
    /// textMap() whose names must not be ones Flowdeck sets itself: for a name `reserved` holds, an error saying
    /// `refusal` with the name for %1 ("the variable “%1” in its config is one Flowdeck sets itself").
    Result<QList<std::pair<QString, QString>>>
    textMap(const QString &key, const std::function<bool(const QString &name)> &reserved, const QString &refusal) const;

    const QString &backendName() const { return m_name; }

private:
    QString m_name;
    QString m_kind;
    QJsonObject m_config;
};

/// {service}, {version}, {environment}, {release} and {commit} in `text` replaced by the request's values.
QString expandPlaceholders(QString text, const DeployRequest &request);

/// `text` holds `token` as a whole word: not as part of a longer token ("r1-t2-a1" is not in "r1-t2-a12").
bool mentionsToken(const QString &text, const QString &token);

/// Whether `name` (a pipeline variable, a job parameter) is one the GitLab and Jenkins backends set themselves:
/// FLOWDECK_TOKEN, FLOWDECK_SERVICE and the others starting with FLOWDECK_.
bool setByFlowdeck(const QString &name);

/// The state of a job that has ended with `result`: succeeded when it is `success`, canceled when it is
/// `canceled`, failed otherwise.
JobState endedState(const QString &result, QStringView success, QStringView canceled);

/// An ISO 8601 UTC time ("2024-05-01T10:00:00Z") for a query.
QString isoTime(Timestamp ms);
/// An ISO 8601 time from an API answer in ms since the epoch; nullopt when absent or unreadable.
OptionalTime readTime(const QJsonValue &value);

/// A JSON id (a number or a string) as text; empty when absent.
QString idText(const QJsonValue &value);

/// A handle's JSON text, compact.
QString handleText(const QJsonObject &object);
/// The object of a handle this backend made; an error names the backend when the text is not one.
Result<QJsonObject> readHandle(const QString &handle, const QString &backendName);

/// What a refusal means for one request, in the user's terms.
struct Refusal
{
    /// For a 404: "GitHub has no workflow “deploy.yml” in octo/shop, or the token cannot see it".
    QString notFound;
    /// For a 403, when the server's own explanation would mislead (Argo CD answers 403 for a missing app too).
    QString forbidden;
};

/// The backend's HTTP: an HttpFetcher with its headers (made on the thread that uses it, as HttpFetcher needs),
/// whose errors explain 401, 403 and 404 in the user's terms and always name the endpoint and the status.
/// Requests that change something are sent once (HttpFetcher::send); GETs are retried a few times only, so that
/// a poll never blocks the engine for long.
class HttpSession
{
public:
    HttpSession(QString backendName, TaskControl control);
    ~HttpSession();
    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    /// Sent with every request; an empty value removes the header. Credentials go here, never into a message.
    void setHeader(const QByteArray &name, const QByteArray &value);
    /// Whether the requests carry credentials (for what a 401 means).
    void setSendsCredentials(bool sends) { m_sendsCredentials = sends; }

    Result<ci::HttpResponse> get(const QUrl &url, const Refusal &refusal = {});
    /// `headers` go with this request only (a signature).
    Result<ci::HttpResponse> send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                  const QByteArray &contentType, const Refusal &refusal = {},
                                  const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    /// GET, read as a JSON object or array; an answer that is not one is an error naming the endpoint.
    Result<QJsonObject> getObject(const QUrl &url, const Refusal &refusal = {});
    Result<QJsonArray> getArray(const QUrl &url, const Refusal &refusal = {});

    /// GETs at most `pages` pages from `first` on, following the Link header's next page, and hands each answer
    /// to `read`, which stops the reading by returning true.
    Result<void> readPages(QUrl first, const Refusal &refusal, int pages,
                           const std::function<Result<bool>(const ci::HttpResponse &page)> &read);

    /// The status of the answer that ended the last request; 0 when none came.
    int lastStatus() const;

    /// The answer's body as a JSON object (an empty body is an empty object); an error names the endpoint.
    static Result<QJsonObject> objectOf(const ci::HttpResponse &response);

private:
    ci::HttpFetcher &fetcher();
    Error explain(const Error &error, const QUrl &url, const Refusal &refusal);

    QString m_name;
    TaskControl m_control;
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    bool m_sendsCredentials = false;
    std::unique_ptr<ci::HttpFetcher> m_fetcher;
    QThread *m_thread = nullptr;
};

/// A backend's secret from the keychain, looked up on first need and kept once found.
class Credential
{
public:
    Credential(SecretLookup lookup, QString backendName);
    /// Empty when none is stored.
    QString value();
    /// The secret, or an error saying that the backend needs one and where it goes.
    Result<QString> required();

private:
    SecretLookup m_lookup;
    QString m_name;
    QString m_value;
};

/// The log of a job made of lines about its finished parts (jobs of a run, resources of a sync), kept per handle
/// so that a line once shown stays where it was and later lines are appended, as logs() promises: a part is
/// added when it first appears finished, with its line as it was then.
class LineJournal
{
public:
    struct Line
    {
        /// What the line is about (a job id), so that it is added once.
        QString key;
        QString text;
    };

    /// Adds the lines of `lines` not added before, in their order, and returns the handle's whole log.
    QByteArray add(const QString &handle, const QList<Line> &lines);

private:
    struct Log
    {
        QSet<QString> keys;
        QByteArray text;
    };
    QHash<QString, Log> m_logs;
};

/// How a CI server lists the jobs of a run, for finishedJobLines().
struct JobListing
{
    /// The key of the jobs in a page's JSON object; empty when a page is a JSON array of jobs.
    QString arrayKey{};
    /// The key of the time a job finished at: the lines go in that order, then by the jobs' ids.
    QString timeKey{};
    /// A finished job's line.
    std::function<QString(const QJsonObject &job)> line{};
    /// Whether a job has finished; when not given, whether it has a time under `timeKey`.
    std::function<bool(const QJsonObject &job)> finished{};
};

/// A line per finished job of a run, keyed by the job's id, in the order the jobs finished, so that a log made of
/// them only grows at its end; read from at most ten pages of jobs from `first` on.
Result<QList<LineJournal::Line>> finishedJobLines(HttpSession &http, const QUrl &first, const Refusal &refusal,
                                                  const JobListing &listing);

/// Bytes of `text` from `offset` on; empty past its end.
QByteArray fromOffset(const QByteArray &text, qint64 offset);

/// What every HTTP backend is made of: its name, its session and its credential, and the steps its calls begin
/// with. A backend reads its config in configure() and is made through makeConfigured().
class HttpBackend : public DeployBackend
{
public:
    HttpBackend(const Backend &backend, const BackendContext &context);

    /// Reads the backend's config; an error names the backend and the key that is wrong.
    virtual Result<void> configure(const ConfigReader &config) = 0;

protected:
    /// Makes the session carry the credential the backend's API asks for; called before the requests of every
    /// call. None by default: a webhook is sent a signature instead.
    virtual Result<void> authorize();
    /// Sends the stored secret with every request in the header `name`, as `value` writes it; an error, and no
    /// header, when none is stored.
    Result<void> sendCredential(const QByteArray &name, const std::function<QByteArray(const QString &secret)> &value);
    /// authorize(), then the object of `handle`.
    Result<QJsonObject> authorizedJob(const QString &handle);

    QString m_name;
    HttpSession m_http;
    Credential m_credential;
};

/// A backend of the class `Kind` (an HttpBackend) for `backend`, configured by `config`; configure()'s error when
/// the config is wrong.
template<typename Kind>
Result<std::unique_ptr<DeployBackend>> makeConfigured(const Backend &backend, const BackendContext &context,
                                                      const ConfigReader &config)
{
    auto made = std::make_unique<Kind>(backend, context);
    if (Result<void> configured = made->configure(config); !configured)
        return configured.error();
    return std::unique_ptr<DeployBackend>(std::move(made));
}

} // namespace flowdeck::release::httpbackend
