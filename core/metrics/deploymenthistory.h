// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricsdata.h"
#include "metrics/period.h"

#include <QHash>

#include <utility>
#include <vector>

namespace flowdeck::metrics {

/// The successful, finished production deployments of all time, ordered by finish then id, with what the
/// failure and rework metrics ask of them: each service's sequence of deployments and which deployments roll
/// the one before back. Refers to the facts it was built from, which must outlive it.
class DeploymentHistory
{
public:
    explicit DeploymentHistory(const QList<DeploymentFact> &deployments);

    /// The successful deployments, and the one at an index of that order.
    int size() const { return int(m_ordered.size()); }
    const DeploymentFact &at(int index) const { return *m_ordered[std::size_t(index)]; }

    /// The index of the successful deployment `id`; -1 for none (unknown, unfinished or not successful).
    int indexOf(Id id) const { return m_index.value(id, -1); }
    /// The service of deployment `id`, whatever its status.
    std::optional<Id> serviceOf(Id id) const;

    /// The indexes [first, second) of the deployments finishing in the period.
    std::pair<int, int> within(const Period &period) const;

    /// The last deployment of a service that finished strictly before `time`; -1 for none.
    int lastBefore(Id serviceId, Timestamp time) const;
    /// The last deployment of a service that finished in [start, end]; -1 for none.
    int lastWithin(Id serviceId, Timestamp start, Timestamp end) const;

    /// The next deployment of the same service, when it rolls this one back; else -1.
    ///
    /// A rollback: the next deployment N of a deployment D's service ships a version that differs from D's and
    /// that had been deployed successfully for the service before, finishing strictly before D finished. Both
    /// versions must be known (not empty): without them nothing tells an older version from a newer one.
    int rollbackAfter(int index) const { return m_rollbackAfter[std::size_t(index)]; }
    /// Whether this deployment rolled the one before it back.
    bool isRollback(int index) const { return m_isRollback[std::size_t(index)]; }

private:
    /// The indexes of a service's deployments, in order.
    const std::vector<int> *deploymentsOf(Id serviceId) const;

    std::vector<const DeploymentFact *> m_ordered;
    QHash<Id, int> m_index;
    /// Services of the deployments that are not in m_ordered.
    QHash<Id, Id> m_otherServices;
    QHash<Id, std::vector<int>> m_byService;
    std::vector<int> m_rollbackAfter;
    std::vector<bool> m_isRollback;
};

} // namespace flowdeck::metrics
