// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gather_p.h"
#include "report/reporttext.h"

#include "valuestream/derivation.h"
#include "valuestream/mapstore.h"

#include <algorithm>

namespace flowdeck::report::detail {

using namespace Qt::StringLiterals;

namespace {

constexpr double msPerHour = 3'600'000.0;

/// A change to one step that the what-if simulation is run for.
struct Candidate
{
    int stepIndex = 0;
    QString change;
    std::optional<qint64> waitMs;
    std::optional<qint64> processMs;
};

/// The plausible changes to one step: halve its wait; remove the wait of a hand-over (an approval gate or a
/// promotion, where work waits for people or a slot rather than for work); halve its process time.
QList<Candidate> candidates(const valuestream::Map &map)
{
    QList<Candidate> result;
    for (int i = 0; i < map.steps.size(); ++i) {
        const valuestream::Step &step = map.steps.at(i);
        const qint64 wait = step.waitMs.value_or(0);
        const qint64 process = step.processMs.value_or(0);
        if (wait > 0) {
            result.append({i, ReportText::tr("Halve the wait before %1").arg(step.name), wait / 2, step.processMs});
            if (step.kind == QLatin1StringView(valuestream::StepKind::Approval) ||
                step.kind == QLatin1StringView(valuestream::StepKind::Promotion))
                result.append(
                    {i, ReportText::tr("Remove the hand-over wait before %1").arg(step.name), 0, step.processMs});
        }
        if (process > 0)
            result.append({i, ReportText::tr("Halve the time %1 takes").arg(step.name), step.waitMs, process / 2});
    }
    return result;
}

} // namespace

Result<QList<Opportunity>> findOpportunities(const valuestream::Map &map,
                                             const valuestream::SimulationResult &prediction, int trials, quint64 seed,
                                             const TaskControl &control)
{
    // The best change of each step: three changes to one step would tell a leader less than one change to each of
    // three steps.
    QHash<int, Opportunity> best;
    for (const Candidate &candidate : candidates(map)) {
        if (control.isCanceled())
            return Error{TaskControl::canceledMessage()};
        valuestream::Map changed = map;
        valuestream::Step &step = changed.steps[candidate.stepIndex];
        step.waitMs = candidate.waitMs;
        step.processMs = candidate.processMs;
        auto simulated = valuestream::simulate(valuestream::simulationSteps(changed), changed.edges, trials, seed);
        if (!simulated)
            return simulated.error();
        Opportunity opportunity;
        opportunity.stepId = step.id;
        opportunity.stepName = step.name;
        opportunity.change = candidate.change;
        opportunity.currentP50Hours = prediction.p50Ms / msPerHour;
        opportunity.currentP85Hours = prediction.p85Ms / msPerHour;
        opportunity.improvedP50Hours = simulated->p50Ms / msPerHour;
        opportunity.improvedP85Hours = simulated->p85Ms / msPerHour;
        // Only a real gain is an opportunity.
        if (opportunity.improvedP85Hours >= opportunity.currentP85Hours)
            continue;
        const auto found = best.constFind(candidate.stepIndex);
        if (found == best.cend() || opportunity.improvedP85Hours < found->improvedP85Hours)
            best.insert(candidate.stepIndex, opportunity);
    }
    QList<std::pair<int, Opportunity>> ranked;
    for (auto it = best.cbegin(); it != best.cend(); ++it)
        ranked.append({it.key(), it.value()});
    // The largest p85 gain first; equal gains in map order, so that the list does not depend on hashing.
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        if (a.second.improvedP85Hours != b.second.improvedP85Hours)
            return a.second.improvedP85Hours < b.second.improvedP85Hours;
        return a.first < b.first;
    });
    QList<Opportunity> result;
    for (qsizetype i = 0; i < ranked.size() && i < 3; ++i)
        result.append(ranked.at(i).second);
    return result;
}

Result<MapSource> mapSource(const QSqlDatabase &db, const ReportScope &scope)
{
    const OptionalId serviceId =
        scope.serviceIds.size() == 1 ? OptionalId(scope.serviceIds.constFirst()) : OptionalId();
    MapSource source;
    if (scope.serviceIds.size() <= 1) {
        auto current = valuestream::latestCurrentState(db, serviceId);
        if (!current)
            return current.error();
        source.stored = *current;
    }
    source.derivation = valuestream::DerivationScope{
        scope.from, scope.to, serviceId, source.stored ? source.stored->statistic : valuestream::Statistic::Median};
    return source;
}

Result<void> gatherValueStream(ReportData &report, const MapSource &source, valuestream::Map derived,
                               const TaskControl &control)
{
    const ReportScope &scope = report.scope;
    valuestream::Map map = source.stored ? valuestream::mergeDerived(*source.stored, derived) : std::move(derived);
    if (map.steps.isEmpty())
        return {};

    auto analysis = valuestream::analyse(map);
    if (!analysis)
        return analysis.error();
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};
    auto prediction = valuestream::simulate(valuestream::simulationSteps(map), map.edges, scope.trials, scope.seed);
    if (!prediction)
        return prediction.error();
    auto opportunities = findOpportunities(map, *prediction, scope.trials, scope.seed, control);
    if (!opportunities)
        return opportunities.error();

    report.map = std::move(map);
    report.analysis = std::move(*analysis);
    report.prediction = std::move(*prediction);
    report.opportunities = std::move(*opportunities);
    return {};
}

} // namespace flowdeck::report::detail
