// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/audit.h"
#include "release/engine.h"
#include "release/enginelock.h"
#include "release/releasestore.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSqlQuery>

namespace flowdeck::release::actions {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("flowdeck::release::ReleaseEngine", text);
}

Result<ReleaseTask> loadTask(const QSqlDatabase &db, Id taskId)
{
    auto query = store::runQuery(db, tr("the release task"), store::selectStatement<ReleaseTask>() + u" WHERE id = ?"_s,
                                 {taskId});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{tr("There is no release task %1.").arg(taskId)};
    return store::readRow<ReleaseTask>(*query);
}

AuditEntry entry(const QString &action, const ReleaseTask &task, const QString &actor, const QString &outcome,
                 const QString &detail)
{
    return AuditEntry{0,     QDateTime::currentMSecsSinceEpoch(), actor, action, u"release_task"_s, task.id, outcome,
                      detail};
}

// A release that stopped on a failure goes on once no task is failed any more.
Result<void> resumeRelease(QSqlDatabase &db, Id releaseId)
{
    auto plan = loadPlan(db, releaseId);
    if (!plan)
        return plan.error();
    if (plan->release.status != status::failed)
        return {};
    for (const ReleaseTask &task : std::as_const(plan->tasks)) {
        if (task.state == state::failed)
            return {};
    }
    plan->release.status = status::running;
    plan->release.finishedAt.reset();
    return updateReleaseStatus(db, plan->release);
}

Result<void> decide(const store::Workspace &workspace, Id taskId, const QString &actor, const QString &comment,
                    bool approve)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto task = loadTask(db, taskId);
        if (!task)
            return task.error();
        if (task->kind != kind::approval)
            return Error{tr("'%1' is not an approval gate.").arg(task->name)};
        if (state::isFinal(task->state))
            return Error{tr("The approval gate '%1' has already ended (%2).").arg(task->name, task->state)};
        auto settings = readTaskSettings(*task);
        if (!settings)
            return settings.error();
        if (!settings->approvers.contains(actor)) {
            return Error{tr("%1 is not an approver of '%2'; its approvers are %3.")
                             .arg(actor, task->name, settings->approvers.join(u", "_s))};
        }
        if (!approve && comment.trimmed().isEmpty())
            return Error{tr("Say why '%1' is rejected: a rejection needs a comment.").arg(task->name)};
        auto given = approvals(db, taskId);
        if (!given)
            return given.error();
        for (const ReleaseApproval &decision : std::as_const(*given)) {
            if (decision.approver == actor)
                return Error{tr("%1 has already decided on '%2'.").arg(actor, task->name)};
        }
        const ReleaseApproval decision{0,
                                       taskId,
                                       actor,
                                       approve ? u"approve"_s : u"reject"_s,
                                       comment.trimmed(),
                                       QDateTime::currentMSecsSinceEpoch()};
        if (auto added = addApproval(db, decision); !added)
            return added;
        return appendAudit(db, entry(approve ? u"approval.approve"_s : u"approval.reject"_s, *task, actor,
                                     approve ? u"approved"_s : u"rejected"_s, comment.trimmed()));
    });
}

} // namespace

Result<void> approve(const store::Workspace &workspace, Id taskId, const QString &actor, const QString &comment)
{
    return decide(workspace, taskId, actor, comment, true);
}

Result<void> reject(const store::Workspace &workspace, Id taskId, const QString &actor, const QString &comment)
{
    return decide(workspace, taskId, actor, comment, false);
}

Result<void> markDone(const store::Workspace &workspace, Id taskId, const QString &actor)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto task = loadTask(db, taskId);
        if (!task)
            return task.error();
        if (task->kind != kind::manual)
            return Error{tr("'%1' is not a manual task.").arg(task->name)};
        if (task->state != state::running)
            return Error{tr("'%1' cannot be marked done while it is %2.").arg(task->name, task->state)};
        task->state = state::succeeded;
        task->finishedAt = QDateTime::currentMSecsSinceEpoch();
        if (auto updated = updateTask(db, *task); !updated)
            return updated;
        return appendAudit(db, entry(u"manual.done"_s, *task, actor, u"succeeded"_s, {}));
    });
}

Result<void> retry(const store::Workspace &workspace, Id taskId, const QString &actor)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto task = loadTask(db, taskId);
        if (!task)
            return task.error();
        if (task->state != state::failed)
            return Error{tr("Only a failed task can be retried; '%1' is %2.").arg(task->name, task->state)};
        auto plan = loadPlan(db, task->releaseId);
        if (!plan)
            return plan.error();
        if (plan->release.status == status::aborted || plan->release.status == status::rolledBack)
            return Error{tr("The release '%1' has ended (%2).").arg(plan->release.name, plan->release.status)};
        task->state = state::ready;
        task->finishedAt.reset();
        if (auto updated = updateTask(db, *task); !updated)
            return updated;
        if (auto resumed = resumeRelease(db, task->releaseId); !resumed)
            return resumed;
        return appendAudit(db, entry(u"task.retry"_s, *task, actor, u"ready"_s, {}));
    });
}

Result<void> skip(const store::Workspace &workspace, Id taskId, const QString &actor)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto task = loadTask(db, taskId);
        if (!task)
            return task.error();
        if (task->state != state::failed && task->state != state::ready && task->state != state::planned)
            return Error{tr("'%1' cannot be skipped while it is %2.").arg(task->name, task->state)};
        task->state = state::skipped;
        task->finishedAt = QDateTime::currentMSecsSinceEpoch();
        if (auto updated = updateTask(db, *task); !updated)
            return updated;
        if (auto resumed = resumeRelease(db, task->releaseId); !resumed)
            return resumed;
        return appendAudit(db, entry(u"task.skip"_s, *task, actor, u"skipped"_s, {}));
    });
}

Result<void> requestAbort(const store::Workspace &workspace, Id releaseId, const QString &actor)
{
    bool engineRuns = false;
    auto asked = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto plan = loadPlan(db, releaseId);
        if (!plan)
            return plan.error();
        if (status::isFinal(plan->release.status) && plan->release.status != status::failed)
            return Error{tr("The release '%1' has already ended (%2).").arg(plan->release.name, plan->release.status)};
        auto holder = EngineLock::holder(db, releaseId);
        if (!holder)
            return holder.error();
        engineRuns = *holder && EngineLock::isAlive(**holder, QDateTime::currentMSecsSinceEpoch());
        if (!engineRuns)
            return {};
        plan->release.status = status::aborting;
        if (auto updated = updateReleaseStatus(db, plan->release); !updated)
            return updated;
        return appendAudit(db, AuditEntry{0,
                                          QDateTime::currentMSecsSinceEpoch(),
                                          actor,
                                          u"release.abort-request"_s,
                                          u"release"_s,
                                          releaseId,
                                          u"asked"_s,
                                          {}});
    });
    if (!asked || engineRuns)
        return asked;
    // No engine runs the release: abort it here, stopping any job still running.
    auto shared = std::shared_ptr<const store::Workspace>(&workspace, [](const store::Workspace *) {});
    ReleaseEngine engine(shared, releaseId, EngineOptions{actor, false, false, {}, {}, false});
    return engine.abort(actor);
}

} // namespace flowdeck::release::actions
