// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/engine.h"
#include "release/releasestore.h"
#include "store/workspace.h"

#include <QDeadlineTimer>
#include <QThread>

#include <map>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

QString taskLine(const ReleaseTask &task)
{
    if (task.kind == kind::deploy && task.attempt > 1 && task.state == state::running)
        return ReleaseEngine::tr("%1: running (attempt %2)").arg(task.name).arg(task.attempt);
    return ReleaseEngine::tr("%1: %2").arg(task.name, task.state);
}

} // namespace

Result<RunOutcome> runRelease(std::shared_ptr<const store::Workspace> workspace, Id releaseId, EngineOptions options,
                              TaskControl control, std::function<void(const QString &line)> progress,
                              std::chrono::milliseconds pollInterval)
{
    ReleaseEngine engine(workspace, releaseId, std::move(options));
    if (auto started = engine.start(); !started)
        return started.error();
    std::map<Id, QString> seen;
    for (const ReleaseTask &task : engine.plan().tasks)
        seen[task.id] = task.state;
    std::map<Id, Id> outputSeen;
    QString releaseStatus;
    RunOutcome outcome;
    QStringList lastWaiting;
    while (true) {
        auto tick = engine.tick();
        if (!tick)
            return tick.error();
        outcome.plan = tick->plan;
        if (progress) {
            for (const ReleaseTask &task : std::as_const(tick->plan.tasks)) {
                // Output first: what a deploy printed comes before the line that says how it ended.
                auto fresh = output(workspace->connection(), task.id, 0, outputSeen[task.id]);
                if (fresh) {
                    for (const ReleaseTaskOutput &piece : std::as_const(*fresh)) {
                        const QStringList lines = piece.text.split(u'\n', Qt::SkipEmptyParts);
                        for (const QString &line : lines)
                            progress(u"  %1 | %2"_s.arg(task.name, line));
                        outputSeen[task.id] = piece.id;
                    }
                }
                if (seen[task.id] != task.state) {
                    seen[task.id] = task.state;
                    progress(taskLine(task));
                }
            }
            if (tick->waitingForPeople != lastWaiting) {
                for (const QString &line : std::as_const(tick->waitingForPeople))
                    progress(line);
                lastWaiting = tick->waitingForPeople;
            }
            if (tick->plan.release.status != releaseStatus) {
                releaseStatus = tick->plan.release.status;
                if (status::isFinal(releaseStatus))
                    progress(ReleaseEngine::tr("Release %1: %2").arg(tick->plan.release.name, releaseStatus));
            }
        }
        if (tick->finished)
            return outcome;
        bool machineWork = false;
        for (const ReleaseTask &task : std::as_const(tick->plan.tasks)) {
            machineWork = machineWork ||
                          (task.state == state::running && (task.kind == kind::deploy || task.kind == kind::wait)) ||
                          (task.state == state::ready && task.kind == kind::deploy);
        }
        if (!tick->changed && !machineWork && !tick->waitingForPeople.isEmpty()) {
            outcome.waitingForPeople = tick->waitingForPeople;
            engine.stop();
            return outcome;
        }
        if (!tick->changed && !machineWork && tick->waitingForPeople.isEmpty()) {
            // Nothing runs, nothing waits and nothing moved: the plan cannot go on (a failure under "stop").
            engine.stop();
            return outcome;
        }
        QDeadlineTimer sleep(pollInterval);
        while (!sleep.hasExpired()) {
            if (control.isCanceled()) {
                outcome.canceled = true;
                engine.stop();
                return outcome;
            }
            QThread::msleep(std::min<qint64>(50, std::max<qint64>(1, sleep.remainingTime())));
        }
    }
}

} // namespace flowdeck::release
