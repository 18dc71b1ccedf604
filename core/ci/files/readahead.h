// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace flowdeck::ci::files {

/// Makes the items 0 .. count - 1 with `make` on worker threads while the caller takes them in order, as the git
/// import's StatsPool does with diff stats: the saved-responses import reads and parses files while the ones before
/// them are stored, which only one thread can do. Workers run at most `window` items ahead of the caller (8 for
/// each worker unless told), which bounds the memory held by items made and not yet taken. `make` runs on several
/// threads at once.
template<typename T>
class ReadAhead
{
public:
    /// `threads` 0: one a processor.
    ReadAhead(qsizetype count, std::function<T(qsizetype)> make, int threads = 0, qsizetype window = 0)
        : m_make(std::move(make))
        , m_items(std::size_t(std::max<qsizetype>(count, 0)))
    {
        const int workers = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
        m_window = window > 0 ? window : 8 * qsizetype(workers);
        for (int i = 0; i < std::min<qsizetype>(workers, count); ++i)
            m_threads.emplace_back([this] { work(); });
    }

    /// Stops the workers; each finishes the item it is making.
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_windowMoved.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }

    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /// Item `index`, waiting until a worker has made it. Call with 0, 1, 2, ... in order.
    T take(qsizetype index)
    {
        std::unique_lock lock(m_mutex);
        m_itemReady.wait(lock, [&] { return m_items[std::size_t(index)].has_value(); });
        T item = std::move(*m_items[std::size_t(index)]);
        m_items[std::size_t(index)].reset();
        m_taken = index + 1;
        // Workers waiting for room are woken once half the window is free, not for each place that frees: waking a
        // thread costs a system call and a switch of threads, more than a small file takes to read and parse.
        const bool wake = m_waiting > 0 && m_taken + m_window - m_next >= std::max<qsizetype>(1, m_window / 2);
        lock.unlock();
        if (wake)
            m_windowMoved.notify_all();
        return item;
    }

private:
    void work()
    {
        for (;;) {
            qsizetype index = 0;
            {
                std::unique_lock lock(m_mutex);
                ++m_waiting;
                m_windowMoved.wait(lock, [&] { return m_stopping || m_next < m_taken + m_window; });
                --m_waiting;
                if (m_stopping || m_next >= qsizetype(m_items.size()))
                    return;
                index = m_next++;
            }
            T item = m_make(index);
            {
                std::lock_guard lock(m_mutex);
                m_items[std::size_t(index)].emplace(std::move(item));
            }
            // Only the caller waits for items.
            m_itemReady.notify_one();
        }
    }

    const std::function<T(qsizetype)> m_make;
    std::vector<std::optional<T>> m_items;
    qsizetype m_window = 1;
    std::mutex m_mutex;
    std::condition_variable m_itemReady;
    std::condition_variable m_windowMoved;
    qsizetype m_next = 0;
    qsizetype m_taken = 0;
    /// Workers waiting for room in the window.
    int m_waiting = 0;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace flowdeck::ci::files
