// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/levels.h"
#include "metrics/metricsdata.h"

#include <QList>

#include <optional>
#include <vector>

namespace flowdeck::metrics {

/// A distribution of durations, in hours: count, median, 85th percentile and mean (nothing for no values).
/// Percentiles interpolate linearly between the closest ranks (numpy's default).
struct Summary
{
    int count = 0;
    std::optional<double> medianHours;
    std::optional<double> p85Hours;
    std::optional<double> meanHours;

    bool operator==(const Summary &) const = default;
};

/// One week of the period: weeks are 7 days long from the period's start; the last may be shorter.
struct WeekFigures
{
    Timestamp start = 0;
    Timestamp end = 0;
    int deployments = 0;
    /// Days (24 h from the period's start) of the week with at least one deployment.
    int deployDays = 0;
    /// Changes first shipped to production in the week, and their median lead time.
    int changes = 0;
    std::optional<double> leadTimeMedianHours;
    int failures = 0;
    std::optional<double> recoveryMedianHours;

    bool operator==(const WeekFigures &) const = default;
};

struct DeploymentFrequency
{
    /// Successful production deployments finishing in the period, oldest first.
    QList<Id> deploymentIds;
    int deployments = 0;
    double perDay = 0;
    double perWeek = 0;
    /// The median, over the period's whole weeks (or its one partial week when it is shorter than a week), of the
    /// number of days with a deployment.
    double medianDeployDaysPerWeek = 0;
    Level level = Level::None;
};

/// A change shipped to production: a commit, the deployment that first shipped it and its lead time. Also a
/// change still in progress (Flow::inProgress), whose deploymentId and deployedAt are 0 while no production
/// deployment shipped it.
struct ChangeLeadTime
{
    Id commitId = 0;
    Id serviceId = 0;
    Id deploymentId = 0;
    /// The commit's author (or committer) time.
    Timestamp start = 0;
    Timestamp deployedAt = 0;
    qint64 spanMs = 0;
};

/// A merged pull request's way to production, phase by phase (DevLake's pull-request lead time).
struct PullRequestLeadTime
{
    Id pullRequestId = 0;
    Id deploymentId = 0;
    /// First commit -> opened; nothing when the first commit's time is unknown or after the opening.
    std::optional<qint64> codingMs;
    /// Opened -> merged.
    qint64 reviewMs = 0;
    /// Merged -> deployed to production.
    qint64 deployMs = 0;
    /// First commit (or opening, without one) -> deployed.
    qint64 totalMs = 0;
};

struct LeadTimeForChanges
{
    /// Changes first shipped to production by a successful deployment finishing in the period, span > 0.
    QList<ChangeLeadTime> records;
    /// The same with a span <= 0 (a clock skew, an amended date): left out of the figures, counted here.
    QList<ChangeLeadTime> excludedRecords;
    Summary summary;
    Level level = Level::None;

