// SPDX-License-Identifier: GPL-3.0-or-later
// The graph layout on small graphs whose shape is known by hand: where each box must go relative to the others,
// how far apart (the requested spacing), and where each edge must start and end.

#include "layout/graphlayout.h"

#include <QLineF>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <latch>
#include <optional>
#include <thread>

using namespace flowdeck;
using namespace flowdeck::layout;
using namespace Qt::StringLiterals;

namespace {

/// Graphviz places boxes at whole points; a point either way is rounding.
constexpr double rounding = 1;
/// How near a path's ends must be to the boxes' edges.
constexpr double nearBoundary = 3;
/// Graphviz's arrow head is 10 points long: the path ends that far before the target box.
constexpr double arrowLength = 10;

LayoutRequest request(const QStringList &ids, const QList<std::pair<QString, QString>> &edges,
                      LayoutDirection direction = LayoutDirection::LeftToRight, QSizeF size = {80, 40})
{
    LayoutRequest request;
    request.direction = direction;
    request.nodeSpacing = 20;
    request.rankSpacing = 50;
    for (const QString &id : ids)
        request.nodes.append({id, size});
    for (const auto &[from, to] : edges)
        request.edges.append({from, to});
    return request;
}

QRectF rectOf(const GraphLayout &layout, const QString &id)
{
    for (const PlacedNode &node : layout.nodes) {
        if (node.id == id)
            return node.rect;
    }
    return {};
}

/// How far `point` is from the outline of `box`, inside or outside.
double distanceToOutline(const QRectF &box, QPointF point)
{
    if (box.contains(point)) {
        return std::min(
            {point.x() - box.left(), box.right() - point.x(), point.y() - box.top(), box.bottom() - point.y()});
    }
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

bool overlap(const QRectF &a, const QRectF &b)
{
    return a.intersected(b).width() > 0 && a.intersected(b).height() > 0;
}

/// Every edge leaves its source box's outline and its arrow ends on the target box's outline, the path is a
/// start point plus three points per segment, and the whole drawing lies within the layout's size.
void checkEdgesAndExtent(const GraphLayout &layout)
{
    const QRectF drawing(QPointF(0, 0), layout.size);
    for (const PlacedNode &node : layout.nodes) {
        QVERIFY2(drawing.adjusted(-0.01, -0.01, 0.01, 0.01).contains(node.rect), qPrintable(node.id));
        for (const PlacedNode &other : layout.nodes) {
            if (&other != &node && overlap(node.rect, other.rect))
                QFAIL(qPrintable(node.id + u" overlaps "_s + other.id));
        }
    }
    for (const PlacedEdge &edge : layout.edges) {
        const QString name = edge.from + u" -> "_s + edge.to;
        QVERIFY2(edge.path.size() >= 4, qPrintable(name));
        QCOMPARE((edge.path.size() - 1) % 3, 0);
        const QRectF source = rectOf(layout, edge.from);
        const QRectF target = rectOf(layout, edge.to);
        QVERIFY2(distanceToOutline(source, edge.path.first()) <= nearBoundary, qPrintable(name));
        QVERIFY2(distanceToOutline(target, edge.arrowTip) <= nearBoundary, qPrintable(name));
        QVERIFY2(QLineF(edge.path.last(), edge.arrowTip).length() <= arrowLength + rounding, qPrintable(name));
        for (const QPointF &point : edge.path)
            QVERIFY2(drawing.adjusted(-0.01, -0.01, 0.01, 0.01).contains(point), qPrintable(name));
    }
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private slots:
    void chainRunsLeftToRight();
    void chainRunsTopToBottom();
    void diamondSharesTheMiddleRank();
    void boxesKeepTheirSizes();
    void idsMayHoldAnyCharacter();
    void duplicateIdIsRefused();
    void edgeToUnknownBoxIsRefused();
    void badSizeIsRefused();
    void cycleStillLaysOut();
    void repeatedEdgesAndSelfLoops();
    void emptyGraph();
    void bigGraphStaysValid();
    void twoThreadsAtOnce();
    void canceledBeforeStart();
};

void TestGraphLayout::chainRunsLeftToRight()
{
    const auto result =
        layoutGraph(request({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"d"_s}}));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    const GraphLayout &layout = *result;
    QCOMPARE(layout.nodes.size(), 4);
    QCOMPARE(layout.edges.size(), 3);
    for (int i = 1; i < 4; ++i) {
        const QRectF before = layout.nodes.at(i - 1).rect;
        const QRectF rect = layout.nodes.at(i).rect;
        // One box per rank: the gap between neighbouring ranks is the rank spacing itself.
        QVERIFY(std::abs(rect.left() - before.right() - 50) <= rounding);
        QVERIFY(std::abs(rect.center().y() - before.center().y()) <= rounding);
    }
    // Four 80-point boxes and three 50-point gaps, one box high.
    QVERIFY(std::abs(layout.size.width() - (4 * 80 + 3 * 50)) <= 2 * rounding);
    QVERIFY(std::abs(layout.size.height() - 40) <= 2 * rounding);
    QCOMPARE(layout.nodes.first().rect.topLeft(), QPointF(0, 0));
    checkEdgesAndExtent(layout);
}

void TestGraphLayout::chainRunsTopToBottom()
{
    const auto result =
        layoutGraph(request({u"a"_s, u"b"_s, u"c"_s, u"d"_s}, {{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"d"_s}},
                            LayoutDirection::TopToBottom));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    const GraphLayout &layout = *result;
    for (int i = 1; i < 4; ++i) {
        const QRectF before = layout.nodes.at(i - 1).rect;
        const QRectF rect = layout.nodes.at(i).rect;
        QVERIFY(std::abs(rect.top() - before.bottom() - 50) <= rounding);
        QVERIFY(std::abs(rect.center().x() - before.center().x()) <= rounding);
    }
    QVERIFY(std::abs(layout.size.width() - 80) <= 2 * rounding);
    QVERIFY(std::abs(layout.size.height() - (4 * 40 + 3 * 50)) <= 2 * rounding);
    checkEdgesAndExtent(layout);
    // Downwards: each edge's arrow tip is below its start.
    for (const PlacedEdge &edge : layout.edges)
        QVERIFY(edge.arrowTip.y() > edge.path.first().y());
}

void TestGraphLayout::diamondSharesTheMiddleRank()
{
    const auto result = layoutGraph(request({u"a"_s, u"b"_s, u"c"_s, u"d"_s},
                                            {{u"a"_s, u"b"_s}, {u"a"_s, u"c"_s}, {u"b"_s, u"d"_s}, {u"c"_s, u"d"_s}}));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    const QRectF a = rectOf(*result, u"a"_s);
    const QRectF b = rectOf(*result, u"b"_s);
    const QRectF c = rectOf(*result, u"c"_s);
    const QRectF d = rectOf(*result, u"d"_s);
    QCOMPARE(b.left(), c.left());
    QVERIFY(b.top() != c.top());
    // The two middle boxes are at least the node spacing apart, one above the other.
    const QRectF upper = b.top() < c.top() ? b : c;
    const QRectF lower = b.top() < c.top() ? c : b;
    QVERIFY(lower.top() - upper.bottom() >= 20 - rounding);
    QVERIFY(std::abs(b.left() - a.right() - 50) <= rounding);
    QVERIFY(std::abs(d.left() - b.right() - 50) <= rounding);
    // a and d sit between the two middle boxes.
    QVERIFY(a.center().y() > upper.center().y() && a.center().y() < lower.center().y());
    QVERIFY(d.center().y() > upper.center().y() && d.center().y() < lower.center().y());
    QCOMPARE(result->edges.size(), 4);
    QCOMPARE(result->edges.at(1).from, u"a"_s);
    QCOMPARE(result->edges.at(1).to, u"c"_s);
    checkEdgesAndExtent(*result);
}

void TestGraphLayout::boxesKeepTheirSizes()
{
    LayoutRequest sized;
    sized.nodeSpacing = 10;
    sized.rankSpacing = 30;
    sized.nodes = {{u"narrow"_s, {30, 120}}, {u"wide"_s, {150.5, 20}}, {u"square"_s, {60, 60}}};
    sized.edges = {{u"narrow"_s, u"wide"_s}, {u"wide"_s, u"square"_s}};
    const auto result = layoutGraph(sized);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(rectOf(*result, u"narrow"_s).size(), QSizeF(30, 120));
    QCOMPARE(rectOf(*result, u"wide"_s).size(), QSizeF(150.5, 20));
    QCOMPARE(rectOf(*result, u"square"_s).size(), QSizeF(60, 60));
    // Graphviz made room for the sizes given: one box per rank, 30 points between the ranks.
    QVERIFY(std::abs(rectOf(*result, u"wide"_s).left() - rectOf(*result, u"narrow"_s).right() - 30) <= rounding);
    QVERIFY(std::abs(rectOf(*result, u"square"_s).left() - rectOf(*result, u"wide"_s).right() - 30) <= rounding);
    QVERIFY(std::abs(result->size.width() - (30 + 30 + 150.5 + 30 + 60)) <= 2 * rounding);
    QVERIFY(std::abs(result->size.height() - 120) <= 2 * rounding);
    checkEdgesAndExtent(*result);
}

void TestGraphLayout::idsMayHoldAnyCharacter()
{
    const QStringList ids{
        u"say \"hi\""_s, u"back\\slash\\"_s, u"Größe → 構築"_s, u"with space"_s, u"\""_s, u"\\"_s, u"a -> b; }"_s,
        u"n0"_s};
    QList<std::pair<QString, QString>> edges;
    for (int i = 1; i < ids.size(); ++i)
        edges.append({ids.at(i - 1), ids.at(i)});
    const auto result = layoutGraph(request(ids, edges));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->nodes.size(), ids.size());
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(result->nodes.at(i).id, ids.at(i));
    for (int i = 0; i < edges.size(); ++i) {
        QCOMPARE(result->edges.at(i).from, edges.at(i).first);
        QCOMPARE(result->edges.at(i).to, edges.at(i).second);
    }
    // A chain of eight distinct boxes: eight ranks, each to the right of the one before.
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY(result->nodes.at(i).rect.left() > result->nodes.at(i - 1).rect.right());
    checkEdgesAndExtent(*result);
}

