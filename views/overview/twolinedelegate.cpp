// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/twolinedelegate.h"

#include <QApplication>
#include <QPainter>

namespace flowdeck::views {

namespace {

// 8 px grid: padding left and right, half of it above and below the two lines.
constexpr int horizontalPadding = 8;
constexpr int verticalPadding = 6;
constexpr int lineGap = 2;

} // namespace

TwoLineDelegate::TwoLineDelegate(int detailRole, int mutedRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_detailRole(detailRole)
    , m_mutedRole(mutedRole)
{}

QFont TwoLineDelegate::detailFont(const QFont &font)
{
    QFont detail = font;
    if (detail.pointSizeF() > 0)
        detail.setPointSizeF(detail.pointSizeF() * 0.9);
    else
        detail.setPixelSize(std::max(8, detail.pixelSize() * 9 / 10));
    return detail;
}

int TwoLineDelegate::rowHeight(const QFont &font)
{
    return QFontMetrics(font).height() + lineGap + QFontMetrics(detailFont(font)).height() + 2 * verticalPadding;
}

void TwoLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus as the style draws them; the text is ours.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    const bool muted = index.data(m_mutedRole).toBool();
    const QString detail = index.data(m_detailRole).toString();

    const QRect area = opt.rect.adjusted(horizontalPadding, verticalPadding, -horizontalPadding, -verticalPadding);
    const QFontMetrics mainMetrics(opt.font);
    const QFont quietFont = detailFont(opt.font);
    const QFontMetrics quietMetrics(quietFont);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(muted ? quietColor : textColor);
    if (detail.isEmpty()) {
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter,
                          mainMetrics.elidedText(text, Qt::ElideRight, area.width()));
    } else {
        const QRect top(area.left(), area.top(), area.width(), mainMetrics.height());
        painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
                          mainMetrics.elidedText(text, Qt::ElideRight, area.width()));
        const QRect bottom(area.left(), top.bottom() + 1 + lineGap, area.width(), quietMetrics.height());
        painter->setFont(quietFont);
        painter->setPen(quietColor);
        painter->drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
                          quietMetrics.elidedText(detail, Qt::ElideRight, area.width()));
    }
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics mainMetrics(opt.font);
    const QFontMetrics quietMetrics(detailFont(opt.font));
    const int width = std::max(mainMetrics.horizontalAdvance(opt.text),
                               quietMetrics.horizontalAdvance(index.data(m_detailRole).toString()));
    return {width + 2 * horizontalPadding, rowHeight(opt.font)};
}

} // namespace flowdeck::views
