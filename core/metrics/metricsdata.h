// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>

namespace flowdeck::metrics {

/// The period and services the metrics cover: [from, to), and the services by id (empty: every service).
struct Scope
{
    Timestamp from = 0;
    Timestamp to = 0;
    QList<Id> serviceIds;

    /// The period of the same length that ends where this one starts.
    Scope previous() const { return {from - (to - from), from, serviceIds}; }
    bool operator==(const Scope &) const = default;
};

/// The benchmark tables that levels are read from (docs/metrics.md quotes them).
enum class Benchmark
{
    Dora2021,
    Dora2023,
    Dora2024,
};

/// Which time of a commit lead time for changes starts at.
enum class TimeBasis
{
    Author,
    Committer,
};

struct Options
{
    Benchmark benchmark = Benchmark::Dora2024;
    TimeBasis leadTimeFrom = TimeBasis::Author;
    /// A deployment is rework when its run's branch, or the summary of a commit it shipped, matches this
    /// regular expression (case-insensitive). Empty: only incident fixes and rollbacks are rework.
    QString hotfixPattern = QStringLiteral("hotfix");
};

// The facts the metrics are computed from, read from the workspace by loadMetricsData(). Times are ms since the
// epoch, UTC. Everything but the runs covers all time, since "first shipped", "previous deployment" and
// "older version" look back past the period.

/// A deployment of a scoped service to an environment of tier production.
struct DeploymentFact
{
    Id id = 0;
    Id serviceId = 0;
    QString version;
    /// Status `succeeded`.
    bool succeeded = false;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    /// Its run's branch, or the summary of a commit it shipped (deployment_commits, or its own commit), matches
    /// Options::hotfixPattern.
    bool hotfix = false;

    bool operator==(const DeploymentFact &) const = default;
};

/// A commit of a scoped service that reached one of the service's environments through a successful deployment.
struct ChangeFact
{
    Id commitId = 0;
    Id serviceId = 0;
    Timestamp authorTime = 0;
    Timestamp committerTime = 0;
    /// The finish of its first successful deployment to an environment that is not production.
    OptionalTime preproductionAt;
    /// The finish of its first successful production deployment, and that deployment.
    OptionalTime productionAt;
    OptionalId productionDeploymentId;

    bool operator==(const ChangeFact &) const = default;
};

/// An incident of a scoped service (or of no service, when it names a deployment of one).
struct IncidentFact
{
    Id id = 0;
    OptionalId serviceId;
    /// The production deployment it is linked to explicitly: its deployment_id when that deployment is a
    /// production one, else the successful production deployment of its service that first shipped its
    /// commit_oid. Nothing when neither names one.
    OptionalId deploymentId;
    Timestamp startedAt = 0;
    OptionalTime resolvedAt;

    bool operator==(const IncidentFact &) const = default;
};

/// A merged pull request whose merge commit reached production for a scoped service.
struct PullRequestFact
{
    Id id = 0;
    Id serviceId = 0;
    OptionalTime firstCommitAt;
    Timestamp createdAt = 0;
    Timestamp mergedAt = 0;
    /// The first successful production deployment of its merge commit, and its finish.
    Id deploymentId = 0;
    Timestamp deployedAt = 0;

    bool operator==(const PullRequestFact &) const = default;
};

/// A pipeline run of a scoped service that finished in [Scope::previous().from, Scope::to), with its jobs'
/// times summed: waiting (queued -> started) and working (started -> finished). Jobs missing a time add nothing.
struct RunFact
{
    Id id = 0;
    OptionalId serviceId;
    Timestamp finishedAt = 0;
    qint64 queueMs = 0;
    qint64 workMs = 0;

    bool operator==(const RunFact &) const = default;
};

struct MetricsData
{
    /// Ordered by finishedAt (unfinished last), then id.
    QList<DeploymentFact> deployments;
    QList<ChangeFact> changes;
    QList<IncidentFact> incidents;
    QList<PullRequestFact> pullRequests;
    QList<RunFact> runs;
};

} // namespace flowdeck::metrics
