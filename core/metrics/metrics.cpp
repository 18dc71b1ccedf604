// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metrics.h"

#include "metrics/deploymenthistory.h"
#include "metrics/metricparts.h"
#include "metrics/period.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <system_error>
#include <thread>

namespace flowdeck::metrics {

namespace {

/// From this many changes on, the flow metrics are computed on a thread of their own while the others are: a pass
/// over every change that costs more than starting a thread.
constexpr qsizetype changesForTwoThreads = 20000;

/// For each week of the period, the number of its days with at least one deployment finishing.
std::vector<int> deployDaysPerWeek(const DeploymentHistory &history, const Period &period)
{
    std::vector<char> deployed(std::size_t(period.dayCount()), 0);
    const auto [first, last] = history.within(period);
    for (int i = first; i < last; ++i)
        deployed[std::size_t(period.dayOf(*history.at(i).finishedAt))] = 1;
    // A week is seven whole days from the period's start, so day d lies in week d / 7.
    std::vector<int> perWeek(std::size_t(period.weekCount()), 0);
    for (std::size_t day = 0; day < deployed.size(); ++day)
        perWeek[day / 7] += deployed[day];
    return perWeek;
}

} // namespace

namespace {

template<typename Value>
std::optional<double> percentileOf(std::vector<Value> &values, double p)
{
    if (values.empty() || std::isnan(p))
        return std::nullopt;
    // The (0-based) rank p / 100 * (n - 1) between the sorted values; a fractional rank interpolates linearly
    // between the values at its floor and its ceiling.
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto lower = std::size_t(std::floor(rank));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(lower), values.end());
    const auto low = double(values[lower]);
    const double fraction = rank - double(lower);
    if (fraction <= 0 || lower + 1 >= values.size())
        return low;
    // After nth_element, the values after `lower` are those not below it: their least is the next in order.
    const auto high = double(*std::min_element(values.begin() + std::ptrdiff_t(lower) + 1, values.end()));
    return low + (high - low) * fraction;
}

} // namespace

std::optional<double> interpolatedPercentile(std::vector<double> &values, double p)
{
    return percentileOf(values, p);
}

std::optional<double> interpolatedPercentile(std::vector<qint64> &values, double p)
{
    return percentileOf(values, p);
}

std::optional<double> medianOf(std::vector<double> &values)
{
    return interpolatedPercentile(values, 50);
}

Summary summarize(std::vector<double> &hours)
{
    Summary summary;
    summary.count = int(hours.size());
    if (hours.empty())
        return summary;
    summary.meanHours = std::accumulate(hours.cbegin(), hours.cend(), 0.0) / double(hours.size());
    summary.medianHours = interpolatedPercentile(hours, 50);
    summary.p85Hours = interpolatedPercentile(hours, 85);
    return summary;
}

/// The successful production deployments whose finish lies in [from, to), oldest first (by finish, then id).
/// perDay divides their count by the period's length in days, fractional; perWeek is perDay * 7. The median
/// number of days (24 h blocks from the period's start) with at least one deployment is taken over the period's
/// whole weeks (7-day blocks from its start), or over its one partial week when it is shorter than a week; with
/// an even number of weeks, the mean of the middle two. The level is read from perDay: no deployment in a
/// non-empty period is 0 per day, the lowest level; only an empty period (to <= from) has none.
DeploymentFrequency deploymentFrequency(const DeploymentHistory &history, const Period &period, Benchmark benchmark)
{
    DeploymentFrequency frequency;
    const auto [first, last] = history.within(period);
    frequency.deployments = last - first;
    frequency.deploymentIds.reserve(frequency.deployments);
    for (int i = first; i < last; ++i)
        frequency.deploymentIds.append(history.at(i).id);
    if (period.isEmpty())
        return frequency;
    frequency.perDay = double(frequency.deployments) / period.lengthDays();
    frequency.perWeek = frequency.perDay * 7;
    // Whole weeks only, so that a short last week does not pull the median down; a period shorter than a week
    // has its one partial week.
    const std::vector<int> perWeek = deployDaysPerWeek(history, period);
    const auto weeks = std::size_t(std::max(period.wholeWeekCount(), 1));
    std::vector<double> days(perWeek.cbegin(), perWeek.cbegin() + std::ptrdiff_t(weeks));
    frequency.medianDeployDaysPerWeek = medianOf(days).value_or(0);
    frequency.level = levelOf(benchmark, Key::DeploymentFrequency, frequency.perDay);
    return frequency;
}

