// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

namespace flowdeck::views {

/// The cumulative distributions of the simulated lead times: for each time along the bottom, the share of trials
/// done within it; the current state solid, the future state dashed, on one time scale. Painted with QPainter, at
/// most one point per pixel, so that 10,000 trials stay quick to draw; a tooltip gives the shares at a time.
class LeadTimeSketch : public QWidget
{
public:
    explicit LeadTimeSketch(QWidget *parent = nullptr);

    /// Every trial's lead time of each state, ascending; an empty list for a state not shown.
    void setCurves(QList<double> current, QList<double> future);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The colours of the two states, also in the panel's legend and table.
    static QColor currentColour(const QPalette &palette);
    static QColor futureColour();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QRectF plotRect() const;
    /// The time the plot's full width stands for: the longest trial of either state.
    double scaleMs() const;
    static void paintCurve(QPainter &painter, const QList<double> &sorted, const QColor &colour, Qt::PenStyle style,
                           const QRectF &plot, double maxMs);
    void paintLegend(QPainter &painter, double top) const;
    /// "Within 3 d 4 h: current state 62 % of changes, future state 91 %".
    QString tipAt(QPoint pos) const;

    QList<double> m_current;
    QList<double> m_future;
};

} // namespace flowdeck::views
