// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelineicons.h"

#include "common/vectoricon.h"

#include <QPainter>
#include <QPainterPath>

namespace flowdeck::views::pipelineicons {

namespace {

// A magnifying glass, with `sign` drawn in its lens.
void paintLens(const IconCanvas &canvas, bool plus, bool minus)
{
    QPainter *painter = canvas.painter;
    painter->setPen(canvas.pen(1.4, 11.0));
    painter->drawEllipse(canvas.at(0.42, 0.42), canvas.side * 0.28, canvas.side * 0.28);
    painter->drawLine(canvas.at(0.63, 0.63), canvas.at(0.88, 0.88));
    if (plus || minus)
        painter->drawLine(canvas.at(0.29, 0.42), canvas.at(0.55, 0.42));
    if (plus)
        painter->drawLine(canvas.at(0.42, 0.29), canvas.at(0.42, 0.55));
}

} // namespace

QIcon importFile(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        // A sheet with a folded corner and an arrow into it.
        QPainterPath sheet(canvas.at(0.25, 0.1));
        sheet.lineTo(canvas.at(0.6, 0.1));
        sheet.lineTo(canvas.at(0.8, 0.3));
        sheet.lineTo(canvas.at(0.8, 0.9));
        sheet.lineTo(canvas.at(0.25, 0.9));
        sheet.closeSubpath();
        painter->drawPath(sheet);
        painter->drawLine(canvas.at(0.52, 0.38), canvas.at(0.52, 0.74));
        painter->drawLine(canvas.at(0.38, 0.6), canvas.at(0.52, 0.74));
        painter->drawLine(canvas.at(0.66, 0.6), canvas.at(0.52, 0.74));
    });
}

QIcon addStage(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        painter->drawRoundedRect(QRectF(canvas.at(0.1, 0.24), canvas.at(0.7, 0.76)), canvas.side * 0.08,
                                 canvas.side * 0.08);
        painter->drawLine(canvas.at(0.8, 0.1), canvas.at(0.8, 0.42));
        painter->drawLine(canvas.at(0.64, 0.26), canvas.at(0.96, 0.26));
    });
}

QIcon rename(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        // A text cursor beside a line of text.
        painter->drawLine(canvas.at(0.12, 0.62), canvas.at(0.5, 0.62));
        painter->drawLine(canvas.at(0.72, 0.18), canvas.at(0.72, 0.82));
        painter->drawLine(canvas.at(0.6, 0.18), canvas.at(0.84, 0.18));
        painter->drawLine(canvas.at(0.6, 0.82), canvas.at(0.84, 0.82));
        painter->drawLine(canvas.at(0.12, 0.4), canvas.at(0.42, 0.4));
    });
}

QIcon remove(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        // A bin.
        painter->drawLine(canvas.at(0.16, 0.24), canvas.at(0.84, 0.24));
        painter->drawLine(canvas.at(0.4, 0.24), canvas.at(0.42, 0.12));
        painter->drawLine(canvas.at(0.42, 0.12), canvas.at(0.58, 0.12));
        painter->drawLine(canvas.at(0.58, 0.12), canvas.at(0.6, 0.24));
        QPainterPath bin(canvas.at(0.24, 0.24));
        bin.lineTo(canvas.at(0.3, 0.9));
        bin.lineTo(canvas.at(0.7, 0.9));
        bin.lineTo(canvas.at(0.76, 0.24));
        painter->drawPath(bin);
        painter->drawLine(canvas.at(0.44, 0.4), canvas.at(0.45, 0.76));
        painter->drawLine(canvas.at(0.56, 0.4), canvas.at(0.55, 0.76));
    });
}

QIcon connectStages(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        // Two boxes and an arrow from one to the other.
        painter->drawRect(QRectF(canvas.at(0.06, 0.12), canvas.at(0.36, 0.42)));
        painter->drawRect(QRectF(canvas.at(0.64, 0.58), canvas.at(0.94, 0.88)));
        QPainterPath arrow(canvas.at(0.36, 0.27));
        arrow.cubicTo(canvas.at(0.62, 0.27), canvas.at(0.5, 0.73), canvas.at(0.62, 0.73));
        painter->drawPath(arrow);
        painter->drawLine(canvas.at(0.62, 0.73), canvas.at(0.52, 0.64));
        painter->drawLine(canvas.at(0.62, 0.73), canvas.at(0.52, 0.82));
    });
}

QIcon zoomIn(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) { paintLens(canvas, true, false); });
}

QIcon zoomOut(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) { paintLens(canvas, false, true); });
}

QIcon fit(const QColor &colour)
{
    return vectorIcon(colour, [](const IconCanvas &canvas) {
        QPainter *painter = canvas.painter;
        painter->setPen(canvas.pen(1.3, 12.0));
        // Four corners around a box.
        const qreal a = 0.12;
        const qreal b = 0.34;
        const qreal c = 0.66;
        const qreal d = 0.88;
        painter->drawPolyline(QPolygonF({canvas.at(a, b), canvas.at(a, a), canvas.at(b, a)}));
        painter->drawPolyline(QPolygonF({canvas.at(c, a), canvas.at(d, a), canvas.at(d, b)}));
        painter->drawPolyline(QPolygonF({canvas.at(d, c), canvas.at(d, d), canvas.at(c, d)}));
        painter->drawPolyline(QPolygonF({canvas.at(b, d), canvas.at(a, d), canvas.at(a, c)}));
        painter->drawRect(QRectF(canvas.at(0.34, 0.38), canvas.at(0.66, 0.62)));
    });
}

} // namespace flowdeck::views::pipelineicons
