// SPDX-License-Identifier: GPL-3.0-or-later
// The plan editor's tasks: the table with its buttons and the selected task's settings, and the edits of tasks.
#include "releases/planeditor_p.h"

#include "ci/choicedelegate.h"
#include "common/pagestyle.h"
#include "releases/countdelegate.h"
#include "releases/plantaskmodel.h"
#include "releases/tasksettingsform.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
namespace kind = release::kind;

namespace {

/// How many times a failed deploy may be tried again at most.
constexpr int mostRetries = 20;

std::optional<Id> optionalId(const QVariant &value)
{
    const Id id = value.toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

} // namespace

QWidget *PlanEditorDialog::Private::buildTasks()
{
    auto *box = new QWidget(q);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    QLabel *title = pagestyle::sectionTitle(box);
    title->setText(PlanEditorDialog::tr("Tasks"));
    header->addWidget(title);
    header->addStretch(1);
    addTask = new QPushButton(PlanEditorDialog::tr("&Add Task"), box);
    addTask->setObjectName(u"addTask"_s);
    addTask->setToolTip(PlanEditorDialog::tr("Adds a deploy task below the selected one, running after it (Insert)"));
    removeTask = new QPushButton(PlanEditorDialog::tr("&Remove"), box);
    removeTask->setObjectName(u"removeTask"_s);
    removeTask->setToolTip(
        PlanEditorDialog::tr("Removes the selected task; what ran after it now runs after what it ran after "
                             "(Delete)"));
    moveUp = new QPushButton(PlanEditorDialog::tr("Move &Up"), box);
    moveUp->setObjectName(u"moveTaskUp"_s);
    moveUp->setToolTip(
        PlanEditorDialog::tr("Moves the selected task up; among tasks that may start together, the higher one "
                             "starts first (Alt+Up)"));
    moveDown = new QPushButton(PlanEditorDialog::tr("Move Do&wn"), box);
    moveDown->setObjectName(u"moveTaskDown"_s);
    moveDown->setToolTip(PlanEditorDialog::tr("Moves the selected task down (Alt+Down)"));
    for (QPushButton *button : {addTask, removeTask, moveUp, moveDown}) {
        button->setAutoDefault(false);
        header->addWidget(button);
    }
    layout->addLayout(header);

    taskModel = new PlanTaskModel(q);
    taskView = new QTableView(box);
    taskView->setObjectName(u"taskTable"_s);
    taskView->setAccessibleName(PlanEditorDialog::tr("Tasks"));
    taskView->setModel(taskModel);
    taskView->setShowGrid(false);
    taskView->setAlternatingRowColors(true);
    taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    taskView->setSelectionMode(QAbstractItemView::SingleSelection);
    taskView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::SelectedClicked);
    taskView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    taskView->horizontalHeader()->setStretchLastSection(true);
    taskView->horizontalHeader()->setHighlightSections(false);
    auto *choice = new ChoiceDelegate(PlanTaskModel::ChoicesRole, PlanTaskModel::ChoiceValuesRole,
                                      PlanTaskModel::ChoiceValueRole, taskView);
    for (int column : {PlanTaskModel::KindColumn, PlanTaskModel::ServiceColumn, PlanTaskModel::EnvironmentColumn,
                       PlanTaskModel::BackendColumn})
        taskView->setItemDelegateForColumn(column, choice);
    taskView->setItemDelegateForColumn(PlanTaskModel::RetriesColumn, new CountDelegate(mostRetries, taskView));
    const std::pair<int, int> widths[] = {{PlanTaskModel::NameColumn, 20},    {PlanTaskModel::KindColumn, 14},
                                          {PlanTaskModel::ServiceColumn, 14}, {PlanTaskModel::EnvironmentColumn, 13},
                                          {PlanTaskModel::BackendColumn, 16}, {PlanTaskModel::VersionColumn, 10},
                                          {PlanTaskModel::RetriesColumn, 8},  {PlanTaskModel::RollbackColumn, 9}};
    for (const auto &[column, units] : widths)
        taskView->setColumnWidth(column, units * unit);

