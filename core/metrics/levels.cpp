// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/levels.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace flowdeck::metrics {

using namespace Qt::StringLiterals;

namespace {

struct Levels
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::metrics::Levels)
};

/// The bound of a table's last row, which every value reaches: no deployment frequency is below 0 per day, and no
/// time or rate above infinity.
constexpr double AnyFrequency = 0;
constexpr double AnyAmount = std::numeric_limits<double>::infinity();

// Units: deployment frequency in deployments per day (one month = 30.4375 days, six months = 182.625 days, the
// mean lengths in the Gregorian calendar), lead time and recovery time in hours (one week = 168 h, one month =
// 730.5 h, six months = 4383 h), change failure rate as a fraction of 1. The texts are the reports' own.

// Accelerate State of DevOps 2021.
const QList<Threshold> dora2021Frequency = {
    {Level::Elite, 1, "On-demand (multiple deploys per day)"},
    {Level::High, 1 / 30.4375, "Between once per week and once per month"},
    {Level::Medium, 1 / 182.625, "Between once per month and once every six months"},
    {Level::Low, AnyFrequency, "Fewer than once per six months"},
};
const QList<Threshold> dora2021LeadTime = {
    {Level::Elite, 1, "Less than one hour"},
    {Level::High, 168, "Between one day and one week"},
    {Level::Medium, 4383, "Between one month and six months"},
    {Level::Low, AnyAmount, "More than six months"},
};
// The report gives high, medium and low the same range, so only elite and high can be told apart by the rate.
const QList<Threshold> dora2021FailureRate = {
    {Level::Elite, 0.15, "0%-15%"},
    {Level::High, 0.30, "16%-30%"},
    {Level::Low, AnyAmount, "16%-30%"},
};
const QList<Threshold> dora2021Recovery = {
    {Level::Elite, 1, "Less than one hour"},
    {Level::High, 24, "Less than one day"},
    {Level::Medium, 168, "Between one day and one week"},
    {Level::Low, AnyAmount, "More than six months"},
};

// Accelerate State of DevOps 2023.
const QList<Threshold> dora2023Frequency = {
    {Level::Elite, 1, "On demand (multiple deploys per day)"},
    {Level::High, 1 / 7.0, "Between once per day and once per week"},
    {Level::Medium, 1 / 30.4375, "Between once per week and once per month"},
    {Level::Low, AnyFrequency, "Between once per week and once per month"},
};
const QList<Threshold> dora2023LeadTime = {
    {Level::Elite, 24, "Less than one day"},
    {Level::High, 168, "Between one day and one week"},
    {Level::Medium, 730.5, "Between one week and one month"},
    {Level::Low, AnyAmount, "Between one week and one month"},
};
const QList<Threshold> dora2023FailureRate = {
    {Level::Elite, 0.05, "5%"},
    {Level::High, 0.10, "10%"},
    {Level::Medium, 0.15, "15%"},
    {Level::Low, AnyAmount, "64%"},
};
const QList<Threshold> dora2023Recovery = {
    {Level::Elite, 1, "Less than one hour"},
    {Level::High, 24, "Less than one day"},
    {Level::Medium, 168, "Between one day and one week"},
    {Level::Low, AnyAmount, "Between one month and six months"},
};

// Accelerate State of DevOps 2024.
const QList<Threshold> dora2024Frequency = {
    {Level::Elite, 1, "On demand (multiple deploys per day)"},
    {Level::High, 1 / 7.0, "Between once per day and once per week"},
    {Level::Medium, 1 / 30.4375, "Between once per week and once per month"},
    {Level::Low, AnyFrequency, "Between once per month and once every six months"},
};
const QList<Threshold> dora2024LeadTime = {
    {Level::Elite, 24, "Less than one day"},
    {Level::High, 168, "Between one day and one week"},
    {Level::Medium, 730.5, "Between one week and one month"},
    {Level::Low, AnyAmount, "Between one month and six months"},
};
// The report's medium cluster (10 %) lies inside high's bound, so it cannot be told apart by the rate.
const QList<Threshold> dora2024FailureRate = {
    {Level::Elite, 0.05, "5%"},
    {Level::High, 0.20, "20%"},
    {Level::Low, AnyAmount, "40%"},
};
// The report gives medium the same "Less than one day" as high.
const QList<Threshold> dora2024Recovery = {
    {Level::Elite, 1, "Less than one hour"},
    {Level::High, 24, "Less than one day"},
    {Level::Low, AnyAmount, "Between one week and one month"},
};

