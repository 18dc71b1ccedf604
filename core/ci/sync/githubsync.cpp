// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub: workflow runs and their jobs, deployments and their statuses, pull requests, releases and incident issues,
// from the REST API (api.github.com or an Enterprise server's /api/v3).
#include "ci/github/githubpages.h"
#include "ci/sync/cisources.h"
#include "ci/sync/syncsession.h"
#include "ci/timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

namespace {

using Query = QList<std::pair<QString, QString>>;

QUrl apiUrl(const CiSource &source, const QString &path, const Query &query = {})
{
    QUrl url(source.baseUrl + u"/repos/"_s + source.project + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    return url;
}

Result<Batch> parse(const SyncSession &session, github::PageKind kind, const SyncSession::Page &page)
{
    return github::parsePage(
        kind, page.document,
        github::PageContext{endpointName(page.response.url), session.source().project, session.source().incidentLabel});
}

bool finished(const QString &status)
{
    return status == QLatin1String(Status::Succeeded) || status == QLatin1String(Status::Failed) ||
           status == QLatin1String(Status::Canceled) || status == QLatin1String(Status::Skipped);
}

/// Where the next sync of a listing that comes newest first starts: at the creation of the oldest record still
/// under way (it will change), else of the newest record seen; where this one started when it saw nothing.
class Bound
{
public:
    void see(OptionalTime created, bool open)
    {
        if (!created)
            return;
        if (!m_newest || *created > *m_newest)
            m_newest = created;
        if (open && (!m_oldestOpen || *created < *m_oldestOpen))
            m_oldestOpen = created;
    }
    std::optional<QString> next(const std::optional<QString> &previous) const
    {
        if (m_oldestOpen)
            return isoTime(*m_oldestOpen);
        if (m_newest)
            return isoTime(*m_newest);
        return previous;
    }

private:
    OptionalTime m_newest;
    OptionalTime m_oldestOpen;
};

/// A listing synced from its cursor: `query` gets the lower bound; every page goes to `handle`; the cursor moves
/// to what `bound` saw, with the first page's ETag when the bound stayed where it was.
Result<void> syncListing(SyncSession &session, const QString &endpoint, const QString &what, const QString &path,
                         Query query, const std::function<void(Query &, Timestamp)> &applyBound,
                         const std::function<Result<SyncSession::Next>(const SyncSession::Page &, Bound &)> &handle)
{
    auto cursor = session.cursor(endpoint);
    if (!cursor)
        return cursor.error();
    const std::optional<QString> previous = *cursor ? (*cursor)->cursorValue : std::nullopt;
    if (const OptionalTime since = session.lowerBound(*cursor))
        applyBound(query, *since);
    const QByteArray etag = *cursor && (*cursor)->etag ? (*cursor)->etag->toUtf8() : QByteArray();
    Bound bound;
    QByteArray firstEtag;
    auto walked = session.walk(
        apiUrl(session.source(), path, query), what, [&](const SyncSession::Page &page) { return handle(page, bound); },
        etag, &firstEtag);
    if (!walked)
        return walked.error();
    if (!*walked)
        return {}; // unchanged since the last sync
    const std::optional<QString> next = bound.next(previous);
    const bool stayed = next == previous && !firstEtag.isEmpty();
    return session.saveCursor(session.makeCursor(
        endpoint, next, stayed ? std::optional<QString>(QString::fromUtf8(firstEtag)) : std::nullopt));
}

void createdSince(Query &query, Timestamp since)
{
    query.append({u"created"_s, u">="_s + isoTime(since)});
}

void updatedSince(Query &query, Timestamp since)
{
    query.append({u"since"_s, isoTime(since)});
}

/// Workflow runs created since the cursor, newest first, each followed by every attempt of its jobs.
Result<void> syncRuns(SyncSession &session)
{
    return syncListing(
        session, u"runs"_s, SyncSession::tr("workflow runs"), u"/actions/runs"_s, {{u"per_page"_s, u"100"_s}},
        createdSince, [&](const SyncSession::Page &page, Bound &bound) -> Result<SyncSession::Next> {
            auto batch = parse(session, github::PageKind::WorkflowRuns, page);
            if (!batch)
                return batch.error();
            if (auto stored = session.store(*batch); !stored)
                return stored.error();
            for (const RunRecord &run : std::as_const(batch->runs)) {
                bound.see(run.createdAt, !finished(run.status));
                auto jobs = session.walk(apiUrl(session.source(), u"/actions/runs/"_s + run.externalId + u"/jobs"_s,
                                                {{u"per_page"_s, u"100"_s}, {u"filter"_s, u"all"_s}}),
                                         SyncSession::tr("jobs of run %1").arg(run.number.value_or(0)),
                                         [&](const SyncSession::Page &jobsPage) -> Result<SyncSession::Next> {
                                             auto jobsBatch = parse(session, github::PageKind::Jobs, jobsPage);
                                             if (!jobsBatch)
                                                 return jobsBatch.error();
                                             if (auto stored = session.store(*jobsBatch); !stored)
                                                 return stored.error();
                                             return SyncSession::Next::Continue;
                                         });
                if (!jobs)
                    return jobs.error();
            }
            return SyncSession::Next::Continue;
        });
}

/// Deployments, newest first, down to the cursor; each with its statuses, which say how it went.
Result<void> syncDeployments(SyncSession &session)
{
    auto cursor = session.cursor(u"deployments"_s);
    if (!cursor)
        return cursor.error();
    const OptionalTime since = session.lowerBound(*cursor);
    return syncListing(
        session, u"deployments"_s, SyncSession::tr("deployments"), u"/deployments"_s, {{u"per_page"_s, u"100"_s}},
        [](Query &, Timestamp) {}, // the deployments listing takes no time filter: paging stops at the bound
        [&](const SyncSession::Page &page, Bound &bound) -> Result<SyncSession::Next> {
            auto batch = parse(session, github::PageKind::Deployments, page);
            if (!batch)
                return batch.error();
            bool older = false;
            QList<DeploymentRecord> recent;
            for (const DeploymentRecord &deployment : std::as_const(batch->deployments)) {
                if (since && deployment.startedAt && *deployment.startedAt < *since)
                    older = true;
                else
                    recent.append(deployment);
            }
            batch->deployments = recent;
            if (auto stored = session.store(*batch); !stored)
                return stored.error();
            for (const DeploymentRecord &deployment : std::as_const(recent)) {
                bool done = false;
                auto statuses = session.walk(
                    apiUrl(session.source(), u"/deployments/"_s + deployment.externalId + u"/statuses"_s,
                           {{u"per_page"_s, u"100"_s}}),
                    SyncSession::tr("statuses of deployment %1").arg(deployment.externalId),
                    [&](const SyncSession::Page &statusPage) -> Result<SyncSession::Next> {
                        auto statusBatch = parse(session, github::PageKind::DeploymentStatuses, statusPage);
                        if (!statusBatch)
                            return statusBatch.error();
                        for (const DeploymentStatusRecord &status : std::as_const(statusBatch->deploymentStatuses))
                            done = done || finished(status.status);
                        if (auto stored = session.store(*statusBatch); !stored)
                            return stored.error();
                        return SyncSession::Next::Continue;
                    });
                if (!statuses)
                    return statuses.error();
                bound.see(deployment.startedAt, !done);
            }
            return older ? SyncSession::Next::Stop : SyncSession::Next::Continue;
        });
}

/// The newest updated_at of a page's items, and whether any item was updated before `since`.
std::pair<OptionalTime, bool> updates(const QJsonDocument &document, OptionalTime since)
{
    OptionalTime newest;
    bool older = false;
    const QJsonArray items = document.array();
    for (const QJsonValue &item : items) {
        const OptionalTime updated = jsonTime(item.toObject().value(u"updated_at"));
        if (updated && (!newest || *updated > *newest))
            newest = updated;
        if (updated && since && *updated < *since)
            older = true;
    }
    return {newest, older};
}

/// Pull requests by last update, newest first, down to the cursor.
Result<void> syncPullRequests(SyncSession &session)
{
    auto cursor = session.cursor(u"pulls"_s);
    if (!cursor)
        return cursor.error();
    const OptionalTime since = session.lowerBound(*cursor);
    return syncListing(
        session, u"pulls"_s, SyncSession::tr("pull requests"), u"/pulls"_s,
        {{u"state"_s, u"all"_s}, {u"sort"_s, u"updated"_s}, {u"direction"_s, u"desc"_s}, {u"per_page"_s, u"100"_s}},
        [](Query &, Timestamp) {},
        [&](const SyncSession::Page &page, Bound &bound) -> Result<SyncSession::Next> {
            auto batch = parse(session, github::PageKind::PullRequests, page);
            if (!batch)
                return batch.error();
            if (auto stored = session.store(*batch); !stored)
                return stored.error();
            const auto [newest, older] = updates(page.document, since);
            bound.see(newest, false);
            return older ? SyncSession::Next::Stop : SyncSession::Next::Continue;
        });
}

/// Issues with the incident label updated since the cursor (the API filters by label and time).
Result<void> syncIncidents(SyncSession &session)
{
    return syncListing(
        session, u"incidents"_s, SyncSession::tr("incidents"), u"/issues"_s,
        {{u"state"_s, u"all"_s}, {u"labels"_s, session.source().incidentLabel}, {u"per_page"_s, u"100"_s}},
        updatedSince, [&](const SyncSession::Page &page, Bound &bound) -> Result<SyncSession::Next> {
            auto batch = parse(session, github::PageKind::Issues, page);
            if (!batch)
                return batch.error();
            if (auto stored = session.store(*batch); !stored)
                return stored.error();
            bound.see(updates(page.document, std::nullopt).first, false);
            return SyncSession::Next::Continue;
        });
}

/// Releases: few, read whole whenever the first page changed.
Result<void> syncReleases(SyncSession &session)
{
    auto cursor = session.cursor(u"releases"_s);
    if (!cursor)
        return cursor.error();
    const QByteArray etag = *cursor && (*cursor)->etag ? (*cursor)->etag->toUtf8() : QByteArray();
    QByteArray firstEtag;
    auto walked = session.walk(
        apiUrl(session.source(), u"/releases"_s, {{u"per_page"_s, u"100"_s}}), SyncSession::tr("releases"),
        [&](const SyncSession::Page &page) -> Result<SyncSession::Next> {
            auto batch = parse(session, github::PageKind::Releases, page);
            if (!batch)
                return batch.error();
            if (auto stored = session.store(*batch); !stored)
                return stored.error();
            return SyncSession::Next::Continue;
        },
        etag, &firstEtag);
    if (!walked)
        return walked.error();
    if (!*walked)
        return {};
    return session.saveCursor(
        session.makeCursor(u"releases"_s, std::nullopt,
                           firstEtag.isEmpty() ? std::nullopt : std::optional<QString>(QString::fromUtf8(firstEtag))));
}

} // namespace

Result<void> syncGitHub(SyncSession &session)
{
    session.fetcher().setHeader("Accept", "application/vnd.github+json");
    session.fetcher().setHeader("X-GitHub-Api-Version", "2022-11-28");
    for (auto step : {syncRuns, syncDeployments, syncPullRequests, syncReleases, syncIncidents}) {
        if (auto done = step(session); !done)
            return done.error();
    }
    return {};
}

Result<QString> testGitHub(HttpFetcher &fetcher, const CiSource &source)
{
    fetcher.setHeader("Accept", "application/vnd.github+json");
    auto response = fetcher.get(apiUrl(source, u"/actions/runs"_s, {{u"per_page"_s, u"1"_s}}));
    if (!response)
        return response.error();
    const QJsonObject page = QJsonDocument::fromJson(response->body).object();
    if (!page.contains(u"total_count"))
        return Error{SyncSession::tr("%1 answered, but not with workflow runs: is %2 the address of GitHub's API?")
                         .arg(endpointName(response->url), source.baseUrl)};
    const int runs = page.value(u"total_count").toInt();
    if (runs == 1)
        return SyncSession::tr("%1: reachable, 1 workflow run.").arg(sourceTitle(source));
    return QCoreApplication::translate("flowdeck::ci::SyncSession", "%1: reachable, %n workflow runs.", nullptr, runs)
        .arg(sourceTitle(source));
}

} // namespace flowdeck::ci::detail
