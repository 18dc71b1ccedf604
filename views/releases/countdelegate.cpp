// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/countdelegate.h"

#include <QSpinBox>

namespace flowdeck::views {

CountDelegate::CountDelegate(int maximum, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_maximum(maximum)
{}

QWidget *CountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(0, m_maximum);
    spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spin->setFrame(false);
    spin->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return spin;
}

void CountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor))
        spin->setValue(index.data(Qt::EditRole).toInt());
}

void CountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
    }
}

} // namespace flowdeck::views
