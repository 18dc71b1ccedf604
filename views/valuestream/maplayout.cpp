// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/maplayout.h"

#include "common/pagestyle.h"
#include "valuestream/mappaintertext.h"

#include <QFontInfo>
#include <QFontMetricsF>
#include <QSet>

#include <algorithm>
#include <map>

namespace flowdeck::views {

using valuestream::Step;

namespace {

/// `base` at `factor` times its size in pixels: a point size would come out at another size on the SVG device.
QFont pixelFont(const QFont &base, qreal factor, QFont::Weight weight, bool italic)
{
    QFont font = base;
    const int pixels = base.pixelSize() > 0 ? base.pixelSize() : QFontInfo(base).pixelSize();
    font.setPixelSize(std::max(1, qRound(pixels * factor)));
    font.setWeight(weight);
    font.setItalic(italic);
    return font;
}

qreal widest(const QFontMetricsF &metrics, const QStringList &texts)
{
    qreal width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width;
}

/// The flow between steps as indices into the map's steps; edges naming unknown steps are left out.
struct Flow
{
    QList<QList<int>> successors;
    QList<QList<int>> predecessors;
};

Flow flowOf(const valuestream::Map &map)
{
    Flow flow;
    const int n = int(map.steps.size());
    flow.successors.resize(n);
    flow.predecessors.resize(n);
    for (const auto &[from, to] : map.flow()) {
        const int a = map.indexOfStep(from);
        const int b = map.indexOfStep(to);
        if (a < 0 || b < 0 || a == b || flow.successors[a].contains(b))
            continue;
        flow.successors[a].append(b);
        flow.predecessors[b].append(a);
    }
    return flow;
}

/// Each step's column: the longest path from a step without predecessors. Steps caught in a cycle (which the
/// analysis refuses, but a map being edited may have) follow the others in list order.
QList<int> columnsOf(const Flow &flow)
{
    const int n = int(flow.successors.size());
    QList<int> column(n, 0);
    QList<int> pending(n, 0);
    for (int i = 0; i < n; ++i)
        pending[i] = int(flow.predecessors[i].size());
    QList<bool> done(n, false);
    int placed = 0;
    int maxColumn = -1;
    for (bool progress = true; progress;) {
        progress = false;
        for (int i = 0; i < n; ++i) {
            if (done[i] || pending[i] > 0)
                continue;
            done[i] = true;
            ++placed;
            progress = true;
            maxColumn = std::max(maxColumn, column[i]);
            for (const int next : flow.successors[i]) {
                column[next] = std::max(column[next], column[i] + 1);
                --pending[next];
            }
        }
    }
    for (int i = 0; i < n && placed < n; ++i) {
        if (!done[i]) {
            column[i] = ++maxColumn;
            ++placed;
        }
    }
    return column;
}

/// What occupies a cell (column, lane) of the grid: a box, or an arrow passing through.
enum class Cell
{
    Box,
    Line
};

struct Grid
{
    std::map<std::pair<int, int>, Cell> cells;

