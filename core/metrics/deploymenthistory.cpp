// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/deploymenthistory.h"

#include <algorithm>
#include <unordered_map>

namespace flowdeck::metrics {

namespace {

bool finishesBefore(const DeploymentFact *left, const DeploymentFact *right)
{
    return std::pair(*left->finishedAt, left->id) < std::pair(*right->finishedAt, right->id);
}

} // namespace

DeploymentHistory::DeploymentHistory(const QList<DeploymentFact> &deployments)
{
    m_ordered.reserve(std::size_t(deployments.size()));
    for (const DeploymentFact &deployment : deployments) {
        if (deployment.succeeded && deployment.finishedAt)
            m_ordered.push_back(&deployment);
        else
            m_otherServices.insert(deployment.id, deployment.serviceId);
    }
    // The facts come in this order already; a caller that built them by hand may not have kept it.
    if (!std::is_sorted(m_ordered.cbegin(), m_ordered.cend(), finishesBefore))
        std::sort(m_ordered.begin(), m_ordered.end(), finishesBefore);

    const int count = size();
    m_index.reserve(count);
    m_rollbackAfter.assign(std::size_t(count), -1);
    m_isRollback.assign(std::size_t(count), false);
    for (int i = 0; i < count; ++i) {
        m_index.insert(at(i).id, i);
        m_byService[at(i).serviceId].push_back(i);
    }

    // Per service, walk its deployments in order, remembering when each version first finished. (A QHash with
    // short string keys such as version numbers probes far longer than std::unordered_map in Qt 6.4.)
    std::unordered_map<QString, Timestamp> firstFinish;
    for (auto service = m_byService.cbegin(); service != m_byService.cend(); ++service) {
        firstFinish.clear();
        const std::vector<int> &sequence = service.value();
        for (std::size_t k = 0; k < sequence.size(); ++k) {
            const DeploymentFact &next = at(sequence[k]);
            if (k > 0) {
                const DeploymentFact &previous = at(sequence[k - 1]);
                if (!next.version.isEmpty() && !previous.version.isEmpty() && next.version != previous.version) {
                    const auto first = firstFinish.find(next.version);
                    if (first != firstFinish.cend() && first->second < *previous.finishedAt) {
                        m_rollbackAfter[std::size_t(sequence[k - 1])] = sequence[k];
                        m_isRollback[std::size_t(sequence[k])] = true;
                    }
                }
            }
            if (!next.version.isEmpty())
                firstFinish.try_emplace(next.version, *next.finishedAt);
        }
    }
}

std::optional<Id> DeploymentHistory::serviceOf(Id id) const
{
    if (const int index = indexOf(id); index >= 0)
        return at(index).serviceId;
    const auto other = m_otherServices.constFind(id);
    if (other != m_otherServices.cend())
        return *other;
    return std::nullopt;
}

std::pair<int, int> DeploymentHistory::within(const Period &period) const
{
    if (period.isEmpty())
        return {0, 0};
    const auto finishBefore = [](const DeploymentFact *deployment, Timestamp time) {
        return *deployment->finishedAt < time;
    };
    const auto first = std::lower_bound(m_ordered.cbegin(), m_ordered.cend(), period.from(), finishBefore);
    const auto last = std::lower_bound(first, m_ordered.cend(), period.to(), finishBefore);
    return {int(first - m_ordered.cbegin()), int(last - m_ordered.cbegin())};
}

const std::vector<int> *DeploymentHistory::deploymentsOf(Id serviceId) const
{
    const auto found = m_byService.constFind(serviceId);
    return found == m_byService.cend() ? nullptr : &found.value();
}

int DeploymentHistory::lastBefore(Id serviceId, Timestamp time) const
{
    const std::vector<int> *sequence = deploymentsOf(serviceId);
    if (!sequence)
        return -1;
    // The first one finishing at or after `time`; the one before it is the answer.
    const auto after = std::lower_bound(sequence->cbegin(), sequence->cend(), time,
                                        [this](int index, Timestamp t) { return *at(index).finishedAt < t; });
    return after == sequence->cbegin() ? -1 : *(after - 1);
}

int DeploymentHistory::lastWithin(Id serviceId, Timestamp start, Timestamp end) const
{
    const std::vector<int> *sequence = deploymentsOf(serviceId);
    if (!sequence || end < start)
        return -1;
    // The first one finishing after `end`; the one before it is the answer when it finished at `start` or later.
    const auto after = std::upper_bound(sequence->cbegin(), sequence->cend(), end,
                                        [this](Timestamp t, int index) { return t < *at(index).finishedAt; });
    if (after == sequence->cbegin())
        return -1;
    const int last = *(after - 1);
    return *at(last).finishedAt >= start ? last : -1;
}

} // namespace flowdeck::metrics
