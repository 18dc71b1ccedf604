// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mappainter.h"
#include "valuestream/mappaintertext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <array>

namespace flowdeck::views {

using valuestream::formatDuration;
using valuestream::Step;

namespace {

const Step *stepOf(const MapDrawing &drawing, Id stepId)
{
    const int index = drawing.map.indexOfStep(stepId);
    return index < 0 ? nullptr : &drawing.map.steps[index];
}

bool isBottleneck(const MapDrawing &drawing, Id stepId)
{
    return drawing.analysis && drawing.analysis->bottleneck && drawing.analysis->bottleneck->id == stepId;
}

/// A round step for the axis of the timeline bar: the smallest that leaves room for its labels.
qint64 axisStep(qint64 scaleMs, qreal width, const QFontMetricsF &metrics)
{
    constexpr qint64 minute = 60'000;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    const std::array steps{minute,    5 * minute, 15 * minute, 30 * minute, hour,     2 * hour, 4 * hour, 6 * hour,
                           12 * hour, day,        2 * day,     7 * day,     14 * day, 30 * day, 90 * day, 365 * day};
    for (const qint64 step : steps) {
        const qint64 ticks = scaleMs / step;
        if (ticks > 10)
            continue;
        const qreal spacing = width * double(step) / double(scaleMs);
        if (metrics.horizontalAdvance(formatDuration(ticks * step)) + metrics.averageCharWidth() * 3 < spacing)
            return step;
    }
    return steps.back();
}

} // namespace

void paintLadder(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours)
{
    if (layout.ladderSteps.isEmpty())
        return;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const qreal upper = layout.upperRung;
    const qreal lower = layout.lowerRung;

    // The square wave: up for each wait, down for each process time; the bottleneck's rungs in its colour.
    for (qsizetype i = 0; i < layout.ladderSteps.size(); ++i) {
        const LadderStep &rung = layout.ladderSteps[i];
        const bool bottleneck = isBottleneck(drawing, rung.id);
        QPen pen(bottleneck ? colours.bottleneck : colours.text, (bottleneck ? 3 : 1.5) * m.pen, Qt::SolidLine,
                 Qt::FlatCap, Qt::MiterJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPolygonF wave;
        if (i > 0)
            wave.append(QPointF(rung.waitLeft, lower));
        wave.append(QPointF(rung.waitLeft, upper));
        wave.append(QPointF(rung.waitRight, upper));
        wave.append(QPointF(rung.processLeft, lower));
        wave.append(QPointF(rung.processRight, lower));
        painter.drawPolyline(wave);

        const Step *step = stepOf(drawing, rung.id);
        if (!step)
            continue;
        const bool estimate = !step->measured;
        QFont font = bottleneck ? m.smallBold : m.small;
        font.setItalic(estimate);
        painter.setFont(font);
        painter.setPen(bottleneck && !colours.dark ? colours.bottleneck.darker(115) : colours.text);
        painter.drawText(
            QRectF(rung.waitLeft, upper - u / 4 - m.smallLine, rung.waitRight - rung.waitLeft, m.smallLine),
            Qt::AlignCenter, MapText::duration(step->waitMs, estimate));
        painter.drawText(QRectF(rung.processLeft, lower + u / 4, rung.processRight - rung.processLeft, m.smallLine),
                         Qt::AlignCenter, MapText::duration(step->processMs, estimate));
    }
}

void paintTotals(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours)
{
    if (layout.totals.isEmpty() || !drawing.analysis)
        return;
    const valuestream::MapAnalysis &analysis = *drawing.analysis;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    const QRectF &r = layout.totals;
    const QRectF title(r.topLeft(), QSizeF(r.width(), m.titleHeight / 2));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.neutral);
    painter.drawRect(title);
    painter.setFont(m.bold);
    painter.setPen(colours.text);
    painter.drawText(title.adjusted(u, 0, -u, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     drawing.map.hasParallelBranches() ? MapText::tr("Critical path") : MapText::tr("Totals"));

    const std::array<std::pair<QString, QString>, 4> rows{
        std::pair{MapText::tr("Lead time"), formatDuration(analysis.totalLeadMs)},
        std::pair{MapText::tr("Process time"), formatDuration(analysis.totalProcessMs)},
        std::pair{MapText::tr("Activity ratio"), MapText::optionalPercent(analysis.activityRatio)},
        std::pair{MapText::tr("Rolled %C&A"), MapText::completeAccurate(analysis.rolledPctCompleteAccurate, false)}};
    qreal y = title.bottom() + u / 2;
    for (const auto &[label, value] : rows) {
        const QRectF line(r.left() + u, y, r.width() - 2 * u, m.rowHeight);
        painter.setFont(m.text);
        painter.setPen(colours.quiet);
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, label);
        painter.setFont(m.bold);
        painter.setPen(colours.text);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, value);
        y += m.rowHeight;
    }
    painter.setPen(QPen(colours.text, 2 * m.pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r);
    painter.setPen(QPen(colours.text, m.pen));
    painter.drawLine(title.bottomLeft(), title.bottomRight());
}

