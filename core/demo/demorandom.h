// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>
#include <numbers>
#include <random>

namespace flowdeck::demo {

/// Seeded random numbers whose sequence is the same on every platform: the standard distributions are
/// implementation-defined, so only the engine (fully specified) comes from <random>.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
        : m_engine(seed)
    {}

    /// Uniform in [0, 1).
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [low, high].
    qint64 between(qint64 low, qint64 high) { return low + qint64(uniform() * double(high - low + 1)); }
    bool chance(double probability) { return uniform() < probability; }

    double normal()
    {
        // Box–Muller; 1 - uniform() keeps the logarithm finite.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    /// Log-normal with the given median: durations of work are skewed like this.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    template<typename Container>
    const auto &pick(const Container &items)
    {
        return items[qsizetype(between(0, qint64(items.size()) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace flowdeck::demo
