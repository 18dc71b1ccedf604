// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "taskcontrol.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace flowdeck::layout {

/// A box to place, in points (1/72 inch; the views draw 1 point as 1 scene unit).
struct LayoutNodeInput
{
    /// Unique among the nodes.
    QString id;
    QSizeF size;
};

/// An edge between two boxes, by id. An edge may repeat (each is routed apart) or loop back to its own box.
struct LayoutEdgeInput
{
    QString from;
    QString to;
};

enum class LayoutDirection
{
    LeftToRight,
    TopToBottom,
};

struct LayoutRequest
{
    QList<LayoutNodeInput> nodes;
    QList<LayoutEdgeInput> edges;
    LayoutDirection direction = LayoutDirection::LeftToRight;
    /// Space between neighbouring boxes of one rank, and between ranks, in points.
    double nodeSpacing = 24;
    double rankSpacing = 48;
};

struct PlacedNode
{
    QString id;
    /// The box, with the origin at the top left of the whole drawing and y growing downwards.
    QRectF rect;
};

struct PlacedEdge
{
    QString from;
    QString to;
    /// A cubic Bézier path: the start point, then three points (two controls and an end) per segment. It starts
    /// on the outline of the source box and ends at the base of the arrow head, short of the target box.
    QList<QPointF> path;
    /// Where the arrow head points: on the outline of the target box. The head spans from the path's last point
    /// to here (Graphviz leaves 10 points for it), so a drawn line stops at the head's base, not under its tip.
    QPointF arrowTip;
};

struct GraphLayout
{
    /// In the order of the request.
    QList<PlacedNode> nodes;
    QList<PlacedEdge> edges;
    /// The drawing's extent, from (0, 0): every box, path point (control points included) and arrow tip lies
    /// within it. 0 × 0 for an empty graph.
    QSizeF size{0, 0};
};

/// Lays out a directed graph in ranks (Graphviz's dot). Graphviz keeps global state, so layouts run one at a
/// time (callers on several threads wait for each other); call it on a worker thread, never the GUI thread.
/// Cycles are allowed (dot reverses an edge to break them). Checks `control` for cancellation before and after
/// the layout itself, which cannot be interrupted; reports progress 0 of 1 before it and 1 of 1 after. Duplicate
/// ids, an edge naming an unknown box, and a size or spacing that is negative, not finite or over 100,000 points
/// are Errors naming them. Unconnected boxes share the first rank. About 0.35 s of CPU for 2,000 stages in 40
/// ranks (bench_graphlayout); past 2,000 boxes Graphviz's in-rank placement is cut short, so a few more edges
/// run slanted.
Result<GraphLayout> layoutGraph(const LayoutRequest &request, const TaskControl &control = {});

} // namespace flowdeck::layout
