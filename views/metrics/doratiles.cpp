// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/doratiles.h"

#include "common/format.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace flowdeck::views::doratiles {

using namespace Qt::StringLiterals;

namespace {

constexpr double hourMs = 3600.0 * 1000.0;
constexpr double weekMs = 7 * 24 * hourMs;

// The translation context of every string in this file.
struct DoraTiles
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::DoraTiles)
};

} // namespace

QString fullTitle(DoraFigure figure)
{
    switch (figure) {
    case DoraFigure::DeploymentFrequency:
        return DoraTiles::tr("Deployment frequency");
    case DoraFigure::LeadTime:
        return DoraTiles::tr("Lead time for changes");
    case DoraFigure::ChangeFailureRate:
        return DoraTiles::tr("Change failure rate");
    case DoraFigure::RecoveryTime:
        return DoraTiles::tr("Failed deployment recovery time");
    case DoraFigure::Rework:
        return DoraTiles::tr("Deployment rework rate");
    }
    return {};
}

QString title(DoraFigure figure)
{
    // Short enough for five tiles in a row, in every language (hence a context of their own); the tooltips give
    // the full names.
    switch (figure) {
    case DoraFigure::DeploymentFrequency:
        return DoraTiles::tr("Deployment frequency", "short tile title");
    case DoraFigure::LeadTime:
        return DoraTiles::tr("Lead time for changes", "short tile title");
    case DoraFigure::ChangeFailureRate:
        return DoraTiles::tr("Change failure rate", "short tile title");
    case DoraFigure::RecoveryTime:
        return DoraTiles::tr("Recovery time", "short tile title");
    case DoraFigure::Rework:
        return DoraTiles::tr("Rework rate", "short tile title");
    }
    return {};
}

QString number(double value)
{
    if (value == std::round(value) || std::abs(value) >= 10)
        return QLocale().toString(qRound64(value));
    return QLocale().toString(value, 'f', 1);
}

QString percent(double fraction)
{
    return number(fraction * 100);
}

QString hours(const std::optional<double> &value)
{
    return value ? format::duration(qRound64(*value * hourMs)) : QString();
}

QString exactHours(const std::optional<double> &value)
{
    return value ? format::exactDuration(qRound64(*value * hourMs)) : format::missing();
}

QString periodText(const metrics::Scope &scope)
{
    return format::dateRange(scope.from, scope.to - 1);
}

namespace {

/// A tile whose value is a median duration: the median, its level, the period before's median and the weekly
/// medians of `weekly`.
void fillMedianTile(TileContent &tile, const metrics::Summary &summary, metrics::Level level,
                    std::optional<double> previousMedian, const QList<metrics::WeekFigures> &weeks,
                    std::optional<double> metrics::WeekFigures::*weekly)
{
    tile.value = hours(summary.medianHours);
    tile.level = level;
    tile.current = summary.medianHours;
    tile.previous = previousMedian;
    QList<std::optional<double>> series;
    for (const metrics::WeekFigures &week : weeks)
        series.append(week.*weekly);
    tile.weekly = series;
}

} // namespace

