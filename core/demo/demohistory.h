// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoprofile.h"
#include "demo/demorandom.h"
#include "domain/delivery.h"
#include "domain/history.h"
#include "domain/pipeline.h"

#include <QList>

namespace flowdeck::demo {

// A service's simulated history, held in memory before it is written. Cross references are indices into the
// lists here (commits, stages(), environments()) until the writer turns them into row ids.

struct DemoJob
{
    Job job;
    int stage = 0;
};

struct DemoDeployment
{
    Deployment deployment;
    int environment = 0;
    /// The newest change on main (an index into the changes, in merge order) that this deployment's commit contains.
    int mergeIndex = 0;
    /// A commit deployed on top of main at mergeIndex without being on main there (a hotfix's), as an index into
    /// ServiceHistory::commits; -1 for none.
    int extraCommit = -1;
    /// Indices into ServiceHistory::commits of the commits this deployment shipped.
    QList<int> commits;
};

struct DemoRun
{
    PipelineRun run;
    QList<DemoJob> jobs;
    QList<DemoDeployment> deployments;
    int mergeIndex = -1;
    /// Work that would start after the end of the history: the run is still in progress.
    bool pending = false;
};

struct DemoIncident
{
    Incident incident;
    int run = -1;
    int deployment = -1;
};

struct ServiceHistory
{
    QList<Commit> commits;
    /// commitId holds an index into commits.
    QList<CommitParent> parents;
    /// The files each commit changed, by the commit's index (empty for merges); their counts add up to the
    /// commit's stats.
    QList<QList<CommitFile>> files;
    QList<PullRequest> pullRequests;
    QList<DemoRun> runs;
    QList<Tag> tags;
    QList<Branch> branches;
    QList<DemoIncident> incidents;
};

/// Simulates one service's year: pull requests with their commits, a CI run for pushes, a delivery run for every
/// change on main, releases to staging and production at the service's cadence, the incidents they caused, and
/// the hotfixes and rollbacks that answered some of those incidents.
ServiceHistory simulateService(const ServiceProfile &profile, Timestamp start, Timestamp end, DemoRandom &random);

} // namespace flowdeck::demo
