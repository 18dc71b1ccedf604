// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releaserunner.h"

#include "releases/releaserunnerworker.h"
#include "store/workspace.h"

namespace flowdeck::views {

ReleaseRunner::ReleaseRunner(QObject *parent)
    : QObject(parent)
    , m_worker(new ReleaseRunnerWorker(tickMs))
{
    m_thread.setObjectName(QStringLiteral("release engine"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    const auto current = [this](quint64 generation) {
        return generation == m_generation;
    };
    connect(m_worker, &ReleaseRunnerWorker::started, this, [this, current](quint64 generation, Id releaseId) {
        if (current(generation))
            Q_EMIT started(releaseId);
    });
    connect(m_worker, &ReleaseRunnerWorker::changed, this, [this, current](quint64 generation, Id releaseId) {
        if (current(generation))
            Q_EMIT changed(releaseId);
    });
    connect(m_worker, &ReleaseRunnerWorker::waitingForPeople, this,
            [this, current](quint64 generation, Id releaseId, const QStringList &what) {
                if (current(generation))
                    Q_EMIT waitingForPeople(releaseId, what);
            });
    connect(m_worker, &ReleaseRunnerWorker::finished, this,
            [this, current](quint64 generation, Id releaseId, const QString &status) {
                if (current(generation))
                    Q_EMIT finished(releaseId, status);
            });
    connect(m_worker, &ReleaseRunnerWorker::failed, this,
            [this, current](quint64 generation, Id releaseId, const QString &message) {
                if (current(generation))
                    Q_EMIT failed(releaseId, message);
            });
    connect(m_worker, &ReleaseRunnerWorker::stopped, this,
            [this](quint64 generation, Id releaseId) { forget(generation, releaseId); });
    m_thread.start();
}

ReleaseRunner::~ReleaseRunner()
{
    // The engines let go of their releases before the thread ends, so that another engine may take them at once.
    ReleaseRunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stopAll(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReleaseRunner::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    if (workspace == m_workspace)
        return;
    stopAll();
    m_workspace = std::move(workspace);
}

void ReleaseRunner::run(Id releaseId)
{
    if (!m_workspace || m_running.contains(releaseId))
        return;
    m_running.insert(releaseId);
    ReleaseRunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, workspace = m_workspace, generation = m_generation, releaseId] {
            worker->run(workspace, generation, releaseId);
        },
        Qt::QueuedConnection);
}

void ReleaseRunner::stopAll()
{
    const QList<Id> running = m_running.values();
    m_running.clear();
    ++m_generation;
    ReleaseRunnerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stopAll(); }, Qt::QueuedConnection);
    for (Id releaseId : running)
        Q_EMIT stopped(releaseId);
}

void ReleaseRunner::forget(quint64 generation, Id releaseId)
{
    if (generation != m_generation)
        return;
    if (m_running.remove(releaseId))
        Q_EMIT stopped(releaseId);
}

} // namespace flowdeck::views
