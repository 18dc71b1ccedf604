// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/deploymentrow.h"

#include "store/query.h"

#include <QSqlQuery>

namespace flowdeck {

using namespace Qt::StringLiterals;

QString deploymentRowColumns()
{
    return u"d.id, s.name, e.name, d.version, d.status, d.started_at, d.finished_at"_s;
}

DeploymentRow readDeploymentRow(const QSqlQuery &query, int first)
{
    DeploymentRow row;
    row.id = query.value(first).toLongLong();
    row.service = query.value(first + 1).toString();
    row.environment = query.value(first + 2).toString();
    row.version = query.value(first + 3).toString();
    row.status = query.value(first + 4).toString();
    row.startedAt = store::optionalTime(query.value(first + 5));
    row.finishedAt = store::optionalTime(query.value(first + 6));
    return row;
}

} // namespace flowdeck
