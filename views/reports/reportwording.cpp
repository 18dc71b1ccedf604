// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportwording.h"

#include "release/releaseplan.h"
#include "report/reporttext.h"
#include "valuestream/mapanalysis.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24LL * 3'600'000;

QDateTime utc(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
}

/// A day as a leader reads it: "1 September 2026" in the user's language.
QString longDate(Timestamp at)
{
    return QLocale().toString(utc(at).date(),
                              ReportWording::tr("d MMMM yyyy", "The pattern of a long date (QDate::toString): "
                                                               "day, month name, year, as the language writes it"));
}

bool higherIsBetter(metrics::Key key)
{
    return key == metrics::Key::DeploymentFrequency;
}

QString levelText(metrics::Level level)
{
    return report::ReportText::levelText(level);
}

QString hoursText(double hours)
{
    return ReportWording::tr("%1 h").arg(report::Numbers::hours(hours));
}

QString servicesOf(const QStringList &services)
{
    return services.join(u", "_s);
}

} // namespace

QString ReportWording::title()
{
    return tr("Delivery report");
}

QString ReportWording::servicesLine(const report::ReportData &report)
{
    if (report.serviceNames.isEmpty())
        return tr("Services: all");
    return tr("Services: %1").arg(servicesOf(report.serviceNames));
}

QString ReportWording::periodText(const report::ReportData &report)
{
    const Timestamp from = report.scope.from;
    const Timestamp to = report.scope.to;
    const qint64 days = (to - from + dayMs - 1) / dayMs;
    const QString last = longDate(std::max(from, to - 1));
    if (days == 1)
        return tr("%1 (1 day, UTC)").arg(longDate(from));
    //: The report's period: first day, last day (both included), its length in days.
    return tr("%1 to %2 (%3 days, UTC)").arg(longDate(from), last).arg(days);
}

QString ReportWording::headerText(const report::ReportData &report)
{
    if (report.workspaceName.isEmpty())
        return title();
    //: The header of every page: the report's title and the workspace's name.
    return tr("%1: %2").arg(title(), report.workspaceName);
}

QString ReportWording::generatedLine(const report::ReportData &report)
{
    return tr("Made on %1").arg(dateTime(report.generatedAt));
}

QString ReportWording::date(Timestamp at)
{
    return utc(at).toString(u"yyyy-MM-dd"_s);
}

QString ReportWording::dateTime(Timestamp at)
{
    //: A moment in UTC.
    return tr("%1 UTC").arg(utc(at).toString(u"yyyy-MM-dd HH:mm"_s));
}

QString ReportWording::keyQuestion(metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return tr("How often do we ship to production?");
    case metrics::Key::LeadTime:
        return tr("How long does a change take from commit to production? (median)");
    case metrics::Key::ChangeFailureRate:
        return tr("How many of our deployments cause a failure?");
    case metrics::Key::RecoveryTime:
        break;
    }
    return tr("How long does it take to recover from a failed deployment? (median)");
}

QString ReportWording::tileTitle(metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        //: A DORA key's name on its tile, above its question; shorten it where the full name is long
        return tr("Deployment frequency", "tile");
    case metrics::Key::LeadTime:
        //: A DORA key's name on its tile, above its question; shorten it where the full name is long
        return tr("Lead time for changes", "tile");
    case metrics::Key::ChangeFailureRate:
        //: A DORA key's name on its tile, above its question; shorten it where the full name is long
        return tr("Change failure rate", "tile");
    case metrics::Key::RecoveryTime:
        break;
    }
    //: A DORA key's name on its tile, above its question; shorten it where the full name is long
    return tr("Failed deployment recovery time", "tile");
}

QString ReportWording::keyDefinition(metrics::Key key, const report::ReportData &report)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return tr("The successful deployments to a production environment that finished in the period, divided by "
                  "the period's length in days. Failed, canceled and running deployments do not count.");
    case metrics::Key::LeadTime:
        if (report.metrics.options.leadTimeFrom == metrics::TimeBasis::Committer) {
            return tr("For each change (a commit) first shipped to production by a deployment that finished in the "
                      "period: the time from the commit's committer time to that deployment's finish. The median is "
                      "the figure; changes with a time of zero or less (a wrong clock) are left out and counted.");
        }
        return tr("For each change (a commit) first shipped to production by a deployment that finished in the "
                  "period: the time from the commit's author time to that deployment's finish. The median is the "
                  "figure; changes with a time of zero or less (a wrong clock) are left out and counted.");
    case metrics::Key::ChangeFailureRate:
        return tr("The share of the period's production deployments that caused a failure: an incident blamed on "
                  "them, or a rollback to an older version.");
    case metrics::Key::RecoveryTime:
        break;
    }
    return tr("For each deployment that caused a failure in the period: the time from its finish until service was "
              "restored (its incidents resolved, or the rollback finished). The median is the figure; failures "
              "still open are counted apart.");
}

