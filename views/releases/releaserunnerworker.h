// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QTimer;

namespace flowdeck::release {
class ReleaseEngine;
}

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The part of ReleaseRunner that lives on its worker thread: the engines and their timer. Every call comes from
/// that thread (queued by the runner); every signal carries the generation of the workspace it is about.
class ReleaseRunnerWorker : public QObject
{
    Q_OBJECT

public:
    explicit ReleaseRunnerWorker(int tickMs);
    ~ReleaseRunnerWorker() override;

    void run(std::shared_ptr<const store::Workspace> workspace, quint64 generation, Id releaseId);
    void stopAll();

Q_SIGNALS:
    void started(quint64 generation, Id releaseId);
    void changed(quint64 generation, Id releaseId);
    void waitingForPeople(quint64 generation, Id releaseId, const QStringList &what);
    void finished(quint64 generation, Id releaseId, const QString &status);
    void failed(quint64 generation, Id releaseId, const QString &message);
    void stopped(quint64 generation, Id releaseId);

private:
    struct Running
    {
        std::unique_ptr<release::ReleaseEngine> engine;
        QStringList waitingForPeople;
    };

    void tick();
    void tickOne(Id releaseId, Running &running, bool *remove);

    QTimer *m_timer = nullptr;
    std::shared_ptr<const store::Workspace> m_workspace;
    quint64 m_generation = 0;
    std::map<Id, Running> m_engines;
};

} // namespace flowdeck::views
