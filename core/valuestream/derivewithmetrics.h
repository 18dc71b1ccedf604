// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsdata.h"
#include "result.h"
#include "taskcontrol.h"
#include "valuestream/derivation.h"

#include <QSqlDatabase>

namespace flowdeck::valuestream {

/// A derived map and the delivery metrics of a scope, as a page or a report that shows both needs them.
struct MapWithMetrics
{
    Map map;
    /// The facts the metrics were computed from: they also serve the period before (see metrics::loadMetricsData()).
    metrics::MetricsData data;
    metrics::MetricsReport report;
};

/// deriveMap(db, scope) and metrics::computeMetrics() over metrics::loadMetricsData(db, metricsScope, options), with
/// the same results. Where each can read through read-only connections of its own (a SQLite workspace in a file, `db`
/// not inside a transaction) they run at the same time on threads of their own while the calling thread reports their
/// progress together and passes a cancellation on, and read the largest tables once for both: the derivation sums up
/// the jobs of its runs for the metrics, and counts the pull requests its deployments shipped along the metrics' scan
/// of the deployments' commits where it would read those itself. Else one after the other on the calling thread,
/// each reporting its own progress. Each reads in one snapshot of its own: SQLite as built here cannot share one
/// between connections, so a write that commits while they start may be seen by one and not the other (and the
/// rows one reads for the other are those of its own snapshot). A failure of either is the result (the
/// derivation's first).
Result<MapWithMetrics> deriveWithMetrics(const QSqlDatabase &db, const DerivationScope &scope,
                                         const metrics::Scope &metricsScope, const metrics::Options &options,
                                         const TaskControl &control = {});

} // namespace flowdeck::valuestream
