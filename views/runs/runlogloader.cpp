// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runlogloader.h"

#include "common/background.h"
#include "store/workspace.h"

namespace flowdeck::views {

namespace {

struct Loaded
{
    std::optional<runs::RunLogFacts> facts;
    runs::RunPage page;
    qint64 total = 0;
};

} // namespace

RunLogLoader::RunLogLoader(QObject *parent)
    : QObject(parent)
{}

RunLogLoader::~RunLogLoader() = default;

void RunLogLoader::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_runsRequests.invalidate();
    m_moreRequests.invalidate();
    m_jobsRequests.invalidate();
    m_runsInFlight = false;
    m_factsInFlight = false;
    m_jobsInFlight = false;
}

void RunLogLoader::load(const runs::RunFilter &filter, bool withFacts)
{
    m_filter = filter;
    m_moreRequests.invalidate();
    // A load that replaces one still reading the facts reads them too.
    m_factsInFlight = withFacts || (m_runsInFlight && m_factsInFlight);
    m_runsInFlight = true;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const bool facts = m_factsInFlight;
    runLatest(
        this, m_runsRequests,
        [workspace, filter, facts]() -> Result<Loaded> {
            if (!workspace)
                return Loaded{};
            const QSqlDatabase db = workspace->connection();
            Loaded loaded;
            if (facts) {
                auto read = runs::loadRunLogFacts(db);
                if (!read)
                    return read.error();
                loaded.facts = std::move(*read);
            }
            auto page = runs::loadRuns(db, filter, pageSize);
            if (!page)
                return page.error();
            loaded.page = std::move(*page);
            // The first page holds every match when it says nothing follows: no need to count them.
            if (!loaded.page.next) {
                loaded.total = loaded.page.rows.size();
            } else {
                auto total = runs::countRuns(db, filter);
                if (!total)
                    return total.error();
                loaded.total = *total;
            }
            return loaded;
        },
        [this](const Result<Loaded> &loaded) {
            m_runsInFlight = false;
            m_factsInFlight = false;
            // A page asked for meanwhile follows rows that are gone now.
            m_moreRequests.invalidate();
            if (!loaded) {
                Q_EMIT runsFailed(loaded.errorMessage());
                return;
            }
            if (loaded->facts)
                Q_EMIT factsLoaded(*loaded->facts);
            Q_EMIT runsLoaded(loaded->page, loaded->total);
        });
}

void RunLogLoader::loadMore(const runs::RunCursor &after)
{
    // The rows this page would follow are about to be replaced by those of the load in flight.
    if (m_runsInFlight)
        return;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const runs::RunFilter filter = m_filter;
    runLatest(
        this, m_moreRequests,
        [workspace, filter, after]() -> Result<runs::RunPage> {
            if (!workspace)
                return runs::RunPage{};
            return runs::loadRuns(workspace->connection(), filter, pageSize, after);
        },
        [this](const Result<runs::RunPage> &page) {
            if (page)
                Q_EMIT moreLoaded(*page);
            else
                Q_EMIT moreFailed(page.errorMessage());
        });
}

void RunLogLoader::loadJobs(Id runId)
{
    m_jobsInFlight = true;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_jobsRequests,
        [workspace, runId]() -> Result<QList<runs::JobRow>> {
            if (!workspace)
                return QList<runs::JobRow>{};
            return runs::loadRunJobs(workspace->connection(), runId);
        },
        [this, runId](const Result<QList<runs::JobRow>> &jobs) {
            m_jobsInFlight = false;
            if (jobs)
                Q_EMIT jobsLoaded(runId, *jobs);
            else
                Q_EMIT jobsFailed(runId, jobs.errorMessage());
        });
}

} // namespace flowdeck::views
