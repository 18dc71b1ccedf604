// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "domain/types.h"
#include "graph/pipelinestore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// Stores the Pipelines page's edits in the workspace. Edits are saved on a worker thread one after the other,
/// each expecting the revision the one before it left, so that a change made elsewhere in the meantime is refused
/// instead of overwritten. The pipeline as the latest edit left it is known at once, for the edit after it.
class PipelineEditor : public QObject
{
    Q_OBJECT

public:
    enum class Loaded
    {
        /// Read for the first time.
        First,
        /// As this editor saved it last (or as read before).
        Unchanged,
        /// Another revision than this editor knew: someone else changed it.
        ChangedElsewhere
    };

    explicit PipelineEditor(QObject *parent = nullptr);
    ~PipelineEditor() override;

    /// Forgets every pipeline and drops the saves in flight, whose results no longer matter.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);

    /// Takes note of a pipeline as read from the workspace: edits of it start from this revision. While edits of it
    /// are being saved the read may be older than they are, and is ignored.
    Loaded noteLoaded(const graph::StoredPipeline &stored);

    /// The stages as the latest edit left them (or as last read); null for a pipeline not read.
    const graph::PipelineSpec *spec(Id pipelineId) const;

    /// Makes `spec` the pipeline's stages and saves them after the saves already waiting. `renamed` names the
    /// stages the edit renamed (old name -> new name), which keep their ids and jobs.
    void apply(Id pipelineId, const graph::PipelineSpec &spec, const QHash<QString, QString> &renamed = {});

    /// Whether saves are waiting or running.
    bool isSaving() const { return m_saving || !m_queue.isEmpty(); }

    /// Forgets what was read and drops the waiting saves, after a refusal: the next read starts afresh.
    void forget();

Q_SIGNALS:
    /// apply() changed the stages of `pipelineId`.
    void applied(Id pipelineId);
    /// One save was stored.
    void saved(Id pipelineId, int revision);
    /// Every waiting save was stored.
    void finished();
    /// A save was refused (changed elsewhere, removed, invalid, or the workspace could not be written); the saves
    /// after it were dropped.
    void refused(Id pipelineId, const QString &message);

private:
    struct Known
    {
        Pipeline row;
        graph::PipelineSpec spec;
    };
    struct Pending
    {
        Id pipelineId = 0;
        graph::PipelineSpec spec;
        QHash<QString, QString> renamed;
    };

    void saveNext();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_saves;
    QHash<Id, Known> m_known;
    QList<Pending> m_queue;
    bool m_saving = false;
};

} // namespace flowdeck::views
