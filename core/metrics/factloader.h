// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/hotfixmatcher.h"
#include "metrics/idmap.h"
#include "metrics/metricsdata.h"
#include "metrics/readconnection.h"
#include "metrics/rowreader.h"
#include "metrics/sharedscans.h"
#include "result.h"
#include "taskcontrol.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <atomic>
#include <barrier>
#include <limits>
#include <memory>
#include <vector>

namespace flowdeck::metrics::detail {

/// Reads the facts of MetricsData (see loadMetricsData()) in forward-only scans that read each table once and
/// join in memory, where SQL joins would look rows up one by one. Several threads read at once, each on a read-only
/// connection of its own: first the deployments on one and the runs and pull requests on another; then the
/// incidents on the first, and the millions of deployment commits, commits and jobs split between all of them, each
/// owning the commits of one range of ids. Where no such connection can be opened (another engine, a database in
/// memory, a connection inside a transaction), one thread reads everything through the caller's connection.
class FactLoader
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::metrics::FactLoader)

public:
    /// With `shared`, a value stream derivation reads at the same time and shares the reading of deployment commits
    /// and jobs (see SharedScans); used only where the workers read through connections of their own.
    FactLoader(const QSqlDatabase &db, const Scope &scope, const Options &options, const TaskControl &control,
               SharedScans *shared = nullptr);
    ~FactLoader();
    FactLoader(const FactLoader &) = delete;
    FactLoader &operator=(const FactLoader &) = delete;

    Result<MetricsData> load();

