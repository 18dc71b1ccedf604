// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

/// Folders of saved CI API responses made up for benchmarks: a long history of one project, laid out as
/// docs/ci-import.md tells users to save it, each item being a fixture's item with its ids, names, times and
/// statuses changed.
namespace flowdeck::bench {

/// What a generated folder holds, counted while it was written.
struct GeneratedResponses
{
    /// "github", "gitlab" or "jenkins".
    QString provider;
    QString folder;
    /// What the import is given as its project: the Jenkins job URL (wfapi pages name builds by server-relative
    /// paths); empty for GitHub and GitLab, whose pages name their project.
    QString project;
    qint64 runs = 0;
    qint64 jobs = 0;
    qint64 steps = 0;
    qint64 files = 0;
    qint64 bytes = 0;
};

/// Writes into `folder` (made when missing) the history of one project with at least `jobs` jobs, from the items
/// of the fixtures under `fixtures` (the shared fixtures' ci folder):
///   github   runs/runs-NNNN.json: workflow-run pages of 100, newest first (workflow-run-paginated.json's run);
///            jobs/RUN_ID.json: each run's jobs, 1 to 20 a run with 3 to 15 steps each (job-paginated.json's job).
///   gitlab   pipelines/pipelines-NNNN.json: pipeline list pages of 100 (pipelines-list.json's items);
///            pipelines/ID.json: each pipeline on its own, with its times (pipeline-single.json);
///            jobs/jobs-NNNN.json: the project's jobs, pages of 100, newest first (jobs-list-pipeline.json's items).
///   jenkins  builds/NUMBER.json: each build's wfapi describe with 3 to 10 stages
///            (wfapi-readme-run-describe.json).
/// Runs succeed mostly; some fail (their later jobs skipped), are cancelled, or are still running (the newest).
/// Every job belongs to a run of the folder, every time is in order, so the import warns about nothing. The same
/// arguments give the same files.
Result<GeneratedResponses> generateResponses(const QString &provider, const QString &folder, qint64 jobs,
                                             const QString &fixtures);

} // namespace flowdeck::bench
