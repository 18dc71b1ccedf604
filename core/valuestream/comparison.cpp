// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/comparison.h"

#include <QCoreApplication>

#include <vector>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;

namespace {

struct ComparisonText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::MapComparison)
};

/// For each future step, the index of the current step that is the same step, or -1.
std::vector<int> pairSteps(const Map &current, const Map &future)
{
    const qsizetype futureCount = future.steps.size();
    std::vector<int> match(futureCount, -1);
    std::vector<bool> taken(current.steps.size(), false);

    for (qsizetype f = 0; f < futureCount; ++f) {
        const QString &key = future.steps[f].sourceKey;
        if (key.isEmpty())
            continue;
        for (qsizetype c = 0; c < current.steps.size(); ++c) {
            if (!taken[c] && current.steps[c].sourceKey == key) {
                match[f] = int(c);
                taken[c] = true;
                break;
            }
        }
    }
    for (qsizetype f = 0; f < futureCount; ++f) {
        if (match[f] >= 0)
            continue;
        const Step &step = future.steps[f];
        const QString name = step.name.trimmed();
        for (qsizetype c = 0; c < current.steps.size(); ++c) {
            const Step &candidate = current.steps[c];
            if (taken[c] || (!step.sourceKey.isEmpty() && !candidate.sourceKey.isEmpty()))
                continue;
            if (candidate.name.trimmed().compare(name, Qt::CaseInsensitive) == 0) {
                match[f] = int(c);
                taken[c] = true;
                break;
            }
        }
    }
    return match;
}

/// A time's delta: a missing time counts as 0, as in the analysis; nothing when neither side has one.
Compared<qint64> comparedTime(std::optional<qint64> current, std::optional<qint64> future)
{
    Compared<qint64> compared{current, future, std::nullopt};
    if (current || future)
        compared.delta = future.value_or(0) - current.value_or(0);
    return compared;
}

template<typename T>
Compared<T> comparedBoth(std::optional<T> current, std::optional<T> future)
{
    Compared<T> compared{current, future, std::nullopt};
    if (current && future)
        compared.delta = *future - *current;
    return compared;
}

StepComparison row(const Step *current, const Step *future)
{
    const Step &named = future ? *future : *current;
    StepComparison row;
    row.name = named.name;
    row.kind = named.kind;
    if (current && future) {
        const bool same = current->name == future->name && current->kind == future->kind &&
                          current->waitMs == future->waitMs && current->processMs == future->processMs &&
                          current->pctCompleteAccurate == future->pctCompleteAccurate;
        row.change = same ? StepChange::Unchanged : StepChange::Changed;
    } else {
        row.change = future ? StepChange::Added : StepChange::Removed;
    }
    if (current)
        row.currentStepId = current->id;
    if (future)
        row.futureStepId = future->id;
    const auto wait = [](const Step *s) {
        return s ? s->waitMs : std::nullopt;
    };
    const auto process = [](const Step *s) {
        return s ? s->processMs : std::nullopt;
    };
    const auto lead = [](const Step *s) {
        return s ? std::optional<qint64>(s->leadMs()) : std::nullopt;
    };
    const auto pct = [](const Step *s) {
        return s ? s->pctCompleteAccurate : std::nullopt;
    };
    row.waitMs = comparedTime(wait(current), wait(future));
    row.processMs = comparedTime(process(current), process(future));
    row.leadMs = comparedTime(lead(current), lead(future));
    row.pctCompleteAccurate = comparedBoth(pct(current), pct(future));
    return row;
}

/// The analysis' error, saying which of the two maps it is about: the roles are the arguments', whatever state the
/// maps are marked with.
Error stateError(bool future, const Map &map, const QString &message)
{
    if (map.name.trimmed().isEmpty()) {
        return Error{future ? ComparisonText::tr("The future state cannot be compared: %1").arg(message)
                            : ComparisonText::tr("The current state cannot be compared: %1").arg(message)};
    }
    return Error{future ? ComparisonText::tr("The future state “%1” cannot be compared: %2").arg(map.name, message)
                        : ComparisonText::tr("The current state “%1” cannot be compared: %2").arg(map.name, message)};
}

} // namespace

Result<MapComparison> compareMaps(const Map &current, const Map &future)
{
    auto currentAnalysis = analyse(current);
    if (!currentAnalysis)
        return stateError(false, current, currentAnalysis.errorMessage());
    auto futureAnalysis = analyse(future);
    if (!futureAnalysis)
        return stateError(true, future, futureAnalysis.errorMessage());

    const std::vector<int> match = pairSteps(current, future);
    std::vector<int> futureOf(current.steps.size(), -1);
    for (qsizetype f = 0; f < qsizetype(match.size()); ++f) {
        if (match[f] >= 0)
            futureOf[match[f]] = int(f);
    }
    // The removed steps that follow each future step's row; index 0 holds those before the first row.
    std::vector<QList<int>> removedAfter(future.steps.size() + 1);
    int anchor = -1;
    for (qsizetype c = 0; c < current.steps.size(); ++c) {
        if (futureOf[c] >= 0)
            anchor = futureOf[c];
        else
            removedAfter[anchor + 1].append(int(c));
    }

    MapComparison comparison;
    comparison.rows.reserve(current.steps.size() + future.steps.size());
    for (int c : removedAfter[0])
        comparison.rows.append(row(&current.steps[c], nullptr));
    for (qsizetype f = 0; f < future.steps.size(); ++f) {
        const Step *paired = match[f] >= 0 ? &current.steps[match[f]] : nullptr;
        comparison.rows.append(row(paired, &future.steps[f]));
        for (int c : removedAfter[f + 1])
            comparison.rows.append(row(&current.steps[c], nullptr));
    }

    const MapAnalysis &before = *currentAnalysis;
    const MapAnalysis &after = *futureAnalysis;
    comparison.totalLeadMs = comparedBoth<qint64>(before.totalLeadMs, after.totalLeadMs);
    comparison.totalProcessMs = comparedBoth<qint64>(before.totalProcessMs, after.totalProcessMs);
    comparison.activityRatio = comparedBoth(before.activityRatio, after.activityRatio);
    comparison.rolledPctCompleteAccurate =
        comparedBoth(before.rolledPctCompleteAccurate, after.rolledPctCompleteAccurate);
    comparison.currentAnalysis = std::move(*currentAnalysis);
    comparison.futureAnalysis = std::move(*futureAnalysis);
    return comparison;
}

} // namespace flowdeck::valuestream
