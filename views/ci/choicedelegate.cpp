// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/choicedelegate.h"

#include <QComboBox>

namespace flowdeck::views {

ChoiceDelegate::ChoiceDelegate(int choicesRole, int valuesRole, int valueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choicesRole(choicesRole)
    , m_valuesRole(valuesRole)
    , m_valueRole(valueRole)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    const QStringList labels = index.data(m_choicesRole).toStringList();
    const QVariantList values = index.data(m_valuesRole).toList();
    for (qsizetype i = 0; i < labels.size() && i < values.size(); ++i)
        combo->addItem(labels[i], values[i]);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    // A choice is made by picking it: write it at once, as a click on a checkbox would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    // The list opens with the editor: the choice is one click or one Enter away, and the arrow keys move in the
    // list instead of changing the choice at once.
    QMetaObject::invokeMethod(combo, &QComboBox::showPopup, Qt::QueuedConnection);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    const int current = combo->findData(index.data(m_valueRole));
    combo->setCurrentIndex(std::max(current, 0));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0)
        return;
    const QVariant value = combo->currentData();
    if (value != index.data(m_valueRole))
        model->setData(index, value, m_valueRole);
}

void ChoiceDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace flowdeck::views
