// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipeline.h"
#include "domain/types.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace flowdeck::store {
class Workspace;
}

/// The user's corrections to what a CI import guessed: which pipeline stage each job name belongs to
/// (table stage_mappings) and which tier an environment has (environments.tier). A mapping edit is applied to
/// the jobs already stored at once, in the same transaction, so that statistics by stage follow immediately.
namespace flowdeck::ci {

/// How a job found its stage.
enum class StageMatch
{
    /// The user's mapping (which may deliberately be no stage).
    Mapping,
    /// A stage of the same name.
    Name,
    /// A stage named like the job without its matrix suffix ("test (ubuntu, 3.12)" -> "test").
    Matrix,
    /// A stage named like the provider's group of the job (a GitLab stage, a Jenkins stage).
    Group,
    /// No stage.
    None
};

struct ResolvedStage
{
    OptionalId stageId;
    StageMatch match = StageMatch::None;

    bool operator==(const ResolvedStage &) const = default;
};

/// What the user chose for a job name: nothing (the stage is found automatically), a stage, or deliberately no
/// stage at all (a job that belongs to none of the pipeline's stages, though one has its name).
struct MappingChoice
{
    enum class Kind
    {
        Automatic,
        Stage,
        NoStage
    };

    Kind kind = Kind::Automatic;
    /// The stage, for Kind::Stage.
    Id stageId = 0;

    static MappingChoice automatic() { return {}; }
    static MappingChoice stage(Id id) { return {Kind::Stage, id}; }
    static MappingChoice noStage() { return {Kind::NoStage, 0}; }

    bool operator==(const MappingChoice &) const = default;
};

/// One pipeline's stages by name and the user's mappings: what finding a job's stage needs.
struct StageLookup
{
    QHash<QString, Id> byName;
    /// Job name -> the mapped stage; a null stage id means "deliberately no stage".
    QHash<QString, OptionalId> mapped;
};

/// The stage a job belongs to: the user's mapping for its name, else the stage of the same name, else of the name
/// without a matrix suffix, else of the provider's group. The rule the CI store applies when it stores jobs.
ResolvedStage resolveStage(const StageLookup &lookup, const QString &jobName, const std::optional<QString> &group);
/// resolveStage() without the user's mappings: where the job would go if the user had not chosen.
ResolvedStage automaticStage(const StageLookup &lookup, const QString &jobName, const std::optional<QString> &group);

/// A pipeline whose runs have stored jobs.
struct MappablePipeline
{
    Id id = 0;
    QString name;
    /// The service the pipeline belongs to, or empty.
    QString serviceName;
    /// Stored jobs of its runs.
    qint64 jobs = 0;

    bool operator==(const MappablePipeline &) const = default;
};

/// One job name seen in a pipeline's runs and its stage.
struct JobStage
{
    QString jobName;
    /// Stored jobs of this name in the pipeline's runs.
    qint64 jobs = 0;
    /// The provider's group the jobs of this name carry most often, if any.
    std::optional<QString> group;
    MappingChoice choice;
    /// Where the jobs go without the user's choice.
    ResolvedStage automatic;
    /// Where they go now: the choice, or else the automatic stage.
    ResolvedStage resolved;

    bool operator==(const JobStage &) const = default;
};

struct PipelineJobStages
{
    Id pipelineId = 0;
    QString pipelineName;
    /// The pipeline's stages in their order.
    QList<Stage> stages;
    /// The distinct job names of its runs, in alphabetical order, with mappings for job names no stored job
    /// has (yet) after them.
    QList<JobStage> jobs;
};

/// The pipelines that have runs with jobs, by name.
Result<QList<MappablePipeline>> mappablePipelines(const store::Workspace &workspace);

/// The job names of the pipeline's runs with the stage each resolves to, and how.
Result<PipelineJobStages> jobStages(const store::Workspace &workspace, Id pipelineId);

/// Records the user's choice for the jobs called `jobName` in the pipeline's runs and moves the stored jobs of
/// that name to the stage it gives, in one transaction. A stage must belong to the pipeline. Returns how many
/// stored jobs changed stage.
Result<qint64> setJobMapping(const store::Workspace &workspace, Id pipelineId, const QString &jobName,
                             const MappingChoice &choice);

/// Applies the mappings and the stage names as they are now to every stored job of the pipeline (after its stages
/// were renamed or imported again, say), in one transaction. Returns how many jobs changed stage.
Result<qint64> reapplyJobMappings(const store::Workspace &workspace, Id pipelineId);

/// Sets the tier of an environment: one of flowdeck::Tier.
Result<void> setEnvironmentTier(const store::Workspace &workspace, Id environmentId, const QString &tier);

} // namespace flowdeck::ci
