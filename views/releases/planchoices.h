// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "domain/release.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

namespace flowdeck::views {

/// What a plan's tasks and carried services can name: the workspace's services, environments and deployment
/// backends, each a handful of rows.
struct PlanChoices
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::PlanChoices)

public:
    QList<Service> services;
    QList<Environment> environments;
    QList<Backend> backends;

    /// Services and backends by name, environments along the promotion path.
    static Result<PlanChoices> load(const QSqlDatabase &db);

    /// The name of the service, environment or backend with `id`; "#id" when the workspace has none of that id.
    QString serviceName(Id id) const;
    QString environmentName(Id id) const;
    QString backendName(Id id) const;
    const Backend *backend(Id id) const;
};

} // namespace flowdeck::views