void TestGraphLayout::duplicateIdIsRefused()
{
    const auto result = layoutGraph(request({u"build"_s, u"test \"unit\""_s, u"test \"unit\""_s}, {}));
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"test \"unit\""_s), qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(u'2') && result.errorMessage().contains(u'3'),
             qPrintable(result.errorMessage()));
}

void TestGraphLayout::edgeToUnknownBoxIsRefused()
{
    const auto result =
        layoutGraph(request({u"build"_s, u"test"_s}, {{u"build"_s, u"test"_s}, {u"test"_s, u"deploy"_s}}));
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"“deploy”"_s), qPrintable(result.errorMessage()));
    QVERIFY2(result.errorMessage().contains(u"Edge number 2"_s), qPrintable(result.errorMessage()));

    const auto unknownSource = layoutGraph(request({u"test"_s}, {{u"lint"_s, u"test"_s}}));
    QVERIFY(!unknownSource);
    QVERIFY2(unknownSource.errorMessage().contains(u"“lint”"_s), qPrintable(unknownSource.errorMessage()));

    const auto noBoxes = layoutGraph(request({}, {{u"a"_s, u"b"_s}}));
    QVERIFY(!noBoxes);
    QVERIFY2(noBoxes.errorMessage().contains(u"“a”"_s), qPrintable(noBoxes.errorMessage()));
}

