// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gather_p.h"
#include "report/report.h"
#include "report/reporttext.h"

#include "metrics/metrics.h"
#include "store/query.h"
#include "store/workspace.h"
#include "valuestream/derivewithmetrics.h"

#include <QDateTime>

#include <algorithm>

namespace flowdeck::report {

using namespace Qt::StringLiterals;

namespace {

/// The parts gatherReport() reports progress over, each counted in `scale` steps.
constexpr int parts = 6;
constexpr qint64 scale = 1000;

/// A control for the work of `count` parts from `first` on: its progress reported as a share of their steps. It
/// carries no cancellation, since the parts' own steps would report it as their progress; gatherReport() checks
/// between parts.
TaskControl partControl(const TaskControl &control, int first, int count)
{
    return TaskControl(
        [&control, first, count](qint64 done, qint64 total) {
            if (total > 0)
                control.report(first * scale + std::clamp<qint64>(done, 0, total) * count * scale / total,
                               parts * scale);
        },
        nullptr);
}

/// The figure of `key` that its benchmark table ranks, as KeyFigure holds it.
std::optional<double> keyValue(const metrics::MetricsReport &metrics, metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return metrics.deploymentFrequency.perDay;
    case metrics::Key::LeadTime:
        return metrics.leadTime.summary.medianHours;
    case metrics::Key::ChangeFailureRate:
        return metrics.changeFailureRate.rate;
    case metrics::Key::RecoveryTime:
        break;
    }
    return metrics.recoveryTime.summary.medianHours;
}

metrics::Level keyLevel(const metrics::MetricsReport &metrics, metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return metrics.deploymentFrequency.level;
    case metrics::Key::LeadTime:
        return metrics.leadTime.level;
    case metrics::Key::ChangeFailureRate:
        return metrics.changeFailureRate.level;
    case metrics::Key::RecoveryTime:
        break;
    }
    return metrics.recoveryTime.level;
}

QList<KeyFigure> keyFigures(const metrics::MetricsReport &current, const metrics::MetricsReport &previous)
{
    QList<KeyFigure> keys;
    for (const metrics::Key key : {metrics::Key::DeploymentFrequency, metrics::Key::LeadTime,
                                   metrics::Key::ChangeFailureRate, metrics::Key::RecoveryTime}) {
        keys.append(
            {key, keyValue(current, key), keyValue(previous, key), keyLevel(current, key), keyLevel(previous, key)});
    }
    return keys;
}

/// Every service's name by id.
Result<QHash<Id, QString>> serviceNames(const QSqlDatabase &db)
{
    auto rows = store::runQuery(db, ReportText::tr("services"), u"SELECT id, name FROM services"_s);
    if (!rows)
        return rows.error();
    QHash<Id, QString> names;
    while (rows->next())
        names.insert(rows->value(0).toLongLong(), rows->value(1).toString());
    return names;
}

} // namespace

namespace detail {

QString utcDay(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
}

} // namespace detail

Result<ReportData> gatherReport(const store::Workspace &workspace, const ReportScope &scope, const TaskControl &control)
{
    if (scope.to <= scope.from)
        return Error{ReportText::tr("The report's period must end after it starts: %1 is not after %2.")
                         .arg(detail::utcDay(scope.to), detail::utcDay(scope.from))};
    if (scope.trials < 1)
        return Error{ReportText::tr("The what-if simulation needs at least one trial, not %1.").arg(scope.trials)};

    ReportData report;
    report.scope = scope;
    report.workspaceName = workspace.displayName();
    report.generatedAt = QDateTime::currentMSecsSinceEpoch();
    const QSqlDatabase db = workspace.connection();

    int done = 0;
    const auto step = [&]() -> bool {
        control.report(++done * scale, parts * scale);
        return !control.isCanceled();
    };
    control.report(0, parts * scale);
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};

    auto names = serviceNames(db);
    if (!names)
        return names.error();
    for (const Id id : scope.serviceIds) {
        if (!names->contains(id))
            return Error{ReportText::tr("The workspace has no service with the id %1.").arg(id)};
        report.serviceNames.append(names->value(id));
    }

    // The metrics of the period and of the one before, and the map, from one reading of the workspace: the facts
    // the metrics are computed from serve the period before as well.
    auto source = detail::mapSource(db, scope);
    if (!source)
        return source.error();
    const metrics::Scope metricsScope{scope.from, scope.to, scope.serviceIds};
    auto both =
        valuestream::deriveWithMetrics(db, source->derivation, metricsScope, scope.options, partControl(control, 0, 3));
    if (!both)
        return both.error();
    report.metrics = std::move(both->report);
    report.previousMetrics = metrics::computeMetrics(both->data, metricsScope.previous(), scope.options);
    report.keys = keyFigures(report.metrics, report.previousMetrics);
    for (const metrics::ChangeLeadTime &change : std::as_const(report.metrics.leadTime.records))
        report.leadTimeHours.append(double(change.spanMs) / 3'600'000.0);
    std::sort(report.leadTimeHours.begin(), report.leadTimeHours.end());
    done = 2;
    if (control.isCanceled())
        return Error{TaskControl::canceledMessage()};

    if (auto mapped = detail::gatherValueStream(report, *source, std::move(both->map), control); !mapped)
        return mapped.error();
    if (!step())
        return Error{TaskControl::canceledMessage()};

    auto releases = detail::gatherReleases(db, scope, *names);
    if (!releases)
        return releases.error();
    report.releases = std::move(*releases);
    if (!step())
        return Error{TaskControl::canceledMessage()};

    auto coverage = detail::gatherCoverage(db, scope);
    if (!coverage)
        return coverage.error();
    report.coverage = std::move(*coverage);
    if (!step())
        return Error{TaskControl::canceledMessage()};

    auto exclusions = detail::gatherExclusions(db, report);
    if (!exclusions)
        return exclusions.error();
    report.exclusions = std::move(*exclusions);

    report.summary = detail::writeSummary(report);
    step();
    return report;
}

} // namespace flowdeck::report
