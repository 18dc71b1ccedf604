// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace flowdeck::views {

/// Draws a cell as its display text over a quieter second line (the model's `detailRole`), for example a version
/// over "5 days ago". Cells whose `mutedRole` is true draw their text in the placeholder colour.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    TwoLineDelegate(int detailRole, int mutedRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The same fonts the delegate draws with, for views that size their rows before any cell is painted.
    static QFont detailFont(const QFont &font);
    static int rowHeight(const QFont &font);

private:
    int m_detailRole;
    int m_mutedRole;
};

} // namespace flowdeck::views
