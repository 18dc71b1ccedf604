// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelineeditor.h"

#include "common/background.h"
#include "store/workspace.h"

namespace flowdeck::views {

PipelineEditor::PipelineEditor(QObject *parent)
    : QObject(parent)
{}

PipelineEditor::~PipelineEditor() = default;

void PipelineEditor::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    forget();
}

void PipelineEditor::forget()
{
    m_saves.invalidate();
    m_known.clear();
    m_queue.clear();
    m_saving = false;
}

PipelineEditor::Loaded PipelineEditor::noteLoaded(const graph::StoredPipeline &stored)
{
    const Id id = stored.row.id;
    const auto known = m_known.find(id);
    if (known == m_known.end()) {
        m_known.insert(id, Known{stored.row, stored.spec});
        return Loaded::First;
    }
    if (isSaving())
        return Loaded::Unchanged;
    const bool unchanged = known->row.revision == stored.row.revision;
    *known = Known{stored.row, stored.spec};
    return unchanged ? Loaded::Unchanged : Loaded::ChangedElsewhere;
}

const graph::PipelineSpec *PipelineEditor::spec(Id pipelineId) const
{
    const auto known = m_known.constFind(pipelineId);
    return known == m_known.constEnd() ? nullptr : &known->spec;
}

void PipelineEditor::apply(Id pipelineId, const graph::PipelineSpec &spec, const QHash<QString, QString> &renamed)
{
    const auto known = m_known.find(pipelineId);
    if (known == m_known.end() || !m_workspace)
        return;
    known->spec = spec;
    m_queue.append(Pending{pipelineId, spec, renamed});
    Q_EMIT applied(pipelineId);
    if (!m_saving)
        saveNext();
}

void PipelineEditor::saveNext()
{
    if (m_queue.isEmpty()) {
        m_saving = false;
        Q_EMIT finished();
        return;
    }
    const Pending next = m_queue.takeFirst();
    const auto known = m_known.constFind(next.pipelineId);
    if (known == m_known.constEnd()) {
        saveNext();
        return;
    }
    m_saving = true;
    // The identity, origin and service of the stored pipeline, and the revision the previous save left.
    graph::PipelineSaveOptions options = graph::PipelineSaveOptions::editOf(known->row);
    options.renamedStages = next.renamed;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const Id pipelineId = next.pipelineId;
    runLatest(
        this, m_saves,
        [workspace, spec = next.spec, options] { return graph::savePipeline(*workspace, spec, options); },
        [this, pipelineId](const Result<graph::SavedPipeline> &result) {
            if (!result) {
                m_queue.clear();
                m_saving = false;
                Q_EMIT refused(pipelineId, result.errorMessage());
                return;
            }
            if (const auto known = m_known.find(pipelineId); known != m_known.end())
                known->row.revision = result->revision;
            Q_EMIT saved(pipelineId, result->revision);
            saveNext();
        });
}

} // namespace flowdeck::views
