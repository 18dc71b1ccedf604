// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/weekaxis.h"

#include "metrics/chartstyle.h"

#include <QCategoryAxis>
#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

namespace flowdeck::views::weekaxis {

namespace {

// The room between two labels, in pixels.
constexpr qreal labelGap = 16;

} // namespace

qsizetype labelStep(const QCategoryAxis *axis, const QList<metrics::WeekFigures> &weeks, qreal width)
{
    if (weeks.isEmpty() || width <= 0)
        return 1;
    const QFontMetricsF metrics(axis->labelsFont());
    qreal widest = 0;
    for (const metrics::WeekFigures &week : weeks)
        widest = std::max(widest, metrics.horizontalAdvance(chartstyle::axisDay(week.start)));
    const qreal perWeek = width / qreal(weeks.size());
    return std::max<qsizetype>(1, qsizetype(std::ceil((widest + labelGap) / perWeek)));
}

void fill(QCategoryAxis *axis, const QList<metrics::WeekFigures> &weeks, qsizetype step)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const qsizetype count = weeks.size();
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<qsizetype>(count, 1) - 0.5);
    for (qsizetype i = 0; i < count; i += std::max<qsizetype>(1, step)) {
        const QString label = chartstyle::axisDay(weeks.at(i).start);
        // Labels must be unique; a day and month seen again a year later is left out.
        if (!axis->categoriesLabels().contains(label))
            axis->append(label, double(i));
    }
}

qsizetype weekOf(const QList<metrics::WeekFigures> &weeks, Timestamp at)
{
    const auto week = std::partition_point(weeks.cbegin(), weeks.cend(),
                                           [at](const metrics::WeekFigures &one) { return one.end <= at; });
    if (week == weeks.cend() || at < week->start)
        return -1;
    return week - weeks.cbegin();
}

double position(const QList<metrics::WeekFigures> &weeks, Timestamp at)
{
    const qsizetype index = weekOf(weeks, at);
    if (index < 0)
        return -1;
    const metrics::WeekFigures &week = weeks.at(index);
    const double length = double(std::max<Timestamp>(1, week.end - week.start));
    return double(index) - 0.5 + double(at - week.start) / length;
}

} // namespace flowdeck::views::weekaxis
