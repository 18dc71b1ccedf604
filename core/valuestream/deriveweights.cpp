// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "valuestream/derivegraph.h"

#include <algorithm>
#include <unordered_map>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

Result<StageLinks> readStageLinks(const Reads &reads, const QList<StageRow> &stages)
{
    StageLinks links;
    links.needs.resize(std::size_t(stages.size()));
    links.weighingEnvironment.resize(std::size_t(stages.size()));
    auto reader = reads.reader(Derivation::tr("Reading the stage graphs of the value stream"));
    if (auto ran = run(
            reader, reads.inSqliteOrder(u"SELECT pipeline_id, from_stage_id, to_stage_id FROM stage_edges"_s, u"id"));
        !ran)
        return ran.error();
    QHash<Id, int> entry;
    for (qsizetype i = 0; i < stages.size(); ++i)
        entry.insert(stages[i].id, int(i));
    QHash<Id, std::vector<std::pair<int, int>>> edgesOf;
    while (reader.next()) {
        const int from = entry.value(reader.integer(1), -1);
        const int to = entry.value(reader.integer(2), -1);
        if (from < 0 || to < 0 || stages[from].pipelineId != stages[to].pipelineId)
            continue;
        links.needs[std::size_t(to)].push_back(from);
        edgesOf[stages[from].pipelineId].emplace_back(from, to);
    }
    if (auto read = reader.status(); !read)
        return read.error();

    // Per pipeline: its stages in the stage graph's order (ties, and a graph with a cycle, by position), walked
    // backwards to carry the environment of the next stage that deploys to one.
    QHash<Id, std::vector<int>> stagesOf;
    for (qsizetype i = 0; i < stages.size(); ++i)
        stagesOf[stages[i].pipelineId].push_back(int(i));
    for (auto it = stagesOf.cbegin(); it != stagesOf.cend(); ++it) {
        const std::vector<int> &own = it.value();
        const int count = int(own.size());
        QHash<int, int> local;
        std::vector<int> rank(std::size_t(own.size()));
        for (int node = 0; node < count; ++node) {
            local.insert(own[std::size_t(node)], node);
            rank[std::size_t(node)] = node;
        }
        NodeEdges edges;
        for (const auto &[from, to] : edgesOf.value(it.key()))
            edges.emplace_back(local.value(from), local.value(to));
        const std::vector<int> order = topologicalOrder(count, edges, rank).value_or(rank);
        OptionalId next;
        for (auto node = order.crbegin(); node != order.crend(); ++node) {
            const int stage = own[std::size_t(*node)];
            if (stages[stage].environmentId)
                next = stages[stage].environmentId;
            links.weighingEnvironment[std::size_t(stage)] = next;
        }
    }
    return links;
}

Result<ScopeRuns> readRuns(const Reads &reads, const ReadScope &scope)
{
    auto reader = reads.reader(Derivation::tr("Counting the pipeline runs of the value stream"));
    // The runs created in the period (started in it, where their creation is unknown) are picked here from plain
    // values: a condition on the times would have SQLite find them through the index by creation, with a lookup in
    // the table for each, which costs more than reading every run (even for a quarter of a year's runs).
    QVariantList values;
    QString sql = u"SELECT r.id, r.pipeline_id, r.created_at, r.started_at FROM pipeline_runs r"_s;
    if (const QString service = runService(scope, values); !service.isEmpty())
        sql += u" WHERE "_s + service;
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    ScopeRuns runs;
    while (reader.next()) {
        ++runs.read;
        const int timeColumn = reader.isNull(2) ? 3 : 2;
        if (reader.isNull(timeColumn))
            continue;
        const Timestamp at = reader.integer(timeColumn);
        if (at < scope.from || at >= scope.to)
            continue;
        runs.ids.push_back(reader.integer(0));
        if (!reader.isNull(1))
            ++runs.perPipeline[reader.integer(1)];
    }
    if (auto read = reader.status(); !read)
        return read.error();
    std::sort(runs.ids.begin(), runs.ids.end());
    return runs;
}

namespace {

/// A merge commit of pull requests: its repository, and how many pull requests it merged.
struct MergeCommit
{
    Id repository = 0;
    int pullRequests = 0;
};

/// Whether an id is among some: a bit per id over their range, which stays in the cache where the range is not too
/// wide (else a search through them), so that the many ids that are not among them are turned away cheaply.
class IdSet
{
public:
    /// `ids` in order.
    explicit IdSet(std::vector<Id> ids)
        : m_ids(std::move(ids))
    {
        if (m_ids.empty() || quint64(m_ids.back() - m_ids.front()) >= maxBits)
            return;
        m_first = m_ids.front();
        m_bits.assign(std::size_t(quint64(m_ids.back() - m_first) / 64 + 1), 0);
        for (const Id id : m_ids)
            m_bits[std::size_t(quint64(id - m_first) / 64)] |= quint64(1) << (quint64(id - m_first) % 64);
    }

