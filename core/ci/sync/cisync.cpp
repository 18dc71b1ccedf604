// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/sync/cisync.h"

#include "ci/pagereading.h"
#include "ci/sync/cisources.h"
#include "ci/sync/syncsession.h"
#include "ci/timestamps.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrlQuery>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;

namespace detail {

namespace {

QString projectServiceName(const CiSource &source)
{
    QStringList parts = source.project.split(u'/', Qt::SkipEmptyParts);
    parts.removeAll(u"job"_s);
    return parts.isEmpty() ? source.project : parts.constLast();
}

} // namespace

SyncSession::SyncSession(const store::Workspace &workspace, const CiSource &source, const SyncOptions &options,
                         const TaskControl &control, const SyncNotice &notice)
    : m_workspace(workspace)
    , m_source(source)
    , m_options(options)
    , m_control(control)
    , m_notice(notice)
    , m_fetcher(options.policy, control, notice)
    , m_storeContext{QString(source.provider), source.serviceId, projectServiceName(source)}
{}

Result<HttpResponse> SyncSession::get(const QUrl &url, const QByteArray &etag)
{
    auto response = m_fetcher.get(url, etag);
    ++m_report.requests;
    if (response && response->notModified)
        ++m_report.notModified;
    return response;
}

Result<QJsonDocument> SyncSession::json(const HttpResponse &response) const
{
    return readJsonBody(response.body, endpointName(response.url));
}

Result<std::optional<CiSyncCursor>> SyncSession::cursor(const QString &endpoint) const
{
    auto rows = store::loadRows<CiSyncCursor>(m_workspace.connection(), u"source_id = ? AND endpoint = ?"_s,
                                              {m_source.id, endpoint}, u"endpoint"_s);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CiSyncCursor>();
    return std::optional<CiSyncCursor>(rows->constFirst());
}

CiSyncCursor SyncSession::makeCursor(const QString &endpoint, std::optional<QString> value,
                                     std::optional<QString> etag) const
{
    return CiSyncCursor{m_source.id, endpoint, std::move(value), std::move(etag), QDateTime::currentMSecsSinceEpoch()};
}

Result<void> SyncSession::store(const Batch &batch, const std::optional<CiSyncCursor> &cursor)
{
    std::optional<StoreCounts> counts;
    auto written = m_workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto stored = storeBatch(db, batch, m_storeContext);
        if (!stored)
            return stored.error();
        counts = std::move(*stored);
        if (cursor) {
            store::TableWriter<CiSyncCursor> cursors(db);
            if (auto saved = cursors.upsert(*cursor); !saved)
                return saved.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    m_report.counts.add(*counts);
    return {};
}

Result<void> SyncSession::saveCursor(const CiSyncCursor &cursor)
{
    return m_workspace.write([&](QSqlDatabase &db) -> Result<void> {
        store::TableWriter<CiSyncCursor> cursors(db);
        if (auto saved = cursors.upsert(cursor); !saved)
            return saved.error();
        return {};
    });
}

Result<bool> SyncSession::walk(const QUrl &first, const QString &what, const PageHandler &handle,
                               const QByteArray &etag, QByteArray *firstEtag)
{
    std::optional<QUrl> url = first;
    for (int number = 1; url; ++number) {
        if (isCanceled())
            return Error{TaskControl::canceledMessage()};
        progress(what, number);
        auto response = get(*url, number == 1 ? etag : QByteArray());
        if (!response)
            return response.error();
        if (response->notModified)
            return false;
        if (number == 1 && firstEtag)
            *firstEtag = response->header("ETag");
        auto document = json(*response);
        if (!document)
            return document.error();
        const std::optional<QUrl> next = nextPage(*response, *url);
        auto decision = handle(Page{std::move(*response), std::move(*document), number});
        if (!decision)
            return decision.error();
        if (*decision == Next::Stop)
            break;
        url = next;
    }
    if (isCanceled())
        return Error{TaskControl::canceledMessage()};
    return true;
}

void SyncSession::progress(const QString &what, int page)
{
    ++m_pages;
    m_control.report(m_pages, 0);
    if (m_notice)
        m_notice(tr("%1: %2, page %3").arg(sourceTitle(m_source), what).arg(page));
}

OptionalTime SyncSession::lowerBound(const std::optional<CiSyncCursor> &cursor) const
{
    OptionalTime bound = m_options.since;
    if (cursor && cursor->cursorValue) {
        if (const OptionalTime stored = parseIsoTime(*cursor->cursorValue); stored && (!bound || *stored > *bound))
            bound = stored;
    }
    return bound;
}

Result<SyncReport> SyncSession::finish()
{
    m_source.lastSyncAt = QDateTime::currentMSecsSinceEpoch();
    auto saved = m_workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto updated = store::runQuery(db, u"ci_sources"_s, u"UPDATE ci_sources SET last_sync_at = ? WHERE id = ?"_s,
                                       {*m_source.lastSyncAt, m_source.id});
        if (!updated)
            return updated.error();
        return {};
    });
    if (!saved)
        return saved.error();
    if (auto ranges = recomputeDeploymentRanges(m_workspace, m_report.counts.changedServices); !ranges)
        return ranges.error();
    return m_report;
}