QList<TileContent> contents(const metrics::MetricsReport &report, const std::optional<metrics::MetricsReport> &before)
{
    QList<TileContent> contents(doraFigureCount);
    const qint64 periodMs = report.scope.to - report.scope.from;
    const double periodDays = double(periodMs) / (24 * hourMs);
    const QString levelsOf = DoraTiles::tr("DORA %1").arg(metrics::benchmarkName(report.options.benchmark));

    auto levelLine = [&](metrics::Level level, metrics::Key key) -> QString {
        if (level == metrics::Level::None)
            return DoraTiles::tr("No level: nothing to judge in this period.");
        for (const metrics::Threshold &threshold : metrics::thresholds(report.options.benchmark, key)) {
            if (threshold.level == level)
                return DoraTiles::tr("Level %1 in %2: %3")
                    .arg(metrics::levelTitle(level), levelsOf, QString::fromUtf8(threshold.reportText));
        }
        return DoraTiles::tr("Level %1 in %2").arg(metrics::levelTitle(level), levelsOf);
    };
    auto tooltip = [](const QString &title, const QString &definition, const QStringList &facts) -> QString {
        QString text = u"<b>"_s + title.toHtmlEscaped() + u"</b><p>"_s + definition.toHtmlEscaped() + u"</p><p>"_s;
        QStringList escaped;
        for (const QString &fact : facts)
            escaped.append(fact.toHtmlEscaped());
        return text + escaped.join(u"<br>"_s) + u"</p><p><i>"_s + DoraTiles::tr("Click to see the records.") +
               u"</i></p>"_s;
    };

    // Deployment frequency: per day when daily, else per week, else per month; compared per day.
    {
        const metrics::DeploymentFrequency &df = report.deploymentFrequency;
        TileContent &tile = contents[int(DoraFigure::DeploymentFrequency)];
        if (df.deployments == 0) {
            tile.value = u"0"_s;
            tile.unit = DoraTiles::tr("/week");
        } else if (df.perDay >= 1) {
            tile.value = number(df.perDay);
            tile.unit = DoraTiles::tr("/day");
        } else if (df.perWeek >= 1) {
            tile.value = number(df.perWeek);
            tile.unit = DoraTiles::tr("/week");
        } else {
            tile.value = number(df.perDay * 30);
            tile.unit = DoraTiles::tr("/month");
        }
        tile.level = df.level;
        tile.current = df.perDay;
        tile.previous = before ? std::optional<double>(before->deploymentFrequency.perDay) : std::nullopt;
        QList<std::optional<double>> series;
        for (const metrics::WeekFigures &week : report.weeks) {
            // A shorter last week counts at the rate of a whole one.
            const double length = double(week.end - week.start);
            series.append(length > 0 ? std::optional<double>(week.deployments * weekMs / length) : std::nullopt);
        }
        tile.weekly = series;
        QStringList facts = {DoraTiles::tr("Successful production deployments: %1").arg(format::count(df.deployments)),
                             DoraTiles::tr("Days in the period: %1").arg(QLocale().toString(periodDays, 'f', 0)),
                             DoraTiles::tr("%1 a day, %2 a week")
                                 .arg(QLocale().toString(df.perDay, 'f', 3), QLocale().toString(df.perWeek, 'f', 2)),
                             DoraTiles::tr("Days with a deployment in a median week: %1")
                                 .arg(QLocale().toString(df.medianDeployDaysPerWeek)),
                             levelLine(df.level, metrics::Key::DeploymentFrequency)};
        if (before)
            facts.append(DoraTiles::tr("Deployments in the period before: %1, %2 a day")
                             .arg(format::count(before->deploymentFrequency.deployments),
                                  QLocale().toString(before->deploymentFrequency.perDay, 'f', 3)));
        tile.toolTip =
            tooltip(fullTitle(DoraFigure::DeploymentFrequency),
                    DoraTiles::tr("Successful deployments to production (environments of tier production) that "
                                  "finished in the period."),
                    facts);
    }

    // Lead time for changes: the median.
    {
        const metrics::LeadTimeForChanges &lt = report.leadTime;
        TileContent &tile = contents[int(DoraFigure::LeadTime)];
        fillMedianTile(tile, lt.summary, lt.level, before ? before->leadTime.summary.medianHours : std::nullopt,
                       report.weeks, &metrics::WeekFigures::leadTimeMedianHours);
        const QString from = report.options.leadTimeFrom == metrics::TimeBasis::Author
                                 ? DoraTiles::tr("author time")
                                 : DoraTiles::tr("committer time");
        QStringList facts = {DoraTiles::tr("Median %1").arg(exactHours(lt.summary.medianHours)),
                             DoraTiles::tr("85th percentile %1").arg(exactHours(lt.summary.p85Hours)),
                             DoraTiles::tr("Mean %1").arg(exactHours(lt.summary.meanHours)),
                             DoraTiles::tr("Changes: %1").arg(format::count(lt.summary.count))};
        if (!lt.excludedRecords.isEmpty())
            facts.append(
                DoraTiles::tr("Left out for a span of zero or less: %1").arg(format::count(lt.excludedRecords.size())));
        facts.append(levelLine(lt.level, metrics::Key::LeadTime));
        if (before)
            facts.append(
                DoraTiles::tr("Period before: median %1").arg(exactHours(before->leadTime.summary.medianHours)));
        tile.toolTip =
            tooltip(fullTitle(DoraFigure::LeadTime),
                    DoraTiles::tr("For each commit first shipped to production by a successful deployment that "
                                  "finished in the period: from the commit's %1 to that deployment's finish.")
                        .arg(from),
                    facts);
    }

    // Change failure rate.
    {
        const metrics::ChangeFailureRate &cfr = report.changeFailureRate;
        TileContent &tile = contents[int(DoraFigure::ChangeFailureRate)];
        tile.value = cfr.rate ? percent(*cfr.rate) : QString();
        tile.unit = DoraTiles::tr("%");
        tile.level = cfr.level;
        tile.current = cfr.rate;
        tile.previous = before ? before->changeFailureRate.rate : std::nullopt;
        QList<std::optional<double>> series;
        for (const metrics::WeekFigures &week : report.weeks)
            series.append(week.deployments > 0 ? std::optional<double>(double(week.failures) / week.deployments)
                                               : std::nullopt);
        tile.weekly = series;
        QStringList facts = {DoraTiles::tr("Deployments that caused a failure: %1 of %2")
                                 .arg(format::count(cfr.failed), format::count(cfr.deployments)),
                             levelLine(cfr.level, metrics::Key::ChangeFailureRate)};
        if (!cfr.unattributedIncidentIds.isEmpty())
            facts.append(DoraTiles::tr("Incidents traced to no deployment: %1")
                             .arg(format::count(cfr.unattributedIncidentIds.size())));
        if (before)
            facts.append(DoraTiles::tr("Period before: %1 of %2")
                             .arg(format::count(before->changeFailureRate.failed),
                                  format::count(before->changeFailureRate.deployments)));
        tile.toolTip =
            tooltip(fullTitle(DoraFigure::ChangeFailureRate),
                    DoraTiles::tr("The share of successful production deployments in the period that caused a "
                                  "failure: an incident linked to it (or else to the last production deployment of "
                                  "its service before the incident began), or a rollback (the next production "
                                  "deployment of the service shipped an older version)."),
                    facts);
    }

    // Failed deployment recovery time: the median.
    {
        const metrics::RecoveryTime &recovery = report.recoveryTime;
        TileContent &tile = contents[int(DoraFigure::RecoveryTime)];
        fillMedianTile(tile, recovery.summary, recovery.level,
                       before ? before->recoveryTime.summary.medianHours : std::nullopt, report.weeks,
                       &metrics::WeekFigures::recoveryMedianHours);
        QStringList facts = {DoraTiles::tr("Median %1").arg(exactHours(recovery.summary.medianHours)),
                             DoraTiles::tr("85th percentile %1").arg(exactHours(recovery.summary.p85Hours)),
                             DoraTiles::tr("Recoveries: %1").arg(format::count(recovery.summary.count))};
        if (!recovery.unresolvedDeploymentIds.isEmpty())
            facts.append(DoraTiles::tr("Failures not yet recovered: %1")
                             .arg(format::count(recovery.unresolvedDeploymentIds.size())));
        facts.append(levelLine(recovery.level, metrics::Key::RecoveryTime));
        if (before)
            facts.append(
                DoraTiles::tr("Period before: median %1").arg(exactHours(before->recoveryTime.summary.medianHours)));
        tile.toolTip =
            tooltip(fullTitle(DoraFigure::RecoveryTime),
                    DoraTiles::tr("For each deployment that caused a failure: from its finish to the resolution of "
                                  "its incident, or to the next successful deployment of the service after a "
                                  "rollback."),
                    facts);
    }

    // Deployment rework rate: no benchmark levels.
    {
        const metrics::ReworkRate &rework = report.rework;
        TileContent &tile = contents[int(DoraFigure::Rework)];
        tile.value = rework.rate ? percent(*rework.rate) : QString();
        tile.unit = DoraTiles::tr("%");
        tile.level = metrics::Level::None;
        tile.current = rework.rate;
        tile.previous = before ? before->rework.rate : std::nullopt;
        // The report's deployments are in finish order, and its weeks count them in that order.
        QSet<Id> reworkIds;
        for (const metrics::ReworkDeployment &record : rework.records)
            reworkIds.insert(record.deploymentId);
        const QList<Id> &ids = report.deploymentFrequency.deploymentIds;
        qsizetype next = 0;
        QList<std::optional<double>> series;
        for (const metrics::WeekFigures &week : report.weeks) {
            int count = 0;
            for (int i = 0; i < week.deployments && next < ids.size(); ++i, ++next)
                count += reworkIds.contains(ids[next]) ? 1 : 0;
            series.append(week.deployments > 0 ? std::optional<double>(double(count) / week.deployments)
                                               : std::nullopt);
        }
        tile.weekly = series;
        QStringList facts = {DoraTiles::tr("Rework deployments: %1 of %2")
                                 .arg(format::count(rework.rework), format::count(rework.deployments)),
                             DoraTiles::tr("The benchmarks rank no levels for it.")};
        if (before)
            facts.append(DoraTiles::tr("Period before: %1 of %2")
                             .arg(format::count(before->rework.rework), format::count(before->rework.deployments)));
        tile.toolTip =
            tooltip(fullTitle(DoraFigure::Rework),
                    DoraTiles::tr("The share of production deployments in the period that were unplanned fixes: "
                                  "the fix of a linked incident, a rollback, or a branch or commit message "
                                  "matching the hotfix pattern."),
                    facts);
    }
    return contents;
}

