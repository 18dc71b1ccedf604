// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mappainter.h"

#include "common/statusstyle.h"
#include "valuestream/mappaintertext.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QWidget>

#include <cmath>
#include <numbers>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using valuestream::Step;

namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

bool isBottleneck(const MapDrawing &drawing, Id stepId)
{
    return drawing.analysis && drawing.analysis->bottleneck && drawing.analysis->bottleneck->id == stepId;
}

QColor titleFill(const MapDrawing &drawing, const StepPlace &place, const MapColours &colours)
{
    if (isBottleneck(drawing, place.id))
        return colours.bottleneck;
    if (const valuestream::StepAnalysis *analysis = stepAnalysis(drawing, place.id))
        return colours.heat[heatClass(analysis->share)];
    return colours.neutral;
}

void paintCaption(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours)
{
    const MapMetrics &m = layout.metrics;
    painter.setFont(m.heading);
    painter.setPen(colours.text);
    painter.drawText(layout.caption, Qt::AlignLeft | Qt::AlignVCenter, drawing.caption);
}

void paintLegend(QPainter &painter, const MapLayout &layout, const MapColours &colours)
{
    const MapMetrics &m = layout.metrics;
    if (!layout.legendTitle.isEmpty()) {
        painter.setFont(m.smallBold);
        painter.setPen(colours.text);
        painter.drawText(layout.legendTitle, Qt::AlignLeft | Qt::AlignVCenter, MapText::tr("Share of lead time"));
    }
    for (const LegendItem &item : layout.legendItems) {
        QPen pen(colours.text, m.pen);
        QBrush brush = colours.base;
        switch (item.kind) {
        case LegendItem::Kind::Heat:
            pen.setColor(colours.quietLine);
            brush = colours.heat[item.heatClass];
            break;
        case LegendItem::Kind::Bottleneck:
            pen = QPen(colours.bottleneck, 2 * m.pen);
            brush = colours.bottleneck;
            break;
        case LegendItem::Kind::Estimate:
            pen.setStyle(Qt::DashLine);
            break;
        }
        painter.setPen(pen);
        painter.setBrush(brush);
        painter.drawRect(item.swatch);
        painter.setFont(item.kind == LegendItem::Kind::Estimate ? m.smallItalic : m.small);
        painter.setPen(colours.text);
        painter.drawText(item.label, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
}

/// A push arrow in the lean notation: a striped band along the route, with a head at the target.
void paintPushArrow(QPainter &painter, const EdgeRoute &route, const MapMetrics &m, const MapColours &colours)
{
    if (route.points.size() < 2)
        return;
    const qreal u = m.unit;
    const qreal width = route.critical ? 1.25 * u : 0.9 * u;
    qreal head = route.critical ? 1.75 * u : 1.4 * u;
    const QColor colour = route.critical ? colours.text : colours.quietLine;
    QPolygonF band = route.points;
    const QPointF tip = band.last();
    QPointF &end = band.last();
    const QPointF before = band[band.size() - 2];
    // The head takes the end of the last stretch; after a bend just before the target, a shorter one.
    head = std::min(head, QLineF(before, end).length() - 3 * m.pen);
    if (head <= 0)
        return;
    end = QPointF(end.x() - head, end.y());

    QPainterPath path;
    path.addPolygon(band);
    QPainterPathStroker stroker;
    stroker.setWidth(width);
    stroker.setCapStyle(Qt::FlatCap);
    stroker.setJoinStyle(Qt::MiterJoin);
    const QPainterPath outline = stroker.createStroke(path).simplified();
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.base);
    painter.drawPath(outline);

    // The stripes, segment by segment, leaving the corners plain.
    const qreal half = width / 2;
    const qreal spacing = width * 0.9;
    painter.setPen(QPen(colour, spacing * 0.4, Qt::SolidLine, Qt::FlatCap));
    for (qsizetype i = 1; i < band.size(); ++i) {
        const QPointF a = band[i - 1];
        const QPointF b = band[i];
        const bool horizontal = std::abs(a.y() - b.y()) < 0.01;
        const qreal from = horizontal ? std::min(a.x(), b.x()) : std::min(a.y(), b.y());
        const qreal to = horizontal ? std::max(a.x(), b.x()) : std::max(a.y(), b.y());
        const qreal start = from + (i > 1 ? half : 0) + spacing / 2;
        const qreal stop = to - (i < band.size() - 1 ? half : 0) - half * 0.8;
        for (qreal t = start; t <= stop; t += spacing) {
            if (horizontal)
                painter.drawLine(QPointF(t, a.y() + half * 0.8), QPointF(t + half * 0.8, a.y() - half * 0.8));
            else
                painter.drawLine(QPointF(a.x() - half * 0.8, t), QPointF(a.x() + half * 0.8, t + half * 0.8));
        }
    }
    painter.setPen(QPen(colour, route.critical ? 1.5 * m.pen : m.pen));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);

    const qreal headHalf = width * 1.05;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPolygon(QPolygonF{tip, QPointF(end.x(), tip.y() - headHalf), QPointF(end.x(), tip.y() + headHalf)});
}

