// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place where domain value types meet table and column names. docs/workspace-schema.md describes
// the same tables for people; tst_workspace checks that this mapping and the migrated schema agree.

#include "domain/audit.h"
#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"
#include "domain/release.h"
#include "domain/valuestream.h"
#include "store/table.h"

namespace flowdeck::store {

using NoKey = std::array<std::string_view, 0>;

template<>
struct Table<Setting>
{
    static constexpr std::string_view name = "settings";
    static constexpr auto columns = std::make_tuple(Column{"key", &Setting::key}, Column{"value", &Setting::value});
    static constexpr std::array<std::string_view, 1> naturalKey{"key"};
};

template<>
struct Table<Repository>
{
    using T = Repository;
    static constexpr std::string_view name = "repositories";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"name", &T::name}, Column{"url", &T::url}, Column{"path", &T::path},
                        Column{"default_branch", &T::defaultBranch}, Column{"ref_patterns", &T::refPatterns},
                        Column{"last_import_at", &T::lastImportAt});
    static constexpr std::array<std::string_view, 1> naturalKey{"name"};
};

template<>
struct Table<Commit>
{
    using T = Commit;
    static constexpr std::string_view name = "commits";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"repository_id", &T::repositoryId}, Column{"oid", &T::oid}, Column{"author_name", &T::authorName},
        Column{"author_email", &T::authorEmail}, Column{"author_time", &T::authorTime},
        Column{"author_offset_minutes", &T::authorOffsetMinutes}, Column{"committer_name", &T::committerName},
        Column{"committer_email", &T::committerEmail}, Column{"committer_time", &T::committerTime},
        Column{"committer_offset_minutes", &T::committerOffsetMinutes}, Column{"summary", &T::summary},
        Column{"message", &T::message}, Column{"is_merge", &T::isMerge}, Column{"files_changed", &T::filesChanged},
        Column{"insertions", &T::insertions}, Column{"deletions", &T::deletions}, Column{"reachable", &T::reachable});
    static constexpr std::array<std::string_view, 2> naturalKey{"repository_id", "oid"};
};

template<>
struct Table<CommitParent>
{
    using T = CommitParent;
    static constexpr std::string_view name = "commit_parents";
    static constexpr auto columns = std::make_tuple(Column{"commit_id", &T::commitId}, Column{"position", &T::position},
                                                    Column{"parent_oid", &T::parentOid});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<CommitFile>
{
    using T = CommitFile;
    static constexpr std::string_view name = "commit_files";
    static constexpr auto columns = std::make_tuple(
        Column{"commit_id", &T::commitId}, Column{"position", &T::position}, Column{"path", &T::path},
        Column{"old_path", &T::oldPath}, Column{"insertions", &T::insertions}, Column{"deletions", &T::deletions});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<Tag>
{
    using T = Tag;
    static constexpr std::string_view name = "tags";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"repository_id", &T::repositoryId}, Column{"name", &T::name}, Column{"target_oid", &T::targetOid},
        Column{"annotated", &T::annotated}, Column{"tagger_name", &T::taggerName},
        Column{"tagger_email", &T::taggerEmail}, Column{"tagger_time", &T::taggerTime}, Column{"message", &T::message});
    static constexpr std::array<std::string_view, 2> naturalKey{"repository_id", "name"};
};

template<>
struct Table<Branch>
{
    using T = Branch;
    static constexpr std::string_view name = "branches";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(Column{"repository_id", &T::repositoryId}, Column{"name", &T::name},
                                                    Column{"tip_oid", &T::tipOid});
    static constexpr std::array<std::string_view, 2> naturalKey{"repository_id", "name"};
};

template<>
struct Table<PullRequest>
{
    using T = PullRequest;
    static constexpr std::string_view name = "pull_requests";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"repository_id", &T::repositoryId}, Column{"number", &T::number}, Column{"title", &T::title},
        Column{"author", &T::author}, Column{"head_branch", &T::headBranch}, Column{"base_branch", &T::baseBranch},
        Column{"created_at", &T::createdAt}, Column{"merged_at", &T::mergedAt}, Column{"closed_at", &T::closedAt},
        Column{"merge_commit_oid", &T::mergeCommitOid}, Column{"first_commit_at", &T::firstCommitAt},
        Column{"source", &T::source}, Column{"external_id", &T::externalId}, Column{"url", &T::url});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<Service>
{
    using T = Service;
    static constexpr std::string_view name = "services";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(Column{"name", &T::name}, Column{"description", &T::description},
                                                    Column{"repository_id", &T::repositoryId});
    static constexpr std::array<std::string_view, 1> naturalKey{"name"};
};

