// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include "store/query.h"

#include <QHashFunctions>

#include <algorithm>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

enum DeploymentEnd
{
    Open = 0,
    Succeeded = 1,
    Failed = 2,
};

/// A version in one environment of one service: by its commit, or by its version string.
struct ArrivalKey
{
    Id service = 0;
    int environment = 0;
    QString text;

    bool operator==(const ArrivalKey &) const = default;
};

size_t qHash(const ArrivalKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.service, key.environment, key.text);
}

/// When each version first arrived (ended a successful deployment) in each environment.
class Arrivals
{
public:
    void add(ArrivalKey key, Timestamp at)
    {
        auto it = m_first.find(key);
        if (it == m_first.end())
            m_first.insert(std::move(key), at);
        else if (at < *it)
            *it = at;
    }

    /// The arrival of `key`, when it came no later than `started`.
    OptionalTime before(const ArrivalKey &key, Timestamp started) const
    {
        const auto it = m_first.constFind(key);
        return it != m_first.cend() && *it <= started ? OptionalTime(*it) : std::nullopt;
    }

private:
    QHash<ArrivalKey, Timestamp> m_first;
};

/// A deployment in the period to a promotion step's environment that has an environment before it.
struct Target
{
    int environment = 0;
    Id service = 0;
    Timestamp started = 0;
    QString oid;
    QString version;
    /// Counted among the step's records already (for its work or its outcome).
    bool counted = false;
    /// The pull requests it shipped, at least 1: the times its samples count.
    int weight = 1;
};

/// Where the environments of the promotion steps and those before them lie in the path's order.
struct Layout
{
    QHash<Id, int> position;
    QList<Id> targetIds;
    QList<Id> sourceIds;
    /// Per position: whether a promotion step's environment comes next.
    std::vector<bool> source;
};

Layout layoutOf(const QList<EnvironmentRow> &environments, const std::vector<bool> &promoted)
{
    Layout layout;
    layout.source.assign(static_cast<std::size_t>(environments.size()), false);
    for (qsizetype e = 0; e < environments.size(); ++e) {
        layout.position.insert(environments[e].id, int(e));
        if (!promoted[std::size_t(e)])
            continue;
        layout.targetIds.append(environments[e].id);
        if (e > 0 && !layout.source[std::size_t(e - 1)]) {
            layout.source[std::size_t(e - 1)] = true;
            layout.sourceIds.append(environments[e - 1].id);
        }
    }
    return layout;
}

/// Arrivals by version string in the environments before the promotion steps: read only when a deployment in the
/// period has no commit.
Result<Arrivals> readVersionArrivals(const QSqlDatabase &db, const ReadScope &scope, const Layout &layout)
{
    const QString what = Derivation::tr("Reading the versions deployed before the value stream's promotions");
    QVariantList values{scope.to};
    QString sql = u"SELECT environment_id, service_id, finished_at, version FROM deployments WHERE status = "
                  u"'succeeded' AND finished_at < ? AND environment_id IN ("_s +
                  placeholders(layout.sourceIds, values) + u')';
    if (scope.serviceId) {
        sql += u" AND service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();
    Arrivals arrivals;
    while (query->next()) {
        const QString version = query->value(3).toString();
        if (!version.isEmpty()) {
            arrivals.add(
                ArrivalKey{query->value(1).toLongLong(), layout.position.value(query->value(0).toLongLong()), version},
                query->value(2).toLongLong());
        }
    }
    if (auto read = finished(*query, what); !read)
        return read.error();
    return arrivals;
}

} // namespace

