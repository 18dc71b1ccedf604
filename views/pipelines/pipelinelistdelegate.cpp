// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinelistdelegate.h"

#include "common/pagestyle.h"
#include "pipelines/pipelinelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace flowdeck::views {

using pagestyle::unit;

namespace {

QFont nameFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont detailFont(const QFont &base)
{
    return pagestyle::scaledFont(base, 0.9, QFont::Normal);
}

} // namespace

void PipelineListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = selected ? text : option.palette.color(group, QPalette::PlaceholderText);
    const QRect area = option.rect.adjusted(unit + unit / 2, unit, -unit, -unit);
    const QFont name = nameFont(option.font);
    const QFont detail = detailFont(option.font);
    const int nameHeight = QFontMetrics(name).height();

    painter->save();
    painter->setFont(name);
    painter->setPen(text);
    painter->drawText(
        QRect(area.left(), area.top(), area.width(), nameHeight), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(name).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, area.width()));
    painter->setFont(detail);
    painter->setPen(quiet);
    painter->drawText(QRect(area.left(), area.top() + nameHeight + 2, area.width(), QFontMetrics(detail).height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(detail).elidedText(index.data(PipelineListModel::DetailRole).toString(),
                                                      Qt::ElideRight, area.width()));
    painter->restore();
}

QSize PipelineListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height =
        QFontMetrics(nameFont(option.font)).height() + 2 + QFontMetrics(detailFont(option.font)).height() + 2 * unit;
    return QSize(24 * unit, height);
}

} // namespace flowdeck::views
