// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/deploymenthistory.h"
#include "metrics/metrics.h"
#include "metrics/period.h"

namespace flowdeck::metrics {

// The parts of computeMetrics(), one per figure of the report. Each is defined where its part is computed.

/// Whether the change's first successful production deployment finished in the period: the changes that lead time
/// and throughput count.
inline bool shippedIn(const ChangeFact &change, const Period &period)
{
    return change.productionAt && change.productionDeploymentId && period.contains(*change.productionAt);
}

/// Successful production deployments finishing in the period (metrics.cpp).
DeploymentFrequency deploymentFrequency(const DeploymentHistory &history, const Period &period, Benchmark benchmark);

/// Changes and pull requests first shipped to production in the period (leadtime.cpp).
LeadTimeForChanges leadTimeForChanges(const MetricsData &data, const Period &period, const Options &options);

/// Deployments finishing in the period that caused a failure (failures.cpp).
ChangeFailureRate changeFailureRate(const MetricsData &data, const DeploymentHistory &history, const Period &period,
                                    Benchmark benchmark);

/// How long the failures of changeFailureRate() took to recover (failures.cpp).
RecoveryTime recoveryTime(const ChangeFailureRate &failures, Benchmark benchmark);

/// Deployments finishing in the period that were unplanned (failures.cpp).
ReworkRate reworkRate(const MetricsData &data, const DeploymentHistory &history, const Period &period);

/// Throughput, work in progress, cycle time, flow efficiency and cumulative flow (flow.cpp).
Flow flowMetrics(const MetricsData &data, const Period &period);

/// The report's figures week by week (metrics.cpp).
QList<WeekFigures> weekFigures(const DeploymentHistory &history, const Period &period, const MetricsReport &report);

} // namespace flowdeck::metrics
