// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/stageedgeitem.h"

#include "pipelines/stagekindstyle.h"

#include <QGraphicsScene>
#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>

namespace flowdeck::views {

namespace {

constexpr qreal normalWidth = 1.5;
constexpr qreal criticalWidth = 3.5;

} // namespace

StageEdgeItem::StageEdgeItem(QString from, QString to, const QList<QPointF> &path, QPointF arrowTip, bool critical)
    : m_from(std::move(from))
    , m_to(std::move(to))
    , m_arrowTip(arrowTip)
    , m_critical(critical)
{
    setPath(bezierPath(path));
    m_arrowBase = path.isEmpty() ? arrowTip : path.constLast();
    // An arrow head of its own length when the path ends at the tip (layouts that leave no room for one).
    if (QLineF(m_arrowBase, m_arrowTip).length() < 1 && path.size() >= 2) {
        QLineF back(m_arrowTip, path[path.size() - 2]);
        back.setLength(10);
        m_arrowBase = back.p2();
    }
    setFlags(ItemIsSelectable);
    setZValue(critical ? 0.5 : 0);
    // The path never changes: its outline is worked out once, not on every paint and hit test.
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(10, penWidth() + 6));
    m_shape = stroker.createStroke(this->path());
    m_shape.addPolygon(arrowHead());
    m_bounds = m_shape.boundingRect().adjusted(-4, -4, 4, 4);
}

QPainterPath StageEdgeItem::bezierPath(const QList<QPointF> &points)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.constFirst());
    qsizetype i = 1;
    for (; i + 2 < points.size(); i += 3)
        path.cubicTo(points[i], points[i + 1], points[i + 2]);
    for (; i < points.size(); ++i)
        path.lineTo(points[i]);
    return path;
}

qreal StageEdgeItem::penWidth() const
{
    return m_critical ? criticalWidth : normalWidth;
}

QPolygonF StageEdgeItem::arrowHead() const
{
    QLineF axis(m_arrowTip, m_arrowBase);
    const qreal length = std::max<qreal>(axis.length(), m_critical ? 12 : 9);
    axis.setLength(length);
    const QPointF base = axis.p2();
    QLineF normal = axis.normalVector();
    normal.setLength(length * 0.45);
    const QPointF side = normal.p2() - normal.p1();
    return QPolygonF({m_arrowTip, base + side, base - side});
}

QRectF StageEdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath StageEdgeItem::shape() const
{
    return m_shape;
}

void StageEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    QColor colour = m_critical ? criticalPathColor(palette) : palette.color(QPalette::PlaceholderText);
    if (isSelected())
        colour = palette.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(colour, penWidth(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (isSelected()) {
        // A halo under the selected edge, so that the selection does not read as the critical path's colour alone.
        QPen halo(palette.color(QPalette::Highlight), penWidth() + 5, Qt::SolidLine, Qt::RoundCap);
        QColor haloColour = halo.color();
        haloColour.setAlphaF(0.3f);
        halo.setColor(haloColour);
        painter->setPen(halo);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setPen(QPen(colour, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(colour);
    painter->drawPolygon(arrowHead());
}

} // namespace flowdeck::views
