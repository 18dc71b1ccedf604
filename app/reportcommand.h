// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace flowdeck::app {

/// `flowdeck report -w W --format pdf|html|csv|json -o OUT [--from DATE] [--to DATE] [--service S]...
/// [--sections LIST] [--page-size a4|letter] [--benchmark 2021|2023|2024]`: the report for leadership of a period,
/// written as a PDF, one HTML file, a folder of CSV files or JSON (docs/reports.md). The period is [--from, --to) in
/// UTC days, as for `flowdeck metrics`. PDF and HTML need a QGuiApplication (Application makes one, offscreen when
/// no platform is chosen).
class ReportCommand
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::ReportCommand)

public:
    /// `arguments` starts with the program name and "report". Returns the exit code: 0, 1 when the work failed (a
    /// workspace that cannot be read, an unknown service, a file that cannot be written), 2 for a usage error (a
    /// bad format, date, section or page size).
    static int run(const QStringList &arguments);
};

} // namespace flowdeck::app
