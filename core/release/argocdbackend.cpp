// SPDX-License-Identifier: GPL-3.0-or-later
// The Argo CD backend: syncs an application, optionally to the deploy's version or commit, and polls the
// application until the sync succeeded and the application is healthy. The sync carries the attempt's token as an
// operation info item ("flowdeck_token"), which Argo CD keeps in the application's operation and then in
// status.operationState.operation.info: that is how a sync is told from another one, also by find().
#include "release/httpbackendkinds.h"

#include <QDateTime>
#include <QJsonDocument>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;

namespace {

/// A sync asked for that has not shown in the application after this long was replaced by another operation.
constexpr qint64 appearDeadlineMs = 10 * 60 * 1000;
const QString tokenInfo = u"flowdeck_token"_s;

class ArgoCdBackend final : public HttpBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::ArgoCdBackend)

public:
    using HttpBackend::HttpBackend;

    Result<void> configure(const ConfigReader &config) override
    {
        if (Result<void> keys = config.onlyKeys({u"server"_s, u"application"_s, u"revision_from"_s, u"insecure"_s});
            !keys)
            return keys.error();
        const Result<QString> server = config.baseAddress(u"server"_s);
        if (!server)
            return server.error();
        m_server = *server;
        const Result<QString> application = config.requiredText(u"application"_s);
        if (!application)
            return application.error();
        m_application = *application;
        const Result<QString> revisionFrom = config.optionalText(u"revision_from"_s, u"version"_s);
        if (!revisionFrom)
            return revisionFrom.error();
        if (*revisionFrom != u"version"_s && *revisionFrom != u"commit"_s && *revisionFrom != u"none"_s)
            return config.error(
                tr("“revision_from” in its config is “%1”; it must be version, commit or none").arg(*revisionFrom));
        m_revisionFrom = *revisionFrom;
        const Result<bool> insecure = config.flag(u"insecure"_s, false);
        if (!insecure)
            return insecure.error();
        if (*insecure)
            return config.error(tr("“insecure” is true in its config, but Flowdeck always verifies TLS: add the "
                                   "certificate authority of the Argo CD server to the system's trusted ones and "
                                   "set “insecure” to false"));
        return {};
    }

    Result<QString> start(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        QString revision;
        if (m_revisionFrom == u"version"_s) {
            revision = request.version;
        } else if (m_revisionFrom == u"commit"_s) {
            revision = request.commit;
            if (revision.isEmpty())
                return Error{tr("The backend “%1” syncs to the deploy's commit, but the workspace knows no commit "
                                "for the version %2 of %3")
                                 .arg(m_name, request.version, request.service)};
        }
        QJsonObject sync{{u"prune"_s, false},
                         {u"infos"_s, QJsonArray{QJsonObject{{u"name"_s, tokenInfo}, {u"value"_s, request.token}}}}};
        if (!revision.isEmpty())
            sync.insert(u"revision"_s, revision);
        const Timestamp startedAt = QDateTime::currentMSecsSinceEpoch();
        const Result<ci::HttpResponse> response =
            m_http.send("POST", applicationUrl(u"/sync"_s), QJsonDocument(sync).toJson(QJsonDocument::Compact),
                        "application/json", refusal());
        if (!response)
            return response.error();
        return syncHandle(revision, startedAt, request.token);
    }

    Result<std::optional<QString>> find(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        const Result<QJsonObject> application = m_http.getObject(applicationUrl(), refusal());
        if (!application)
            return application.error();
        const QJsonObject status = application->value(u"status"_s).toObject();
        const QJsonObject state = status.value(u"operationState"_s).toObject();
        const QJsonObject operation = state.value(u"operation"_s).toObject();
        if (carriesToken(operation, request.token)) {
            const OptionalTime startedAt = readTime(state.value(u"startedAt"_s));
            return std::optional<QString>(syncHandle(operation.value(u"sync"_s).toObject().value(u"revision"_s),
                                                     startedAt.value_or(QDateTime::currentMSecsSinceEpoch()),
                                                     request.token));
        }
        const QJsonObject pending = application->value(u"operation"_s).toObject();
        if (carriesToken(pending, request.token))
            return std::optional<QString>(syncHandle(pending.value(u"sync"_s).toObject().value(u"revision"_s),
                                                     QDateTime::currentMSecsSinceEpoch(), request.token));
        return std::optional<QString>();
    }

    Result<JobStatus> poll(const QString &handle) override
    {
        const Result<Sync> sync = authorizedSync(handle);
        if (!sync)
            return sync.error();
        const QJsonObject &state = sync->state;
        JobStatus result;
        result.url = m_server + u"/applications/"_s + m_application;
        if (!sync->started()) {
            if (sync->pending()) {
                result.message = tr("Waiting for Argo CD to start the sync of %1").arg(m_application);
            } else if (QDateTime::currentMSecsSinceEpoch() - sync->askedAt > appearDeadlineMs) {
                result.state = JobState::Failed;
                result.message = tr("The sync of %1 asked for by this task has not shown in Argo CD for %2 minutes: "
                                    "another operation replaced it")
                                     .arg(m_application)
                                     .arg(appearDeadlineMs / 60000);
            } else {
                result.message = tr("Waiting for Argo CD to start the sync of %1").arg(m_application);
            }
            return result;
        }
        const QString phase = state.value(u"phase"_s).toString();
        const QString said = state.value(u"message"_s).toString().simplified();
        const QString revision = state.value(u"syncResult"_s).toObject().value(u"revision"_s).toString();
        if (phase == u"Running"_s || phase == u"Terminating"_s) {
            result.message = said.isEmpty() ? tr("Sync of %1 is %2").arg(m_application, phase)
                                            : tr("Sync of %1 is %2: %3").arg(m_application, phase, said);
            return result;
        }
        if (phase != u"Succeeded"_s) {
            // Failed, Error, or a terminated sync (Failed, "terminated").
            result.state = JobState::Failed;
            result.message = said.isEmpty() ? tr("Sync of %1 ended %2").arg(m_application, phase)
                                            : tr("Sync of %1 ended %2: %3").arg(m_application, phase, said);
            return result;
        }
        const QJsonObject health = sync->application.value(u"status"_s).toObject().value(u"health"_s).toObject();
        const QString healthStatus = health.value(u"status"_s).toString();
        const QString shortRevision = revision.left(12);
        if (healthStatus == u"Healthy"_s) {
            result.state = JobState::Succeeded;
            result.message = tr("Synced %1 to %2; it is Healthy").arg(m_application, shortRevision);
        } else if (healthStatus == u"Degraded"_s) {
            result.state = JobState::Failed;
            const QString why = health.value(u"message"_s).toString().simplified();
            result.message = why.isEmpty()
                                 ? tr("Synced %1 to %2, but it is Degraded").arg(m_application, shortRevision)
                                 : tr("Synced %1 to %2, but it is Degraded: %3").arg(m_application, shortRevision, why);
        } else {
            result.message =
                tr("Synced %1 to %2; waiting for it to be Healthy (it is %3)")
                    .arg(m_application, shortRevision, healthStatus.isEmpty() ? tr("of unknown health") : healthStatus);
        }
        return result;
    }

    Result<void> cancel(const QString &handle) override
    {
        const Result<Sync> sync = authorizedSync(handle);
        if (!sync)
            return sync.error();
        const QString phase = sync->state.value(u"phase"_s).toString();
        const bool oursRunning = sync->started() && (phase == u"Running"_s || phase == u"Terminating"_s);
        if (!oursRunning && !sync->pending()) {
            // The sync has ended already: nothing to stop. Another operation is not this task's to stop.
            if (sync->started())
                return {};
            return Error{tr("The operation running on %1 is not the sync this task started; it is left alone")
                             .arg(m_application)};
        }
        const Result<ci::HttpResponse> response =
            m_http.send("DELETE", applicationUrl(u"/operation"_s), {}, {}, refusal());
        if (!response)
            return response.error();
        return {};
    }

    Result<QByteArray> logs(const QString &handle, qint64 offset) override
    {
        const Result<Sync> sync = authorizedSync(handle);
        if (!sync)
            return sync.error();
        if (!sync->started())
            return fromOffset(m_journal.add(handle, {}), offset);
        const QJsonObject &state = sync->state;
        QList<LineJournal::Line> lines;
        // A resource's line once it has its result; hooks run in phases, so the phase is part of what it is.
        for (const QJsonValue &value : state.value(u"syncResult"_s).toObject().value(u"resources"_s).toArray()) {
            const QJsonObject resource = value.toObject();
            const QString result = resource.value(u"status"_s).toString();
            if (result.isEmpty())
                continue;
            const QString ns = resource.value(u"namespace"_s).toString();
            const QString name = (ns.isEmpty() ? QString() : ns + u'/') + resource.value(u"name"_s).toString();
            const QString kind = resource.value(u"kind"_s).toString();
            const QString said = resource.value(u"message"_s).toString().simplified();
            const QString key = resource.value(u"group"_s).toString() + u'/' + kind + u'/' + name + u'/' +
                                resource.value(u"syncPhase"_s).toString();
            lines.append(
                {key, kind + u' ' + name + u": "_s + result + (said.isEmpty() ? QString() : u" ("_s + said + u')')});
        }
        const QString phase = state.value(u"phase"_s).toString();
        if (phase != u"Running"_s && phase != u"Terminating"_s && !phase.isEmpty()) {
            const QString said = state.value(u"message"_s).toString().simplified();
            lines.append({u"#operation"_s, u"sync "_s + phase + (said.isEmpty() ? QString() : u": "_s + said)});
        }
        return fromOffset(m_journal.add(handle, lines), offset);
    }

    QString describe(const DeployRequest &request) const override
    {
        QString revision;
        if (m_revisionFrom == u"version"_s)
            revision = request.version;
        else if (m_revisionFrom == u"commit"_s)
            revision = request.commit;
        if (revision.isEmpty())
            return tr("syncs the Argo CD application %1 on %2").arg(m_application, ci::endpointName(QUrl(m_server)));
        return tr("syncs the Argo CD application %1 on %2 to %3")
            .arg(m_application, ci::endpointName(QUrl(m_server)), revision);
    }

