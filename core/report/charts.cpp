// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gather_p.h"
#include "report/report.h"
#include "report/reporttext.h"
#include "report/svgplot.h"

#include "release/releaseplan.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace flowdeck::report {

using namespace Qt::StringLiterals;

namespace {

/// What every chart covers, under its title: the services and the period.
QString scopeLine(const ReportData &report)
{
    const QString services =
        report.serviceNames.isEmpty() ? ReportText::tr("All services") : report.serviceNames.join(u", "_s);
    return ReportText::tr("%1 · %2 to %3 (UTC)")
        .arg(services, detail::utcDay(report.scope.from), detail::utcDay(report.scope.to - 1));
}

QString weekLabel(Timestamp start)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date(), u"d MMM"_s);
}

Chart chartOf(Section section, const QString &id, const detail::PlotSpec &spec)
{
    return {section, id, spec.title, spec.description, detail::plotSvg(spec), detail::plotWidth, detail::plotHeight};
}

/// One weekly trend: the week's figure of a key, or nothing for a week without one.
Chart trendChart(const ReportData &report, metrics::Key key)
{
    detail::PlotSpec spec;
    spec.subtitle = scopeLine(report);
    spec.xLabel = ReportText::tr("Week starting");
    spec.emptyText = ReportText::tr("No data in this period");
    for (const metrics::WeekFigures &week : report.metrics.weeks) {
        const QString start = detail::utcDay(week.start);
        spec.categories.append(weekLabel(week.start));
        switch (key) {
        case metrics::Key::DeploymentFrequency:
            spec.values.append(double(week.deployments));
            spec.tooltips.append(ReportText::tr("Week of %1, deployments: %2").arg(start).arg(week.deployments));
            break;
        case metrics::Key::LeadTime:
            spec.values.append(week.leadTimeMedianHours);
            spec.tooltips.append(week.leadTimeMedianHours
                                     ? ReportText::tr("Week of %1: median %2 h, changes: %3")
                                           .arg(start, Numbers::hours(*week.leadTimeMedianHours))
                                           .arg(week.changes)
                                     : ReportText::tr("Week of %1: no change reached production").arg(start));
            break;
        case metrics::Key::ChangeFailureRate: {
            std::optional<double> rate;
            if (week.deployments > 0)
                rate = double(week.failures) / double(week.deployments);
            spec.values.append(rate ? std::optional<double>(*rate * 100.0) : std::nullopt);
            spec.tooltips.append(rate ? ReportText::tr("Week of %1: %2 % (%3 of %4 deployments)")
                                            .arg(start, Numbers::percent(*rate))
                                            .arg(week.failures)
                                            .arg(week.deployments)
                                      : ReportText::tr("Week of %1: no deployments").arg(start));
            break;
        }
        case metrics::Key::RecoveryTime:
            spec.values.append(week.recoveryMedianHours);
            spec.tooltips.append(
                week.recoveryMedianHours
                    ? ReportText::tr("Week of %1: median %2 h").arg(start, Numbers::hours(*week.recoveryMedianHours))
                    : ReportText::tr("Week of %1: no recovery").arg(start));
            break;
        }
    }
    QString id;
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        id = u"trend-deployment-frequency"_s;
        spec.title = ReportText::tr("How often do we deploy to production?");
        spec.yLabel = ReportText::tr("Deployments per week");
        spec.description = ReportText::tr("Bars: the number of successful production deployments in each week of "
                                          "the period.");
        break;
    case metrics::Key::LeadTime:
        id = u"trend-lead-time"_s;
        spec.title = ReportText::tr("How long do changes take to reach production?");
        spec.yLabel = ReportText::tr("Median lead time (h)");
        spec.description = ReportText::tr("Line: the median lead time for changes, in hours, of the changes first "
                                          "shipped to production in each week.");
        spec.line = true;
        spec.decimals = 1;
        break;
    case metrics::Key::ChangeFailureRate:
        id = u"trend-change-failure-rate"_s;
        spec.title = ReportText::tr("How often does a deployment cause a failure?");
        spec.yLabel = ReportText::tr("Change failure rate (%)");
        spec.description = ReportText::tr("Line: the share of each week's production deployments that caused a "
                                          "failure, in percent.");
        spec.line = true;
        spec.decimals = 1;
        break;
    case metrics::Key::RecoveryTime:
        id = u"trend-recovery-time"_s;
        spec.title = ReportText::tr("How quickly do we recover from a failed deployment?");
        spec.yLabel = ReportText::tr("Median recovery time (h)");
        spec.description = ReportText::tr("Line: the median time, in hours, to restore service after the failed "
                                          "deployments of each week.");
        spec.line = true;
        spec.decimals = 1;
        break;
    }
    return chartOf(Section::Trends, id, spec);
}

