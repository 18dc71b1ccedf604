// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planeditor.h"

#include "ci/choicedelegate.h"
#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "release/audit.h"
#include "release/releasestore.h"
#include "releases/carriedservicesmodel.h"
#include "releases/countdelegate.h"
#include "releases/optionaltimeedit.h"
#include "releases/planchoices.h"
#include "releases/plandraft.h"
#include "releases/planeditcommand.h"
#include "releases/planfieldsform.h"
#include "releases/plantaskmodel.h"
#include "releases/tasksettingsform.h"
#include "store/workspace.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;
namespace kind = release::kind;

namespace {

/// How many times a failed deploy may be tried again at most.
constexpr int mostRetries = 20;

QString quoted(const QString &name)
{
    return PlanEditorDialog::tr("“%1”").arg(name);
}

bool isUndoKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Z) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
}

std::optional<Id> optionalId(const QVariant &value)
{
    const Id id = value.toLongLong();
    return id > 0 ? std::optional<Id>(id) : std::nullopt;
}

/// Lets Ctrl+Z and Ctrl+Shift+Z through a text field to the dialog's Undo and Redo, where the field's own undo
/// would take them (and know nothing of the other fields' edits).
class UndoKeyFilter : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride && isUndoKey(static_cast<QKeyEvent *>(event))) {
            // Not taken here: the window's shortcuts get the key.
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

struct PlanEditorDialog::Private
{
    PlanEditorDialog *q;
    std::shared_ptr<const store::Workspace> workspace;
    PlanChoices choices;
    PlanDraft draft;
    Id selected = 0;
    bool readOnly = false;
    bool saving = false;
    /// Set while a draft is being shown, so that nothing filled in counts as an edit.
    bool showing = false;

    QObject *filter = nullptr;
    QUndoStack *undo = nullptr;
    QAction *undoAction = nullptr;
    QAction *redoAction = nullptr;
    MessageBar *messages = nullptr;
    PlanFieldsForm *fields = nullptr;
    CarriedServicesModel *itemsModel = nullptr;
    QTableView *itemsView = nullptr;
    PlanTaskModel *taskModel = nullptr;
    QTableView *taskView = nullptr;
    QPushButton *addTask = nullptr;
    QPushButton *removeTask = nullptr;
    QPushButton *moveUp = nullptr;
    QPushButton *moveDown = nullptr;
    TaskSettingsForm *settings = nullptr;
    QDialogButtonBox *buttons = nullptr;

    QWidget *buildCarriedServices();
    QWidget *buildTasks();
    void buildUndo(QHBoxLayout *row);

    void show(const PlanDraft &shown, Id selection);
    void updateTitle();
    void updateButtons();
    /// Pushes the edit that `change` makes to the draft, with `selection` selected after it (0: as now).
    void edit(const QString &text, const std::function<void(PlanDraft &)> &change, Id selection = 0);
    void commitCellEditor();
    void commitPending();
    void changeTask(Id key, int column, const QVariant &value);
    void addNewTask();
    void removeSelected();
    void moveSelected(int by);
    void selectTaskIn(const QString &message);
    void setBusy(bool busy);
};

QWidget *PlanEditorDialog::Private::buildCarriedServices()
{
    auto *box = new QWidget(q);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    QLabel *title = pagestyle::sectionTitle(box);
    title->setText(q->tr("Carried services"));
    layout->addWidget(title);
    itemsModel = new CarriedServicesModel(q);
    itemsView = new QTableView(box);
    itemsView->setObjectName(u"carriedServices"_s);
    itemsView->setAccessibleName(q->tr("Carried services"));
    itemsView->setModel(itemsModel);
    itemsView->verticalHeader()->hide();
    itemsView->setShowGrid(false);
    itemsView->setAlternatingRowColors(true);
    itemsView->setSelectionMode(QAbstractItemView::SingleSelection);
    itemsView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                               QAbstractItemView::AnyKeyPressed);
    itemsView->horizontalHeader()->setSectionResizeMode(CarriedServicesModel::ServiceColumn, QHeaderView::Stretch);
    itemsView->horizontalHeader()->setSectionResizeMode(CarriedServicesModel::VersionColumn, QHeaderView::Stretch);
    layout->addWidget(itemsView, 1);
    QLabel *note = pagestyle::quietLabel(box);
    note->setText(q->tr("Tick the services the release carries and give each its version."));
    layout->addWidget(note);
    connect(itemsModel, &CarriedServicesModel::changeRequested, q,
            [this](const QList<ReleaseItem> &items, const QString &text) {
                edit(text, [&](PlanDraft &d) { d.plan.items = items; });
            });
    return box;
}

