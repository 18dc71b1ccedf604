// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/metricsdata.h"

#include <QList>
#include <QString>

#include <optional>

namespace flowdeck::metrics {

/// A performance level of a benchmark table. None: no data to judge.
enum class Level
{
    None,
    Low,
    Medium,
    High,
    Elite,
};

/// The four keys that benchmark tables rank.
enum class Key
{
    DeploymentFrequency,
    LeadTime,
    ChangeFailureRate,
    RecoveryTime,
};

/// One row of a benchmark table: the level reached when the value is at least (deployment frequency, in
/// deployments per day) or at most (lead and recovery time in hours, change failure rate as a fraction) `bound`.
/// The report's own wording of the level is `reportText`, untranslated, quoted as the report gives it.
struct Threshold
{
    Level level = Level::None;
    double bound = 0;
    const char *reportText = "";
};

/// The rows of `benchmark` for `key`, best level first. The last row's level applies to every other value.
/// These tables are the one place the thresholds are written.
const QList<Threshold> &thresholds(Benchmark benchmark, Key key);

/// The level `value` reaches in `benchmark`; None for no value.
Level levelOf(Benchmark benchmark, Key key, std::optional<double> value);

/// "elite", "high", "medium", "low" or "" (stable names for JSON), and their translated display names.
QString levelName(Level level);
QString levelTitle(Level level);
std::optional<Level> levelFromName(const QString &name);

/// "2021", "2023", "2024".
QString benchmarkName(Benchmark benchmark);
std::optional<Benchmark> benchmarkFromName(const QString &name);

} // namespace flowdeck::metrics
