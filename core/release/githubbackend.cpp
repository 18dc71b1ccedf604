// SPDX-License-Identifier: GPL-3.0-or-later
// The GitHub Actions backend: a workflow_dispatch with the deploy as inputs, then the run that carries the
// attempt's token in its name (the workflow's run-name must include ${{ inputs.flowdeck_token }}), polled until it
// completes. GitHub's dispatch answers 204 without naming the run it created, so the run is found by that token.
#include "release/httpbackendkinds.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace flowdeck::release::httpbackend {

using namespace Qt::StringLiterals;

namespace {

/// Runs created this long before the dispatch (by the local clock) are still looked at: GitHub's clock and ours
/// may differ. The token tells the runs apart.
constexpr qint64 clockSlackMs = 5 * 60 * 1000;
/// A dispatched run that has not appeared after this long never will: its run-name lacks the token.
constexpr qint64 appearDeadlineMs = 10 * 60 * 1000;
/// How far back find() looks for a run, and how many pages of runs it reads at most.
constexpr qint64 findLookBackMs = 7LL * 24 * 60 * 60 * 1000;
constexpr int maxPages = 10;

/// A run's jobs as GitHub lists them: finished once completed, each a line with its name and conclusion.
JobListing runJobs()
{
    return {.arrayKey = u"jobs"_s,
            .timeKey = u"completed_at"_s,
            .line = [](const QJsonObject &job) -> QString {
                return job.value(u"name"_s).toString() + u": "_s + job.value(u"conclusion"_s).toString();
            },
            .finished =
                [](const QJsonObject &job) {
                    return job.value(u"status"_s).toString() == u"completed"_s;
                }};
}

class GitHubBackend final : public HttpBackend
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::GitHubBackend)

