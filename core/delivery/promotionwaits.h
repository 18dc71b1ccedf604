// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace flowdeck {

/// How long versions waited in one environment before they were promoted along one edge of the promotion graph.
///
/// A promotion is a successful deployment to `to` whose version (or, without a version, whose commit) had
/// arrived in `from` before, through a successful deployment of the same service. Its wait runs from the end of
/// the first such arrival to the start of the deployment to `to`.
struct PromotionWait
{
    Id fromEnvironmentId = 0;
    Id toEnvironmentId = 0;
    /// Promotions whose deployment to `to` started in the period.
    int promotions = 0;
    std::optional<qint64> medianMs;
    std::optional<qint64> p85Ms;
    /// Successful deployments to `to` in the period whose version never arrived in `from` first (a hotfix
    /// lane, or a version built for `to` alone): not promotions along this edge, so not in the figures.
    int unmatched = 0;
};

/// A version that arrived in an environment and has not gone on to any environment after it yet.
struct WaitingVersion
{
    Id serviceId = 0;
    Id environmentId = 0;
    QString version;
    /// The end of its arrival in the environment.
    Timestamp since = 0;
};

struct PromotionFlow
{
    /// One per edge of the promotion graph, in the edges' order.
    QList<PromotionWait> waits;
    /// Per service and environment with a successor: the version running there, when it has not been deployed
    /// to any successor since it arrived. Environments without successors (production) wait for nothing.
    QList<WaitingVersion> waiting;
};

/// The promotion waits of deployments to each edge's target starting in [from, to), and what waits now.
Result<PromotionFlow> loadPromotionFlow(const QSqlDatabase &db, Timestamp from, Timestamp to);

} // namespace flowdeck