    /// Pull requests first deployed to production in the period, phase by phase.
    QList<PullRequestLeadTime> pullRequests;
    Summary coding;
    Summary review;
    Summary deploy;
    Summary pullRequestTotal;
};

enum class FailureCause
{
    Incident,
    Rollback,
};

/// A successful production deployment that caused a failure.
struct DeploymentFailure
{
    Id deploymentId = 0;
    Id serviceId = 0;
    Timestamp finishedAt = 0;
    /// Incident when an incident is linked to it (then rollbackDeploymentId may be set as well), else Rollback.
    FailureCause cause = FailureCause::Incident;
    QList<Id> incidentIds;
    /// The next production deployment of the service, when it shipped an older version.
    OptionalId rollbackDeploymentId;
    /// When service was restored: the last resolution of its incidents, or the rollback's finish. Nothing while
    /// an incident is open.
    OptionalTime recoveredAt;
};

struct ChangeFailureRate
{
    int deployments = 0;
    int failed = 0;
    /// failed / deployments; nothing without deployments.
    std::optional<double> rate;
    Level level = Level::None;
    QList<DeploymentFailure> failures;
    /// Incidents starting in the period that no deployment could be blamed for (no link, and no successful
    /// production deployment of their service before they started).
    QList<Id> unattributedIncidentIds;
};

struct Recovery
{
    Id deploymentId = 0;
    Timestamp failedAt = 0;
    Timestamp recoveredAt = 0;
    qint64 spanMs = 0;
};

struct RecoveryTime
{
    /// One per failure-causing deployment in the period that has recovered with a span > 0.
    QList<Recovery> records;
    /// The same with a span <= 0 (an incident resolved before its deployment finished): left out of the figures,
    /// counted here.
    QList<Recovery> excludedRecords;
    /// Failure-causing deployments whose incident is still open.
    QList<Id> unresolvedDeploymentIds;
    Summary summary;
    Level level = Level::None;
};

enum class ReworkReason
{
    IncidentFix,
    Rollback,
    HotfixPattern,
};

struct ReworkDeployment
{
    Id deploymentId = 0;
    ReworkReason reason = ReworkReason::IncidentFix;
};

struct ReworkRate
{
    int deployments = 0;
    int rework = 0;
    std::optional<double> rate;
    QList<ReworkDeployment> records;
};

/// Counts of changes per state at the end of a day, for the cumulative flow diagram.
struct FlowDay
{
    /// The day's start (24 h from the period's start).
    Timestamp day = 0;
    /// Merged (committer time passed) but in no environment yet.
    int merged = 0;
    /// In an environment before production, not in production.
    int preproduction = 0;
    /// In production (cumulative since the period's start).
    int production = 0;
};

struct RunEfficiency
{
    Id runId = 0;
    qint64 queueMs = 0;
    qint64 workMs = 0;
};

struct Flow
{
    /// Changes first shipped to production per week of the period.
    double throughputPerWeek = 0;
    /// Merged changes not in production at the period's end.
    int wipNow = 0;
    /// The changes counted in wipNow, in the order of the facts: start is the committer time and spanMs how long
    /// the change had been merged at the period's end. deploymentId and deployedAt name its first production
    /// deployment when that finished after the period, and are 0 while it is in production nowhere.
    QList<ChangeLeadTime> inProgress;
    /// Cycle time: a change's merge (committer time) -> its first production deployment, for the changes shipped
    /// in the period; spans <= 0 are left out.
    Summary cycleTime;
    /// The changes of cycleTime, in the order of the facts: start is the committer time, deployedAt the finish of
    /// the first production deployment, spanMs the cycle time (> 0).
    QList<ChangeLeadTime> cycleRecords;
    /// Σ work / Σ (queue + work) over the jobs of runs finishing in the period; nothing without job times.
    std::optional<double> flowEfficiency;
    QList<RunEfficiency> runs;
    /// One entry per day of the period.
    QList<FlowDay> days;
};

struct MetricsReport
{
    Scope scope;
    Options options;
    DeploymentFrequency deploymentFrequency;
    LeadTimeForChanges leadTime;
    ChangeFailureRate changeFailureRate;
    RecoveryTime recoveryTime;
    ReworkRate rework;
    Flow flow;
    QList<WeekFigures> weeks;
};

/// Computes every metric of the scope from `data` (which loadMetricsData() read for the same scope and options).
/// Pure and thread-safe.
MetricsReport computeMetrics(const MetricsData &data, const Scope &scope, const Options &options);

/// Percentile p (0..100) of `values` by linear interpolation between the closest ranks, as numpy's default;
/// nothing for no values. `values` are reordered.
std::optional<double> interpolatedPercentile(std::vector<double> &values, double p);
/// The same of whole numbers (durations in milliseconds), which order faster than their conversion to double would.
std::optional<double> interpolatedPercentile(std::vector<qint64> &values, double p);

} // namespace flowdeck::metrics
