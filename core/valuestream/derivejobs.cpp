// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <system_error>
#include <thread>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

/// Finds the entry of a stage by its id: through a table over the range of ids where they lie close together (as
/// SQLite hands them out), else through a hash.
class StageIndex
{
public:
    explicit StageIndex(const QList<StageRow> &stages)
    {
        if (stages.isEmpty())
            return;
        const auto [low, high] = std::minmax_element(stages.cbegin(), stages.cend(),
                                                     [](const StageRow &a, const StageRow &b) { return a.id < b.id; });
        m_min = low->id;
        if (high->id - low->id < 4 * stages.size() + 4096) {
            m_dense.assign(std::size_t(high->id - low->id + 1), -1);
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_dense[std::size_t(stages[i].id - m_min)] = int(i);
        } else {
            for (qsizetype i = 0; i < stages.size(); ++i)
                m_hash.insert(stages[i].id, int(i));
        }
    }

    /// The entry's index, or -1 for an unknown stage.
    int of(Id id) const
    {
        if (m_dense.empty())
            return m_hash.value(id, -1);
        const Id offset = id - m_min;
        return offset >= 0 && offset < Id(m_dense.size()) ? m_dense[std::size_t(offset)] : -1;
    }

private:
    Id m_min = 0;
    std::vector<int> m_dense;
    QHash<Id, int> m_hash;
};

/// What a job's status and attempt say: how it ended (the lowest two bits) and whether it is a first attempt.
enum JobCode
{
    EndMask = 3,
    Open = 0,
    Succeeded = 1,
    Failed = 2,
    Abandoned = 3, // canceled or skipped
    FirstAttempt = 4,
};

/// What the jobs of the current run did per stage.
enum RunStageFlag
{
    Seen = 1,
    RunJudged = 2,
    FirstAttemptFailed = 4,
};

/// An unknown time.
constexpr qint64 none = std::numeric_limits<qint64>::min();

/// Below this many runs in scope (some thousands of jobs), one thread reads their jobs: a second would cost more
/// than it saves.
constexpr std::size_t minRunsToShare = 1024;

/// A job of the current run, held until the run's last job is read: its wait depends on the stages it needs.
struct JobRecord
{
    int stage = 0;
    qint64 queued = none;
    qint64 started = none;
    qint64 finished = none;
    int code = 0;
};

/// The pull requests the runs' deployments shipped, walked along with the runs (both in run order).
class RunWeights
{
public:
    explicit RunWeights(const std::vector<ShippedChanges> &shipments)
        : m_shipments(shipments)
    {}

    /// Moves on to `run`, which comes after the run before.
    void enter(Id run)
    {
        while (m_next < m_shipments.size() && m_shipments[m_next].run < run)
            ++m_next;
        m_first = m_next;
        while (m_next < m_shipments.size() && m_shipments[m_next].run == run)
            ++m_next;
    }

    /// How many times a job counts whose changes reach `environment`: the pull requests the run's deployment there
    /// shipped (the most of them, where it deployed there more than once), at least 1.
    int of(const OptionalId &environment) const
    {
        int weight = 1;
        if (!environment)
            return weight;
        for (std::size_t i = m_first; i < m_next; ++i) {
            if (m_shipments[i].environment == *environment)
                weight = std::max(weight, m_shipments[i].pullRequests);
        }
        return weight;
    }

private:
    const std::vector<ShippedChanges> &m_shipments;
    std::size_t m_first = 0;
    std::size_t m_next = 0;
};

/// The JobCode of a job: how its status says it ended, and whether it is a first attempt (`attemptColumn` = 1).
int jobCode(QByteArrayView status, const metrics::detail::RowReader &reader, int attemptColumn)
{
    // As SQL's attempt = 1 would have it: an unknown attempt makes the whole code unknown, which reads as 0.
    if (reader.isNull(attemptColumn))
        return 0;
    int end = Open;
    if (status == QByteArrayView("succeeded"))
        end = Succeeded;
    else if (status == QByteArrayView("failed"))
        end = Failed;
    else if (status == QByteArrayView("canceled") || status == QByteArrayView("skipped"))
        end = Abandoned;
    return end + (reader.equals(attemptColumn, 1) ? FirstAttempt : 0);
}

