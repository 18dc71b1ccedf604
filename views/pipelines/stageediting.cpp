// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/stageediting.h"

#include "common/format.h"
#include "common/messagebar.h"
#include "graph/graphstructure.h"
#include "pipelines/addstagedialog.h"
#include "pipelines/connectstagesdialog.h"
#include "pipelines/pipelineeditcommand.h"
#include "pipelines/pipelineeditor.h"
#include "pipelines/pipelineedits.h"
#include "pipelines/pipelinegraphpanel.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/renamestagedialog.h"
#include "pipelines/stageedgeitem.h"

#include <QMessageBox>
#include <QUndoStack>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

StageEditing::StageEditing(PipelineEditor *editor, QUndoStack *undoStack, PipelineGraphPanel *panel,
                           QWidget *dialogParent)
    : QObject(dialogParent)
    , m_editor(editor)
    , m_undoStack(undoStack)
    , m_panel(panel)
    , m_dialogParent(dialogParent)
{}

void StageEditing::setPipeline(Id pipelineId, bool writable)
{
    m_pipelineId = pipelineId;
    m_writable = writable;
}

const graph::PipelineSpec *StageEditing::editableSpec() const
{
    return m_writable && m_pipelineId != 0 ? m_editor->spec(m_pipelineId) : nullptr;
}

QString StageEditing::takeStageToSelect()
{
    return std::exchange(m_stageToSelect, QString());
}

void StageEditing::refuse(const QString &message)
{
    m_panel->messageBar()->showMessage(message, MessageBar::Kind::Error);
}

void StageEditing::push(const graph::PipelineSpec &after, const QString &text, const QHash<QString, QString> &renamed)
{
    const graph::PipelineSpec *before = editableSpec();
    if (!before)
        return;
    // An error about an earlier attempt no longer applies.
    if (m_panel->messageBar()->kind() == MessageBar::Kind::Error)
        m_panel->messageBar()->clear();
    m_undoStack->push(new PipelineEditCommand(m_editor, m_pipelineId, *before, after, text, renamed));
}

bool StageEditing::addStage(const graph::StageSpec &stage, const QString &after)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec)
        return false;
    if (const QString problem = pipelineedits::stageNameProblem(*spec, stage.name); !problem.isEmpty()) {
        refuse(problem);
        return false;
    }
    graph::StageSpec added = stage;
    added.needs.clear();
    if (!after.isEmpty() && pipelineedits::findStage(*spec, after))
        added.needs.append(after);
    m_stageToSelect = stage.name;
    //: The name of an edit in Edit > Undo: "Undo Add stage build".
    push(pipelineedits::addStage(*spec, added), tr("Add stage %1").arg(stage.name));
    return true;
}

bool StageEditing::renameStage(const QString &from, const QString &to)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || !pipelineedits::findStage(*spec, from) || from == to)
        return false;
    if (const QString problem = pipelineedits::stageNameProblem(*spec, to, from); !problem.isEmpty()) {
        refuse(problem);
        return false;
    }
    m_stageToSelect = to;
    // The stage keeps its id, and so its jobs, under the new name.
    push(pipelineedits::renameStage(*spec, from, to), tr("Rename stage %1 to %2").arg(from, to), {{from, to}});
    return true;
}

bool StageEditing::deleteStage(const QString &name)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || !pipelineedits::findStage(*spec, name))
        return false;
    push(pipelineedits::deleteStage(*spec, name), tr("Delete stage %1").arg(name));
    return true;
}

bool StageEditing::connectStages(const QString &from, const QString &to)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || !pipelineedits::findStage(*spec, from) || !pipelineedits::findStage(*spec, to))
        return false;
    if (from == to) {
        refuse(tr("“%1” cannot wait for itself.").arg(from));
        return false;
    }
    if (pipelineedits::isConnected(*spec, from, to)) {
        refuse(tr("“%1” runs after “%2” already.").arg(to, from));
        return false;
    }
    QStringList cycle = graph::cycleClosedBy(*spec, from, to);
    if (!cycle.isEmpty()) {
        cycle.append(cycle.constFirst());
        refuse(tr("“%1” cannot run after “%2”: that would close the cycle %3, and a pipeline's stages cannot wait for "
                  "each other in a circle. The connection was not added.")
                   .arg(to, from, cycle.join(u" → "_s)));
        return false;
    }
    m_stageToSelect = to;
    push(pipelineedits::connectStages(*spec, from, to), tr("Connect %1 → %2").arg(from, to));
    return true;
}

bool StageEditing::disconnectStages(const QString &from, const QString &to)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || !pipelineedits::isConnected(*spec, from, to))
        return false;
    push(pipelineedits::disconnectStages(*spec, from, to), tr("Remove connection %1 → %2").arg(from, to));
    return true;
}

void StageEditing::askToAddStage()
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec)
        return;
    QStringList environments;
    for (const graph::StageSpec &stage : spec->stages) {
        if (!stage.environment.isEmpty() && !environments.contains(stage.environment))
            environments.append(stage.environment);
    }
    AddStageDialog dialog(*spec, environments, m_panel->scene()->selectedStage(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        addStage(dialog.stage(), dialog.after());
}

void StageEditing::askToRenameStage(const QString &stage)
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || stage.isEmpty())
        return;
    RenameStageDialog dialog(*spec, stage, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        renameStage(stage, dialog.name());
}

void StageEditing::deleteSelected()
{
    const PipelineScene *scene = m_panel->scene();
    if (const StageEdgeItem *edge = scene->selectedEdge()) {
        disconnectStages(edge->from(), edge->to());
        return;
    }
    const QString stage = scene->selectedStage();
    if (stage.isEmpty() || !editableSpec())
        return;
    const graph::StageStatistics *statistics = scene->graph().statisticsOf(stage);
    if (statistics && statistics->jobCount > 0) {
        // Undo brings the stage back, but not the link of its jobs to it: say so before.
        const auto answer = QMessageBox::question(
            m_dialogParent, tr("Delete Stage"),
            tr("Delete stage “%1”? Its %2 imported jobs will no longer count for any stage, and undoing the delete "
               "brings the stage back without them.")
                .arg(stage, format::count(statistics->jobCount)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    deleteStage(stage);
}

void StageEditing::askToConnect()
{
    const graph::PipelineSpec *spec = editableSpec();
    if (!spec || spec->stages.size() < 2)
        return;
    ConnectStagesDialog dialog(*spec, m_panel->scene()->selectedStage(), m_dialogParent);
    if (dialog.exec() == QDialog::Accepted)
        connectStages(dialog.from(), dialog.to());
}

} // namespace flowdeck::views
