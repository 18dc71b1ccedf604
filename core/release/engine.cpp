// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/engine.h"

#include "release/engine_p.h"

namespace flowdeck::release {

using namespace Qt::StringLiterals;

using engine::releaseSubject;

namespace {

bool rollingBack(const ReleasePlan &plan)
{
    if (plan.release.onFailure != u"rollback"_s)
        return false;
    for (const ReleaseTask &task : plan.tasks) {
        if (!task.isRollback && task.state == state::failed)
            return true;
    }
    return false;
}

// Work that goes on without people: running deploys and waits.
bool anyRunningDeploy(const ReleasePlan &plan)
{
    for (const ReleaseTask &task : plan.tasks) {
        if (task.state == state::running && (task.kind == kind::deploy || task.kind == kind::wait))
            return true;
    }
    return false;
}

bool forwardFailed(const ReleasePlan &plan)
{
    for (const ReleaseTask &task : plan.tasks) {
        if (!task.isRollback && task.state == state::failed)
            return true;
    }
    return false;
}

} // namespace

Result<bool> ReleaseEngine::Private::advance(ReleasePlan &plan)
{
    bool changed = false;
    const bool rollback = rollingBack(plan);
    const bool stopped = !rollback && forwardFailed(plan);
    // Running tasks first: what finished frees its successors in the same pass.
    for (ReleaseTask &task : plan.tasks) {
        if (task.state != state::running)
            continue;
        auto watched = watchTask(plan, task);
        if (!watched)
            return watched.error();
        changed = changed || *watched;
    }
    for (const QString &name : topologicalOrder(plan)) {
        ReleaseTask &task = *plan.task(name);
        const bool active = task.isRollback ? rollback : !rollback && !stopped;
        if (task.state == state::planned && !task.isRollback && rollback) {
            task.state = state::skipped;
            task.finishedAt = now();
            if (auto stored = transition(task, audit(u"task.skip"_s, task, u"skipped"_s,
                                                     ReleaseEngine::tr("Not run: the release rolls back.")));
                !stored) {
                return stored.error();
            }
            changed = true;
            continue;
        }
        if (!active)
            continue;
        if (task.state == state::planned) {
            bool free = true;
            for (const QString &before : plan.predecessors(name)) {
                const QString &s = plan.task(before)->state;
                free = free && (s == state::succeeded || s == state::skipped);
            }
            if (!free)
                continue;
            task.state = state::ready;
            if (auto stored = transition(task, audit(u"task.ready"_s, task, u"ready"_s, {})); !stored)
                return stored.error();
            changed = true;
        }
        if (task.state == state::ready) {
            auto started = startTask(plan, task);
            if (!started)
                return started.error();
            changed = changed || *started;
        }
    }
    return changed;
}

Result<bool> ReleaseEngine::Private::startTask(ReleasePlan &plan, ReleaseTask &task)
{
    const Timestamp at = now();
    if (task.kind == kind::deploy)
        return startDeploy(plan, task);
    if (task.kind == kind::check) {
        auto checked = evaluateCheck(db(), plan, task, calendar, at);
        if (!checked)
            return checked.error();
        ++task.attempt;
        task.startedAt = at;
        task.finishedAt = at;
        task.state = checked->passed ? state::succeeded : state::failed;
        const QString findings = checked->findings.join(u'\n');
        auto stored = transition(task, audit(u"check.evaluate"_s, task, task.state, findings), [&](QSqlDatabase &db) {
            return appendOutput(db, ReleaseTaskOutput{0, task.id, task.attempt, at, findings + u'\n'});
        });
        if (!stored)
            return stored.error();
        return true;
    }
    // Approval gates, manual tasks and waits run until a person or the clock ends them.
    task.state = state::running;
    task.startedAt = at;
    task.attempt = std::max(task.attempt, 1);
    if (auto stored = transition(task, audit(u"task.start"_s, task, u"running"_s, {})); !stored)
        return stored.error();
    return true;
}

Result<bool> ReleaseEngine::Private::watchTask(ReleasePlan &plan, ReleaseTask &task)
{
    const Timestamp at = now();
    if (task.kind == kind::deploy)
        return watchDeploy(plan, task);
    if (task.kind == kind::wait) {
        auto settings = readTaskSettings(task);
        if (!settings)
            return settings.error();
        Timestamp until = settings->waitUntil.value_or(0);
        if (settings->waitMinutes)
            until = std::max(until, task.startedAt.value_or(at) + qint64(*settings->waitMinutes) * 60'000);
        if (at < until) {
            wakeAt(until);
            return false;
        }
        task.state = state::succeeded;
        task.finishedAt = at;
        auto stored = transition(task, audit(u"wait.end"_s, task, u"succeeded"_s, {}));
        if (!stored)
            return stored.error();
        return true;
    }
    if (task.kind == kind::manual) {
        if (options.completeManualTasks) {
            task.state = state::succeeded;
            task.finishedAt = at;
            auto stored = transition(task, audit(u"manual.done"_s, task, u"succeeded"_s,
                                                 ReleaseEngine::tr("Marked done for the whole run."), actor()));
            if (!stored)
                return stored.error();
            return true;
        }
        needPerson(task.owner && !task.owner->isEmpty()
                       ? ReleaseEngine::tr("'%1' waits for %2 to mark it done.").arg(task.name, *task.owner)
                       : ReleaseEngine::tr("'%1' waits to be marked done.").arg(task.name));
        return false;
    }
    if (task.kind == kind::approval) {
        auto settings = readTaskSettings(task);
        if (!settings)
            return settings.error();
        auto decisions = approvals(db(), task.id);
        if (!decisions)
            return decisions.error();
        QStringList approved;
        for (const ReleaseApproval &decision : std::as_const(*decisions)) {
            if (decision.decision == u"reject"_s) {
                task.state = state::failed;
                task.finishedAt = at;
                auto stored = transition(
                    task, audit(u"approval.rejected"_s, task, u"failed"_s,
                                ReleaseEngine::tr("Rejected by %1: %2").arg(decision.approver, decision.comment)));
                if (!stored)
                    return stored.error();
                return true;
            }
            approved.append(decision.approver);
        }
        QStringList missing;
        for (const QString &approver : std::as_const(settings->approvers)) {
            if (!approved.contains(approver))
                missing.append(approver);
        }
        if (!missing.isEmpty() && options.approveAll) {
            // Approving for everyone is recorded as what it is: one approval by the person who ran with it.
            const ReleaseApproval approval{
                0,
                task.id,
                actor(),
                u"approve"_s,
                ReleaseEngine::tr("Approved for %1 with --approve-all.").arg(missing.join(u", "_s)),
                at};
            task.state = state::succeeded;
            task.finishedAt = at;
            auto stored =
                transition(task, audit(u"approval.approve-all"_s, task, u"succeeded"_s, approval.comment, actor()),
                           [&](QSqlDatabase &db) { return addApproval(db, approval); });
            if (!stored)
                return stored.error();
            return true;
        }
        if (!missing.isEmpty()) {
            needPerson(ReleaseEngine::tr("'%1' waits for the approval of %2.").arg(task.name, missing.join(u", "_s)));
            return false;
        }
        task.state = state::succeeded;
        task.finishedAt = at;
        auto stored = transition(task, audit(u"approval.granted"_s, task, u"succeeded"_s,
                                             ReleaseEngine::tr("Approved by %1.").arg(approved.join(u", "_s))));
        if (!stored)
            return stored.error();
        return true;
    }
    return false;
}

Result<bool> ReleaseEngine::Private::settleRelease(ReleasePlan &plan)
{
    Release &release = plan.release;
    bool anyRunning = false;
    bool forwardDone = true;
    bool rollbackDone = true;
    bool rollbackFailed = false;
    bool anyRollback = false;
    for (const ReleaseTask &task : std::as_const(plan.tasks)) {
        const bool final = state::isFinal(task.state);
        anyRunning = anyRunning || task.state == state::running;
        if (task.isRollback) {
            anyRollback = true;
            rollbackDone = rollbackDone && final;
            rollbackFailed = rollbackFailed || task.state == state::failed;
        } else {
            forwardDone = forwardDone && (task.state == state::succeeded || task.state == state::skipped);
        }
    }
    const Timestamp at = now();
    QString next = release.status;
    QString detail;
    if (forwardDone) {
        next = status::succeeded;
    } else if (rollingBack(plan)) {
        bool forwardRunning = false;
        for (const ReleaseTask &task : std::as_const(plan.tasks))
            forwardRunning = forwardRunning || (!task.isRollback && task.state == state::running);
        if (!anyRollback && !forwardRunning) {
            next = status::failed;
            detail = ReleaseEngine::tr("A task failed and the plan has no rollback tasks.");
        } else if (rollbackDone && !forwardRunning) {
            next = rollbackFailed ? status::failed : status::rolledBack;
        } else {
            next = status::running;
        }
    } else if (forwardFailed(plan)) {
        next = anyRunning ? status::running : status::failed;
    } else {
        next = !peopleNeeded || anyRunningDeploy(plan) ? status::running : status::waiting;
    }
    if (next == status::succeeded) {
        // Rollback tasks were not needed.
        for (ReleaseTask &task : plan.tasks) {
            if (!task.isRollback || state::isFinal(task.state))
                continue;
            task.state = state::skipped;
            task.finishedAt = at;
            if (auto stored = transition(task, audit(u"task.skip"_s, task, u"skipped"_s,
                                                     ReleaseEngine::tr("Not needed: the release succeeded.")));
                !stored) {
                return stored.error();
            }
        }
    }
    if (next == release.status)
        return false;
    release.status = next;
    const bool final = status::isFinal(next);
    if (final)
        release.finishedAt = at;
    auto stored = write([&](QSqlDatabase &db) -> Result<void> {
        if (auto updated = updateReleaseStatus(db, release); !updated)
            return updated;
        if (!final)
            return {};
        return appendAudit(
            db, AuditEntry{0, at, engineActor(), u"release.finish"_s, releaseSubject(), release.id, next, detail});
    });
    if (!stored)
        return stored.error();
    return true;
}

ReleaseEngine::ReleaseEngine(std::shared_ptr<const store::Workspace> workspace, Id releaseId, EngineOptions options)
    : d(std::make_unique<Private>())
{
    d->workspace = std::move(workspace);
    d->releaseId = releaseId;
    d->options = std::move(options);
}

ReleaseEngine::~ReleaseEngine()
{
    stop();
    EngineLock::forgetOwner(d->owner);
}

Result<void> ReleaseEngine::start()
{
    auto plan = loadPlan(d->db(), d->releaseId);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    if (m_plan.release.isTemplate)
        return Error{tr("'%1' is a template: make a release from it to run it.").arg(m_plan.release.name)};
    if (status::isFinal(m_plan.release.status) && m_plan.release.status != status::failed)
        return Error{tr("The release '%1' has already ended (%2).").arg(m_plan.release.name, m_plan.release.status)};
    bool deploys = false;
    for (const ReleaseTask &task : std::as_const(m_plan.tasks))
        deploys = deploys || task.kind == kind::deploy;
    if (deploys && d->options.requireTrust) {
        auto trusted = WorkspaceTrust::isTrusted(*d->workspace);
        if (!trusted)
            return trusted.error();
        if (!*trusted) {
            QString lines;
            if (auto what = WorkspaceTrust::whatWouldRun(d->db()); what)
                lines = what->join(u"\n  "_s);
            return Error{tr("This workspace is not trusted on this computer, so it runs no deployment backend. "
                            "Trusting it would allow:\n  %1")
                             .arg(lines)};
        }
    }
    auto calendar = DeploymentCalendar::load(d->db());
    if (!calendar)
        return calendar.error();
    d->calendar = *calendar;
    if (auto marked = d->markWorkspace(); !marked)
        return marked;
    const Timestamp at = d->now();
    const bool resuming = m_plan.release.status != status::planned;
    auto taken = d->write([&](QSqlDatabase &db) -> Result<void> {
        auto acquired = EngineLock::acquire(db, d->releaseId, d->owner, at);
        if (!acquired)
            return acquired.error();
        if (m_plan.release.status == status::planned || m_plan.release.status == status::failed)
            m_plan.release.status = status::running;
        if (!m_plan.release.startedAt)
            m_plan.release.startedAt = at;
        m_plan.release.finishedAt.reset();
        if (auto updated = updateReleaseStatus(db, m_plan.release); !updated)
            return updated;
        QString detail = *acquired ? tr("Took over from an engine that had stopped.") : QString();
        return appendAudit(db, AuditEntry{0, at, d->actor(), resuming ? u"release.resume"_s : u"release.start"_s,
                                          releaseSubject(), d->releaseId, u"running"_s, detail});
    });
    if (!taken)
        return taken;
    d->started = true;
    return {};
}

Result<TickOutcome> ReleaseEngine::tick()
{
    if (!d->started)
        return Error{tr("The engine has not started the release.")};
    d->outcome = TickOutcome{};
    auto plan = loadPlan(d->db(), d->releaseId);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    if (auto beat =
            d->write([&](QSqlDatabase &db) { return EngineLock::heartbeat(db, d->releaseId, d->owner, d->now()); });
        !beat) {
        d->started = false;
        return beat.error();
    }
    if (m_plan.release.status == status::aborting) {
        if (auto aborted = abort(d->actor()); !aborted)
            return aborted.error();
        d->outcome.plan = m_plan;
        d->outcome.finished = true;
        d->outcome.changed = true;
        return d->outcome;
    }
    if (auto calendar = DeploymentCalendar::load(d->db()); calendar)
        d->calendar = *calendar;
    // Advance until nothing more moves: a task that ends at once frees its successors in the same tick.
    for (int pass = 0; pass < 64; ++pass) {
        d->outcome.waitingForPeople.clear();
        d->peopleNeeded = false;
        const qint64 before = d->transitions;
        auto moved = d->advance(m_plan);
        if (!moved)
            return moved.error();
        d->outcome.changed = d->outcome.changed || *moved;
        // New output alone does not call for another pass: only a transition can free more tasks.
        if (d->transitions == before)
            break;
    }
    auto settled = d->settleRelease(m_plan);
    if (!settled)
        return settled.error();
    d->outcome.changed = d->outcome.changed || *settled;
    d->outcome.plan = m_plan;
    d->outcome.finished = status::isFinal(m_plan.release.status);
    if (d->outcome.finished)
        stop();
    return d->outcome;
}

void ReleaseEngine::stop()
{
    if (!d->started)
        return;
    d->started = false;
    (void)d->write([&](QSqlDatabase &db) { return EngineLock::release(db, d->releaseId, d->owner); });
}

Result<void> ReleaseEngine::abort(const QString &actor)
{
    auto plan = loadPlan(d->db(), d->releaseId);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    if (d->workspaceMark.isEmpty()) {
        if (auto marked = d->markWorkspace(); !marked)
            return marked;
    }
    const Timestamp at = d->now();
    for (ReleaseTask &task : m_plan.tasks) {
        if (state::isFinal(task.state))
            continue;
        const bool wasRunning = task.state == state::running;
        QString detail;
        if (wasRunning && task.kind == kind::deploy && task.backendHandle) {
            if (auto backend = d->backendFor(task); backend) {
                auto canceled = (*backend)->cancel(*task.backendHandle);
                detail = canceled ? tr("The running job was asked to stop.") : canceled.errorMessage();
            }
        }
        const QString token = d->token(m_plan, task);
        task.state = state::aborted;
        task.finishedAt = at;
        auto stored = d->transition(task, d->audit(u"task.abort"_s, task, u"aborted"_s, detail, actor),
                                    [&](QSqlDatabase &db) -> Result<void> {
                                        if (!wasRunning || task.kind != kind::deploy)
                                            return {};
                                        return DeployRecord::finished(db, token, u"canceled"_s, at, {});
                                    });
        if (!stored)
            return stored;
    }
    m_plan.release.status = status::aborted;
    m_plan.release.finishedAt = at;
    auto stored = d->write([&](QSqlDatabase &db) -> Result<void> {
        if (auto updated = updateReleaseStatus(db, m_plan.release); !updated)
            return updated;
        return appendAudit(
            db, AuditEntry{0, at, actor, u"release.abort"_s, releaseSubject(), d->releaseId, u"aborted"_s, {}});
    });
    if (!stored)
        return stored;
    stop();
    return {};
}

} // namespace flowdeck::release