/// The inventory triangle in front of a step, with the wait and the WIP under it.
void paintWait(QPainter &painter, const Step &step, const StepPlace &place, const MapMetrics &m,
               const MapColours &colours)
{
    const QRectF &t = place.triangle;
    painter.setPen(QPen(colours.text, 1.25 * m.pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(colours.triangle);
    painter.drawPolygon(QPolygonF{QPointF(t.center().x(), t.top()), t.bottomRight(), t.bottomLeft()});
    QFont letter = m.bold;
    letter.setPixelSize(std::max(1, qRound(t.height() * 0.5)));
    painter.setFont(letter);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(t.left(), t.top() + t.height() * 0.3, t.width(), t.height() * 0.7), Qt::AlignCenter,
                     MapText::tr("I", "the inventory triangle's letter"));

    const bool estimate = !step.measured;
    painter.setFont(estimate ? m.italic : m.text);
    painter.setPen(colours.text);
    const QRectF waitLine(place.waitText.left(), place.waitText.top(), place.waitText.width(), m.line);
    painter.drawText(waitLine, Qt::AlignCenter, MapText::duration(step.waitMs, estimate));
    if (step.wip) {
        painter.setFont(estimate ? m.smallItalic : m.small);
        painter.setPen(colours.quiet);
        painter.drawText(waitLine.translated(0, m.line), Qt::AlignCenter,
                         MapText::tr("WIP %1").arg(MapText::wip(step.wip, estimate)));
    }
}

/// A process box: the title bar with the name, the data box with the figures, the estimate's tag.
void paintBox(QPainter &painter, const MapDrawing &drawing, const Step &step, const StepPlace &place,
              const MapMetrics &m, const MapColours &colours)
{
    const qreal u = m.unit;
    const bool bottleneck = isBottleneck(drawing, place.id);
    const bool estimate = !step.measured;
    const QColor fill = titleFill(drawing, place, colours);
    const QColor dataFill = bottleneck ? colours.base : mix(colours.base, fill, 0.35);

    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRect(place.title);
    painter.setBrush(dataFill);
    painter.drawRect(place.data);

    // The name, on at most two lines.
    const QFontMetricsF boldMetrics(m.bold);
    const QStringList nameLines = wrappedLines(step.name, boldMetrics, place.title.width() - 2 * u, 2);
    painter.setFont(m.bold);
    painter.setPen(bottleneck ? QColor(Qt::white) : textOn(fill));
    const qreal nameHeight = nameLines.size() * boldMetrics.height();
    qreal y = place.title.center().y() - nameHeight / 2;
    for (const QString &line : nameLines) {
        painter.drawText(QRectF(place.title.left() + u, y, place.title.width() - 2 * u, boldMetrics.height()),
                         Qt::AlignCenter, line);
        y += boldMetrics.height();
    }

    // The figures: labels left, values right-aligned.
    struct Row
    {
        QString label;
        QString value;
    };
    QList<Row> rows{{MapText::tr("PT"), MapText::duration(step.processMs, estimate)},
                    {MapText::tr("LT"), MapText::lead(step)},
                    {MapText::tr("%C&A"), MapText::completeAccurate(step.pctCompleteAccurate, estimate)},
                    {MapText::tr("People"), MapText::people(step.people, estimate)}};
    if (m.dataRows > 4)
        rows.append({MapText::tr("WIP"), MapText::wip(step.wip, estimate)});
    y = place.data.top() + u / 2;
    for (const Row &row : rows) {
        const QRectF line(place.data.left() + u, y, place.data.width() - 2 * u, m.rowHeight);
        painter.setFont(m.text);
        painter.setPen(colours.quiet);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, row.label);
        painter.setFont(estimate && row.value != MapText::missing() ? m.italic : m.text);
        painter.setPen(colours.text);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, row.value);
        y += m.rowHeight;
    }

    // The footer: a workshop estimate says so in a tag; a measured step quietly says it is measured.
    const QRectF footer(place.data.left() + u, place.box.bottom() - m.footerHeight + u / 4, place.data.width() - 2 * u,
                        m.footerHeight - u / 2);
    if (estimate) {
        const QString tag = MapText::tr("Estimate");
        const qreal width = QFontMetricsF(m.smallItalic).horizontalAdvance(tag) + 1.5 * u;
        const QRectF pill(footer.left(), footer.center().y() - m.smallLine / 2 - u / 8, width, m.smallLine + u / 4);
        painter.setPen(QPen(colours.text, m.pen, Qt::DashLine));
        painter.setBrush(colours.base);
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setFont(m.smallItalic);
        painter.setPen(colours.text);
        painter.drawText(pill, Qt::AlignCenter, tag);
    } else {
        painter.setFont(m.small);
        painter.setPen(colours.quiet);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, MapText::tr("Measured"));
    }

    // The outline: the bottleneck shouts, the critical path is bold, an estimate is dashed.
    QPen outline(place.critical ? colours.text : colours.quietLine, place.critical ? 2 * m.pen : m.pen);
    outline.setJoinStyle(Qt::MiterJoin);
    painter.setBrush(Qt::NoBrush);
    if (bottleneck) {
        outline = QPen(colours.bottleneck, 0.5 * u, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
        if (estimate) {
            // Thick and dashed at once: light vermillion under the dashes keeps the frame whole.
            painter.setPen(QPen(mix(colours.base, colours.bottleneck, 0.4), outline.widthF(), Qt::SolidLine,
                                Qt::FlatCap, Qt::MiterJoin));
            painter.drawRect(place.box);
            outline.setDashPattern({2.0, 1.0});
        }
    } else if (estimate) {
        outline.setDashPattern({4.0, 2.5});
    }
    painter.setPen(outline);
    painter.drawRect(place.box);
    if (!bottleneck) {
        painter.setPen(QPen(outline.color(), m.pen));
        painter.drawLine(place.title.bottomLeft(), place.title.bottomRight());
    }
}

