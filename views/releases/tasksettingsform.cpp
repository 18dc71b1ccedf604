// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/tasksettingsform.h"

#include "common/pagestyle.h"
#include "releases/optionaltimeedit.h"
#include "releases/plantaskmodel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
namespace kind = release::kind;

namespace {

/// The longest wait the form offers: four weeks, in minutes.
constexpr int longestWaitMinutes = 4 * 7 * 24 * 60;

QStringList nonEmptyLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QStringList commaSeparated(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(u',')) {
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    }
    return names;
}

std::optional<QString> optionalText(const QString &text)
{
    return text.trimmed().isEmpty() ? std::optional<QString>() : std::optional<QString>(text.trimmed());
}

/// Fills a field only when it shows something else, so that the cursor of a field being typed in stays.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QLabel *hint(const QString &text, QWidget *parent)
{
    QLabel *label = pagestyle::quietLabel(parent);
    label->setText(text);
    return label;
}

} // namespace

TaskSettingsForm::TaskSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = pagestyle::quietLabel(m_stack);
    m_empty->setObjectName(u"taskSettingsEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("Select a task to see its settings. A plan without tasks does nothing: add one with "
                        "“Add Task”."));
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QGridLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(3 * unit);
    layout->setVerticalSpacing(unit);
    m_title = pagestyle::sectionTitle(page);
    m_title->setObjectName(u"taskSettingsTitle"_s);
    layout->addWidget(m_title, 0, 0, 1, 2);

    auto *afterLabel = new QLabel(tr("Runs &after:"), page);
    m_after = new QListWidget(page);
    m_after->setObjectName(u"predecessorList"_s);
    m_after->setAccessibleName(tr("Runs after"));
    m_after->setToolTip(tr("Tick the tasks that must finish before this one starts; without any, it starts when "
                           "the release starts, alongside the others that wait for nothing"));
    m_after->setSelectionMode(QAbstractItemView::SingleSelection);
    afterLabel->setBuddy(m_after);
    auto *afterColumn = new QVBoxLayout;
    afterColumn->setSpacing(unit / 2);
    afterColumn->addWidget(afterLabel);
    afterColumn->addWidget(m_after, 1);
    layout->addLayout(afterColumn, 1, 0);

    m_kindPages = new QStackedWidget(page);
    m_deployPage = buildDeployPage();
    m_manualPage = buildManualPage();
    m_approvalPage = buildApprovalPage();
    m_checkPage = buildCheckPage();
    m_waitPage = buildWaitPage();
    for (QWidget *kindPage : {m_deployPage, m_manualPage, m_approvalPage, m_checkPage, m_waitPage})
        m_kindPages->addWidget(kindPage);
    layout->addWidget(m_kindPages, 1, 1);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 3);
    layout->setRowStretch(1, 1);
    m_stack->addWidget(page);

    connect(m_after, &QListWidget::itemChanged, this, [this] {
        if (!m_showing)
            commitPredecessors();
    });
}

TaskSettingsForm::~TaskSettingsForm() = default;

QWidget *TaskSettingsForm::buildDeployPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);
    auto *label = new QLabel(tr("E&xtra arguments, one per line:"), page);
    m_arguments = new QPlainTextEdit(page);
    m_arguments->setObjectName(u"argumentsEdit"_s);
    m_arguments->setAccessibleName(tr("Extra arguments"));
    m_arguments->setToolTip(tr("Given to a process backend’s program after its own arguments, one argument per "
                               "line, never through a shell"));
    m_arguments->setTabChangesFocus(true);
    m_arguments->installEventFilter(this);
    label->setBuddy(m_arguments);
    layout->addWidget(label);
    layout->addWidget(m_arguments, 1);
    layout->addWidget(hint(tr("The deploy runs through the backend chosen in the table, with the version given there "
                              "or, without one, the version the release carries for the service."),
                           page));
    return page;
}

