// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitmarks.h"

#include "common/statusstyle.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace flowdeck::views::commitmarks {

namespace {

enum class Mark
{
    Merge,
    Unreachable
};

// Paints the mark at whatever size and device pixel ratio the icon is asked for.
class MarkIconEngine : public QIconEngine
{
public:
    MarkIconEngine(Mark mark, QColor colour)
        : m_mark(mark)
        , m_colour(colour)
    {}

    QIconEngine *clone() const override { return new MarkIconEngine(m_mark, m_colour); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const qreal side = std::min(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        auto at = [&](qreal x, qreal y) {
            return QPointF(box.x() + x * side, box.y() + y * side);
        };
        QColor colour = m_colour;
        if (mode == QIcon::Disabled)
            colour.setAlphaF(0.4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal width = std::max<qreal>(1.25, side / 9.0);
        painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        switch (m_mark) {
        case Mark::Merge: {
            // Two parents at the top, their lines meeting above the merge commit at the bottom.
            QPainterPath path(at(0.28, 0.3));
            path.cubicTo(at(0.28, 0.55), at(0.5, 0.55), at(0.5, 0.72));
            path.moveTo(at(0.72, 0.3));
            path.cubicTo(at(0.72, 0.55), at(0.5, 0.55), at(0.5, 0.72));
            painter->drawPath(path);
            painter->setBrush(colour);
            painter->setPen(Qt::NoPen);
            const qreal dot = side * 0.11;
            painter->drawEllipse(at(0.28, 0.2), dot, dot);
            painter->drawEllipse(at(0.72, 0.2), dot, dot);
            painter->drawEllipse(at(0.5, 0.8), dot * 1.2, dot * 1.2);
            break;
        }
        case Mark::Unreachable:
            painter->drawEllipse(at(0.5, 0.5), side * 0.32, side * 0.32);
            painter->drawLine(at(0.27, 0.73), at(0.73, 0.27));
            break;
        }
        painter->restore();
    }

private:
    Mark m_mark;
    QColor m_colour;
};

} // namespace

QIcon mergeIcon(const QPalette &palette)
{
    return QIcon(new MarkIconEngine(Mark::Merge, palette.color(QPalette::Text)));
}

QIcon unreachableIcon()
{
    // Orange reads on light and dark backgrounds alike.
    return QIcon(new MarkIconEngine(Mark::Unreachable, okabeIto(OkabeIto::Orange)));
}

} // namespace flowdeck::views::commitmarks
