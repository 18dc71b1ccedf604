// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/deploymentrow.h"
#include "domain/delivery.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace flowdeck {

/// How many records a table holds and the time span they cover.
struct RecordSpan
{
    qint64 count = 0;
    OptionalTime first;
    OptionalTime last;
};

/// The version of a service that an environment runs now: its last successful deployment there.
struct RunningVersion
{
    Id serviceId = 0;
    Id environmentId = 0;
    QString version;
    std::optional<QString> commitOid;
    Timestamp since = 0;
};

/// One of the latest deployments, with the commit it was built from when that is recorded.
struct DeploymentSummary : DeploymentRow
{
    std::optional<QString> commitOid;
};

/// What the Overview page shows: the workspace at a glance.
struct WorkspaceSummary
{
    QList<Service> services;
    /// In promotion order.
    QList<Environment> environments;
    QList<RunningVersion> running;
    RecordSpan commits;
    RecordSpan pipelineRuns;
    RecordSpan jobs;
    RecordSpan deployments;
    RecordSpan incidents;
    /// The most recent deployments, newest first.
    QList<DeploymentSummary> latestDeployments;

    /// True when any commit, run, job, deployment or incident is recorded.
    bool hasHistory() const
    {
        return commits.count + pipelineRuns.count + jobs.count + deployments.count + incidents.count > 0;
    }
};

/// Every environment, in promotion order: along the promotion edges, then by position and name.
Result<QList<Environment>> loadEnvironmentsInPromotionOrder(const QSqlDatabase &db);
/// Per service and environment, the version running there now: its last successful deployment there.
Result<QList<RunningVersion>> loadRunningVersions(const QSqlDatabase &db);

/// Reads the summary; `latest` limits latestDeployments.
Result<WorkspaceSummary> loadWorkspaceSummary(const QSqlDatabase &db, int latest = 10);

} // namespace flowdeck
