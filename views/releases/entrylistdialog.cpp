// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/entrylistdialog.h"

#include "common/messagebar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

EntryListDialog::EntryListDialog(const QString &name, QWidget *parent)
    : QDialog(parent)
{
    const QString capitalised = name.left(1).toUpper() + name.mid(1);
    auto *layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(name + u"List"_s);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add"), left);
    m_add->setObjectName(u"add"_s + capitalised);
    m_add->setShortcut(QKeySequence::New);
    m_remove = new QPushButton(tr("&Remove"), left);
    m_remove->setObjectName(u"remove"_s + capitalised);
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    m_formWidget = new QWidget(splitter);
    m_form = new QFormLayout(m_formWidget);
    m_apply = new QPushButton(tr("A&pply"), m_formWidget);
    m_apply->setObjectName(u"apply"_s + capitalised);
    m_apply->setShortcut(QKeySequence::Save);
    splitter->addWidget(left);
    splitter->addWidget(m_formWidget);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void EntryListDialog::finishForm()
{
    auto *applyRow = new QHBoxLayout;
    applyRow->addStretch();
    applyRow->addWidget(m_apply);
    m_form->addRow(applyRow);
}

} // namespace flowdeck::views
