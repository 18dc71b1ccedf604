// SPDX-License-Identifier: GPL-3.0-or-later
#include "git/statspool.h"

#include "git/statsreader.h"

#include <QThread>

namespace flowdeck::git {

StatsPool::StatsPool(const QString &repositoryPath, std::vector<git_oid> commits, int threads, std::size_t window)
    : m_commits(std::move(commits))
    , m_window(std::max<std::size_t>(window, 1))
    , m_results(m_commits.size())
{
    const int count = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    const int useful = int(std::min<std::size_t>(std::size_t(count), m_commits.size()));
    m_workers = std::size_t(std::max(useful, 1));
    for (int i = 0; i < useful; ++i)
        m_threads.emplace_back([this, repositoryPath] { work(repositoryPath); });
}

StatsPool::~StatsPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_windowMoved.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void StatsPool::work(const QString &repositoryPath)
{
    // libgit2 objects stay on the thread that opened their repository.
    LibGit2 library;
    git_repository *raw = nullptr;
    const QByteArray path = repositoryPath.toUtf8();
    int opened = git_repository_open(&raw, path.constData());
    RepositoryPtr repository(raw);
    const bool attributes = opened == 0 && StatsReader::repositoryHasAttributes(repository.get());
    if (opened == 0 && !attributes) {
        // Without attributes to honour, bare is the same repository, minus libgit2's look for them on every diff.
        const QByteArray gitDirectory = git_repository_path(repository.get());
        repository.reset();
        raw = nullptr;
        opened = git_repository_open_ext(&raw, gitDirectory.constData(), GIT_REPOSITORY_OPEN_BARE, nullptr);
        repository.reset(raw);
    }
    const Error openError = opened < 0 ? gitError(repositoryPath) : Error{};
    std::optional<StatsReader> reader;
    if (opened == 0)
        reader.emplace(repository.get(), attributes);

    // Each worker takes a run of neighbouring commits: their trees and the versions of their files share most
    // objects, which then come from this worker's own cache instead of being inflated again. Long runs while much
    // is left, shorter ones towards the end, so that no worker is left alone with a long run at the finish.
    const std::size_t longest = std::max<std::size_t>(m_window / 4, 1);
    const std::size_t shortest = std::min<std::size_t>(64, longest);
    for (;;) {
        std::size_t first = 0;
        std::size_t last = 0;
        {
            std::unique_lock lock(m_mutex);
            m_windowMoved.wait(lock, [&] { return m_stopping || m_next < m_taken + m_window; });
            if (m_stopping || m_next >= m_commits.size())
                return;
            first = m_next;
            const std::size_t left = m_commits.size() - first;
            const std::size_t chunk = std::clamp<std::size_t>(left / (4 * m_workers), shortest, longest);
            last = std::min(m_commits.size(), first + chunk);
            m_next = last;
        }
        for (std::size_t index = first; index < last; ++index) {
            Result<CommitStats> stats = opened < 0 ? Result<CommitStats>(openError) : reader->stats(m_commits[index]);
            {
                std::lock_guard lock(m_mutex);
                m_results[index].emplace(std::move(stats));
            }
            m_resultReady.notify_all();
        }
    }
}

Result<CommitStats> StatsPool::take(std::size_t index)
{
    std::unique_lock lock(m_mutex);
    m_resultReady.wait(lock, [&] { return m_results[index].has_value(); });
    Result<CommitStats> stats = std::move(*m_results[index]);
    m_results[index].reset();
    m_taken = index + 1;
    lock.unlock();
    m_windowMoved.notify_all();
    return stats;
}

} // namespace flowdeck::git
