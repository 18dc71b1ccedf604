// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace flowdeck {

/// How long core work reports progress and learns that it should stop. Both parts are optional, so a
/// default-constructed TaskControl runs to the end silently. Called from the worker thread; the GUI bridges
/// the callback with a queued signal.
class TaskControl
{
public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    TaskControl() = default;
    TaskControl(ProgressFunction progress, const std::atomic_bool *cancel)
        : m_progress(std::move(progress))
        , m_cancel(cancel)
    {}

    void report(qint64 done, qint64 total) const
    {
        if (m_progress)
            m_progress(done, total);
    }
    bool isCanceled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    /// The message of work that stopped because the user asked it to.
    static QString canceledMessage() { return QCoreApplication::translate("flowdeck::TaskControl", "Canceled."); }

private:
    ProgressFunction m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace flowdeck
