// SPDX-License-Identifier: GPL-3.0-or-later
// The GitLab backend: creates a pipeline on a ref with the deploy as CI/CD variables (FLOWDECK_TOKEN among them)
// and polls it; find() reads the variables of the ref's recent pipelines for the attempt's token.
#include "release/httpbackendkinds.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;

namespace {

/// How far back find() looks, and how many of the ref's latest pipelines it reads the variables of.
constexpr qint64 findLookBackMs = 7LL * 24 * 60 * 60 * 1000;
constexpr int findPipelines = 50;

/// A pipeline's jobs as GitLab lists them: finished once they have a finished_at, each a line with its stage,
/// name and status.
JobListing pipelineJobs()
{
    return {.timeKey = u"finished_at"_s, .line = [](const QJsonObject &job) -> QString {
                return job.value(u"stage"_s).toString() + u" / "_s + job.value(u"name"_s).toString() + u": "_s +
                       job.value(u"status"_s).toString();
            }};
}

class GitLabBackend final : public HttpBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::GitLabBackend)

public:
    using HttpBackend::HttpBackend;

    Result<void> configure(const ConfigReader &config) override
    {
        if (Result<void> keys = config.onlyKeys({u"api"_s, u"project"_s, u"ref"_s, u"variables"_s}); !keys)
            return keys.error();
        const Result<QString> api = config.baseAddress(u"api"_s, u"https://gitlab.com/api/v4"_s);
        if (!api)
            return api.error();
        m_api = *api;
        const Result<QString> project = config.requiredTextOrNumber(u"project"_s);
        if (!project)
            return project.error();
        m_project = *project;
        const Result<QString> ref = config.optionalText(u"ref"_s, u"main"_s);
        if (!ref)
            return ref.error();
        m_ref = *ref;
        const Result<QList<std::pair<QString, QString>>> variables = config.textMap(
            u"variables"_s, setByFlowdeck, tr("the variable “%1” in its config is one Flowdeck sets itself"));
        if (!variables)
            return variables.error();
        m_variables = *variables;
        return {};
    }

    Result<QString> start(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        QJsonArray variables;
        const auto add = [&](const QString &key, const QString &value) {
            variables.append(QJsonObject{{u"key"_s, key}, {u"value"_s, value}});
        };
        for (const auto &[name, value] : std::as_const(m_variables))
            add(name, expandPlaceholders(value, request));
        add(u"FLOWDECK_TOKEN"_s, request.token);
        add(u"FLOWDECK_SERVICE"_s, request.service);
        add(u"FLOWDECK_VERSION"_s, request.version);
        add(u"FLOWDECK_ENVIRONMENT"_s, request.environment);
        add(u"FLOWDECK_RELEASE"_s, request.release);
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"ref"_s, m_ref}, {u"variables"_s, variables}}).toJson(QJsonDocument::Compact);
        const Result<ci::HttpResponse> response =
            m_http.send("POST", projectUrl(u"/pipeline"_s), body, "application/json", noSuchProject());
        if (!response)
            return response.error();
        const Result<QJsonObject> pipeline = HttpSession::objectOf(*response);
        if (!pipeline)
            return pipeline.error();
        const qint64 id = pipeline->value(u"id"_s).toInteger();
        if (id <= 0)
            return Error{tr("The answer from %1 names no pipeline id").arg(ci::endpointName(response->url))};
        return handleText(QJsonObject{{u"pipeline"_s, id}, {u"web_url"_s, pipeline->value(u"web_url"_s)}});
    }

    Result<std::optional<QString>> find(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        QUrl url = projectUrl(u"/pipelines"_s);
        QUrlQuery query;
        query.addQueryItem(u"ref"_s, m_ref);
        query.addQueryItem(u"updated_after"_s, isoTime(QDateTime::currentMSecsSinceEpoch() - findLookBackMs));
        query.addQueryItem(u"order_by"_s, u"id"_s);
        query.addQueryItem(u"sort"_s, u"desc"_s);
        query.addQueryItem(u"per_page"_s, QString::number(findPipelines));
        url.setQuery(query);
        const Result<QJsonArray> pipelines = m_http.getArray(url, noSuchProject());
        if (!pipelines)
            return pipelines.error();
        for (const QJsonValue &value : *pipelines) {
            const QJsonObject pipeline = value.toObject();
            const qint64 id = pipeline.value(u"id"_s).toInteger();
            const Result<QJsonArray> variables = m_http.getArray(pipelineUrl(id, u"/variables"_s), noSuchPipeline(id));
            if (!variables)
                return variables.error();
            const bool ours = std::any_of(variables->begin(), variables->end(), [&](const QJsonValue &variable) {
                const QJsonObject object = variable.toObject();
                return object.value(u"key"_s).toString() == u"FLOWDECK_TOKEN"_s &&
                       object.value(u"value"_s).toString() == request.token;
            });
            if (ours)
                return std::optional<QString>(
                    handleText(QJsonObject{{u"pipeline"_s, id}, {u"web_url"_s, pipeline.value(u"web_url"_s)}}));
        }
        return std::optional<QString>();
    }

    Result<JobStatus> poll(const QString &handle) override
    {
        const Result<qint64> id = authorizedPipeline(handle);
        if (!id)
            return id.error();
        const Result<QJsonObject> pipeline = m_http.getObject(pipelineUrl(*id), noSuchPipeline(*id));
        if (!pipeline)
            return pipeline.error();
        JobStatus status;
        status.url = pipeline->value(u"web_url"_s).toString();
        const QString state = pipeline->value(u"status"_s).toString();
        if (state == u"success"_s) {
            status.state = JobState::Succeeded;
            status.message = tr("Pipeline %1 succeeded").arg(*id);
        } else if (state == u"failed"_s) {
            status.state = JobState::Failed;
            status.message = tr("Pipeline %1 failed").arg(*id);
        } else if (state == u"canceled"_s || state == u"canceling"_s) {
            status.state = JobState::Canceled;
            status.message = tr("Pipeline %1 was canceled").arg(*id);
        } else if (state == u"skipped"_s) {
            // Nothing ran: the deploy did not happen.
            status.state = JobState::Failed;
            status.message = tr("Pipeline %1 was skipped: none of its jobs ran").arg(*id);
        } else if (state == u"manual"_s) {
            status.message = tr("Pipeline %1 waits for a manual job to be started in GitLab").arg(*id);
        } else {
            status.message = tr("Pipeline %1 is %2").arg(*id).arg(state);
        }
        return status;
    }

    Result<void> cancel(const QString &handle) override
    {
        const Result<qint64> id = authorizedPipeline(handle);
        if (!id)
            return id.error();
        const Result<ci::HttpResponse> response =
            m_http.send("POST", pipelineUrl(*id, u"/cancel"_s), {}, "application/json", noSuchPipeline(*id));
        if (!response)
            return response.error();
        return {};
    }

    Result<QByteArray> logs(const QString &handle, qint64 offset) override
    {
        const Result<qint64> id = authorizedPipeline(handle);
        if (!id)
            return id.error();
        const Result<QList<LineJournal::Line>> lines =
            finishedJobLines(m_http, pipelineUrl(*id, u"/jobs?per_page=100"_s), noSuchPipeline(*id), pipelineJobs());
        if (!lines)
            return lines.error();
        return fromOffset(m_journal.add(handle, *lines), offset);
    }

    QString describe(const DeployRequest &request) const override
    {
        Q_UNUSED(request)
        return tr("runs a pipeline of %1 on %2 (GitLab at %3)").arg(m_project, m_ref, ci::endpointName(QUrl(m_api)));
    }