private:
    static constexpr Timestamp noTime = std::numeric_limits<Timestamp>::max();
    /// The steps progress counts: deployments, deployment commits, commits, jobs (these four read in parallel), the
    /// deployments' own commits, and putting the facts together.
    static constexpr int progressSteps = 6;

    /// Any deployment, of any service and environment: what the other tables' rows are joined with.
    struct DeploymentRow
    {
        Id id = 0;
        Id serviceId = 0;
        Timestamp finishedAt = noTime;
        /// Its DeploymentFact (a production deployment of a scoped service), or -1.
        qint32 fact = -1;
        bool succeeded = false;
        bool production = false;
        bool scoped = false;
        /// Its commits matter: it shipped them successfully, or its hotfix check needs their summaries.
        bool relevant = false;
        /// A row of the table (the others are the holes between ids).
        bool known = false;
    };
    struct RowIndex
    {
        qint32 index = -1;
    };

    /// What the successful deployments of one service did with one commit.
    struct Change
    {
        Id serviceId = 0;
        Timestamp preproductionAt = noTime;
        Timestamp productionAt = noTime;
        Id productionDeploymentId = 0;
    };
    /// A change of a commit beyond its first.
    struct MoreChange
    {
        Change change;
        qint32 next = -1;
    };

    /// What the loading knows of one commit. Its first change is kept here, since nearly every commit is shipped by
    /// one service: the deployment commits then touch one place in memory per row.
    struct CommitState
    {
        Change change;
        /// Its other changes in CommitSlice::more, chained through MoreChange::next; -1 for none.
        qint32 more = -1;
        quint8 flags = 0;
    };
    enum CommitFlag : quint8
    {
        HasChange = 1,
        NeedsSummary = 2,
        SummaryMatches = 4,
        Read = 8,
    };
    struct CommitTimes
    {
        Timestamp authorTime = 0;
        Timestamp committerTime = 0;
    };

    /// An object id that rows name a commit by (a pull request's merge commit, an incident's commit, a deployment's
    /// own commit), and the commits found with it, by repository.
    struct OidUse
    {
        QByteArray oid;
        /// The next use whose id starts with the same 16 digits, or -1.
        qint32 next = -1;
        /// A deployment's hotfix check needs the commit's summary.
        bool needsSummary = false;
        QList<std::pair<Id, Id>> commits;
    };
    /// An entry of the hash table of object ids: their first 16 digits and the first use with them.
    struct OidSlot
    {
        quint64 prefix = 0;
        qint32 use = -1;
    };
    struct OidFind
    {
        qint32 use = 0;
        Id repositoryId = 0;
        Id commitId = 0;
    };

    /// A commit that a relevant deployment lists, on its way to the slice that owns the commit.
    struct Shipment
    {
        Id commitId = 0;
        Id deploymentId = 0;
    };

    /// The commits of one range of ids and their changes; each worker owns one slice.
    struct CommitSlice
    {
        Id first = 0;
        Id last = -1;
        IdMap<CommitState> commits;
        IdMap<CommitTimes> times;
        std::vector<MoreChange> more;
        /// (DeploymentFact, commit) for every commit that a production deployment of a scoped service lists.
        std::vector<std::pair<qint32, Id>> factCommits;
        std::vector<OidFind> oidFinds;
        /// Its changes as facts, in the order of commit ids, then service ids.
        QList<ChangeFact> facts;
    };

    /// What one thread of the parallel reading reads through, and what it found.
    struct Worker
    {
        std::unique_ptr<ReadConnection> connection;
        std::optional<Error> error;
        /// Per slice, the shipments this worker read for it.
        std::vector<std::vector<Shipment>> shipments;
        /// Per RunFact, the sums of the jobs this worker read: waiting and working.
        std::vector<std::pair<qint64, qint64>> runSums;
        std::optional<HotfixMatcher> hotfix;
        /// The object ids this worker found rows naming, for buildOidTable().
        std::vector<OidUse> oids;
    };

    struct PendingIncident
    {
        qsizetype fact = 0;
        Id serviceId = 0;
        QByteArray oid;
    };
    struct PendingPullRequest
    {
        Id id = 0;
        Id repositoryId = 0;
        QByteArray oid;
        OptionalTime firstCommitAt;
        Timestamp createdAt = 0;
        Timestamp mergedAt = 0;
    };

    // On the calling thread, through the caller's connection, or worker 0's (factloader.cpp).
    Result<void> readEnvironments();
    Result<void> readServices();
    Result<void> readDeployments();
    Result<void> readIncidents();
    Result<void> readPullRequests();
    Result<void> readRuns();
    Result<void> readDeploymentOwnCommits();
    void finishDeployments();
    void finishChanges();
    void finishIncidents();
    void finishPullRequests();
    void makeChangeFacts(CommitSlice &slice) const;

    // The parallel reading (factscan.cpp); `w` is the worker's index.
    void openWorkers();
    Result<void> prepareParallel();
    Result<void> readInParallel();
    void work(int w, std::barrier<> *sync);
    /// What the first and the last worker read before anything else: deployments, and runs and pull requests.
    Result<void> readStart(int w);
    /// What the first worker reads once the deployments are known, before its deployment commits.
    Result<void> readFirst(int w);
    Result<void> prepareJobs();
    void buildOidTable();
    Result<void> readDeploymentCommits(int w);
    void shipToSlices(int w);
    Result<void> readCommits(int w);
    Result<void> readJobs(int w);
    /// The jobs of the runs m_runIds (in id order) that worker `w` takes, through the index by run: a stretch of
    /// consecutive ids at a time.
    Result<void> readJobsOfRuns(int w);
    /// Before the first barrier (worker 0): the visitor of the deployment commits the derivation hands over, where
    /// all of them will be scanned.
    void takeVisitor();
    /// Adds the derivation's sums of the jobs of the runs it read (m_sharedJobs).
    Result<void> takeJobSums();
    bool stopWaiting() const { return m_control.isCanceled() || m_failed; }
    void ship(CommitSlice &slice, const DeploymentRow &deployment, Id commitId);
    RowReader reader(int w, const QString &what);
    void mergeParallel();

    bool isScoped(Id serviceId) const { return m_allServices || m_scopedServices.contains(serviceId); }
    const DeploymentRow *deployment(Id id) const
    {
        const DeploymentRow *row = m_deployments.find(id);
        return row && row->known ? row : nullptr;
    }
    std::size_t sliceOf(Id commitId) const;
    /// Calls f(change) for each change of a commit.
    template<typename F>
    static void forEachChange(const CommitSlice &slice, const CommitState &state, F f)
    {
        if (!(state.flags & HasChange))
            return;
        f(state.change);
        for (qint32 i = state.more; i >= 0; i = slice.more[std::size_t(i)].next)
            f(slice.more[std::size_t(i)].change);
    }
    template<typename F>
    void forEachChange(Id commitId, F f) const
    {
        const CommitSlice &slice = m_slices[sliceOf(commitId)];
        if (const CommitState *state = slice.commits.find(commitId))
            forEachChange(slice, *state, f);
    }
    void registerOid(int w, const QByteArray &oid, bool needsSummary)
    {
        m_workers[std::size_t(w)].oids.push_back({oid, -1, needsSummary, {}});
    }
    /// The use of `oid` (after buildOidTable()), or -1.
    qint32 findOid(QByteArrayView oid) const;
    bool stop(qint64 rows) const { return rows % 50000 == 0 && (m_control.isCanceled() || m_failed); }
    /// The part [from, to) of `count` items that worker `w` takes.
    std::pair<qint64, qint64> share(int w, qint64 count) const;

    QSqlDatabase m_db;
    Scope m_scope;
    Options m_options;
    const TaskControl &m_control;
    HotfixMatcher m_hotfix;

    bool m_allServices = true;
    QSet<Id> m_scopedServices;
    QList<Id> m_productionEnvironments;
    QHash<Id, OptionalId> m_serviceRepositories;

    IdMap<DeploymentRow> m_deployments;
    qint64 m_deploymentCount = 0;
    qint64 m_relevantDeployments = 0;
    /// Per DeploymentFact: its own commit's object id (lower case) and its run (0: none).
    std::vector<QByteArray> m_factOids;
    std::vector<Id> m_factRuns;

    std::vector<OidUse> m_oidUses;
    std::vector<OidSlot> m_oidTable;
    /// A bit per value of an object id's first five hex digits, set for the ids in m_oidUses: most commits are
    /// passed over without looking their id up.
    std::vector<quint64> m_oidFilter;

    QList<PendingIncident> m_pendingIncidents;
    QList<PendingPullRequest> m_pendingPullRequests;

    IdMap<RowIndex> m_runIndex;
    qint64 m_allRuns = 0;
    /// Runs whose branch matches the hotfix pattern.
    QSet<Id> m_hotfixRuns;

    // The parallel reading.
    std::vector<Worker> m_workers;
    std::vector<CommitSlice> m_slices;
    Id m_sliceWidth = 1;
    /// Rowid ranges of deployment_commits and jobs, split between the workers when they scan whole tables.
    std::pair<Id, Id> m_shipmentRows{1, 0};
    std::pair<Id, Id> m_jobRows{1, 0};
    bool m_jobsByRun = false;
    std::vector<Id> m_runIds;

    SharedScans *m_shared = nullptr;
    /// What every row of deployment_commits is shown to, where the derivation counts along.
    DeploymentCommitVisitor *m_visitor = nullptr;
    /// The runs whose jobs the derivation sums up for the metrics (SharedScans::jobRuns), where it does.
    const std::vector<Id> *m_sharedRuns = nullptr;
    std::atomic_bool m_failed = false;

    MetricsData m_data;
};

} // namespace flowdeck::metrics::detail
