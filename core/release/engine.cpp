// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/engine.h"

#include "release/audit.h"
#include "release/calendar.h"
#include "release/checks.h"
#include "release/deployrecord.h"
#include "release/enginelock.h"
#include "release/releasestore.h"
#include "release/trust.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

#include <map>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype outputTailBytes = 4000;

QString taskSubject()
{
    return u"release_task"_s;
}

QString releaseSubject()
{
    return u"release"_s;
}

// The longest prefix of `bytes` that ends on a whole UTF-8 character: output is stored in whole characters only,
// so that the bytes stored are exactly the bytes read.
qsizetype completeUtf8(const QByteArray &bytes)
{
    qsizetype end = bytes.size();
    qsizetype i = end - 1;
    int continuation = 0;
    while (i >= 0 && (uchar(bytes[i]) & 0xC0) == 0x80 && continuation < 3) {
        --i;
        ++continuation;
    }
    if (i < 0)
        return end;
    const uchar lead = uchar(bytes[i]);
    const int length = lead < 0x80             ? 1
                       : (lead & 0xE0) == 0xC0 ? 2
                       : (lead & 0xF0) == 0xE0 ? 3
                       : (lead & 0xF8) == 0xF0 ? 4
                                               : 1;
    return continuation + 1 < length ? i : end;
}

QString jobStateText(JobState state)
{
    switch (state) {
    case JobState::Running:
        return u"running"_s;
    case JobState::Succeeded:
        return u"succeeded"_s;
    case JobState::Failed:
        return u"failed"_s;
    case JobState::Canceled:
        return u"canceled"_s;
    }
    return u"failed"_s;
}

} // namespace

struct ReleaseEngine::Private
{
    std::shared_ptr<const store::Workspace> workspace;
    Id releaseId = 0;
    EngineOptions options;
    QString owner = EngineLock::newOwner();
    bool started = false;
    std::map<Id, std::unique_ptr<DeployBackend>> backends;
    /// Bytes of each task's current attempt's output read so far.
    std::map<std::pair<Id, int>, qint64> offsets;
    DeploymentCalendar calendar;
    TickOutcome outcome;
    /// Transitions stored so far: a pass that stored none ends the tick.
    qint64 transitions = 0;
    /// Whether a task of this pass waits for a person (not for a window or the clock).
    bool peopleNeeded = false;

    Timestamp now() const { return options.clock ? options.clock() : QDateTime::currentMSecsSinceEpoch(); }
    QString actor() const { return options.actor.isEmpty() ? currentUser() : options.actor; }

    /// The workspace's part of every token: ids repeat from one workspace to the next, and jobs of two workspaces
    /// must never be taken for each other.
    QString workspaceMark;

    /// The attempt's token: "3f2a9c1b-r12-t40-a2" (workspace, release 12, task 40, attempt 2).
    QString token(const ReleasePlan &plan, const ReleaseTask &task) const
    {
        return u"%1-r%2-t%3-a%4"_s.arg(workspaceMark).arg(plan.release.id).arg(task.id).arg(task.attempt);
    }

    /// The workspace's identity (settings key workspace.id), given one when it has none; its first 8 hex digits.
    Result<void> markWorkspace()
    {
        QString identity = workspace->setting(u"workspace.id"_s);
        if (identity.isEmpty()) {
            identity = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (auto stored = workspace->setSetting(u"workspace.id"_s, identity); !stored)
                return stored;
        }
        workspaceMark = identity.remove(u'-').left(8).toLower();
        return {};
    }

    QSqlDatabase db() const { return workspace->connection(); }

    Result<void> write(const store::Workspace::WriteWork &work) const { return workspace->write(work); }

    AuditEntry audit(const QString &action, const ReleaseTask &task, const QString &outcome, const QString &detail,
                     const QString &who = {}) const
    {
        return AuditEntry{0,       now(), who.isEmpty() ? engineActor() : who, action, taskSubject(), task.id,
                          outcome, detail};
    }

