// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metrics.h"
#include "metrics/metricsdata.h"
#include "result.h"
#include "taskcontrol.h"

#include <QSqlDatabase>

namespace flowdeck::metrics {

/// Reads the facts the metrics of `scope` are computed from (see MetricsData): runs for the scope and the
/// period before it, everything else for all time. Stops with TaskControl::canceledMessage() when canceled.
Result<MetricsData> loadMetricsData(const QSqlDatabase &db, const Scope &scope, const Options &options,
                                    const TaskControl &control = {});

/// loadMetricsData() then computeMetrics().
Result<MetricsReport> measure(const QSqlDatabase &db, const Scope &scope, const Options &options,
                              const TaskControl &control = {});

} // namespace flowdeck::metrics
