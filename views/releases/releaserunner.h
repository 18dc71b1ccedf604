// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QThread>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

class ReleaseRunnerWorker;

/// Runs releases from the GUI: a release engine per running release on a worker thread of its own, with its own
/// event loop and a timer that ticks every engine every 500 ms. The engines are used on that thread only; the GUI
/// learns what changed through signals and reads the plans itself, off its own thread.
///
/// Stopping (another workspace, the window closing, the runner going away) lets go of the releases: running backend
/// jobs go on, and the next run resumes where the release stands.
class ReleaseRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int tickMs = 500;

    explicit ReleaseRunner(QObject *parent = nullptr);
    /// Stops every engine and waits for the worker thread (at most one tick's work).
    ~ReleaseRunner() override;

    /// The workspace whose releases run() runs. Another workspace (or none) stops the engines of the previous one.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);
    /// Starts running (or resumes) the release on the worker thread; nothing when it runs already. The engine
    /// refuses a workspace that is not trusted: failed() says so.
    void run(Id releaseId);
    /// Stops running every release without waiting; the engines let go of their releases on the worker thread.
    void stopAll();

    bool isRunning(Id releaseId) const { return m_running.contains(releaseId); }
    QList<Id> runningReleases() const { return m_running.values(); }

Q_SIGNALS:
    /// The engine took the release and marked it running.
    void started(Id releaseId);
    /// A tick moved something of the release (a transition, new output).
    void changed(Id releaseId);
    /// What the release's tasks wait for from people, when that changed (empty: nothing any more).
    void waitingForPeople(Id releaseId, const QStringList &what);
    /// The release ended: succeeded, failed, rolled back or aborted.
    void finished(Id releaseId, const QString &status);
    /// The engine could not start or go on: why, in plain words.
    void failed(Id releaseId, const QString &message);
    /// The engine let go of the release (after finished(), failed() or a stop).
    void stopped(Id releaseId);

private:
    void forget(quint64 generation, Id releaseId);

    QThread m_thread;
    ReleaseRunnerWorker *m_worker = nullptr;
    std::shared_ptr<const store::Workspace> m_workspace;
    /// Counts workspaces, so that what the worker says about the releases of an earlier one is dropped.
    quint64 m_generation = 0;
    QSet<Id> m_running;
};

} // namespace flowdeck::views
