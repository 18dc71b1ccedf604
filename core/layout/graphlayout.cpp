// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/graphlayout.h"

#include "layout/graphvizsession.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QLineF>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

// Graphviz's headers define short macros (MIN, MAX, ROUND, ...): they come last.
#include <gvc.h>

namespace flowdeck::layout {

using namespace Qt::StringLiterals;

namespace {

struct GraphLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::layout::GraphLayout)
};

constexpr double pointsPerInch = 72;
/// Up to this many boxes, Graphviz places them as well as it can; beyond, its slowest pass is limited.
constexpr qsizetype fullQualityNodes = 2000;
/// The length of Graphviz's arrow head at its default size.
constexpr double arrowLength = 10;
/// Sizes and spacing are refused beyond this (about 35 m): Graphviz keeps ranks and positions in ints.
constexpr double largestLength = 100000;

QString quoted(const QString &id)
{
    return GraphLayoutText::tr("“%1”").arg(id);
}

bool isLength(double value)
{
    return std::isfinite(value) && value >= 0 && value <= largestLength;
}

/// The index of each node by id, after checking the request: unique ids, edges between known nodes, sizes and
/// spacing that Graphviz can hold.
Result<QHash<QString, int>> checkRequest(const LayoutRequest &request)
{
    if (!isLength(request.nodeSpacing) || !isLength(request.rankSpacing))
        return Error{GraphLayoutText::tr("The space between boxes (%1 points) and between ranks (%2 points) must each "
                                         "be between 0 and %3 points.")
                         .arg(request.nodeSpacing)
                         .arg(request.rankSpacing)
                         .arg(largestLength)};
    QHash<QString, int> indexById;
    indexById.reserve(request.nodes.size());
    for (int i = 0; i < request.nodes.size(); ++i) {
        const LayoutNodeInput &node = request.nodes.at(i);
        if (const auto found = indexById.constFind(node.id); found != indexById.cend())
            return Error{GraphLayoutText::tr("Boxes number %1 and %2 of the graph have the same id %3.")
                             .arg(*found + 1)
                             .arg(i + 1)
                             .arg(quoted(node.id))};
        if (!isLength(node.size.width()) || !isLength(node.size.height()))
            return Error{GraphLayoutText::tr("Box %1 is %2 × %3 points; a box's width and height must each be "
                                             "between 0 and %4 points.")
                             .arg(quoted(node.id))
                             .arg(node.size.width())
                             .arg(node.size.height())
                             .arg(largestLength)};
        indexById.insert(node.id, i);
    }
    for (int i = 0; i < request.edges.size(); ++i) {
        const LayoutEdgeInput &edge = request.edges.at(i);
        for (const QString &end : {edge.from, edge.to}) {
            if (!indexById.contains(end))
                return Error{GraphLayoutText::tr("Edge number %1 (from %2 to %3) names %4, which is not a box of the "
                                                 "graph.")
                                 .arg(i + 1)
                                 .arg(quoted(edge.from), quoted(edge.to), quoted(end))};
        }
    }
    return indexById;
}

QByteArray inches(double points)
{
    return QByteArray::number(points / pointsPerInch, 'g', 12);
}

/// Graphviz's API takes char * for strings it only reads (and copies).
char *text(const char *value)
{
    return const_cast<char *>(value);
}

void setGraphAttribute(Agraph_t *graph, const char *name, const QByteArray &value)
{
    agattr(graph, AGRAPH, text(name), text(value.constData()));
}

/// Closes a graph, with the layout Graphviz attached to it.
struct GraphCloser
{
    GVC_t *context;
    void operator()(Agraph_t *graph) const
    {
        gvFreeLayout(context, graph);
        agclose(graph);
    }
};
using GraphPointer = std::unique_ptr<Agraph_t, GraphCloser>;

/// The graph handed to Graphviz: nodes named by their index in the request (never by id, which may hold any
/// character), in request order, and edges in request order.
struct BuiltGraph
{
    GraphPointer graph;
    std::vector<Agnode_t *> nodes;
    std::vector<Agedge_t *> edges;
};