QWidget *TaskSettingsForm::buildManualPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(unit);
    m_owner = new QLineEdit(page);
    m_owner->setObjectName(u"ownerEdit"_s);
    m_owner->setAccessibleName(tr("Owner"));
    m_owner->setPlaceholderText(tr("Who does it, e.g. dana"));
    m_owner->setToolTip(tr("The person who does the task and marks it done"));
    m_instructions = new QPlainTextEdit(page);
    m_instructions->setObjectName(u"instructionsEdit"_s);
    m_instructions->setAccessibleName(tr("Instructions"));
    m_instructions->setPlaceholderText(tr("What to do, and how to tell it is done"));
    m_instructions->setToolTip(tr("Shown to the owner when the task is due"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->installEventFilter(this);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(hint(tr("The release waits until someone marks the task done."), page));
    connect(m_owner, &QLineEdit::editingFinished, this, &TaskSettingsForm::commitOwner);
    return page;
}

QWidget *TaskSettingsForm::buildApprovalPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(unit);
    m_approvers = new QLineEdit(page);
    m_approvers->setObjectName(u"approversEdit"_s);
    m_approvers->setAccessibleName(tr("Approvers"));
    m_approvers->setPlaceholderText(tr("Names, separated by commas: dana, lee"));
    m_approvers->setToolTip(tr("Everyone named here must approve; one rejection rejects the gate"));
    form->addRow(tr("A&pprovers:"), m_approvers);
    form->addRow(hint(tr("Every approver named must approve before the tasks after the gate start; one rejection "
                         "fails it."),
                      page));
    connect(m_approvers, &QLineEdit::editingFinished, this, &TaskSettingsForm::commitApprovers);
    return page;
}

QWidget *TaskSettingsForm::buildCheckPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    layout->addWidget(new QLabel(tr("The gate passes when all that is ticked holds:"), page));
    m_pipelineGreen = new QCheckBox(tr("The &pipelines of the carried versions are green"), page);
    m_pipelineGreen->setObjectName(u"pipelineGreenCheck"_s);
    m_pipelineGreen->setToolTip(tr("Every pipeline run of each carried service’s version succeeded, and at least "
                                   "one ran"));
    m_noOpenIncident = new QCheckBox(tr("No &open incident"), page);
    m_noOpenIncident->setObjectName(u"noOpenIncidentCheck"_s);
    m_noOpenIncident->setToolTip(tr("No incident of the task’s service (without one, of any carried service) is "
                                    "still open"));
    m_insideWindow = new QCheckBox(tr("Inside a deployment &window"), page);
    m_insideWindow->setObjectName(u"insideWindowCheck"_s);
    m_insideWindow->setToolTip(tr("Now is inside a deployment window of the task’s environment and outside every "
                                  "blackout"));
    for (QCheckBox *check : {m_pipelineGreen, m_noOpenIncident, m_insideWindow}) {
        layout->addWidget(check);
        connect(check, &QCheckBox::clicked, this, &TaskSettingsForm::commitConditions);
    }
    layout->addStretch(1);
    return page;
}

QWidget *TaskSettingsForm::buildWaitPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QGridLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    m_waitMinutesChoice = new QRadioButton(tr("&For"), page);
    m_waitMinutesChoice->setObjectName(u"waitMinutesChoice"_s);
    m_waitMinutesChoice->setToolTip(tr("Wait a number of minutes from when the task becomes ready"));
    m_waitMinutes = new QSpinBox(page);
    m_waitMinutes->setObjectName(u"waitMinutesEdit"_s);
    m_waitMinutes->setAccessibleName(tr("Minutes to wait"));
    m_waitMinutes->setRange(0, longestWaitMinutes);
    m_waitMinutes->setSuffix(tr(" min"));
    m_waitMinutes->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_waitMinutes->setToolTip(tr("How many minutes to wait once the tasks before it are done"));
    m_waitUntilChoice = new QRadioButton(tr("&Until"), page);
    m_waitUntilChoice->setObjectName(u"waitUntilChoice"_s);
    m_waitUntilChoice->setToolTip(tr("Wait until a date and time"));
    m_waitUntil = new QDateTimeEdit(page);
    m_waitUntil->setObjectName(u"waitUntilEdit"_s);
    m_waitUntil->setAccessibleName(tr("Wait until"));
    m_waitUntil->setCalendarPopup(true);
    m_waitUntil->setDisplayFormat(OptionalTimeEdit::displayFormat());
    m_waitUntil->setDateTime(QDateTime::fromMSecsSinceEpoch(OptionalTimeEdit::nextFullHour()));
    m_waitUntil->setToolTip(tr("The task finishes at this time (your local time), or at once when it is past"));
    layout->addWidget(m_waitMinutesChoice, 0, 0);
    layout->addWidget(m_waitMinutes, 0, 1);
    layout->addWidget(m_waitUntilChoice, 1, 0);
    layout->addWidget(m_waitUntil, 1, 1);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(2, 1);
    connect(m_waitMinutesChoice, &QRadioButton::clicked, this, &TaskSettingsForm::commitWaitChoice);
    connect(m_waitUntilChoice, &QRadioButton::clicked, this, &TaskSettingsForm::commitWaitChoice);
    connect(m_waitMinutes, &QSpinBox::editingFinished, this, &TaskSettingsForm::commitWaitMinutes);
    connect(m_waitUntil, &QDateTimeEdit::editingFinished, this, &TaskSettingsForm::commitWaitUntil);
    return page;
}

