// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/stagecarditem.h"

#include "common/format.h"
#include "domain/pipeline.h"
#include "pipelines/stagekindstyle.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal cornerRadius = 6;
constexpr qreal criticalOutline = 3;
/// A line of a card's text smaller than this on screen, in pixels, cannot be read (the view zoomed out over many
/// cards): a bar of its colour stands for it, at a small fraction of the cost of shaping and laying out the text.
constexpr qreal smallestLegibleLine = 7;
/// How much of its line such a bar fills, and the thinnest bar worth drawing (in pixels): thinner, as in the minimap's
/// picture, the card is drawn without its text.
constexpr qreal barShare = 0.4;
constexpr qreal thinnestBar = 0.5;
/// Rounded corners smaller than this on screen, in pixels, are not seen: the card, its badge and its kind's shape are
/// drawn as plain rectangles and the output handle is left out, which are filled much faster than outlines are stroked.
constexpr qreal smallestVisibleCorner = 1.5;

QString percent(double share, int decimals)
{
    //: A share in percent: "97 %".
    return StageCardContent::tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QPalette paletteOf(const QGraphicsItem *item)
{
    return item->scene() ? item->scene()->palette() : QPalette();
}

QFont scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

/// Draws `text` in `box`, vertically centred, with the painter's font and pen; when it is not `legible`, a bar about
/// the text's length in the pen's colour, half see-through so that it reads as grey text rather than a solid line.
void drawLine(QPainter *painter, const QRectF &box, Qt::Alignment alignment, const QString &text, qreal charWidth,
              bool legible)
{
    if (legible) {
        painter->drawText(box, alignment | Qt::AlignVCenter, text);
        return;
    }
    const qreal width = std::min(box.width(), text.size() * charWidth);
    const qreal height = box.height() * barShare;
    const qreal left = (alignment & Qt::AlignRight)     ? box.right() - width
                       : (alignment & Qt::AlignHCenter) ? box.center().x() - width / 2
                                                        : box.left();
    QColor colour = painter->pen().color();
    colour.setAlphaF(colour.alphaF() * 0.5f);
    painter->fillRect(QRectF(left, box.center().y() - height / 2, width, height), colour);
}

} // namespace

QString StageCardContent::queueLabel()
{
    //: On a stage card, before the median time its jobs waited in the queue.
    return tr("Queue");
}

QString StageCardContent::runLabel()
{
    //: On a stage card, before the median time its jobs ran.
    return tr("Run");
}

QString StageCardContent::runsLabel()
{
    //: On a stage card, before the number of pipeline runs the stage had a job in.
    return tr("Runs");
}

QString StageCardContent::successLabel()
{
    //: On a stage card, before the share of its ended jobs that succeeded.
    return tr("Success");
}

QString StageCardContent::noRunsText()
{
    return tr("No runs yet");
}

QString StageCardContent::criticalText()
{
    //: The marker on the stage cards of the critical path; short.
    return tr("Critical path");
}

