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

/// A state a deployment reached, as the CI server reported it; the deployment's own status follows its statuses.
struct DeploymentStatus
{
    Id id = 0;
    Id deploymentId = 0;
    QString status;
    OptionalTime at;
    QString source;
    QString externalId;

    bool operator==(const DeploymentStatus &) const = default;
};

/// A release published on the CI server (GitHub releases): a tag with a name and a publication time.
struct PublishedRelease
{
    Id id = 0;
    QString repository;
    QString tagName;
    QString name;
    std::optional<QString> targetCommitish;
    bool draft = false;
    bool prerelease = false;
    OptionalTime createdAt;
    OptionalTime publishedAt;
    QString source;
    QString externalId;
    std::optional<QString> url;

    bool operator==(const PublishedRelease &) const = default;
};

/// A connection to a CI server: GitHub, GitLab or Jenkins, one project or job. The token lives in the keychain.
struct CiSource
{
    Id id = 0;
    QString provider;
    QString baseUrl;
    QString project;
    OptionalId serviceId;
    QString incidentLabel = QStringLiteral("incident");
    OptionalTime lastSyncAt;

    bool operator==(const CiSource &) const = default;
};

/// Where the last sync of one endpoint of a source stopped, and the ETag of its first page.
struct CiSyncCursor
{
    Id sourceId = 0;
    QString endpoint;
    std::optional<QString> cursorValue;
    std::optional<QString> etag;
    Timestamp updatedAt = 0;

    bool operator==(const CiSyncCursor &) const = default;
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
