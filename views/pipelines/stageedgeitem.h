// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsPathItem>
#include <QList>
#include <QPointF>
#include <QString>

namespace flowdeck::views {

/// A need between two stages, drawn along the layout's Bézier path with an arrow head at the stage that waits.
/// Edges of the critical path are drawn bolder and in its colour.
class StageEdgeItem : public QGraphicsPathItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    /// `path`: a start point, then two control points and an end point per segment; the arrow points at `arrowTip`.
    StageEdgeItem(QString from, QString to, const QList<QPointF> &path, QPointF arrowTip, bool critical);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QString from() const { return m_from; }
    QString to() const { return m_to; }
    bool isCritical() const { return m_critical; }
    qreal penWidth() const;

    /// The cubic Bézier path through `points` (start, then three points per segment); straight lines for points
    /// left over.
    static QPainterPath bezierPath(const QList<QPointF> &points);

private:
    QPolygonF arrowHead() const;

    QString m_from;
    QString m_to;
    QPointF m_arrowTip;
    QPointF m_arrowBase;
    bool m_critical = false;
    /// Where it can be clicked (wider than drawn), and all it may paint.
    QPainterPath m_shape;
    QRectF m_bounds;
};

} // namespace flowdeck::views
