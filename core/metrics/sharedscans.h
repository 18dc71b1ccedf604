// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace flowdeck::metrics::detail {

/// A value that one thread hands to another once: set() it, or abandon() it where it will never come (abandoning
/// a value set already changes nothing). Waiting ends with either, or when the waiting side should stop.
template<typename T>
class Handoff
{
public:
    void set(T value)
    {
        const std::lock_guard lock(m_mutex);
        if (m_done)
            return;
        m_value.emplace(std::move(value));
        m_done = true;
        m_changed.notify_all();
    }

    void abandon()
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    /// The value once it is set; null where it was abandoned, or `stop()` returned true while waiting (asked every
    /// 10 ms). The value stays in place (and unchanged) for as long as the handoff lives.
    const T *wait(const std::function<bool()> &stop) const
    {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            if (stop())
                return nullptr;
            m_changed.wait_for(lock, std::chrono::milliseconds(10));
        }
        return m_value ? &*m_value : nullptr;
    }

private:
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::optional<T> m_value;
    bool m_done = false;
};

/// Something counted along every row of deployment_commits, by several threads at once, each with its own index.
class DeploymentCommitVisitor
{
public:
    virtual ~DeploymentCommitVisitor() = default;
    /// Before the first row: how many threads will visit (indexes 0 to threads - 1).
    virtual void begin(int threads) = 0;
    virtual void visit(int thread, Id deploymentId, Id commitId) = 0;
};

/// What the delivery metrics and a value stream derivation that read the same workspace at the same time (on threads
/// of their own, see valuestream::deriveWithMetrics()) hand each other, so that the two largest tables are read once
/// for both: the metrics scan every row of deployment_commits and let the derivation count along
/// (deploymentCommits, then deploymentCommitsVisited); the derivation reads the jobs of its runs and sums them up for
/// the metrics too (jobRuns, then jobSums), which then read only the jobs of the other runs they need. Each side
/// abandons what it would hand over when it stops early; the other side then reads for itself, or stops.
struct SharedScans
{
    /// From the derivation, before the metrics scan deployment_commits: what to count along the rows.
    Handoff<std::shared_ptr<DeploymentCommitVisitor>> deploymentCommits;
    /// From the metrics, after their scan: whether the visitor saw every row of deployment_commits.
    Handoff<bool> deploymentCommitsVisited;
    /// From the derivation, once it knows them: the runs whose jobs it will read and sum up, in id order.
    Handoff<std::vector<Id>> jobRuns;
    /// From the derivation, after reading the jobs: per entry of jobRuns, its jobs' times summed up as the metrics
    /// sum them (RunFact): (waiting, working).
    Handoff<std::vector<std::pair<qint64, qint64>>> jobSums;
};

} // namespace flowdeck::metrics::detail
