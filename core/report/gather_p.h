// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of gatherReport(), one file each, so that each stays short.

#include "report/report.h"
#include "valuestream/derivation.h"

#include <QHash>
#include <QSqlDatabase>

namespace flowdeck::report::detail {

/// What the map of a report's scope is made of: the stored current state of its one service (or of every service),
/// where there is one, and what to derive (with the stored map's statistic). Several services are mapped together,
/// across every service.
struct MapSource
{
    std::optional<valuestream::Map> stored;
    valuestream::DerivationScope derivation;
};
Result<MapSource> mapSource(const QSqlDatabase &db, const ReportScope &scope);

/// The map of the scope (see gatherReport()): `derived` (of source.derivation) merged into the stored map, its
/// analysis, the what-if prediction and the opportunities, written into `report`. A scope without data for a map
/// leaves report.map empty. Checks `control` between simulations.
Result<void> gatherValueStream(ReportData &report, const MapSource &source, valuestream::Map derived,
                               const TaskControl &control);

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
