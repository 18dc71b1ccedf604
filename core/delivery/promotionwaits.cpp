// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/promotionwaits.h"

#include "domain/delivery.h"
#include "stats/quantiles.h"
#include "store/query.h"
#include "store/sqlvalue.h"
#include "store/workspace.h"

#include <QHash>
#include <QSqlError>

#include <map>
#include <tuple>
#include <vector>

namespace flowdeck {

using namespace Qt::StringLiterals;

namespace {

/// A successful deployment, as far as promotions go.
struct Arrival
{
    Id serviceId = 0;
    Id environmentId = 0;
    /// The version, or the commit when the deployment names no version.
    QString key;
    QString version;
    Timestamp started = 0;
    Timestamp finished = 0;
};

/// (environment, service, version) -> the first successful deployment of that version there.
using FirstArrivals = std::map<std::tuple<Id, Id, QString>, Arrival>;

} // namespace

Result<PromotionFlow> loadPromotionFlow(const QSqlDatabase &db, Timestamp from, Timestamp to)
{
    auto edges = store::runQuery(db, u"environment_edges"_s,
                                 u"SELECT from_environment_id, to_environment_id FROM environment_edges ORDER BY id"_s);
    if (!edges)
        return edges.error();
    QList<std::pair<Id, Id>> promotionEdges;
    while (edges->next())
        promotionEdges.append({edges->value(0).toLongLong(), edges->value(1).toLongLong()});

    // Every successful deployment, oldest first: the first one of a version in an environment is its arrival.
    auto deployments = store::runQuery(
        db, u"deployments"_s,
        u"SELECT service_id, environment_id, version, commit_oid, started_at, finished_at FROM deployments "
        "WHERE status = ? AND finished_at IS NOT NULL ORDER BY finished_at, id"_s,
        {QString::fromLatin1(Status::Succeeded)});
    if (!deployments)
        return deployments.error();
    FirstArrivals first;
    // (environment, service) -> the version running there now: the last successful deployment.
    std::map<std::pair<Id, Id>, Arrival> running;
    while (deployments->next()) {
        Arrival arrival;
        arrival.serviceId = deployments->value(0).toLongLong();
        arrival.environmentId = deployments->value(1).toLongLong();
        arrival.version = deployments->value(2).toString();
        const auto commit = store::fromSql<std::optional<QString>>(deployments->value(3));
        arrival.key = !arrival.version.isEmpty() ? arrival.version : commit.value_or(QString());
        arrival.finished = deployments->value(5).toLongLong();
        // A deployment without a start time started, at the latest, when it finished.
        arrival.started = deployments->value(4).isNull() ? arrival.finished : deployments->value(4).toLongLong();
        running[{arrival.environmentId, arrival.serviceId}] = arrival;
        if (arrival.key.isEmpty())
            continue;
        first.try_emplace({arrival.environmentId, arrival.serviceId, arrival.key}, arrival);
    }
    if (deployments->lastError().isValid())
        return store::sqlError(u"deployments"_s, deployments->lastError());

    PromotionFlow flow;
    QHash<Id, QList<Id>> successors;
    for (const auto &[source, target] : std::as_const(promotionEdges)) {
        successors[source].append(target);
        PromotionWait wait;
        wait.fromEnvironmentId = source;
        wait.toEnvironmentId = target;
        std::vector<qint64> waits;
        for (const auto &[key, promoted] : first) {
            if (std::get<0>(key) != target || promoted.started < from || promoted.started >= to)
                continue;
            const auto arrived = first.find({source, std::get<1>(key), std::get<2>(key)});
            if (arrived == first.end() || arrived->second.finished > promoted.started) {
                ++wait.unmatched;
                continue;
            }
            waits.push_back(promoted.started - arrived->second.finished);
        }
        wait.promotions = int(waits.size());
        wait.p85Ms = stats::percentile(waits, 85);
        wait.medianMs = stats::median(waits);
        flow.waits.append(wait);
    }

    for (const auto &[place, now] : running) {
        const QList<Id> next = successors.value(place.first);
        if (next.isEmpty() || now.key.isEmpty())
            continue;
        // Captured by name: clang before 16 cannot capture a structured binding.
        const auto &version = now;
        const bool promoted = std::any_of(next.cbegin(), next.cend(), [&](Id target) {
            return first.count({target, version.serviceId, version.key}) > 0;
        });
        if (promoted)
            continue;
        const Arrival &arrival = first.at({place.first, now.serviceId, now.key});
        flow.waiting.append(WaitingVersion{now.serviceId, place.first, now.version, arrival.finished});
    }
    return flow;
}

} // namespace flowdeck