QString isoTime(Timestamp time)
{
    return QDateTime::fromMSecsSinceEpoch(time, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'"_s);
}

std::optional<QUrl> nextPage(const HttpResponse &response, const QUrl &url)
{
    if (const QByteArray link = response.header("Link"); !link.isEmpty())
        return nextPageLink(link, url);
    const QByteArray next = response.header("X-Next-Page").trimmed();
    if (next.isEmpty())
        return std::nullopt;
    QUrl following = url;
    QUrlQuery query(following);
    query.removeAllQueryItems(u"page"_s);
    query.addQueryItem(u"page"_s, QString::fromLatin1(next));
    following.setQuery(query);
    return following;
}

Result<void> authenticate(HttpFetcher &fetcher, const CiSource &source, const QByteArray &token)
{
    if (token.isEmpty())
        return {};
    if (source.provider == QLatin1String(Provider::GitHub)) {
        fetcher.setHeader("Authorization", "Bearer " + token);
    } else if (source.provider == QLatin1String(Provider::GitLab)) {
        fetcher.setHeader("PRIVATE-TOKEN", token);
    } else {
        // Jenkins API tokens belong to a user: basic authentication with both.
        if (!token.contains(':'))
            return Error{SyncSession::tr("A Jenkins token is written USER:API_TOKEN (the user the API token "
                                         "belongs to, a colon, the token).")};
        fetcher.setHeader("Authorization", "Basic " + token.toBase64());
    }
    return {};
}

} // namespace detail

Result<SyncReport> syncSource(const store::Workspace &workspace, const CiSource &source, const QByteArray &token,
                              const SyncOptions &options, const TaskControl &control, const SyncNotice &notice)
{
    if (source.id == 0)
        return Error{
            QCoreApplication::translate("flowdeck::ci::SyncSession", "Save the connection before syncing it.")};
    detail::SyncSession session(workspace, source, options, control, notice);
    if (auto authenticated = detail::authenticate(session.fetcher(), source, token); !authenticated)
        return authenticated.error();
    Result<void> synced;
    if (source.provider == QLatin1String(Provider::GitHub))
        synced = detail::syncGitHub(session);
    else if (source.provider == QLatin1String(Provider::GitLab))
        synced = detail::syncGitLab(session);
    else
        synced = detail::syncJenkins(session);
    if (!synced)
        return synced.error();
    return session.finish();
}

Result<QString> testConnection(const CiSource &given, const QByteArray &token, const FetchPolicy &policy,
                               const TaskControl &control)
{
    auto source = normalisedSource(given);
    if (!source)
        return source.error();
    HttpFetcher fetcher(policy, control);
    if (auto authenticated = detail::authenticate(fetcher, *source, token); !authenticated)
        return authenticated.error();
    if (source->provider == QLatin1String(Provider::GitHub))
        return detail::testGitHub(fetcher, *source);
    if (source->provider == QLatin1String(Provider::GitLab))
        return detail::testGitLab(fetcher, *source);
    return detail::testJenkins(fetcher, *source);
}

} // namespace flowdeck::ci