DrillDown records(DoraFigure figure, const metrics::MetricsReport &report)
{
    DrillDown records;
    const QString period = periodText(report.scope);
    switch (figure) {
    case DoraFigure::DeploymentFrequency:
        records.title = DoraTiles::tr("Successful production deployments, %1").arg(period);
        records.deploymentIds = report.deploymentFrequency.deploymentIds;
        break;
    case DoraFigure::LeadTime:
        records.title = DoraTiles::tr("Changes first shipped to production, %1").arg(period);
        records.changes = report.leadTime.records;
        break;
    case DoraFigure::ChangeFailureRate:
        records.title = DoraTiles::tr("Production deployments and the failures they caused, %1").arg(period);
        records.failures = report.changeFailureRate.failures;
        records.deploymentIds = report.deploymentFrequency.deploymentIds;
        break;
    case DoraFigure::RecoveryTime:
        records.title = DoraTiles::tr("Failures and their recovery, %1").arg(period);
        records.failures = report.changeFailureRate.failures;
        break;
    case DoraFigure::Rework:
        records.title = DoraTiles::tr("Rework deployments, %1").arg(period);
        for (const metrics::ReworkDeployment &rework : report.rework.records)
            records.deploymentIds.append(rework.deploymentId);
        break;
    }
    return records;
}

} // namespace flowdeck::views::doratiles
