// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace flowdeck::views {

/// Edits a count (a cell whose edit value is a whole number) in a spin box from 0 to `maximum`, so that a negative
/// or absurd count cannot be typed.
class CountDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountDelegate(int maximum, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    int m_maximum;
};

} // namespace flowdeck::views
