// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/environmentoverview.h"

#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"

namespace flowdeck {

using namespace Qt::StringLiterals;

Result<EnvironmentOverview> loadEnvironmentOverview(const QSqlDatabase &db, int days)
{
    EnvironmentOverview overview;
    auto environments = loadEnvironmentsInPromotionOrder(db);
    if (!environments)
        return environments.error();
    overview.environments = std::move(*environments);
    auto edges = store::loadRows<EnvironmentEdge>(db, {}, {}, u"id"_s);
    if (!edges)
        return edges.error();
    overview.edges = std::move(*edges);
    auto services = store::loadRows<Service>(db, {}, {}, u"name, id"_s);
    if (!services)
        return services.error();
    overview.services = std::move(*services);
    auto running = loadRunningVersions(db);
    if (!running)
        return running.error();
    overview.running = std::move(*running);

    auto latest =
        store::runQuery(db, u"deployments"_s, u"SELECT max(COALESCE(started_at, finished_at)) FROM deployments"_s);
    if (!latest)
        return latest.error();
    if (latest->next() && !latest->value(0).isNull()) {
        // The period includes the latest deployment's start.
        overview.periodEnd = latest->value(0).toLongLong() + 1;
        overview.periodStart = overview.periodEnd - qint64(days) * 24 * 60 * 60 * 1000;
    }
    auto flow = loadPromotionFlow(db, overview.periodStart, overview.periodEnd);
    if (!flow)
        return flow.error();
    overview.flow = std::move(*flow);
    return overview;
}

} // namespace flowdeck
