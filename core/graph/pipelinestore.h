// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipeline.h"
#include "graph/pipelinemodel.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::graph {

/// What identifies a saved pipeline besides its stages, and where it came from.
struct PipelineSaveOptions
{
    /// With externalId, the pipeline's identity (pipelines.source, pipelines.external_id): saving again with the
    /// same pair replaces that pipeline. "flowdeck" for pipelines defined in Flowdeck's own format or editor.
    QString source = QStringLiteral("flowdeck");
    /// Empty: the pipeline's name, so that a pipeline of one source is saved over the one of the same name.
    QString externalId;
    /// The definition's format and text as imported (pipelines.format, pipelines.definition).
    std::optional<QString> format;
    std::optional<QString> definition;
    OptionalId serviceId;
    /// Stages this save renames, old name -> new name: they keep their ids, and with them their jobs, instead of
    /// being deleted and added anew.
    QHash<QString, QString> renamedStages;
    /// The revision an edit started from: when the stored pipeline has another revision by now, the save is
    /// refused rather than overwrite someone else's change. Nothing: save whatever is stored.
    std::optional<int> expectedRevision;

    /// The options that save an edit of `stored` over it: its identity, origin and service, and its revision as
    /// the expected one.
    static PipelineSaveOptions editOf(const Pipeline &stored);
};

struct SavedPipeline
{
    Id pipelineId = 0;
    /// The revision now stored: 1 for a new pipeline, one more than before for a saved-over one.
    int revision = 1;
    /// Environments that stages deploy to and that the workspace did not have yet: added with the tier "other".
    QStringList addedEnvironments;
};

/// Saves `pipeline` into the workspace in one transaction: its pipelines row (inserted, or updated with the
/// revision raised by one), its stages in their order and its edges. A stage keeps its id (and so its imported
/// jobs) when a stage of the same name was stored before; stored stages the pipeline no longer has are deleted,
/// and every edge is written anew. A pipeline without a name, or one that validate() finds problems in, is
/// refused with a message that says why.
Result<SavedPipeline> savePipeline(const store::Workspace &workspace, const PipelineSpec &pipeline,
                                   const PipelineSaveOptions &options = {});

/// A stored pipeline: its row and its stages as a spec (stages by position; each stage's needs in the order the
/// edges were written, which for a pipeline saved by savePipeline() is the order of its `needs`; no source
/// locations, matrix sizes or `uses`, which the workspace does not keep).
struct StoredPipeline
{
    Pipeline row;
    PipelineSpec spec;
};

Result<StoredPipeline> loadPipeline(const QSqlDatabase &db, Id pipelineId);

/// A pipeline as lists show it.
struct PipelineListing
{
    Pipeline row;
    /// The name of its service, empty when it has none.
    QString service;
    int stageCount = 0;
    int edgeCount = 0;
};

/// Every stored pipeline, by name (then by id).
Result<QList<PipelineListing>> listPipelines(const QSqlDatabase &db);

/// The id of the one stored pipeline named `name`; an error when there is none, or when several pipelines (from
/// different sources) have that name.
Result<Id> findPipeline(const QSqlDatabase &db, const QString &name);

} // namespace flowdeck::graph
