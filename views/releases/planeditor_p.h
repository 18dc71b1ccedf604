// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/planchoices.h"
#include "releases/plandraft.h"
#include "releases/planeditor.h"

#include <functional>

class QAction;
class QDialogButtonBox;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QUndoStack;

namespace flowdeck::views {

class CarriedServicesModel;
class MessageBar;
class PlanFieldsForm;
class PlanTaskModel;
class TaskSettingsForm;

/// The plan editor's state and parts, shared by planeditor.cpp (the dialog, showing a draft, undo, saving) and
/// planeditortasks.cpp (the task table and its edits).
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
    /// A name in quotes, for messages and the names of edits.
    static QString quoted(const QString &name);
};

} // namespace flowdeck::views
