// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metrics.h"

#include <QList>
#include <QString>

namespace flowdeck::views {

/// The records behind a figure or a chart point, as the Metrics page lists them when one is clicked. Each list
/// may be empty; the title says what the figure is ("Deployments in the week of 3 March").
struct DrillDown
{
    QString title;
    /// Production deployments (deployment frequency, change failures, rework).
    QList<Id> deploymentIds;
    /// Changes and their lead or cycle time.
    QList<metrics::ChangeLeadTime> changes;
    /// Failures with their incidents and recoveries.
    QList<metrics::DeploymentFailure> failures;
    /// Pipeline runs and their queue and work times (flow efficiency).
    QList<metrics::RunEfficiency> runs;
    /// Pull requests and their phases (pull-request lead time).
    QList<metrics::PullRequestLeadTime> pullRequests;

    bool isEmpty() const
    {
        return deploymentIds.isEmpty() && changes.isEmpty() && failures.isEmpty() && runs.isEmpty() &&
               pullRequests.isEmpty();
    }
};

} // namespace flowdeck::views
