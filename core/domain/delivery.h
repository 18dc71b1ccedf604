// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace flowdeck {

struct Service
{
    Id id = 0;
    QString name;
    QString description;
    OptionalId repositoryId;

    bool operator==(const Service &) const = default;
};

/// Environment tiers, as stored in environments.tier.
namespace Tier {
inline constexpr auto Development = "development";
inline constexpr auto Testing = "testing";
inline constexpr auto Staging = "staging";
inline constexpr auto Production = "production";
inline constexpr auto Other = "other";
} // namespace Tier

struct Environment
{
    Id id = 0;
    QString name;
    QString tier;
    /// Order along the promotion path, for display.
    int position = 0;

    bool operator==(const Environment &) const = default;
};

/// A promotion path: changes move from one environment to the next.
struct EnvironmentEdge
{
    Id id = 0;
    Id fromEnvironmentId = 0;
    Id toEnvironmentId = 0;

    bool operator==(const EnvironmentEdge &) const = default;
};

/// Outcome states shared by runs, jobs and deployments.
namespace Status {
inline constexpr auto Queued = "queued";
inline constexpr auto Running = "running";
inline constexpr auto Waiting = "waiting";
inline constexpr auto Succeeded = "succeeded";
inline constexpr auto Failed = "failed";
inline constexpr auto Canceled = "canceled";
inline constexpr auto Skipped = "skipped";
} // namespace Status

struct Deployment
{
    Id id = 0;
    Id serviceId = 0;
    Id environmentId = 0;
    QString version;
    std::optional<QString> commitOid;
    OptionalId runId;
    OptionalId releaseTaskId;
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    QString source;
    QString externalId;
    std::optional<QString> triggeredBy;
    std::optional<QString> url;

    bool operator==(const Deployment &) const = default;
};

/// A commit that a deployment shipped for the first time to its environment.
struct DeploymentCommit
{
    Id deploymentId = 0;
    Id commitId = 0;

    bool operator==(const DeploymentCommit &) const = default;
};

struct Incident
{
    Id id = 0;
    OptionalId serviceId;
    OptionalId deploymentId;
    std::optional<QString> commitOid;
    QString title;
    std::optional<QString> severity;
    Timestamp startedAt = 0;
    OptionalTime resolvedAt;
    QString source;
    QString externalId;
    std::optional<QString> url;

    bool operator==(const Incident &) const = default;
};

} // namespace flowdeck
