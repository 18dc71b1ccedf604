// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebardelegate.h"

#include <QIcon>
#include <QPainter>

namespace flowdeck::app {

namespace {

constexpr int accentWidth = 3;

QColor mix(const QColor &base, const QColor &tint, qreal amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

void PageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRect cell = option.rect;

    if (selected || hovered) {
        const qreal amount = selected ? 0.18 : 0.08;
        painter->fillRect(cell, mix(palette.color(QPalette::Window), palette.color(QPalette::Highlight), amount));
    }
    if (selected)
        painter->fillRect(QRect(cell.left(), cell.top(), accentWidth, cell.height()),
                          palette.color(QPalette::Highlight));

    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QString label = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int contentHeight = iconSize + 4 + metrics.height();
    const int top = cell.top() + (cell.height() - contentHeight) / 2;
    const QRect iconRect(cell.left() + (cell.width() - iconSize) / 2, top, iconSize, iconSize);
    icon.paint(painter, iconRect, Qt::AlignCenter,
               option.state & QStyle::State_Enabled ? QIcon::Normal : QIcon::Disabled);

    QFont font = option.font;
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(palette.color(option.state & QStyle::State_Enabled ? QPalette::Active : QPalette::Disabled,
                                  QPalette::WindowText));
    const QRect textRect(cell.left() + padding / 2, iconRect.bottom() + 4, cell.width() - padding, metrics.height());
    painter->drawText(textRect, Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetrics(font).elidedText(label, Qt::ElideRight, textRect.width()));

    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_KeyboardFocusChange) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(cell.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

QSize PageBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 88, itemHeight};
}

} // namespace flowdeck::app