public:
    GitHubBackend(const Backend &backend, const BackendContext &context)
        : HttpBackend(backend, context)
    {
        m_http.setHeader("Accept", "application/vnd.github+json");
        m_http.setHeader("X-GitHub-Api-Version", "2022-11-28");
    }

    Result<void> configure(const ConfigReader &config) override
    {
        if (Result<void> keys = config.onlyKeys({u"api"_s, u"repository"_s, u"workflow"_s, u"ref"_s, u"inputs"_s});
            !keys)
            return keys.error();
        const Result<QString> api = config.baseAddress(u"api"_s, u"https://api.github.com"_s);
        if (!api)
            return api.error();
        m_api = *api;
        const Result<QString> repository = config.requiredText(u"repository"_s);
        if (!repository)
            return repository.error();
        static const QRegularExpression ownerAndName(u"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"_s);
        if (!ownerAndName.match(*repository).hasMatch())
            return config.error(tr("“repository” in its config, “%1”, is not of the form owner/name").arg(*repository));
        m_repository = *repository;
        const Result<QString> workflow = config.requiredText(u"workflow"_s);
        if (!workflow)
            return workflow.error();
        m_workflow = *workflow;
        const Result<QString> ref = config.optionalText(u"ref"_s, u"main"_s);
        if (!ref)
            return ref.error();
        m_ref = *ref;
        static const QStringList own{u"service"_s, u"version"_s, u"environment"_s, u"flowdeck_token"_s};
        const Result<QList<std::pair<QString, QString>>> inputs = config.textMap(
            u"inputs"_s, [](const QString &name) { return own.contains(name); },
            tr("the input “%1” in its config is one Flowdeck sets itself"));
        if (!inputs)
            return inputs.error();
        m_inputs = *inputs;
        return {};
    }

    Result<QString> start(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        QJsonObject inputs;
        for (const auto &[name, value] : std::as_const(m_inputs))
            inputs.insert(name, expandPlaceholders(value, request));
        inputs.insert(u"service"_s, request.service);
        inputs.insert(u"version"_s, request.version);
        inputs.insert(u"environment"_s, request.environment);
        inputs.insert(u"flowdeck_token"_s, request.token);
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"ref"_s, m_ref}, {u"inputs"_s, inputs}}).toJson(QJsonDocument::Compact);
        const Timestamp since = QDateTime::currentMSecsSinceEpoch();
        const Result<ci::HttpResponse> dispatched =
            m_http.send("POST", workflowUrl(u"/dispatches"_s), body, "application/json", noSuchWorkflow());
        if (!dispatched)
            return dispatched.error();

        QJsonObject handle{{u"token"_s, request.token}, {u"since"_s, since}};
        // The run often shows at once; when not, poll() keeps looking.
        const Result<std::optional<QJsonObject>> run = findRun(request.token, since - clockSlackMs, 1);
        if (run && *run)
            handle.insert(u"run"_s, (**run).value(u"id"_s).toInteger());
        return handleText(handle);
    }

    Result<std::optional<QString>> find(const DeployRequest &request) override
    {
        if (Result<void> ready = authorize(); !ready)
            return ready.error();
        const Timestamp now = QDateTime::currentMSecsSinceEpoch();
        const Result<std::optional<QJsonObject>> run = findRun(request.token, now - findLookBackMs, maxPages);
        if (!run)
            return run.error();
        if (!*run)
            return std::optional<QString>();
        const QJsonObject &found = **run;
        const QJsonObject handle{{u"token"_s, request.token},
                                 {u"since"_s, readTime(found.value(u"created_at"_s)).value_or(now)},
                                 {u"run"_s, found.value(u"id"_s).toInteger()}};
        return std::optional<QString>(handleText(handle));
    }

    Result<JobStatus> poll(const QString &handle) override
    {
        const Result<DispatchedRun> dispatched = authorizedRun(handle);
        if (!dispatched)
            return dispatched.error();
        JobStatus status;
        if (!dispatched->id) {
            if (QDateTime::currentMSecsSinceEpoch() - dispatched->since > appearDeadlineMs) {
                status.state = JobState::Failed;
                status.message = tr("No run of the workflow “%1” carried this attempt's token %2 minutes after the "
                                    "dispatch: the workflow's run-name must include ${{ inputs.flowdeck_token }}")
                                     .arg(m_workflow)
                                     .arg(appearDeadlineMs / 60000);
            } else {
                status.message = tr("Waiting for the run of the workflow “%1” to appear").arg(m_workflow);
            }
            return status;
        }
        const qint64 runId = *dispatched->id;
        const Result<QJsonObject> run = m_http.getObject(runUrl(runId), noSuchRun(runId));
        if (!run)
            return run.error();
        status.url = run->value(u"html_url"_s).toString();
        const QString state = run->value(u"status"_s).toString();
        const QString conclusion = run->value(u"conclusion"_s).toString();
        if (state != u"completed"_s) {
            status.message = tr("Workflow run %1 is %2").arg(runId).arg(state);
            return status;
        }
        status.message = tr("Workflow run %1 concluded %2").arg(runId).arg(conclusion);
        status.state = endedState(conclusion, u"success", u"cancelled");
        return status;
    }

    Result<void> cancel(const QString &handle) override
    {
        const Result<DispatchedRun> dispatched = authorizedRun(handle);
        if (!dispatched)
            return dispatched.error();
        if (!dispatched->id)
            return Error{tr("The run of the workflow “%1” has not appeared yet, so it cannot be canceled: try again "
                            "in a moment")
                             .arg(m_workflow)};
        const qint64 runId = *dispatched->id;
        const QUrl url(runUrl(runId).toString() + u"/cancel"_s);
        const Result<ci::HttpResponse> response = m_http.send("POST", url, {}, "application/json", noSuchRun(runId));
        // 409: the run has completed already; the next poll says how.
        if (!response && m_http.lastStatus() != 409)
            return response.error();
        return {};
    }

    Result<QByteArray> logs(const QString &handle, qint64 offset) override
    {
        const Result<DispatchedRun> dispatched = authorizedRun(handle);
        if (!dispatched)
            return dispatched.error();
        if (!dispatched->id)
            return QByteArray();
        const qint64 runId = *dispatched->id;
        const Result<QList<LineJournal::Line>> lines = finishedJobLines(
            m_http, QUrl(runUrl(runId).toString() + u"/jobs?per_page=100"_s), noSuchRun(runId), runJobs());
        if (!lines)
            return lines.error();
        return fromOffset(m_journal.add(handle, *lines), offset);
    }

    QString describe(const DeployRequest &request) const override
    {
        Q_UNUSED(request)
        return tr("runs the workflow %1 of %2 on %3 (GitHub Actions)").arg(m_workflow, m_repository, m_ref);
    }

