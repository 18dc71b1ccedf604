// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook backend: POSTs the deploy as JSON, signed with HMAC-SHA256 when the config asks, and follows the
// job through a status URL that answers {"status": "running" | "succeeded" | "failed", "log": "..."}.
#include "release/httpbackendkinds.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;

namespace {

class WebhookBackend final : public HttpBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::WebhookBackend)

public:
    using HttpBackend::HttpBackend;

    Result<void> configure(const ConfigReader &config) override
    {
        if (Result<void> keys =
                config.onlyKeys({u"url"_s, u"status_url"_s, u"find_url"_s, u"cancel_url"_s, u"secret"_s});
            !keys)
            return keys.error();
        const Result<QString> url = config.address(u"url"_s);
        if (!url)
            return url.error();
        m_url = QUrl(*url);
        for (auto [key, target] :
             {std::pair(u"status_url"_s, &m_statusTemplate), std::pair(u"find_url"_s, &m_findTemplate),
              std::pair(u"cancel_url"_s, &m_cancelTemplate)}) {
            const Result<QString> address = config.address(key, QString());
            if (!address)
                return address.error();
            *target = *address;
        }
        if (!m_statusTemplate.isEmpty() && !m_statusTemplate.contains(u"{id}"_s))
            return config.error(tr("“status_url” in its config must hold {id}, where the job's id goes"));
        if (!m_findTemplate.isEmpty() && !m_findTemplate.contains(u"{token}"_s))
            return config.error(tr("“find_url” in its config must hold {token}, where the attempt's token goes"));
        if (!m_cancelTemplate.isEmpty() && !m_cancelTemplate.contains(u"{id}"_s))
            return config.error(tr("“cancel_url” in its config must hold {id}, where the job's id goes"));
        const Result<bool> signs = config.flag(u"secret"_s, false);
        if (!signs)
            return signs.error();
        m_signs = *signs;
        // The signature is what the webhook knows the sender by.
        m_http.setSendsCredentials(m_signs);
        return {};
    }

    Result<QString> start(const DeployRequest &request) override
    {
        const QJsonObject payload{
            {u"token"_s, request.token},     {u"release"_s, request.release},         {u"service"_s, request.service},
            {u"version"_s, request.version}, {u"environment"_s, request.environment}, {u"commit"_s, request.commit}};
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        Result<ci::HttpResponse> response = post(m_url, body);
        if (!response)
            return response.error();
        const Result<QJsonObject> answer = HttpSession::objectOf(*response);
        if (!answer)
            return answer.error();
        return handleFor(*answer, *response);
    }

    Result<std::optional<QString>> find(const DeployRequest &request) override
    {
        if (m_findTemplate.isEmpty())
            return Error{tr("The webhook of the backend “%1” cannot tell whether it started a job for this attempt: "
                            "its config has no find_url")
                             .arg(m_name)};
        const QUrl url = fill(m_findTemplate, u"{token}"_s, request.token);
        Result<ci::HttpResponse> response = m_http.get(url);
        if (!response) {
            // The webhook's way of saying that it knows no job with this token.
            if (m_http.lastStatus() == 404)
                return std::optional<QString>();
            return response.error();
        }
        const Result<QJsonObject> answer = HttpSession::objectOf(*response);
        if (!answer)
            return answer.error();
        Result<QString> handle = handleFor(*answer, *response);
        if (!handle)
            return handle.error();
        return std::optional<QString>(*handle);
    }

    Result<JobStatus> poll(const QString &handle) override
    {
        const Result<QJsonObject> job = readHandle(handle, m_name);
        if (!job)
            return job.error();
        const QString id = job->value(u"id"_s).toString();
        const QString statusUrl = job->value(u"status_url"_s).toString();
        JobStatus status;
        if (statusUrl.isEmpty()) {
            status.state = JobState::Succeeded;
            status.message = tr("The webhook accepted the deploy; it reports no status");
            return status;
        }
        const Result<QJsonObject> answer = m_http.getObject(QUrl(statusUrl));
        if (!answer)
            return answer.error();
        const QString state = answer->value(u"status"_s).toString().trimmed().toLower();
        const QString said = answer->value(u"message"_s).toString().simplified();
        status.url = answer->value(u"url"_s).toString();
        const QString who = id.isEmpty() ? tr("The webhook's job") : tr("Webhook job %1").arg(id);
        if (state == u"succeeded"_s || state == u"success"_s) {
            status.state = JobState::Succeeded;
            status.message = tr("%1 succeeded").arg(who);
        } else if (state == u"failed"_s || state == u"failure"_s || state == u"error"_s) {
            status.state = JobState::Failed;
            status.message = said.isEmpty() ? tr("%1 failed").arg(who) : tr("%1 failed: %2").arg(who, said);
        } else if (state == u"canceled"_s || state == u"cancelled"_s) {
            status.state = JobState::Canceled;
            status.message = tr("%1 was canceled").arg(who);
        } else if (state == u"running"_s || state == u"pending"_s || state == u"queued"_s) {
            status.message = tr("%1 is %2").arg(who, state);
        } else {
            return Error{
                tr("%1 answered the status “%2”, which is none of running, succeeded and failed")
                    .arg(ci::endpointName(QUrl(statusUrl)), answer->value(u"status"_s).toVariant().toString())};
        }
        return status;
    }

    Result<void> cancel(const QString &handle) override
    {
        const Result<QJsonObject> job = readHandle(handle, m_name);
        if (!job)
            return job.error();
        if (m_cancelTemplate.isEmpty())
            return Error{
                tr("The webhook of the backend “%1” cannot cancel a deploy: its config has no cancel_url").arg(m_name)};
        const QString id = job->value(u"id"_s).toString();
        if (id.isEmpty())
            return Error{tr("The webhook gave this job no id, which cancel_url needs")};
        const QByteArray body = QJsonDocument(QJsonObject{{u"id"_s, id}}).toJson(QJsonDocument::Compact);
        const Result<ci::HttpResponse> response = post(fill(m_cancelTemplate, u"{id}"_s, id), body);
        if (!response)
            return response.error();
        return {};
    }

    Result<QByteArray> logs(const QString &handle, qint64 offset) override
    {
        const Result<QJsonObject> job = readHandle(handle, m_name);
        if (!job)
            return job.error();
        const QString statusUrl = job->value(u"status_url"_s).toString();
        if (statusUrl.isEmpty())
            return QByteArray();
        const Result<QJsonObject> answer = m_http.getObject(QUrl(statusUrl));
        if (!answer)
            return answer.error();
        return fromOffset(answer->value(u"log"_s).toString().toUtf8(), offset);
    }

    QString describe(const DeployRequest &request) const override
    {
        Q_UNUSED(request)
        if (m_signs)
            return tr("POSTs a signed request to %1").arg(ci::endpointName(m_url));
        return tr("POSTs to %1").arg(ci::endpointName(m_url));
    }

