// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What the CI parsers read out of one API page (or one saved response, or one CSV file), before it is stored.
/// Records refer to each other by the provider's external ids, never by workspace row ids: the store
/// (ci/cistore.h) resolves them, upserting by (source, external id) so that reading a page twice changes nothing.
namespace flowdeck::ci {

/// Where records come from, as stored in the `source` columns.
namespace Source {
inline constexpr auto GitHub = "github";
inline constexpr auto GitLab = "gitlab";
inline constexpr auto Jenkins = "jenkins";
inline constexpr auto Csv = "csv";
} // namespace Source

/// A workflow run (GitHub), a pipeline (GitLab) or a build (Jenkins).
struct RunRecord
{
    QString externalId;
    /// The workflow, pipeline or job name: runs map onto the workspace pipeline of this name.
    QString pipelineName;
    /// owner/repo, the GitLab project path, or the Jenkins job URL.
    QString project;
    std::optional<qint64> number;
    std::optional<QString> commitOid;
    std::optional<QString> branch;
    std::optional<QString> event;
    /// One of flowdeck::Status.
    QString status;
    OptionalTime createdAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    std::optional<QString> url;
    /// Which attempt of the run this is (GitHub's run_attempt: a re-run keeps the run's id); 1 when not told.
    int attempt = 1;
};

/// One step of a job (GitHub Actions steps).
struct StepRecord
{
    int position = 0;
    QString name;
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;
};

/// A job (GitHub, GitLab) or a stage of a Jenkins Pipeline run.
struct JobRecord
{
    QString externalId;
    QString runExternalId;
    QString name;
    /// The provider's own grouping (GitLab's stage, Jenkins' stage), a second name to map the job by.
    std::optional<QString> group;
    QString status;
    int attempt = 1;
    OptionalTime queuedAt;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    /// Time spent paused for input (Jenkins), in milliseconds.
    std::optional<qint64> pausedMs;
    std::optional<QString> runner;
    std::optional<QString> url;
    QList<StepRecord> steps;
};

/// A deployment of a service to an environment.
struct DeploymentRecord
{
    QString externalId;
    /// Empty: the service of the source being imported.
    QString service;
    QString environment;
    QString version;
    std::optional<QString> commitOid;
    std::optional<QString> runExternalId;
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    std::optional<QString> triggeredBy;
    std::optional<QString> url;
};

/// A state a deployment reached (GitHub keeps a deployment's state in its statuses). Applied to the deployment
/// with the same external id; the newest status wins.
struct DeploymentStatusRecord
{
    QString deploymentExternalId;
    QString externalId;
    /// One of flowdeck::Status.
    QString status;
    OptionalTime at;
    std::optional<QString> environment;
};

struct PullRequestRecord
{
    QString externalId;
    /// owner/repo or the GitLab project path: the repository the request belongs to.
    QString repository;
    int number = 0;
    QString title;
    QString author;
    QString headBranch;
    QString baseBranch;
    Timestamp createdAt = 0;
    OptionalTime mergedAt;
    OptionalTime closedAt;
    std::optional<QString> mergeCommitOid;
    std::optional<QString> url;
};

struct IncidentRecord
{
    QString externalId;
    /// Empty: the service of the source being imported.
    QString service;
    QString title;
    std::optional<QString> severity;
    Timestamp startedAt = 0;
    OptionalTime resolvedAt;
    /// The deployment the incident names, by its external id in the same source.
    std::optional<QString> deploymentExternalId;
    std::optional<QString> commitOid;
    std::optional<QString> url;
};

/// A published release (GitHub releases).
struct ReleaseRecord
{
    QString externalId;
    QString repository;
    QString tagName;
    QString name;
    std::optional<QString> targetCommitish;
    bool draft = false;
    bool prerelease = false;
    OptionalTime createdAt;
    OptionalTime publishedAt;
    std::optional<QString> url;
};

/// An environment the provider knows (GitLab environments), with the tier it declares.
struct EnvironmentRecord
{
    QString name;
    /// One of flowdeck::Tier, when the provider says.
    std::optional<QString> tier;
};

/// Everything read from one page or file. Warnings say, per record, what was not taken as given (a null or
/// contradictory time stored as unknown, an unknown status) and name the record.
struct Batch
{
    QList<RunRecord> runs;
    QList<JobRecord> jobs;
    QList<DeploymentRecord> deployments;
    QList<DeploymentStatusRecord> deploymentStatuses;
    QList<PullRequestRecord> pullRequests;
    QList<IncidentRecord> incidents;
    QList<ReleaseRecord> releases;
    QList<EnvironmentRecord> environments;
    QStringList warnings;

    bool isEmpty() const
    {
        return runs.isEmpty() && jobs.isEmpty() && deployments.isEmpty() && deploymentStatuses.isEmpty() &&
               pullRequests.isEmpty() && incidents.isEmpty() && releases.isEmpty() && environments.isEmpty();
    }
    void append(Batch &&other);
};

} // namespace flowdeck::ci
