// SPDX-License-Identifier: GPL-3.0-or-later
// Change failure rate, failed deployment recovery time and deployment rework rate: what went wrong after a
// deployment, and which deployments were unplanned.

#include "metrics/metricparts.h"

#include <algorithm>
#include <limits>

namespace flowdeck::metrics {

namespace {

/// The deployment an incident is blamed on: an index into the history, or -1.
struct Blame
{
    int deployment = -1;
    /// The incident names its deployment itself; it is never blamed on another one.
    bool linked = false;
};

Blame blame(const IncidentFact &incident, const DeploymentHistory &history)
{
    if (incident.deploymentId)
        return {history.indexOf(*incident.deploymentId), true};
    if (incident.serviceId)
        return {history.lastBefore(*incident.serviceId, incident.startedAt), false};
    return {};
}

/// The incidents, ordered by start then id, so that every list of them reads oldest first.
std::vector<const IncidentFact *> incidentsInOrder(const QList<IncidentFact> &incidents)
{
    std::vector<const IncidentFact *> ordered;
    ordered.reserve(std::size_t(incidents.size()));
    for (const IncidentFact &incident : incidents)
        ordered.push_back(&incident);
    std::sort(ordered.begin(), ordered.end(), [](const IncidentFact *left, const IncidentFact *right) {
        return std::pair(left->startedAt, left->id) < std::pair(right->startedAt, right->id);
    });
    return ordered;
}

} // namespace

/// The denominator: successful production deployments finishing in the period. A deployment D of them failed when
/// - an incident blames it: the incident names D (IncidentFact::deploymentId), or it names no deployment, belongs
///   to D's service, and D is the last successful deployment of that service that finished strictly before the
///   incident started (the incident may start after the period); or
/// - the next successful deployment of D's service rolls it back (DeploymentHistory::rollbackAfter()).
/// Its cause is Incident when any incident blames it, else Rollback; rollbackDeploymentId is set whenever the
/// rollback holds. It recovered at the latest resolution of its incidents once all are resolved (nothing while one
/// is open), or, for a rollback alone, when the rollback finished.
///
/// An incident naming a deployment that is not a successful production one blames nothing and is not
/// unattributed either: its link is known, it just is not a deployment that counts. Unattributed are the
/// incidents starting in the period that name no deployment and have no successful deployment of their service
/// before they started (or no service).
ChangeFailureRate changeFailureRate(const MetricsData &data, const DeploymentHistory &history, const Period &period,
                                    Benchmark benchmark)
{
    ChangeFailureRate rate;
    const auto [first, last] = history.within(period);
    rate.deployments = last - first;

    QHash<int, QList<const IncidentFact *>> blamed;
    for (const IncidentFact *incident : incidentsInOrder(data.incidents)) {
        const Blame culprit = blame(*incident, history);
        if (culprit.deployment >= first && culprit.deployment < last)
            blamed[culprit.deployment].append(incident);
        else if (culprit.deployment < 0 && !culprit.linked && period.contains(incident->startedAt))
            rate.unattributedIncidentIds.append(incident->id);
    }

    for (int i = first; i < last; ++i) {
        const auto incidents = blamed.constFind(i);
        const int rollback = history.rollbackAfter(i);
        if (incidents == blamed.cend() && rollback < 0)
            continue;
        const DeploymentFact &deployment = history.at(i);
        DeploymentFailure failure;
        failure.deploymentId = deployment.id;
        failure.serviceId = deployment.serviceId;
        failure.finishedAt = *deployment.finishedAt;
        if (rollback >= 0)
            failure.rollbackDeploymentId = history.at(rollback).id;
        if (incidents != blamed.cend()) {
            failure.cause = FailureCause::Incident;
            bool allResolved = true;
            Timestamp lastResolved = std::numeric_limits<Timestamp>::min();
            for (const IncidentFact *incident : *incidents) {
                failure.incidentIds.append(incident->id);
                if (incident->resolvedAt)
                    lastResolved = std::max(lastResolved, *incident->resolvedAt);
                else
                    allResolved = false;
            }
            if (allResolved)
                failure.recoveredAt = lastResolved;
        } else {
            failure.cause = FailureCause::Rollback;
            failure.recoveredAt = history.at(rollback).finishedAt;
        }
        rate.failures.append(failure);
    }
    rate.failed = int(rate.failures.size());
    if (rate.deployments > 0)
        rate.rate = double(rate.failed) / double(rate.deployments);
    rate.level = levelOf(benchmark, Key::ChangeFailureRate, rate.rate);
    return rate;
}

/// Per failure of changeFailureRate(): from the deployment's finish to its recovery. Failures with an open
/// incident are listed as unresolved; a span <= 0 (an incident resolved before the deployment finished) goes to
/// excludedRecords. The summary and level (from the median) cover the records.
RecoveryTime recoveryTime(const ChangeFailureRate &failures, Benchmark benchmark)
{
    RecoveryTime recovery;
    std::vector<double> hours;
    for (const DeploymentFailure &failure : failures.failures) {
        if (!failure.recoveredAt) {
            recovery.unresolvedDeploymentIds.append(failure.deploymentId);
            continue;
        }
        const Recovery record{failure.deploymentId, failure.finishedAt, *failure.recoveredAt,
                              *failure.recoveredAt - failure.finishedAt};
        if (record.spanMs <= 0) {
            recovery.excludedRecords.append(record);
            continue;
        }
        recovery.records.append(record);
        hours.push_back(hoursOf(record.spanMs));
    }
    recovery.summary = summarize(hours);
    recovery.level = levelOf(benchmark, Key::RecoveryTime, recovery.summary.medianHours);
    return recovery;
}

/// Of the successful production deployments finishing in the period, those that were unplanned, each with one
/// reason, the first that holds:
/// - IncidentFix: the last successful deployment of an incident's service finishing within [its start, its
///   resolution], inclusive: the deployment that shipped the fix. The service is that of the deployment the
///   incident names, else its own. Open incidents have no fix yet.
/// - Rollback: it rolled the deployment before it back (DeploymentHistory::isRollback()).
/// - HotfixPattern: its branch or a commit it shipped matches Options::hotfixPattern (DeploymentFact::hotfix).
ReworkRate reworkRate(const MetricsData &data, const DeploymentHistory &history, const Period &period)
{
    ReworkRate rework;
    const auto [first, last] = history.within(period);
    rework.deployments = last - first;
    std::vector<bool> fixes(std::size_t(last - first), false);
    for (const IncidentFact &incident : data.incidents) {
        if (!incident.resolvedAt)
            continue;
        std::optional<Id> service = incident.deploymentId ? history.serviceOf(*incident.deploymentId) : std::nullopt;
        if (!service)
            service = incident.serviceId;
        if (!service)
            continue;
        const int fix = history.lastWithin(*service, incident.startedAt, *incident.resolvedAt);
        if (fix >= first && fix < last)
            fixes[std::size_t(fix - first)] = true;
    }
    for (int i = first; i < last; ++i) {
        std::optional<ReworkReason> reason;
        if (fixes[std::size_t(i - first)])
            reason = ReworkReason::IncidentFix;
        else if (history.isRollback(i))
            reason = ReworkReason::Rollback;
        else if (history.at(i).hotfix)
            reason = ReworkReason::HotfixPattern;
        if (reason)
            rework.records.append({history.at(i).id, *reason});
    }
    rework.rework = int(rework.records.size());
    if (rework.deployments > 0)
        rework.rate = double(rework.rework) / double(rework.deployments);
    return rework;
}

} // namespace flowdeck::metrics
