// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "graph/pipelinemodel.h"

#include <QHash>
#include <QObject>
#include <QString>

class QUndoStack;
class QWidget;

namespace flowdeck::views {

class PipelineEditor;
class PipelineGraphPanel;

/// The edits of the pipeline the Pipelines page shows: add, rename, delete and connect stages, from the tool bar's
/// dialogs, the keys and the mouse. Each edit is checked first (a name taken, a connection that would close a
/// cycle), then pushed onto the undo stack as a command named for what it does, which saves it through the editor.
/// What cannot be done is said in the panel's message area.
class StageEditing : public QObject
{
    Q_OBJECT

public:
    /// `dialogParent` is what the dialogs open over.
    StageEditing(PipelineEditor *editor, QUndoStack *undoStack, PipelineGraphPanel *panel, QWidget *dialogParent);

    /// The pipeline edits go to (0: none), and whether the workspace can be written.
    void setPipeline(Id pipelineId, bool writable);
    /// The stages edits start from, or null when the pipeline cannot be edited.
    const graph::PipelineSpec *editableSpec() const;

    /// Adds `stage`, running after `after` when that is a stage.
    bool addStage(const graph::StageSpec &stage, const QString &after = {});
    bool renameStage(const QString &from, const QString &to);
    bool deleteStage(const QString &name);
    /// Makes stage `to` wait for stage `from`.
    bool connectStages(const QString &from, const QString &to);
    bool disconnectStages(const QString &from, const QString &to);

    /// The stage an edit made or renamed, to select once it is drawn; taking it forgets it.
    QString takeStageToSelect();
    void forgetStageToSelect() { m_stageToSelect.clear(); }

    void askToAddStage();
    void askToRenameStage(const QString &stage);
    /// Deletes the selected connection or stage; a stage with imported jobs after asking.
    void deleteSelected();
    void askToConnect();

private:
    void refuse(const QString &message);
    void push(const graph::PipelineSpec &after, const QString &text, const QHash<QString, QString> &renamed = {});

    PipelineEditor *m_editor;
    QUndoStack *m_undoStack;
    PipelineGraphPanel *m_panel;
    QWidget *m_dialogParent;
    Id m_pipelineId = 0;
    bool m_writable = false;
    QString m_stageToSelect;
};

} // namespace flowdeck::views
