// SPDX-License-Identifier: GPL-3.0-or-later
// Facts for the metrics written by hand: times in hours and days from one fixed start, so that every expected
// value in the tests can be worked out on paper.
#pragma once

#include "metrics/metrics.h"

#include <QTest>

namespace flowdeck::metrics::testing {

inline constexpr qint64 Hour = 3600 * 1000;
inline constexpr qint64 Day = 24 * Hour;
/// 2024-01-01 00:00 UTC.
inline constexpr Timestamp T0 = 1704067200000;

inline DeploymentFact deployment(Id id, Id service, const char *version, Timestamp finished, bool succeeded = true,
                                 bool hotfix = false)
{
    DeploymentFact fact;
    fact.id = id;
    fact.serviceId = service;
    fact.version = QString::fromLatin1(version);
    fact.succeeded = succeeded;
    fact.startedAt = finished - 10 * 60 * 1000;
    fact.finishedAt = finished;
    fact.hotfix = hotfix;
    return fact;
}

inline ChangeFact change(Id commit, Timestamp author, Timestamp committer, OptionalTime preproduction,
                         OptionalTime production, OptionalId productionDeployment, Id service = 1)
{
    ChangeFact fact;
    fact.commitId = commit;
    fact.serviceId = service;
    fact.authorTime = author;
    fact.committerTime = committer;
    fact.preproductionAt = preproduction;
    fact.productionAt = production;
    fact.productionDeploymentId = productionDeployment;
    return fact;
}

inline IncidentFact incident(Id id, OptionalId service, OptionalId deployment, Timestamp started, OptionalTime resolved)
{
    return IncidentFact{id, service, deployment, started, resolved};
}

/// [from, from + length).
inline Scope period(Timestamp from, qint64 length)
{
    return Scope{from, from + length, {}};
}

inline Options options(Benchmark benchmark = Benchmark::Dora2024, TimeBasis basis = TimeBasis::Author)
{
    Options result;
    result.benchmark = benchmark;
    result.leadTimeFrom = basis;
    return result;
}

} // namespace flowdeck::metrics::testing

/// Compares an optional figure: both empty, or both set and equal (doubles fuzzily, as QCOMPARE does).
#define COMPARE_OPTIONAL(actual, expected)                                                                             \
    do {                                                                                                               \
        const auto actualValue_ = (actual);                                                                            \
        const auto expectedValue_ = (expected);                                                                        \
        QCOMPARE(actualValue_.has_value(), expectedValue_.has_value());                                                \
        if (actualValue_.has_value())                                                                                  \
            QCOMPARE(*actualValue_, *expectedValue_);                                                                  \
    } while (false)