StageCardContent StageCardContent::of(const graph::StageSpec &stage, const graph::StageStatistics *statistics,
                                      const graph::StageTiming *timing, bool critical)
{
    StageCardContent content;
    content.name = stage.name;
    const StageKindStyle kind = StageKindStyle::of(stage.kind);
    content.kind = kind.kind;
    content.environment = stage.environment;
    //: A deploy stage's kind and the environment it deploys to: "Deploy → staging".
    content.kindText = stage.environment.isEmpty() ? kind.label : tr("%1 → %2").arg(kind.label, stage.environment);
    content.critical = critical;
    content.hasRuns = statistics && statistics->runCount > 0;

    QStringList tips{stage.name};
    tips.append(stage.environment.isEmpty() ? kind.label : tr("%1, deploys to %2").arg(kind.label, stage.environment));
    if (content.hasRuns) {
        const auto exact = [](const std::optional<qint64> &value) {
            return value ? format::exactDuration(*value) : tr("not known (no job has both times)");
        };
        content.queue = statistics->medianQueueMs ? format::duration(*statistics->medianQueueMs) : format::missing();
        content.run = statistics->medianRunMs ? format::duration(*statistics->medianRunMs) : format::missing();
        const std::optional<double> rate = statistics->successRate();
        content.success = rate ? percent(*rate, 0) : format::missing();
        content.runs = format::count(statistics->runCount);
        tips.append(tr("Median wait in the queue: %1").arg(exact(statistics->medianQueueMs)));
        tips.append(tr("Median run: %1").arg(exact(statistics->medianRunMs)));
        if (rate) {
            tips.append(tr("Succeeded: %1 (%2 of %3 jobs that ended)")
                            .arg(percent(*rate, 1), format::count(statistics->succeeded),
                                 format::count(statistics->succeeded + statistics->failed)));
        } else {
            tips.append(tr("Succeeded: no job has ended yet"));
        }
        tips.append(tr("Runs: %1 (%2 jobs, retries and matrix legs included)")
                        .arg(format::count(statistics->runCount), format::count(statistics->jobCount)));
    } else {
        tips.append(tr("No job of this stage has been imported yet."));
    }
    if (critical) {
        tips.append(tr("On the critical path: every delay here delays the whole pipeline."));
    } else if (timing && content.hasRuns) {
        tips.append(tr("Slack: %1 (it can start that much later without delaying the pipeline)")
                        .arg(format::exactDuration(timing->slack)));
    }
    tips.append(tr("Drag from the dot on the right edge onto another stage to make that stage need this one."));
    content.toolTip = tips.join(u'\n');
    return content;
}

StageCardMetrics StageCardMetrics::fitting(const QFont &base, const QList<StageCardContent> &cards)
{
    StageCardMetrics metrics;
    metrics.font = base;
    metrics.smallFont = scaled(base, 0.88, QFont::Normal);
    metrics.nameFont = scaled(base, 1.12, QFont::DemiBold);
    const QFontMetricsF text(metrics.font);
    const QFontMetricsF small(metrics.smallFont);
    const QFontMetricsF name(metrics.nameFont);
    const QFontMetricsF badge(scaled(metrics.smallFont, 1.0, QFont::DemiBold));

    metrics.padding = std::max<qreal>(10, text.height() * 0.7);
    metrics.headerHeight = std::max(small.height(), text.height() * 0.9);
    metrics.nameHeight = name.height();
    metrics.rowHeight = text.height() + 2;
    metrics.handleRadius = std::max<qreal>(5, text.height() * 0.3);
    metrics.charWidth = text.averageCharWidth();

    qreal nameWidth = 0;
    qreal headerWidth = 0;
    qreal leftValues = text.horizontalAdvance(StageCardContent::noRunsText()) / 2;
    qreal rightValues = 0;
    // Measuring a text lays it out, and many cards share theirs (kinds, run counts, rates, rounded durations): each
    // distinct text is measured once.
    QSet<QString> kindTexts;
    QSet<QString> leftTexts;
    QSet<QString> rightTexts;
    for (const StageCardContent &card : cards) {
        nameWidth = std::max(nameWidth, name.horizontalAdvance(card.name));
        kindTexts.insert(card.kindText);
        leftTexts.insert(card.queue);
        leftTexts.insert(card.run);
        rightTexts.insert(card.runs);
        rightTexts.insert(card.success);
    }
    for (const QString &kindText : std::as_const(kindTexts))
        headerWidth = std::max(headerWidth, small.height() + 6 + small.horizontalAdvance(kindText));
    for (const QString &value : std::as_const(leftTexts))
        leftValues = std::max(leftValues, text.horizontalAdvance(value));
    for (const QString &value : std::as_const(rightTexts))
        rightValues = std::max(rightValues, text.horizontalAdvance(value));
    const qreal gap = text.height() * 0.6;
    const qreal leftLabels = std::max(small.horizontalAdvance(StageCardContent::queueLabel()),
                                      small.horizontalAdvance(StageCardContent::runLabel()));
    const qreal rightLabels = std::max(small.horizontalAdvance(StageCardContent::runsLabel()),
                                       small.horizontalAdvance(StageCardContent::successLabel()));
    const qreal leftColumn = leftLabels + gap + leftValues;
    const qreal figures = leftColumn + 2 * gap + rightLabels + gap + rightValues;
    // The header shares its line with the critical path badge.
    const qreal header = headerWidth + gap + badge.horizontalAdvance(StageCardContent::criticalText()) + 2 * gap;
    const qreal content = std::max({figures, header, std::min(nameWidth, 36 * text.averageCharWidth())});
    metrics.width = std::ceil(
        std::clamp(content + 2 * metrics.padding, 22 * text.averageCharWidth(), 52.0 * text.averageCharWidth()));
    metrics.leftColumnEnd = metrics.padding + leftColumn;
    metrics.height =
        std::ceil(2 * metrics.padding + metrics.headerHeight + 4 + metrics.nameHeight + 6 + 2 * metrics.rowHeight);
    return metrics;
}

