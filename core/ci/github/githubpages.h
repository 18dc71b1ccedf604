// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/json.h"
#include "ci/records.h"
#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

/// GitHub REST API pages (live responses or saved ones) read into ci::Batch records. How each field maps is
/// documented in docs/ci-import.md, section "GitHub".
namespace flowdeck::ci::github {

/// Which endpoint a page comes from.
enum class PageKind
{
    /// GET /repos/{owner}/{repo}/actions/runs: an object with `total_count` and `workflow_runs`.
    WorkflowRuns,
    /// GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs: an object with `total_count` and `jobs`.
    Jobs,
    /// GET /repos/{owner}/{repo}/deployments: a bare array.
    Deployments,
    /// GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses: a bare array.
    DeploymentStatuses,
    /// GET /repos/{owner}/{repo}/pulls: a bare array.
    PullRequests,
    /// GET /repos/{owner}/{repo}/releases: a bare array.
    Releases,
    /// GET /repos/{owner}/{repo}/issues: a bare array; only issues with the incident label are read.
    Issues,
};

/// What a page is read for and how its messages name it.
struct PageContext
{
    /// The endpoint URL or the saved file's path, named in every error and warning.
    QString where;
    /// owner/repo. May be empty for saved files: the repository is then taken from the payload's repository
    /// objects and URLs where they carry it.
    QString repository;
    /// Issues pages: only issues with this label (compared without case) become incidents.
    QString incidentLabel = QStringLiteral("incident");
};

/// The records of one page. Fails, naming `context.where`, on text that is not JSON, a document of the wrong
/// shape, an item that is not an object or lacks its id or another key its kind cannot do without. List kinds
/// also take a single item (what GET .../deployments/{id} answers), and the run and job pages a single run or
/// job, as a page of one. Unknown keys are ignored; missing optional ones leave their fields unknown.
Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context);
/// The same for a document already parsed (by detectPageKind's caller), so that a saved file is parsed once: a
/// document's root, or a page of an array of pages.
Result<Batch> parsePage(PageKind kind, const json::Value &page, const PageContext &context);
/// The same for a document Qt parsed (a page a sync has read already).
Result<Batch> parsePage(PageKind kind, const QJsonDocument &document, const PageContext &context);

/// For saved responses: which kind of page a document is, from its shape. Objects with a `workflow_runs` or
/// `jobs` list are run and job pages; otherwise the first item of an array (or the object itself) decides by
/// the keys distinctive of its kind: `deployment_url` with `state` (a deployment status), `head` with `base` (a
/// pull request), `tag_name` (a release), `sha` with `environment` (a deployment), `labels` with `title` and no
/// `head` (an issue), `workflow_id` with `run_number` (one run), `run_id` with `steps` (one job). nullopt when
/// nothing matches, for an empty array, and for text that is not JSON.
std::optional<PageKind> detectPageKind(const QByteArray &body);
std::optional<PageKind> detectPageKind(const json::Value &page);
std::optional<PageKind> detectPageKind(const QJsonDocument &document);

/// The kind's name in messages, plural ("workflow runs", "deployment statuses").
QString pageKindTitle(PageKind kind);

} // namespace flowdeck::ci::github
