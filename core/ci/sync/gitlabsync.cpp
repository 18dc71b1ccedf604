// SPDX-License-Identifier: GPL-3.0-or-later
// GitLab (gitlab.com or self-managed): pipelines with their times, jobs and bridges, deployments, environments,
// merge requests and incident issues, from the REST API v4. Listings are read oldest update first, so the cursor
// can move after every page and an interrupted sync resumes where it stopped.
#include "ci/gitlab/gitlabpages.h"
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
    // A project path goes into the URL encoded whole: group/app -> group%2Fapp.
    const QString project = QString::fromLatin1(QUrl::toPercentEncoding(source.project));
    QUrl url(source.baseUrl + u"/api/v4/projects/"_s + project + path, QUrl::StrictMode);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(items);
    return url;
}

Result<Batch> parse(const SyncSession &session, gitlab::PageKind kind, const SyncSession::Page &page)
{
    return gitlab::parsePage(kind, page.document,
                             gitlab::PageContext{endpointName(page.response.url), session.source().project});
}

/// The newest updated_at among a page's items.
OptionalTime newestUpdate(const QJsonDocument &document)
{
    OptionalTime newest;
    const QJsonArray items = document.array();
    for (const QJsonValue &item : items) {
        const OptionalTime updated = jsonTime(item.toObject().value(u"updated_at"));
        if (updated && (!newest || *updated > *newest))
            newest = updated;
    }
    return newest;
}

/// A listing by update time, oldest first, from the cursor on: `handle` stores each page, the cursor moves with
/// it in the same transaction.
Result<void> syncUpdated(SyncSession &session, const QString &endpoint, const QString &what, const QString &path,
                         Query query, const std::function<Result<Batch>(const SyncSession::Page &)> &read)
{
    auto cursor = session.cursor(endpoint);
    if (!cursor)
        return cursor.error();
    query.append({u"order_by"_s, u"updated_at"_s});
    query.append({u"sort"_s, u"asc"_s});
    query.append({u"per_page"_s, u"100"_s});
    // updated_after is exclusive: a second earlier, so that a record updated in the cursor's second is not lost
    // (reading it again changes nothing).
    if (const OptionalTime since = session.lowerBound(*cursor))
        query.append({u"updated_after"_s, isoTime(*since - 1000)});
    std::optional<QString> position = *cursor ? (*cursor)->cursorValue : std::nullopt;
    auto walked = session.walk(
        apiUrl(session.source(), path, query), what, [&](const SyncSession::Page &page) -> Result<SyncSession::Next> {
            auto batch = read(page);
            if (!batch)
                return batch.error();
            if (const OptionalTime newest = newestUpdate(page.document))
                position = isoTime(*newest);
            if (auto stored = session.store(*batch, session.makeCursor(endpoint, position, {})); !stored)
                return stored.error();
            return SyncSession::Next::Continue;
        });
    if (!walked)
        return walked.error();
    return {};
}

/// Every page of a pipeline's jobs (or bridges), retried jobs included.
Result<void> syncPipelineJobs(SyncSession &session, const QString &pipelineId, const QString &listing,
                              gitlab::PageKind kind)
{
    auto walked = session.walk(apiUrl(session.source(), u"/pipelines/"_s + pipelineId + u'/' + listing,
                                      {{u"per_page"_s, u"100"_s}, {u"include_retried"_s, u"true"_s}}),
                               SyncSession::tr("jobs of pipeline %1").arg(pipelineId),
                               [&](const SyncSession::Page &page) -> Result<SyncSession::Next> {
                                   auto batch = parse(session, kind, page);
                                   if (!batch)
                                       return batch.error();
                                   if (auto stored = session.store(*batch); !stored)
                                       return stored.error();
                                   return SyncSession::Next::Continue;
                               });
    if (!walked)
        return walked.error();
    return {};
}

