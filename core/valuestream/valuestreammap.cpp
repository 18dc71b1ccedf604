// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/valuestreammap.h"

#include "metrics/metrics.h"

#include <QSet>

#include <cmath>
#include <vector>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;

QString statisticKey(Statistic statistic)
{
    return statistic == Statistic::P85 ? u"p85"_s : u"median"_s;
}

std::optional<Statistic> statisticFromKey(const QString &key)
{
    if (key == u"median")
        return Statistic::Median;
    if (key == u"p85")
        return Statistic::P85;
    return std::nullopt;
}

QStringList stepKinds()
{
    return {QString::fromLatin1(StepKind::Coding),   QString::fromLatin1(StepKind::Review),
            QString::fromLatin1(StepKind::Build),    QString::fromLatin1(StepKind::Test),
            QString::fromLatin1(StepKind::Security), QString::fromLatin1(StepKind::Approval),
            QString::fromLatin1(StepKind::Deploy),   QString::fromLatin1(StepKind::Promotion),
            QString::fromLatin1(StepKind::Other)};
}

QStringList Step::ideas() const
{
    QStringList lines;
    for (const QString &line : improvementIdeas.split(u'\n')) {
        const QString idea = line.trimmed();
        if (!idea.isEmpty())
            lines.append(idea);
    }
    return lines;
}

QString mapStateKey(MapState state)
{
    return state == MapState::Future ? u"future"_s : u"current"_s;
}

std::optional<MapState> mapStateFromKey(const QString &key)
{
    if (key == u"current")
        return MapState::Current;
    if (key == u"future")
        return MapState::Future;
    return std::nullopt;
}

int Map::indexOfStep(Id stepId) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].id == stepId)
            return i;
    }
    return -1;
}

QList<std::pair<Id, Id>> Map::flow() const
{
    if (!edges.isEmpty())
        return edges;
    QList<std::pair<Id, Id>> line;
    for (int i = 1; i < steps.size(); ++i)
        line.append({steps[i - 1].id, steps[i].id});
    return line;
}

bool Map::hasParallelBranches() const
{
    QSet<Id> from;
    QSet<Id> to;
    for (const auto &[a, b] : edges) {
        if (from.contains(a) || to.contains(b))
            return true;
        from.insert(a);
        to.insert(b);
    }
    return false;
}

QList<MapStep> analysisSteps(const Map &map)
{
    QList<MapStep> steps;
    steps.reserve(map.steps.size());
    for (const Step &step : map.steps)
        steps.append({step.id, step.name, step.waitMs, step.processMs, step.pctCompleteAccurate, step.measured});
    return steps;
}

Result<MapAnalysis> analyse(const Map &map)
{
    return analyseMap(analysisSteps(map), map.edges);
}

namespace {

/// The samples scaled so that their statistic becomes `value`; fixed at the value when they cannot be scaled.
Duration scaledSamples(const QList<qint64> &samples, std::optional<qint64> value, Statistic statistic)
{
    const qint64 target = value.value_or(0);
    if (samples.isEmpty())
        return Duration::fixed(target);
    std::vector<qint64> values(samples.cbegin(), samples.cend());
    const double observed =
        metrics::interpolatedPercentile(values, statistic == Statistic::P85 ? 85.0 : 50.0).value_or(0.0);
    if (observed <= 0.0)
        return Duration::fixed(target);
    if (std::llround(observed) == target)
        return Duration::empirical(samples);
    const double factor = double(target) / observed;
    QList<qint64> scaled;
    scaled.reserve(samples.size());
    for (const qint64 sample : samples)
        scaled.append(std::llround(double(sample) * factor));
    return Duration::empirical(scaled);
}

Duration estimated(std::optional<qint64> value)
{
    const qint64 mode = value.value_or(0);
    return Duration::triangular(mode / 2, mode, mode * 2);
}

} // namespace

QList<SimStep> simulationSteps(const Map &map)
{
    QList<SimStep> steps;
    steps.reserve(map.steps.size());
    for (const Step &step : map.steps) {
        SimStep sim;
        sim.id = step.id;
        sim.name = step.name;
        if (!step.waitSamplesMs.isEmpty())
            sim.wait = scaledSamples(step.waitSamplesMs, step.waitMs, map.statistic);
        else
            sim.wait = step.measured ? Duration::fixed(step.waitMs.value_or(0)) : estimated(step.waitMs);
        if (!step.processSamplesMs.isEmpty())
            sim.process = scaledSamples(step.processSamplesMs, step.processMs, map.statistic);
        else
            sim.process = step.measured ? Duration::fixed(step.processMs.value_or(0)) : estimated(step.processMs);
        steps.append(sim);
    }
    return steps;
}

void attachSamples(Map &map, const Map &derived)
{
    for (Step &step : map.steps) {
        if (step.sourceKey.isEmpty())
            continue;
        for (const Step &source : derived.steps) {
            if (source.sourceKey == step.sourceKey) {
                step.sampleCount = source.sampleCount;
                step.waitSamplesMs = source.waitSamplesMs;
                step.processSamplesMs = source.processSamplesMs;
                break;
            }
        }
    }
}

} // namespace flowdeck::valuestream