private:
    /// `text` with `placeholder` replaced by `value`, percent-encoded as a URL needs it.
    static QUrl fill(QString text, const QString &placeholder, const QString &value)
    {
        return QUrl(text.replace(placeholder, QString::fromLatin1(QUrl::toPercentEncoding(value))));
    }

    /// POSTs `body` as JSON, signed when the config asks for it.
    Result<ci::HttpResponse> post(const QUrl &url, const QByteArray &body)
    {
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (m_signs) {
            const Result<QString> secret = m_credential.required();
            if (!secret)
                return secret.error();
            const QByteArray signature =
                QMessageAuthenticationCode::hash(body, secret->toUtf8(), QCryptographicHash::Sha256).toHex();
            headers.append({"X-Flowdeck-Signature-256", "sha256=" + signature});
        }
        const Refusal refusal{tr("No webhook answers at this address"), {}};
        return m_http.send("POST", url, body, "application/json", refusal, headers);
    }

    /// The handle of the job an answer names: its id, and where its status is (the answer's status_url, else
    /// the config's with the id in it, else nowhere).
    Result<QString> handleFor(const QJsonObject &answer, const ci::HttpResponse &response) const
    {
        const QString id = idText(answer.value(u"id"_s));
        QString statusUrl;
        if (const QString given = answer.value(u"status_url"_s).toString().trimmed(); !given.isEmpty()) {
            const QUrl resolved = response.url.resolved(QUrl(given));
            const QString scheme = resolved.scheme().toLower();
            if (!resolved.isValid() || (scheme != u"http"_s && scheme != u"https"_s))
                return Error{tr("The status_url in the answer from %1 is not an http or https address")
                                 .arg(ci::endpointName(response.url))};
            statusUrl = resolved.toString(QUrl::FullyEncoded);
        } else if (!m_statusTemplate.isEmpty()) {
            if (id.isEmpty())
                return Error{
                    tr("The answer from %1 has no id, which status_url needs").arg(ci::endpointName(response.url))};
            statusUrl = fill(m_statusTemplate, u"{id}"_s, id).toString(QUrl::FullyEncoded);
        }
        return handleText(QJsonObject{{u"id"_s, id}, {u"status_url"_s, statusUrl}});
    }

    QUrl m_url;
    QString m_statusTemplate;
    QString m_findTemplate;
    QString m_cancelTemplate;
    bool m_signs = false;
};

} // namespace

Made makeWebhookBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config)
{
    return makeConfigured<WebhookBackend>(backend, context, config);
}

} // namespace flowdeck::release::httpbackend
