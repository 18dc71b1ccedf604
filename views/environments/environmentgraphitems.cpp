// SPDX-License-Identifier: GPL-3.0-or-later
#include "environments/environmentgraphitems.h"

#include "common/pagestyle.h"
#include "common/statusstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace flowdeck::views {

using namespace pagestyle;

namespace {

constexpr qreal padding = unit * 1.5;
constexpr qreal radius = 6;
constexpr qreal minimumWidth = 26 * unit;
constexpr qreal maximumWidth = 44 * unit;

/// The colour of secondary text: the palette's placeholder text, as quiet labels use.
QColor quiet(const QPalette &palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

EnvironmentCardItem::EnvironmentCardItem(QString name, QString tierLabel, QColor tierColour, QList<CardRow> rows,
                                         QString emptyText, const QFont &font, const QPalette &palette)
    : m_name(std::move(name))
    , m_tierLabel(std::move(tierLabel))
    , m_tierColour(std::move(tierColour))
    , m_rows(std::move(rows))
    , m_emptyText(std::move(emptyText))
    , m_font(font)
    , m_smallFont(scaledFont(font, 0.9, QFont::Normal))
    , m_titleFont(scaledFont(font, 1.15, QFont::DemiBold))
    , m_palette(palette)
{
    const QFontMetricsF text(m_font);
    const QFontMetricsF small(m_smallFont);
    const QFontMetricsF title(m_titleFont);
    qreal width = title.horizontalAdvance(m_name) + small.horizontalAdvance(m_tierLabel) + 3 * padding;
    for (const CardRow &row : std::as_const(m_rows)) {
        width =
            std::max(width, text.horizontalAdvance(row.service) + text.horizontalAdvance(row.version) + 3 * padding);
        width =
            std::max(width, small.horizontalAdvance(row.detail) + small.horizontalAdvance(row.waiting) + 3 * padding);
    }
    if (m_rows.isEmpty())
        width = std::max(width, small.horizontalAdvance(m_emptyText) + 2 * padding);
    width = std::clamp(std::ceil(width), minimumWidth, maximumWidth);
    const qreal body = m_rows.isEmpty() ? rowHeight() / 2.0 : qreal(m_rows.size()) * rowHeight();
    m_size = QSizeF(width, headerHeight() + body + padding);
    setToolTip(m_name);
}

int EnvironmentCardItem::rowHeight() const
{
    return int(std::ceil(QFontMetricsF(m_font).height() + QFontMetricsF(m_smallFont).height() + unit));
}

int EnvironmentCardItem::headerHeight() const
{
    return int(std::ceil(QFontMetricsF(m_titleFont).height() + 2 * unit));
}

void EnvironmentCardItem::setSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_size = size;
}

QRectF EnvironmentCardItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_size).adjusted(-1, -1, 1, 1);
}

void EnvironmentCardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card(QPointF(0, 0), m_size);
    painter->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    painter->setBrush(m_palette.color(QPalette::Base));
    painter->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    // A stripe in the tier's colour down the left edge, inside the rounded corners.
    const qreal header = headerHeight();
    painter->save();
    QPainterPath outline;
    outline.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->setClipPath(outline);
    painter->fillRect(QRectF(0, 0, unit / 2.0, m_size.height()), m_tierColour);
    painter->restore();
    painter->setPen(m_palette.color(QPalette::Text));
    painter->setFont(m_titleFont);
    const QRectF titleRect(padding, 0, m_size.width() - 2 * padding, header);
    const QFontMetricsF small(m_smallFont);
    const qreal tierWidth = small.horizontalAdvance(m_tierLabel);
    painter->drawText(
        titleRect.adjusted(0, 0, -tierWidth - unit, 0), Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetricsF(m_titleFont).elidedText(m_name, Qt::ElideRight, titleRect.width() - tierWidth - unit));
    painter->setFont(m_smallFont);
    painter->setPen(quiet(m_palette));
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignRight, m_tierLabel);
    painter->setPen(QPen(m_palette.color(QPalette::Midlight), 1));
    painter->drawLine(QPointF(1, header), QPointF(m_size.width() - 1, header));

    if (m_rows.isEmpty()) {
        painter->setPen(quiet(m_palette));
        painter->drawText(QRectF(padding, header, m_size.width() - 2 * padding, m_size.height() - header),
                          Qt::AlignVCenter | Qt::AlignLeft, m_emptyText);
        return;
    }
    const QFontMetricsF text(m_font);
    qreal y = header + unit / 2.0;
    const qreal width = m_size.width() - 2 * padding;
    for (const CardRow &row : std::as_const(m_rows)) {
        painter->setFont(m_font);
        painter->setPen(m_palette.color(QPalette::Text));
        const qreal versionWidth = std::min(text.horizontalAdvance(row.version), width / 2);
        painter->drawText(QRectF(padding, y, width - versionWidth - unit, text.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          text.elidedText(row.service, Qt::ElideRight, width - versionWidth - unit));
        painter->drawText(QRectF(padding + width - versionWidth, y, versionWidth, text.height()),
                          Qt::AlignRight | Qt::AlignVCenter,
                          text.elidedText(row.version, Qt::ElideMiddle, versionWidth));
        y += text.height();
        painter->setFont(m_smallFont);
        painter->setPen(quiet(m_palette));
        const qreal waitingWidth = small.horizontalAdvance(row.waiting);
        painter->drawText(QRectF(padding, y, width - waitingWidth - unit, small.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          small.elidedText(row.detail, Qt::ElideRight, width - waitingWidth - unit));
        if (!row.waiting.isEmpty()) {
            painter->setPen(
                okabeIto(OkabeIto::Orange).darker(m_palette.color(QPalette::Base).lightness() > 128 ? 130 : 80));
            painter->drawText(QRectF(padding + width - waitingWidth, y, waitingWidth, small.height()),
                              Qt::AlignRight | Qt::AlignVCenter, row.waiting);
        }
        y += small.height() + unit;
    }
}

PromotionEdgeItem::PromotionEdgeItem(const QList<QPointF> &path, QPointF arrowTip, QStringList label, QString toolTip,
                                     const QFont &font, const QPalette &palette)
    : m_label(std::move(label))
    , m_font(scaledFont(font, 0.9, QFont::Normal))
    , m_palette(palette)
{
    if (!path.isEmpty()) {
        m_path.moveTo(path.first());
        for (qsizetype i = 1; i + 2 < path.size(); i += 3)
            m_path.cubicTo(path[i], path[i + 1], path[i + 2]);
        m_path.lineTo(arrowTip);
        // The arrow head: a triangle at the tip, along the last piece of the path.
        const QPointF from = path.last() == arrowTip && path.size() > 1 ? path[path.size() - 2] : path.last();
        const qreal angle = std::atan2(arrowTip.y() - from.y(), arrowTip.x() - from.x());
        const qreal size = unit * 1.25;
        m_arrow << arrowTip << arrowTip - QPointF(std::cos(angle - 0.4) * size, std::sin(angle - 0.4) * size)
                << arrowTip - QPointF(std::cos(angle + 0.4) * size, std::sin(angle + 0.4) * size);
    }
    setToolTip(toolTip);
    setZValue(-1);
}

QRectF PromotionEdgeItem::labelRect() const
{
    const QFontMetricsF metrics(m_font);
    qreal width = 0;
    for (const QString &line : m_label)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QSizeF size(width + unit * 1.5, metrics.height() * qreal(m_label.size()) + unit);
    const QPointF middle = m_path.pointAtPercent(0.5);
    return QRectF(middle - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF PromotionEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).united(labelRect()).adjusted(-2, -2, 2, 2);
}

QPainterPath PromotionEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(unit);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addRect(labelRect());
    return shape;
}

void PromotionEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor line = m_palette.color(QPalette::Text);
    painter->setPen(QPen(line, 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    painter->setBrush(line);
    painter->drawPolygon(m_arrow);

    const QRectF label = labelRect();
    painter->setPen(QPen(m_palette.color(QPalette::Mid), 1));
    painter->setBrush(m_palette.color(QPalette::Window));
    painter->drawRoundedRect(label, 4, 4);
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    qreal y = label.top() + unit / 2.0;
    for (qsizetype i = 0; i < m_label.size(); ++i) {
        painter->setPen(i == 0 ? m_palette.color(QPalette::Text) : quiet(m_palette));
        painter->drawText(QRectF(label.left(), y, label.width(), metrics.height()), Qt::AlignCenter, m_label[i]);
        y += metrics.height();
    }
}

} // namespace flowdeck::views
