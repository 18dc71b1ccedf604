// SPDX-License-Identifier: GPL-3.0-or-later
// The parallel part of FactLoader: deployment commits, commits and jobs, read by several threads at once.
#include "metrics/factloader.h"

#include "store/rows.h"

#include <QThread>

#include <algorithm>
#include <system_error>
#include <thread>

namespace flowdeck::metrics::detail {

using namespace Qt::StringLiterals;

namespace {

constexpr int maxWorkers = 4;
/// Where the rows wanted fill at least 1/scanShare of their range of ids, one scan over the range reads them faster
/// than a lookup each.
constexpr qint64 scanShare = 8;
/// Where the runs in the period are fewer than 1/jobScanShare of all runs, their jobs are looked up by run rather
/// than read in one scan of every job.
constexpr qint64 jobScanShare = 16;

// A job's wait and work, each 0 where a time is missing or the times are out of order (NULL compares false).
#define JOB_WAIT "CASE WHEN started_at >= queued_at THEN started_at - queued_at ELSE 0 END"
#define JOB_WORK "CASE WHEN finished_at >= started_at THEN finished_at - started_at ELSE 0 END"

Error canceledError()
{
    return Error{TaskControl::canceledMessage()};
}

/// The first and last value of a rowid or id column, or (1, 0) for an empty table.
Result<std::pair<Id, Id>> idRange(RowReader &rows, const char *sql)
{
    if (auto ran = rows.run(sql); !ran)
        return ran.error();
    std::pair<Id, Id> range{1, 0};
    if (rows.next() && !rows.isNull(0))
        range = {rows.integer(0), rows.integer(1)};
    if (auto read = rows.status(); !read)
        return read.error();
    return range;
}

} // namespace

void FactLoader::openWorkers()
{
    sqlite3 *handle = store::sqlite::handle(m_db);
    QByteArray file;
    // Inside the caller's transaction only the caller's connection sees what it wrote.
    if (handle && sqlite3_get_autocommit(handle)) {
        if (const char *name = sqlite3_db_filename(handle, "main"))
            file = name;
    }
    const int count = file.isEmpty() ? 0 : std::clamp(QThread::idealThreadCount(), 1, maxWorkers);
    for (int w = 0; w < count; ++w) {
        Worker worker;
        worker.connection = std::make_unique<ReadConnection>(file);
        if (!worker.connection->handle() || !worker.connection->begin() ||
            sqlite3_exec(worker.connection->handle(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                         nullptr) != SQLITE_OK) {
            m_workers.clear();
            break;
        }
        m_workers.push_back(std::move(worker));
    }
    if (m_workers.empty()) {
        m_workers.emplace_back(); // reads through the caller's connection
        // Then nothing is shared: the derivation counts for itself.
        if (m_shared)
            m_shared->deploymentCommitsVisited.set(false);
        m_shared = nullptr;
    }
}

RowReader FactLoader::reader(int w, const QString &what)
{
    const Worker &worker = m_workers[std::size_t(w)];
    if (worker.connection)
        return RowReader(worker.connection->handle(), what);
    return RowReader(m_db, what);
}

std::pair<qint64, qint64> FactLoader::share(int w, qint64 count) const
{
    const auto workers = qint64(m_workers.size());
    return {count * w / workers, count * (w + 1) / workers};
}

std::size_t FactLoader::sliceOf(Id commitId) const
{
    const Id offset = commitId - m_slices.front().first;
    if (offset <= 0)
        return 0;
    return std::min(m_slices.size() - 1, std::size_t(offset / m_sliceWidth));
}

Result<void> FactLoader::prepareParallel()
{
    const int workers = int(m_workers.size());
    RowReader rows = reader(0, u"commits"_s);
    auto commits = idRange(rows, "SELECT (SELECT min(id) FROM commits), (SELECT max(id) FROM commits)");
    if (!commits)
        return commits.error();
    const auto [first, last] = *commits;
    m_sliceWidth = std::max<Id>(1, (last - first + workers) / workers);
    m_slices.resize(std::size_t(workers));
    for (int w = 0; w < workers; ++w) {
        CommitSlice &slice = m_slices[std::size_t(w)];
        slice.first = first + w * m_sliceWidth;
        slice.last = w + 1 == workers ? last : std::min(last, slice.first + m_sliceWidth - 1);
        slice.commits.reset(slice.first, slice.last);
        slice.times.reset(slice.first, slice.last);
    }

    if (workers > 1) {
        RowReader shipments = reader(0, u"deployment_commits"_s);
        auto range = idRange(shipments, "SELECT (SELECT min(rowid) FROM deployment_commits), "
                                        "(SELECT max(rowid) FROM deployment_commits)");
        if (!range)
            return range.error();
        m_shipmentRows = *range;
    }

    for (Worker &worker : m_workers) {
        if (workers > 1)
            worker.shipments.resize(std::size_t(workers));
        // A matcher of its own: one compiled expression is not matched by several threads at once.
        auto hotfix = HotfixMatcher::make(m_options.hotfixPattern);
        if (!hotfix)
            return hotfix.error();
        worker.hotfix = std::move(*hotfix);
    }
    return {};
}

Result<void> FactLoader::prepareJobs()
{
    if (m_shared) {
        // The derivation sums up the jobs of its runs; those of the others are read here, through the index by run,
        // where they are few enough for that to cost less than one scan of every job (which then sums up all).
        m_sharedRuns = m_shared->jobRuns.wait([this] { return stopWaiting(); });
        if (m_sharedRuns) {
            auto covered = m_sharedRuns->cbegin();
            for (const RunFact &run : std::as_const(m_data.runs)) {
                while (covered != m_sharedRuns->cend() && *covered < run.id)
                    ++covered;
                if (covered == m_sharedRuns->cend() || *covered != run.id)
                    m_runIds.push_back(run.id);
            }
            if (m_sharedRuns->empty() || qint64(m_runIds.size()) * 2 > m_allRuns) {
                m_sharedRuns = nullptr;
                m_runIds.clear();
            }
        }
    }
    if (m_sharedRuns) {
        m_jobsByRun = true;
        for (Worker &worker : m_workers)
            worker.runSums.assign(std::size_t(m_data.runs.size()), {0, 0});
        return {};
    }
    m_jobsByRun = qint64(m_data.runs.size()) * jobScanShare < m_allRuns;
    if (m_jobsByRun) {
        for (const RunFact &run : std::as_const(m_data.runs))
            m_runIds.push_back(run.id);
    } else if (m_workers.size() > 1 && !m_data.runs.isEmpty()) {
        RowReader jobs = reader(int(m_workers.size()) - 1, u"jobs"_s);
        auto range = idRange(jobs, "SELECT (SELECT min(id) FROM jobs), (SELECT max(id) FROM jobs)");
        if (!range)
            return range.error();
        m_jobRows = *range;
    }
    for (Worker &worker : m_workers)
        worker.runSums.assign(std::size_t(m_data.runs.size()), {0, 0});
    return {};
}

Result<void> FactLoader::readStart(int w)
{
    using Step = Result<void> (FactLoader::*)();
    QList<Step> reads;
    if (w == 0)
        reads << &FactLoader::readDeployments;
    if (w == int(m_workers.size()) - 1)
        reads << &FactLoader::readRuns << &FactLoader::readPullRequests << &FactLoader::prepareJobs;
    for (const Step read : std::as_const(reads)) {
        if (m_control.isCanceled() || m_failed)
            return canceledError();
        if (auto done = (this->*read)(); !done)
            return done;
    }
    return {};
}

Result<void> FactLoader::readFirst(int w)
{
    if (w != 0)
        return {};
    if (m_control.isCanceled() || m_failed)
        return canceledError();
    if (auto read = readIncidents(); !read)
        return read;
    buildOidTable();
    return {};
}

void FactLoader::takeVisitor()
{
    // Only a scan of every row shows the visitor all of them (see readDeploymentCommits()).
    if (!m_shared || m_relevantDeployments * scanShare < m_deploymentCount)
        return;
    const auto *visitor = m_shared->deploymentCommits.wait([this] { return stopWaiting(); });
    if (visitor && *visitor) {
        m_visitor = visitor->get();
        m_visitor->begin(int(m_workers.size()));
    }
}

Result<void> FactLoader::takeJobSums()
{
    if (!m_sharedRuns)
        return {};
    const auto *sums = m_shared->jobSums.wait([this] { return stopWaiting(); });
    if (!sums || sums->size() != m_sharedRuns->size())
        return canceledError();
    auto covered = m_sharedRuns->cbegin();
    for (RunFact &run : m_data.runs) {
        while (covered != m_sharedRuns->cend() && *covered < run.id)
            ++covered;
        if (covered != m_sharedRuns->cend() && *covered == run.id) {
            const auto &sum = (*sums)[std::size_t(covered - m_sharedRuns->cbegin())];
            run.queueMs += sum.first;
            run.workMs += sum.second;
        }
    }
    return {};
}

Result<void> FactLoader::readInParallel()
{
    if (auto prepared = prepareParallel(); !prepared)
        return prepared;
    const int workers = int(m_workers.size());
    if (workers == 1) {
        work(0, nullptr);
    } else {
        std::barrier<> sync(workers);
        std::vector<std::thread> threads;
        for (int w = 1; w < workers; ++w) {
            try {
                threads.emplace_back([this, w, &sync] { work(w, &sync); });
            } catch (const std::system_error &error) {
                m_workers[std::size_t(w)].error = Error{
                    tr("Could not start a thread to read the workspace: %1").arg(QString::fromLocal8Bit(error.what()))};
                m_failed = true;
                sync.arrive_and_drop();
            }
        }
        work(0, &sync);
        for (std::thread &thread : threads)
            thread.join();
    }
    // A real failure before the cancellations it caused in the other workers.
    std::optional<Error> canceled;
    for (const Worker &worker : m_workers) {
        if (!worker.error)
            continue;
        if (worker.error->message != TaskControl::canceledMessage())
            return *worker.error;
        canceled = worker.error;
    }
    if (canceled)
        return *canceled;
    if (auto taken = takeJobSums(); !taken)
        return taken;
    mergeParallel();
    return {};
}

void FactLoader::work(int w, std::barrier<> *sync)
{
    Worker &worker = m_workers[std::size_t(w)];
    const auto fail = [&](const Error &error) {
        worker.error = error;
        m_failed = true;
    };
    // Worker 0 runs on the caller's thread, which progress is reported on.
    int done = 0;
    const auto report = [&] {
        if (w == 0 && !m_failed)
            m_control.report(++done, progressSteps);
    };
    // The deployments, which everything else is joined with, while the last worker reads runs and pull requests.
    if (auto read = readStart(w); !read)
        fail(read.error());
    if (w == 0 && !m_failed)
        takeVisitor();
    if (sync)
        sync->arrive_and_wait();
    report();
    // The incidents while the others start on deployment commits; the commits after the barrier need both.
    if (!m_failed) {
        Result<void> read = readFirst(w);
        if (read)
            read = readDeploymentCommits(w);
        if (!read)
            fail(read.error());
    }
    if (sync)
        sync->arrive_and_wait();
    // The derivation waits for its counts: they are complete once every worker passed the barrier.
    if (w == 0 && m_shared)
        m_shared->deploymentCommitsVisited.set(m_visitor && !m_failed);
    if (m_failed)
        return;
    report();
    if (sync)
        shipToSlices(w);
    if (auto commits = readCommits(w); !commits)
        return fail(commits.error());
    makeChangeFacts(m_slices[std::size_t(w)]);
    report();
    if (auto jobs = readJobs(w); !jobs)
        return fail(jobs.error());
    report();
}

Result<void> FactLoader::readDeploymentCommits(int w)
{
    Worker &worker = m_workers[std::size_t(w)];
    CommitSlice &own = m_slices[std::size_t(w)];
    const auto take = [&](Id deploymentId, Id commitId) {
        const DeploymentRow *row = deployment(deploymentId);
        if (!row || !row->relevant)
            return;
        // Its own slice's straight away: no other worker writes to it before the barrier.
        const std::size_t slice = sliceOf(commitId);
        if (slice == std::size_t(w))
            ship(own, *row, commitId);
        else
            worker.shipments[slice].push_back({commitId, deploymentId});
    };
    RowReader rows = reader(w, u"deployment_commits"_s);
    qint64 count = 0;
    if (m_relevantDeployments * scanShare < m_deploymentCount) {
        // A few services of many: their deployments' commits through the primary key.
        std::vector<Id> relevant;
        m_deployments.forEach([&](Id id, const DeploymentRow &row) {
            if (row.known && row.relevant)
                relevant.push_back(id);
        });
        if (!m_deployments.isOrdered())
            std::sort(relevant.begin(), relevant.end());
        const auto [from, to] = share(w, qint64(relevant.size()));
        for (qint64 i = from; i < to; ++i) {
            if (stop(++count))
                return canceledError();
            const Id id = relevant[std::size_t(i)];
            if (auto ran = rows.run("SELECT commit_id FROM deployment_commits WHERE deployment_id = ?", {id}); !ran)
                return ran;
            while (rows.next())
                take(id, rows.integer(0));
            if (auto read = rows.status(); !read)
                return read;
        }
        return {};
    }
    if (m_workers.size() == 1) {
        if (auto ran = rows.run("SELECT deployment_id, commit_id FROM deployment_commits"); !ran)
            return ran;
    } else {
        const auto [from, to] = share(w, m_shipmentRows.second - m_shipmentRows.first + 1);
        for (std::size_t slice = 0; slice < m_slices.size(); ++slice) {
            if (slice != std::size_t(w))
                worker.shipments[slice].reserve(std::size_t((to - from) / qint64(m_slices.size()) + 1024));
        }
        if (auto ran =
                rows.run("SELECT deployment_id, commit_id FROM deployment_commits WHERE rowid >= ? AND rowid < ?",
                         {m_shipmentRows.first + from, m_shipmentRows.first + to});
            !ran)
            return ran;
    }
    while (rows.next()) {
        if (stop(++count))
            return canceledError();
        const Id deploymentId = rows.integer(0);
        const Id commitId = rows.integer(1);
        if (m_visitor)
            m_visitor->visit(w, deploymentId, commitId);
        take(deploymentId, commitId);
    }
    return rows.status();
}

void FactLoader::shipToSlices(int w)
{
    CommitSlice &slice = m_slices[std::size_t(w)];
    for (Worker &worker : m_workers) {
        // Each list of shipments is read by the worker of its slice alone, which frees it.
        std::vector<Shipment> &shipments = worker.shipments[std::size_t(w)];
        for (const Shipment &shipment : shipments)
            ship(slice, *deployment(shipment.deploymentId), shipment.commitId);
        shipments = {};
    }
}

void FactLoader::ship(CommitSlice &slice, const DeploymentRow &deployment, Id commitId)
{
    CommitState *state = slice.commits.get(commitId);
    if (!state)
        return; // not a commit of the workspace
    if (deployment.succeeded && deployment.finishedAt != noTime) {
        Change *change = nullptr;
        if (!(state->flags & HasChange)) {
            state->flags |= HasChange;
            change = &state->change;
            change->serviceId = deployment.serviceId;
        } else if (state->change.serviceId == deployment.serviceId) {
            change = &state->change;
        } else {
            qint32 index = state->more;
            while (index >= 0 && slice.more[std::size_t(index)].change.serviceId != deployment.serviceId)
                index = slice.more[std::size_t(index)].next;
            if (index < 0) {
                MoreChange added;
                added.change.serviceId = deployment.serviceId;
                added.next = state->more;
                index = state->more = qint32(slice.more.size());
                slice.more.push_back(added);
            }
            change = &slice.more[std::size_t(index)].change;
        }
        if (!deployment.production) {
            change->preproductionAt = std::min(change->preproductionAt, deployment.finishedAt);
        } else if (deployment.finishedAt < change->productionAt ||
                   (deployment.finishedAt == change->productionAt && deployment.id < change->productionDeploymentId)) {
            change->productionAt = deployment.finishedAt;
            change->productionDeploymentId = deployment.id;
        }
    }
    if (deployment.production && m_hotfix.isActive()) {
        state->flags |= NeedsSummary;
        slice.factCommits.emplace_back(deployment.fact, commitId);
    }
}

Result<void> FactLoader::readCommits(int w)
{
    CommitSlice &slice = m_slices[std::size_t(w)];
    HotfixMatcher &hotfix = *m_workers[std::size_t(w)].hotfix;
    std::vector<Id> ids;
    slice.commits.forEach([&](Id id, const CommitState &state) {
        if (state.flags & (HasChange | NeedsSummary))
            ids.push_back(id);
    });
    if (ids.empty())
        return {};
    if (!slice.commits.isOrdered())
        std::sort(ids.begin(), ids.end());
    const bool oids = !m_oidUses.empty();
    const auto visit = [&](RowReader &row) {
        const Id id = row.integer(0);
        CommitState *state = slice.commits.find(id);
        if (!state || !(state->flags & (HasChange | NeedsSummary)))
            return;
        state->flags |= Read;
        *slice.times.get(id) = {row.integer(2), row.integer(3)};
        bool summary = state->flags & NeedsSummary;
        if (oids) {
            if (const qint32 use = findOid(row.utf8(5)); use >= 0) {
                slice.oidFinds.push_back({use, row.integer(1), id});
                summary = summary || m_oidUses[std::size_t(use)].needsSummary;
            }
        }
        // A merge commit's summary names the branches it joins ("Merge branch 'hotfix/x'"), not a change of its
        // own: merging a hotfix back does not make the deployment that ships the merge a hotfix.
        if (summary && row.integer(6) == 0 && hotfix.matches(row.utf8(4)))
            state->flags |= SummaryMatches;
    };

    RowReader rows = reader(w, u"commits"_s);
    const Id range = ids.back() - ids.front() + 1;
    qint64 count = 0;
    if (qint64(ids.size()) * scanShare >= range) {
        if (auto ran =
                rows.run("SELECT id, repository_id, author_time, committer_time, summary, oid, is_merge FROM commits "
                         "WHERE id >= ? AND id <= ?",
                         {ids.front(), ids.back()});
            !ran)
            return ran;
        while (rows.next()) {
            if (stop(++count))
                return canceledError();
            visit(rows);
        }
        return rows.status();
    }
    for (const Id id : ids) {
        if (stop(++count))
            return canceledError();
        if (auto ran =
                rows.run("SELECT id, repository_id, author_time, committer_time, summary, oid, is_merge FROM commits "
                         "WHERE id = ?",
                         {id});
            !ran)
            return ran;
        while (rows.next())
            visit(rows);
        if (auto read = rows.status(); !read)
            return read;
    }
    return {};
}

Result<void> FactLoader::readJobsOfRuns(int w)
{
    auto &sums = m_workers[std::size_t(w)].runSums;
    RowReader rows = reader(w, u"jobs"_s);
    const auto [from, to] = share(w, qint64(m_runIds.size()));
    qint64 count = 0;
    for (qint64 first = from; first < to;) {
        qint64 last = first;
        while (last + 1 < to && m_runIds[std::size_t(last + 1)] == m_runIds[std::size_t(last)] + 1)
            ++last;
        if (auto ran = rows.run("SELECT run_id, " JOB_WAIT ", " JOB_WORK " FROM jobs WHERE run_id BETWEEN ? AND ?",
                                {m_runIds[std::size_t(first)], m_runIds[std::size_t(last)]});
            !ran)
            return ran;
        first = last + 1;
        while (rows.next()) {
            if (stop(++count))
                return canceledError();
            if (const RowIndex *run = m_runIndex.find(rows.integer(0)); run && run->index >= 0) {
                auto &sum = sums[std::size_t(run->index)];
                sum.first += rows.integer(1);
                sum.second += rows.integer(2);
            }
        }
        if (auto read = rows.status(); !read)
            return read;
    }
    return {};
}

Result<void> FactLoader::readJobs(int w)
{
    if (m_data.runs.isEmpty())
        return {};
    if (m_sharedRuns)
        return readJobsOfRuns(w);
    auto &sums = m_workers[std::size_t(w)].runSums;
    RowReader rows = reader(w, u"jobs"_s);
    qint64 count = 0;
    if (m_jobsByRun) {
        const auto [from, to] = share(w, qint64(m_runIds.size()));
        for (qint64 i = from; i < to; ++i) {
            if (stop(++count))
                return canceledError();
            const Id id = m_runIds[std::size_t(i)];
            if (auto ran = rows.run("SELECT SUM(" JOB_WAIT "), SUM(" JOB_WORK ") FROM jobs WHERE run_id = ?", {id});
                !ran)
                return ran;
            auto &sum = sums[std::size_t(m_runIndex.find(id)->index)];
            if (rows.next()) {
                sum.first += rows.integer(0);
                sum.second += rows.integer(1);
            }
            if (auto read = rows.status(); !read)
                return read;
        }
        return {};
    }
    if (m_workers.size() == 1) {
        if (auto ran = rows.run("SELECT run_id, " JOB_WAIT ", " JOB_WORK " FROM jobs"); !ran)
            return ran;
    } else {
        const auto [from, to] = share(w, m_jobRows.second - m_jobRows.first + 1);
        if (auto ran = rows.run("SELECT run_id, " JOB_WAIT ", " JOB_WORK " FROM jobs WHERE id >= ? AND id < ?",
                                {m_jobRows.first + from, m_jobRows.first + to});
            !ran)
            return ran;
    }
    while (rows.next()) {
        if (stop(++count))
            return canceledError();
        if (const RowIndex *run = m_runIndex.find(rows.integer(0)); run && run->index >= 0) {
            auto &sum = sums[std::size_t(run->index)];
            sum.first += rows.integer(1);
            sum.second += rows.integer(2);
        }
    }
    return rows.status();
}

void FactLoader::mergeParallel()
{
    for (qsizetype fact = 0; fact < m_data.deployments.size(); ++fact) {
        if (m_hotfixRuns.contains(m_factRuns[std::size_t(fact)]))
            m_data.deployments[fact].hotfix = true;
    }
    for (Worker &worker : m_workers) {
        for (qsizetype run = 0; run < m_data.runs.size(); ++run) {
            m_data.runs[run].queueMs += worker.runSums[std::size_t(run)].first;
            m_data.runs[run].workMs += worker.runSums[std::size_t(run)].second;
        }
        worker.shipments = {};
        worker.runSums = {};
    }
    for (CommitSlice &slice : m_slices) {
        for (const OidFind &find : slice.oidFinds)
            m_oidUses[std::size_t(find.use)].commits.append({find.repositoryId, find.commitId});
        for (const auto &[fact, commitId] : slice.factCommits) {
            const CommitState *state = slice.commits.find(commitId);
            if (state && (state->flags & SummaryMatches))
                m_data.deployments[fact].hotfix = true;
        }
        slice.oidFinds = {};
        slice.factCommits = {};
    }
}

} // namespace flowdeck::metrics::detail