/// `values` with the values of each run repeated as many times as `weights` says (`count` of them per run).
QList<qint64> repeated(const QList<qint64> &values, const std::vector<RunAtStage> &runs,
                       const std::vector<int> &weights, qint32 RunAtStage::*count)
{
    qsizetype total = 0;
    for (std::size_t i = 0; i < runs.size(); ++i)
        total += qsizetype(runs[i].*count) * weights[i];
    QList<qint64> result;
    result.reserve(total);
    qsizetype at = 0;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        for (qint32 k = 0; k < runs[i].*count; ++k, ++at) {
            for (int w = 0; w < weights[i]; ++w)
                result.append(values[at]);
        }
    }
    return result;
}

/// The ids [first, last] of jobs read in the table's order.
struct JobIds
{
    Id first = 0;
    Id last = 0;
};

/// The jobs of the runs [first, last) of `runs` summed up per stage, read through `reader` (see readStageSamples()):
/// through their index by run, or with `table` in the order of the table: the jobs of those ids, of which those of the
/// runs in scope must be of the runs [first, last), in run order. Nothing where they are not (then nothing of
/// `runSums` was changed).
Result<std::optional<StageJobs>> scanJobs(metrics::detail::RowReader &reader, const ReadScope &scope,
                                          const std::vector<Id> &runs, std::size_t firstRun, std::size_t lastRun,
                                          const QList<StageRow> &stages, const StageIndex &index,
                                          const StageLinks &links, const TaskControl &control,
                                          std::vector<std::pair<qint64, qint64>> *runSums,
                                          const std::optional<JobIds> &table = std::nullopt)
{
    StageJobs result;
    result.samples.resize(std::size_t(stages.size()));
    result.runs.resize(std::size_t(stages.size()));
    std::vector<Samples> &samples = result.samples;
    // Reading a million jobs costs mostly per value and per SQL expression, so SQL hands over the plain values, through
    // SQLite's own API. Each run's jobs must come together, in run order, to be summed up when the next run begins.
    // The jobs come through their index by run, one stretch of consecutive run ids in scope at a time; or, where the
    // runs are most of all, in the table's order, which saves a lookup in the table for each job through the index
    // and holds them in run order where they were stored run after run (else they are read again by run). Summing up
    // the runs for the metrics too, it reads the jobs without a stage as well.
    const char *sql = nullptr;
    if (table) {
        sql = runSums ? "SELECT j.run_id, j.stage_id, j.queued_at, j.started_at, j.finished_at, j.status, "
                        "j.attempt FROM jobs j WHERE j.id BETWEEN ? AND ? AND +j.run_id BETWEEN ? AND ? "
                        "ORDER BY j.id"
                      : "SELECT j.run_id, j.stage_id, j.queued_at, j.started_at, j.finished_at, j.status, "
                        "j.attempt FROM jobs j WHERE j.id BETWEEN ? AND ? AND +j.run_id BETWEEN ? AND ? AND "
                        "+j.stage_id IS NOT NULL ORDER BY j.id";
    } else {
        sql = runSums ? "SELECT j.run_id, j.stage_id, j.queued_at, j.started_at, j.finished_at, j.status, "
                        "j.attempt FROM jobs j WHERE j.run_id BETWEEN ? AND ? ORDER BY j.run_id, j.id"
                      : "SELECT j.run_id, j.stage_id, j.queued_at, j.started_at, j.finished_at, j.status, "
                        "j.attempt FROM jobs j WHERE j.run_id BETWEEN ? AND ? AND +j.stage_id IS NOT NULL "
                        "ORDER BY j.run_id, j.id";
    }
    std::vector<quint8> runFlags(static_cast<std::size_t>(stages.size()), 0);
    // Per stage, what the jobs of the current run gave.
    std::vector<RunAtStage> runCounts(static_cast<std::size_t>(stages.size()));
    // Per stage, the latest finish of its jobs in the current run that ran (started and finished).
    std::vector<qint64> runFinish(static_cast<std::size_t>(stages.size()), none);
    std::vector<int> touched;
    std::vector<JobRecord> jobs;
    Id run = 0;
    const auto endRun = [&] {
        for (const JobRecord &job : jobs) {
            if (job.started != none && job.finished != none)
                runFinish[std::size_t(job.stage)] = std::max(runFinish[std::size_t(job.stage)], job.finished);
        }
        for (const JobRecord &job : jobs) {
            Samples &entry = samples[std::size_t(job.stage)];
            RunAtStage &counts = runCounts[std::size_t(job.stage)];
            bool counted = false;
            if (job.started != none) {
                // A first attempt waits from the moment the stages it needs were done, where they ran in this run:
                // a hold between stages (a release train, a manual trigger) is the wait in front of this one.
                qint64 ready = none;
                if (job.code & FirstAttempt) {
                    for (const int need : links.needs[std::size_t(job.stage)]) {
                        const qint64 done = runFinish[std::size_t(need)];
                        if (done != none && done <= job.started)
                            ready = std::max(ready, done);
                    }
                }
                if (ready == none)
                    ready = job.queued;
                // A time running backwards gives no sample.
                if (ready != none && job.started >= ready) {
                    entry.wait.append(job.started - ready);
                    ++counts.waits;
                    counted = true;
                }
                if (job.finished != none && job.finished >= job.started) {
                    entry.process.append(job.finished - job.started);
                    ++counts.processes;
                    counted = true;
                }
            }
            const int end = job.code & EndMask;
            quint8 &flags = runFlags[std::size_t(job.stage)];
            if (!(flags & Seen)) {
                flags |= Seen;
                touched.push_back(job.stage);
            }
            if ((job.code & FirstAttempt) && (end == Succeeded || end == Failed)) {
                flags |= RunJudged | (end == Failed ? FirstAttemptFailed : 0);
                counted = true;
            }
            counts.records += counted ? 1 : 0;
            // Waiting at the period's end: queued before it and neither started nor ended by then. A job that ended
            // without either time (skipped, canceled) left the queue at a moment nobody knows, so it is not counted.
            if (job.queued != none && job.queued < scope.to && (job.started == none || job.started >= scope.to)) {
                const bool endedLater = job.finished != none && job.finished >= scope.to;
                const bool neverEnded = job.finished == none;
                const bool leftUnknown = neverEnded && job.started == none && end != Open;
                entry.wip += (endedLater || (neverEnded && !leftUnknown)) ? 1 : 0;
            }
        }
        for (const int stage : touched) {
            Samples &entry = samples[std::size_t(stage)];
            const quint8 flags = runFlags[std::size_t(stage)];
            RunAtStage &counts = runCounts[std::size_t(stage)];
            ++entry.runs;
            entry.records += counts.records;
            counts.run = run;
            if (flags & RunJudged) {
                counts.judged = true;
                counts.passed = !(flags & FirstAttemptFailed);
                ++entry.judged;
                entry.passed += counts.passed ? 1 : 0;
            }
            // Only the jobs of a stage whose changes reach an environment can count more than once.
            if (links.weighingEnvironment[std::size_t(stage)])
                result.runs[std::size_t(stage)].push_back(counts);
            counts = RunAtStage();
            runFlags[std::size_t(stage)] = 0;
            runFinish[std::size_t(stage)] = none;
        }
        touched.clear();
        jobs.clear();
    };

    // The entry of `runs` the current run is.
    std::size_t entry = firstRun;
    // In the table's order: the sums of the runs for the metrics, kept apart until every job was found in run order.
    std::vector<std::pair<qint64, qint64>> tableSums;
    if (table && runSums)
        tableSums.assign(lastRun - firstRun, {0, 0});
    const auto sumOf = [&](std::size_t runEntry) -> std::pair<qint64, qint64> & {
        return table ? tableSums[runEntry - firstRun] : (*runSums)[runEntry];
    };
    // Reads the current row, of the run at `entry` of `runs`.
    const auto take = [&] {
        const Id runId = reader.integer(0);
        if (runId != run) {
            endRun();
            run = runId;
        }
        const qint64 queued = reader.isNull(2) ? none : reader.integer(2);
        const qint64 started = reader.isNull(3) ? none : reader.integer(3);
        const qint64 finished = reader.isNull(4) ? none : reader.integer(4);
        if (runSums) {
            // As the metrics sum them up: a missing time, or times running backwards, add nothing.
            auto &sum = sumOf(entry);
            if (queued != none && started != none && started >= queued)
                sum.first += started - queued;
            if (started != none && finished != none && finished >= started)
                sum.second += finished - started;
            if (reader.isNull(1))
                return;
        }
        const int stage = index.of(reader.integer(1));
        if (stage < 0)
            return;
        jobs.push_back(JobRecord{stage, queued, started, finished, jobCode(reader.utf8(5), reader, 6)});
    };
    qint64 rows = 0;
    if (table) {
        if (auto ran = reader.run(sql, {table->first, table->last, runs.front(), runs.back()}); !ran)
            return ran.error();
        while (reader.next()) {
            if ((++rows & 0xffff) == 0 && control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            const Id runId = reader.integer(0);
            if (runId != runs[entry]) {
                const auto at = std::lower_bound(runs.cbegin(), runs.cend(), runId);
                if (at == runs.cend() || *at != runId)
                    continue; // not in scope
                const auto found = std::size_t(at - runs.cbegin());
                // A job of a run whose jobs ended before, or of a run another read takes (which does not read these
                // ids): the jobs are not in run order.
                if (found < entry || found >= lastRun)
                    return std::optional<StageJobs>();
                entry = found;
            }
            take();
        }
        if (auto read = reader.status(); !read)
            return read.error();
        endRun();
        if (runSums) {
            for (std::size_t i = 0; i < tableSums.size(); ++i)
                (*runSums)[firstRun + i] = tableSums[i];
        }
        return std::optional<StageJobs>(std::move(result));
    }
    for (std::size_t first = firstRun; first < lastRun;) {
        std::size_t last = first;
        while (last + 1 < lastRun && runs[last + 1] == runs[last] + 1)
            ++last;
        if (auto ran = reader.run(sql, {runs[first], runs[last]}); !ran)
            return ran.error();
        first = last + 1;
        while (reader.next()) {
            if ((++rows & 0xffff) == 0 && control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            const Id runId = reader.integer(0);
            while (entry + 1 < lastRun && runs[entry] < runId)
                ++entry;
            take();
        }
        if (auto read = reader.status(); !read)
            return read.error();
    }
    endRun();
    if (auto read = reader.status(); !read)
        return read.error();
    return std::optional<StageJobs>(std::move(result));
}

} // namespace

Result<StageJobs> readStageSamples(const Reads &reads, const ReadScope &scope, const std::vector<Id> &runs,
                                   bool mostRuns, const QList<StageRow> &stages, const StageLinks &links,
                                   const TaskControl &control, std::vector<std::pair<qint64, qint64>> *runSums)
{
    if (runSums)
        runSums->assign(runs.size(), {0, 0});
    if (stages.isEmpty())
        return StageJobs();
    const QString what = Derivation::tr("Reading the jobs of the value stream");
    const StageIndex index(stages);
    // Many runs are read by two threads, each on a connection of its own, the first half of the runs and the second:
    // each run's jobs are summed up on their own, and the second half's samples follow the first's, as they would
    // in one pass. On PostgreSQL the second thread opens its connection in the first's snapshot; where it cannot, the
    // first thread reads the second half after its own.
    std::size_t half = reads.hasSecond() && runs.size() >= minRunsToShare ? runs.size() / 2 : runs.size();
    std::optional<ServerSnapshot> snapshot;
    if (half < runs.size() && reads.onServer()) {
        snapshot = reads.exportSnapshot();
        if (!snapshot)
            half = runs.size();
    }
    using Pass = Result<std::optional<StageJobs>>;
    // In the table's order (on SQLite, where a job's id is its row id), the first thread reads the jobs before the
    // first job of the second half's runs, the second thread the rest.
    const auto pass = [&](bool inTableOrder) -> Pass {
        constexpr Id lowest = std::numeric_limits<Id>::min();
        constexpr Id highest = std::numeric_limits<Id>::max();
        auto reader = reads.reader(what);
        std::optional<JobIds> firstIds;
        std::optional<JobIds> secondIds;
        if (inTableOrder) {
            Id split = highest;
            if (half < runs.size()) {
                if (auto ran = reader.run("SELECT j.id FROM jobs j WHERE j.run_id >= ? ORDER BY j.run_id, j.id LIMIT 1",
                                          {runs[half]});
                    !ran)
                    return ran.error();
                if (reader.next())
                    split = std::max(lowest + 1, reader.integer(0));
                if (auto read = reader.status(); !read)
                    return read.error();
            }
            firstIds = JobIds{lowest, split - 1};
            secondIds = JobIds{split, highest};
        }
        std::optional<Pass> second;
        std::thread thread;
        if (half < runs.size()) {
            try {
                thread = std::thread([&] {
                    if (snapshot) {
                        const SnapshotConnection connection(*snapshot);
                        if (!connection.isReady())
                            return;
                        metrics::detail::RowReader reader(connection.database(), what);
                        second.emplace(scanJobs(reader, scope, runs, half, runs.size(), stages, index, links, control,
                                                runSums, secondIds));
                        return;
                    }
                    auto reader = reads.secondReader(what);
                    second.emplace(scanJobs(reader, scope, runs, half, runs.size(), stages, index, links, control,
                                            runSums, secondIds));
                });
            } catch (const std::system_error &) {
                // Without a second thread, one reads them all.
                second.reset();
            }
        }
        const bool shared = thread.joinable();
        const std::size_t firstEnd = shared ? half : runs.size();
        if (!shared && firstIds)
            firstIds = JobIds{lowest, highest};
        auto first = scanJobs(reader, scope, runs, 0, firstEnd, stages, index, links, control, runSums, firstIds);
        if (shared)
            thread.join();
        if (!first)
            return first.error();
        if (shared && !second) {
            // The second connection did not open: this one reads the rest.
            second.emplace(
                scanJobs(reader, scope, runs, half, runs.size(), stages, index, links, control, runSums, secondIds));
        }
        if (second && !*second)
            return second->error();
        if (!*first || (second && !**second))
            return std::optional<StageJobs>();
        if (second) {
            StageJobs &all = **first;
            StageJobs &rest = ***second;
            for (std::size_t stage = 0; stage < all.samples.size(); ++stage) {
                all.samples[stage].add(rest.samples[stage]);
                all.runs[stage].insert(all.runs[stage].end(), rest.runs[stage].cbegin(), rest.runs[stage].cend());
            }
        }
        return first;
    };
    if (mostRuns && !reads.onServer() && !runs.empty()) {
        auto read = pass(true);
        if (!read)
            return read.error();
        if (*read)
            return std::move(**read);
        // Not stored run after run: read again by run.
        if (runSums)
            runSums->assign(runs.size(), {0, 0});
    }
    auto read = pass(false);
    if (!read)
        return read.error();
    return std::move(**read);
}

std::vector<Samples> weighJobs(StageJobs jobs, const StageLinks &links, const std::vector<ShippedChanges> &shipments)
{
    std::vector<int> weights;
    for (std::size_t stage = 0; stage < jobs.samples.size(); ++stage) {
        const OptionalId &environment = links.weighingEnvironment[stage];
        const std::vector<RunAtStage> &runs = jobs.runs[stage];
        if (!environment || runs.empty())
            continue;
        Samples &entry = jobs.samples[stage];
        RunWeights walk(shipments);
        weights.assign(runs.size(), 1);
        bool more = false;
        for (std::size_t i = 0; i < runs.size(); ++i) {
            walk.enter(runs[i].run);
            const int weight = walk.of(environment);
            if (weight == 1)
                continue;
            weights[i] = weight;
            more = true;
            // Each counted once already.
            entry.records += runs[i].records * (weight - 1);
            entry.judged += runs[i].judged ? weight - 1 : 0;
            entry.passed += runs[i].passed ? weight - 1 : 0;
        }
        if (!more)
            continue;
        entry.wait = repeated(entry.wait, runs, weights, &RunAtStage::waits);
        entry.process = repeated(entry.process, runs, weights, &RunAtStage::processes);
    }
    return std::move(jobs.samples);
}

} // namespace flowdeck::valuestream::detail
