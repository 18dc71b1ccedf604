// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace flowdeck::views {

/// Edits a cell by choosing from a list the model offers: the cell's `choicesRole` holds the labels (QStringList)
/// and `valuesRole` the values (QVariantList, one per label); the chosen value is written back with
/// setData(index, value, `valueRole`), whose current value the editor starts on.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(int choicesRole, int valuesRole, int valueRole, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    int m_choicesRole;
    int m_valuesRole;
    int m_valueRole;
};

} // namespace flowdeck::views
