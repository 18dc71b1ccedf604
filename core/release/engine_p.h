// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The engine's state and steps, shared by engine.cpp (the task graph, gates, the release's status) and
// enginedeploy.cpp (deploy attempts through the backends).

#include "release/audit.h"
#include "release/calendar.h"
#include "release/checks.h"
#include "release/deployrecord.h"
#include "release/engine.h"
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

namespace engine {

/// The audit log's subject types of tasks and releases.
inline QString taskSubject()
{
    return QStringLiteral("release_task");
}

inline QString releaseSubject()
{
    return QStringLiteral("release");
}

} // namespace engine

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
        return AuditEntry{0,       now(), who.isEmpty() ? engineActor() : who, action, engine::taskSubject(), task.id,
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

} // namespace flowdeck::release
