// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricschart.h"

#include <QList>
#include <QPointF>
#include <QRectF>

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
/// changes. Changes drawn within a few pixels of each other (less than half a point's width, on a grid of
/// mergeCellSize pixels) are drawn as one point, so that hundreds of thousands of changes cost no more to draw than
/// the plot has room for: the point's tooltip counts the changes it stands for, with the range of their lead times
/// and deployments, its click lists them all, and the legend says that near points were merged.
class LeadTimeChart : public MetricsChart
{
    Q_OBJECT

public:
    /// The side of the cells of the plot, in pixels, whose changes are drawn as one point.
    static constexpr int mergeCellSize = 3;

    /// What the chart draws of a report, prepared off the GUI thread (prepare() is thread-safe).
    struct Data
    {
        /// The changes in order of deployment (then of lead time), and where each lies: its deployment time and
        /// the logarithm of its lead time in hours (chartstyle::durationPosition()).
        QList<metrics::ChangeLeadTime> records;
        QList<QPointF> points;
        metrics::Summary summary;
        /// The time axis' range, and the shortest and longest durations shown (changes and percentiles), in hours.
        Timestamp from = 0;
        Timestamp to = 0;
        double lowHours = 1;
        double highHours = 1;
    };

    explicit LeadTimeChart(QWidget *parent = nullptr);

    /// Works out what the chart draws of `report`; any thread.
    static Data prepare(const metrics::MetricsReport &report);
    /// Shows `data` (from prepare()); the work left on the GUI thread grows with the points drawn, not the changes.
    void setData(const Data &data);
    /// setData(prepare(report)).
    void setReport(const metrics::MetricsReport &report);

    /// The number of points drawn, and whether some of them stand for changes at different places.
    qsizetype drawnPoints() const { return m_drawn.size(); }
    bool hasMergedPoints() const { return m_merged; }

protected:
    void restyle() override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    /// Merges the changes into the points drawn, for the plot area's size, and hands them to the series.
    void placePoints();
    void nameChanges();
    /// The index of the point drawn under `position` (in the viewport), or -1.
    qsizetype pointAt(const QPointF &position) const;
    /// The changes drawn as the point at `index`.
    QList<metrics::ChangeLeadTime> changesAt(qsizetype index) const;
    void showChanges(qsizetype index);
    void drillIntoChanges(qsizetype index);
    void showPercentile(QLineSeries *line, bool hovered);

    QLineSeries *m_changes;
    QLineSeries *m_median;
    QLineSeries *m_p85;
    QDateTimeAxis *m_timeAxis;
    QCategoryAxis *m_durationAxis;

    Data m_data;
    /// The points drawn (values), where they are drawn (chart coordinates), and for each change the index of the
    /// point that stands for it.
    QList<QPointF> m_drawn;
    QList<QPointF> m_drawnAt;
    QList<qsizetype> m_pointOf;
    /// The plot area the points were merged for.
    QRectF m_placedFor;
    bool m_merged = false;
    qsizetype m_hovered = -1;
};

} // namespace flowdeck::views