BuiltGraph buildGraph(GVC_t *context, const LayoutRequest &request, const QHash<QString, int> &indexById)
{
    BuiltGraph built{GraphPointer(agopen(text("flowdeck"), Agdirected, nullptr), GraphCloser{context}), {}, {}};
    Agraph_t *graph = built.graph.get();
    setGraphAttribute(graph, "rankdir", request.direction == LayoutDirection::TopToBottom ? "TB" : "LR");
    setGraphAttribute(graph, "nodesep", inches(request.nodeSpacing));
    setGraphAttribute(graph, "ranksep", inches(request.rankSpacing));
    setGraphAttribute(graph, "splines", "spline");
    // Graphviz 2.42's newer ranking: without clusters it gives the same ranks, and so the same layout, as the
    // classic one, and the whole layout takes about half the time (bench_graphlayout, 2,000 stages).
    setGraphAttribute(graph, "newrank", "true");
    // Beyond the 2,000 boxes the layout is budgeted for, the last pass (placing boxes within their ranks by network
    // simplex) is cut short at a fifth of its default iterations: at 5,000 boxes that takes a third of the time,
    // and a few more edges run slanted instead of straight.
    if (request.nodes.size() > fullQualityNodes)
        setGraphAttribute(graph, "nslimit", "0.2");

    // Boxes of exactly the requested size: no label, so nothing to measure and no margin around it.
    agattr(graph, AGNODE, text("shape"), text("box"));
    agattr(graph, AGNODE, text("fixedsize"), text("true"));
    agattr(graph, AGNODE, text("label"), text(""));
    Agsym_t *width = agattr(graph, AGNODE, text("width"), text("1"));
    Agsym_t *height = agattr(graph, AGNODE, text("height"), text("1"));

    built.nodes.reserve(std::size_t(request.nodes.size()));
    for (int i = 0; i < request.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *node = agnode(graph, text(name.constData()), 1);
        const QSizeF size = request.nodes.at(i).size;
        agxset(node, width, text(inches(size.width()).constData()));
        agxset(node, height, text(inches(size.height()).constData()));
        built.nodes.push_back(node);
    }
    built.edges.reserve(std::size_t(request.edges.size()));
    for (const LayoutEdgeInput &edge : request.edges) {
        // Unnamed edges of a non-strict graph: every request edge is one edge, repeated pairs included.
        built.edges.push_back(agedge(graph, built.nodes[std::size_t(indexById.value(edge.from))],
                                     built.nodes[std::size_t(indexById.value(edge.to))], nullptr, 1));
    }
    return built;
}

/// Graphviz's y grows upwards; the layout's grows downwards. Everything is moved to start at (0, 0) later.
QPointF flipped(pointf point)
{
    return {point.x, -point.y};
}

/// A straight segment from the path's last point to `to`, as a cubic Bézier segment.
void appendLine(QList<QPointF> &path, QPointF to)
{
    const QPointF from = path.last();
    path.append(from + (to - from) / 3);
    path.append(from + (to - from) * 2 / 3);
    path.append(to);
}

/// Where the line from the centre of `box` towards `target` leaves the box.
QPointF boundaryTowards(const QRectF &box, QPointF target)
{
    const QPointF centre = box.center();
    const QPointF direction = target - centre;
    const double infinity = std::numeric_limits<double>::infinity();
    const double alongX = direction.x() != 0 ? box.width() / 2 / std::abs(direction.x()) : infinity;
    const double alongY = direction.y() != 0 ? box.height() / 2 / std::abs(direction.y()) : infinity;
    const double along = std::min({alongX, alongY, 1.0});
    return centre + direction * along;
}

/// The edge as Graphviz routed it: its Bézier pieces joined into one path from the source box to the base of
/// the arrow head, and the head's tip on the target box.
PlacedEdge placeEdge(Agedge_t *edge, const LayoutEdgeInput &input, const QRectF &source, const QRectF &target)
{
    PlacedEdge placed{input.from, input.to, {}, {}};
    const splines *routed = ED_spl(edge);
    for (int i = 0; routed && i < routed->size; ++i) {
        const bezier &piece = routed->list[i];
        if (piece.size < 1)
            continue;
        const QPointF first = flipped(piece.list[0]);
        if (placed.path.isEmpty()) {
            // An arrow at the start (never asked for) would leave a gap to the source box: close it.
            placed.path.append(piece.sflag ? flipped(piece.sp) : first);
            if (piece.sflag)
                appendLine(placed.path, first);
        } else if (placed.path.last() != first) {
            appendLine(placed.path, first);
        }
        for (int k = 1; k < piece.size; ++k)
            placed.path.append(flipped(piece.list[k]));
        placed.arrowTip = piece.eflag ? flipped(piece.ep) : placed.path.last();
    }
    if (placed.path.isEmpty()) {
        // Graphviz left the edge unrouted: a straight line between the boxes still shows it, with room for the
        // arrow head as Graphviz leaves it.
        const QPointF start = boundaryTowards(source, target.center());
        placed.arrowTip = boundaryTowards(target, source.center());
        const QLineF line(start, placed.arrowTip);
        placed.path.append(start);
        appendLine(placed.path, line.pointAt(std::max(0.0, 1 - arrowLength / std::max(line.length(), arrowLength))));
    }
    return placed;
}