    bool contains(Id id) const
    {
        if (m_bits.empty())
            return std::binary_search(m_ids.cbegin(), m_ids.cend(), id);
        if (id < m_first)
            return false;
        const quint64 offset = quint64(id - m_first);
        return offset / 64 < m_bits.size() && (m_bits[std::size_t(offset / 64)] & (quint64(1) << (offset % 64)));
    }

private:
    static constexpr quint64 maxBits = quint64(1) << 26;
    std::vector<Id> m_ids;
    Id m_first = 0;
    std::vector<quint64> m_bits;
};

/// How the pull requests the deployments shipped are counted: along the deployments' commits (cheap per row, but
/// every commit of every deployment weighed is read), or along the pull requests' merge commits (a lookup per
/// deployment of one, whatever the period).
enum class ShipmentPlan
{
    ByDeployment,
    ByPullRequest,
};

/// The cheaper plan, from the ids SQLite hands out (its largest id of a table comes through its index at once) as a
/// measure of the tables' sizes; on PostgreSQL, where the deployments' commits have no row id, from its estimate of
/// their rows (counted where it has none yet). The weights are what each costs per row read, as measured: a row of a
/// deployment's commits, a lookup of a merge commit's deployment, and starting the read of a stretch of deployments.
Result<ShipmentPlan> shipmentPlan(const Reads &reads, const ReadScope &scope, std::size_t weighed,
                                  std::size_t stretches)
{
    constexpr double perCommitRow = 0.08;
    constexpr double perLookup = 1.0;
    constexpr double perStretch = 3.0;
    const QString what = Derivation::tr("Reading the changes the deployments of the value stream shipped");
    auto reader = reads.reader(what);
    QVariantList values;
    QString sql =
        reads.onServer()
            ? u"SELECT (SELECT CASE WHEN c.reltuples >= 0 THEN CAST(c.reltuples AS BIGINT) ELSE (SELECT "
              u"count(*) FROM deployment_commits) END FROM pg_class c WHERE c.oid = CAST('deployment_commits' "
              u"AS regclass)), "_s
            : u"SELECT (SELECT max(rowid) FROM deployment_commits), "_s;
    sql += u"(SELECT max(id) FROM deployments), (SELECT max(id) FROM commits), "
           u"(SELECT count(*) FROM pull_requests WHERE merge_commit_oid IS NOT NULL"_s;
    if (scope.repositoryId) {
        sql += u" AND repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    sql += u')';
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    double rows = 0;
    double deployments = 0;
    double commits = 0;
    double pullRequests = 0;
    if (reader.next()) {
        rows = double(reader.integer(0));
        deployments = double(std::max<qint64>(1, reader.integer(1)));
        commits = double(std::max<qint64>(1, reader.integer(2)));
        pullRequests = double(reader.integer(3));
    }
    if (auto read = reader.status(); !read)
        return read.error();
    const double byDeployment = rows * double(weighed) / deployments * perCommitRow + double(stretches) * perStretch;
    const double byPullRequest = rows * pullRequests / commits * perLookup;
    return byDeployment <= byPullRequest ? ShipmentPlan::ByDeployment : ShipmentPlan::ByPullRequest;
}

/// The merge commits of the pull requests (of the scope's repository, where it has one), which the pull requests
/// find through an index (CROSS JOIN fixes the order on SQLite).
struct MergeCommits
{
    std::unordered_map<Id, MergeCommit> byId;
    IdSet ids{std::vector<Id>()};
};

Result<MergeCommits> readMergeCommits(const Reads &reads, const ReadScope &scope)
{
    MergeCommits merges;
    std::vector<Id> ids;
    QVariantList values;
    QString sql = u"SELECT c.id, c.repository_id FROM pull_requests p CROSS JOIN commits c WHERE "
                  u"p.merge_commit_oid IS NOT NULL AND c.repository_id = p.repository_id AND "
                  u"c.oid = p.merge_commit_oid"_s;
    if (scope.repositoryId) {
        sql += u" AND p.repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    auto reader = reads.reader(Derivation::tr("Reading the changes the deployments of the value stream shipped"));
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    while (reader.next()) {
        const Id id = reader.integer(0);
        MergeCommit &commit = merges.byId[id];
        if (commit.pullRequests == 0)
            ids.push_back(id);
        commit.repository = reader.integer(1);
        ++commit.pullRequests;
    }
    if (auto read = reader.status(); !read)
        return read.error();
    std::sort(ids.begin(), ids.end());
    merges.ids = IdSet(std::move(ids));
    return merges;
}

/// Adds the pull requests that the commit `commitId` of `deployment` merged, where they count for it.
void countCommit(const MergeCommits &merges, Weighed &deployment, Id commitId)
{
    if (!merges.ids.contains(commitId))
        return;
    const MergeCommit &commit = merges.byId.at(commitId);
    if (!deployment.repository || *deployment.repository == commit.repository)
        deployment.pullRequests += commit.pullRequests;
}

/// Counts along the deployments' commits: the merge commits of the pull requests, then the commits of the
/// deployments weighed, stretch by stretch, through the index of the deployments' commits by deployment, which holds
/// all that is read.
Result<void> countByDeployment(const Reads &reads, const ReadScope &scope,
                               const std::vector<std::pair<Id, Id>> &stretches, std::vector<Weighed> &weighed)
{
    auto merges = readMergeCommits(reads, scope);
    if (!merges)
        return merges.error();
    if (merges->byId.empty())
        return {};

    auto reader = reads.reader(Derivation::tr("Reading the changes the deployments of the value stream shipped"));
    // The rows come in deployment order, through the primary key's index on SQLite.
    const QByteArray statement =
        reads
            .inSqliteOrder(
                u"SELECT deployment_id, commit_id FROM deployment_commits WHERE deployment_id BETWEEN ? AND ?"_s,
                u"deployment_id, commit_id")
            .toUtf8();
    const char *sql = statement.constData();
    auto next = weighed.begin();
    for (const auto &[first, last] : stretches) {
        if (auto ran = reader.run(sql, {first, last}); !ran)
            return ran.error();
        while (reader.next()) {
            const Id deployment = reader.integer(0);
            while (next != weighed.end() && next->id < deployment)
                ++next;
            if (next == weighed.end() || next->id != deployment)
                continue;
            countCommit(*merges, *next, reader.integer(1));
        }
        if (auto read = reader.status(); !read)
            return read.error();
    }
    return {};
}

/// Keeps the rows of deployment_commits whose commit merged pull requests, as another part reads every row (on
/// several threads, each into a list of its own), for countShipments() to count for the deployments it weighs after:
/// a few per cent of the rows, and it needs nothing but the merge commits to begin.
class ShipmentCounter : public metrics::detail::DeploymentCommitVisitor
{
public:
    explicit ShipmentCounter(MergeCommits merges)
        : m_merges(std::move(merges))
    {}

    void begin(int threads) override { m_rows.assign(std::size_t(std::max(1, threads)), {}); }

    void visit(int thread, Id deploymentId, Id commitId) override
    {
        if (m_merges.ids.contains(commitId))
            m_rows[std::size_t(thread)].emplace_back(deploymentId, commitId);
    }

    /// Adds the pull requests each deployment of `weighed` (in id order) shipped.
    void addTo(std::vector<Weighed> &weighed) const
    {
        std::vector<std::pair<Id, Id>> rows;
        for (const auto &own : m_rows)
            rows.insert(rows.end(), own.cbegin(), own.cend());
        std::sort(rows.begin(), rows.end());
        auto next = weighed.begin();
        for (const auto &[deployment, commit] : rows) {
            while (next != weighed.end() && next->id < deployment)
                ++next;
            if (next == weighed.end())
                break;
            if (next->id == deployment)
                countCommit(m_merges, *next, commit);
        }
    }

private:
    MergeCommits m_merges;
    /// Per thread: (deployment, commit).
    std::vector<std::vector<std::pair<Id, Id>>> m_rows;
};

/// Counts along the pull requests: each one's merge commit and the deployments that shipped it, found through
/// indexes (CROSS JOIN fixes the order on SQLite); one row per pull request and deployment. `weighed` in id order.
Result<void> countByPullRequest(const Reads &reads, const ReadScope &scope, std::vector<Weighed> &weighed)
{
    auto reader = reads.reader(Derivation::tr("Reading the changes the deployments of the value stream shipped"));
    QVariantList values;
    QString sql = u"SELECT dc.deployment_id, c.repository_id FROM pull_requests p CROSS JOIN commits c "
                  u"CROSS JOIN deployment_commits dc WHERE p.merge_commit_oid IS NOT NULL AND "
                  u"c.repository_id = p.repository_id AND c.oid = p.merge_commit_oid AND dc.commit_id = c.id"_s;
    if (scope.repositoryId) {
        sql += u" AND p.repository_id = ?"_s;
        values.append(*scope.repositoryId);
    }
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    while (reader.next()) {
        const Id deployment = reader.integer(0);
        const auto it = std::lower_bound(weighed.begin(), weighed.end(), deployment,
                                         [](const Weighed &entry, Id id) { return entry.id < id; });
        if (it == weighed.end() || it->id != deployment)
            continue;
        if (!it->repository || *it->repository == reader.integer(1))
            ++it->pullRequests;
    }
    return reader.status();
}

} // namespace

Result<WeighedDeployments> readWeighed(const Reads &reads, const ReadScope &scope, const std::vector<Id> &runs)
{
    WeighedDeployments weighed;
    const QString what = Derivation::tr("Reading the changes the deployments of the value stream shipped");
    // Plain reads joined here. First the repositories of the services, then the deployments that need their weight,
    // in id order, with the stretches of ids that hold nothing else (of those read): the merge commits count where
    // they are of the deployment's service's repository, or of any when the service has none.
    QHash<Id, OptionalId> repositoryOf;
    {
        auto reader = reads.reader(what);
        if (auto ran = run(reader, u"SELECT id, repository_id FROM services"_s); !ran)
            return ran.error();
        while (reader.next())
            repositoryOf.insert(reader.integer(0), reader.optionalInteger(1));
        if (auto read = reader.status(); !read)
            return read.error();
    }
    const IdSet inScope(runs);
    QVariantList values;
    QString sql = u"SELECT id, run_id, environment_id, service_id, started_at FROM deployments"_s;
    if (scope.serviceId) {
        sql += u" WHERE service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    sql += u" ORDER BY id"_s;
    auto reader = reads.reader(what);
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    bool open = false;
    while (reader.next()) {
        const OptionalId run = reader.optionalInteger(1);
        const OptionalTime started = reader.optionalInteger(4);
        const bool needed =
            (run && inScope.contains(*run)) || (started && *started >= scope.from && *started < scope.to);
        if (!needed) {
            open = false;
            continue;
        }
        const Id id = reader.integer(0);
        weighed.deployments.push_back(Weighed{id, run, reader.integer(2), repositoryOf.value(reader.integer(3)), 0});
        if (open)
            weighed.stretches.back().second = id;
        else
            weighed.stretches.emplace_back(id, id);
        open = true;
    }
    if (auto read = reader.status(); !read)
        return read.error();
    return weighed;
}

Result<std::shared_ptr<metrics::detail::DeploymentCommitVisitor>> shipmentCounter(const Reads &reads,
                                                                                  const ReadScope &scope)
{
    // Counting along a scan that is read anyway costs less than either plan of countShipments(), and the jobs are
    // read before the counts are needed, so that there is rarely anything to wait for.
    auto merges = readMergeCommits(reads, scope);
    if (!merges)
        return merges.error();
    if (merges->byId.empty())
        return std::shared_ptr<metrics::detail::DeploymentCommitVisitor>();
    return std::shared_ptr<metrics::detail::DeploymentCommitVisitor>(
        std::make_shared<ShipmentCounter>(std::move(*merges)));
}

Result<Shipments> countShipments(const Reads &reads, const ReadScope &scope, WeighedDeployments weighed,
                                 const metrics::detail::DeploymentCommitVisitor *counted)
{
    Shipments shipments;
    std::vector<Weighed> &deployments = weighed.deployments;
    if (deployments.empty())
        return shipments;
    if (counted) {
        static_cast<const ShipmentCounter *>(counted)->addTo(deployments);
    } else {
        auto plan = shipmentPlan(reads, scope, deployments.size(), weighed.stretches.size());
        if (!plan)
            return plan.error();
        if (*plan == ShipmentPlan::ByDeployment) {
            if (auto counting = countByDeployment(reads, scope, weighed.stretches, deployments); !counting)
                return counting.error();
        } else if (auto counting = countByPullRequest(reads, scope, deployments); !counting) {
            return counting.error();
        }
    }

    shipments.byDeployment.reserve(
        qsizetype(std::count_if(deployments.cbegin(), deployments.cend(),
                                [](const Weighed &deployment) { return deployment.pullRequests > 0; })));
    for (const Weighed &deployment : deployments) {
        if (deployment.pullRequests == 0)
            continue;
        shipments.byDeployment.insert(deployment.id, deployment.pullRequests);
        if (deployment.run)
            shipments.byRun.push_back(
                ShippedChanges{deployment.id, *deployment.run, deployment.environment, deployment.pullRequests});
    }
    std::sort(shipments.byRun.begin(), shipments.byRun.end(),
              [](const ShippedChanges &a, const ShippedChanges &b) { return a.run < b.run; });
    return shipments;
}

} // namespace flowdeck::valuestream::detail