void paintTimelineBar(QPainter &painter, const MapDrawing &drawing, const MapLayout &layout, const MapColours &colours)
{
    if (layout.bar.isEmpty() || !drawing.analysis)
        return;
    const valuestream::MapAnalysis &analysis = *drawing.analysis;
    const MapMetrics &m = layout.metrics;
    const qreal u = m.unit;
    // A scale shorter than the map itself would push the bar out of its box: then the map's own total.
    const qint64 scaleMs = std::max(drawing.scaleMs, analysis.totalLeadMs);
    const QRectF &bar = layout.bar;

    painter.setFont(m.small);
    painter.setPen(colours.quiet);
    painter.drawText(layout.barTitle, Qt::AlignLeft | Qt::AlignVCenter,
                     MapText::tr("Lead time to scale along the critical path: waiting hatched, processing solid"));
    painter.setPen(QPen(colours.quietLine, m.pen, Qt::DotLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
    if (scaleMs <= 0)
        return;

    const qreal perMs = bar.width() / double(scaleMs);
    qreal x = bar.left();
    const QFontMetricsF small(m.small);
    for (const Id id : analysis.criticalPath) {
        const Step *step = stepOf(drawing, id);
        if (!step)
            continue;
        const bool bottleneck = isBottleneck(drawing, id);
        const QColor colour = bottleneck ? colours.bottleneck : colours.segment;
        const QRectF wait(x, bar.top(), step->waitMs.value_or(0) * perMs, bar.height());
        const QRectF process(wait.right(), bar.top(), step->processMs.value_or(0) * perMs, bar.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(bottleneck ? QColor(colour.red(), colour.green(), colour.blue(), 70) : colours.segmentWait);
        painter.drawRect(wait);
        painter.setPen(QPen(colour, m.pen));
        hatch(painter, wait, 0.75 * u);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRect(process);
        const QRectF segment = wait.united(process);
        // The step's name where it fits, on a plain ground so that the hatching does not blur it.
        const qreal nameWidth = small.horizontalAdvance(step->name);
        if (segment.width() > nameWidth + 2 * u) {
            const QRectF label(segment.center().x() - nameWidth / 2 - u / 4, segment.center().y() - m.smallLine / 2,
                               nameWidth + u / 2, m.smallLine);
            const bool onProcess = process.contains(label);
            painter.setBrush(onProcess ? colour : colours.base);
            painter.drawRect(label);
            painter.setFont(m.small);
            painter.setPen(onProcess ? textOn(colour) : colours.text);
            painter.drawText(label, Qt::AlignCenter, step->name);
        }
        x = process.right();
        // A thin gap between steps.
        if (x > bar.left() && x < bar.right()) {
            painter.setPen(QPen(colours.base, m.pen));
            painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
        }
    }

    painter.setFont(m.bold);
    painter.setPen(colours.text);
    painter.drawText(layout.barTotal, Qt::AlignLeft | Qt::AlignVCenter, formatDuration(analysis.totalLeadMs));

    // The axis: round durations from 0 to the scale.
    const qint64 step = axisStep(scaleMs, bar.width(), small);
    painter.setFont(m.small);
    for (qint64 t = 0; t <= scaleMs; t += step) {
        const qreal tx = bar.left() + t * perMs;
        painter.setPen(QPen(colours.quietLine, m.pen));
        painter.drawLine(QPointF(tx, bar.bottom()), QPointF(tx, bar.bottom() + u / 2));
        const QString label = formatDuration(t);
        const qreal width = small.horizontalAdvance(label);
        painter.setPen(colours.quiet);
        painter.drawText(QRectF(tx - width / 2 - u, bar.bottom() + u / 2, width + 2 * u, m.smallLine), Qt::AlignCenter,
                         label);
    }
}

} // namespace flowdeck::views