    settings = new TaskSettingsForm(box);
    settings->setObjectName(u"taskSettings"_s);
    auto *splitter = new QSplitter(Qt::Vertical, box);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(taskView);
    splitter->addWidget(settings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(addTask, &QPushButton::clicked, q, [this] { addNewTask(); });
    connect(removeTask, &QPushButton::clicked, q, [this] { removeSelected(); });
    connect(moveUp, &QPushButton::clicked, q, [this] { moveSelected(-1); });
    connect(moveDown, &QPushButton::clicked, q, [this] { moveSelected(1); });
    const std::pair<QKeySequence, std::function<void()>> keys[] = {
        {QKeySequence(Qt::Key_Insert),
         [this] {
             addNewTask();
         }},
        {QKeySequence::Delete,
         [this] {
             removeSelected();
         }},
        {QKeySequence(Qt::AltModifier | Qt::Key_Up),
         [this] {
             moveSelected(-1);
         }},
        {QKeySequence(Qt::AltModifier | Qt::Key_Down), [this] {
             moveSelected(1);
         }}};
    for (const auto &[sequence, action] : keys) {
        auto *shortcut = new QShortcut(sequence, taskView, nullptr, nullptr, Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, q, action);
    }
    connect(taskModel, &PlanTaskModel::changeRequested, q,
            [this](qint64 key, int column, const QVariant &value) { changeTask(key, column, value); });
    connect(taskView->selectionModel(), &QItemSelectionModel::currentRowChanged, q, [this](const QModelIndex &current) {
        if (showing)
            return;
        selected = current.isValid() ? taskModel->key(current.row()) : 0;
        settings->setTask(draft, selected);
        updateButtons();
    });
    connect(settings, &TaskSettingsForm::taskEdited, q,
            [this](qint64 key, const ReleaseTask &after, const QString &text) {
                edit(text, [&](PlanDraft &d) {
                    if (ReleaseTask *task = d.task(key))
                        *task = after;
                });
            });
    connect(settings, &TaskSettingsForm::predecessorsEdited, q,
            [this](qint64 key, const QList<qint64> &keys, const QString &text) {
                edit(text, [&](PlanDraft &d) { d.setPredecessors(key, keys); });
            });
    return box;
}

void PlanEditorDialog::Private::changeTask(Id key, int column, const QVariant &value)
{
    const ReleaseTask *task = draft.task(key);
    if (!task)
        return;
    const QString name = quoted(task->name);
    QString text;
    std::function<void(ReleaseTask &)> change;
    switch (column) {
    case PlanTaskModel::NameColumn:
        text = PlanEditorDialog::tr("Rename %1 to %2").arg(name, quoted(value.toString()));
        change = [&](ReleaseTask &t) {
            t.name = value.toString();
        };
        break;
    case PlanTaskModel::KindColumn:
        text = PlanEditorDialog::tr("Make %1 a task of kind %2").arg(name, PlanTaskModel::kindLabel(value.toString()));
        change = [&](ReleaseTask &t) {
            t = taskOfKind(t, value.toString());
        };
        break;
    case PlanTaskModel::ServiceColumn:
        text = PlanEditorDialog::tr("Change the service of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.serviceId = optionalId(value);
        };
        break;
    case PlanTaskModel::EnvironmentColumn:
        text = PlanEditorDialog::tr("Change the environment of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.environmentId = optionalId(value);
        };
        break;
    case PlanTaskModel::BackendColumn:
        text = PlanEditorDialog::tr("Change the backend of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.backendId = optionalId(value);
        };
        break;
    case PlanTaskModel::VersionColumn:
        text = PlanEditorDialog::tr("Change the version of %1").arg(name);
        change = [&](ReleaseTask &t) {
            const QString version = value.toString();
            t.version = version.isEmpty() ? std::optional<QString>() : std::optional<QString>(version);
        };
        break;
    case PlanTaskModel::RetriesColumn:
        text = PlanEditorDialog::tr("Change the retries of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.maxRetries = value.toInt();
        };
        break;
    case PlanTaskModel::RollbackColumn:
        text = value.toBool() ? PlanEditorDialog::tr("Make %1 a rollback task").arg(name)
                              : PlanEditorDialog::tr("Make %1 a forward task").arg(name);
        change = [&](ReleaseTask &t) {
            t.isRollback = value.toBool();
        };
        break;
    default:
        return;
    }
    edit(
        text, [&](PlanDraft &d) { change(*d.task(key)); }, key);
}

void PlanEditorDialog::Private::addNewTask()
{
    if (readOnly || saving)
        return;
    commitPending();
    ReleaseTask task;
    task.name = draft.unusedName(PlanEditorDialog::tr("Task"));
    task.kind = kind::deploy;
    task.state = release::state::planned;
    task.config = release::taskConfig(kind::deploy, {});
    if (!draft.plan.items.isEmpty())
        task.serviceId = draft.plan.items.constFirst().serviceId;
    if (choices.backends.size() == 1)
        task.backendId = choices.backends.constFirst().id;
    const qsizetype row = draft.row(selected);
    const ReleaseTask *before = draft.task(selected);
    const bool follows = before && !before->isRollback;
    PlanDraft after = draft;
    const Id key = after.insertTask(task, row < 0 ? after.plan.tasks.size() : row + 1);
    if (follows)
        after.setPredecessors(key, {selected});
    edit(
        PlanEditorDialog::tr("Add the task %1").arg(quoted(task.name)), [&](PlanDraft &d) { d = after; }, key);
    taskView->setFocus();
}

void PlanEditorDialog::Private::removeSelected()
{
    const qsizetype row = draft.row(selected);
    if (readOnly || saving || row < 0)
        return;
    commitPending();
    const QString taskName = draft.plan.tasks[row].name;
    PlanDraft after = draft;
    after.removeTask(selected);
    Id next = 0;
    if (!after.plan.tasks.isEmpty())
        next = after.plan.tasks[std::min(row, after.plan.tasks.size() - 1)].id;
    edit(
        PlanEditorDialog::tr("Remove the task %1").arg(quoted(taskName)), [&](PlanDraft &d) { d = after; }, next);
}

void PlanEditorDialog::Private::moveSelected(int by)
{
    if (readOnly || saving || !draft.task(selected))
        return;
    commitPending();
    const QString taskName = draft.task(selected)->name;
    edit(by < 0 ? PlanEditorDialog::tr("Move %1 up").arg(quoted(taskName))
                : PlanEditorDialog::tr("Move %1 down").arg(quoted(taskName)),
         [&](PlanDraft &d) { d.moveTask(selected, by); });
}

} // namespace flowdeck::views
