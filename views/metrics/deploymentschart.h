// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

class QBarSet;
class QCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace flowdeck::views {

/// Successful production deployments per week as bars, each split into the deployments that caused a failure
/// (on top, vermillion) and the rest. A click on a bar drills down to the week's deployments, or its failures.
class DeploymentsChart : public MetricsChart
{
    Q_OBJECT

public:
    explicit DeploymentsChart(QWidget *parent = nullptr);

    void setReport(const metrics::MetricsReport &report);

protected:
    void restyle() override;

private:
    /// Labels the weeks, as many as fit the plot's width.
    void labelWeeks();
    void showWeek(bool hovered, int week, QBarSet *set);
    void drillIntoWeek(int week, QBarSet *set);

    QStackedBarSeries *m_series;
    /// Deployments of the week that caused no failure, and those that did.
    QBarSet *m_sound;
    QBarSet *m_failed;
    QCategoryAxis *m_weekAxis;
    QValueAxis *m_countAxis;

    QList<metrics::WeekFigures> m_weeks;
    qsizetype m_weekLabelStep = 0;
    /// Per week: its deployments, and the failures among them.
    QList<QList<Id>> m_weekDeployments;
    QList<QList<metrics::DeploymentFailure>> m_weekFailures;
};

} // namespace flowdeck::views
