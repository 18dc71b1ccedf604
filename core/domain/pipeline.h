// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace flowdeck {

struct Pipeline
{
    Id id = 0;
    QString name;
    OptionalId serviceId;
    QString source;
    QString externalId;
    /// The definition's format (flowdeck, github, gitlab, concourse) and its text, when imported from a file.
    std::optional<QString> format;
    std::optional<QString> definition;
    /// Incremented on every edit, for optimistic locking.
    int revision = 1;
    Timestamp updatedAt = 0;

    bool operator==(const Pipeline &) const = default;
};

/// Stage kinds, as stored in stages.kind.
namespace StageKind {
inline constexpr auto Build = "build";
inline constexpr auto Test = "test";
inline constexpr auto Security = "security";
inline constexpr auto Approval = "approval";
inline constexpr auto Deploy = "deploy";
inline constexpr auto Other = "other";
} // namespace StageKind

struct Stage
{
    Id id = 0;
    Id pipelineId = 0;
    QString name;
    QString kind;
    OptionalId environmentId;
    int position = 0;

    bool operator==(const Stage &) const = default;
};

struct StageEdge
{
    Id id = 0;
    Id pipelineId = 0;
    Id fromStageId = 0;
    Id toStageId = 0;

    bool operator==(const StageEdge &) const = default;
};

struct PipelineRun
{
    Id id = 0;
    OptionalId pipelineId;
    OptionalId serviceId;
    QString source;
    QString externalId;
    std::optional<qint64> number;
    std::optional<QString> commitOid;
    std::optional<QString> branch;
    std::optional<QString> event;
    QString status;
    OptionalTime createdAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    std::optional<QString> url;
    /// The workflow, pipeline or job name the CI server gives the run (kept when no workspace pipeline matches).
    std::optional<QString> name;
    int attempt = 1;

    bool operator==(const PipelineRun &) const = default;
};

/// One job of a run. queuedAt -> startedAt is the wait, startedAt -> finishedAt the work.
struct Job
{
    Id id = 0;
    Id runId = 0;
    OptionalId stageId;
    QString name;
    QString source;
    QString externalId;
    QString status;
    int attempt = 1;
    OptionalTime queuedAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    std::optional<QString> runner;
    std::optional<QString> url;
    /// The CI server's own grouping of the job (a GitLab stage, a Jenkins stage).
    std::optional<QString> groupName;
    /// Time spent paused, waiting for input (Jenkins), in milliseconds.
    std::optional<qint64> pausedMs;

    bool operator==(const Job &) const = default;
};

/// One step of a job (GitHub Actions).
struct JobStep
{
    Id jobId = 0;
    int position = 0;
    QString name;
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;

    bool operator==(const JobStep &) const = default;
};

/// The steps of one job as stored: a JSON array of [position, name, status, started_at, finished_at] arrays, one
/// row a job, since a row a step cost more to write than the job itself. The view job_steps reads them as JobSteps.
struct JobStepList
{
    Id jobId = 0;
    QString steps;

    bool operator==(const JobStepList &) const = default;
};

/// Which stage of a pipeline the jobs of a given name belong to, as the user corrected it. No stage: the jobs of
/// that name are deliberately left unmapped.
struct StageMapping
{
    Id pipelineId = 0;
    QString jobName;
    OptionalId stageId;

    bool operator==(const StageMapping &) const = default;
};

} // namespace flowdeck