Result<std::vector<Samples>> readPromotionSamples(const QSqlDatabase &db, const ReadScope &scope,
                                                  const QList<EnvironmentRow> &environments,
                                                  const std::vector<bool> &promoted, const QHash<Id, int> &shipped)
{
    std::vector<Samples> samples(static_cast<std::size_t>(environments.size()));
    const Layout layout = layoutOf(environments, promoted);
    if (layout.targetIds.isEmpty())
        return samples;

    // One read for both: the deployments in the period to the promotion steps' environments, and the successful ones
    // before the period's end to the environments before them (however long ago: a version may wait for months).
    // Commits compare in lower case; the version string is only needed of the deployments in the period without one.
    const QString what = Derivation::tr("Reading the deployments of the value stream");
    QVariantList values{scope.from, scope.to};
    const QString inPeriod = u"(started_at >= ? AND started_at < ? AND environment_id IN ("_s +
                             placeholders(layout.targetIds, values) + u"))";
    const QVariantList inPeriodValues = values;
    QString sql = u"SELECT environment_id, service_id, CASE status WHEN 'succeeded' THEN 1 WHEN 'failed' THEN 2 "
                  u"ELSE 0 END, started_at, finished_at, lower(trim(commit_oid)), "
                  u"CASE WHEN coalesce(trim(commit_oid), '') = '' AND "_s +
                  inPeriod + u" THEN version END, id FROM deployments WHERE "_s;
    if (scope.serviceId) {
        sql += u"service_id = ? AND "_s;
        values.append(*scope.serviceId);
    }
    sql += u'(' + inPeriod;
    values += inPeriodValues;
    if (!layout.sourceIds.isEmpty()) {
        sql += u" OR (status = 'succeeded' AND finished_at < ? AND environment_id IN ("_s;
        values.append(scope.to);
        sql += placeholders(layout.sourceIds, values) + u"))"_s;
    }
    sql += u')';
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();

    QList<Target> targets;
    Arrivals byCommit;
    while (query->next()) {
        const int environment = layout.position.value(query->value(0).toLongLong(), -1);
        if (environment < 0)
            continue;
        const Id service = query->value(1).toLongLong();
        const int end = query->value(2).toInt();
        const OptionalTime started = optionalTime(*query, 3);
        const OptionalTime ended = optionalTime(*query, 4);
        const QString oid = query->value(5).toString();
        if (layout.source[std::size_t(environment)] && end == Succeeded && ended && *ended < scope.to && !oid.isEmpty())
            byCommit.add(ArrivalKey{service, environment, oid}, *ended);
        if (!promoted[std::size_t(environment)] || !started || *started < scope.from || *started >= scope.to)
            continue;
        Samples &entry = samples[std::size_t(environment)];
        const int weight = std::max(1, shipped.value(query->value(7).toLongLong()));
        bool counted = false;
        if (end == Succeeded && ended && *ended >= *started) {
            for (int i = 0; i < weight; ++i)
                entry.process.append(*ended - *started);
            counted = true;
        }
        if (end == Succeeded || end == Failed) {
            entry.judged += weight;
            entry.passed += end == Succeeded ? weight : 0;
            counted = true;
        }
        entry.records += counted ? weight : 0;
        if (environment > 0)
            targets.append(Target{environment, service, *started, oid, query->value(6).toString(), counted, weight});
    }
    if (auto read = finished(*query, what); !read)
        return read.error();

    // The wait runs from the version's first arrival in the environment before: matched by its commit, or for a
    // deployment without one by its version string; an arrival after this deployment began does not count.
    const auto addWait = [&samples](const Target &target, Timestamp arrival) {
        Samples &entry = samples[std::size_t(target.environment)];
        for (int i = 0; i < target.weight; ++i)
            entry.wait.append(target.started - arrival);
        entry.records += target.counted ? 0 : target.weight;
    };
    QList<const Target *> byVersionOnly;
    for (const Target &target : std::as_const(targets)) {
        if (target.oid.isEmpty()) {
            if (!target.version.isEmpty())
                byVersionOnly.append(&target);
        } else if (const OptionalTime arrival = byCommit.before(
                       ArrivalKey{target.service, target.environment - 1, target.oid}, target.started)) {
            addWait(target, *arrival);
        }
    }
    if (!byVersionOnly.isEmpty()) {
        auto byVersion = readVersionArrivals(db, scope, layout);
        if (!byVersion)
            return byVersion.error();
        for (const Target *target : std::as_const(byVersionOnly)) {
            const ArrivalKey key{target->service, target->environment - 1, target->version};
            if (const OptionalTime arrival = byVersion->before(key, target->started))
                addWait(*target, *arrival);
        }
    }
    return samples;
}

} // namespace flowdeck::valuestream::detail
