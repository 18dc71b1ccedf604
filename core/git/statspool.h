// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "git/diffstats.h"

#include <QString>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace flowdeck::git {

/// Computes diff stats for a list of commits on worker threads, each with a repository of its own, while the
/// caller takes the results in list order. Workers run at most `window` commits ahead of the caller, which
/// bounds the memory held by finished results.
class StatsPool
{
public:
    StatsPool(const QString &repositoryPath, std::vector<git_oid> commits, int threads, std::size_t window = 8192);
    ~StatsPool();

    StatsPool(const StatsPool &) = delete;
    StatsPool &operator=(const StatsPool &) = delete;

    std::size_t size() const { return m_commits.size(); }
    /// The stats of commits[index]; blocks until a worker has them. Call with 0, 1, 2, ... in order.
    Result<CommitStats> take(std::size_t index);

private:
    void work(const QString &repositoryPath);

    const std::vector<git_oid> m_commits;
    const std::size_t m_window;
    std::vector<std::optional<Result<CommitStats>>> m_results;
    std::mutex m_mutex;
    std::condition_variable m_resultReady;
    std::condition_variable m_windowMoved;
    std::size_t m_next = 0;
    std::size_t m_taken = 0;
    bool m_stopping = false;
    std::size_t m_workers = 1;
    std::vector<std::thread> m_threads;
};

} // namespace flowdeck::git