void TestGraphLayout::badSizeIsRefused()
{
    LayoutRequest negative = request({u"a"_s, u"b"_s}, {});
    negative.nodes[1].size = QSizeF(-5, 10);
    const auto result = layoutGraph(negative);
    QVERIFY(!result);
    QVERIFY2(result.errorMessage().contains(u"“b”"_s), qPrintable(result.errorMessage()));

    LayoutRequest infinite = request({u"a"_s}, {});
    infinite.nodes[0].size = QSizeF(10, std::numeric_limits<double>::infinity());
    QVERIFY(!layoutGraph(infinite));

    LayoutRequest spacing = request({u"a"_s}, {});
    spacing.rankSpacing = std::nan("");
    QVERIFY(!layoutGraph(spacing));
}

void TestGraphLayout::cycleStillLaysOut()
{
    const auto result =
        layoutGraph(request({u"a"_s, u"b"_s, u"c"_s}, {{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"a"_s}}));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->edges.size(), 3);
    // dot turns one edge round to rank the rest: a, b and c still take three ranks, left to right.
    QVERIFY(rectOf(*result, u"b"_s).left() > rectOf(*result, u"a"_s).right());
    QVERIFY(rectOf(*result, u"c"_s).left() > rectOf(*result, u"b"_s).right());
    // The edge back from c still starts at c and points at a.
    checkEdgesAndExtent(*result);
}

void TestGraphLayout::repeatedEdgesAndSelfLoops()
{
    const auto result = layoutGraph(request({u"a"_s, u"b"_s}, {{u"a"_s, u"b"_s}, {u"a"_s, u"b"_s}, {u"b"_s, u"b"_s}}));
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QCOMPARE(result->edges.size(), 3);
    // The same pair twice is two edges, routed apart.
    QVERIFY(result->edges.at(0).path != result->edges.at(1).path);
    checkEdgesAndExtent(*result);
    // The loop leaves b and comes back to it.
    QVERIFY(distanceToOutline(rectOf(*result, u"b"_s), result->edges.at(2).arrowTip) <= nearBoundary);
}