    bool isFree(int column, int lane) const { return !cells.contains({column, lane}); }
    bool hasBox(int column, int lane) const
    {
        const auto it = cells.find({column, lane});
        return it != cells.end() && it->second == Cell::Box;
    }
    bool noBoxBetween(int from, int to, int lane) const
    {
        for (int c = from + 1; c < to; ++c) {
            if (hasBox(c, lane))
                return false;
        }
        return true;
    }
    void reserveLine(int from, int to, int lane)
    {
        for (int c = from + 1; c < to; ++c)
            cells.try_emplace({c, lane}, Cell::Line);
    }
};

/// Lanes: the main path (the critical one) in lane 0, every other step in the lowest lane above it where neither
/// its box nor the arrows to and from it cross another box.
QList<int> lanesOf(const Flow &flow, const QList<int> &column, const QList<int> &mainPath, Grid &grid)
{
    const int n = int(column.size());
    QList<int> lane(n, -1);
    for (qsizetype k = 0; k < mainPath.size(); ++k) {
        const int i = mainPath[k];
        lane[i] = 0;
        grid.cells[{column[i], 0}] = Cell::Box;
        if (k > 0)
            grid.reserveLine(column[mainPath[k - 1]], column[i], 0);
    }
    QList<int> order;
    for (int i = 0; i < n; ++i) {
        if (lane[i] < 0)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return column[a] < column[b]; });
    const int lowest = mainPath.isEmpty() ? 0 : 1;
    for (const int i : order) {
        const int c = column[i];
        for (int candidate = lowest;; ++candidate) {
            if (!grid.isFree(c, candidate))
                continue;
            bool fits = true;
            for (const int p : flow.predecessors[i]) {
                if (lane[p] >= 0 && column[p] < c && !grid.noBoxBetween(column[p], c, candidate))
                    fits = false;
            }
            for (const int t : flow.successors[i]) {
                if (lane[t] == 0 && !mainPath.isEmpty() && column[t] > c && !grid.noBoxBetween(c, column[t], candidate))
                    fits = false;
            }
            if (!fits)
                continue;
            lane[i] = candidate;
            grid.cells[{c, candidate}] = Cell::Box;
            for (const int p : flow.predecessors[i]) {
                if (lane[p] >= 0 && column[p] < c)
                    grid.reserveLine(column[p], c, candidate);
            }
            for (const int t : flow.successors[i]) {
                if (lane[t] == 0 && !mainPath.isEmpty() && column[t] > c)
                    grid.reserveLine(c, column[t], candidate);
            }
            break;
        }
    }
    return lane;
}

/// The labels of the data boxes' rows, which decide part of a box's width.
QStringList dataLabels(bool withWip)
{
    QStringList labels{MapText::tr("PT"), MapText::tr("LT"), MapText::tr("%C&A"), MapText::tr("People")};
    if (withWip)
        labels.append(MapText::tr("WIP"));
    return labels;
}

/// An arrow back against the flow (a cycle, which the analysis refuses) runs above every lane.
constexpr int backwards = -1;

/// A push arrow in whole cells: its two ends (indices into the steps) and the lane it runs along between them.
struct CellEdge
{
    int from = 0;
    int to = 0;
    int pass = 0;
    bool critical = false;
};

/// Where everything goes in whole cells: each step's column and lane, and each arrow's lane.
struct Cells
{
    QList<int> column;
    QList<int> lane;
    QList<int> mainPath;
    QList<CellEdge> edges;
    int columns = 0;
    int lanes = 0;
    bool anyBackwards = false;
};

Cells cellsOf(const MapDrawing &drawing)
{
    const valuestream::Map &map = drawing.map;
    const int n = int(map.steps.size());
    Cells cells;
    const Flow flow = flowOf(map);
    cells.column = columnsOf(flow);
    QSet<std::pair<int, int>> criticalEdges;
    if (drawing.analysis) {
        for (const Id id : drawing.analysis->criticalPath) {
            const int index = map.indexOfStep(id);
            if (index >= 0)
                cells.mainPath.append(index);
        }
        for (qsizetype k = 1; k < cells.mainPath.size(); ++k)
            criticalEdges.insert({cells.mainPath[k - 1], cells.mainPath[k]});
    }
    Grid grid;
    cells.lane = lanesOf(flow, cells.column, cells.mainPath, grid);
    cells.columns = 1 + *std::max_element(cells.column.cbegin(), cells.column.cend());
    cells.lanes = 1 + *std::max_element(cells.lane.cbegin(), cells.lane.cend());

    const QList<int> &column = cells.column;
    const QList<int> &lane = cells.lane;
    const auto isMain = [&](int i) {
        return !cells.mainPath.isEmpty() && lane[i] == 0;
    };
    for (int from = 0; from < n; ++from) {
        for (const int to : flow.successors[from]) {
            int pass = lane[to];
            if (column[to] <= column[from]) {
                pass = backwards;
                cells.anyBackwards = true;
            } else if (isMain(to) && !isMain(from)) {
                pass = lane[from];
            } else if (isMain(to) && isMain(from) && !criticalEdges.contains({from, to}) &&
                       column[to] - column[from] > 1) {
                // Between two critical steps but past others on the critical path: around them, above.
                pass = 1;
                while (!grid.noBoxBetween(column[from], column[to], pass))
                    ++pass;
                grid.reserveLine(column[from], column[to], pass);
                cells.lanes = std::max(cells.lanes, pass + 1);
            }
            cells.edges.append({from, to, pass, criticalEdges.contains({from, to})});
        }
    }
    return cells;
}

/// The top of each lane's boxes, from the top lane down: each lane has room above it for its steps' kaizen bursts.
QList<qreal> laneTopsOf(const valuestream::Map &map, const Cells &cells, const MapMetrics &m, qreal top)
{
    const qreal u = m.unit;
    QList<bool> withBursts(cells.lanes, false);
    QList<bool> withBoxes(cells.lanes, false);
    for (qsizetype i = 0; i < map.steps.size(); ++i) {
        withBoxes[cells.lane[i]] = true;
        if (!map.steps[i].ideas().isEmpty())
            withBursts[cells.lane[i]] = true;
    }
    QList<qreal> laneTops(cells.lanes, 0.0);
    for (int l = cells.lanes - 1; l >= 0; --l) {
        if (!withBoxes[l]) {
            // A lane only an arrow runs along needs no more room than the arrow.
            laneTops[l] = top + 1.5 * u - m.titleHeight / 2;
            top += 3 * u;
            continue;
        }
        top += withBursts[l] ? m.burstHeight - u / 2 : 0;
        laneTops[l] = top;
        top += m.boxHeight + m.laneSpacing;
    }
    return laneTops;
}

StepPlace placeStep(const MapLayout &layout, const Step &step, int index, const Cells &cells, qreal boxTop)
{
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    StepPlace place;
    place.id = step.id;
    place.index = index;
    place.column = cells.column[index];
    place.lane = cells.lane[index];
    place.critical = cells.mainPath.contains(index);
    place.box = QRectF(layout.columnLeft(place.column), boxTop, m.boxWidth, m.boxHeight);
    place.title = QRectF(place.box.topLeft(), QSizeF(m.boxWidth, m.titleHeight));
    place.data = QRectF(place.box.left(), place.title.bottom(), m.boxWidth, m.boxHeight - m.titleHeight);
    if (!step.ideas().isEmpty()) {
        const qreal width = m.boxWidth + m.gapWidth * 0.5;
        place.burst =
            QRectF(place.box.center().x() - width / 2, place.box.top() + u / 2 - m.burstHeight, width, m.burstHeight);
    }
    // The inventory triangle in the gap in front of the box, under the arrow coming in.
    const qreal side = 4 * u;
    const qreal gapCentre = layout.gapCentre(place.column);
    place.triangle = QRectF(gapCentre - side / 2, boxTop + m.titleHeight / 2 + 1.75 * u, side, side * 0.87);
    place.waitText =
        QRectF(gapCentre - m.gapWidth / 2 + 2.5 * u, place.triangle.bottom() + u / 2, m.gapWidth - 5 * u, 2 * m.line);
    return place;
}

/// The arrows as orthogonal lines: out of the source at its lane, along the lane between them, into the target.
QList<EdgeRoute> routesOf(const MapLayout &layout, const Cells &cells, const QList<qreal> &laneTops, qreal backY)
{
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const auto arrowY = [&](int l) {
        return laneTops[l] + m.titleHeight / 2;
    };
    QList<EdgeRoute> routes;
    for (const CellEdge &edge : cells.edges) {
        const StepPlace &from = layout.steps[edge.from];
        const StepPlace &to = layout.steps[edge.to];
        const qreal xOut = from.box.right() + 1.5 * u;
        const qreal xIn = to.box.left() - 2 * u;
        EdgeRoute route;
        route.from = from.id;
        route.to = to.id;
        route.critical = edge.critical;
        route.points.append({from.box.right(), arrowY(from.lane)});
        if (edge.pass == backwards) {
            route.points.append({xOut, arrowY(from.lane)});
            route.points.append({xOut, backY});
            route.points.append({xIn, backY});
            route.points.append({xIn, arrowY(to.lane)});
        } else {
            if (edge.pass != from.lane) {
                route.points.append({xOut, arrowY(from.lane)});
                route.points.append({xOut, arrowY(edge.pass)});
            }
            if (edge.pass != to.lane) {
                route.points.append({xIn, arrowY(edge.pass)});
                route.points.append({xIn, arrowY(to.lane)});
            }
        }
        route.points.append({to.box.left(), arrowY(to.lane)});
        routes.append(route);
    }
    return routes;
}

/// The bottleneck's callout under its box; returns the bottom of what is placed.
qreal placeCallout(MapLayout &layout, const MapDrawing &drawing, qreal right, qreal y)
{
    if (!drawing.analysis || !drawing.analysis->bottleneck)
        return y;
    const StepPlace *place = layout.place(drawing.analysis->bottleneck->id);
    if (!place)
        return y;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const qreal width = m.boxWidth + m.gapWidth;
    const int lines =
        int(wrappedLines(drawing.analysis->bottleneck->reason, QFontMetricsF(m.text), width - 2 * u, 3).size());
    const qreal height = u + QFontMetricsF(m.bold).height() + lines * m.line + u;
    const qreal left = std::clamp(place->box.center().x() - width / 2, m.margin, right - width);
    layout.calloutTip = QPointF(place->box.center().x(), place->box.bottom() + u / 2);
    layout.callout = QRectF(left, layout.calloutTip.y() + 1.25 * u, width, height);
    return layout.callout.bottom();
}

/// The timeline ladder along the critical path (or the line, when the map could not be analysed) and the totals
/// at its right end; returns the bottom and widens `right` for the totals.
qreal placeLadder(MapLayout &layout, const MapDrawing &drawing, const Cells &cells, qreal &right, qreal y)
{
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    QList<int> path = cells.mainPath;
    if (path.isEmpty() && !drawing.map.hasParallelBranches()) {
        for (int i = 0; i < drawing.map.steps.size(); ++i)
            path.append(i);
        std::stable_sort(path.begin(), path.end(), [&](int a, int b) { return cells.column[a] < cells.column[b]; });
    }
    const qreal ladderHeight = m.smallLine + u / 2 + 4 * u + u / 2 + m.smallLine;
    const qreal totalsHeight = drawing.analysis ? m.titleHeight / 2 + u + 4 * m.rowHeight + u : 0;
    const qreal zone = std::max(ladderHeight, totalsHeight);
    const qreal zoneTop = y + 2.5 * u;
    if (!path.isEmpty()) {
        const qreal top = zoneTop + (zone - ladderHeight) / 2;
        layout.upperRung = top + m.smallLine + u / 2;
        layout.lowerRung = layout.upperRung + 4 * u;
        qreal waitLeft = m.margin;
        for (const int i : path) {
            const QRectF &box = layout.steps[i].box;
            layout.ladderSteps.append({drawing.map.steps[i].id, waitLeft, box.left(), box.left(), box.right()});
            waitLeft = box.right();
        }
        layout.ladder = QRectF(m.margin, top, waitLeft - m.margin, ladderHeight);
    }
    if (drawing.analysis) {
        const valuestream::MapAnalysis &analysis = *drawing.analysis;
        const QFontMetricsF text(m.text);
        const qreal labels = widest(text, {MapText::tr("Lead time"), MapText::tr("Process time"),
                                           MapText::tr("Activity ratio"), MapText::tr("Rolled %C&A")});
        const qreal values =
            widest(QFontMetricsF(m.bold), {valuestream::formatDuration(analysis.totalLeadMs),
                                           valuestream::formatDuration(analysis.totalProcessMs),
                                           MapText::optionalPercent(analysis.activityRatio),
                                           MapText::completeAccurate(analysis.rolledPctCompleteAccurate, false)});
        const qreal width = std::max(24 * u, labels + values + 4 * u);
        layout.totals = QRectF(right + 2 * u, zoneTop + (zone - totalsHeight) / 2, width, totalsHeight);
        right = layout.totals.right();
    }
    return zoneTop + zone;
}

/// The proportional timeline bar; returns its bottom and widens `right` for the total written after it.
qreal placeBar(MapLayout &layout, const MapDrawing &drawing, qreal &right, qreal y)
{
    if (!drawing.analysis)
        return y;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const qint64 total = drawing.analysis->totalLeadMs;
    layout.barTitle = QRectF(m.margin, y + 2 * u, m.barWidth, m.smallLine);
    layout.bar = QRectF(m.margin, layout.barTitle.bottom() + u / 2, m.barWidth, 3 * u);
    layout.barAxis = QRectF(m.margin, layout.bar.bottom(), m.barWidth, u / 2 + m.smallLine + u / 4);
    const qint64 scaleMs = std::max(drawing.scaleMs, total);
    const qreal filled = scaleMs > 0 ? m.barWidth * double(total) / double(scaleMs) : 0;
    const qreal totalWidth = QFontMetricsF(m.bold).horizontalAdvance(valuestream::formatDuration(total));
    layout.barTotal = QRectF(m.margin + filled + u, layout.bar.top(), totalWidth, layout.bar.height());
    right = std::max({right, layout.bar.right() + 4 * u, layout.barTotal.right()});
    return layout.barAxis.bottom();
}

/// The legend in the top row, right-aligned at `right` (widened when the caption leaves too little room): the heat
/// scale under its title, then the bottleneck and the estimates.
void placeLegend(MapLayout &layout, const MapDrawing &drawing, qreal &right)
{
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const QFontMetricsF small(m.small);
    const QSizeF swatch(2.5 * u, m.smallLine * 0.75);
    QList<LegendItem> items;
    if (drawing.analysis) {
        const QStringList heat{MapText::tr("under 5 %"), MapText::tr("5–15 %"), MapText::tr("15–30 %"),
                               MapText::tr("30 % or more")};
        for (int c = 0; c < heatClasses; ++c)
            items.append({LegendItem::Kind::Heat, c, heat[c], {}, {}});
        items.append({LegendItem::Kind::Bottleneck, 0, MapText::tr("Bottleneck"), {}, {}});
    }
    items.append({LegendItem::Kind::Estimate, 0, MapText::tr("≈ Estimate"), {}, {}});
    qreal x = 0;
    const qreal itemsTop = layout.caption.bottom() - m.smallLine;
    for (LegendItem &item : items) {
        if (item.kind != LegendItem::Kind::Heat && x > 0)
            x += 1.5 * u;
        item.swatch = QRectF(QPointF(x, itemsTop + (m.smallLine - swatch.height()) / 2), swatch);
        item.label = QRectF(item.swatch.right() + u / 2, itemsTop, small.horizontalAdvance(item.text), m.smallLine);
        x = item.label.right() + 1.5 * u;
    }
    const qreal width = x - 1.5 * u;
    right = std::max(right, layout.caption.right() + 6 * u + width);
    const qreal left = right - width;
    for (LegendItem &item : items) {
        item.swatch.translate(left, 0);
        item.label.translate(left, 0);
    }
    layout.legendItems = items;
    layout.legend = QRectF(left, layout.caption.top(), width, layout.caption.height());
    if (drawing.analysis) {
        layout.legendTitle =
            QRectF(left, itemsTop - m.smallLine, items[heatClasses - 1].label.right() - left, m.smallLine);
    }
}

} // namespace