private:
    Result<void> authorize() override
    {
        return sendCredential("PRIVATE-TOKEN", [](const QString &token) { return token.toUtf8(); });
    }

    /// The project's API address; a path ("group/name") is one percent-encoded segment, as GitLab wants it.
    QUrl projectUrl(const QString &rest) const
    {
        return QUrl::fromEncoded(
            (m_api + u"/projects/"_s + QString::fromLatin1(QUrl::toPercentEncoding(m_project)) + rest).toUtf8());
    }

    QUrl pipelineUrl(qint64 id, const QString &rest = {}) const
    {
        return projectUrl(u"/pipelines/"_s + QString::number(id) + rest);
    }

    /// authorize(), then the pipeline of `handle`.
    Result<qint64> authorizedPipeline(const QString &handle)
    {
        const Result<QJsonObject> job = authorizedJob(handle);
        if (!job)
            return job.error();
        const qint64 id = job->value(u"pipeline"_s).toInteger();
        if (id <= 0)
            return Error{tr("The job handle “%1” names no GitLab pipeline").arg(handle.left(80))};
        return id;
    }

    Refusal noSuchProject() const
    {
        return {tr("GitLab has no project “%1”, or the token cannot see it").arg(m_project), {}};
    }

    Refusal noSuchPipeline(qint64 id) const
    {
        return {tr("GitLab has no pipeline %1 in the project “%2”, or the token cannot see it").arg(id).arg(m_project),
                {}};
    }

    QString m_api;
    QString m_project;
    QString m_ref;
    QList<std::pair<QString, QString>> m_variables;
    LineJournal m_journal;
};

} // namespace

Made makeGitLabBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config)
{
    return makeConfigured<GitLabBackend>(backend, context, config);
}

} // namespace flowdeck::release::httpbackend
