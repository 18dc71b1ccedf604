// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "taskcontrol.h"

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::demo {

struct DemoOptions
{
    /// The same seed and end time give the same workspace, row for row.
    quint64 seed = 20240917;
    /// The moment the history ends; 0 means the start of the current UTC day.
    Timestamp end = 0;
    int months = 12;
};

/// The revision of the generated history: raised whenever the same seed and end would give different rows, so that
/// a demo workspace cached by an earlier build of the same version is made again (2: hotfixes and rollbacks answer
/// incidents, squash merges carry the merge as committer time; 3: standard changes wait for the on-call approver's
/// review at 10:00 and 15:00; 4: a deployment backend, a release template, a planned release and a blackout).
inline constexpr int generatorRevision = 4;

/// What the generator wrote.
struct DemoSummary
{
    int services = 0;
    int environments = 0;
    int commits = 0;
    int pipelineRuns = 0;
    int jobs = 0;
    int deployments = 0;
    int incidents = 0;
};

/// Fills an empty workspace with PETech, a retail company of six services, and a year of its delivery history:
/// commits, pipeline runs, jobs, deployments with the commits each shipped, and incidents.
Result<DemoSummary> generateDemo(const store::Workspace &workspace, const DemoOptions &options = {},
                                 const TaskControl &control = {});

} // namespace flowdeck::demo
