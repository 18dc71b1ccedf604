// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

class QAreaSeries;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace flowdeck::views {

/// The cumulative flow diagram: changes per state at the end of each day, stacked bottom-up in flow order — in
/// production, in pre-production, merged but not deployed. A click on the production band drills down to the
/// changes in production by that day.
class CumulativeFlowChart : public MetricsChart
{
    Q_OBJECT

public:
    explicit CumulativeFlowChart(QWidget *parent = nullptr);

    void setReport(const metrics::MetricsReport &report);

protected:
    void restyle() override;
    /// Anywhere over the plot, the tooltip gives the counts of the day under the mouse.
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /// The index of the day drawn nearest to `x` (ms since the epoch), or -1.
    qsizetype dayAt(double x) const;
    void showDay(qsizetype index);
    void drillIntoProduction(const QPointF &point);

    /// The top edges of the bands, which are also the bottom edges of the bands above.
    QLineSeries *m_productionTop;
    QLineSeries *m_preproductionTop;
    QLineSeries *m_mergedTop;
    QAreaSeries *m_production;
    QAreaSeries *m_preproduction;
    QAreaSeries *m_merged;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_countAxis;

    QList<metrics::FlowDay> m_days;
    /// The changes that reached production in the period (with any span), by their deployment time.
    QList<metrics::ChangeLeadTime> m_shipped;
    Timestamp m_from = 0;
    qsizetype m_hoveredDay = -1;
};

} // namespace flowdeck::views