private:
    Result<void> authorize() override
    {
        return sendCredential("Authorization",
                              [](const QString &token) -> QByteArray { return "Bearer " + token.toUtf8(); });
    }

    QString repositoryPath() const { return m_api + u"/repos/"_s + m_repository; }

    QUrl workflowUrl(const QString &rest) const
    {
        return QUrl(repositoryPath() + u"/actions/workflows/"_s +
                    QString::fromLatin1(QUrl::toPercentEncoding(m_workflow)) + rest);
    }

    QUrl runUrl(qint64 runId) const { return QUrl(repositoryPath() + u"/actions/runs/"_s + QString::number(runId)); }

    Refusal noSuchWorkflow() const
    {
        return {tr("GitHub has no workflow “%1” in %2, or the token cannot see it").arg(m_workflow, m_repository), {}};
    }

    Refusal noSuchRun(qint64 runId) const
    {
        return {tr("GitHub has no workflow run %1 in %2, or the token cannot see it").arg(runId).arg(m_repository), {}};
    }

    /// The workflow_dispatch run created at `since` or later whose name or title carries `token`, reading at
    /// most `pages` pages of runs.
    Result<std::optional<QJsonObject>> findRun(const QString &token, Timestamp since, int pages)
    {
        QUrl page = workflowUrl(u"/runs"_s);
        QUrlQuery query;
        query.addQueryItem(u"event"_s, u"workflow_dispatch"_s);
        query.addQueryItem(u"created"_s, u">="_s + isoTime(since));
        query.addQueryItem(u"per_page"_s, u"100"_s);
        page.setQuery(query);
        std::optional<QJsonObject> found;
        const Result<void> read =
            m_http.readPages(page, noSuchWorkflow(), pages, [&](const ci::HttpResponse &response) -> Result<bool> {
                const Result<QJsonObject> answer = HttpSession::objectOf(response);
                if (!answer)
                    return answer.error();
                for (const QJsonValue &value : answer->value(u"workflow_runs"_s).toArray()) {
                    const QJsonObject run = value.toObject();
                    if (mentionsToken(run.value(u"name"_s).toString(), token) ||
                        mentionsToken(run.value(u"display_title"_s).toString(), token)) {
                        found = run;
                        return true;
                    }
                }
                return false;
            });
        if (!read)
            return read.error();
        return found;
    }

    /// A handle's workflow run: its id once the run has appeared, and when it was dispatched.
    struct DispatchedRun
    {
        std::optional<qint64> id;
        Timestamp since = 0;
    };

    /// authorize(), then the run of `handle`: stored in it, found before, or looked for now.
    Result<DispatchedRun> authorizedRun(const QString &handle)
    {
        const Result<QJsonObject> job = authorizedJob(handle);
        if (!job)
            return job.error();
        DispatchedRun dispatched{std::nullopt, job->value(u"since"_s).toInteger()};
        if (const qint64 stored = job->value(u"run"_s).toInteger(); stored > 0) {
            dispatched.id = stored;
            return dispatched;
        }
        if (const auto known = m_runs.constFind(handle); known != m_runs.cend()) {
            dispatched.id = *known;
            return dispatched;
        }
        const Result<std::optional<QJsonObject>> run =
            findRun(job->value(u"token"_s).toString(), dispatched.since - clockSlackMs, maxPages);
        if (!run)
            return run.error();
        if (*run) {
            dispatched.id = (**run).value(u"id"_s).toInteger();
            m_runs.insert(handle, *dispatched.id);
        }
        return dispatched;
    }

    QString m_api;
    QString m_repository;
    QString m_workflow;
    QString m_ref;
    QList<std::pair<QString, QString>> m_inputs;
    /// Runs found for handles that were made before their run appeared.
    QHash<QString, qint64> m_runs;
    LineJournal m_journal;
};

} // namespace

Made makeGitHubBackend(const Backend &backend, const BackendContext &context, const ConfigReader &config)
{
    return makeConfigured<GitHubBackend>(backend, context, config);
}

} // namespace flowdeck::release::httpbackend