ReportWording::Change ReportWording::change(const report::KeyFigure &figure)
{
    if (!figure.value || !figure.previousValue)
        return Change::Unknown;
    // Compared as printed, so that two figures that read the same are never called better or worse.
    const QString now = report::Numbers::keyValue(figure.key, figure.value);
    const QString before = report::Numbers::keyValue(figure.key, figure.previousValue);
    if (now == before)
        return Change::Same;
    const bool up = *figure.value > *figure.previousValue;
    return up == higherIsBetter(figure.key) ? Change::Better : Change::Worse;
}

QString ReportWording::changeText(const report::KeyFigure &figure)
{
    if (!figure.previousValue)
        return tr("No data for the previous period to compare with");
    QString previous = report::Numbers::keyValue(figure.key, figure.previousValue);
    if (figure.previousLevel != metrics::Level::None)
        previous = tr("%1, %2").arg(previous, levelText(figure.previousLevel));
    switch (change(figure)) {
    case Change::Better:
        //: %1: the previous period's figure and level. The arrow says whether the figure went up or down.
        return (*figure.value > *figure.previousValue ? u"▲ "_s : u"▼ "_s) +
               tr("Better than the previous period (%1)").arg(previous);
    case Change::Worse:
        return (*figure.value > *figure.previousValue ? u"▲ "_s : u"▼ "_s) +
               tr("Worse than the previous period (%1)").arg(previous);
    case Change::Same:
        return u"= "_s + tr("The same as the previous period (%1)").arg(previous);
    case Change::Unknown:
        break;
    }
    return tr("Previous period: %1").arg(previous);
}

QString ReportWording::bottleneckText(const report::ReportData &report)
{
    if (!report.map || !report.analysis.bottleneck)
        return {};
    const valuestream::Bottleneck &bottleneck = *report.analysis.bottleneck;
    QString name;
    for (const valuestream::Step &step : report.map->steps) {
        if (step.id == bottleneck.id)
            name = step.name;
    }
    //: %1: the step's name; %2: why, e.g. "waits 3 d 4 h before it starts: 61 % of lead time"; %3: its lead time;
    //: %4: the map's total lead time.
    return tr("The bottleneck is \"%1\": it %2. It adds %3 of the %4 a change takes from start to finish; shortening "
              "it shortens the lead time most.")
        .arg(name, bottleneck.reason, valuestream::formatDuration(bottleneck.leadMs),
             valuestream::formatDuration(report.analysis.totalLeadMs));
}

QString ReportWording::predictionText(const report::ReportData &report)
{
    if (!report.prediction || report.prediction->trials <= 0)
        return {};
    const valuestream::SimulationResult &prediction = *report.prediction;
    return tr("Simulated over %1 runs of this map, half of the changes take up to %2 and 85 out of 100 up to %3.")
        .arg(QLocale().toString(prediction.trials), hoursText(prediction.p50Ms / 3'600'000.0),
             hoursText(prediction.p85Ms / 3'600'000.0));
}

QString ReportWording::leadTimeText(const report::ReportData &report)
{
    const metrics::Summary &summary = report.metrics.leadTime.summary;
    if (summary.count == 0)
        return tr("No change reached production in the period.");
    const QString changes =
        summary.count == 1
            ? tr("1 change reached production in the period.")
            : tr("%1 changes reached production in the period.").arg(QLocale::c().toString(summary.count));
    return changes + u' ' +
           tr("Half took up to %1, 85 out of 100 up to %2; the mean is %3.")
               .arg(report::Numbers::keyValue(metrics::Key::LeadTime, summary.medianHours),
                    report::Numbers::keyValue(metrics::Key::LeadTime, summary.p85Hours),
                    report::Numbers::keyValue(metrics::Key::LeadTime, summary.meanHours));
}

QString ReportWording::levelsLegend(const report::ReportData &report)
{
    return tr("Levels, best first: %1, %2, %3, %4; from the DORA %5 benchmark (the appendix gives its table and the "
              "definitions).")
        .arg(levelText(metrics::Level::Elite), levelText(metrics::Level::High), levelText(metrics::Level::Medium),
             levelText(metrics::Level::Low), metrics::benchmarkName(report.metrics.options.benchmark));
}

QString ReportWording::benchmarkText(const report::ReportData &report)
{
    return tr("Levels come from the DORA %1 benchmark. A figure reaches the first level whose bound it meets: at "
              "least the bound for deployment frequency, at most the bound for the others. The wording is the "
              "benchmark report's own.")
        .arg(metrics::benchmarkName(report.metrics.options.benchmark));
}

ReportTable ReportWording::opportunitiesTable(const report::ReportData &report)
{
    ReportTable table;
    table.headers = {tr("Step"), tr("Change"), tr("Lead time now"), tr("With the change"), tr("Faster by")};
    table.numeric = {false, false, true, true, true};
    table.widths = {0.18, 0.32, 0.18, 0.18, 0.14};
    for (const report::Opportunity &opportunity : report.opportunities) {
        table.rows.append(
            {opportunity.stepName, opportunity.change,
             tr("%1 / %2").arg(hoursText(opportunity.currentP50Hours), hoursText(opportunity.currentP85Hours)),
             tr("%1 / %2").arg(hoursText(opportunity.improvedP50Hours), hoursText(opportunity.improvedP85Hours)),
             hoursText(opportunity.currentP85Hours - opportunity.improvedP85Hours)});
    }
    table.empty = tr("No improvement opportunity was found: the map has no step to change.");
    return table;
}

