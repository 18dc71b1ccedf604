// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

class QBarSeries;
class QBarSet;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace flowdeck::views {

/// Change failures per week as bars (left axis), and each recovery as a point at its failure's time with its
/// recovery time (right axis, logarithmic), with the median recovery time across the period. A click
/// on a bar drills down to the week's failures, a click on a point to that failure.
class FailuresChart : public MetricsChart
{
    Q_OBJECT

public:
    explicit FailuresChart(QWidget *parent = nullptr);

    void setReport(const metrics::MetricsReport &report);

protected:
    void restyle() override;

private:
    /// Labels the weeks, as many as fit the plot's width.
    void labelWeeks();
    /// The recovery drawn nearest to `point`, or -1.
    qsizetype recoveryAt(const QPointF &point) const;
    void showWeek(bool hovered, int week);
    void drillIntoWeek(int week);
    void showRecovery(const QPointF &point, bool hovered);
    void drillIntoRecovery(const QPointF &point);
    void showMedian(bool hovered);

    QBarSeries *m_bars;
    QBarSet *m_failures;
    QScatterSeries *m_recoveries;
    QLineSeries *m_median;
    QCategoryAxis *m_weekAxis;
    QValueAxis *m_countAxis;
    QCategoryAxis *m_durationAxis;

    QList<metrics::WeekFigures> m_weeks;
    qsizetype m_weekLabelStep = 0;
    QList<QList<metrics::DeploymentFailure>> m_weekFailures;
    QList<int> m_weekUnresolved;
    /// The recoveries drawn, in the order of m_recoveries' points, and those points.
    QList<metrics::Recovery> m_recoveryRecords;
    QList<QPointF> m_recoveryPoints;
    QList<metrics::DeploymentFailure> m_allFailures;
    metrics::Summary m_recoverySummary;
};

} // namespace flowdeck::views
