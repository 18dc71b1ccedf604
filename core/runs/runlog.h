// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

/// The pipeline runs and jobs of a workspace as the Runs page and the command line read them: filtered, newest
/// first, a page at a time, with the queue and run times worked out from the stored moments.
namespace flowdeck::runs {

/// Which runs to list. Every part is optional; an empty filter lists every run.
struct RunFilter
{
    OptionalId pipelineId;
    OptionalId serviceId;
    /// One of the flowdeck::Status strings.
    QString status;
    /// The branch, exactly.
    QString branch;
    /// A part of the branch, the commit id, the pipeline's name or the run's own name, in any case.
    QString text;
    /// Created from (inclusive) and to (exclusive). A run whose creation time is unknown matches neither.
    OptionalTime from;
    OptionalTime to;

    bool isEmpty() const;
    bool operator==(const RunFilter &) const = default;
};

/// What the runs table shows of one run.
struct RunRow
{
    Id id = 0;
    OptionalId pipelineId;
    /// Empty when the run belongs to no stored pipeline.
    QString pipeline;
    /// The workflow, pipeline or job name the CI server gives the run; may be empty.
    QString name;
    OptionalId serviceId;
    QString service;
    std::optional<qint64> number;
    QString branch;
    QString commitOid;
    /// What started the run as the CI names it: "push", "pull_request", "schedule"…
    QString event;
    QString status;
    /// 1 for the first run of a workflow on a commit, 2 for its re-run…
    int attempt = 1;
    OptionalTime createdAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    /// How long the run waited before it started (started − created), when both are known.
    std::optional<qint64> queueMs;
    /// How long it ran (finished − started), when both are known.
    std::optional<qint64> runMs;
    int jobs = 0;
    /// Jobs (attempts) that failed; a retried job that then passed counts its failed attempt.
    int failedJobs = 0;
    QString url;

    bool operator==(const RunRow &) const = default;
};

/// Where a page of runs ended: the next page starts after this run. Runs with a creation time come first, newest
/// first; the runs without one follow, newest id first.
struct RunCursor
{
    OptionalTime createdAt;
    Id id = 0;

    bool operator==(const RunCursor &) const = default;
};

struct RunPage
{
    QList<RunRow> rows;
    /// Where the next page starts; nothing when this page holds the last matching run.
    std::optional<RunCursor> next;
};

/// One job of a run.
struct JobRow
{
    Id id = 0;
    QString name;
    /// The pipeline stage the job is mapped to, or empty: the user's mapping for the job's name in the run's
    /// pipeline (stage_mappings) where there is one, else the stage stored with the job.
    QString stage;
    /// The CI server's own grouping of the job (a GitLab or Jenkins stage), or empty.
    QString group;
    QString status;
    int attempt = 1;
    OptionalTime queuedAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    /// started − queued, when both are known.
    std::optional<qint64> queueMs;
    /// finished − started, when both are known.
    std::optional<qint64> runMs;
    /// Time spent paused within the run time, waiting for input (Jenkins), when the CI server reports it.
    std::optional<qint64> pausedMs;
    QString runner;
    QString url;

    bool operator==(const JobRow &) const = default;
};

struct PipelineName
{
    Id id = 0;
    QString name;
    OptionalId serviceId;
    QString service;

    bool operator==(const PipelineName &) const = default;
};

struct ServiceName
{
    Id id = 0;
    QString name;

    bool operator==(const ServiceName &) const = default;
};

/// What the Runs page needs before it filters.
struct RunLogFacts
{
    qint64 runs = 0;
    /// The pipelines that have runs, by name.
    QList<PipelineName> pipelines;
    /// The services that have runs, by name.
    QList<ServiceName> services;
    /// The statuses the runs have, most frequent first.
    QStringList statuses;
    /// The earliest and latest creation time of a run.
    OptionalTime firstCreated;
    OptionalTime lastCreated;
};

/// The duration from `from` to `to` when both are known and in order; nothing otherwise (an unknown or
/// contradictory time gives an unknown duration, never an invented one).
std::optional<qint64> span(OptionalTime from, OptionalTime to);

/// Up to `limit` runs matching `filter`, newest first, starting after `after` (from the first run without it).
Result<RunPage> loadRuns(const QSqlDatabase &db, const RunFilter &filter, int limit,
                         const std::optional<RunCursor> &after = std::nullopt);

/// How many runs match `filter`.
Result<qint64> countRuns(const QSqlDatabase &db, const RunFilter &filter);

/// The run count, the pipelines, services and statuses.
Result<RunLogFacts> loadRunLogFacts(const QSqlDatabase &db);

/// The jobs of the run with id `runId` in the order they were queued (then started, then by id); jobs with an
/// unknown queue time come after the others. An empty list when the run has none or does not exist.
Result<QList<JobRow>> loadRunJobs(const QSqlDatabase &db, Id runId);

} // namespace flowdeck::runs