QString ReportWording::opportunitiesNote()
{
    return tr("Lead times from the what-if simulation: half of the changes take up to the first figure, 85 out of "
              "100 up to the second. \"Faster by\" is how much sooner 85 out of 100 changes would be done.");
}

ReportTable ReportWording::releasesTable(const report::ReportData &report)
{
    ReportTable table;
    table.headers = {tr("Release"), tr("Outcome"), tr("Started"), tr("Finished"),
                     tr("Tasks"),   tr("Failed"),  tr("Services")};
    table.numeric = {false, false, false, false, true, true, false};
    table.widths = {0.20, 0.14, 0.15, 0.15, 0.08, 0.08, 0.20};
    for (const report::ReleaseOutcome &release : report.releases) {
        table.rows.append({release.name, releaseStatus(release.status),
                           release.startedAt ? dateTime(*release.startedAt) : tr("not started"),
                           release.finishedAt ? dateTime(*release.finishedAt) : tr("not finished"),
                           QString::number(release.tasks), QString::number(release.failedTasks),
                           servicesOf(release.services)});
    }
    table.empty = tr("No release ran in the period.");
    return table;
}

ReportTable ReportWording::benchmarkTable(const report::ReportData &report)
{
    const metrics::Benchmark benchmark = report.metrics.options.benchmark;
    const QList<metrics::Key> keys = {metrics::Key::DeploymentFrequency, metrics::Key::LeadTime,
                                      metrics::Key::ChangeFailureRate, metrics::Key::RecoveryTime};
    ReportTable table;
    table.headers = {tr("Level")};
    table.numeric = {false};
    table.widths = {0.12};
    for (const metrics::Key key : keys) {
        table.headers.append(report::ReportText::keyTitle(key));
        table.numeric.append(false);
        table.widths.append(0.22);
    }
    for (const metrics::Level level :
         {metrics::Level::Elite, metrics::Level::High, metrics::Level::Medium, metrics::Level::Low}) {
        QStringList row = {levelText(level)};
        bool any = false;
        for (const metrics::Key key : keys) {
            const QList<metrics::Threshold> &rows = metrics::thresholds(benchmark, key);
            QString cell = u"–"_s;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows.at(i).level != level)
                    continue;
                any = true;
                const QString wording = QString::fromUtf8(rows.at(i).reportText);
                QString bound;
                if (i + 1 == rows.size())
                    bound = tr("any other value");
                else if (key == metrics::Key::DeploymentFrequency)
                    bound = tr("at least %1").arg(report::Numbers::keyValue(key, rows.at(i).bound));
                else
                    bound = tr("at most %1").arg(report::Numbers::keyValue(key, rows.at(i).bound));
                //: A benchmark cell: the benchmark's wording, then the bound Flowdeck applies.
                cell = wording.isEmpty() ? bound : tr("%1 (%2)").arg(wording, bound);
            }
            row.append(cell);
        }
        if (any)
            table.rows.append(row);
    }
    return table;
}

ReportTable ReportWording::coverageTable(const report::ReportData &report)
{
    ReportTable table;
    table.headers = {tr("Records"), tr("Source"), tr("Count"), tr("First"), tr("Last")};
    table.numeric = {false, false, true, false, false};
    table.widths = {0.20, 0.38, 0.12, 0.15, 0.15};
    for (const report::CoverageRow &row : report.coverage) {
        table.rows.append({row.what, row.source, QString::number(row.records), row.first ? date(*row.first) : u"–"_s,
                           row.last ? date(*row.last) : u"–"_s});
    }
    table.empty = tr("The workspace holds no records for this scope.");
    return table;
}

ReportTable ReportWording::exclusionsTable(const report::ReportData &report)
{
    ReportTable table;
    table.headers = {tr("Records"), tr("Left out"), tr("Why")};
    table.numeric = {false, true, false};
    table.widths = {0.25, 0.12, 0.63};
    for (const report::Exclusion &exclusion : report.exclusions)
        table.rows.append({exclusion.what, QString::number(exclusion.count), exclusion.reason});
    table.empty = tr("No record was left out of the figures.");
    return table;
}

QString ReportWording::releaseStatus(const QString &status)
{
    namespace s = release::status;
    if (status == s::succeeded)
        return u"✓ "_s + tr("succeeded");
    if (status == s::failed)
        return u"✕ "_s + tr("failed");
    if (status == s::rolledBack)
        return u"↶ "_s + tr("rolled back");
    if (status == s::aborted || status == s::aborting)
        return u"– "_s + tr("aborted");
    if (status == s::running)
        return u"● "_s + tr("running");
    if (status == s::waiting)
        return u"◷ "_s + tr("waiting");
    if (status == s::planned)
        return u"◷ "_s + tr("planned");
    return status;
}

} // namespace flowdeck::views
