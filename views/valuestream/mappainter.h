// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/maplayout.h"

#include <QColor>
#include <QPalette>

class QPainter;

namespace flowdeck::views {

/// The colours of a drawing, from the palette it is drawn on so that it reads in light and dark themes alike.
struct MapColours
{
    QColor base;
    QColor text;
    QColor quiet;
    /// The lines of steps off the critical path.
    QColor quietLine;
    /// A title bar without heat (no analysis) and the totals' title bar.
    QColor neutral;
    QColor heat[heatClasses];
    QColor bottleneck;
    /// The bottleneck's callout behind its text.
    QColor calloutFill;
    QColor highlight;
    QColor triangle;
    QColor burstFill;
    QColor burstLine;
    /// The timeline bar's segments.
    QColor segment;
    QColor segmentWait;
    bool dark = false;
};

MapColours mapColours(const QPalette &palette);

/// A light palette, as on paper: what the exports draw with.
QPalette lightMapPalette();

/// Black or white, whichever reads better on `fill`.
QColor textOn(const QColor &fill);

/// Hatches `rect` with 45° lines `spacing` apart, computed rather than clipped so that the SVG export keeps them.
void hatch(QPainter &painter, const QRectF &rect, qreal spacing);

/// The timeline ladder, the totals at its end and the proportional timeline bar under it.
void paintLadder(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours);
void paintTotals(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours);
void paintTimelineBar(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours);

} // namespace flowdeck::views
