// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/gather_p.h"
#include "report/reporttext.h"

#include <algorithm>

namespace flowdeck::report::detail {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3'600'000LL;

/// Whether the key's figure moved for the better, the worse, or not at all (as printed).
enum class Change
{
    Better,
    Worse,
    Same,
};

Change changeOf(const KeyFigure &key)
{
    const QString now = Numbers::keyValue(key.key, key.value);
    const QString before = Numbers::keyValue(key.key, key.previousValue);
    // Figures that print the same are the same to a reader.
    if (now == before)
        return Change::Same;
    const bool higher = *key.value > *key.previousValue;
    const bool higherIsBetter = key.key == metrics::Key::DeploymentFrequency;
    return higher == higherIsBetter ? Change::Better : Change::Worse;
}

/// What a key's figure says in plain words, e.g. "Deployments to production: 1.73 per day (156 in all)".
QString keySentence(const KeyFigure &key, const ReportData &report)
{
    const QString value = Numbers::keyValue(key.key, key.value);
    switch (key.key) {
    case metrics::Key::DeploymentFrequency:
        return ReportText::tr("Deployments to production: %1 (%2 in all)")
            .arg(value)
            .arg(report.metrics.deploymentFrequency.deployments);
    case metrics::Key::LeadTime: {
        const int changes = report.metrics.leadTime.summary.count;
        return changes == 1 ? ReportText::tr("The one change shipped took %1 from commit to production").arg(value)
                            : ReportText::tr("A typical change took %1 from commit to production (median of %2 "
                                             "changes)")
                                  .arg(value)
                                  .arg(changes);
    }
    case metrics::Key::ChangeFailureRate:
        return ReportText::tr("%1 of deployments to production caused a failure (%2 of %3)")
            .arg(value)
            .arg(report.metrics.changeFailureRate.failed)
            .arg(report.metrics.changeFailureRate.deployments);
    case metrics::Key::RecoveryTime:
        break;
    }
    const int recoveries = report.metrics.recoveryTime.summary.count;
    return recoveries == 1
               ? ReportText::tr("The one failed deployment that recovered took %1 to restore service").arg(value)
               : ReportText::tr("Service was restored after a failed deployment in %1 (median of %2 "
                                "recoveries)")
                     .arg(value)
                     .arg(recoveries);
}

/// Why a key has no figure, in plain words.
QString noDataSentence(metrics::Key key)
{
    switch (key) {
    case metrics::Key::DeploymentFrequency:
        return ReportText::tr("Deployment frequency: no deployments to production in this period.");
    case metrics::Key::LeadTime:
        return ReportText::tr("Lead time for changes: no data, since no change with a known commit reached "
                              "production in this period.");
    case metrics::Key::ChangeFailureRate:
        return ReportText::tr("Change failure rate: no data, since nothing was deployed to production in this "
                              "period.");
    case metrics::Key::RecoveryTime:
        break;
    }
    return ReportText::tr("Recovery time: no data, since no failed deployment was recovered in this period.");
}

QString keyParagraph(const KeyFigure &key, const ReportData &report, qint64 days)
{
    const bool noDeployments =
        key.key == metrics::Key::DeploymentFrequency && report.metrics.deploymentFrequency.deployments == 0;
    if (!key.value || noDeployments)
        return noDataSentence(key.key);
    const QString now = ReportText::tr("%1, level %2.").arg(keySentence(key, report), ReportText::levelText(key.level));
    const bool previousEmpty = !key.previousValue || (key.key == metrics::Key::DeploymentFrequency &&
                                                      report.previousMetrics.deploymentFrequency.deployments == 0);
    if (previousEmpty)
        return now + u' ' + ReportText::tr("The %n days before have no data to compare with.", nullptr, int(days));
    const QString before = Numbers::keyValue(key.key, key.previousValue);
    const QString level = ReportText::levelText(key.previousLevel);
    QString compared;
    switch (changeOf(key)) {
    case Change::Better:
        compared = ReportText::tr("Better than the %n days before (%1, level %2).", nullptr, int(days));
        break;
    case Change::Worse:
        compared = ReportText::tr("Worse than the %n days before (%1, level %2).", nullptr, int(days));
        break;
    case Change::Same:
        compared = ReportText::tr("The same as the %n days before (%1, level %2).", nullptr, int(days));
        break;
    }
    return now + u' ' + compared.arg(before, level);
}

QString scopeParagraph(const ReportData &report, qint64 days)
{
    const QString services =
        report.serviceNames.isEmpty() ? ReportText::tr("all services") : report.serviceNames.join(u", "_s);
    return ReportText::tr("This report covers %1 from %2 to %3 (%n days, UTC), measured against the DORA %4 "
                          "benchmark.",
                          nullptr, int(days))
        .arg(services, utcDay(report.scope.from), utcDay(report.scope.to - 1),
             metrics::benchmarkName(report.scope.options.benchmark));
}

QString bottleneckParagraph(const ReportData &report)
{
    if (!report.map)
        return ReportText::tr("There is no value stream to analyse: no pull requests, pipeline runs or deployments "
                              "in this period.");
    const std::optional<valuestream::Bottleneck> &bottleneck = report.analysis.bottleneck;
    if (!bottleneck)
        return ReportText::tr("The value stream has no lead time to analyse in this period.");
    const int index = report.map->indexOfStep(bottleneck->id);
    const QString name = index >= 0 ? report.map->steps.at(index).name : QString();
    // The map's total is the sum of its steps' typical times, not the lead time for changes measured above: say
    // which, so that a reader does not take one for the other.
    const QString sentence =
        report.map->statistic == valuestream::Statistic::P85
            ? ReportText::tr("The main bottleneck is %1, which %2. It adds %3 h to the %4 h that the steps of the "
                             "value stream add up to (each step's 85th percentile).")
            : ReportText::tr("The main bottleneck is %1, which %2. It adds %3 h to the %4 h that the steps of the "
                             "value stream add up to (each step's median).");
    return sentence.arg(name, bottleneck->reason, Numbers::hours(double(bottleneck->leadMs) / 3'600'000.0),
                        Numbers::hours(double(report.analysis.totalLeadMs) / 3'600'000.0));
}

QString opportunityParagraph(const ReportData &report)
{
    if (!report.prediction)
        return {};
    if (report.opportunities.isEmpty())
        return ReportText::tr("No change to a single step was found that would shorten the predicted lead time.");
    QStringList lines;
    lines.append(ReportText::tr("Simulated as it is, the value stream gets 85 % of changes through within %1 h. "
                                "What would help most, one change at a time:")
                     .arg(Numbers::hours(report.opportunities.constFirst().currentP85Hours)));
    int number = 0;
    for (const Opportunity &opportunity : report.opportunities) {
        lines.append(ReportText::tr("%1. %2: within %3 h instead, %4 h sooner.")
                         .arg(++number)
                         .arg(opportunity.change, Numbers::hours(opportunity.improvedP85Hours),
                              Numbers::hours(opportunity.currentP85Hours - opportunity.improvedP85Hours)));
    }
    return lines.join(u'\n');
}

} // namespace

QStringList writeSummary(const ReportData &report)
{
    const qint64 days = std::max<qint64>(1, (report.scope.to - report.scope.from + day - 1) / day);
    QStringList paragraphs;
    paragraphs.append(scopeParagraph(report, days));
    for (const KeyFigure &key : report.keys)
        paragraphs.append(keyParagraph(key, report, days));
    paragraphs.append(bottleneckParagraph(report));
    if (const QString opportunities = opportunityParagraph(report); !opportunities.isEmpty())
        paragraphs.append(opportunities);
    return paragraphs;
}

} // namespace flowdeck::report::detail
