// SPDX-License-Identifier: GPL-3.0-or-later
// Flow metrics: how many changes move through, how many wait, how long they take and how much of a pipeline
// run's time is work.

#include "metrics/metricparts.h"

#include <algorithm>

namespace flowdeck::metrics {

namespace {

/// Counts per day, kept as differences: a change entering a state on day `begin` and leaving it on day `end`
/// adds 1 at `begin` and takes it away at `end`; running sums give each day's count. O(changes + days) instead of
/// looking at every change on every day.
class DayCounts
{
public:
    explicit DayCounts(int days)
        : m_differences(std::size_t(days) + 1, 0)
    {}

    /// One change in the state on the days [begin, end).
    void add(int begin, int end)
    {
        if (begin >= end)
            return;
        ++m_differences[std::size_t(begin)];
        --m_differences[std::size_t(end)];
    }

    /// Turns the differences into counts; call once.
    void accumulate()
    {
        for (std::size_t day = 1; day < m_differences.size(); ++day)
            m_differences[day] += m_differences[day - 1];
    }

    int operator[](int day) const { return m_differences[std::size_t(day)]; }

private:
    std::vector<int> m_differences;
};

} // namespace

/// - Throughput: the changes shipped in the period (those of lead time for changes, whatever their span) per
///   week of the period (its length in days / 7).
/// - Work in progress now: changes with a committer time (merged) before the period's end that were not in
///   production by then; each listed with how long it had been merged at the period's end.
/// - Cycle time: from a change's committer time to its first production deployment, for the changes shipped in
///   the period; spans <= 0 are left out.
/// - Flow efficiency: Σ work / Σ (queue + work) over the runs finishing in the period; nothing when that sum is
///   not positive.
/// - Cumulative flow: per day of the period, at t = the day's end (the period's end for a shorter last day):
///   production counts the changes whose first production deployment finished in [from, t); preproduction those
///   that reached an environment before production before t and production not before t; merged those merged
///   before t that had reached neither before t.
Flow flowMetrics(const MetricsData &data, const Period &period)
{
    Flow flow;
    const int dayCount = period.dayCount();
    // The first day whose end is after `time`, so that `time` < the day's end from that day on; dayCount when
    // that never happens in the period.
    const auto firstDayAfter = [&](OptionalTime time) {
        if (!time || *time >= period.to())
            return dayCount;
        if (*time < period.from())
            return 0;
        return period.dayOf(*time);
    };
    DayCounts merged(dayCount);
    DayCounts preproduction(dayCount);
    DayCounts production(dayCount);
    // Space for the shipped changes' records at once: growing a list of hundreds of thousands copies it again and
    // again.
    const auto shipping = std::count_if(data.changes.cbegin(), data.changes.cend(),
                                        [&period](const ChangeFact &change) { return shippedIn(change, period); });
    flow.cycleRecords.reserve(qsizetype(shipping));
    std::vector<double> cycleHours;
    cycleHours.reserve(std::size_t(shipping));
    int shipped = 0;
    for (const ChangeFact &change : data.changes) {
        const int mergedDay = firstDayAfter(change.committerTime);
        const int preproductionDay = firstDayAfter(change.preproductionAt);
        const int productionDay = firstDayAfter(change.productionAt);
        merged.add(mergedDay, std::min(preproductionDay, productionDay));
        preproduction.add(preproductionDay, productionDay);
        // Changes that reached production before the period are done before it starts: in no state.
        if (change.productionAt && *change.productionAt >= period.from())
            production.add(productionDay, dayCount);

        const bool inProductionByEnd = change.productionAt && *change.productionAt < period.to();
        if (change.committerTime < period.to() && !inProductionByEnd) {
            ChangeLeadTime waiting{
                change.commitId, change.serviceId, 0, change.committerTime, 0, period.to() - change.committerTime};
            if (change.productionAt && change.productionDeploymentId) {
                waiting.deploymentId = *change.productionDeploymentId;
                waiting.deployedAt = *change.productionAt;
            }
            flow.inProgress.append(waiting);
        }

        if (!shippedIn(change, period))
            continue;
        ++shipped;
        const qint64 cycleMs = *change.productionAt - change.committerTime;
        if (cycleMs > 0) {
            flow.cycleRecords.append({change.commitId, change.serviceId, *change.productionDeploymentId,
                                      change.committerTime, *change.productionAt, cycleMs});
            cycleHours.push_back(hoursOf(cycleMs));
        }
    }
    if (!period.isEmpty())
        flow.throughputPerWeek = double(shipped) / (period.lengthDays() / 7);
    flow.cycleTime = summarize(cycleHours);
    flow.wipNow = int(flow.inProgress.size());

    merged.accumulate();
    preproduction.accumulate();
    production.accumulate();
    flow.days.reserve(dayCount);
    for (int day = 0; day < dayCount; ++day)
        flow.days.append({period.dayStart(day), merged[day], preproduction[day], production[day]});

    qint64 queueMs = 0;
    qint64 workMs = 0;
    for (const RunFact &run : data.runs) {
        if (!period.contains(run.finishedAt))
            continue;
        flow.runs.append({run.id, run.queueMs, run.workMs});
        queueMs += run.queueMs;
        workMs += run.workMs;
    }
    if (queueMs + workMs > 0)
        flow.flowEfficiency = double(workMs) / double(queueMs + workMs);
    return flow;
}

} // namespace flowdeck::metrics
