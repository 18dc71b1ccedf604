// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "delivery/promotionwaits.h"
#include "domain/delivery.h"
#include "overview/workspacesummary.h"

namespace flowdeck {

/// What the Environments page shows: the promotion graph, what each service runs in each environment, and how
/// long versions waited before promotion over a period that ends with the latest deployment.
struct EnvironmentOverview
{
    /// In promotion order.
    QList<Environment> environments;
    QList<EnvironmentEdge> edges;
    /// By name.
    QList<Service> services;
    QList<RunningVersion> running;
    PromotionFlow flow;
    /// [periodStart, periodEnd): the waits are of promotions that started then. Both 0 without deployments.
    Timestamp periodStart = 0;
    Timestamp periodEnd = 0;
};

/// Reads the overview, with waits over the `days` days up to the latest deployment (so that a workspace of past
/// history shows its own last months, not an empty present).
Result<EnvironmentOverview> loadEnvironmentOverview(const QSqlDatabase &db, int days = 90);

} // namespace flowdeck
