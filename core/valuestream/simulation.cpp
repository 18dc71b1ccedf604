// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/simulation.h"

#include "metrics/metrics.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <vector>

namespace flowdeck::valuestream {

namespace {

struct SimulationText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::Simulation)
};

/// Beyond this the sorted lead times alone would take hundreds of megabytes.
constexpr int maximumTrials = 10'000'000;
constexpr int trialsPerCheck = 1000;

QString stepLabel(const SimStep &step)
{
    if (step.name.isEmpty())
        return SimulationText::tr("step %1").arg(step.id);
    return SimulationText::tr("\"%1\"").arg(step.name);
}

/// Why a duration cannot be sampled, as a full sentence naming the step; empty when it can.
QString durationProblem(const Duration &duration, const SimStep &step, bool isWait)
{
    const QString label = stepLabel(step);
    switch (duration.kind) {
    case Duration::Kind::Fixed:
        if (duration.fixedMs < 0)
            return isWait ? SimulationText::tr("The wait of %1 is negative (%2 ms).").arg(label).arg(duration.fixedMs)
                          : SimulationText::tr("The process time of %1 is negative (%2 ms).")
                                .arg(label)
                                .arg(duration.fixedMs);
        return {};
    case Duration::Kind::Empirical: {
        if (duration.observedMs.isEmpty())
            return isWait ? SimulationText::tr("The wait of %1 has no observed durations to sample from.").arg(label)
                          : SimulationText::tr("The process time of %1 has no observed durations to sample from.")
                                .arg(label);
        const auto negative =
            std::find_if(duration.observedMs.cbegin(), duration.observedMs.cend(), [](qint64 ms) { return ms < 0; });
        if (negative != duration.observedMs.cend())
            return isWait ? SimulationText::tr("The wait of %1 has a negative observed duration (%2 ms).")
                                .arg(label)
                                .arg(*negative)
                          : SimulationText::tr("The process time of %1 has a negative observed duration (%2 ms).")
                                .arg(label)
                                .arg(*negative);
        return {};
    }
    case Duration::Kind::Triangular:
        if (duration.minMs < 0 || duration.minMs > duration.modeMs || duration.modeMs > duration.maxMs)
            return (isWait ? SimulationText::tr("The estimated wait of %1 is not a valid range: minimum %2 ms, most "
                                                "likely %3 ms, maximum %4 ms (needed: 0 <= minimum <= most likely <= "
                                                "maximum).")
                           : SimulationText::tr("The estimated process time of %1 is not a valid range: minimum %2 "
                                                "ms, most likely %3 ms, maximum %4 ms (needed: 0 <= minimum <= most "
                                                "likely <= maximum)."))
                .arg(label)
                .arg(duration.minMs)
                .arg(duration.modeMs)
                .arg(duration.maxMs);
        return {};
    }
    return {};
}

/// A uniform double in [0, 1) from the engine's top 53 bits: the same on every standard library, unlike
/// std::uniform_real_distribution, whose algorithm is left to the implementation.
double uniformUnit(std::mt19937_64 &engine)
{
    return double(engine() >> 11) * 0x1.0p-53;
}

/// A uniform index in [0, n), n > 0. Draws above the largest multiple of n are rejected, so that no index is more
/// likely than another.
quint64 uniformIndex(std::mt19937_64 &engine, quint64 n)
{
    const quint64 limit = std::numeric_limits<quint64>::max() / n * n;
    quint64 draw = engine();
    while (draw >= limit)
        draw = engine();
    return draw % n;
}

double sample(const Duration &duration, std::mt19937_64 &engine)
{
    switch (duration.kind) {
    case Duration::Kind::Fixed:
        return double(duration.fixedMs);
    case Duration::Kind::Empirical:
        return double(duration.observedMs[qsizetype(uniformIndex(engine, quint64(duration.observedMs.size())))]);
    case Duration::Kind::Triangular: {
        const double low = double(duration.minMs);
        const double mode = double(duration.modeMs);
        const double high = double(duration.maxMs);
        if (high == low)
            return low;
        // The inverse of the triangular distribution's cumulative distribution function at a uniform draw.
        const double u = uniformUnit(engine);
        const double span = high - low;
        if (u < (mode - low) / span)
            return low + std::sqrt(u * span * (mode - low));
        return high - std::sqrt((1.0 - u) * span * (high - mode));
    }
    }
    return 0;
}

} // namespace

Duration Duration::fixed(qint64 ms)
{
    Duration duration;
    duration.kind = Kind::Fixed;
    duration.fixedMs = ms;
    return duration;
}

Duration Duration::empirical(QList<qint64> observedMs)
{
    Duration duration;
    duration.kind = Kind::Empirical;
    duration.observedMs = std::move(observedMs);
    return duration;
}

Duration Duration::triangular(qint64 minMs, qint64 modeMs, qint64 maxMs)
{
    Duration duration;
    duration.kind = Kind::Triangular;
    duration.minMs = minMs;
    duration.modeMs = modeMs;
    duration.maxMs = maxMs;
    return duration;
}

