// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>

namespace flowdeck::metrics {

/// The period and services the metrics cover: [from, to), and the services by id (empty: every service).
struct Scope
{
    Timestamp from = 0;
    Timestamp to = 0;
    QList<Id> serviceIds;

    /// The period of the same length that ends where this one starts.
    Scope previous() const { return {from - (to - from), from, serviceIds}; }
    bool operator==(const Scope &) const = default;
};

/// The benchmark tables that levels are read from (docs/metrics.md quotes them).
enum class Benchmark
{
    Dora2021,
    Dora2023,
    Dora2024,
};

/// Which time of a commit lead time for changes starts at.
enum class TimeBasis
{
    Author,
    Committer,
};

struct Options
{
    Benchmark benchmark = Benchmark::Dora2024;
    TimeBasis leadTimeFrom = TimeBasis::Author;
    /// A deployment is rework when its run's branch, or the summary of a commit it shipped, matches this
    /// regular expression (case-insensitive). Empty: only incident fixes and rollbacks are rework.
    QString hotfixPattern = QStringLiteral("hotfix");
};

// The facts the metrics are computed from, read from the workspace by loadMetricsData(). Times are ms since the
// epoch, UTC. Everything but the runs covers all time, since "first shipped", "previous deployment" and
// "older version" look back past the period.

/// A deployment of a scoped service to an environment of tier production.
struct DeploymentFact
{
    Id id = 0;
    Id serviceId = 0;
    QString version;
    /// Status `succeeded`.
    bool succeeded = false;
    OptionalTime startedAt;
    OptionalTime finishedAt;
    /// Its run's branch, or the summary of a commit it shipped (deployment_commits, or its own commit), matches
    /// Options::hotfixPattern.
    bool hotfix = false;

    bool operator==(const DeploymentFact &) const = default;
};

/// A commit of a scoped service that reached one of the service's environments through a successful deployment.
struct ChangeFact
{
    Id commitId = 0;
    Id serviceId = 0;
    Timestamp authorTime = 0;
    Timestamp committerTime = 0;
    /// The finish of its first successful deployment to an environment that is not production.
    OptionalTime preproductionAt;
    /// The finish of its first successful production deployment, and that deployment.
    OptionalTime productionAt;
    OptionalId productionDeploymentId;

    bool operator==(const ChangeFact &) const = default;
};

/// The changes, in the parts that the threads reading them made, one after the other: read and iterated as one list,
/// but never copied into one (at a million changes, that copy would be a serial step of its own).
class ChangeFacts
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ChangeFact;
        using difference_type = std::ptrdiff_t;
        using pointer = const ChangeFact *;
        using reference = const ChangeFact &;

        const_iterator() = default;
        reference operator*() const { return *m_at; }
        pointer operator->() const { return m_at; }
        const_iterator &operator++()
        {
            if (++m_at == m_end)
                settle(m_part + 1);
            return *this;
        }
        const_iterator operator++(int)
        {
            const_iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const const_iterator &other) const { return m_at == other.m_at; }

    private:
        friend class ChangeFacts;
        const_iterator(const QList<QList<ChangeFact>> *parts, qsizetype part)
            : m_parts(parts)
        {
            settle(part);
        }
        /// On the first change of the first part from `part` on that has any, else at the end (a null position).
        void settle(qsizetype part)
        {
            for (m_part = part; m_part < m_parts->size(); ++m_part) {
                const QList<ChangeFact> &changes = (*m_parts)[m_part];
                if (!changes.isEmpty()) {
                    m_at = changes.constData();
                    m_end = m_at + changes.size();
                    return;
                }
            }
            m_at = m_end = nullptr;
        }

        const QList<QList<ChangeFact>> *m_parts = nullptr;
        qsizetype m_part = 0;
        const ChangeFact *m_at = nullptr;
        const ChangeFact *m_end = nullptr;
    };

    ChangeFacts() = default;
    ChangeFacts(std::initializer_list<ChangeFact> changes)
        : m_parts{QList<ChangeFact>(changes)}
    {}

    const_iterator begin() const { return const_iterator(&m_parts, 0); }
    const_iterator end() const { return const_iterator(); }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }
    qsizetype size() const
    {
        qsizetype count = 0;
        for (const QList<ChangeFact> &part : m_parts)
            count += part.size();
        return count;
    }
    bool isEmpty() const { return size() == 0; }

    /// Adds one change at the end.
    void append(const ChangeFact &change)
    {
        if (m_parts.isEmpty())
            m_parts.emplaceBack();
        m_parts.last().append(change);
    }
    /// Adds a whole part at the end, without copying its changes.
    void appendPart(QList<ChangeFact> part) { m_parts.append(std::move(part)); }
    /// Every change in one list (a copy).
    QList<ChangeFact> toList() const
    {
        QList<ChangeFact> all;
        all.reserve(size());
        for (const QList<ChangeFact> &part : m_parts)
            all.append(part);
        return all;
    }

    /// The same changes in the same order, however they are divided into parts.
    bool operator==(const ChangeFacts &other) const { return std::equal(begin(), end(), other.begin(), other.end()); }

private:
    QList<QList<ChangeFact>> m_parts;
};

/// An incident of a scoped service (or of no service, when it names a deployment of one).
struct IncidentFact
{
    Id id = 0;
    OptionalId serviceId;
    /// The production deployment it is linked to explicitly: its deployment_id when that deployment is a
    /// production one, else the successful production deployment of its service that first shipped its
    /// commit_oid. Nothing when neither names one.
    OptionalId deploymentId;
    Timestamp startedAt = 0;
    OptionalTime resolvedAt;

    bool operator==(const IncidentFact &) const = default;
};

/// A merged pull request whose merge commit reached production for a scoped service.
struct PullRequestFact
{
    Id id = 0;
    Id serviceId = 0;
    OptionalTime firstCommitAt;
    Timestamp createdAt = 0;
    Timestamp mergedAt = 0;
    /// The first successful production deployment of its merge commit, and its finish.
    Id deploymentId = 0;
    Timestamp deployedAt = 0;

    bool operator==(const PullRequestFact &) const = default;
};

/// A pipeline run of a scoped service that finished in [Scope::previous().from, Scope::to), with its jobs'
/// times summed: waiting (queued -> started) and working (started -> finished). Jobs missing a time add nothing.
struct RunFact
{
    Id id = 0;
    OptionalId serviceId;
    Timestamp finishedAt = 0;
    qint64 queueMs = 0;
    qint64 workMs = 0;

    bool operator==(const RunFact &) const = default;
};

struct MetricsData
{
    /// Ordered by finishedAt (unfinished last), then id.
    QList<DeploymentFact> deployments;
    ChangeFacts changes;
    QList<IncidentFact> incidents;
    QList<PullRequestFact> pullRequests;
    QList<RunFact> runs;
};

} // namespace flowdeck::metrics