void TestGraphLayout::emptyGraph()
{
    const auto result = layoutGraph(LayoutRequest{});
    QVERIFY2(result, qPrintable(result.errorMessage()));
    QVERIFY(result->nodes.isEmpty());
    QVERIFY(result->edges.isEmpty());
    QCOMPARE(result->size, QSizeF(0, 0));
}

void TestGraphLayout::bigGraphStaysValid()
{
    // Past 2,000 boxes Graphviz's last pass is cut short: the boxes still keep apart and in their ranks. 2,100
    // boxes in 30 ranks of 70, each needing the box at its own position and the next one in the rank before.
    LayoutRequest big;
    big.rankSpacing = 50;
    for (int i = 0; i < 2100; ++i)
        big.nodes.append({u"%1/%2"_s.arg(i / 70).arg(i % 70), QSizeF(100, 30)});
    for (int i = 70; i < 2100; ++i) {
        big.edges.append({big.nodes.at(i - 70).id, big.nodes.at(i).id});
        big.edges.append({big.nodes.at(i - 70 + (i + 1) % 70 - i % 70).id, big.nodes.at(i).id});
    }
    const auto result = layoutGraph(big);
    QVERIFY2(result, qPrintable(result.errorMessage()));
    checkEdgesAndExtent(*result);
    for (int i = 0; i < 2100; ++i) {
        // Rank r (i / 70) starts r ranks of 100 points and r gaps of 50 in.
        QVERIFY(std::abs(result->nodes.at(i).rect.left() - (i / 70) * 150) <= rounding);
    }
}

void TestGraphLayout::twoThreadsAtOnce()
{
    // Two layered graphs of 150 boxes each, with edges crossing between neighbouring layers.
    auto layered = [](int seed) {
        LayoutRequest graph;
        for (int i = 0; i < 150; ++i)
            graph.nodes.append({u"stage %1"_s.arg(i), QSizeF(60 + (i * seed) % 40, 30)});
        for (int i = 10; i < 150; ++i) {
            graph.edges.append({graph.nodes.at(i - 10).id, graph.nodes.at(i).id});
            graph.edges.append({graph.nodes.at((i * seed) % (i - 9)).id, graph.nodes.at(i).id});
        }
        return graph;
    };
    const LayoutRequest first = layered(7);
    const LayoutRequest second = layered(13);
    const auto alone = layoutGraph(first);
    QVERIFY2(alone, qPrintable(alone.errorMessage()));

    std::latch start(2);
    std::optional<Result<GraphLayout>> firstResult;
    std::optional<Result<GraphLayout>> secondResult;
    auto run = [&start](const LayoutRequest &graph, std::optional<Result<GraphLayout>> &into) {
        start.arrive_and_wait();
        into.emplace(layoutGraph(graph));
    };
    std::thread one(run, std::cref(first), std::ref(firstResult));
    std::thread two(run, std::cref(second), std::ref(secondResult));
    one.join();
    two.join();
    QVERIFY2(*firstResult, qPrintable(firstResult->errorMessage()));
    QVERIFY2(*secondResult, qPrintable(secondResult->errorMessage()));
    checkEdgesAndExtent(firstResult->value());
    checkEdgesAndExtent(secondResult->value());
    // dot is deterministic: the layout made next to another is the layout made alone.
    for (int i = 0; i < first.nodes.size(); ++i)
        QCOMPARE(firstResult->value().nodes.at(i).rect, alone->nodes.at(i).rect);
    for (int i = 0; i < first.edges.size(); ++i)
        QCOMPARE(firstResult->value().edges.at(i).path, alone->edges.at(i).path);
}

void TestGraphLayout::canceledBeforeStart()
{
    std::atomic_bool cancel = true;
    int reports = 0;
    const auto result = layoutGraph(request({u"a"_s, u"b"_s}, {{u"a"_s, u"b"_s}}),
                                    TaskControl([&reports](qint64, qint64) { ++reports; }, &cancel));
    QVERIFY(!result);
    QCOMPARE(result.errorMessage(), TaskControl::canceledMessage());
    QCOMPARE(reports, 0);

    cancel = false;
    const auto finished = layoutGraph(request({u"a"_s, u"b"_s}, {{u"a"_s, u"b"_s}}),
                                      TaskControl([&reports](qint64, qint64) { ++reports; }, &cancel));
    QVERIFY2(finished, qPrintable(finished.errorMessage()));
    QCOMPARE(reports, 2);
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
