// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QFormLayout;
class QListWidget;
class QPushButton;

namespace flowdeck::views {

class MessageBar;

/// The frame of a dialog that edits a list of entries one at a time: a message bar, the list with Add (Ctrl+N) and
/// Remove below it, a form for the selected entry with Apply (Ctrl+S) at its foot, and Close. Subclasses fill the
/// form and connect the buttons.
class EntryListDialog : public QDialog
{
    Q_OBJECT

public:
    /// `name` prefixes the object names: "<name>List", "add<Name>", "remove<Name>", "apply<Name>".
    EntryListDialog(const QString &name, QWidget *parent = nullptr);

protected:
    /// Adds Apply below the fields added so far; call once the form is complete.
    void finishForm();

    MessageBar *messages() const { return m_messages; }
    QListWidget *list() const { return m_list; }
    QFormLayout *form() const { return m_form; }
    QWidget *formWidget() const { return m_formWidget; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *applyButton() const { return m_apply; }

private:
    MessageBar *m_messages = nullptr;
    QListWidget *m_list = nullptr;
    QFormLayout *m_form = nullptr;
    QWidget *m_formWidget = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace flowdeck::views
