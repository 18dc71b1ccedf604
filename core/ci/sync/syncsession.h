// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/cistore.h"
#include "ci/httpfetch.h"
#include "ci/sync/cisync.h"
#include "domain/delivery.h"

#include <QJsonDocument>
#include <QUrl>

namespace flowdeck::ci::detail {

/// What every provider's sync shares: the fetcher with the source's headers, the cursors, storing pages each in a
/// transaction of its own, and the report.
class SyncSession
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::SyncSession)

public:
    SyncSession(const store::Workspace &workspace, const CiSource &source, const SyncOptions &options,
                const TaskControl &control, const SyncNotice &notice);

    HttpFetcher &fetcher() { return m_fetcher; }
    const CiSource &source() const { return m_source; }
    const SyncOptions &options() const { return m_options; }
    const store::Workspace &workspace() const { return m_workspace; }
    bool isCanceled() const { return m_control.isCanceled(); }

    /// GET, counted in the report; a 304 is counted as not modified.
    Result<HttpResponse> get(const QUrl &url, const QByteArray &etag = {});
    /// The response's body as JSON, or an error naming the endpoint.
    Result<QJsonDocument> json(const HttpResponse &response) const;

    /// The cursor stored for `endpoint`, if any.
    Result<std::optional<CiSyncCursor>> cursor(const QString &endpoint) const;
    /// Stores the batch, and with it (in the same transaction) the endpoint's cursor when one is given: a page and
    /// the position after it are kept together, or neither.
    Result<void> store(const Batch &batch, const std::optional<CiSyncCursor> &cursor = std::nullopt);
    Result<void> saveCursor(const CiSyncCursor &cursor);
    CiSyncCursor makeCursor(const QString &endpoint, std::optional<QString> value, std::optional<QString> etag) const;

    /// "Workflow runs, page 3" for the progress display; also counts the page.
    void progress(const QString &what, int page);

    /// The lower bound of what to fetch for an endpoint: the later of its cursor and --since.
    OptionalTime lowerBound(const std::optional<CiSyncCursor> &cursor) const;

    /// One page of a listing, as read.
    struct Page
    {
        HttpResponse response;
        QJsonDocument document;
        int number = 1;
    };
    /// What a page handler says: go on to the next page, or stop here (what follows is known already).
    enum class Next
    {
        Continue,
        Stop
    };
    using PageHandler = std::function<Result<Next>(const Page &page)>;
    /// Reads the pages of a listing from `first`, following the next links, until the last page, a handler's Stop
    /// or a cancel. The first page is asked for with `etag`; if it is unchanged (304) no handler runs and the
    /// result is false. `what` names the listing in the progress ("workflow runs"). The first page's ETag is left
    /// in `firstEtag` when given.
    Result<bool> walk(const QUrl &first, const QString &what, const PageHandler &handle, const QByteArray &etag = {},
                      QByteArray *firstEtag = nullptr);

    /// Marks the source synced now, recomputes deployment ranges; returns the report.
    Result<SyncReport> finish();

private:
    const store::Workspace &m_workspace;
    CiSource m_source;
    SyncOptions m_options;
    const TaskControl &m_control;
    SyncNotice m_notice;
    HttpFetcher m_fetcher;
    StoreContext m_storeContext;
    SyncReport m_report;
    int m_pages = 0;
};

/// An ISO 8601 UTC time with seconds (2026-11-22T14:03:00Z), as the APIs take it in queries.
QString isoTime(Timestamp time);
/// The URL of the next page: the Link header's rel="next", else GitLab's x-next-page applied to `url`.
std::optional<QUrl> nextPage(const HttpResponse &response, const QUrl &url);

Result<void> syncGitHub(SyncSession &session);
Result<void> syncGitLab(SyncSession &session);
Result<void> syncJenkins(SyncSession &session);
Result<QString> testGitHub(HttpFetcher &fetcher, const CiSource &source);
Result<QString> testGitLab(HttpFetcher &fetcher, const CiSource &source);
Result<QString> testJenkins(HttpFetcher &fetcher, const CiSource &source);
/// Sets the provider's authentication header for `token`; an Error when the token cannot be used as given.
Result<void> authenticate(HttpFetcher &fetcher, const CiSource &source, const QByteArray &token);

} // namespace flowdeck::ci::detail
