// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/derivereads.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>

namespace flowdeck::valuestream::detail {

using namespace Qt::StringLiterals;

namespace {

enum DeploymentEnd
{
    Open = 0,
    Succeeded = 1,
    Failed = 2,
};

bool isAscii(std::string_view text)
{
    return std::all_of(text.cbegin(), text.cend(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// Sets `oid` to a stored commit as the promotions compare it: without the spaces around it, in lower case (ASCII
/// letters, as SQLite's lower() does), and as UTF-8 that went through QString where it is not plain ASCII, so that
/// commits equal as QStrings are equal here.
void setCommit(std::string &oid, QByteArrayView stored)
{
    qsizetype first = 0;
    qsizetype last = stored.size();
    while (first < last && stored[first] == ' ')
        ++first;
    while (last > first && stored[last - 1] == ' ')
        --last;
    oid.assign(stored.data() + first, std::size_t(last - first));
    for (char &c : oid) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    if (!isAscii(oid))
        oid = QString::fromUtf8(oid.data(), qsizetype(oid.size())).toUtf8().toStdString();
}

/// When each version first arrived (ended a successful deployment) in each environment: a version in one
/// environment of one service, by its commit or by its version string (as UTF-8). Added first, then finish()ed, then
/// looked up: sorted rather than hashed, so that a hundred thousand arrivals cost no allocation each.
class Arrivals
{
public:
    void add(Id service, int environment, std::string_view text, Timestamp at)
    {
        m_entries.push_back(
            Entry{hashOf(service, environment, text), service, environment, m_texts.size(), text.size(), at});
        m_texts.append(text);
    }

    /// Orders what was added, keeping the first arrival of each version.
    void finish()
    {
        std::sort(m_entries.begin(), m_entries.end(), [this](const Entry &a, const Entry &b) {
            const auto left = keyOf(a);
            const auto right = keyOf(b);
            return left < right || (left == right && a.at < b.at);
        });
        const auto last = std::unique(m_entries.begin(), m_entries.end(),
                                      [this](const Entry &a, const Entry &b) { return keyOf(a) == keyOf(b); });
        m_entries.erase(last, m_entries.end());
    }

    /// The arrival of the version, when it came no later than `started`.
    OptionalTime before(Id service, int environment, std::string_view text, Timestamp started) const
    {
        const Key key{hashOf(service, environment, text), service, environment, text};
        const auto it =
            std::lower_bound(m_entries.cbegin(), m_entries.cend(), key,
                             [this](const Entry &entry, const Key &wanted) { return keyOf(entry) < wanted; });
        if (it == m_entries.cend() || keyOf(*it) != key || it->at > started)
            return std::nullopt;
        return it->at;
    }

private:
    using Key = std::tuple<std::size_t, Id, int, std::string_view>;

    struct Entry
    {
        std::size_t hash = 0;
        Id service = 0;
        int environment = 0;
        std::size_t offset = 0;
        std::size_t length = 0;
        Timestamp at = 0;
    };

    static std::size_t hashOf(Id service, int environment, std::string_view text)
    {
        return std::hash<std::string_view>{}(text) ^
               (std::size_t(service) * 0x9e3779b97f4a7c15ULL + std::size_t(environment));
    }

    Key keyOf(const Entry &entry) const
    {
        return Key{entry.hash, entry.service, entry.environment,
                   std::string_view(m_texts).substr(entry.offset, entry.length)};
    }

    std::vector<Entry> m_entries;
    std::string m_texts;
};

/// A deployment in the period to a promotion step's environment that has an environment before it.
struct Target
{
    int environment = 0;
    Id service = 0;
    Timestamp started = 0;
    /// The commit, as setCommit() gives it: where it lies in the text of all targets' commits.
    std::size_t oidOffset = 0;
    std::size_t oidLength = 0;
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
Result<Arrivals> readVersionArrivals(const Reads &reads, const ReadScope &scope, const Layout &layout)
{
    auto reader = reads.reader(Derivation::tr("Reading the versions deployed before the value stream's promotions"));
    QVariantList values{scope.to};
    QString sql = u"SELECT environment_id, service_id, finished_at, version FROM deployments WHERE status = "
                  u"'succeeded' AND finished_at < ? AND environment_id IN ("_s +
                  placeholders(layout.sourceIds, values) + u')';
    if (scope.serviceId) {
        sql += u" AND service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();
    Arrivals arrivals;
    while (reader.next()) {
        const QString version = reader.text(3);
        if (!version.isEmpty())
            arrivals.add(reader.integer(1), layout.position.value(reader.integer(0)), version.toUtf8().toStdString(),
                         reader.integer(2));
    }
    arrivals.finish();
    if (auto read = reader.status(); !read)
        return read.error();
    return arrivals;
}

} // namespace

Result<std::vector<Samples>> readPromotionSamples(const Reads &reads, const ReadScope &scope,
                                                  const QList<EnvironmentRow> &environments,
                                                  const std::vector<bool> &promoted, const QHash<Id, int> &shipped)
{
    std::vector<Samples> samples(static_cast<std::size_t>(environments.size()));
    const Layout layout = layoutOf(environments, promoted);
    if (layout.targetIds.isEmpty())
        return samples;

    // One read for both: the deployments in the period to the promotion steps' environments, and the successful ones
    // before the period's end to the environments before them (however long ago: a version may wait for months).
    // SQLite hands over the plain values, which are sorted out here: that costs a fraction of its expressions.
    // Commits compare in lower case; the version string is only needed of the deployments in the period without one.
    const QString what = Derivation::tr("Reading the deployments of the value stream");
    QString sql = u"SELECT environment_id, service_id, status, started_at, finished_at, commit_oid, id, version "
                  u"FROM deployments"_s;
    QVariantList values;
    if (scope.serviceId) {
        sql += u" WHERE service_id = ?"_s;
        values.append(*scope.serviceId);
    }
    // The samples in the order SQLite reads them: through the index by service, environment and finish (an unknown
    // finish first), else by id.
    sql = reads.inSqliteOrder(sql, scope.serviceId ? u"environment_id, finished_at NULLS FIRST, id" : u"id");
    auto reader = reads.reader(what);
    if (auto ran = run(reader, sql, values); !ran)
        return ran.error();

    QList<Target> targets;
    Arrivals byCommit;
    std::string oid;
    std::string targetOids;
    while (reader.next()) {
        const int environment = layout.position.value(reader.integer(0), -1);
        if (environment < 0)
            continue;
        const OptionalTime started = reader.optionalInteger(3);
        const bool inPeriod =
            promoted[std::size_t(environment)] && started && *started >= scope.from && *started < scope.to;
        if (!inPeriod && !layout.source[std::size_t(environment)])
            continue;
        const QByteArrayView status = reader.utf8(2);
        const int end = status == QByteArrayView("succeeded") ? Succeeded
                        : status == QByteArrayView("failed")  ? Failed
                                                              : Open;
        const OptionalTime ended = reader.optionalInteger(4);
        const bool arrived = layout.source[std::size_t(environment)] && end == Succeeded && ended && *ended < scope.to;
        if (!inPeriod && !arrived)
            continue;
        const Id service = reader.integer(1);
        setCommit(oid, reader.utf8(5));
        if (arrived && !oid.empty())
            byCommit.add(service, environment, oid, *ended);
        if (!inPeriod)
            continue;
        Samples &entry = samples[std::size_t(environment)];
        const int weight = std::max(1, shipped.value(reader.integer(6)));
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
        if (environment > 0) {
            targets.append(Target{environment, service, *started, targetOids.size(), oid.size(),
                                  oid.empty() ? reader.text(7) : QString(), counted, weight});
            targetOids += oid;
        }
    }
    if (auto read = reader.status(); !read)
        return read.error();
    byCommit.finish();

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
        if (target.oidLength == 0) {
            if (!target.version.isEmpty())
                byVersionOnly.append(&target);
        } else if (const OptionalTime arrival = byCommit.before(
                       target.service, target.environment - 1,
                       std::string_view(targetOids).substr(target.oidOffset, target.oidLength), target.started)) {
            addWait(target, *arrival);
        }
    }
    if (!byVersionOnly.isEmpty()) {
        auto byVersion = readVersionArrivals(reads, scope, layout);
        if (!byVersion)
            return byVersion.error();
        for (const Target *target : std::as_const(byVersionOnly)) {
            if (const OptionalTime arrival = byVersion->before(target->service, target->environment - 1,
                                                               target->version.toUtf8().toStdString(), target->started))
                addWait(*target, *arrival);
        }
    }
    return samples;
}

} // namespace flowdeck::valuestream::detail
