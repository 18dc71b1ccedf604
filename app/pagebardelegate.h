// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace flowdeck::app {

/// Draws a page bar entry: the icon centred above the label, the current page marked by a tinted background
/// and an accent line at its left edge (a shape as well as a colour).
class PageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int iconSize = 24;
    static constexpr int itemHeight = 64;
    /// Space beside the label, half on each side.
    static constexpr int padding = 8;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace flowdeck::app
