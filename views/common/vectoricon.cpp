// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/vectoricon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace flowdeck::views {

namespace {

// Paints the drawing at whatever size and device pixel ratio the icon is asked for.
class VectorIconEngine : public QIconEngine
{
public:
    VectorIconEngine(QColor colour, std::function<void(const IconCanvas &)> paint)
        : m_colour(colour)
        , m_paint(std::move(paint))
    {}

    QIconEngine *clone() const override { return new VectorIconEngine(m_colour, m_paint); }

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
        IconCanvas canvas;
        canvas.painter = painter;
        canvas.side = std::min(rect.width(), rect.height());
        canvas.box = QRectF(rect.x() + (rect.width() - canvas.side) / 2.0,
                            rect.y() + (rect.height() - canvas.side) / 2.0, canvas.side, canvas.side);
        canvas.colour = m_colour;
        if (mode == QIcon::Disabled)
            canvas.colour.setAlphaF(0.4);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        m_paint(canvas);
        painter->restore();
    }

private:
    QColor m_colour;
    std::function<void(const IconCanvas &)> m_paint;
};

} // namespace

QPen IconCanvas::pen(qreal minimum, qreal parts) const
{
    return QPen(colour, std::max(minimum, side / parts), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

QIcon vectorIcon(const QColor &colour, std::function<void(const IconCanvas &canvas)> paint)
{
    return QIcon(new VectorIconEngine(colour, std::move(paint)));
}

} // namespace flowdeck::views