StageCardItem::StageCardItem(StageCardContent content, const StageCardMetrics *metrics)
    : m_content(std::move(content))
    , m_metrics(metrics)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setToolTip(m_content.toolTip);
    setZValue(1);
}

QRectF StageCardItem::cardRect() const
{
    return QRectF(0, 0, m_metrics->width, m_metrics->height);
}

QPointF StageCardItem::outputHandle() const
{
    return QPointF(m_metrics->width, m_metrics->height / 2);
}

bool StageCardItem::isOnOutputHandle(const QPointF &point) const
{
    const QPointF offset = point - outputHandle();
    // A little larger than drawn, so that it is easy to hit.
    const qreal reach = m_metrics->handleRadius + 4;
    return offset.x() * offset.x() + offset.y() * offset.y() <= reach * reach;
}

QRectF StageCardItem::boundingRect() const
{
    // Room for the selection ring and the handle beyond the card's edge.
    const qreal margin = std::max<qreal>(6, m_metrics->handleRadius + 5);
    return cardRect().adjusted(-margin, -margin, margin, margin);
}

QPainterPath StageCardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), cornerRadius, cornerRadius);
    path.addEllipse(outputHandle(), m_metrics->handleRadius + 4, m_metrics->handleRadius + 4);
    return path;
}

void StageCardItem::setDropTarget(bool target)
{
    if (m_dropTarget == target)
        return;
    m_dropTarget = target;
    update();
}

void StageCardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const bool onHandle = isOnOutputHandle(event->pos());
    if (onHandle != m_handleHovered) {
        m_handleHovered = onHandle;
        setCursor(onHandle ? Qt::CrossCursor : Qt::ArrowCursor);
        update();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void StageCardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_handleHovered) {
        m_handleHovered = false;
        unsetCursor();
        update();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

void StageCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = paletteOf(this);
    const StageCardMetrics &m = *m_metrics;
    const qreal detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool legible = m.rowHeight * detail >= smallestLegibleLine;
    const bool fine = cornerRadius * detail >= smallestVisibleCorner;
    const QRectF card = cardRect();
    const QColor critical = criticalPathColor(palette);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // The selection and a connection's drop target as a ring around the card, so the outline keeps its meaning.
    if (isSelected() || m_dropTarget) {
        QPen ring(palette.color(QPalette::Highlight), 2);
        if (m_dropTarget && !isSelected())
            ring.setStyle(Qt::DashLine);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(-5, -5, 5, 5), cornerRadius + 4, cornerRadius + 4);
    }

    const qreal outline = m_content.critical ? criticalOutline : 1;
    const QColor outlineColour = m_content.critical ? critical : palette.color(QPalette::Mid);
    if (fine) {
        painter->setPen(QPen(outlineColour, outline));
        painter->setBrush(palette.color(QPalette::Base));
        painter->drawRoundedRect(card.adjusted(outline / 2, outline / 2, -outline / 2, -outline / 2), cornerRadius,
                                 cornerRadius);
    } else {
        painter->fillRect(card, outlineColour);
        painter->fillRect(card.adjusted(outline, outline, -outline, -outline), palette.color(QPalette::Base));
    }

    const qreal left = m.padding;
    const qreal right = card.width() - m.padding;
    qreal y = m.padding;

    // Header: kind shape and text; the critical path badge on the right.
    const QFontMetricsF small(m.smallFont);
    const qreal iconSide = std::round(small.height() * 0.8);
    const StageKindStyle kind = StageKindStyle::of(m_content.kind);
    const QRectF iconRect(left, y + (m.headerHeight - iconSide) / 2, iconSide, iconSide);
    if (fine)
        kind.paint(painter, iconRect, palette);
    else
        painter->fillRect(iconRect, kind.colorOn(palette));
    qreal headerRight = right;
    if (m_content.critical) {
        QFont badgeFont = m.smallFont;
        badgeFont.setWeight(QFont::DemiBold);
        const QFontMetricsF badge(badgeFont);
        const QString text = StageCardContent::criticalText();
        const qreal badgeWidth = badge.horizontalAdvance(text) + badge.height() * 0.9;
        const QRectF pill(right - badgeWidth, y, badgeWidth, m.headerHeight);
        if (fine) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(critical);
            painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        } else {
            painter->fillRect(pill, critical);
        }
        if (legible) {
            painter->setFont(badgeFont);
            painter->setPen(palette.color(QPalette::Base));
            painter->drawText(pill, Qt::AlignCenter, text);
        }
        headerRight = pill.left() - 6;
    }
    if (!legible && m.rowHeight * barShare * detail < thinnestBar)
        return;
    // Bars for text are filled faster without antialiasing, and look no different for it.
    painter->setRenderHint(QPainter::Antialiasing, legible);
    painter->setFont(m.smallFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QRectF kindRect(left + iconSide + 6, y, headerRight - left - iconSide - 6, m.headerHeight);
    drawLine(painter, kindRect, Qt::AlignLeft,
             legible ? small.elidedText(m_content.kindText, Qt::ElideRight, kindRect.width()) : m_content.kindText,
             m.charWidth, legible);
    y += m.headerHeight + 4;

    painter->setFont(m.nameFont);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF nameRect(left, y, right - left, m.nameHeight);
    drawLine(painter, nameRect, Qt::AlignLeft,
             legible ? QFontMetricsF(m.nameFont).elidedText(m_content.name, Qt::ElideMiddle, nameRect.width())
                     : m_content.name,
             m.charWidth, legible);
    y += m.nameHeight + 6;

    paintFigures(painter, palette, legible);

    // The output handle: where a drag to connect starts.
    if (!fine && !m_handleHovered)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor handle = m_handleHovered ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    painter->setPen(QPen(m_handleHovered ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), 1.5));
    painter->setBrush(handle);
    painter->drawEllipse(outputHandle(), m.handleRadius, m.handleRadius);
}

