// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskcontrol.h"

#include <QString>

#include <atomic>
#include <mutex>

namespace flowdeck::app {

/// The shared state of one background task: the worker thread writes its progress and reads the cancel
/// request, the GUI thread reads the progress and writes the cancel request. Kept alive by a shared_ptr on
/// both sides, so either may finish first.
class TaskProgress
{
public:
    explicit TaskProgress(QString title)
        : m_title(std::move(title))
    {}

    QString title() const { return m_title; }

    /// Makes the status bar show how fast the work goes and how long it has left: `format` holds the rate as %1,
    /// as in "%1 commits/s". Set before the task is tracked.
    void setRateFormat(QString format) { m_rateFormat = std::move(format); }
    QString rateFormat() const { return m_rateFormat; }

    /// The TaskControl to hand to core work; valid as long as this object lives.
    TaskControl control()
    {
        return TaskControl(
            [this](qint64 done, qint64 total) {
                m_done.store(done, std::memory_order_relaxed);
                m_total.store(total, std::memory_order_relaxed);
            },
            &m_cancel);
    }

    /// A line about what the work does now ("Rate limit reached: waiting 42 s"), shown after the title; empty for
    /// none. Set from the worker thread.
    void setMessage(QString message)
    {
        std::lock_guard lock(m_messageMutex);
        m_message = std::move(message);
    }
    QString message() const
    {
        std::lock_guard lock(m_messageMutex);
        return m_message;
    }

    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_cancel.load(std::memory_order_relaxed); }
    qint64 done() const { return m_done.load(std::memory_order_relaxed); }
    qint64 total() const { return m_total.load(std::memory_order_relaxed); }

private:
    const QString m_title;
    QString m_rateFormat;
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic_bool m_cancel = false;
    mutable std::mutex m_messageMutex;
    QString m_message;
};

} // namespace flowdeck::app
