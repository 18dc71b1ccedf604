// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if simulation of a value stream map: 10,000 trials on a 30-step map with two parallel branches, every
// wait and process time an empirical distribution of 200 observed values. Budget: 1 s (median of 5 runs).
//
//   bench_vsmsimulation [--trials N] [--runs N]

#include "valuestream/simulation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr double budgetMs = 1000;
constexpr qint64 minuteMs = 60 * 1000;
constexpr int samplesPerDuration = 200;

/// 200 made-up observations around a typical duration, skewed to the right like real waits: a log-normal spread.
QList<qint64> observations(std::mt19937_64 &engine, qint64 typicalMs)
{
    std::lognormal_distribution<double> spread(0.0, 0.6);
    QList<qint64> values;
    values.reserve(samplesPerDuration);
    for (int i = 0; i < samplesPerDuration; ++i)
        values.append(qint64(double(typicalMs) * spread(engine)));
    return values;
}

struct Map
{
    QList<SimStep> steps;
    QList<std::pair<Id, Id>> edges;
};

/// Eight steps in a line, then two branches of ten steps each side by side, then two steps after they join: 30.
Map makeMap()
{
    std::mt19937_64 engine(2026);
    Map map;
    auto addStep = [&](Id id) {
        map.steps.append(SimStep{id, Duration::empirical(observations(engine, (10 + id % 7 * 20) * minuteMs)),
                                 Duration::empirical(observations(engine, (5 + id % 5 * 10) * minuteMs)),
                                 u"Step %1"_s.arg(id)});
    };
    for (Id id = 1; id <= 30; ++id)
        addStep(id);
    for (Id id = 1; id < 8; ++id)
        map.edges.append({id, id + 1});
    // Branch one: 9..18, branch two: 19..28, both from 8 and into 29.
    for (Id first : {Id(9), Id(19)}) {
        map.edges.append({8, first});
        for (Id id = first; id < first + 9; ++id)
            map.edges.append({id, id + 1});
        map.edges.append({first + 9, 29});
    }
    map.edges.append({29, 30});
    return map;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int trials = 10000;
    int runs = 5;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i + 1 < arguments.size(); i += 2) {
        bool ok = false;
        const int value = arguments[i + 1].toInt(&ok);
        if (!ok || value < 1) {
            err << "Not a positive number: " << arguments[i + 1] << '\n';
            return 2;
        }
        if (arguments[i] == "--trials"_L1)
            trials = value;
        else if (arguments[i] == "--runs"_L1)
            runs = value;
        else {
            err << "Unknown option: " << arguments[i] << '\n';
            return 2;
        }
    }

    const Map map = makeMap();
    out << "Map: " << map.steps.size() << " steps, " << map.edges.size() << " connections, " << samplesPerDuration
        << " observed values per wait and process time\n";
    std::vector<double> times;
    SimulationResult last;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto result = simulate(map.steps, map.edges, trials, quint64(run + 1));
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!result) {
            err << "Simulation failed: " << result.errorMessage() << '\n';
            return 1;
        }
        times.push_back(ms);
        last = std::move(result).value();
    }
    const double hour = 3600.0 * 1000.0;
    out << "Lead time of the last run: p50 " << QString::number(last.p50Ms / hour, 'f', 1) << " h, p85 "
        << QString::number(last.p85Ms / hour, 'f', 1) << " h, p95 " << QString::number(last.p95Ms / hour, 'f', 1)
        << " h\n";
    const double figure = median(times);
    out << trials << " trials: " << QString::number(figure, 'f', 2) << " ms (median of " << runs
        << " runs) = " << QString::number(figure / budgetMs, 'f', 3) << " of the " << budgetMs << " ms budget\n";
    return 0;
}
