// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>

#include <utility>

namespace flowdeck::valuestream {

/// How one duration of a step is drawn in each trial of the what-if simulation.
struct Duration
{
    enum class Kind
    {
        /// Always fixedMs.
        Fixed,
        /// One of observedMs, each with the same chance: the empirical distribution of what was measured.
        Empirical,
        /// A workshop estimate: the triangular distribution from minMs over modeMs (the most likely) to maxMs.
        Triangular,
    };

    Kind kind = Kind::Fixed;
    qint64 fixedMs = 0;
    QList<qint64> observedMs;
    qint64 minMs = 0;
    qint64 modeMs = 0;
    qint64 maxMs = 0;

    static Duration fixed(qint64 ms);
    static Duration empirical(QList<qint64> observedMs);
    static Duration triangular(qint64 minMs, qint64 modeMs, qint64 maxMs);

    bool operator==(const Duration &) const = default;
};

/// One step of the simulated map: its wait before it and its process time, drawn independently in every trial.
struct SimStep
{
    Id id = 0;
    Duration wait;
    Duration process;
    /// Names the step in error messages; "step <id>" when empty.
    QString name;

    bool operator==(const SimStep &) const = default;
};

/// The predicted lead time distribution of a map, in milliseconds.
struct SimulationResult
{
    int trials = 0;
    /// Percentiles interpolate linearly between the closest ranks (numpy's default).
    double p50Ms = 0;
    double p85Ms = 0;
    double p95Ms = 0;
    double meanMs = 0;
    double minMs = 0;
    double maxMs = 0;
    /// Every trial's lead time, ascending, for histograms and cumulative charts.
    QList<double> leadTimesMs;

    bool operator==(const SimulationResult &) const = default;
};

/// Monte Carlo simulation of a value stream map's lead time. In each trial every step starts when all its
/// predecessors have finished (steps without one at 0) and finishes after its sampled wait and process time; the
/// trial's lead time is the latest finish. `edges` go from -> to by step id; without edges the steps form a line in
/// list order. The same input and seed give the same result on every platform (std::mt19937_64, with the uniform
/// and triangular draws made here from its raw output). Refuses no steps, duplicate ids, edges naming unknown
/// steps, cycles, trials < 1, empty or negative samples and triangles that are not min <= mode <= max. Checks
/// `control` every 1000 trials and stops with TaskControl::canceledMessage(). Pure and thread-safe.
Result<SimulationResult> simulate(const QList<SimStep> &steps, const QList<std::pair<Id, Id>> &edges, int trials,
                                  quint64 seed, const TaskControl &control = {});

} // namespace flowdeck::valuestream
