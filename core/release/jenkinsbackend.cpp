// SPDX-License-Identifier: GPL-3.0-or-later
// The Jenkins backend: buildWithParameters (with a CSRF crumb when the server issues one), then the queue item it
// answers with, followed to its build, polled until the build has a result; the console text is the log.
// Addresses are built from job_url, never taken from Jenkins's answers, so that the credentials only ever go to
// the server the config names (Jenkins writes its own configured root URL into its answers).
#include "release/httpbackendkinds.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;

namespace {

/// Where a queued build stands.
struct QueueState
{
    std::optional<qint64> build;
    bool cancelled = false;
    /// Jenkins's own words on why it waits.
    QString why;
};

class JenkinsBackend final : public HttpBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::JenkinsBackend)

public:
    using HttpBackend::HttpBackend;

    Result<void> configure(const ConfigReader &config) override
    {
        if (Result<void> keys = config.onlyKeys({u"job_url"_s, u"user"_s, u"parameters"_s}); !keys)
            return keys.error();
        const Result<QString> jobUrl = config.baseAddress(u"job_url"_s);
        if (!jobUrl)
            return jobUrl.error();
        m_jobUrl = *jobUrl;
        const QUrl job(m_jobUrl);
        const qsizetype jobSegment = job.path().indexOf(u"/job/"_s);
        if (jobSegment < 0 || job.hasQuery())
            return config.error(
                tr("“job_url” in its config, “%1”, does not name a job (…/job/NAME)").arg(ci::endpointName(job)));
        m_root = job.adjusted(QUrl::RemovePath).toString() + job.path().left(jobSegment) + u'/';
        const Result<QString> user = config.optionalText(u"user"_s);
        if (!user)
            return user.error();
        m_user = *user;
        const Result<QList<std::pair<QString, QString>>> parameters = config.textMap(
            u"parameters"_s, setByFlowdeck, tr("the parameter “%1” in its config is one Flowdeck sets itself"));
        if (!parameters)
            return parameters.error();
        m_parameters = *parameters;
        return {};
    }

    Result<QString> start(const DeployRequest &request) override
    {
        if (Result<void> ready = prepareToChange(); !ready)
            return ready.error();
        QList<std::pair<QString, QString>> parameters;
        for (const auto &[name, value] : std::as_const(m_parameters))
            parameters.append({name, expandPlaceholders(value, request)});
        parameters.append({u"FLOWDECK_TOKEN"_s, request.token});
        parameters.append({u"FLOWDECK_SERVICE"_s, request.service});
        parameters.append({u"FLOWDECK_VERSION"_s, request.version});
        parameters.append({u"FLOWDECK_ENVIRONMENT"_s, request.environment});
        parameters.append({u"FLOWDECK_RELEASE"_s, request.release});
        QByteArray body;
        for (const auto &[name, value] : std::as_const(parameters)) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        const QUrl url(m_jobUrl + u"/buildWithParameters"_s);
        const Result<ci::HttpResponse> response =
            m_http.send("POST", url, body, "application/x-www-form-urlencoded", noSuchJob());
        if (!response)
            return response.error();
        static const QRegularExpression queueItem(u"/queue/item/(\\d+)/?$"_s);
        const QString location = QString::fromUtf8(response->header("Location")).trimmed();
        const QRegularExpressionMatch match = queueItem.match(QUrl(location).path());
        if (!match.hasMatch())
            return Error{tr("%1 answered HTTP %2 without the queue item of the build in its Location header: is the "
                            "job parameterized?")
                             .arg(ci::endpointName(url))
                             .arg(response->status)};
        return handleText(QJsonObject{{u"queue"_s, match.captured(1).toLongLong()}, {u"token"_s, request.token}});
    }

    Result<std::optional<QString>> find(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        // The queue first: an item that leaves it meanwhile is among the builds read next.
        const Result<QJsonObject> queue = m_http.getObject(
            QUrl(m_root + u"queue/api/json?tree=items%5Bid,actions%5Bparameters%5Bname,value%5D%5D%5D"_s));
        if (!queue)
            return queue.error();
        for (const QJsonValue &item : queue->value(u"items"_s).toArray()) {
            if (carriesToken(item.toObject(), request.token))
                return std::optional<QString>(handleText(QJsonObject{
                    {u"queue"_s, item.toObject().value(u"id"_s).toInteger()}, {u"token"_s, request.token}}));
        }
        const Result<std::optional<QJsonObject>> build = findBuild(request.token);
        if (!build)
            return build.error();
        if (!*build)
            return std::optional<QString>();
        return std::optional<QString>(handleText(QJsonObject{{u"queue"_s, (**build).value(u"queueId"_s).toInteger()},
                                                             {u"token"_s, request.token},
                                                             {u"build"_s, (**build).value(u"number"_s).toInteger()}}));
    }

    Result<JobStatus> poll(const QString &handle) override
    {
        const Result<QueueState> queued = authorizedBuild(handle);
        if (!queued)
            return queued.error();
        JobStatus status;
        if (queued->cancelled) {
            status.state = JobState::Canceled;
            status.message = tr("The queued build was cancelled in Jenkins");
            return status;
        }
        if (!queued->build) {
            status.message = queued->why.isEmpty() ? tr("Waiting in the Jenkins queue")
                                                   : tr("Waiting in the Jenkins queue: %1").arg(queued->why);
            return status;
        }
        const qint64 number = *queued->build;
        const Result<QJsonObject> build = m_http.getObject(
            QUrl(buildUrl(number) + u"api/json?tree=number,url,building,result"_s), noSuchBuild(number));
        if (!build)
            return build.error();
        status.url = build->value(u"url"_s).toString();
        const QString result = build->value(u"result"_s).toString();
        if (build->value(u"building"_s).toBool() || result.isEmpty()) {
            status.message = tr("Build #%1 is running").arg(number);
            return status;
        }
        status.message = tr("Build #%1 ended %2").arg(number).arg(result);
        status.state = endedState(result, u"SUCCESS", u"ABORTED");
        return status;
    }

    Result<void> cancel(const QString &handle) override
    {
        const Result<QJsonObject> job = readHandle(handle, m_name);
        if (!job)
            return job.error();
        if (Result<void> ready = prepareToChange(); !ready)
            return ready.error();
        const Result<QueueState> queued = resolveBuild(handle, *job);
        if (!queued)
            return queued.error();
        if (queued->cancelled)
            return {};
        if (queued->build) {
            const Result<ci::HttpResponse> stopped =
                m_http.send("POST", QUrl(buildUrl(*queued->build) + u"stop"_s), {}, {}, noSuchBuild(*queued->build));
            if (!stopped)
                return stopped.error();
            return {};
        }
        const qint64 item = job->value(u"queue"_s).toInteger();
        const QUrl url(m_root + u"queue/item/"_s + QString::number(item) + u"/cancelQueue"_s);
        const Result<ci::HttpResponse> cancelled =
            m_http.send("POST", url, {}, {}, {tr("Jenkins has no queue item %1 any more").arg(item), {}});
        if (!cancelled)
            return cancelled.error();
        return {};
    }

    Result<QByteArray> logs(const QString &handle, qint64 offset) override
    {
        const Result<QueueState> queued = authorizedBuild(handle);
        if (!queued)
            return queued.error();
        if (!queued->build)
            return QByteArray();
        // Jenkins counts the console text in bytes too, so the offset goes straight to it.
        const QUrl url(buildUrl(*queued->build) + u"logText/progressiveText?start="_s +
                       QString::number(std::max<qint64>(0, offset)));
        const Result<ci::HttpResponse> text = m_http.get(url, noSuchBuild(*queued->build));
        if (!text)
            return text.error();
        return text->body;
    }

    QString describe(const DeployRequest &request) const override
    {
        Q_UNUSED(request)
        return tr("builds the Jenkins job %1 with parameters").arg(ci::endpointName(QUrl(m_jobUrl)));
    }