template<>
struct Table<Environment>
{
    using T = Environment;
    static constexpr std::string_view name = "environments";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"name", &T::name}, Column{"tier", &T::tier}, Column{"position", &T::position});
    static constexpr std::array<std::string_view, 1> naturalKey{"name"};
};

template<>
struct Table<EnvironmentEdge>
{
    using T = EnvironmentEdge;
    static constexpr std::string_view name = "environment_edges";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(Column{"from_environment_id", &T::fromEnvironmentId},
                                                    Column{"to_environment_id", &T::toEnvironmentId});
    static constexpr std::array<std::string_view, 2> naturalKey{"from_environment_id", "to_environment_id"};
};

template<>
struct Table<Pipeline>
{
    using T = Pipeline;
    static constexpr std::string_view name = "pipelines";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"name", &T::name}, Column{"service_id", &T::serviceId}, Column{"source", &T::source},
        Column{"external_id", &T::externalId}, Column{"format", &T::format}, Column{"definition", &T::definition},
        Column{"revision", &T::revision}, Column{"updated_at", &T::updatedAt});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<Stage>
{
    using T = Stage;
    static constexpr std::string_view name = "stages";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"pipeline_id", &T::pipelineId}, Column{"name", &T::name}, Column{"kind", &T::kind},
                        Column{"environment_id", &T::environmentId}, Column{"position", &T::position});
    static constexpr std::array<std::string_view, 2> naturalKey{"pipeline_id", "name"};
};

template<>
struct Table<StageEdge>
{
    using T = StageEdge;
    static constexpr std::string_view name = "stage_edges";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"pipeline_id", &T::pipelineId}, Column{"from_stage_id", &T::fromStageId},
                        Column{"to_stage_id", &T::toStageId});
    static constexpr std::array<std::string_view, 2> naturalKey{"from_stage_id", "to_stage_id"};
};

template<>
struct Table<PipelineRun>
{
    using T = PipelineRun;
    static constexpr std::string_view name = "pipeline_runs";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"pipeline_id", &T::pipelineId}, Column{"service_id", &T::serviceId}, Column{"source", &T::source},
        Column{"external_id", &T::externalId}, Column{"number", &T::number}, Column{"commit_oid", &T::commitOid},
        Column{"branch", &T::branch}, Column{"event", &T::event}, Column{"status", &T::status},
        Column{"created_at", &T::createdAt}, Column{"started_at", &T::startedAt}, Column{"finished_at", &T::finishedAt},
        Column{"url", &T::url}, Column{"name", &T::name}, Column{"attempt", &T::attempt});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<Job>
{
    using T = Job;
    static constexpr std::string_view name = "jobs";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"run_id", &T::runId}, Column{"stage_id", &T::stageId}, Column{"name", &T::name},
        Column{"source", &T::source}, Column{"external_id", &T::externalId}, Column{"status", &T::status},
        Column{"attempt", &T::attempt}, Column{"queued_at", &T::queuedAt}, Column{"started_at", &T::startedAt},
        Column{"finished_at", &T::finishedAt}, Column{"runner", &T::runner}, Column{"url", &T::url},
        Column{"group_name", &T::groupName}, Column{"paused_ms", &T::pausedMs});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

/// job_steps is a view over job_step_lists (schema 6): read only.
template<>
struct Table<JobStep>
{
    using T = JobStep;
    static constexpr std::string_view name = "job_steps";
    static constexpr auto columns = std::make_tuple(
        Column{"job_id", &T::jobId}, Column{"position", &T::position}, Column{"name", &T::name},
        Column{"status", &T::status}, Column{"started_at", &T::startedAt}, Column{"finished_at", &T::finishedAt});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<JobStepList>
{
    using T = JobStepList;
    static constexpr std::string_view name = "job_step_lists";
    static constexpr auto columns = std::make_tuple(Column{"job_id", &T::jobId}, Column{"steps", &T::steps});
    static constexpr std::array<std::string_view, 1> naturalKey{"job_id"};
};

template<>
struct Table<StageMapping>
{
    using T = StageMapping;
    static constexpr std::string_view name = "stage_mappings";
    static constexpr auto columns = std::make_tuple(Column{"pipeline_id", &T::pipelineId},
                                                    Column{"job_name", &T::jobName}, Column{"stage_id", &T::stageId});
    static constexpr std::array<std::string_view, 2> naturalKey{"pipeline_id", "job_name"};
};

template<>
struct Table<DeploymentStatus>
{
    using T = DeploymentStatus;
    static constexpr std::string_view name = "deployment_statuses";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"deployment_id", &T::deploymentId}, Column{"status", &T::status}, Column{"at", &T::at},
                        Column{"source", &T::source}, Column{"external_id", &T::externalId});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<PublishedRelease>
{
    using T = PublishedRelease;
    static constexpr std::string_view name = "ci_releases";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"repository", &T::repository}, Column{"tag_name", &T::tagName}, Column{"name", &T::name},
                        Column{"target_commitish", &T::targetCommitish}, Column{"draft", &T::draft},
                        Column{"prerelease", &T::prerelease}, Column{"created_at", &T::createdAt},
                        Column{"published_at", &T::publishedAt}, Column{"source", &T::source},
                        Column{"external_id", &T::externalId}, Column{"url", &T::url});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<CiSource>
{
    using T = CiSource;
    static constexpr std::string_view name = "ci_sources";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"provider", &T::provider}, Column{"base_url", &T::baseUrl},
                        Column{"project", &T::project}, Column{"service_id", &T::serviceId},
                        Column{"incident_label", &T::incidentLabel}, Column{"last_sync_at", &T::lastSyncAt});
    static constexpr std::array<std::string_view, 3> naturalKey{"provider", "base_url", "project"};
};