const StepPlace *MapLayout::place(Id stepId) const
{
    const auto it = m_indexOf.constFind(stepId);
    return it == m_indexOf.cend() ? nullptr : &steps[*it];
}

qreal MapLayout::columnLeft(int column) const
{
    return m_firstColumnLeft + column * (metrics.boxWidth + metrics.gapWidth);
}

qreal MapLayout::gapCentre(int column) const
{
    return columnLeft(column) - metrics.gapWidth / 2;
}

int heatClass(double share)
{
    if (share < 0.05)
        return 0;
    if (share < 0.15)
        return 1;
    if (share < 0.30)
        return 2;
    return 3;
}

const valuestream::StepAnalysis *stepAnalysis(const MapDrawing &drawing, Id stepId)
{
    if (!drawing.analysis)
        return nullptr;
    for (const valuestream::StepAnalysis &step : drawing.analysis->steps) {
        if (step.id == stepId)
            return &step;
    }
    return nullptr;
}

MapMetrics mapMetrics(const MapDrawing &drawing, const QFont &font)
{
    MapMetrics m;
    m.scale = drawing.presentation ? 1.6 : 1.0;
    m.unit = pagestyle::unit * m.scale;
    const qreal u = m.unit;
    m.text = pixelFont(font, m.scale, QFont::Normal, false);
    m.italic = pixelFont(font, m.scale, QFont::Normal, true);
    m.bold = pixelFont(font, m.scale, QFont::DemiBold, false);
    m.small = pixelFont(font, m.scale * 0.88, QFont::Normal, false);
    m.smallItalic = pixelFont(font, m.scale * 0.88, QFont::Normal, true);
    m.smallBold = pixelFont(font, m.scale * 0.88, QFont::DemiBold, false);
    m.heading = pixelFont(font, m.scale * 1.5, QFont::DemiBold, false);
    const QFontMetricsF text(m.text);
    const QFontMetricsF italic(m.italic);
    m.line = text.height();
    m.smallLine = QFontMetricsF(m.small).height();
    m.headingLine = QFontMetricsF(m.heading).height();
    m.pen = m.scale;
    m.margin = 3 * u;

    bool withWip = false;
    bool withIdeas = false;
    qreal valueWidth = 0;
    qreal waitWidth = 0;
    for (const Step &step : drawing.map.steps) {
        withWip = withWip || step.wip.has_value();
        withIdeas = withIdeas || !step.ideas().isEmpty();
        const bool estimate = !step.measured;
        const QFontMetricsF &metrics = estimate ? italic : text;
        valueWidth = std::max(
            valueWidth, widest(metrics, {MapText::duration(step.processMs, estimate), MapText::lead(step),
                                         MapText::completeAccurate(step.pctCompleteAccurate, estimate),
                                         MapText::people(step.people, estimate), MapText::wip(step.wip, estimate)}));
        waitWidth = std::max(waitWidth, metrics.horizontalAdvance(MapText::duration(step.waitMs, estimate)));
    }
    const qreal labelWidth = widest(text, dataLabels(withWip));
    m.dataRows = withWip ? 5 : 4;
    m.boxWidth = std::max(20 * u, labelWidth + valueWidth + 3 * u);
    m.titleHeight = 2 * QFontMetricsF(m.bold).height() + u;
    m.rowHeight = m.line + u / 4;
    m.footerHeight = m.smallLine + 1.5 * u;
    m.boxHeight = m.titleHeight + u / 2 + m.dataRows * m.rowHeight + m.footerHeight;
    m.gapWidth = std::max(16 * u, waitWidth + 6 * u);
    m.burstHeight = withIdeas ? 3 * m.smallLine + 4 * u : 0;
    m.laneSpacing = 3 * u;
    m.barWidth = 150 * u;
    return m;
}