private:
    /// Basic authentication with the user's API token, when the config names a user.
    Result<void> authorize() override
    {
        if (m_user.isEmpty())
            return {};
        return sendCredential("Authorization", [&](const QString &token) -> QByteArray {
            return "Basic " + (m_user + u':' + token).toUtf8().toBase64();
        });
    }

    /// Before a POST: the credentials, and the crumb Jenkins wants against cross-site requests, when it issues
    /// one (a server with CSRF protection off answers 404). The session keeps Jenkins's cookie the crumb belongs to.
    Result<void> prepareToChange()
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        if (m_crumbChecked)
            return {};
        const Result<QJsonObject> crumb = m_http.getObject(QUrl(m_root + u"crumbIssuer/api/json"_s));
        if (!crumb) {
            if (m_http.lastStatus() != 404)
                return crumb.error();
        } else {
            const QString field = crumb->value(u"crumbRequestField"_s).toString();
            const QString value = crumb->value(u"crumb"_s).toString();
            if (!field.isEmpty() && !value.isEmpty())
                m_http.setHeader(field.toUtf8(), value.toUtf8());
        }
        m_crumbChecked = true;
        return {};
    }

    QString buildUrl(qint64 number) const { return m_jobUrl + u'/' + QString::number(number) + u'/'; }

    static bool carriesToken(const QJsonObject &object, const QString &token)
    {
        for (const QJsonValue &action : object.value(u"actions"_s).toArray()) {
            for (const QJsonValue &parameter : action.toObject().value(u"parameters"_s).toArray()) {
                const QJsonObject named = parameter.toObject();
                if (named.value(u"name"_s).toString() == u"FLOWDECK_TOKEN"_s &&
                    named.value(u"value"_s).toString() == token)
                    return true;
            }
        }
        return false;
    }

    /// The job's build (of its last hundred, as Jenkins lists them) with `token` among its parameters.
    Result<std::optional<QJsonObject>> findBuild(const QString &token)
    {
        const Result<QJsonObject> job = m_http.getObject(
            QUrl(m_jobUrl + u"/api/json?tree=builds%5Bnumber,url,queueId,actions%5Bparameters%5Bname,value%5D%5D%5D"_s),
            noSuchJob());
        if (!job)
            return job.error();
        for (const QJsonValue &build : job->value(u"builds"_s).toArray()) {
            if (carriesToken(build.toObject(), token))
                return std::optional<QJsonObject>(build.toObject());
        }
        return std::optional<QJsonObject>();
    }

    /// Where the handle's build stands: its number once it left the queue. Jenkins forgets a queue item some
    /// minutes after its build began, so then the build is found by the token among its parameters.
    Result<QueueState> resolveBuild(const QString &handle, const QJsonObject &job)
    {
        QueueState state;
        if (const qint64 stored = job.value(u"build"_s).toInteger(); stored > 0) {
            state.build = stored;
            return state;
        }
        if (const auto known = m_builds.constFind(handle); known != m_builds.cend()) {
            state.build = *known;
            return state;
        }
        const qint64 item = job.value(u"queue"_s).toInteger();
        if (item <= 0)
            return Error{tr("The job handle “%1” names no Jenkins queue item").arg(handle.left(80))};
        const Result<QJsonObject> queued =
            m_http.getObject(QUrl(m_root + u"queue/item/"_s + QString::number(item) + u"/api/json"_s));
        if (queued) {
            state.cancelled = queued->value(u"cancelled"_s).toBool();
            state.why = queued->value(u"why"_s).toString().simplified();
            const QJsonObject executable = queued->value(u"executable"_s).toObject();
            if (const qint64 number = executable.value(u"number"_s).toInteger(); number > 0) {
                state.build = number;
                m_builds.insert(handle, number);
            }
            return state;
        }
        if (m_http.lastStatus() != 404)
            return queued.error();
        const QString token = job.value(u"token"_s).toString();
        const Result<std::optional<QJsonObject>> build = findBuild(token);
        if (!build)
            return build.error();
        if (!*build)
            return Error{tr("Jenkins no longer knows the queue item %1, and no build of %2 has the parameter "
                            "FLOWDECK_TOKEN of this attempt: the job must declare FLOWDECK_TOKEN as a string "
                            "parameter")
                             .arg(item)
                             .arg(ci::endpointName(QUrl(m_jobUrl)))};
        state.build = (**build).value(u"number"_s).toInteger();
        m_builds.insert(handle, *state.build);
        return state;
    }

    /// authorize(), then where the handle's build stands.
    Result<QueueState> authorizedBuild(const QString &handle)
    {
        const Result<QJsonObject> job = authorizedJob(handle);
        if (!job)
            return job.error();
        return resolveBuild(handle, *job);
    }

    Refusal noSuchJob() const
    {
        return {tr("Jenkins has no job at %1, or the user cannot see it").arg(ci::endpointName(QUrl(m_jobUrl))), {}};
    }

    Refusal noSuchBuild(qint64 number) const
    {
        return {tr("Jenkins has no build #%1 of %2").arg(number).arg(ci::endpointName(QUrl(m_jobUrl))), {}};
    }

    QString m_jobUrl;
    /// Jenkins's root: job_url up to its first /job/, ending in a slash.
    QString m_root;
    QString m_user;
    QList<std::pair<QString, QString>> m_parameters;
    bool m_crumbChecked = false;
    /// Builds found for handles that were made while their build was queued.
    QHash<QString, qint64> m_builds;
};

} // namespace

Made makeJenkinsBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config)
{
    return makeConfigured<JenkinsBackend>(backend, context, config);
}

} // namespace flowdeck::release::httpbackend