void TaskSettingsForm::setTask(const PlanDraft &draft, Id key)
{
    m_draft = draft;
    const ReleaseTask *task = draft.task(key);
    m_key = task ? key : 0;
    m_task = task ? *task : ReleaseTask();
    showTask();
}

void TaskSettingsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showTask();
}

QString TaskSettingsForm::quotedName() const
{
    return tr("“%1”").arg(m_task.name);
}

release::TaskSettings TaskSettingsForm::settings() const
{
    auto read = release::readTaskSettings(m_task);
    return read ? *read : release::TaskSettings();
}

ReleaseTask TaskSettingsForm::withSettings(const release::TaskSettings &settings) const
{
    ReleaseTask after = m_task;
    after.config = release::taskConfig(m_task.kind, settings);
    return after;
}

void TaskSettingsForm::showTask()
{
    m_showing = true;
    if (m_key == 0) {
        m_stack->setCurrentWidget(m_empty);
        m_showing = false;
        return;
    }
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("%1 — %2").arg(quotedName(), PlanTaskModel::kindLabel(m_task.kind)));

    // The other tasks, in plan order, ticked when this one runs after them.
    const QList<Id> predecessors = m_draft.predecessors(m_key);
    QList<Id> shownKeys;
    for (int i = 0; i < m_after->count(); ++i)
        shownKeys.append(m_after->item(i)->data(Qt::UserRole).toLongLong());
    QList<Id> otherKeys;
    for (const ReleaseTask &task : m_draft.plan.tasks) {
        if (task.id != m_key)
            otherKeys.append(task.id);
    }
    if (shownKeys != otherKeys) {
        m_after->clear();
        for (Id other : otherKeys) {
            auto *item = new QListWidgetItem(m_after);
            item->setData(Qt::UserRole, other);
        }
    }
    for (int i = 0; i < m_after->count(); ++i) {
        QListWidgetItem *item = m_after->item(i);
        const Id other = item->data(Qt::UserRole).toLongLong();
        const ReleaseTask *task = m_draft.task(other);
        item->setText(task->name);
        item->setFlags(m_readOnly ? Qt::ItemIsEnabled
                                  : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(predecessors.contains(other) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(predecessors.contains(other)
                             ? tr("%1 starts after %2 finishes").arg(quotedName(), task->name)
                             : tr("Tick to make %1 wait for %2").arg(quotedName(), task->name));
    }

    const release::TaskSettings shown = settings();
    if (m_task.kind == kind::deploy) {
        m_kindPages->setCurrentWidget(m_deployPage);
        showText(m_arguments, shown.arguments.join(u'\n'));
    } else if (m_task.kind == kind::manual) {
        m_kindPages->setCurrentWidget(m_manualPage);
        showText(m_owner, m_task.owner.value_or(QString()));
        showText(m_instructions, m_task.instructions.value_or(QString()));
    } else if (m_task.kind == kind::approval) {
        m_kindPages->setCurrentWidget(m_approvalPage);
        if (commaSeparated(m_approvers->text()) != shown.approvers)
            m_approvers->setText(shown.approvers.join(u", "_s));
    } else if (m_task.kind == kind::check) {
        m_kindPages->setCurrentWidget(m_checkPage);
        m_pipelineGreen->setChecked(shown.conditions.pipelineGreen);
        m_noOpenIncident->setChecked(shown.conditions.noOpenIncident);
        m_insideWindow->setChecked(shown.conditions.insideWindow);
    } else if (m_task.kind == kind::wait) {
        m_kindPages->setCurrentWidget(m_waitPage);
        m_waitUntilChoice->setChecked(shown.waitUntil.has_value());
        m_waitMinutesChoice->setChecked(!shown.waitUntil.has_value());
        if (shown.waitMinutes)
            m_waitMinutes->setValue(*shown.waitMinutes);
        if (shown.waitUntil && m_waitUntil->dateTime().toMSecsSinceEpoch() != *shown.waitUntil)
            m_waitUntil->setDateTime(QDateTime::fromMSecsSinceEpoch(*shown.waitUntil));
        m_waitUntil->setEnabled(!m_readOnly && shown.waitUntil.has_value());
        m_waitMinutes->setEnabled(!m_readOnly && !shown.waitUntil.has_value());
    }
    for (QLineEdit *edit : {m_owner, m_approvers})
        edit->setReadOnly(m_readOnly);
    for (QPlainTextEdit *edit : {m_arguments, m_instructions})
        edit->setReadOnly(m_readOnly);
    for (QWidget *choice : std::initializer_list<QWidget *>{m_pipelineGreen, m_noOpenIncident, m_insideWindow,
                                                            m_waitUntilChoice, m_waitMinutesChoice})
        choice->setEnabled(!m_readOnly);
    m_showing = false;
}

void TaskSettingsForm::commitPending()
{
    if (m_key == 0 || m_readOnly)
        return;
    if (m_task.kind == kind::deploy) {
        commitArguments();
    } else if (m_task.kind == kind::manual) {
        commitOwner();
        commitInstructions();
    } else if (m_task.kind == kind::approval) {
        commitApprovers();
    } else if (m_task.kind == kind::wait) {
        commitWaitMinutes();
        commitWaitUntil();
    }
}

void TaskSettingsForm::emitEdit(const ReleaseTask &after, const QString &actionName)
{
    if (m_showing || m_readOnly || m_key == 0 || after == m_task)
        return;
    const Id key = m_key;
    m_task = after;
    Q_EMIT taskEdited(key, after, actionName);
}

void TaskSettingsForm::commitPredecessors()
{
    if (m_readOnly || m_key == 0)
        return;
    QList<qint64> keys;
    for (int i = 0; i < m_after->count(); ++i) {
        if (m_after->item(i)->checkState() == Qt::Checked)
            keys.append(m_after->item(i)->data(Qt::UserRole).toLongLong());
    }
    if (keys == m_draft.predecessors(m_key))
        return;
    Q_EMIT predecessorsEdited(m_key, keys, tr("Change what %1 runs after").arg(quotedName()));
}

void TaskSettingsForm::commitOwner()
{
    ReleaseTask after = m_task;
    after.owner = optionalText(m_owner->text());
    emitEdit(after, tr("Change the owner of %1").arg(quotedName()));
}

void TaskSettingsForm::commitInstructions()
{
    ReleaseTask after = m_task;
    after.instructions = optionalText(m_instructions->toPlainText());
    emitEdit(after, tr("Change the instructions of %1").arg(quotedName()));
}

void TaskSettingsForm::commitApprovers()
{
    release::TaskSettings changed = settings();
    changed.approvers = commaSeparated(m_approvers->text());
    emitEdit(withSettings(changed), tr("Change the approvers of %1").arg(quotedName()));
}

void TaskSettingsForm::commitArguments()
{
    release::TaskSettings changed = settings();
    changed.arguments = nonEmptyLines(m_arguments->toPlainText());
    emitEdit(withSettings(changed), tr("Change the arguments of %1").arg(quotedName()));
}

void TaskSettingsForm::commitConditions()
{
    release::TaskSettings changed = settings();
    changed.conditions.pipelineGreen = m_pipelineGreen->isChecked();
    changed.conditions.noOpenIncident = m_noOpenIncident->isChecked();
    changed.conditions.insideWindow = m_insideWindow->isChecked();
    emitEdit(withSettings(changed), tr("Change the conditions of %1").arg(quotedName()));
}

void TaskSettingsForm::commitWaitChoice()
{
    release::TaskSettings changed = settings();
    if (m_waitUntilChoice->isChecked()) {
        changed.waitUntil = m_waitUntil->dateTime().toMSecsSinceEpoch();
        changed.waitMinutes.reset();
    } else {
        changed.waitMinutes = m_waitMinutes->value();
        changed.waitUntil.reset();
    }
    emitEdit(withSettings(changed), tr("Change how long %1 waits").arg(quotedName()));
}

void TaskSettingsForm::commitWaitMinutes()
{
    release::TaskSettings changed = settings();
    if (changed.waitUntil)
        return;
    m_waitMinutes->interpretText();
    changed.waitMinutes = m_waitMinutes->value();
    emitEdit(withSettings(changed), tr("Change how long %1 waits").arg(quotedName()));
}

void TaskSettingsForm::commitWaitUntil()
{
    release::TaskSettings changed = settings();
    if (!changed.waitUntil)
        return;
    const Timestamp shown = m_waitUntil->dateTime().toMSecsSinceEpoch();
    // The field shows minutes: leaving it unchanged keeps the seconds of a stored time.
    if (shown / 60'000 == *changed.waitUntil / 60'000)
        return;
    changed.waitUntil = shown;
    emitEdit(withSettings(changed), tr("Change until when %1 waits").arg(quotedName()));
}

bool TaskSettingsForm::eventFilter(QObject *watched, QEvent *event)
{
    // Text boxes have no editingFinished: leaving one commits it.
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_arguments)
            commitArguments();
        else if (watched == m_instructions)
            commitInstructions();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace flowdeck::views
