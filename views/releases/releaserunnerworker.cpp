// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releaserunnerworker.h"

#include "release/audit.h"
#include "release/engine.h"
#include "store/workspace.h"

#include <QTimer>

namespace flowdeck::views {

ReleaseRunnerWorker::ReleaseRunnerWorker(int tickMs)
    : m_timer(new QTimer(this))
{
    m_timer->setInterval(tickMs);
    connect(m_timer, &QTimer::timeout, this, &ReleaseRunnerWorker::tick);
}

ReleaseRunnerWorker::~ReleaseRunnerWorker()
{
    stopAll();
}

void ReleaseRunnerWorker::run(std::shared_ptr<const store::Workspace> workspace, quint64 generation, Id releaseId)
{
    if (workspace != m_workspace || generation != m_generation)
        stopAll();
    m_workspace = std::move(workspace);
    m_generation = generation;
    if (!m_workspace || m_engines.count(releaseId) > 0)
        return;

    release::EngineOptions options;
    options.actor = release::currentUser();
    auto engine = std::make_unique<release::ReleaseEngine>(m_workspace, releaseId, std::move(options));
    if (auto started = engine->start(); !started) {
        Q_EMIT failed(m_generation, releaseId, started.errorMessage());
        Q_EMIT stopped(m_generation, releaseId);
        return;
    }
    Q_EMIT started(m_generation, releaseId);
    Running &running = m_engines[releaseId];
    running.engine = std::move(engine);
    bool remove = false;
    tickOne(releaseId, running, &remove);
    if (remove) {
        m_engines.erase(releaseId);
        Q_EMIT stopped(m_generation, releaseId);
    }
    if (!m_engines.empty() && !m_timer->isActive())
        m_timer->start();
}

void ReleaseRunnerWorker::stopAll()
{
    m_timer->stop();
    std::map<Id, Running> engines;
    engines.swap(m_engines);
    for (auto &[releaseId, running] : engines) {
        running.engine->stop();
        Q_EMIT stopped(m_generation, releaseId);
    }
    m_workspace.reset();
}

void ReleaseRunnerWorker::tick()
{
    for (auto it = m_engines.begin(); it != m_engines.end();) {
        bool remove = false;
        tickOne(it->first, it->second, &remove);
        if (!remove) {
            ++it;
            continue;
        }
        const Id releaseId = it->first;
        it = m_engines.erase(it);
        Q_EMIT stopped(m_generation, releaseId);
    }
    if (m_engines.empty())
        m_timer->stop();
}

void ReleaseRunnerWorker::tickOne(Id releaseId, Running &running, bool *remove)
{
    auto outcome = running.engine->tick();
    if (!outcome) {
        running.engine->stop();
        Q_EMIT failed(m_generation, releaseId, outcome.errorMessage());
        *remove = true;
        return;
    }
    if (outcome->changed)
        Q_EMIT changed(m_generation, releaseId);
    if (outcome->waitingForPeople != running.waitingForPeople) {
        running.waitingForPeople = outcome->waitingForPeople;
        Q_EMIT waitingForPeople(m_generation, releaseId, running.waitingForPeople);
    }
    if (outcome->finished) {
        Q_EMIT finished(m_generation, releaseId, outcome->plan.release.status);
        *remove = true;
    }
}

} // namespace flowdeck::views