/// The smallest rectangle around points and rectangles (QRectF's union skips empty rectangles, so points).
struct Extent
{
    double left = std::numeric_limits<double>::infinity();
    double top = std::numeric_limits<double>::infinity();
    double right = -std::numeric_limits<double>::infinity();
    double bottom = -std::numeric_limits<double>::infinity();

    void include(QPointF point)
    {
        left = std::min(left, point.x());
        top = std::min(top, point.y());
        right = std::max(right, point.x());
        bottom = std::max(bottom, point.y());
    }
    void include(const QRectF &rect)
    {
        include(rect.topLeft());
        include(rect.bottomRight());
    }
};

/// Reads the positions and routes back from Graphviz, flipped and moved so that the drawing (boxes, paths and
/// their control points, and Graphviz's bounding box) starts at (0, 0).
GraphLayout readLayout(const BuiltGraph &built, const LayoutRequest &request, const QHash<QString, int> &indexById)
{
    GraphLayout layout;
    const boxf box = GD_bb(built.graph.get());
    Extent extent;
    extent.include(flipped(box.LL));
    extent.include(flipped(box.UR));
    layout.nodes.reserve(request.nodes.size());
    for (int i = 0; i < request.nodes.size(); ++i) {
        const LayoutNodeInput &input = request.nodes.at(i);
        QRectF rect(QPointF(), input.size);
        rect.moveCenter(flipped(ND_coord(built.nodes[std::size_t(i)])));
        extent.include(rect);
        layout.nodes.append(PlacedNode{input.id, rect});
    }
    layout.edges.reserve(request.edges.size());
    for (int i = 0; i < request.edges.size(); ++i) {
        const LayoutEdgeInput &input = request.edges.at(i);
        const QRectF &source = layout.nodes.at(indexById.value(input.from)).rect;
        const QRectF &target = layout.nodes.at(indexById.value(input.to)).rect;
        PlacedEdge edge = placeEdge(built.edges[std::size_t(i)], input, source, target);
        for (const QPointF &point : std::as_const(edge.path))
            extent.include(point);
        extent.include(edge.arrowTip);
        layout.edges.append(std::move(edge));
    }

    const QPointF shift(-extent.left, -extent.top);
    for (PlacedNode &node : layout.nodes)
        node.rect.translate(shift);
    for (PlacedEdge &edge : layout.edges) {
        for (QPointF &point : edge.path)
            point += shift;
        edge.arrowTip += shift;
    }
    layout.size = QSizeF(extent.right - extent.left, extent.bottom - extent.top);
    return layout;
}

} // namespace

Result<GraphLayout> layoutGraph(const LayoutRequest &request, const TaskControl &control)
{
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};
    auto indexById = checkRequest(request);
    if (!indexById)
        return indexById.error();
    if (request.nodes.isEmpty())
        return GraphLayout{};
    control.report(0, 1);

    detail::GraphvizSession session;
    auto context = session.context();
    if (!context)
        return context.error();
    const BuiltGraph built = buildGraph(*context, request, *indexById);
    if (gvLayout(*context, built.graph.get(), "dot") != 0) {
        return Error{GraphLayoutText::tr("Graphviz could not lay out the graph of %n box(es): %1", nullptr,
                                         int(request.nodes.size()))
                         .arg(session.messages())};
    }
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};
    GraphLayout layout = readLayout(built, request, *indexById);
    control.report(1, 1);
    return layout;
}

} // namespace flowdeck::layout