Result<SimulationResult> simulate(const QList<SimStep> &steps, const QList<std::pair<Id, Id>> &edges, int trials,
                                  quint64 seed, const TaskControl &control)
{
    if (trials < 1)
        return Error{SimulationText::tr("The simulation needs at least one trial (asked for %1).").arg(trials)};
    if (trials > maximumTrials)
        return Error{
            SimulationText::tr("The simulation runs at most %1 trials (asked for %2).").arg(maximumTrials).arg(trials)};
    if (steps.isEmpty())
        return Error{SimulationText::tr("The value stream map has no steps to simulate.")};

    QHash<Id, int> indexOf;
    for (int i = 0; i < steps.size(); ++i) {
        const SimStep &step = steps[i];
        if (indexOf.contains(step.id))
            return Error{SimulationText::tr("The map has two steps with id %1: %2 and %3.")
                             .arg(step.id)
                             .arg(stepLabel(steps[indexOf.value(step.id)]), stepLabel(step))};
        indexOf.insert(step.id, i);
        for (const bool isWait : {true, false}) {
            const QString problem = durationProblem(isWait ? step.wait : step.process, step, isWait);
            if (!problem.isEmpty())
                return Error{problem};
        }
    }

    const int n = int(steps.size());
    const auto count = std::size_t(n);
    std::vector<std::vector<int>> predecessors(count);
    std::vector<std::vector<int>> successors(count);
    if (edges.isEmpty()) {
        for (int i = 1; i < n; ++i) {
            predecessors[std::size_t(i)].push_back(i - 1);
            successors[std::size_t(i - 1)].push_back(i);
        }
    } else {
        for (const auto &[from, to] : edges) {
            for (const Id id : {from, to}) {
                if (!indexOf.contains(id))
                    return Error{SimulationText::tr("The connection from step %1 to step %2 names step %3, which is "
                                                    "not on the map.")
                                     .arg(from)
                                     .arg(to)
                                     .arg(id)};
            }
            const int fromIndex = indexOf.value(from);
            const int toIndex = indexOf.value(to);
            predecessors[std::size_t(toIndex)].push_back(fromIndex);
            successors[std::size_t(fromIndex)].push_back(toIndex);
        }
    }

    // Kahn's algorithm, always taking the earliest ready step in list order, so that the order (and with it the
    // sequence of draws) depends on the input alone.
    std::vector<int> remaining(count);
    std::set<int> ready;
    for (int i = 0; i < n; ++i) {
        remaining[std::size_t(i)] = int(predecessors[std::size_t(i)].size());
        if (remaining[std::size_t(i)] == 0)
            ready.insert(i);
    }
    std::vector<int> order;
    order.reserve(count);
    while (!ready.empty()) {
        const int next = *ready.begin();
        ready.erase(ready.begin());
        order.push_back(next);
        for (const int successor : successors[std::size_t(next)]) {
            if (--remaining[std::size_t(successor)] == 0)
                ready.insert(successor);
        }
    }
    if (int(order.size()) < n) {
        // Every step left over waits on another left-over step; walking back along those from any of them must
        // come round to a step it saw before, and that step lies on a cycle.
        std::vector<bool> seen(count, false);
        int at = int(std::find_if(remaining.cbegin(), remaining.cend(), [](int count) { return count > 0; }) -
                     remaining.cbegin());
        while (!seen[std::size_t(at)]) {
            seen[std::size_t(at)] = true;
            const auto &before = predecessors[std::size_t(at)];
            at = *std::find_if(before.cbegin(), before.cend(),
                               [&remaining](int index) { return remaining[std::size_t(index)] > 0; });
        }
        return Error{SimulationText::tr("The map's connections form a cycle through %1; a value stream must flow "
                                        "one way.")
                         .arg(stepLabel(steps[at]))};
    }

    std::mt19937_64 engine(seed);
    std::vector<double> finish(count, 0.0);
    std::vector<double> leadTimes;
    leadTimes.reserve(std::size_t(trials));
    double sum = 0;
    for (int trial = 0; trial < trials; ++trial) {
        if (trial % trialsPerCheck == 0) {
            if (control.isCanceled())
                return Error{TaskControl::canceledMessage()};
            control.report(trial, trials);
        }
        double lead = 0;
        for (const int index : order) {
            double start = 0;
            for (const int predecessor : predecessors[std::size_t(index)])
                start = std::max(start, finish[std::size_t(predecessor)]);
            const SimStep &step = steps[index];
            // Wait first, then process: the fixed order of draws keeps a seed's results reproducible.
            const double wait = sample(step.wait, engine);
            const double process = sample(step.process, engine);
            finish[std::size_t(index)] = start + wait + process;
            lead = std::max(lead, finish[std::size_t(index)]);
        }
        leadTimes.push_back(lead);
        sum += lead;
    }
    control.report(trials, trials);

    SimulationResult result;
    result.trials = trials;
    result.meanMs = sum / double(trials);
    result.p50Ms = *metrics::interpolatedPercentile(leadTimes, 50);
    result.p85Ms = *metrics::interpolatedPercentile(leadTimes, 85);
    result.p95Ms = *metrics::interpolatedPercentile(leadTimes, 95);
    std::sort(leadTimes.begin(), leadTimes.end());
    result.minMs = leadTimes.front();
    result.maxMs = leadTimes.back();
    result.leadTimesMs = QList<double>(leadTimes.cbegin(), leadTimes.cend());
    return result;
}

} // namespace flowdeck::valuestream
