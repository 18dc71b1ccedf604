// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck metrics -w W [--from DATE] [--to DATE] [--service S]... [--benchmark 2021|2023|2024]
/// [--committer-time] [--hotfix-pattern REGEX] [--json]`: the DORA keys and flow metrics of a period, as a table or
/// as the JSON of docs/metrics.md. The period is [--from, --to) in UTC days: --to itself is not included. By
/// default it ends at the end of today (UTC) and is 90 days long.
class MetricsCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::MetricsCommand)

public:
    /// `arguments` starts with the program name and "metrics". Returns the exit code: 0, 1 when the work failed (a
    /// workspace that cannot be read, an unknown service), 2 for a usage error (a bad date, benchmark or pattern).
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
