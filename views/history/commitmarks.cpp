// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitmarks.h"

#include "common/statusstyle.h"
#include "common/vectoricon.h"

#include <QPainter>
#include <QPainterPath>

namespace flowdeck::views::commitmarks {

namespace {

// Two parents at the top, their lines meeting above the merge commit at the bottom.
void paintMerge(const IconCanvas &canvas)
{
    QPainter *painter = canvas.painter;
    auto at = [&canvas](qreal x, qreal y) {
        return canvas.at(x, y);
    };
    painter->setPen(canvas.pen(1.25, 9.0));
    QPainterPath path(at(0.28, 0.3));
    path.cubicTo(at(0.28, 0.55), at(0.5, 0.55), at(0.5, 0.72));
    path.moveTo(at(0.72, 0.3));
    path.cubicTo(at(0.72, 0.55), at(0.5, 0.55), at(0.5, 0.72));
    painter->drawPath(path);
    painter->setBrush(canvas.colour);
    painter->setPen(Qt::NoPen);
    const qreal dot = canvas.side * 0.11;
    painter->drawEllipse(at(0.28, 0.2), dot, dot);
    painter->drawEllipse(at(0.72, 0.2), dot, dot);
    painter->drawEllipse(at(0.5, 0.8), dot * 1.2, dot * 1.2);
}

void paintUnreachable(const IconCanvas &canvas)
{
    QPainter *painter = canvas.painter;
    painter->setPen(canvas.pen(1.25, 9.0));
    painter->drawEllipse(canvas.at(0.5, 0.5), canvas.side * 0.32, canvas.side * 0.32);
    painter->drawLine(canvas.at(0.27, 0.73), canvas.at(0.73, 0.27));
}

} // namespace

QIcon mergeIcon(const QPalette &palette)
{
    return vectorIcon(palette.color(QPalette::Text), paintMerge);
}

QIcon unreachableIcon()
{
    // Orange reads on light and dark backgrounds alike.
    return vectorIcon(okabeIto(OkabeIto::Orange), paintUnreachable);
}

} // namespace flowdeck::views::commitmarks
