// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPen>
#include <QPointF>
#include <QRectF>

#include <functional>

class QPainter;

namespace flowdeck::views {

/// Where a vector icon is drawn: the largest square centred in the icon's rectangle, addressed in coordinates of
/// a unit square, so that one drawing serves every size and device pixel ratio.
struct IconCanvas
{
    QPainter *painter = nullptr;
    QRectF box;
    qreal side = 0;
    /// The icon's colour, faded for a disabled icon.
    QColor colour;

    /// The point (x, y) of the unit square, (0, 0) top left and (1, 1) bottom right.
    QPointF at(qreal x, qreal y) const { return {box.x() + x * side, box.y() + y * side}; }
    /// A pen in the icon's colour with round caps and joins, the side divided by `parts` wide, but at least
    /// `minimum` pixels.
    QPen pen(qreal minimum, qreal parts) const;
};

/// An icon that `paint` draws as vector shapes whenever it is asked for a size, so that it stays sharp at any size
/// and device pixel ratio. `paint` gets an antialiased painter without a brush, saved and restored around it.
QIcon vectorIcon(const QColor &colour, std::function<void(const IconCanvas &canvas)> paint);

} // namespace flowdeck::views