void StageCardItem::paintFigures(QPainter *painter, const QPalette &palette, bool legible) const
{
    const StageCardMetrics &m = *m_metrics;
    const qreal left = m.padding;
    const qreal right = m.width - m.padding;
    const qreal top = m.padding + m.headerHeight + 4 + m.nameHeight + 6;
    const QColor quiet = palette.color(QPalette::PlaceholderText);
    const QColor text = palette.color(QPalette::Text);

    if (!m_content.hasRuns) {
        QFont italic = m.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(quiet);
        drawLine(painter, QRectF(left, top, right - left, m.rowHeight), Qt::AlignLeft, StageCardContent::noRunsText(),
                 m.charWidth, legible);
        return;
    }

    const qreal gap = QFontMetricsF(m.font).height() * 0.6;
    const qreal rightStart = m.leftColumnEnd + 2 * gap;
    const auto row = [&](qreal y, const QString &leftLabel, const QString &leftValue, const QString &rightLabel,
                         const QString &rightValue) {
        painter->setFont(m.smallFont);
        painter->setPen(quiet);
        const QRectF leftColumn(left, y, m.leftColumnEnd - left, m.rowHeight);
        const QRectF rightColumn(rightStart, y, right - rightStart, m.rowHeight);
        drawLine(painter, leftColumn, Qt::AlignLeft, leftLabel, m.charWidth, legible);
        drawLine(painter, rightColumn, Qt::AlignLeft, rightLabel, m.charWidth, legible);
        painter->setFont(m.font);
        painter->setPen(text);
        // Figures right-aligned in their column, so that they line up from card to card.
        drawLine(painter, leftColumn, Qt::AlignRight, leftValue, m.charWidth, legible);
        drawLine(painter, rightColumn, Qt::AlignRight, rightValue, m.charWidth, legible);
    };
    row(top, StageCardContent::queueLabel(), m_content.queue, StageCardContent::runsLabel(), m_content.runs);
    row(top + m.rowHeight, StageCardContent::runLabel(), m_content.run, StageCardContent::successLabel(),
        m_content.success);
}

} // namespace flowdeck::views
