// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/releaseload.h"

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace flowdeck::views {

/// The selected task of a release: its kind, state, times and attempt, who owns it and what to do, its approvers
/// with their decisions, what it deploys, and its output (a deploy's log, a check's findings) in a monospace log
/// that grows as the task writes. Below, what a person can do with the task in its state: approve or reject with a
/// comment, mark it done, retry or skip it. The view only asks for these (the signals); the page acts.
class TaskDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit TaskDetailsView(QWidget *parent = nullptr);
    ~TaskDetailsView() override;

    void showPlaceholder(const QString &text);
    /// Shows `task` of `view`'s plan as it is now. Another task than the one on show starts an empty log.
    void showTask(const ReleaseTask &task, const ReleaseView &view, Timestamp now);
    /// Shows the decisions and appends the output of the task on show; output after another row than the last one
    /// shown (or of another task) is ignored.
    void showActivity(const TaskActivity &activity);

    /// The task on show, or 0.
    Id taskId() const { return m_task.id; }
    /// The last output row shown; the next read asks for what follows it.
    Id lastOutputId() const { return m_lastOutputId; }
    QString outputText() const;
    QPlainTextEdit *outputView() const { return m_output; }
    QLineEdit *commentEdit() const { return m_comment; }
    /// Between the facts and the output; the page remembers where it was left.
    QSplitter *splitter() const { return m_splitter; }
    /// A fact's value as shown ("kind", "state", "started", "finished", "duration", "attempt", "deploys", "owner",
    /// "instructions", "approvers", "conditions", "wait"), or empty when it is hidden.
    QString fact(const QString &name) const;

    QAction *approveAction() const { return m_approve; }
    QAction *rejectAction() const { return m_reject; }
    QAction *markDoneAction() const { return m_markDone; }
    QAction *retryAction() const { return m_retry; }
    QAction *skipAction() const { return m_skip; }
    /// Disables every action while one is on its way, and enables them by the task's state again after.
    void setBusy(bool busy);

Q_SIGNALS:
    void approveRequested(Id taskId, const QString &comment);
    void rejectRequested(Id taskId, const QString &comment);
    void markDoneRequested(Id taskId);
    void retryRequested(Id taskId);
    void skipRequested(Id taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Fact
    {
        QString name;
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };

    QWidget *createTaskView();
    void addFact(const QString &name);
    void setFact(const QString &name, const QString &value, const QString &toolTip = {});
    void updateActions();
    void retranslate();
    QString approversText(const QList<ReleaseApproval> &approvals) const;

    ReleaseTask m_task;
    QString m_releaseStatus;
    bool m_isTemplate = false;
    QStringList m_approvers;
    Id m_lastOutputId = 0;
    int m_lastAttempt = 0;
    bool m_busy = false;

    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QGridLayout *m_form = nullptr;
    QList<Fact> m_facts;
    QWidget *m_decisionRow = nullptr;
    QLineEdit *m_comment = nullptr;
    QLabel *m_outputTitle = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QAction *m_approve = nullptr;
    QAction *m_reject = nullptr;
    QAction *m_markDone = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_skip = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace flowdeck::views
