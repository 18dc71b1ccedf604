// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace flowdeck {

struct Release
{
    Id id = 0;
    QString name;
    QString version;
    QString description;
    /// A template is a reusable plan; releases are made from it.
    bool isTemplate = false;
    OptionalId templateId;
    QString status;
    OptionalTime plannedStart;
    OptionalTime plannedEnd;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    int revision = 1;
    Timestamp createdAt = 0;
    /// What a failed task does to the release: "stop" (start nothing more) or "rollback" (run the plan's
    /// rollback tasks).
    QString onFailure = QStringLiteral("stop");

    bool operator==(const Release &) const = default;
};

/// A service and the version of it that a release carries.
struct ReleaseItem
{
    Id id = 0;
    Id releaseId = 0;
    Id serviceId = 0;
    QString version;

    bool operator==(const ReleaseItem &) const = default;
};

struct ReleaseTask
{
    Id id = 0;
    Id releaseId = 0;
    QString name;
    /// deploy, manual, approval, check or wait.
    QString kind;
    /// planned, ready, running, succeeded, failed, skipped or aborted.
    QString state;
    OptionalId serviceId;
    OptionalId environmentId;
    std::optional<QString> version;
    OptionalId backendId;
    /// Kind-specific settings as a JSON object (approvers, conditions, wait time, ...). Never secrets.
    QString config;
    std::optional<QString> owner;
    std::optional<QString> instructions;
    int maxRetries = 0;
    int attempt = 0;
    bool isRollback = false;
    /// The backend's handle of a running job, so that a resumed engine re-attaches instead of starting again.
    std::optional<QString> backendHandle;
    OptionalTime startedAt;
    OptionalTime finishedAt;

    bool operator==(const ReleaseTask &) const = default;
};

struct ReleaseTaskEdge
{
    Id id = 0;
    Id releaseId = 0;
    Id fromTaskId = 0;
    Id toTaskId = 0;

    bool operator==(const ReleaseTaskEdge &) const = default;
};

/// A decision on an approval gate.
struct ReleaseApproval
{
    Id id = 0;
    Id taskId = 0;
    QString approver;
    /// approve or reject.
    QString decision;
    QString comment;
    Timestamp at = 0;

    bool operator==(const ReleaseApproval &) const = default;
};

/// A piece of a task's output (a deploy's log, a check's findings), in the order written.
struct ReleaseTaskOutput
{
    Id id = 0;
    Id taskId = 0;
    int attempt = 0;
    Timestamp at = 0;
    QString text;

    bool operator==(const ReleaseTaskOutput &) const = default;
};

/// A time when deployments are allowed (a window) or forbidden (a blackout), for one environment or, without
/// one, for every environment. Weekly ones recur on `weekdays` between the two minutes of the day in
/// `timeZone`; one-off ones span startsAt to endsAt.
struct DeploymentWindow
{
    Id id = 0;
    QString name;
    /// window or blackout.
    QString kind;
    OptionalId environmentId;
    /// once or weekly.
    QString recurrence;
    /// Bit 0 is Monday, bit 6 Sunday.
    int weekdays = 0;
    int startMinute = 0;
    int endMinute = 24 * 60;
    OptionalTime startsAt;
    OptionalTime endsAt;
    /// An IANA name ("Europe/Berlin") or "UTC".
    QString timeZone = QStringLiteral("UTC");

    bool operator==(const DeploymentWindow &) const = default;
};

/// Which engine runs a release now: one at a time. `owner` is host and process; a lease whose heartbeat is
/// old, or whose process is gone on this host, may be taken over.
struct ReleaseLock
{
    Id releaseId = 0;
    QString owner;
    Timestamp heartbeatAt = 0;

    bool operator==(const ReleaseLock &) const = default;
};

/// A deployment backend: process, webhook, github, gitlab, jenkins or argocd. Secrets live in the keychain.
struct Backend
{
    Id id = 0;
    QString name;
    QString kind;
    QString config;
    bool enabled = true;

    bool operator==(const Backend &) const = default;
};

} // namespace flowdeck
