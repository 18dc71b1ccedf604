// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planeditor.h"

#include "releases/planeditor_p.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "release/audit.h"
#include "release/releasestore.h"
#include "releases/carriedservicesmodel.h"
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
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

bool isUndoKey(const QKeyEvent *key)
{
    const QKeyCombination combination = key->keyCombination();
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           combination == QKeyCombination(Qt::ControlModifier, Qt::Key_Z) ||
           combination == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z);
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

QWidget *PlanEditorDialog::Private::buildCarriedServices()
{
    auto *box = new QWidget(q);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    QLabel *title = pagestyle::sectionTitle(box);
    title->setText(PlanEditorDialog::tr("Carried services"));
    layout->addWidget(title);
    itemsModel = new CarriedServicesModel(q);
    itemsView = new QTableView(box);
    itemsView->setObjectName(u"carriedServices"_s);
    itemsView->setAccessibleName(PlanEditorDialog::tr("Carried services"));
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
    note->setText(PlanEditorDialog::tr("Tick the services the release carries and give each its version."));
    layout->addWidget(note);
    connect(itemsModel, &CarriedServicesModel::changeRequested, q,
            [this](const QList<ReleaseItem> &items, const QString &text) {
                edit(text, [&](PlanDraft &d) { d.plan.items = items; });
            });
    return box;
}

void PlanEditorDialog::Private::buildUndo(QHBoxLayout *row)
{
    undo = new QUndoStack(q);
    undoAction = new QAction(PlanEditorDialog::tr("Undo"), q);
    undoAction->setObjectName(u"undoAction"_s);
    undoAction->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_Z));
    redoAction = new QAction(PlanEditorDialog::tr("Redo"), q);
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
        undoAction->setToolTip(text.isEmpty() ? PlanEditorDialog::tr("Nothing to undo")
                                              : PlanEditorDialog::tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(undo, &QUndoStack::redoTextChanged, q, [this](const QString &text) {
        redoAction->setToolTip(text.isEmpty() ? PlanEditorDialog::tr("Nothing to redo")
                                              : PlanEditorDialog::tr("Redo: %1 (Ctrl+Shift+Z)").arg(text));
    });
    undoAction->setToolTip(PlanEditorDialog::tr("Nothing to undo"));
    redoAction->setToolTip(PlanEditorDialog::tr("Nothing to redo"));
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
        q->setWindowTitle(release.isTemplate ? PlanEditorDialog::tr("New Template")
                                             : PlanEditorDialog::tr("New Release"));
    else
        q->setWindowTitle(release.isTemplate ? PlanEditorDialog::tr("Edit Template %1").arg(quoted(release.name))
                                             : PlanEditorDialog::tr("Edit Release %1").arg(quoted(release.name)));
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

QString PlanEditorDialog::Private::quoted(const QString &name)
{
    return PlanEditorDialog::tr("“%1”").arg(name);
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
    // The undo stack is a child, deleted after d: as it clears itself it signals that its texts changed, and the
    // handlers buildUndo() connected would then reach the actions through d, which is gone.
    d->undo->disconnect(this);
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