/// A kaizen burst on the top edge of a step, holding its first idea.
void paintBurst(QPainter &painter, const Step &step, const StepPlace &place, const MapMetrics &m,
                const MapColours &colours)
{
    const QStringList ideas = step.ideas();
    if (ideas.isEmpty() || place.burst.isEmpty())
        return;
    const QRectF &r = place.burst;
    const QPointF c = r.center();
    const qreal rx = r.width() / 2;
    const qreal ry = r.height() / 2;
    const int spikes = 16;
    QPolygonF star;
    for (int k = 0; k < 2 * spikes; ++k) {
        const double angle = std::numbers::pi * k / spikes - std::numbers::pi / 2;
        // Outer points alternate a little in length, as a burst drawn by hand does.
        const double radius = k % 2 == 1 ? 0.8 : (k % 4 == 0 ? 1.0 : 0.94);
        star.append(QPointF(c.x() + rx * radius * std::cos(angle), c.y() + ry * radius * std::sin(angle)));
    }
    painter.setPen(QPen(colours.burstLine, 1.5 * m.pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(colours.burstFill);
    painter.drawPolygon(star);

    const QFontMetricsF metrics(m.small);
    const qreal width = rx * 2 * 0.62;
    QStringList lines = wrappedLines(ideas.first(), metrics, width, 2);
    if (ideas.size() > 1)
        lines.append(MapText::tr("+%n more", nullptr, int(ideas.size() - 1)));
    qreal y = c.y() - lines.size() * m.smallLine / 2;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool more = ideas.size() > 1 && i == lines.size() - 1;
        painter.setFont(more ? m.smallBold : m.small);
        painter.setPen(colours.text);
        painter.drawText(QRectF(c.x() - width / 2, y, width, m.smallLine), Qt::AlignCenter, lines[i]);
        y += m.smallLine;
    }
}

void paintCallout(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours)
{
    if (layout.callout.isEmpty() || !drawing.analysis || !drawing.analysis->bottleneck)
        return;
    const valuestream::Bottleneck &bottleneck = *drawing.analysis->bottleneck;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const QRectF &r = layout.callout;
    const QPointF tip = layout.calloutTip;
    QPainterPath shape;
    shape.addRoundedRect(r, u / 2, u / 2);
    QPainterPath pointer;
    pointer.addPolygon(QPolygonF{tip, QPointF(tip.x() - u, r.top() + 1), QPointF(tip.x() + u, r.top() + 1), tip});
    shape = shape.united(pointer);
    painter.setPen(QPen(colours.bottleneck, 1.5 * m.pen));
    painter.setBrush(colours.calloutFill);
    painter.drawPath(shape);

    const QFontMetricsF bold(m.bold);
    qreal y = r.top() + u / 2 + u / 4;
    painter.setFont(m.bold);
    painter.setPen(colours.dark ? colours.text : colours.bottleneck.darker(115));
    painter.drawText(QRectF(r.left() + u, y, r.width() - 2 * u, bold.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     MapText::tr("Bottleneck: %1 of lead time").arg(MapText::percent(bottleneck.share)));
    y += bold.height();
    painter.setFont(m.text);
    painter.setPen(colours.text);
    for (const QString &line : wrappedLines(bottleneck.reason, QFontMetricsF(m.text), r.width() - 2 * u, 3)) {
        painter.drawText(QRectF(r.left() + u, y, r.width() - 2 * u, m.line), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += m.line;
    }
}

} // namespace

MapColours mapColours(const QPalette &palette)
{
    MapColours c;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.dark = c.base.lightness() < 128;
    c.quiet = palette.color(QPalette::PlaceholderText);
    if (c.quiet.alpha() < 255 || c.quiet == c.text)
        c.quiet = mix(c.base, c.text, 0.6);
    c.quietLine = mix(c.base, c.text, 0.5);
    c.neutral = mix(c.base, c.text, 0.08);
    const QColor warm = okabeIto(OkabeIto::Orange);
    const qreal heat[heatClasses] = {0.0, 0.3, 0.55, 0.85};
    for (int i = 0; i < heatClasses; ++i)
        c.heat[i] = mix(c.neutral, warm, heat[i]);
    c.bottleneck = okabeIto(OkabeIto::Vermillion);
    c.calloutFill = mix(c.base, c.bottleneck, c.dark ? 0.2 : 0.08);
    c.highlight = palette.color(QPalette::Highlight);
    c.triangle = okabeIto(OkabeIto::Yellow);
    c.burstFill = mix(c.base, okabeIto(OkabeIto::Yellow), c.dark ? 0.3 : 0.4);
    c.burstLine = c.dark ? okabeIto(OkabeIto::Orange) : mix(okabeIto(OkabeIto::Orange), Qt::black, 0.25);
    c.segment = c.dark ? okabeIto(OkabeIto::Sky) : okabeIto(OkabeIto::Blue);
    c.segmentWait = mix(c.base, c.segment, 0.25);
    return c;
}

QPalette lightMapPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x5f, 0x5f));
    palette.setColor(QPalette::Highlight, okabeIto(OkabeIto::Blue));
    return palette;
}

