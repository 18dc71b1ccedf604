// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of gatherReport(), one file each, so that each stays short.

#include "report/report.h"

#include <QHash>
#include <QSqlDatabase>

namespace flowdeck::report::detail {

/// The map of the scope (see gatherReport()), its analysis, the what-if prediction and the opportunities, written
/// into `report`. A scope without data for a map leaves report.map empty. Checks `control` between simulations and
/// reports progress through `progress`.
Result<void> gatherValueStream(const QSqlDatabase &db, ReportData &report, const TaskControl &control,
                               const TaskControl &progress);

/// The opportunities of `map`: per step, the change that gains most in p85 lead time, the three best steps first.
Result<QList<Opportunity>> findOpportunities(const valuestream::Map &map,
                                             const valuestream::SimulationResult &prediction, int trials, quint64 seed,
                                             const TaskControl &control);

/// The releases (not templates) that ran in the period and carry a service of the scope (any, for every service).
Result<QList<ReleaseOutcome>> gatherReleases(const QSqlDatabase &db, const ReportScope &scope,
                                             const QHash<Id, QString> &serviceNames);

/// Per kind of record and source: how many of the scope's records fall in the period, and the first and last.
Result<QList<CoverageRow>> gatherCoverage(const QSqlDatabase &db, const ReportScope &scope);

/// The records the metrics left out, and why.
Result<QList<Exclusion>> gatherExclusions(const QSqlDatabase &db, const ReportData &report);

/// The executive summary of a gathered report.
QStringList writeSummary(const ReportData &report);

/// "2024-03-01": a day of the period, in UTC.
QString utcDay(Timestamp at);

} // namespace flowdeck::report::detail
