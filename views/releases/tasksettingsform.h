// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/plandraft.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace flowdeck::views {

/// The settings of the task selected in the plan editor: the tasks it runs after, and what its kind needs —
/// approvers of an approval gate, the conditions of a check gate, until when or how long a wait task waits, the
/// owner and instructions of a manual task, extra arguments of a deploy.
///
/// Nothing is changed in place: each committed edit (a tick, a choice, Enter in or leaving a field) is emitted
/// once as the task after it, with a name for the undo stack, and the form shows what the editor hands back.
class TaskSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit TaskSettingsForm(QWidget *parent = nullptr);
    ~TaskSettingsForm() override;

    /// Shows the task with `key` of `draft` (the empty state when it has none). Emits nothing.
    void setTask(const PlanDraft &draft, Id key);
    Id key() const { return m_key; }
    void setReadOnly(bool readOnly);
    /// Emits the edit of a field typed in but not yet committed (OK pressed while typing).
    void commitPending();

Q_SIGNALS:
    void taskEdited(qint64 key, const flowdeck::ReleaseTask &after, const QString &actionName);
    void predecessorsEdited(qint64 key, const QList<qint64> &predecessors, const QString &actionName);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildDeployPage();
    QWidget *buildManualPage();
    QWidget *buildApprovalPage();
    QWidget *buildCheckPage();
    QWidget *buildWaitPage();
    void showTask();
    void emitEdit(const ReleaseTask &after, const QString &actionName);
    void commitPredecessors();
    void commitOwner();
    void commitInstructions();
    void commitApprovers();
    void commitArguments();
    void commitConditions();
    void commitWaitChoice();
    void commitWaitUntil();
    void commitWaitMinutes();
    /// The task's settings as its config says; a config that cannot be read counts as none.
    release::TaskSettings settings() const;
    ReleaseTask withSettings(const release::TaskSettings &settings) const;
    QString quotedName() const;

    PlanDraft m_draft;
    Id m_key = 0;
    ReleaseTask m_task;
    bool m_readOnly = false;
    /// Set while the fields are filled from a task, so that nothing filled in counts as an edit.
    bool m_showing = false;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QListWidget *m_after = nullptr;
    QStackedWidget *m_kindPages = nullptr;
    QWidget *m_deployPage = nullptr;
    QWidget *m_manualPage = nullptr;
    QWidget *m_approvalPage = nullptr;
    QWidget *m_checkPage = nullptr;
    QWidget *m_waitPage = nullptr;
    QPlainTextEdit *m_arguments = nullptr;
    QLineEdit *m_owner = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLineEdit *m_approvers = nullptr;
    QCheckBox *m_pipelineGreen = nullptr;
    QCheckBox *m_noOpenIncident = nullptr;
    QCheckBox *m_insideWindow = nullptr;
    QRadioButton *m_waitUntilChoice = nullptr;
    QRadioButton *m_waitMinutesChoice = nullptr;
    QDateTimeEdit *m_waitUntil = nullptr;
    QSpinBox *m_waitMinutes = nullptr;
};

} // namespace flowdeck::views
