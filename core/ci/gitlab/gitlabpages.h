// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/json.h"
#include "ci/records.h"
#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

/// GitLab REST API (v4) pages, live responses or saved ones, read into ci::Batch records. How each field maps and
/// what is done with missing or contradictory times is documented in docs/ci-import.md, section "GitLab".
namespace flowdeck::ci::gitlab {

/// Which endpoint a page comes from. The list kinds also take a single item (what GET .../jobs/:job_id answers) as
/// a page of one.
enum class PageKind
{
    /// GET /projects/:id/pipelines: a list without start and finish times.
    Pipelines,
    /// GET /projects/:id/pipelines/:pipeline_id: one pipeline with its times.
    Pipeline,
    /// GET /projects/:id/jobs or /projects/:id/pipelines/:pipeline_id/jobs.
    Jobs,
    /// GET /projects/:id/pipelines/:pipeline_id/bridges: the trigger jobs of a pipeline.
    Bridges,
    /// GET /projects/:id/deployments.
    Deployments,
    /// GET /projects/:id/deployments/:deployment_id.
    Deployment,
    /// GET /projects/:id/environments.
    Environments,
    /// GET /projects/:id/environments/:environment_id: one environment with its last deployment.
    Environment,
    /// GET /projects/:id/merge_requests.
    MergeRequests,
    /// GET /projects/:id/issues: only incidents (issue_type "incident") are read.
    Issues,
};

/// What a page is read for and how its messages name it.
struct PageContext
{
    /// The endpoint URL or the saved file's path, named in every error and warning.
    QString where;
    /// The project as the user gave it: its path with namespace ("group/app") or its numeric id. May be empty for
    /// saved files: the project id the payload carries is then used.
    QString project;
};

/// The records of one page. Fails, naming `context.where`, on text that is not JSON, a document of the wrong shape
/// or of another kind, and an item that is not an object or lacks its id or another key its kind cannot do
/// without. Unknown keys are ignored; what cannot be taken as given (a null or contradictory time, an unknown
/// status) is said in the batch's warnings, naming the record.
Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context);
/// The same for a document already parsed (by detectPageKind's caller), so that a saved file is parsed once: a
/// document's root, or a page of an array of pages.
Result<Batch> parsePage(PageKind kind, const json::Value &page, const PageContext &context);
/// The same for a document Qt parsed (a page a sync has read already).
Result<Batch> parsePage(PageKind kind, const QJsonDocument &document, const PageContext &context);

/// For saved responses: which kind of page a document is, from the keys distinctive of its items (the first item
/// of a list, or the object itself): `downstream_pipeline` (a bridge), `stage` with `pipeline` (a job),
/// `deployable` or `environment` with `sha` (a deployment), `slug` (an environment), `source_branch` with
/// `target_branch` (a merge request), `issue_type` or `labels` with `title` (an issue), `sha` with `ref` and
/// `status` (a pipeline). A single object is Pipeline, Deployment or Environment for those three, the list kind for
/// the others. nullopt when nothing matches, for an empty list, and for text that is not JSON.
std::optional<PageKind> detectPageKind(const QByteArray &body);
std::optional<PageKind> detectPageKind(const json::Value &page);
std::optional<PageKind> detectPageKind(const QJsonDocument &document);

/// The kind's name in messages, plural ("pipelines", "merge requests").
QString pageKindTitle(PageKind kind);

} // namespace flowdeck::ci::gitlab