template<>
struct Table<CiSyncCursor>
{
    using T = CiSyncCursor;
    static constexpr std::string_view name = "ci_sync_cursors";
    static constexpr auto columns = std::make_tuple(Column{"source_id", &T::sourceId}, Column{"endpoint", &T::endpoint},
                                                    Column{"cursor_value", &T::cursorValue}, Column{"etag", &T::etag},
                                                    Column{"updated_at", &T::updatedAt});
    static constexpr std::array<std::string_view, 2> naturalKey{"source_id", "endpoint"};
};

template<>
struct Table<Deployment>
{
    using T = Deployment;
    static constexpr std::string_view name = "deployments";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"service_id", &T::serviceId}, Column{"environment_id", &T::environmentId},
        Column{"version", &T::version}, Column{"commit_oid", &T::commitOid}, Column{"run_id", &T::runId},
        Column{"release_task_id", &T::releaseTaskId}, Column{"status", &T::status}, Column{"started_at", &T::startedAt},
        Column{"finished_at", &T::finishedAt}, Column{"source", &T::source}, Column{"external_id", &T::externalId},
        Column{"triggered_by", &T::triggeredBy}, Column{"url", &T::url});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<DeploymentCommit>
{
    using T = DeploymentCommit;
    static constexpr std::string_view name = "deployment_commits";
    static constexpr auto columns =
        std::make_tuple(Column{"deployment_id", &T::deploymentId}, Column{"commit_id", &T::commitId});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<Incident>
{
    using T = Incident;
    static constexpr std::string_view name = "incidents";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"service_id", &T::serviceId}, Column{"deployment_id", &T::deploymentId},
        Column{"commit_oid", &T::commitOid}, Column{"title", &T::title}, Column{"severity", &T::severity},
        Column{"started_at", &T::startedAt}, Column{"resolved_at", &T::resolvedAt}, Column{"source", &T::source},
        Column{"external_id", &T::externalId}, Column{"url", &T::url});
    static constexpr std::array<std::string_view, 2> naturalKey{"source", "external_id"};
};

template<>
struct Table<ValueStream>
{
    using T = ValueStream;
    static constexpr std::string_view name = "value_streams";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"name", &T::name}, Column{"service_id", &T::serviceId}, Column{"state", &T::state},
        Column{"based_on_id", &T::basedOnId}, Column{"period_from", &T::periodFrom}, Column{"period_to", &T::periodTo},
        Column{"statistic", &T::statistic}, Column{"notes", &T::notes}, Column{"revision", &T::revision},
        Column{"updated_at", &T::updatedAt});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<ValueStreamStep>
{
    using T = ValueStreamStep;
    static constexpr std::string_view name = "value_stream_steps";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"value_stream_id", &T::valueStreamId}, Column{"position", &T::position}, Column{"name", &T::name},
        Column{"kind", &T::kind}, Column{"process_ms", &T::processMs}, Column{"wait_ms", &T::waitMs},
        Column{"pct_complete_accurate", &T::pctCompleteAccurate}, Column{"people", &T::people}, Column{"wip", &T::wip},
        Column{"measured", &T::measured}, Column{"notes", &T::notes}, Column{"improvement_ideas", &T::improvementIdeas},
        Column{"source_key", &T::sourceKey});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<ValueStreamStepEdge>
{
    using T = ValueStreamStepEdge;
    static constexpr std::string_view name = "value_stream_step_edges";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"value_stream_id", &T::valueStreamId}, Column{"from_step_id", &T::fromStepId},
                        Column{"to_step_id", &T::toStepId});
    static constexpr std::array<std::string_view, 2> naturalKey{"from_step_id", "to_step_id"};
};

template<>
struct Table<Backend>
{
    using T = Backend;
    static constexpr std::string_view name = "backends";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(Column{"name", &T::name}, Column{"kind", &T::kind},
                                                    Column{"config", &T::config}, Column{"enabled", &T::enabled});
    static constexpr std::array<std::string_view, 1> naturalKey{"name"};
};

