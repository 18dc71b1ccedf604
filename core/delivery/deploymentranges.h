// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QSqlDatabase>

namespace flowdeck {

/// Recomputes deployment_commits for the deployments of every service whose code lives in the repository: a
/// deployment shipped the commits reachable from its commit and not from the commit of the previous successful
/// deployment of the same service to the same environment (by finish time). Runs inside the caller's
/// transaction. Returns how many deployment-commit links were written.
Result<qint64> recomputeDeploymentCommits(QSqlDatabase &db, Id repositoryId);

} // namespace flowdeck
