// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace flowdeck::views {

class OptionalTimeEdit;

/// The plan editor's fields of the release itself: name, version, description, planned start and end, and what a
/// failed task does to the release. Like the task settings, nothing is changed in place: each committed edit
/// (Enter in or leaving a field, a tick, a choice) is emitted once as the release after it, with a name for the undo
/// stack.
class PlanFieldsForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanFieldsForm(QWidget *parent = nullptr);

    /// Shows `release`, keeping the cursor of a field that already shows its value. Emits nothing.
    void setRelease(const Release &release);
    void setReadOnly(bool readOnly);
    /// Emits the edit of a field typed in but not yet committed.
    void commitPending();
    QLineEdit *nameEdit() const { return m_name; }

Q_SIGNALS:
    void releaseEdited(const flowdeck::Release &after, const QString &actionName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitEdit(const Release &after, const QString &actionName);
    void commitName();
    void commitVersion();
    void commitDescription();

    Release m_release;
    bool m_readOnly = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_version = nullptr;
    QPlainTextEdit *m_description = nullptr;
    OptionalTimeEdit *m_start = nullptr;
    OptionalTimeEdit *m_end = nullptr;
    QComboBox *m_onFailure = nullptr;
};

} // namespace flowdeck::views