QWidget *PlanEditorDialog::Private::buildTasks()
{
    auto *box = new QWidget(q);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    auto *header = new QHBoxLayout;
    header->setSpacing(unit);
    QLabel *title = pagestyle::sectionTitle(box);
    title->setText(q->tr("Tasks"));
    header->addWidget(title);
    header->addStretch(1);
    addTask = new QPushButton(q->tr("&Add Task"), box);
    addTask->setObjectName(u"addTask"_s);
    addTask->setToolTip(q->tr("Adds a deploy task below the selected one, running after it (Insert)"));
    removeTask = new QPushButton(q->tr("&Remove"), box);
    removeTask->setObjectName(u"removeTask"_s);
    removeTask->setToolTip(q->tr("Removes the selected task; what ran after it now runs after what it ran after "
                                 "(Delete)"));
    moveUp = new QPushButton(q->tr("Move &Up"), box);
    moveUp->setObjectName(u"moveTaskUp"_s);
    moveUp->setToolTip(q->tr("Moves the selected task up; among tasks that may start together, the higher one "
                             "starts first (Alt+Up)"));
    moveDown = new QPushButton(q->tr("Move Do&wn"), box);
    moveDown->setObjectName(u"moveTaskDown"_s);
    moveDown->setToolTip(q->tr("Moves the selected task down (Alt+Down)"));
    for (QPushButton *button : {addTask, removeTask, moveUp, moveDown}) {
        button->setAutoDefault(false);
        header->addWidget(button);
    }
    layout->addLayout(header);

    taskModel = new PlanTaskModel(q);
    taskView = new QTableView(box);
    taskView->setObjectName(u"taskTable"_s);
    taskView->setAccessibleName(q->tr("Tasks"));
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

void PlanEditorDialog::Private::buildUndo(QHBoxLayout *row)
{
    undo = new QUndoStack(q);
    undoAction = new QAction(q->tr("Undo"), q);
    undoAction->setObjectName(u"undoAction"_s);
    undoAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Z));
    redoAction = new QAction(q->tr("Redo"), q);
    redoAction->setObjectName(u"redoAction"_s);
    redoAction->setShortcuts({QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_Z)});
    for (QAction *action : {undoAction, redoAction}) {
        action->setEnabled(false);
        action->setShortcutContext(Qt::WindowShortcut);
        q->addAction(action);
    }
    connect(undoAction, &QAction::triggered, q, [this] {
        // Typing not yet committed is an edit of its own: it is what Ctrl+Z takes back first.
        commitPending();
        undo->undo();
    });
    connect(redoAction, &QAction::triggered, q, [this] {
        commitPending();
        undo->redo();
    });
    connect(undo, &QUndoStack::canUndoChanged, undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::canRedoChanged, redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, q, [this](const QString &text) {
        undoAction->setToolTip(text.isEmpty() ? q->tr("Nothing to undo") : q->tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, q, [this](const QString &text) {
        redoAction->setToolTip(text.isEmpty() ? q->tr("Nothing to redo") : q->tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    undoAction->setToolTip(q->tr("Nothing to undo"));
    redoAction->setToolTip(q->tr("Nothing to redo"));
    for (QAction *action : {undoAction, redoAction}) {
        auto *button = new QToolButton(q);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action == undoAction ? u"undoButton"_s : u"redoButton"_s);
        row->addWidget(button);
    }
}

void PlanEditorDialog::Private::updateTitle()
{
    const Release &release = draft.plan.release;
    if (release.id == 0)
        q->setWindowTitle(release.isTemplate ? q->tr("New Template") : q->tr("New Release"));
    else
        q->setWindowTitle(release.isTemplate ? q->tr("Edit Template %1").arg(quoted(release.name))
                                             : q->tr("Edit Release %1").arg(quoted(release.name)));
}

void PlanEditorDialog::Private::updateButtons()
{
    const qsizetype row = draft.row(selected);
    const bool editable = !readOnly && !saving;
    addTask->setEnabled(editable);
    removeTask->setEnabled(editable && row >= 0);
    moveUp->setEnabled(editable && row > 0);
    moveDown->setEnabled(editable && row >= 0 && row + 1 < draft.plan.tasks.size());
    buttons->button(QDialogButtonBox::Ok)->setEnabled(editable);
}

void PlanEditorDialog::Private::show(const PlanDraft &shown, Id selection)
{
    showing = true;
    draft = shown;
    const Release &release = draft.plan.release;
    fields->setRelease(release);
    itemsModel->setDefaultVersion(release.version);
    itemsModel->setItems(draft.plan.items);
    taskModel->setDraft(draft);

    if (draft.row(selection) < 0)
        selection = draft.plan.tasks.isEmpty() ? 0 : draft.plan.tasks.constFirst().id;
    selected = selection;
    const int row = taskModel->row(selection);
    if (row >= 0) {
        const int column = std::max(0, taskView->currentIndex().column());
        taskView->setCurrentIndex(taskModel->index(row, column));
    } else {
        taskView->setCurrentIndex({});
    }
    settings->setTask(draft, selected);
    showing = false;
    updateTitle();
    updateButtons();
}

void PlanEditorDialog::Private::edit(const QString &text, const std::function<void(PlanDraft &)> &change, Id selection)
{
    if (showing || readOnly || saving)
        return;
    PlanDraft after = draft;
    change(after);
    if (after == draft)
        return;
    messages->clear();
    auto showDraft = [this](const PlanDraft &shown, Id selectedThen) {
        show(shown, selectedThen);
    };
    undo->push(
        new PlanEditCommand(showDraft, draft, selected, std::move(after), selection ? selection : selected, text));
}

void PlanEditorDialog::Private::commitCellEditor()
{
    // A cell being edited when OK is pressed by keyboard (or Ctrl+Z) has not given up its value yet.
    for (QTableView *view : {taskView, itemsView}) {
        if (QWidget *editor = view->indexWidget(view->currentIndex())) {
            QMetaObject::invokeMethod(view, "commitData", Q_ARG(QWidget *, editor));
            QMetaObject::invokeMethod(view, "closeEditor", Q_ARG(QWidget *, editor),
                                      Q_ARG(QAbstractItemDelegate::EndEditHint, QAbstractItemDelegate::NoHint));
        }
    }
}

void PlanEditorDialog::Private::commitPending()
{
    if (readOnly || saving)
        return;
    commitCellEditor();
    fields->commitPending();
    settings->commitPending();
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
        text = q->tr("Rename %1 to %2").arg(name, quoted(value.toString()));
        change = [&](ReleaseTask &t) {
            t.name = value.toString();
        };
        break;
    case PlanTaskModel::KindColumn:
        text = q->tr("Make %1 a task of kind %2").arg(name, PlanTaskModel::kindLabel(value.toString()));
        change = [&](ReleaseTask &t) {
            t = taskOfKind(t, value.toString());
        };
        break;
    case PlanTaskModel::ServiceColumn:
        text = q->tr("Change the service of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.serviceId = optionalId(value);
        };
        break;
    case PlanTaskModel::EnvironmentColumn:
        text = q->tr("Change the environment of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.environmentId = optionalId(value);
        };
        break;
    case PlanTaskModel::BackendColumn:
        text = q->tr("Change the backend of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.backendId = optionalId(value);
        };
        break;
    case PlanTaskModel::VersionColumn:
        text = q->tr("Change the version of %1").arg(name);
        change = [&](ReleaseTask &t) {
            const QString version = value.toString();
            t.version = version.isEmpty() ? std::optional<QString>() : std::optional<QString>(version);
        };
        break;
    case PlanTaskModel::RetriesColumn:
        text = q->tr("Change the retries of %1").arg(name);
        change = [&](ReleaseTask &t) {
            t.maxRetries = value.toInt();
        };
        break;
    case PlanTaskModel::RollbackColumn:
        text = value.toBool() ? q->tr("Make %1 a rollback task").arg(name) : q->tr("Make %1 a forward task").arg(name);
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
    task.name = draft.unusedName(q->tr("Task"));
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
        q->tr("Add the task %1").arg(quoted(task.name)), [&](PlanDraft &d) { d = after; }, key);
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
        q->tr("Remove the task %1").arg(quoted(taskName)), [&](PlanDraft &d) { d = after; }, next);
}

void PlanEditorDialog::Private::moveSelected(int by)
{
    if (readOnly || saving || !draft.task(selected))
        return;
    commitPending();
    const QString taskName = draft.task(selected)->name;
    edit(by < 0 ? q->tr("Move %1 up").arg(quoted(taskName)) : q->tr("Move %1 down").arg(quoted(taskName)),
         [&](PlanDraft &d) { d.moveTask(selected, by); });
}

void PlanEditorDialog::Private::selectTaskIn(const QString &message)
{
    for (const ReleaseTask &task : std::as_const(draft.plan.tasks)) {
        const QString planQuote = QCoreApplication::translate("flowdeck::release::PlanText", "“%1”").arg(task.name);
        const QString storeQuote =
            QCoreApplication::translate("flowdeck::release::ReleaseStore", "“%1”").arg(task.name);
        if (message.contains(planQuote) || message.contains(storeQuote)) {
            show(draft, task.id);
            return;
        }
    }
}

void PlanEditorDialog::Private::setBusy(bool busy)
{
    saving = busy;
    for (QWidget *part : std::initializer_list<QWidget *>{fields, itemsView, taskView, settings})
        part->setEnabled(!busy);
    undoAction->setEnabled(!busy && undo->canUndo());
    redoAction->setEnabled(!busy && undo->canRedo());
    updateButtons();
}

PlanEditorDialog::PlanEditorDialog(std::shared_ptr<const store::Workspace> workspace, release::ReleasePlan plan,
                                   QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->workspace = std::move(workspace);
    setObjectName(u"planEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2 * unit);
    d->messages = new MessageBar(this);
    d->messages->setObjectName(u"planMessages"_s);
    layout->addWidget(d->messages);

    auto *top = new QHBoxLayout;
    top->setSpacing(3 * unit);
    d->fields = new PlanFieldsForm(this);
    d->fields->setObjectName(u"planFields"_s);
    connect(d->fields, &PlanFieldsForm::releaseEdited, this, [this](const Release &after, const QString &text) {
        d->edit(text, [&](PlanDraft &draft) { draft.plan.release = after; });
    });
    top->addWidget(d->fields, 3);
    top->addWidget(d->buildCarriedServices(), 2);
    layout->addLayout(top);
    layout->addWidget(d->buildTasks(), 1);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(unit);
    d->buildUndo(bottom);
    bottom->addStretch(1);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    d->buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Checks the plan and stores it in the workspace"));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &PlanEditorDialog::reject);
    bottom->addWidget(d->buttons);
    layout->addLayout(bottom);

    d->filter = new UndoKeyFilter(this);
    for (QWidget *field : findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QAbstractSpinBox *>(field) ||
            qobject_cast<QPlainTextEdit *>(field))
            field->installEventFilter(d->filter);
    }

    if (d->workspace) {
        // Three tables of a handful of rows each: read on the GUI thread, like a settings file.
        auto choices = PlanChoices::load(d->workspace->connection());
        if (choices)
            d->choices = std::move(*choices);
        else
            d->messages->showMessage(choices.errorMessage());
    }
    d->itemsModel->setServices(d->choices.services);
    d->taskModel->setChoices(d->choices);

    const Release &release = plan.release;
    if (!d->workspace || d->workspace->isReadOnly()) {
        d->readOnly = true;
        d->messages->showMessage(tr("The workspace is open read-only: the plan can be read but not changed."),
                                 MessageBar::Kind::Information);
    } else if (release.id != 0 && !release.isTemplate && !release.status.isEmpty() &&
               release.status != release::status::planned) {
        d->readOnly = true;
        d->messages->showMessage(
            tr("The release has started (it is %1): its plan can no longer be changed.").arg(release.status),
            MessageBar::Kind::Information);
    }
    d->itemsModel->setEditable(!d->readOnly);
    d->taskModel->setEditable(!d->readOnly);
    d->settings->setReadOnly(d->readOnly);
    d->fields->setReadOnly(d->readOnly);

    d->show(PlanDraft::fromPlan(plan), 0);
    resize(128 * unit, 96 * unit);
    d->fields->nameEdit()->setFocus();
}

PlanEditorDialog::~PlanEditorDialog()
{
    // Hiding moves the focus out of a field, which would commit it as an edit: none is taken from now on.
    d->saving = true;
    delete d->filter;
    hide();
}

release::ReleasePlan PlanEditorDialog::plan() const
{
    return d->draft.toPlan();
}

void PlanEditorDialog::accept()
{
    if (d->saving)
        return;
    if (d->readOnly) {
        QDialog::reject();
        return;
    }
    d->commitPending();
    const release::ReleasePlan plan = d->draft.toPlan();
    if (auto valid = release::validatePlan(plan); !valid) {
        d->messages->showMessage(valid.errorMessage());
        d->selectTaskIn(valid.errorMessage());
        return;
    }
    d->setBusy(true);
    d->messages->showMessage(tr("Saving…"), MessageBar::Kind::Information);
    std::shared_ptr<const store::Workspace> workspace = d->workspace;
    const QString actor = release::currentUser();
    runInBackground(
        this, [workspace, plan, actor] { return release::savePlan(*workspace, plan, actor); },
        [this](const Result<release::ReleasePlan> &saved) {
            d->setBusy(false);
            if (!saved) {
                // The edits stay, so that they can be put right and saved again.
                d->messages->showMessage(saved.errorMessage());
                d->selectTaskIn(saved.errorMessage());
                return;
            }
            d->messages->clear();
            const QString selectedName = d->draft.task(d->selected) ? d->draft.task(d->selected)->name : QString();
            PlanDraft stored = PlanDraft::fromPlan(*saved);
            const ReleaseTask *task = stored.plan.task(selectedName);
            d->undo->clear();
            d->show(stored, task ? task->id : 0);
            QDialog::accept();
        });
}

} // namespace flowdeck::views