/// Per week of the period (7-day blocks from its start, the last one possibly shorter): the deployments finishing
/// in it and its days with one; the lead time records (span > 0) whose deployment finished in it and their median;
/// the failures among its deployments and the median of their recovery records (span > 0).
QList<WeekFigures> weekFigures(const DeploymentHistory &history, const Period &period, const MetricsReport &report)
{
    const std::vector<int> deployDays = deployDaysPerWeek(history, period);
    const auto weekCount = std::size_t(period.weekCount());
    QList<WeekFigures> weeks(qsizetype(weekCount), WeekFigures{});
    for (std::size_t week = 0; week < weekCount; ++week) {
        weeks[qsizetype(week)].start = period.weekStart(int(week));
        weeks[qsizetype(week)].end = period.weekEnd(int(week));
        weeks[qsizetype(week)].deployDays = deployDays[week];
    }
    const auto [first, last] = history.within(period);
    for (int i = first; i < last; ++i)
        ++weeks[period.weekOf(*history.at(i).finishedAt)].deployments;

    std::vector<std::vector<double>> leadTimes(weekCount);
    for (const ChangeLeadTime &change : report.leadTime.records)
        leadTimes[std::size_t(period.weekOf(change.deployedAt))].push_back(hoursOf(change.spanMs));
    for (const DeploymentFailure &failure : report.changeFailureRate.failures)
        ++weeks[period.weekOf(failure.finishedAt)].failures;
    std::vector<std::vector<double>> recoveries(weekCount);
    for (const Recovery &recovery : report.recoveryTime.records)
        recoveries[std::size_t(period.weekOf(recovery.failedAt))].push_back(hoursOf(recovery.spanMs));
    for (std::size_t week = 0; week < weekCount; ++week) {
        WeekFigures &figures = weeks[qsizetype(week)];
        figures.changes = int(leadTimes[week].size());
        figures.leadTimeMedianHours = medianOf(leadTimes[week]);
        figures.recoveryMedianHours = medianOf(recoveries[week]);
    }
    return weeks;
}

/// Only the period of `scope` is applied here: the facts are those of its services already (loadMetricsData()).
MetricsReport computeMetrics(const MetricsData &data, const Scope &scope, const Options &options)
{
    MetricsReport report;
    report.scope = scope;
    report.options = options;
    const Period period(scope);
    std::optional<Flow> flow;
    std::thread flowThread;
    if (data.changes.size() >= changesForTwoThreads) {
        try {
            flowThread = std::thread([&] { flow = flowMetrics(data, period); });
        } catch (const std::system_error &) {
            // Then this thread computes them after the others.
        }
    }
    const DeploymentHistory history(data.deployments);
    report.deploymentFrequency = deploymentFrequency(history, period, options.benchmark);
    report.leadTime = leadTimeForChanges(data, period, options);
    report.changeFailureRate = changeFailureRate(data, history, period, options.benchmark);
    report.recoveryTime = recoveryTime(report.changeFailureRate, options.benchmark);
    report.rework = reworkRate(data, history, period);
    report.weeks = weekFigures(history, period, report);
    if (flowThread.joinable()) {
        flowThread.join();
        report.flow = std::move(*flow);
    } else {
        report.flow = flowMetrics(data, period);
    }
    return report;
}

} // namespace flowdeck::metrics
