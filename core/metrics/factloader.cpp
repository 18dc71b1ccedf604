// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/factloader.h"

#include "domain/delivery.h"
#include "store/rows.h"

#include <algorithm>
#include <cstring>

namespace flowdeck::metrics::detail {

using namespace Qt::StringLiterals;

namespace {

constexpr std::size_t oidFilterBits = std::size_t(1) << 20;

/// An object id's first 16 characters (of what there is) as one number, for hashing: object ids are hex digits
/// that look random, and the loading compares them whole after.
quint64 oidPrefix(QByteArrayView oid)
{
    quint64 words[2] = {0, 0};
    // A copy of a fixed size is two loads; one of a size known only at run time is a call, once per commit read.
    if (oid.size() >= 16)
        std::memcpy(words, oid.data(), 16);
    else
        std::memcpy(words, oid.data(), std::size_t(oid.size()));
    return words[0] ^ (words[1] * 0xC2B2AE3D27D4EB4Full);
}

quint64 oidHash(quint64 prefix)
{
    return prefix * 0x9E3779B97F4A7C15ull;
}

std::size_t oidFilterBit(quint64 hash)
{
    return std::size_t(hash >> 44);
}

/// Keeps the reads through the caller's connection in one snapshot of the workspace, where the connection is not
/// inside a transaction already.
class ReadTransaction
{
public:
    explicit ReadTransaction(const QSqlDatabase &db)
        : m_sqlite(store::sqlite::handle(db))
    {
        if (m_sqlite && sqlite3_get_autocommit(m_sqlite))
            m_began = sqlite3_exec(m_sqlite, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadTransaction()
    {
        if (m_began)
            sqlite3_exec(m_sqlite, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    sqlite3 *m_sqlite = nullptr;
    bool m_began = false;
};

} // namespace

FactLoader::FactLoader(const QSqlDatabase &db, const Scope &scope, const Options &options, const TaskControl &control,
                       SharedScans *shared)
    : m_db(db)
    , m_scope(scope)
    , m_options(options)
    , m_control(control)
    , m_allServices(scope.serviceIds.isEmpty())
    , m_scopedServices(scope.serviceIds.cbegin(), scope.serviceIds.cend())
    , m_oidFilter(oidFilterBits / 64)
    , m_shared(shared)
{}

FactLoader::~FactLoader() = default;

Result<MetricsData> FactLoader::load()
{
    auto hotfix = HotfixMatcher::make(m_options.hotfixPattern);
    if (!hotfix)
        return hotfix.error();
    m_hotfix = std::move(*hotfix);

    openWorkers();
    // Without connections of their own, everything is read through the caller's connection, in one snapshot.
    std::optional<ReadTransaction> snapshot;
    if (!m_workers.front().connection)
        snapshot.emplace(m_db);
    using Step = Result<void> (FactLoader::*)();
    static constexpr Step reads[] = {
        &FactLoader::readEnvironments,
        &FactLoader::readServices,
        &FactLoader::readInParallel,
        &FactLoader::readDeploymentOwnCommits,
    };
    for (const Step read : reads) {
        if (m_control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        if (auto stepped = (this->*read)(); !stepped)
            return stepped.error();
    }
    m_control.report(progressSteps - 1, progressSteps);
    finishChanges();
    finishIncidents();
    finishPullRequests();
    finishDeployments();
    m_control.report(progressSteps, progressSteps);
    return std::move(m_data);
}

Result<void> FactLoader::readEnvironments()
{
    RowReader rows = reader(0, u"environments"_s);
    if (auto ran = rows.run("SELECT id FROM environments WHERE tier = ?", {QString::fromLatin1(Tier::Production)});
        !ran)
        return ran;
    while (rows.next())
        m_productionEnvironments.append(rows.integer(0));
    return rows.status();
}

Result<void> FactLoader::readServices()
{
    RowReader rows = reader(0, u"services"_s);
    if (auto ran = rows.run("SELECT id, repository_id FROM services"); !ran)
        return ran;
    while (rows.next())
        m_serviceRepositories.insert(rows.integer(0), rows.optionalInteger(1));
    return rows.status();
}

Result<void> FactLoader::readDeployments()
{
    RowReader rows = reader(0, u"deployments"_s);
    if (auto ran = rows.run("SELECT (SELECT min(id) FROM deployments), (SELECT max(id) FROM deployments)"); !ran)
        return ran;
    if (rows.next() && !rows.isNull(0))
        m_deployments.reset(rows.integer(0), rows.integer(1));
    else
        m_deployments.reset(1, 0);
    if (auto read = rows.status(); !read)
        return read;

    if (auto ran = rows.run("SELECT id, service_id, environment_id, status, started_at, finished_at, version, "
                            "commit_oid, run_id FROM deployments");
        !ran)
        return ran;
    const QByteArrayView succeeded(Status::Succeeded);
    while (rows.next()) {
        if (stop(++m_deploymentCount))
            return Error{TaskControl::canceledMessage()};
        DeploymentRow *row = m_deployments.get(rows.integer(0));
        if (!row)
            continue; // written after the range was read
        row->known = true;
        row->id = rows.integer(0);
        row->serviceId = rows.integer(1);
        row->production = m_productionEnvironments.contains(rows.integer(2));
        row->succeeded = rows.utf8(3) == succeeded;
        if (!rows.isNull(5))
            row->finishedAt = rows.integer(5);
        row->scoped = isScoped(row->serviceId);
        row->relevant =
            row->scoped && ((row->succeeded && row->finishedAt != noTime) || (row->production && m_hotfix.isActive()));
        m_relevantDeployments += row->relevant ? 1 : 0;
        if (row->production && row->scoped) {
            row->fact = qint32(m_data.deployments.size());
            DeploymentFact fact;
            fact.id = row->id;
            fact.serviceId = row->serviceId;
            fact.version = rows.text(6);
            fact.succeeded = row->succeeded;
            fact.startedAt = rows.optionalInteger(4);
            fact.finishedAt = rows.optionalInteger(5);
            m_data.deployments.append(fact);
            QByteArray oid = rows.isNull(7) ? QByteArray() : rows.utf8(7).toByteArray().trimmed().toLower();
            if (m_hotfix.isActive() && !oid.isEmpty())
                registerOid(0, oid, true);
            m_factOids.push_back(std::move(oid));
            m_factRuns.push_back(rows.isNull(8) ? 0 : rows.integer(8));
        }
    }
    return rows.status();
}

Result<void> FactLoader::readIncidents()
{
    RowReader rows = reader(0, u"incidents"_s);
    if (auto ran = rows.run("SELECT id, service_id, deployment_id, commit_oid, started_at, resolved_at FROM incidents "
                            "ORDER BY id");
        !ran)
        return ran;
    qint64 count = 0;
    while (rows.next()) {
        if (stop(++count))
            return Error{TaskControl::canceledMessage()};
        const OptionalId service = rows.optionalInteger(1);
        const DeploymentRow *linked = rows.isNull(2) ? nullptr : deployment(rows.integer(2));
        if (!m_allServices && !(service && isScoped(*service)) && !(linked && linked->scoped))
            continue;
        IncidentFact fact;
        fact.id = rows.integer(0);
        fact.serviceId = service ? service : linked ? OptionalId(linked->serviceId) : std::nullopt;
        fact.startedAt = rows.integer(4);
        fact.resolvedAt = rows.optionalInteger(5);
        if (linked && linked->production) {
            fact.deploymentId = linked->id;
        } else if (!rows.isNull(3) && fact.serviceId) {
            QByteArray oid = rows.utf8(3).toByteArray().trimmed().toLower();
            if (!oid.isEmpty()) {
                registerOid(0, oid, false);
                m_pendingIncidents.append({m_data.incidents.size(), *fact.serviceId, std::move(oid)});
            }
        }
        m_data.incidents.append(fact);
    }
    return rows.status();
}

Result<void> FactLoader::readPullRequests()
{
    const int w = int(m_workers.size()) - 1;
    RowReader rows = reader(w, u"pull_requests"_s);
    if (auto ran = rows.run("SELECT id, repository_id, created_at, merged_at, merge_commit_oid, first_commit_at "
                            "FROM pull_requests WHERE merged_at IS NOT NULL AND merge_commit_oid IS NOT NULL "
                            "ORDER BY id");
        !ran)
        return ran;
    qint64 count = 0;
    while (rows.next()) {
        if (stop(++count))
            return Error{TaskControl::canceledMessage()};
        PendingPullRequest request;
        request.oid = rows.utf8(4).toByteArray().trimmed().toLower();
        if (request.oid.isEmpty())
            continue;
        request.id = rows.integer(0);
        request.repositoryId = rows.integer(1);
        request.createdAt = rows.integer(2);
        request.mergedAt = rows.integer(3);
        request.firstCommitAt = rows.optionalInteger(5);
        registerOid(w, request.oid, false);
        m_pendingPullRequests.append(std::move(request));
    }
    return rows.status();
}

Result<void> FactLoader::readRuns()
{
    const Timestamp from = m_scope.previous().from;
    const int w = int(m_workers.size()) - 1;
    HotfixMatcher &hotfix = *m_workers[std::size_t(w)].hotfix;
    RowReader rows = reader(w, u"pipeline_runs"_s);
    if (auto ran = rows.run("SELECT id, service_id, finished_at, branch FROM pipeline_runs ORDER BY id"); !ran)
        return ran;
    while (rows.next()) {
        if (stop(++m_allRuns))
            return Error{TaskControl::canceledMessage()};
        const Id id = rows.integer(0);
        // Every run's branch: which runs deployed to production is not known yet.
        if (!rows.isNull(3) && hotfix.matches(rows.utf8(3)))
            m_hotfixRuns.insert(id);
        if (rows.isNull(2))
            continue;
        const Timestamp finishedAt = rows.integer(2);
        const OptionalId service = rows.optionalInteger(1);
        if (finishedAt < from || finishedAt >= m_scope.to || !(m_allServices || (service && isScoped(*service))))
            continue;
        RunFact run;
        run.id = id;
        run.serviceId = service;
        run.finishedAt = finishedAt;
        m_data.runs.append(run);
    }
    if (auto read = rows.status(); !read)
        return read;
    const auto &runs = m_data.runs;
    m_runIndex.reset(runs.isEmpty() ? 1 : runs.constFirst().id, runs.isEmpty() ? 0 : runs.constLast().id);
    for (qsizetype i = 0; i < runs.size(); ++i)
        m_runIndex.get(runs[i].id)->index = qint32(i);
    return {};
}

Result<void> FactLoader::readDeploymentOwnCommits()
{
    if (!m_hotfix.isActive())
        return {};
    // Found by the workers where they were among the commits read, else looked up by repository and id.
    QHash<QByteArray, bool> looked;
    RowReader lookup = reader(0, u"commits"_s);
    std::optional<QList<Id>> repositories;
    for (qsizetype fact = 0; fact < m_data.deployments.size(); ++fact) {
        DeploymentFact &deployment = m_data.deployments[fact];
        const QByteArray &oid = m_factOids[std::size_t(fact)];
        if (deployment.hotfix || oid.isEmpty())
            continue;
        const OptionalId repository = m_serviceRepositories.value(deployment.serviceId);
        const OidUse &use = m_oidUses[std::size_t(findOid(oid))];
        if (!use.commits.isEmpty()) {
            // The service's repository's commit, else the first other.
            std::pair<Id, Id> chosen = use.commits.constFirst();
            for (const auto &commit : use.commits) {
                if (repository && commit.first == *repository) {
                    chosen = commit;
                    break;
                }
                if (commit.second < chosen.second)
                    chosen = commit;
            }
            const CommitState *state = m_slices[sliceOf(chosen.second)].commits.find(chosen.second);
            deployment.hotfix = state && (state->flags & SummaryMatches);
            continue;
        }
        if (const auto known = looked.constFind(oid); known != looked.cend()) {
            deployment.hotfix = *known;
            continue;
        }
        if (m_control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        if (!repositories) {
            RowReader rows = reader(0, u"repositories"_s);
            if (auto ran = rows.run("SELECT id FROM repositories ORDER BY id"); !ran)
                return ran;
            repositories.emplace();
            while (rows.next())
                repositories->append(rows.integer(0));
            if (auto read = rows.status(); !read)
                return read;
        }
        QList<Id> order = *repositories;
        if (repository && order.removeOne(*repository))
            order.prepend(*repository);
        bool matched = false;
        for (const Id candidate : std::as_const(order)) {
            if (auto ran = lookup.run("SELECT summary, is_merge FROM commits WHERE repository_id = ? AND oid = ?",
                                      {candidate, QString::fromLatin1(oid)});
                !ran)
                return ran;
            const bool found = lookup.next();
            if (found)
                matched = lookup.integer(1) == 0 && m_hotfix.matches(lookup.utf8(0));
            if (auto read = lookup.status(); !read)
                return read;
            if (found)
                break;
        }
        looked.insert(oid, matched);
        deployment.hotfix = matched;
    }
    return {};
}

void FactLoader::buildOidTable()
{
    for (Worker &worker : m_workers) {
        m_oidUses.insert(m_oidUses.end(), std::make_move_iterator(worker.oids.begin()),
                         std::make_move_iterator(worker.oids.end()));
        worker.oids = {};
    }
    // Open addressing with linear probing, at most half full; uses of one id merge into the first.
    std::size_t size = 16;
    while (size < 2 * m_oidUses.size())
        size *= 2;
    m_oidTable.assign(size, OidSlot());
    for (std::size_t u = 0; u < m_oidUses.size(); ++u) {
        OidUse &use = m_oidUses[u];
        const quint64 prefix = oidPrefix(use.oid);
        const quint64 hash = oidHash(prefix);
        std::size_t slot = (hash >> 20) & (size - 1);
        while (m_oidTable[slot].use >= 0 && m_oidTable[slot].prefix != prefix)
            slot = (slot + 1) & (size - 1);
        if (m_oidTable[slot].use < 0) {
            m_oidTable[slot] = {prefix, qint32(u)};
        } else {
            qint32 *link = nullptr;
            bool merged = false;
            for (qint32 i = m_oidTable[slot].use; i >= 0 && !merged; i = m_oidUses[std::size_t(i)].next) {
                OidUse &same = m_oidUses[std::size_t(i)];
                if (same.oid == use.oid) {
                    same.needsSummary = same.needsSummary || use.needsSummary;
                    merged = true;
                }
                link = &same.next;
            }
            if (!merged)
                *link = qint32(u);
        }
        const std::size_t bit = oidFilterBit(hash);
        m_oidFilter[bit / 64] |= quint64(1) << (bit % 64);
    }
}

qint32 FactLoader::findOid(QByteArrayView oid) const
{
    const quint64 prefix = oidPrefix(oid);
    const quint64 hash = oidHash(prefix);
    const std::size_t bit = oidFilterBit(hash);
    if (!(m_oidFilter[bit / 64] & quint64(1) << (bit % 64)))
        return -1;
    const std::size_t mask = m_oidTable.size() - 1;
    for (std::size_t slot = (hash >> 20) & mask; m_oidTable[slot].use >= 0; slot = (slot + 1) & mask) {
        if (m_oidTable[slot].prefix != prefix)
            continue;
        for (qint32 i = m_oidTable[slot].use; i >= 0; i = m_oidUses[std::size_t(i)].next) {
            if (m_oidUses[std::size_t(i)].oid == oid)
                return i;
        }
        return -1;
    }
    return -1;
}

void FactLoader::finishDeployments()
{
    std::sort(m_data.deployments.begin(), m_data.deployments.end(),
              [](const DeploymentFact &a, const DeploymentFact &b) {
                  const Timestamp aAt = a.finishedAt.value_or(noTime);
                  const Timestamp bAt = b.finishedAt.value_or(noTime);
                  return aAt != bAt ? aAt < bAt : a.id < b.id;
              });
}

void FactLoader::makeChangeFacts(CommitSlice &slice) const
{
    std::vector<std::pair<Id, const CommitState *>> commits;
    slice.commits.forEach([&](Id id, const CommitState &state) {
        if ((state.flags & HasChange) && (state.flags & Read))
            commits.emplace_back(id, &state);
    });
    if (!slice.commits.isOrdered())
        std::sort(commits.begin(), commits.end());
    slice.facts.reserve(qsizetype(commits.size() + slice.more.size()));
    QVarLengthArray<const Change *, 8> ofCommit;
    for (const auto &[id, state] : commits) {
        ofCommit.clear();
        forEachChange(slice, *state, [&](const Change &change) { ofCommit.append(&change); });
        if (ofCommit.size() > 1) {
            std::sort(ofCommit.begin(), ofCommit.end(),
                      [](const Change *a, const Change *b) { return a->serviceId < b->serviceId; });
        }
        const CommitTimes &times = *slice.times.find(id);
        for (const Change *change : std::as_const(ofCommit)) {
            ChangeFact fact;
            fact.commitId = id;
            fact.serviceId = change->serviceId;
            fact.authorTime = times.authorTime;
            fact.committerTime = times.committerTime;
            if (change->preproductionAt != noTime)
                fact.preproductionAt = change->preproductionAt;
            if (change->productionAt != noTime) {
                fact.productionAt = change->productionAt;
                fact.productionDeploymentId = change->productionDeploymentId;
            }
            slice.facts.append(fact);
        }
    }
}

void FactLoader::finishChanges()
{
    for (CommitSlice &slice : m_slices)
        m_data.changes.appendPart(std::move(slice.facts));
}

void FactLoader::finishIncidents()
{
    if (m_pendingIncidents.isEmpty())
        return;
    // The successful production deployments whose own commit an incident names.
    QHash<QByteArray, QList<qsizetype>> ownCommits;
    for (const PendingIncident &incident : std::as_const(m_pendingIncidents))
        ownCommits.insert(incident.oid, {});
    for (qsizetype fact = 0; fact < m_data.deployments.size(); ++fact) {
        const DeploymentFact &deployment = m_data.deployments[fact];
        if (!deployment.succeeded || !deployment.finishedAt)
            continue;
        if (const auto found = ownCommits.find(m_factOids[std::size_t(fact)]); found != ownCommits.end())
            found->append(fact);
    }
    for (const PendingIncident &incident : std::as_const(m_pendingIncidents)) {
        std::pair<Timestamp, Id> first{noTime, 0};
        const auto consider = [&](Timestamp at, Id deploymentId) {
            first = std::min(first, std::pair(at, deploymentId));
        };
        for (const auto &[repository, commitId] :
             std::as_const(m_oidUses[std::size_t(findOid(incident.oid))].commits)) {
            Q_UNUSED(repository);
            forEachChange(commitId, [&](const Change &change) {
                if (change.serviceId == incident.serviceId && change.productionAt != noTime)
                    consider(change.productionAt, change.productionDeploymentId);
            });
        }
        for (const qsizetype fact : std::as_const(ownCommits[incident.oid])) {
            const DeploymentFact &deployment = m_data.deployments[fact];
            if (deployment.serviceId == incident.serviceId)
                consider(*deployment.finishedAt, deployment.id);
        }
        if (first.first != noTime)
            m_data.incidents[incident.fact].deploymentId = first.second;
    }
}

void FactLoader::finishPullRequests()
{
    QVarLengthArray<const Change *, 8> shipped;
    for (const PendingPullRequest &request : std::as_const(m_pendingPullRequests)) {
        shipped.clear();
        for (const auto &[repository, commitId] : std::as_const(m_oidUses[std::size_t(findOid(request.oid))].commits)) {
            if (repository != request.repositoryId)
                continue;
            forEachChange(commitId, [&](const Change &change) {
                if (change.productionAt != noTime)
                    shipped.append(&change);
            });
        }
        std::sort(shipped.begin(), shipped.end(),
                  [](const Change *a, const Change *b) { return a->serviceId < b->serviceId; });
        for (const Change *change : std::as_const(shipped)) {
            PullRequestFact fact;
            fact.id = request.id;
            fact.serviceId = change->serviceId;
            fact.firstCommitAt = request.firstCommitAt;
            fact.createdAt = request.createdAt;
            fact.mergedAt = request.mergedAt;
            fact.deploymentId = change->productionDeploymentId;
            fact.deployedAt = change->productionAt;
            m_data.pullRequests.append(fact);
        }
    }
}

} // namespace flowdeck::metrics::detail