MapLayout layoutMap(const MapDrawing &drawing, const QFont &font)
{
    MapLayout layout;
    layout.metrics = mapMetrics(drawing, font);
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const valuestream::Map &map = drawing.map;

    // The caption and the legend share the top row.
    const qreal topRow = std::max(m.headingLine, 2 * m.smallLine);
    layout.caption = QRectF(m.margin, m.margin, QFontMetricsF(m.heading).horizontalAdvance(drawing.caption), topRow);
    qreal y = layout.caption.bottom() + 2 * u;
    if (map.steps.isEmpty()) {
        layout.emptyNote = QRectF(m.margin, y, 60 * u, 2 * m.line);
        layout.size = QSizeF(std::max(layout.emptyNote.right(), layout.caption.right()) + m.margin,
                             layout.emptyNote.bottom() + m.margin);
        return layout;
    }

    const Cells cells = cellsOf(drawing);
    layout.columns = cells.columns;
    layout.lanes = cells.lanes;
    layout.m_firstColumnLeft = m.margin + m.gapWidth;
    const qreal backY = y + u;
    if (cells.anyBackwards)
        y += 3 * u;
    const QList<qreal> laneTops = laneTopsOf(map, cells, m, y);
    for (int i = 0; i < map.steps.size(); ++i) {
        layout.steps.append(placeStep(layout, map.steps[i], i, cells, laneTops[cells.lane[i]]));
        layout.m_indexOf.insert(map.steps[i].id, i);
    }
    layout.edges = routesOf(layout, cells, laneTops, backY);

    qreal right = layout.columnLeft(layout.columns) - m.gapWidth;
    y = placeCallout(layout, drawing, right, laneTops[0] + m.boxHeight);
    y = placeLadder(layout, drawing, cells, right, y);
    y = placeBar(layout, drawing, right, y);
    placeLegend(layout, drawing, right);
    layout.size = QSizeF(right + m.margin, y + m.margin);
    return layout;
}

} // namespace flowdeck::views
