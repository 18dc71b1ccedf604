// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck valuestream -w W [--service S] [--from DATE] [--to DATE] [--statistic median|p85] [--map NAME]
/// [--trials N] [--seed N] [--json]`: the value stream map of a service with its summary, bottleneck and predicted
/// lead time, as a table or as the JSON of docs/valuestream.md. Without --map: the service's stored current state,
/// refreshed from the period's data, or, when none is stored, the map derived from the data.
class ValueStreamCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::ValueStreamCommand)

public:
    /// `arguments` starts with the program name and "valuestream". Returns the exit code: 0, 1 when the work failed
    /// (a workspace that cannot be read, an unknown service or map), 2 for a usage error.
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