template<>
struct Table<Release>
{
    using T = Release;
    static constexpr std::string_view name = "releases";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"name", &T::name}, Column{"version", &T::version}, Column{"description", &T::description},
        Column{"is_template", &T::isTemplate}, Column{"template_id", &T::templateId}, Column{"status", &T::status},
        Column{"planned_start", &T::plannedStart}, Column{"planned_end", &T::plannedEnd},
        Column{"started_at", &T::startedAt}, Column{"finished_at", &T::finishedAt}, Column{"revision", &T::revision},
        Column{"created_at", &T::createdAt}, Column{"on_failure", &T::onFailure});
    static constexpr std::array<std::string_view, 1> naturalKey{"name"};
};

template<>
struct Table<ReleaseItem>
{
    using T = ReleaseItem;
    static constexpr std::string_view name = "release_items";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"release_id", &T::releaseId}, Column{"service_id", &T::serviceId}, Column{"version", &T::version});
    static constexpr std::array<std::string_view, 2> naturalKey{"release_id", "service_id"};
};

template<>
struct Table<ReleaseTask>
{
    using T = ReleaseTask;
    static constexpr std::string_view name = "release_tasks";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"release_id", &T::releaseId}, Column{"name", &T::name}, Column{"kind", &T::kind},
        Column{"state", &T::state}, Column{"service_id", &T::serviceId}, Column{"environment_id", &T::environmentId},
        Column{"version", &T::version}, Column{"backend_id", &T::backendId}, Column{"config", &T::config},
        Column{"owner", &T::owner}, Column{"instructions", &T::instructions}, Column{"max_retries", &T::maxRetries},
        Column{"attempt", &T::attempt}, Column{"is_rollback", &T::isRollback},
        Column{"backend_handle", &T::backendHandle}, Column{"started_at", &T::startedAt},
        Column{"finished_at", &T::finishedAt});
    static constexpr std::array<std::string_view, 2> naturalKey{"release_id", "name"};
};

template<>
struct Table<ReleaseTaskEdge>
{
    using T = ReleaseTaskEdge;
    static constexpr std::string_view name = "release_task_edges";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"release_id", &T::releaseId}, Column{"from_task_id", &T::fromTaskId},
                        Column{"to_task_id", &T::toTaskId});
    static constexpr std::array<std::string_view, 2> naturalKey{"from_task_id", "to_task_id"};
};

template<>
struct Table<ReleaseApproval>
{
    using T = ReleaseApproval;
    static constexpr std::string_view name = "release_approvals";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"task_id", &T::taskId}, Column{"approver", &T::approver},
                        Column{"decision", &T::decision}, Column{"comment", &T::comment}, Column{"at", &T::at});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<ReleaseTaskOutput>
{
    using T = ReleaseTaskOutput;
    static constexpr std::string_view name = "release_task_output";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(Column{"task_id", &T::taskId}, Column{"attempt", &T::attempt},
                                                    Column{"at", &T::at}, Column{"text", &T::text});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<DeploymentWindow>
{
    using T = DeploymentWindow;
    static constexpr std::string_view name = "deployment_windows";
    static constexpr auto id = &T::id;
    static constexpr auto columns = std::make_tuple(
        Column{"name", &T::name}, Column{"kind", &T::kind}, Column{"environment_id", &T::environmentId},
        Column{"recurrence", &T::recurrence}, Column{"weekdays", &T::weekdays}, Column{"start_minute", &T::startMinute},
        Column{"end_minute", &T::endMinute}, Column{"starts_at", &T::startsAt}, Column{"ends_at", &T::endsAt},
        Column{"time_zone", &T::timeZone});
    static constexpr NoKey naturalKey{};
};

template<>
struct Table<ReleaseLock>
{
    using T = ReleaseLock;
    static constexpr std::string_view name = "release_locks";
    static constexpr auto columns = std::make_tuple(Column{"release_id", &T::releaseId}, Column{"owner", &T::owner},
                                                    Column{"heartbeat_at", &T::heartbeatAt});
    static constexpr std::array<std::string_view, 1> naturalKey{"release_id"};
};

template<>
struct Table<AuditEntry>
{
    using T = AuditEntry;
    static constexpr std::string_view name = "audit_log";
    static constexpr auto id = &T::id;
    static constexpr auto columns =
        std::make_tuple(Column{"at", &T::at}, Column{"actor", &T::actor}, Column{"action", &T::action},
                        Column{"subject_type", &T::subjectType}, Column{"subject_id", &T::subjectId},
                        Column{"outcome", &T::outcome}, Column{"detail", &T::detail});
    static constexpr NoKey naturalKey{};
};

} // namespace flowdeck::store
