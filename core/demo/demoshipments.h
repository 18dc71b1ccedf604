// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demohistory.h"

#include <QHash>
#include <QList>

namespace flowdeck::demo {

// What a service's simulated deployments shipped: the commits each one brought to its environment, and the release
// tags of the versions production got.

/// Fills each deployment's commits: the changes after the one its environment last ran successfully (main up to a
/// change, perhaps with a hotfix on top). `changeCommits` holds, for each change (merge index), the commits it
/// brought to main; `mergedBackIn`, for each hotfix commit merged back into main, the change it came in with.
void linkDeployedCommits(QList<DemoRun> &runs, qsizetype environmentCount, const QList<QList<int>> &changeCommits,
                         const QHash<int, int> &mergedBackIn);

/// An annotated release tag for every successful production deployment of a version not tagged yet (a rollback
/// deploys a tagged one), in the order of the runs.
QList<Tag> releaseTags(const QList<DemoRun> &runs, const QString &service);

} // namespace flowdeck::demo
