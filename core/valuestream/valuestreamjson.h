// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/valuestreammap.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace flowdeck::valuestream {

/// What the JSON says about where the map comes from.
struct JsonContext
{
    /// The service's name; empty for a map across every service.
    QString serviceName;
    /// The what-if prediction of the map's lead time, when one was run.
    std::optional<SimulationResult> prediction;
    quint64 seed = 0;
};

/// The map as the stable JSON of `flowdeck valuestream --json` (docs/valuestream.md, "JSON"): the keys
/// first and in their order (steps with name, kind, process_hours, wait_hours, lead_hours, pct_complete_accurate,
/// measured; total_lead_hours, total_process_hours, activity_ratio, rolled_pct_complete_accurate, bottleneck with
/// step and share), then additions. Times in hours, the activity ratio and shares as fractions, %C&A in percent, a
/// missing value as null. Indented by four spaces, with a final newline.
QByteArray valueStreamJson(const Map &map, const MapAnalysis &analysis, const JsonContext &context);

} // namespace flowdeck::valuestream
