// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

#include <QList>
#include <QPointF>

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
    /// What the chart draws of a report, prepared off the GUI thread (prepare() is thread-safe).
    struct Data
    {
        QList<metrics::FlowDay> days;
        /// The changes that reached production in the period (with any span), by their deployment time.
        QList<metrics::ChangeLeadTime> shipped;
        Timestamp from = 0;
        /// The top edges of the bands, a point per day.
        QList<QPointF> productionTop;
        QList<QPointF> preproductionTop;
        QList<QPointF> mergedTop;
        /// The most changes on a day.
        int highest = 0;
    };

    explicit CumulativeFlowChart(QWidget *parent = nullptr);

    /// Works out what the chart draws of `report`; any thread.
    static Data prepare(const metrics::MetricsReport &report);
    /// Shows `data` (from prepare()).
    void setData(const Data &data);
    /// setData(prepare(report)).
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

    Data m_data;
    qsizetype m_hoveredDay = -1;
};

} // namespace flowdeck::views
