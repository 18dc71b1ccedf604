// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsload.h"

#include "metrics/factloader.h"

namespace flowdeck::metrics {

Result<MetricsData> loadMetricsData(const QSqlDatabase &db, const Scope &scope, const Options &options,
                                    const TaskControl &control)
{
    return detail::FactLoader(db, scope, options, control).load();
}

Result<MetricsReport> measure(const QSqlDatabase &db, const Scope &scope, const Options &options,
                              const TaskControl &control)
{
    auto data = loadMetricsData(db, scope, options, control);
    if (!data)
        return data.error();
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};
    return computeMetrics(*data, scope, options);
}

} // namespace flowdeck::metrics