    /// Stores the task as it is now, with its audit entry, in one transaction.
    Result<void> transition(const ReleaseTask &task, const AuditEntry &entry,
                            const std::function<Result<void>(QSqlDatabase &)> &more = {})
    {
        ++transitions;
        return write([&](QSqlDatabase &db) -> Result<void> {
            if (auto updated = updateTask(db, task); !updated)
                return updated;
            if (more) {
                if (auto done = more(db); !done)
                    return done;
            }
            return appendAudit(db, entry);
        });
    }

    Result<DeployBackend *> backendFor(const ReleaseTask &task)
    {
        if (!task.backendId)
            return Error{ReleaseEngine::tr("The deploy task '%1' names no backend.").arg(task.name)};
        auto found = backends.find(*task.backendId);
        if (found != backends.end())
            return found->second.get();
        auto row = store::runQuery(db(), ReleaseEngine::tr("the backends"),
                                   store::selectStatement<Backend>() + u" WHERE id = ?"_s, {*task.backendId});
        if (!row)
            return row.error();
        if (!row->next())
            return Error{ReleaseEngine::tr("The backend of the deploy task '%1' no longer exists.").arg(task.name)};
        const Backend backend = store::readRow<Backend>(*row);
        Result<std::unique_ptr<DeployBackend>> made =
            options.backends ? options.backends(backend) : makeBackend(backend, defaultBackendContext());
        if (!made)
            return made.error();
        DeployBackend *raw = made->get();
        backends.emplace(*task.backendId, std::move(*made));
        return raw;
    }

    Result<QString> names(const QString &table, OptionalId id) const
    {
        if (!id)
            return QString();
        auto query = store::runQuery(db(), table, u"SELECT name FROM %1 WHERE id = ?"_s.arg(table), {*id});
        if (!query)
            return query.error();
        return query->next() ? query->value(0).toString() : QString();
    }

    /// The version a deploy task deploys: its own, else the release item's for its service, else (for a rollback)
    /// the version deployed before this release, else the release's.
    Result<QString> versionFor(const ReleasePlan &plan, const ReleaseTask &task) const
    {
        if (task.version && !task.version->isEmpty())
            return *task.version;
        if (task.isRollback && task.serviceId && task.environmentId)
            return DeployRecord::previousVersion(db(), *task.serviceId, *task.environmentId, plan.release.id);
        for (const ReleaseItem &item : plan.items) {
            if (task.serviceId && item.serviceId == *task.serviceId)
                return item.version;
        }
        return plan.release.version;
    }

    Result<DeployRequest> requestFor(const ReleasePlan &plan, const ReleaseTask &task) const
    {
        DeployRequest request;
        request.release = plan.release.name;
        auto service = names(u"services"_s, task.serviceId);
        if (!service)
            return service.error();
        auto environment = names(u"environments"_s, task.environmentId);
        if (!environment)
            return environment.error();
        auto version = versionFor(plan, task);
        if (!version)
            return version.error();
        if (version->isEmpty()) {
            return Error{ReleaseEngine::tr("The deploy task '%1' has no version to deploy: give the task or the "
                                           "release a version.")
                             .arg(task.name)};
        }
        request.service = *service;
        request.environment = *environment;
        request.version = *version;
        if (task.serviceId) {
            auto commit = DeployRecord::commitForVersion(db(), *task.serviceId, *version);
            if (!commit)
                return commit.error();
            request.commit = *commit;
        }
        request.taskId = task.id;
        request.attempt = task.attempt;
        request.token = token(plan, task);
        auto settings = readTaskSettings(task);
        if (!settings)
            return settings.error();
        request.arguments = settings->arguments;
        return request;
    }