/// Pipelines updated since the cursor. The list leaves out start, finish and duration: each pipeline is read
/// on its own for them, then its jobs and bridges.
Result<void> syncPipelines(SyncSession &session)
{
    return syncUpdated(session, u"pipelines"_s, SyncSession::tr("pipelines"), u"/pipelines"_s, {},
                       [&](const SyncSession::Page &page) -> Result<Batch> {
                           auto listed = parse(session, gitlab::PageKind::Pipelines, page);
                           if (!listed)
                               return listed.error();
                           Batch complete;
                           complete.warnings = listed->warnings;
                           for (const RunRecord &run : std::as_const(listed->runs)) {
                               if (session.isCanceled())
                                   return Error{TaskControl::canceledMessage()};
                               auto response = session.get(apiUrl(session.source(), u"/pipelines/"_s + run.externalId));
                               if (!response)
                                   return response.error();
                               auto single = gitlab::parsePage(
                                   gitlab::PageKind::Pipeline, response->body,
                                   gitlab::PageContext{endpointName(response->url), session.source().project});
                               if (!single)
                                   return single.error();
                               // Stored first, so that the jobs find their pipeline.
                               if (auto stored = session.store(*single); !stored)
                                   return stored.error();
                               for (auto [listing, kind] : {std::pair{u"jobs"_s, gitlab::PageKind::Jobs},
                                                            std::pair{u"bridges"_s, gitlab::PageKind::Bridges}}) {
                                   if (auto jobs = syncPipelineJobs(session, run.externalId, listing, kind); !jobs)
                                       return jobs.error();
                               }
                           }
                           return complete;
                       });
}

Result<void> syncSimple(SyncSession &session, const QString &endpoint, const QString &what, const QString &path,
                        const Query &query, gitlab::PageKind kind)
{
    return syncUpdated(session, endpoint, what, path, query,
                       [&session, kind](const SyncSession::Page &page) { return parse(session, kind, page); });
}

/// Environments with their tiers: few, read whole.
Result<void> syncEnvironments(SyncSession &session)
{
    auto walked =
        session.walk(apiUrl(session.source(), u"/environments"_s, {{u"per_page"_s, u"100"_s}}),
                     SyncSession::tr("environments"), [&](const SyncSession::Page &page) -> Result<SyncSession::Next> {
                         auto batch = parse(session, gitlab::PageKind::Environments, page);
                         if (!batch)
                             return batch.error();
                         if (auto stored = session.store(*batch); !stored)
                             return stored.error();
                         return SyncSession::Next::Continue;
                     });
    if (!walked)
        return walked.error();
    return {};
}

} // namespace

Result<void> syncGitLab(SyncSession &session)
{
    // Environments first: deployments then find them with the tier GitLab gives.
    if (auto done = syncEnvironments(session); !done)
        return done.error();
    if (auto done = syncPipelines(session); !done)
        return done.error();
    if (auto done = syncSimple(session, u"deployments"_s, SyncSession::tr("deployments"), u"/deployments"_s, {},
                               gitlab::PageKind::Deployments);
        !done)
        return done.error();
    if (auto done = syncSimple(session, u"merge_requests"_s, SyncSession::tr("merge requests"), u"/merge_requests"_s,
                               {{u"state"_s, u"all"_s}}, gitlab::PageKind::MergeRequests);
        !done)
        return done.error();
    return syncSimple(session, u"incidents"_s, SyncSession::tr("incidents"), u"/issues"_s,
                      {{u"issue_type"_s, u"incident"_s}}, gitlab::PageKind::Issues);
}

Result<QString> testGitLab(HttpFetcher &fetcher, const CiSource &source)
{
    auto response = fetcher.get(apiUrl(source, {}));
    if (!response)
        return response.error();
    const QJsonObject project = QJsonDocument::fromJson(response->body).object();
    const QString name = project.value(u"path_with_namespace").toString();
    if (name.isEmpty())
        return Error{SyncSession::tr("%1 answered, but not with a project: is %2 the address of a GitLab server?")
                         .arg(endpointName(response->url), source.baseUrl)};
    return SyncSession::tr("%1: reachable (%2).").arg(sourceTitle(source), name);
}

} // namespace flowdeck::ci::detail