QColor textOn(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.4 ? QColor(Qt::black) : QColor(Qt::white);
}

void hatch(QPainter &painter, const QRectF &rect, qreal spacing)
{
    const qreal h = rect.height();
    for (qreal c = rect.left() - h + spacing / 2; c < rect.right(); c += spacing) {
        const qreal x0 = std::max(c, rect.left());
        const qreal x1 = std::min(c + h, rect.right());
        if (x1 <= x0)
            continue;
        painter.drawLine(QPointF(x0, rect.bottom() - (x0 - c)), QPointF(x1, rect.bottom() - (x1 - c)));
    }
}

QSizeF mapDrawingSize(const MapDrawing &drawing, const QFont &font)
{
    return layoutMap(drawing, font).size;
}

void paintMap(QPainter &painter, const MapDrawing &drawing, const QFont &font, const QPalette &palette)
{
    const MapLayout layout = layoutMap(drawing, font);
    const MapColours colours = mapColours(palette);
    const MapMetrics &m = layout.metrics;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), layout.size), colours.base);
    paintCaption(painter, drawing, layout, colours);
    paintLegend(painter, layout, colours);
    if (drawing.map.steps.isEmpty()) {
        painter.setFont(m.text);
        painter.setPen(colours.quiet);
        painter.drawText(layout.emptyNote, Qt::AlignLeft | Qt::AlignVCenter, MapText::tr("This map has no steps yet."));
        painter.restore();
        return;
    }

    // Arrows first, the critical path's last so that it runs on top where branches join it.
    for (const bool critical : {false, true}) {
        for (const EdgeRoute &route : layout.edges) {
            if (route.critical == critical)
                paintPushArrow(painter, route, m, colours);
        }
    }
    const QList<Step> &steps = drawing.map.steps;
    for (const StepPlace &place : layout.steps)
        paintWait(painter, steps[place.index], place, m, colours);
    for (const StepPlace &place : layout.steps)
        paintBox(painter, drawing, steps[place.index], place, m, colours);
    for (const StepPlace &place : layout.steps)
        paintBurst(painter, steps[place.index], place, m, colours);
    if (const StepPlace *selected = layout.place(drawing.selectedStepId)) {
        const qreal gap = 0.75 * m.unit;
        painter.setPen(QPen(colours.highlight, 0.375 * m.unit));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(selected->box.adjusted(-gap, -gap, gap, gap), m.unit / 2, m.unit / 2);
    }
    paintCallout(painter, drawing, layout, colours);
    paintLadder(painter, drawing, layout, colours);
    paintTotals(painter, drawing, layout, colours);
    paintTimelineBar(painter, drawing, layout, colours);
    painter.restore();
}

void paintMap(QPainter &painter, const MapDrawing &drawing, const QFont &font)
{
    // On a widget, its palette (which follows the theme); anywhere else, paper.
    const auto *widget = dynamic_cast<const QWidget *>(painter.device());
    paintMap(painter, drawing, font, widget ? widget->palette() : lightMapPalette());
}

Id stepAt(const MapDrawing &drawing, const QFont &font, QPointF point)
{
    const MapLayout layout = layoutMap(drawing, font);
    for (const StepPlace &place : layout.steps) {
        if (place.box.contains(point) || place.burst.contains(point))
            return place.id;
    }
    return 0;
}

QRectF stepRect(const MapDrawing &drawing, const QFont &font, Id stepId)
{
    const MapLayout layout = layoutMap(drawing, font);
    const StepPlace *place = layout.place(stepId);
    return place ? place->box : QRectF();
}

} // namespace flowdeck::views
