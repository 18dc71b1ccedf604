// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "valuestream/mapcanvas.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace flowdeck::views {

/// The type and the sizes of a map's parts at one type size; presentation mode scales them all by 1.6.
struct MapMetrics
{
    qreal scale = 1.0;
    /// The 8 px grid, scaled.
    qreal unit = 8.0;
    /// Pixel-sized, so that the screen, the SVG and the PNG lay text out alike.
    QFont text;
    QFont italic;
    QFont bold;
    QFont small;
    QFont smallItalic;
    QFont smallBold;
    QFont heading;
    qreal line = 0;
    qreal smallLine = 0;
    qreal headingLine = 0;
    /// A thin line; the critical path and the bottleneck use multiples of it.
    qreal pen = 1.0;
    qreal margin = 0;
    qreal boxWidth = 0;
    qreal titleHeight = 0;
    qreal rowHeight = 0;
    /// The figures shown in every data box: PT, LT, %C&A, people, and WIP when any step has one.
    int dataRows = 4;
    qreal footerHeight = 0;
    qreal boxHeight = 0;
    /// The room between two columns, where the wait triangle and the arrows go.
    qreal gapWidth = 0;
    /// The height of a kaizen burst; 0 when no step has ideas.
    qreal burstHeight = 0;
    qreal laneSpacing = 0;
    /// The width of the proportional timeline bar: fixed, so that two drawings share one time scale.
    qreal barWidth = 0;
};

/// Where one step goes.
struct StepPlace
{
    Id id = 0;
    /// In the map's steps.
    int index = -1;
    /// The longest path from a start step.
    int column = 0;
    /// 0 is the critical path's lane, at the bottom; parallel branches stack above it.
    int lane = 0;
    bool critical = false;
    QRectF box;
    QRectF title;
    QRectF data;
    /// The kaizen burst's bounds; empty when the step has no ideas.
    QRectF burst;
    /// The wait triangle in front of the step, in the gap left of the box.
    QRectF triangle;
    /// Where the wait (and WIP) is written, under the triangle.
    QRectF waitText;
};

/// A push arrow from one step to the next: an orthogonal line ending at the target's left edge.
struct EdgeRoute
{
    Id from = 0;
    Id to = 0;
    QPolygonF points;
    bool critical = false;
};

/// One step of the timeline ladder along the critical path.
struct LadderStep
{
    Id id = 0;
    /// The upper rung: the wait in front of the step, under its triangle.
    qreal waitLeft = 0;
    qreal waitRight = 0;
    /// The lower rung: the process time, under its box.
    qreal processLeft = 0;
    qreal processRight = 0;
};

/// One entry of the legend: a swatch and what it stands for.
struct LegendItem
{
    enum class Kind
    {
        Heat,
        Bottleneck,
        Estimate
    };
    Kind kind = Kind::Heat;
    /// For the heat scale: its class, 0 (quiet) to heatClasses - 1 (warm).
    int heatClass = 0;
    QString text;
    QRectF swatch;
    QRectF label;
};

/// The heat scale's classes by share of lead time: under 5 %, 5–15 %, 15–30 %, 30 % and more.
inline constexpr int heatClasses = 4;
int heatClass(double share);

/// The geometry of a whole drawing, computed once and shared by painting, hit testing and the size.
struct MapLayout
{
    MapMetrics metrics;
    QSizeF size;
    QRectF caption;
    QRectF legend;
    /// "Share of lead time" over the heat scale's swatches.
    QRectF legendTitle;
    QList<LegendItem> legendItems;
    int columns = 0;
    int lanes = 0;
    /// In the map's order.
    QList<StepPlace> steps;
    QList<EdgeRoute> edges;
    /// The bottleneck's callout; empty without one.
    QRectF callout;
    QPointF calloutTip;
    QRectF ladder;
    qreal upperRung = 0;
    qreal lowerRung = 0;
    QList<LadderStep> ladderSteps;
    QRectF totals;
    /// The proportional timeline bar (its full width stands for the scale) and its axis labels below it.
    QRectF barTitle;
    QRectF bar;
    QRectF barAxis;
    /// The map's own lead time, written at the end of the bar's filled part.
    QRectF barTotal;
    /// Where a map without steps says so.
    QRectF emptyNote;

    const StepPlace *place(Id stepId) const;
    /// The x of the middle of the gap in front of `column` (columns may be one past the last).
    qreal gapCentre(int column) const;
    qreal columnLeft(int column) const;

private:
    friend MapLayout layoutMap(const MapDrawing &drawing, const QFont &font);
    QHash<Id, int> m_indexOf;
    qreal m_firstColumnLeft = 0;
};

MapMetrics mapMetrics(const MapDrawing &drawing, const QFont &font);
MapLayout layoutMap(const MapDrawing &drawing, const QFont &font);

/// The step's analysis, or nothing when the drawing has none.
const valuestream::StepAnalysis *stepAnalysis(const MapDrawing &drawing, Id stepId);

} // namespace flowdeck::views
