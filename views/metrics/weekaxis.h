// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metrics.h"

#include <QList>

class QCategoryAxis;

/// The time axis of the weekly bar charts: bar i stands for week i of the report and spans [i - 0.5, i + 0.5],
/// so that points in time (a failure, its recovery) can share the axis with the bars.
namespace flowdeck::views::weekaxis {

/// Every how many weeks a label fits on `axis` when the plot is `width` pixels wide (every week while the chart
/// has not been laid out yet).
qsizetype labelStep(const QCategoryAxis *axis, const QList<metrics::WeekFigures> &weeks, qreal width);

/// Labels `axis` with the first days of every `step`-th week in the user's locale, and spans it over the weeks.
void fill(QCategoryAxis *axis, const QList<metrics::WeekFigures> &weeks, qsizetype step);

/// The index of the week holding `at`, or -1 when none does.
qsizetype weekOf(const QList<metrics::WeekFigures> &weeks, Timestamp at);

/// Where `at` lies on the axis: within its week's bar, as far along as it is in the week; -1 when no week
/// holds it.
double position(const QList<metrics::WeekFigures> &weeks, Timestamp at);

} // namespace flowdeck::views::weekaxis
