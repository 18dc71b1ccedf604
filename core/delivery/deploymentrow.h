// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

class QSqlQuery;

namespace flowdeck {

/// A deployment as lists show it: the names of its service and environment instead of their ids, its version,
/// its status and its times.
struct DeploymentRow
{
    Id id = 0;
    QString service;
    QString environment;
    QString version;
    QString status;
    OptionalTime startedAt;
    OptionalTime finishedAt;

    bool operator==(const DeploymentRow &) const = default;
};

/// The select list of a DeploymentRow, from `deployments d` joined with `services s` and `environments e`.
QString deploymentRowColumns();

/// Reads a DeploymentRow from the current row of `query`, whose columns from `first` on are
/// deploymentRowColumns().
DeploymentRow readDeploymentRow(const QSqlQuery &query, int first = 0);

} // namespace flowdeck
