// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metrics.h"

#include <QByteArray>
#include <QStringList>

namespace flowdeck::metrics {

/// The report as the stable JSON of `flowdeck metrics --json` (docs/metrics.md, "JSON"): one object whose keys come
/// in the documented order (QJsonObject would sort them), a missing figure or level as null, times in hours and
/// rates as fractions, the period's ends as UTC dates. `serviceNames` name the scope's services (empty: every
/// service). Indented by four spaces, with a final newline.
QByteArray metricsJson(const MetricsReport &report, const QStringList &serviceNames);

} // namespace flowdeck::metrics
