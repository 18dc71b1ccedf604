// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "runs/runlog.h"

#include <QObject>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// Runs the Runs page's queries on worker threads, each on that thread's own connection to the workspace, and
/// reports their results on the GUI thread. Only the latest request of each kind is reported: a late result of an
/// outdated one (an older filter, another workspace) is dropped.
class RunLogLoader : public QObject
{
    Q_OBJECT

public:
    /// How many runs each page holds.
    static constexpr int pageSize = 200;

    explicit RunLogLoader(QObject *parent = nullptr);
    ~RunLogLoader() override;

    /// Drops every request in flight; later requests read `workspace`.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);

    /// Reads the first page of the runs matching `filter` and how many match; with `withFacts`, the run count,
    /// pipelines, services and statuses first. Pages asked for by an earlier load are dropped.
    void load(const runs::RunFilter &filter, bool withFacts = false);
    /// Reads the page that starts after `after`, of the latest load's filter. Ignored while a load is in flight:
    /// the rows it would follow are about to be replaced.
    void loadMore(const runs::RunCursor &after);
    void loadJobs(Id runId);

    bool isLoadingRuns() const { return m_runsInFlight; }
    bool isLoadingJobs() const { return m_jobsInFlight; }

Q_SIGNALS:
    void factsLoaded(const runs::RunLogFacts &facts);
    /// The first page of the latest load, and how many runs match its filter in all.
    void runsLoaded(const runs::RunPage &page, qint64 total);
    void runsFailed(const QString &message);
    void moreLoaded(const runs::RunPage &page);
    void moreFailed(const QString &message);
    void jobsLoaded(Id runId, const QList<runs::JobRow> &jobs);
    void jobsFailed(Id runId, const QString &message);

private:
    std::shared_ptr<const store::Workspace> m_workspace;
    runs::RunFilter m_filter;
    Generation m_runsRequests;
    Generation m_moreRequests;
    Generation m_jobsRequests;
    bool m_runsInFlight = false;
    bool m_factsInFlight = false;
    bool m_jobsInFlight = false;
};

} // namespace flowdeck::views