/// Deployment frequency is better the higher it is; the other keys the lower.
bool higherIsBetter(Key key)
{
    return key == Key::DeploymentFrequency;
}

} // namespace

const QList<Threshold> &thresholds(Benchmark benchmark, Key key)
{
    switch (benchmark) {
    case Benchmark::Dora2021:
        switch (key) {
        case Key::DeploymentFrequency:
            return dora2021Frequency;
        case Key::LeadTime:
            return dora2021LeadTime;
        case Key::ChangeFailureRate:
            return dora2021FailureRate;
        case Key::RecoveryTime:
            return dora2021Recovery;
        }
        break;
    case Benchmark::Dora2023:
        switch (key) {
        case Key::DeploymentFrequency:
            return dora2023Frequency;
        case Key::LeadTime:
            return dora2023LeadTime;
        case Key::ChangeFailureRate:
            return dora2023FailureRate;
        case Key::RecoveryTime:
            return dora2023Recovery;
        }
        break;
    case Benchmark::Dora2024:
        break;
    }
    switch (key) {
    case Key::DeploymentFrequency:
        return dora2024Frequency;
    case Key::LeadTime:
        return dora2024LeadTime;
    case Key::ChangeFailureRate:
        return dora2024FailureRate;
    case Key::RecoveryTime:
        break;
    }
    return dora2024Recovery;
}

Level levelOf(Benchmark benchmark, Key key, std::optional<double> value)
{
    if (!value || std::isnan(*value))
        return Level::None;
    const QList<Threshold> &rows = thresholds(benchmark, key);
    const bool higher = higherIsBetter(key);
    for (qsizetype i = 0; i + 1 < rows.size(); ++i) {
        if (higher ? *value >= rows[i].bound : *value <= rows[i].bound)
            return rows[i].level;
    }
    return rows.constLast().level;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Elite:
        return u"elite"_s;
    case Level::High:
        return u"high"_s;
    case Level::Medium:
        return u"medium"_s;
    case Level::Low:
        return u"low"_s;
    case Level::None:
        break;
    }
    return {};
}

QString levelTitle(Level level)
{
    switch (level) {
    case Level::Elite:
        return Levels::tr("Elite");
    case Level::High:
        return Levels::tr("High");
    case Level::Medium:
        return Levels::tr("Medium");
    case Level::Low:
        return Levels::tr("Low");
    case Level::None:
        break;
    }
    return Levels::tr("No data");
}

std::optional<Level> levelFromName(const QString &name)
{
    for (Level level : {Level::None, Level::Low, Level::Medium, Level::High, Level::Elite}) {
        if (levelName(level) == name)
            return level;
    }
    return std::nullopt;
}

QString benchmarkName(Benchmark benchmark)
{
    switch (benchmark) {
    case Benchmark::Dora2021:
        return u"2021"_s;
    case Benchmark::Dora2023:
        return u"2023"_s;
    case Benchmark::Dora2024:
        break;
    }
    return u"2024"_s;
}

std::optional<Benchmark> benchmarkFromName(const QString &name)
{
    for (Benchmark benchmark : {Benchmark::Dora2021, Benchmark::Dora2023, Benchmark::Dora2024}) {
        if (benchmarkName(benchmark) == name)
            return benchmark;
    }
    return std::nullopt;
}

} // namespace flowdeck::metrics
