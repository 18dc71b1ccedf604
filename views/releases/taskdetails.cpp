// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/taskdetails.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "release/audit.h"
#include "release/releaseplan.h"
#include "releases/releasestyle.h"
#include "releases/taskgraphview.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
namespace kind = release::kind;
namespace state = release::state;
namespace status = release::status;

namespace {

const QStringList factNames{u"kind"_s,    u"state"_s, u"started"_s,      u"finished"_s,  u"duration"_s,   u"attempt"_s,
                            u"deploys"_s, u"owner"_s, u"instructions"_s, u"approvers"_s, u"conditions"_s, u"wait"_s};

QAction *makeAction(QObject *parent, const QString &name, const QKeySequence &shortcut)
{
    auto *action = new QAction(parent);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

QString withShortcut(const QString &text, const QAction *action)
{
    //: A tooltip with the action's shortcut: "Approve this gate (Ctrl+Shift+A)".
    return TaskDetailsView::tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

TaskDetailsView::TaskDetailsView(QWidget *parent)
    : QWidget(parent)
{
    m_approve = makeAction(this, u"approveTask"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_reject = makeAction(this, u"rejectTask"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_markDone = makeAction(this, u"markTaskDone"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_retry = makeAction(this, u"retryTask"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_skip = makeAction(this, u"skipTask"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    addActions({m_approve, m_reject, m_markDone, m_retry, m_skip});
    connect(m_approve, &QAction::triggered, this, [this] { Q_EMIT approveRequested(m_task.id, m_comment->text()); });
    connect(m_reject, &QAction::triggered, this, [this] { Q_EMIT rejectRequested(m_task.id, m_comment->text()); });
    connect(m_markDone, &QAction::triggered, this, [this] { Q_EMIT markDoneRequested(m_task.id); });
    connect(m_retry, &QAction::triggered, this, [this] { Q_EMIT retryRequested(m_task.id); });
    connect(m_skip, &QAction::triggered, this, [this] { Q_EMIT skipRequested(m_task.id); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_placeholder = pagestyle::quietLabel(m_stack);
    m_placeholder->setObjectName(u"taskPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setMargin(2 * unit);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(createTaskView());
    m_stack->setCurrentWidget(m_placeholder);

    retranslate();
    updateActions();
}

TaskDetailsView::~TaskDetailsView() = default;

QWidget *TaskDetailsView::createTaskView()
{
    // The facts and actions on the left, scrolling when the pane is low; the output beside them, as tall as the pane.
    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(u"taskDetailsSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    auto *scroll = new QScrollArea(m_splitter);
    scroll->setObjectName(u"taskFactsScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *facts = new QWidget(scroll);
    facts->setObjectName(u"taskFacts"_s);
    auto *layout = new QVBoxLayout(facts);
    layout->setContentsMargins(0, 0, unit, 0);
    layout->setSpacing(unit / 2);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(unit);
    m_title = pagestyle::sectionTitle(facts);
    m_title->setObjectName(u"taskTitle"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(facts);
    m_state->setObjectName(u"taskState"_s);
    heading->addWidget(m_title, 1);
    heading->addWidget(m_state);
    layout->addLayout(heading);

    // A grid rather than a form layout: Qt 6.4's QFormLayout writes out of bounds measuring hidden rows of
    // word-wrapped labels.
    m_form = new QGridLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(2 * unit);
    m_form->setVerticalSpacing(unit / 4);
    m_form->setColumnStretch(1, 1);
    layout->addLayout(m_form);
    for (const QString &name : factNames)
        addFact(name);

    m_decisionRow = new QWidget(facts);
    auto *decision = new QHBoxLayout(m_decisionRow);
    decision->setContentsMargins(0, unit / 2, 0, 0);
    decision->setSpacing(unit);
    m_comment = new QLineEdit(m_decisionRow);
    m_comment->setObjectName(u"decisionComment"_s);
    m_comment->setClearButtonEnabled(true);
    decision->addWidget(m_comment, 1);
    layout->addWidget(m_decisionRow);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(unit);
    for (QAction *action : {m_approve, m_reject, m_markDone, m_retry, m_skip}) {
        auto *button = new QToolButton(facts);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_buttons.append(button);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    scroll->setWidget(facts);

    auto *log = new QWidget(m_splitter);
    log->setObjectName(u"taskLog"_s);
    auto *logLayout = new QVBoxLayout(log);
    logLayout->setContentsMargins(unit, 0, 0, 0);
    logLayout->setSpacing(unit / 2);
    m_outputTitle = new QLabel(log);
    m_outputTitle->setObjectName(u"taskOutputTitle"_s);
    m_outputTitle->setFont(pagestyle::scaledFont(font(), 1.0, QFont::DemiBold));
    logLayout->addWidget(m_outputTitle);
    m_output = new QPlainTextEdit(log);
    m_output->setObjectName(u"taskOutput"_s);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMinimumHeight(4 * unit);
    logLayout->addWidget(m_output, 1);

    m_splitter->addWidget(scroll);
    m_splitter->addWidget(log);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({480, 720});
    return m_splitter;
}

void TaskDetailsView::addFact(const QString &name)
{
    Fact fact;
    fact.name = name;
    fact.label = new QLabel(m_form->parentWidget());
    fact.label->setForegroundRole(QPalette::PlaceholderText);
    fact.value = new QLabel(m_form->parentWidget());
    fact.value->setObjectName(u"fact_"_s + name);
    fact.value->setWordWrap(true);
    fact.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int row = int(m_facts.size());
    m_form->addWidget(fact.label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_form->addWidget(fact.value, row, 1);
    m_facts.append(fact);
}

void TaskDetailsView::setFact(const QString &name, const QString &value, const QString &toolTip)
{
    for (qsizetype i = 0; i < m_facts.size(); ++i) {
        if (m_facts[i].name != name)
            continue;
        m_facts[i].value->setText(value);
        m_facts[i].value->setToolTip(toolTip);
        m_facts[i].label->setVisible(!value.isEmpty());
        m_facts[i].value->setVisible(!value.isEmpty());
        return;
    }
}

QString TaskDetailsView::fact(const QString &name) const
{
    for (const Fact &fact : m_facts) {
        if (fact.name == name)
            return fact.value->text();
    }
    return {};
}

void TaskDetailsView::showPlaceholder(const QString &text)
{
    m_task = ReleaseTask{};
    m_lastOutputId = 0;
    m_lastAttempt = 0;
    m_output->clear();
    m_comment->clear();
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
    updateActions();
}

void TaskDetailsView::showTask(const ReleaseTask &task, const ReleaseView &view, Timestamp now)
{
    if (task.id != m_task.id) {
        m_lastOutputId = 0;
        m_lastAttempt = 0;
        m_output->clear();
        m_comment->clear();
        setFact(u"approvers"_s, QString());
    }
    m_task = task;
    m_releaseStatus = view.plan.release.status;
    m_isTemplate = view.plan.release.isTemplate;
    m_stack->setCurrentIndex(1);

    m_title->setText(task.isRollback ? tr("%1 (rollback)").arg(task.name) : task.name);
    const StatusStyle style = ReleaseStyle::taskState(task.state);
    m_state->setText(style.text());
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, style.colorOn(palette()));
    m_state->setPalette(statePalette);

    setFact(u"kind"_s, ReleaseStyle::kindLabel(task.kind));
    setFact(u"state"_s, style.label);
    setFact(u"started"_s, task.startedAt ? format::dateTime(*task.startedAt) : QString(),
            task.startedAt ? format::exactDateTime(*task.startedAt) : QString());
    setFact(u"finished"_s, task.finishedAt ? format::dateTime(*task.finishedAt) : QString(),
            task.finishedAt ? format::exactDateTime(*task.finishedAt) : QString());
    if (task.startedAt) {
        const bool running = !task.finishedAt;
        const qint64 took = std::max<qint64>(0, (running ? now : *task.finishedAt) - *task.startedAt);
        setFact(u"duration"_s, running ? tr("%1 so far").arg(format::duration(took)) : format::duration(took),
                format::exactDuration(took));
    } else {
        setFact(u"duration"_s, QString());
    }
    QString attempt;
    if (task.attempt > 0 && task.maxRetries > 0)
        attempt = tr("%1 of %2").arg(task.attempt).arg(task.maxRetries + 1);
    else if (task.attempt > 0)
        attempt = QString::number(task.attempt);
    else if (task.maxRetries > 0)
        attempt = tr("not started; up to %n retries", nullptr, task.maxRetries);
    setFact(u"attempt"_s, attempt);

    QString deploys;
    if (task.kind == kind::deploy) {
        deploys = TaskGraphView::subjectOf(task, view);
        if (task.backendId)
            //: What a deploy task deploys and through which backend: "storefront 2.4.0 → production via deploy-script".
            deploys = tr("%1 via %2").arg(deploys, view.backends.value(*task.backendId, tr("an unknown backend")));
    }
    setFact(u"deploys"_s, deploys);
    setFact(u"owner"_s, task.owner.value_or(QString()));
    setFact(u"instructions"_s, task.instructions.value_or(QString()));

    auto settings = release::readTaskSettings(task);
    m_approvers = settings && task.kind == kind::approval ? settings->approvers : QStringList();
    if (task.kind == kind::approval && fact(u"approvers"_s).isEmpty())
        setFact(u"approvers"_s, approversText({}));
    else if (task.kind != kind::approval)
        setFact(u"approvers"_s, QString());
    setFact(u"conditions"_s, task.kind == kind::check ? TaskGraphView::subjectOf(task, view) : QString());
    setFact(u"wait"_s, task.kind == kind::wait ? TaskGraphView::subjectOf(task, view) : QString());
    if (!settings)
        setFact(u"conditions"_s, settings.errorMessage());

    m_outputTitle->setText(task.kind == kind::check ? tr("Findings") : tr("Output"));
    m_decisionRow->setVisible(task.kind == kind::approval);
    updateActions();
}

QString TaskDetailsView::approversText(const QList<ReleaseApproval> &approvals) const
{
    QStringList lines;
    QStringList named = m_approvers;
    for (const ReleaseApproval &approval : approvals) {
        if (!named.contains(approval.approver))
            named.append(approval.approver);
    }
    for (const QString &approver : std::as_const(named)) {
        const ReleaseApproval *decision = nullptr;
        for (const ReleaseApproval &approval : approvals) {
            if (approval.approver == approver)
                decision = &approval;
        }
        if (!decision) {
            //: An approver who has not decided yet: "lee: ◷ not decided yet".
            lines.append(tr("%1: ◷ not decided yet").arg(approver));
            continue;
        }
        const bool approved = decision->decision == u"approve"_s;
        QString line = approved ? tr("%1: ✓ approved %2").arg(approver, format::dateTime(decision->at))
                                : tr("%1: ✕ rejected %2").arg(approver, format::dateTime(decision->at));
        if (!decision->comment.isEmpty())
            //: A decision with its comment: "dana: ✓ approved 12/03/2026 10:02 — “looks good”".
            line = tr("%1 — “%2”").arg(line, decision->comment);
        lines.append(line);
    }
    return lines.join(u'\n');
}

void TaskDetailsView::showActivity(const TaskActivity &activity)
{
    if (activity.taskId != m_task.id || m_task.id == 0)
        return;
    if (m_task.kind == kind::approval)
        setFact(u"approvers"_s, approversText(activity.approvals));
    if (activity.outputAfter != m_lastOutputId || activity.output.isEmpty())
        return;
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    QString text;
    for (const ReleaseTaskOutput &piece : activity.output) {
        if (piece.attempt != m_lastAttempt && (m_lastAttempt != 0 || piece.attempt > 1)) {
            if (!text.isEmpty() && !text.endsWith(u'\n'))
                text += u'\n';
            //: A line in a task's log where the output of another attempt begins.
            text += tr("── attempt %1 ──").arg(piece.attempt) + u'\n';
        }
        m_lastAttempt = piece.attempt;
        text += piece.text;
        m_lastOutputId = piece.id;
    }
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

QString TaskDetailsView::outputText() const
{
    return m_output->toPlainText();
}

void TaskDetailsView::setBusy(bool busy)
{
    m_busy = busy;
    updateActions();
}

void TaskDetailsView::updateActions()
{
    const bool shown = m_task.id != 0 && !m_isTemplate && !m_busy;
    const bool ended = m_releaseStatus == status::aborted || m_releaseStatus == status::rolledBack ||
                       m_releaseStatus == status::succeeded;
    const bool running = m_task.state == state::running;
    m_approve->setEnabled(shown && !ended && running && m_task.kind == kind::approval);
    m_reject->setEnabled(shown && !ended && running && m_task.kind == kind::approval);
    m_markDone->setEnabled(shown && !ended && running && m_task.kind == kind::manual);
    m_retry->setEnabled(shown && !ended && m_task.state == state::failed);
    m_skip->setEnabled(
        shown && !ended &&
        (m_task.state == state::failed || m_task.state == state::ready || m_task.state == state::planned));
    // Only what the task's kind allows is offered.
    for (QToolButton *button : std::as_const(m_buttons)) {
        const QAction *action = button->defaultAction();
        const bool offered = action == m_approve || action == m_reject ? m_task.kind == kind::approval
                             : action == m_markDone                    ? m_task.kind == kind::manual
                                                                       : true;
        button->setVisible(offered);
    }
}

void TaskDetailsView::retranslate()
{
    const QString actor = release::currentUser();
    m_approve->setText(tr("Approve"));
    m_approve->setToolTip(
        withShortcut(tr("Approve this gate as %1, with the comment if one is written").arg(actor), m_approve));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(withShortcut(
        tr("Reject this gate as %1; say why in the comment, which a rejection needs").arg(actor), m_reject));
    m_markDone->setText(tr("Mark done"));
    m_markDone->setToolTip(withShortcut(tr("Mark this manual task done as %1").arg(actor), m_markDone));
    m_retry->setText(tr("Retry"));
    m_retry->setToolTip(withShortcut(tr("Run this failed task again, as another attempt"), m_retry));
    m_skip->setText(tr("Skip"));
    m_skip->setToolTip(withShortcut(tr("Skip this task: the tasks after it may go on without it"), m_skip));
    m_comment->setPlaceholderText(tr("Comment for the decision (a rejection needs one)"));
    m_comment->setAccessibleName(tr("Decision comment"));
    m_output->setPlaceholderText(tr("Nothing written yet."));
    m_output->setAccessibleName(tr("Task output"));
    const QStringList labels{tr("Kind"),         tr("State"),     tr("Started"),    tr("Finished"),
                             tr("Duration"),     tr("Attempt"),   tr("Deploys"),    tr("Owner"),
                             tr("Instructions"), tr("Approvers"), tr("Conditions"), tr("Waits")};
    for (qsizetype i = 0; i < m_facts.size() && i < labels.size(); ++i)
        m_facts[i].label->setText(labels[i]);
    if (m_task.id != 0)
        m_outputTitle->setText(m_task.kind == kind::check ? tr("Findings") : tr("Output"));
}

void TaskDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