private:
    Result<void> authorize() override
    {
        return sendCredential("Authorization",
                              [](const QString &token) -> QByteArray { return "Bearer " + token.toUtf8(); });
    }

    /// The handle of the sync for `token` to `revision`, asked for at `startedAt`.
    QString syncHandle(const QJsonValue &revision, Timestamp startedAt, const QString &token) const
    {
        return handleText(QJsonObject{
            {u"app"_s, m_application}, {u"revision"_s, revision}, {u"startedAt"_s, startedAt}, {u"token"_s, token}});
    }

    /// A handle's sync, and the application as Argo CD shows it now.
    struct Sync
    {
        QString token;
        /// When the sync was asked for.
        Timestamp askedAt = 0;
        QJsonObject application;
        /// status.operationState: the operation running or run last.
        QJsonObject state;

        /// Whether the operation running or run last is this sync.
        bool started() const { return carriesToken(state.value(u"operation"_s).toObject(), token); }
        /// Whether this sync is asked for and waits for Argo CD to start it.
        bool pending() const { return carriesToken(application.value(u"operation"_s).toObject(), token); }
    };

    /// authorize(), then the sync of `handle` and the application now.
    Result<Sync> authorizedSync(const QString &handle)
    {
        const Result<QJsonObject> job = authorizedJob(handle);
        if (!job)
            return job.error();
        const Result<QJsonObject> application = m_http.getObject(applicationUrl(), refusal());
        if (!application)
            return application.error();
        return Sync{job->value(u"token"_s).toString(), job->value(u"startedAt"_s).toInteger(), *application,
                    application->value(u"status"_s).toObject().value(u"operationState"_s).toObject()};
    }

    QUrl applicationUrl(const QString &rest = {}) const
    {
        return QUrl::fromEncoded(
            (m_server + u"/api/v1/applications/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_application)) + rest)
                .toUtf8());
    }

    /// Argo CD answers 403 for an application it does not have as for one the token may not touch.
    Refusal refusal() const
    {
        return {tr("Argo CD has no application “%1”").arg(m_application),
                tr("The token may not sync the Argo CD application “%1”, or there is no application of that name")
                    .arg(m_application)};
    }

    static bool carriesToken(const QJsonObject &operation, const QString &token)
    {
        if (token.isEmpty())
            return false;
        for (const QJsonValue &info : operation.value(u"info"_s).toArray()) {
            if (info.toObject().value(u"name"_s).toString() == tokenInfo &&
                info.toObject().value(u"value"_s).toString() == token)
                return true;
        }
        return false;
    }

    QString m_server;
    QString m_application;
    QString m_revisionFrom;
    LineJournal m_journal;
};

} // namespace

Made makeArgoCdBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config)
{
    return makeConfigured<ArgoCdBackend>(backend, context, config);
}

} // namespace flowdeck::release::httpbackend
