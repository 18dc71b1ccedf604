// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "taskcontrol.h"
#include "valuestream/valuestreammap.h"

#include <QSqlDatabase>

namespace flowdeck::valuestream {

/// What a map is derived from: one service's (or, with none, every service's) history in [from, to).
struct DerivationScope
{
    Timestamp from = 0;
    Timestamp to = 0;
    OptionalId serviceId;
    Statistic statistic = Statistic::Median;

    bool operator==(const DerivationScope &) const = default;
};

/// Derives the current-state map of a service from the workspace's data (docs/valuestream.md says how, step by
/// step): coding (first commit -> pull request opened), review (opened -> merged), each stage of the service's
/// pipeline in the stage graph's order and branches (wait = started - the finish of the stages it needs in its run,
/// else - queued; process = finished - started; %C&A = first-attempt success rate; approval gates are the stages of
/// kind approval), and each promotion between environments that no pipeline stage deploys to. A stage's samples of a
/// run, and a promotion's of a deployment, count once for every pull request the deployment shipped (see
/// docs/valuestream.md). Every step is measured, carries its samples and sample count,
/// and is named and keyed as Step::sourceKey says; steps without a single record are left out. The map is not
/// stored (id 0, step ids -1, -2, ...), its name is the service's (or "All services"), its period and statistic
/// the scope's. Only reads, all in one snapshot: through a read-only connection of its own to `db`'s file where
/// `db` is not inside a transaction, else on `db`; checks `control` between steps.
Result<Map> deriveMap(const QSqlDatabase &db, const DerivationScope &scope, const TaskControl &control = {});

} // namespace flowdeck::valuestream
