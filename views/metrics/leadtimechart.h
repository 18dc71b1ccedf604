// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

class QCategoryAxis;
class QDateTimeAxis;
class QLineSeries;

namespace flowdeck::views {

/// The control chart of lead time for changes: each change a point at its production deployment, its lead time
/// on a logarithmic axis, with the median and the 85th percentile drawn across the period. A click on a
/// point drills down to the changes there.
///
/// The points are painted as light markers of a line series without a line, and found under the mouse by the
/// chart itself: a scatter series makes a graphics item of every point, which takes most of a second for 10,000
/// changes.
class LeadTimeChart : public MetricsChart
{
    Q_OBJECT

public:
    explicit LeadTimeChart(QWidget *parent = nullptr);

    /// Rebuilds the chart; fast enough for tens of thousands of changes.
    void setReport(const metrics::MetricsReport &report);

protected:
    void restyle() override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /// The index of the point drawn under `position` (in the viewport), or -1.
    qsizetype pointAt(const QPointF &position);
    /// The changes drawn at the same place as the point at `index`.
    QList<metrics::ChangeLeadTime> changesAt(qsizetype index) const;
    void showChanges(qsizetype index);
    void drillIntoChanges(qsizetype index);
    void showPercentile(QLineSeries *line, bool hovered);

    QLineSeries *m_changes;
    QLineSeries *m_median;
    QLineSeries *m_p85;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_durationAxis;

    /// The changes in the order of m_changes' points, and those points.
    QList<metrics::ChangeLeadTime> m_records;
    QList<QPointF> m_points;
    /// Where the points are drawn, in chart coordinates: worked out on the first look after a new report or a
    /// new plot area.
    QList<QPointF> m_drawnAt;
    qsizetype m_hovered = -1;
    metrics::Summary m_summary;
};

} // namespace flowdeck::views
