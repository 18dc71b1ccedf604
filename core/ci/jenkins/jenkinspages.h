// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/json.h"
#include "ci/records.h"
#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

/// Jenkins JSON API and Pipeline Stage View (wfapi) pages, live responses or saved ones, read into ci::Batch
/// records. A build is a run whose external id is its build URL; a stage of a Pipeline run is a job whose external
/// id is the build URL, "#" and the stage's node id. How each field maps is documented in docs/ci-import.md,
/// section "Jenkins".
namespace flowdeck::ci::jenkins {

/// Which endpoint a page comes from.
enum class PageKind
{
    /// JOB/api/json?tree=builds[...] (or allBuilds[...]): an object with a list of builds.
    JobBuilds,
    /// BUILD/api/json: one build.
    Build,
    /// JOB/wfapi/runs: a list of Pipeline runs with their stages.
    WfapiRuns,
    /// BUILD/wfapi/describe: one Pipeline run with its stages.
    WfapiRun,
    /// BUILD/execution/node/ID/wfapi/describe: one stage with its steps (stageFlowNodes).
    WfapiStageNode,
    /// JOB/wfapi/describe: the job's name and run count; it holds no records.
    WfapiJob,
};

/// What a page is read for and how its messages name it.
struct PageContext
{
    /// The endpoint URL or the saved file's path, named in every error and warning.
    QString where;
    /// The job's URL, e.g. https://ci.example/job/app/. wfapi pages link to their builds by server-relative paths
    /// (/job/app/16/wfapi/describe): this URL's scheme and host make them the build URLs api/json gives. May be
    /// empty: build URLs are then taken from api/json pages as they are, and wfapi pages give server-relative ones,
    /// with a warning.
    QString jobUrl;
};

/// The records of one page. Fails, naming `context.where`, on text that is not JSON, a document of the wrong shape
/// or of another kind, and an item that is not an object or cannot be named (a build without its URL, a stage
/// without its id). What cannot be taken as given (an unknown result or status, a build the page gives no result
/// or time for, an impossible time) is said in the batch's warnings, naming the record.
Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context);
/// The same for a document already parsed (by detectPageKind's caller), so that a saved file is parsed once: a
/// document's root, or a page of an array of pages.
Result<Batch> parsePage(PageKind kind, const json::Value &page, const PageContext &context);
/// The same for a document Qt parsed (a page a sync has read already).
Result<Batch> parsePage(PageKind kind, const QJsonDocument &document, const PageContext &context);

/// For saved responses: which kind of page a document is, from its shape: a list whose first item has `stages` or
/// `startTimeMillis` (wfapi runs); an object with `stageFlowNodes` (a stage node), `stages` (a run), `runCount` (a
/// job describe), `builds` or `allBuilds` (a job's builds), or `number` with `timestamp`, `result` or `building` (a
/// build). nullopt when nothing matches, for an empty list, and for text that is not JSON.
std::optional<PageKind> detectPageKind(const QByteArray &body);
std::optional<PageKind> detectPageKind(const json::Value &page);
std::optional<PageKind> detectPageKind(const QJsonDocument &document);

/// The kind's name in messages ("job builds", "wfapi runs").
QString pageKindTitle(PageKind kind);

/// The build URL a wfapi link names: "/job/app/16/wfapi/describe" or "/job/app/16/execution/node/5/wfapi/describe"
/// gives "/job/app/16/", made absolute with the scheme and host of `jobUrl` when it has them. Empty when the link
/// has neither form.
QString buildUrlOfLink(const QString &href, const QString &jobUrl);

} // namespace flowdeck::ci::jenkins
