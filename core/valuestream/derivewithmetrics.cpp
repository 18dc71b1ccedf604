// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivewithmetrics.h"

#include "metrics/factloader.h"
#include "metrics/readconnection.h"
#include "metrics/sharedscans.h"
#include "store/rows.h"
#include "valuestream/derivereads.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

namespace flowdeck::valuestream {

namespace {

/// The progress steps of each part: deriveMap() reports 5 phases, loadMetricsData() 6 steps.
constexpr qint64 derivationSteps = 5;
constexpr qint64 metricsSteps = 6;

/// Whether both parts will read through connections of their own, so that neither touches `db` (which belongs to
/// the calling thread): a SQLite workspace in a file that a read-only connection can open and read, with `db` not
/// inside a transaction.
bool readsOnOwnConnections(const QSqlDatabase &db)
{
    sqlite3 *caller = store::sqlite::handle(db);
    if (!caller || !sqlite3_get_autocommit(caller))
        return false;
    const char *file = sqlite3_db_filename(caller, "main");
    if (!file || !*file)
        return false;
    metrics::detail::ReadConnection probe{QByteArray(file)};
    return probe.handle() && probe.begin() &&
           sqlite3_exec(probe.handle(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) == SQLITE_OK;
}

Result<metrics::MetricsReport> metricsOf(const QSqlDatabase &db, const metrics::Scope &scope,
                                         const metrics::Options &options, const TaskControl &control,
                                         metrics::MetricsData &data, metrics::detail::SharedScans *shared = nullptr)
{
    auto loaded = metrics::detail::FactLoader(db, scope, options, control, shared).load();
    if (!loaded)
        return loaded.error();
    data = std::move(*loaded);
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};
    return metrics::computeMetrics(data, scope, options);
}

} // namespace

Result<MapWithMetrics> deriveWithMetrics(const QSqlDatabase &db, const DerivationScope &scope,
                                         const metrics::Scope &metricsScope, const metrics::Options &options,
                                         const TaskControl &control)
{
    MapWithMetrics result;
    if (!readsOnOwnConnections(db)) {
        // One part after the other, their progress counted as one: the derivation's phases, then the metrics' steps.
        // A cancellation is passed on at the start and at each step reported.
        std::atomic_bool stop = control.isCanceled();
        const auto part = [&](qint64 before) {
            return TaskControl(
                [&, before](qint64 done, qint64) {
                    control.report(before + done, derivationSteps + metricsSteps);
                    stop = control.isCanceled();
                },
                &stop);
        };
        auto map = deriveMap(db, scope, part(0));
        if (!map)
            return map.error();
        result.map = std::move(*map);
        auto report = metricsOf(db, metricsScope, options, part(derivationSteps), result.data);
        if (!report)
            return report.error();
        result.report = std::move(*report);
        return result;
    }

    // The parts report to counters and learn of a cancellation from a flag; the calling thread passes both on.
    std::atomic_bool stop = false;
    std::atomic<qint64> derivationDone = 0;
    std::atomic<qint64> metricsDone = 0;
    std::mutex mutex;
    std::condition_variable changed;
    int running = 2;
    const auto finished = [&] {
        const std::lock_guard lock(mutex);
        --running;
        changed.notify_all();
    };
    const auto counter = [&](std::atomic<qint64> &done) {
        return TaskControl(
            [&](qint64 value, qint64) {
                done = value;
                changed.notify_all();
            },
            &stop);
    };
    std::optional<Result<Map>> derived;
    std::optional<Result<metrics::MetricsReport>> measured;
    // The two largest tables are read once for both: the jobs by the derivation, the deployments' commits by the
    // metrics. What either part would hand over is abandoned when it ends, so that the other never waits for it.
    metrics::detail::SharedScans shared;
    std::vector<std::thread> threads;
    try {
        threads.emplace_back([&] {
            // Many runs' jobs read by two threads: the second finds a core once the metrics' commits are read.
            derived.emplace(detail::deriveMap(db, scope, counter(derivationDone), true, &shared));
            // A failure stops the other part: its result would not be used.
            if (!*derived)
                stop = true;
            shared.jobRuns.abandon();
            shared.deploymentCommits.abandon();
            shared.jobSums.abandon();
            finished();
        });
        threads.emplace_back([&] {
            measured.emplace(metricsOf(db, metricsScope, options, counter(metricsDone), result.data, &shared));
            if (!*measured)
                stop = true;
            shared.deploymentCommitsVisited.abandon();
            finished();
        });
    } catch (const std::system_error &error) {
        stop = true;
        shared.jobRuns.abandon();
        shared.deploymentCommits.abandon();
        shared.jobSums.abandon();
        shared.deploymentCommitsVisited.abandon();
        for (std::thread &thread : threads)
            thread.join();
        return Error{Derivation::tr("Could not start a thread to read the workspace: %1")
                         .arg(QString::fromLocal8Bit(error.what()))};
    }
    qint64 reported = -1;
    std::unique_lock lock(mutex);
    while (running > 0) {
        changed.wait_for(lock, std::chrono::milliseconds(10));
        if (control.isCanceled())
            stop = true;
        const qint64 done = derivationDone + metricsDone;
        if (done != reported) {
            reported = done;
            lock.unlock();
            control.report(done, derivationSteps + metricsSteps);
            lock.lock();
        }
    }
    lock.unlock();
    for (std::thread &thread : threads)
        thread.join();
    if (const qint64 done = derivationDone + metricsDone; done != reported)
        control.report(done, derivationSteps + metricsSteps);
    if (!*derived)
        return derived->error();
    if (!*measured)
        return measured->error();
    result.map = std::move(**derived);
    result.report = std::move(**measured);
    return result;
}

} // namespace flowdeck::valuestream
