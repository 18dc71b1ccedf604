// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/drilldown.h"
#include "metrics/metrics.h"

#include <QList>
#include <QString>

#include <optional>

namespace flowdeck::views {

/// The five DORA figures the Metrics page shows as tiles, in their order.
enum class DoraFigure
{
    DeploymentFrequency,
    LeadTime,
    ChangeFailureRate,
    RecoveryTime,
    Rework
};

inline constexpr int doraFigureCount = 5;

/// What a tile shows of a figure.
struct TileContent
{
    /// Humanised, and the unit after it ("1.5" and "/week", "3 d 4 h" and none); an empty value for no figure.
    QString value;
    QString unit;
    metrics::Level level = metrics::Level::None;
    /// The figure of the period and of the period before, in one unit, for the change between them.
    std::optional<double> current;
    std::optional<double> previous;
    /// One value per week of the period; nothing for a week without one.
    QList<std::optional<double>> weekly;
    /// The full name, the definition and the exact figures, as rich text.
    QString toolTip;
};

/// How the Metrics page words and shows the DORA figures of a report.
namespace doratiles {

/// The name a tile shows, short enough for five tiles in a row.
QString title(DoraFigure figure);
/// The name DORA gives the figure.
QString fullTitle(DoraFigure figure);

/// What each tile shows of `report`, in DoraFigure order, with the change against `before` (the report of the
/// period before it).
QList<TileContent> contents(const metrics::MetricsReport &report, const std::optional<metrics::MetricsReport> &before);

/// The records behind a figure of `report`: its deployments, changes or failures.
DrillDown records(DoraFigure figure, const metrics::MetricsReport &report);

/// The period as dates, the last day included: "1 Nov 2023 – 28 Nov 2023".
QString periodText(const metrics::Scope &scope);

/// A number with one decimal below ten, none at or above ten or when whole, in the user's locale: "0.8", "14".
QString number(double value);
/// A fraction as a percentage without the sign: 0.125 -> "13", 0.035 -> "3.5".
QString percent(double fraction);
/// Hours humanised as a duration ("1 d 12 h"); empty for no value.
QString hours(const std::optional<double> &value);
/// Hours as an exact duration for tooltips; the missing mark for no value.
QString exactHours(const std::optional<double> &value);

} // namespace doratiles

} // namespace flowdeck::views
