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

struct LayoutEdgeInput
{
    QString from;
    QString to;
};

enum class LayoutDirection {
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
    /// A cubic Bézier path: the start point, then three points (two controls and an end) per segment.
    QList<QPointF> path;
    /// Where the arrow head points, at the end of the path.
    QPointF arrowTip;
};

struct GraphLayout
{
    /// In the order of the request.
    QList<PlacedNode> nodes;
    QList<PlacedEdge> edges;
    /// The drawing's extent, from (0, 0).
    QSizeF size;
};

/// Lays out a directed graph in ranks (Graphviz's dot). Graphviz keeps global state, so layouts run one at a
/// time (callers on several threads wait for each other); call it on a worker thread, never the GUI thread.
/// Cycles are allowed (dot reverses an edge to break them). Checks `control` for cancellation before and after
/// the layout itself, which cannot be interrupted.
Result<GraphLayout> layoutGraph(const LayoutRequest &request, const TaskControl &control = {});

} // namespace flowdeck::layout