    Result<bool> advance(ReleasePlan &plan);
    Result<bool> startTask(ReleasePlan &plan, ReleaseTask &task);
    Result<bool> watchTask(ReleasePlan &plan, ReleaseTask &task);
    Result<bool> startDeploy(ReleasePlan &plan, ReleaseTask &task);
    Result<bool> watchDeploy(ReleasePlan &plan, ReleaseTask &task);
    Result<bool> endAttempt(ReleasePlan &plan, ReleaseTask &task, bool succeeded, const QString &detail,
                            const QString &deployStatus, const QString &url);
    Result<bool> readOutput(ReleaseTask &task, DeployBackend &backend);
    Result<bool> settleRelease(ReleasePlan &plan);
    void note(const QString &line) { outcome.waitingForPeople.append(line); }
    void needPerson(const QString &line)
    {
        peopleNeeded = true;
        note(line);
    }
    void wakeAt(Timestamp at)
    {
        if (!outcome.wakeAt || at < *outcome.wakeAt)
            outcome.wakeAt = at;
    }
};

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

Result<bool> ReleaseEngine::Private::startDeploy(ReleasePlan &plan, ReleaseTask &task)
{
    const Timestamp at = now();
    if (!calendar.isAllowed(task.environmentId, at)) {
        if (auto next = calendar.nextAllowed(task.environmentId, at))
            wakeAt(*next);
        note(ReleaseEngine::tr("'%1' is held: %2").arg(task.name, calendar.holdReason(task.environmentId, at)));
        return false;
    }
    ++task.attempt;
    task.state = state::running;
    task.startedAt = at;
    task.finishedAt.reset();
    task.backendHandle.reset();
    auto request = requestFor(plan, task);
    if (!request) {
        // Nothing was started: the attempt fails with the reason.
        return endAttempt(plan, task, false, request.errorMessage(), {}, {});
    }
    auto backend = backendFor(task);
    if (!backend)
        return endAttempt(plan, task, false, backend.errorMessage(), {}, {});
    // The attempt and its deployment row are stored before the backend is asked: a crash from here on leaves a
    // running task without a handle, which the next engine resolves with find(), never by starting again.
    auto stored = transition(
        task,
        audit(u"deploy.start"_s, task, u"running"_s,
              ReleaseEngine::tr("Attempt %1: %2").arg(task.attempt).arg((*backend)->describe(*request))),
        [&](QSqlDatabase &db) {
            return DeployRecord::started(db, task, request->version, request->commit, request->token, at, actor());
        });
    if (!stored)
        return stored.error();
    auto handle = (*backend)->start(*request);
    if (!handle)
        return endAttempt(plan, task, false, handle.errorMessage(), u"failed"_s, {});
    task.backendHandle = *handle;
    if (auto kept = write([&](QSqlDatabase &db) { return updateTask(db, task); }); !kept)
        return kept.error();
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

Result<bool> ReleaseEngine::Private::readOutput(ReleaseTask &task, DeployBackend &backend)
{
    if (!task.backendHandle)
        return false;
    const auto key = std::make_pair(task.id, task.attempt);
    auto offset = offsets.find(key);
    if (offset == offsets.end()) {
        // After a restart: what was stored already is where reading goes on.
        auto stored = output(db(), task.id, task.attempt);
        if (!stored)
            return stored.error();
        qint64 bytes = 0;
        for (const ReleaseTaskOutput &piece : std::as_const(*stored))
            bytes += piece.text.toUtf8().size();
        offset = offsets.emplace(key, bytes).first;
    }
    auto fresh = backend.logs(*task.backendHandle, offset->second);
    if (!fresh || fresh->isEmpty())
        return false;
    const qsizetype whole = completeUtf8(*fresh);
    if (whole == 0)
        return false;
    const QString text = QString::fromUtf8(fresh->left(whole));
    auto stored = write([&](QSqlDatabase &db) {
        return appendOutput(db, ReleaseTaskOutput{0, task.id, task.attempt, now(), text});
    });
    if (!stored)
        return stored.error();
    offset->second += whole;
    return true;
}

Result<bool> ReleaseEngine::Private::watchDeploy(ReleasePlan &plan, ReleaseTask &task)
{
    auto backend = backendFor(task);
    if (!backend)
        return endAttempt(plan, task, false, backend.errorMessage(), u"failed"_s, {});
    auto request = requestFor(plan, task);
    if (!request)
        return endAttempt(plan, task, false, request.errorMessage(), u"failed"_s, {});
    if (!task.backendHandle) {
        // The engine stopped between storing the attempt and storing the backend's handle: ask the backend.
        auto found = (*backend)->find(*request);
        if (!found) {
            return endAttempt(plan, task, false,
                              ReleaseEngine::tr("Flowdeck stopped while starting this deployment, and the backend "
                                                "cannot tell whether it started: %1 Check it, then retry or skip "
                                                "the task.")
                                  .arg(found.errorMessage()),
                              u"failed"_s, {});
        }
        if (!*found) {
            auto handle = (*backend)->start(*request);
            if (!handle)
                return endAttempt(plan, task, false, handle.errorMessage(), u"failed"_s, {});
            task.backendHandle = *handle;
        } else {
            task.backendHandle = **found;
        }
        auto kept = transition(task, audit(u"deploy.reattach"_s, task, u"running"_s,
                                           *found ? ReleaseEngine::tr("Found the job started before the restart.")
                                                  : ReleaseEngine::tr("The job had not started; started it.")));
        if (!kept)
            return kept.error();
    }
    bool changed = false;
    auto read = readOutput(task, **backend);
    if (!read)
        return read.error();
    changed = *read;
    auto status = (*backend)->poll(*task.backendHandle);
    if (!status) {
        // A backend that cannot be reached now is asked again on the next tick; the job goes on without us.
        note(ReleaseEngine::tr("'%1': %2").arg(task.name, status.errorMessage()));
        return changed;
    }
    if (status->state == JobState::Running)
        return changed;
    // The job ended: read what it wrote last, then settle the attempt.
    if (auto last = readOutput(task, **backend); !last)
        return last.error();
    const bool succeeded = status->state == JobState::Succeeded;
    return endAttempt(plan, task, succeeded, status->message, jobStateText(status->state), status->url);
}

Result<bool> ReleaseEngine::Private::endAttempt(ReleasePlan &plan, ReleaseTask &task, bool succeeded,
                                                const QString &detail, const QString &deployStatus, const QString &url)
{
    Q_UNUSED(plan);
    const Timestamp at = now();
    QString tail;
    if (auto stored = output(db(), task.id, task.attempt); stored) {
        QString all;
        for (const ReleaseTaskOutput &piece : std::as_const(*stored))
            all += piece.text;
        tail = all.right(outputTailBytes);
    }
    const QString token = this->token(plan, task);
    const bool retry = !succeeded && task.attempt <= task.maxRetries && deployStatus != u"canceled"_s;
    task.state = succeeded ? state::succeeded : retry ? state::ready : state::failed;
    task.finishedAt = at;
    const QString action = succeeded ? u"deploy.succeeded"_s : retry ? u"deploy.retry"_s : u"deploy.failed"_s;
    QString text = detail;
    if (retry) {
        text = ReleaseEngine::tr("Attempt %1 of %2 failed (%3); trying again.")
                   .arg(task.attempt)
                   .arg(task.maxRetries + 1)
                   .arg(detail);
    }
    if (!tail.isEmpty())
        text += u"\n"_s + tail;
    auto stored = transition(
        task, audit(action, task, succeeded ? u"succeeded"_s : u"failed"_s, text),
        [&](QSqlDatabase &db) -> Result<void> {
            if (!detail.isEmpty() && !succeeded) {
                if (auto noted = appendOutput(db, ReleaseTaskOutput{0, task.id, task.attempt, at, detail + u'\n'});
                    !noted) {
                    return noted;
                }
            }
            if (deployStatus.isEmpty())
                return {};
            return DeployRecord::finished(db, token, deployStatus, at, url);
        });
    if (!stored)
        return stored.error();
    return true;
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
