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