/// The histogram of the lead times: bins of a round width; a long tail past three times the 95th percentile
/// goes into one last bin, so that it does not squeeze the rest into a single bar.
Chart leadTimeChart(const ReportData &report)
{
    const QList<double> &hours = report.leadTimeHours;
    detail::PlotSpec spec;
    spec.title = ReportText::tr("How long do changes take, change by change?");
    spec.subtitle = scopeLine(report);
    spec.yLabel = ReportText::tr("Changes");
    spec.emptyText = ReportText::tr("No change reached production in this period");
    const metrics::Summary &summary = report.metrics.leadTime.summary;
    spec.description = ReportText::tr("Bars: how many of the changes shipped to production in the period (%1 in all) "
                                      "took how many hours from commit to production.")
                           .arg(hours.size());
    if (summary.medianHours && summary.p85Hours)
        spec.subtitle += u"  ·  "_s + ReportText::tr("median %1 h, 85th percentile %2 h")
                                          .arg(Numbers::hours(*summary.medianHours), Numbers::hours(*summary.p85Hours));
    double upper = hours.isEmpty() ? 0 : hours.constLast();
    bool overflow = false;
    if (hours.size() >= 20) {
        const double p95 = hours.at(qsizetype(std::floor(0.95 * double(hours.size() - 1))));
        if (upper > 3 * p95 && p95 > 0) {
            upper = p95;
            overflow = true;
        }
    }
    const double width = detail::niceStep(std::max(upper, 1.0), 12);
    const int bins = std::max(1, int(std::ceil(upper / width - 1e-9)));
    QList<int> counts(bins + (overflow ? 1 : 0), 0);
    for (const double value : hours) {
        int bin = int(std::floor(value / width));
        if (bin >= bins)
            bin = overflow ? bins : bins - 1;
        ++counts[bin];
    }
    const auto bound = [](double value) {
        return QLocale::c().toString(value, 'g', 6);
    };
    for (int i = 0; i < counts.size(); ++i) {
        const bool last = overflow && i == bins;
        spec.categories.append(last ? QString(u"≥ "_s + bound(i * width))
                                    : QString(bound(i * width) + u"–"_s + bound((i + 1) * width)));
        spec.values.append(hours.isEmpty() ? std::nullopt : std::optional<double>(counts.at(i)));
        spec.tooltips.append(last ? ReportText::tr("%1 h or more, changes: %2").arg(bound(i * width)).arg(counts.at(i))
                                  : ReportText::tr("%1 to %2 h, changes: %3")
                                        .arg(bound(i * width), bound((i + 1) * width))
                                        .arg(counts.at(i)));
    }
    spec.xLabel = ReportText::tr("Lead time in hours (bins of %1 h)").arg(bound(width));
    return chartOf(Section::LeadTime, u"lead-time-distribution"_s, spec);
}

QString statusTitle(const QString &status)
{
    if (status == release::status::succeeded)
        return ReportText::tr("Succeeded");
    if (status == release::status::failed)
        return ReportText::tr("Failed");
    if (status == release::status::rolledBack)
        return ReportText::tr("Rolled back");
    if (status == release::status::aborted)
        return ReportText::tr("Aborted");
    if (status == release::status::running || status == release::status::aborting)
        return ReportText::tr("Running");
    if (status == release::status::waiting)
        return ReportText::tr("Waiting");
    return status;
}

Chart releaseChart(const ReportData &report)
{
    detail::PlotSpec spec;
    spec.title = ReportText::tr("How did the releases end?");
    spec.subtitle = scopeLine(report);
    spec.xLabel = ReportText::tr("Outcome");
    spec.yLabel = ReportText::tr("Releases");
    spec.emptyText = ReportText::tr("No release ran in this period");
    spec.description = ReportText::tr("Bars: how many of the releases that ran in the period (%1 in all) ended in each "
                                      "way.")
                           .arg(report.releases.size());
    QStringList statuses = {release::status::succeeded, release::status::failed, release::status::rolledBack,
                            release::status::aborted};
    for (const ReleaseOutcome &release : report.releases) {
        if (!statuses.contains(release.status))
            statuses.append(release.status);
    }
    for (const QString &status : std::as_const(statuses)) {
        QStringList names;
        for (const ReleaseOutcome &release : report.releases) {
            if (release.status == status)
                names.append(release.name);
        }
        spec.categories.append(statusTitle(status));
        spec.values.append(report.releases.isEmpty() ? std::nullopt : std::optional<double>(names.size()));
        spec.tooltips.append(names.isEmpty() ? ReportText::tr("%1: none").arg(statusTitle(status))
                                             : u"%1: %2"_s.arg(statusTitle(status), names.join(u", "_s)));
    }
    return chartOf(Section::Releases, u"release-outcomes"_s, spec);
}

} // namespace

QList<Chart> reportCharts(const ReportData &report)
{
    QList<Chart> charts;
    if (report.has(Section::Trends)) {
        for (const metrics::Key key : {metrics::Key::DeploymentFrequency, metrics::Key::LeadTime,
                                       metrics::Key::ChangeFailureRate, metrics::Key::RecoveryTime})
            charts.append(trendChart(report, key));
    }
    if (report.has(Section::LeadTime))
        charts.append(leadTimeChart(report));
    if (report.has(Section::Releases))
        charts.append(releaseChart(report));
    return charts;
}

} // namespace flowdeck::report
