// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscommand.h"

#include "commandscope.h"
#include "console.h"
#include "pipelinesummary.h"

#include "common/format.h"
#include "metrics/levels.h"
#include "metrics/metricsjson.h"
#include "metrics/metricsload.h"
#include "metrics/metricssettings.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <memory>
#include <optional>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;
/// The length of the period when --from is not given.
constexpr int defaultDays = 90;

QString commandName()
{
    return u"flowdeck metrics"_s;
}

/// A figure rounded to as many decimals as a reader compares: two below 10, one below 100, none above.
QString number(double value)
{
    const int decimals = std::abs(value) < 10 ? 2 : std::abs(value) < 100 ? 1 : 0;
    const double scale = std::pow(10.0, decimals);
    return QLocale().toString(std::round(value * scale) / scale, 'f', QLocale::FloatingPointShortest);
}

QString percent(const std::optional<double> &fraction)
{
    if (!fraction)
        return views::format::missing();
    //: A share in percent, as in "25%".
    return MetricsCommand::tr("%1%").arg(number(*fraction * 100));
}

QString hours(const std::optional<double> &value)
{
    if (!value)
        return views::format::missing();
    return views::format::duration(std::llround(*value * 3'600'000.0));
}

QString levelText(metrics::Level level)
{
    return level == metrics::Level::None ? views::format::missing() : metrics::levelTitle(level);
}

QString count(qint64 value)
{
    return views::format::count(value);
}

/// The scope and the figures as lines of text: what the figures cover, then a table of metric, value and level.
QString reportText(const metrics::MetricsReport &report, const QStringList &serviceNames)
{
    const metrics::DeploymentFrequency &frequency = report.deploymentFrequency;
    const metrics::LeadTimeForChanges &leadTime = report.leadTime;
    const metrics::ChangeFailureRate &failureRate = report.changeFailureRate;
    const metrics::RecoveryTime &recovery = report.recoveryTime;
    const metrics::ReworkRate &rework = report.rework;
    const metrics::Flow &flow = report.flow;

    QStringList lines;
    lines.append(MetricsCommand::tr("Services: %1")
                     .arg(serviceNames.isEmpty() ? MetricsCommand::tr("all") : serviceNames.join(u", "_s)));
    const qint64 days = (report.scope.to - report.scope.from) / (24 * 3'600'000);
    lines.append(MetricsCommand::tr("Period: %1 up to %2, not including %2 (%3 days, UTC)")
                     .arg(CommandScope::utcDate(report.scope.from), CommandScope::utcDate(report.scope.to))
                     .arg(days));
    lines.append(MetricsCommand::tr("Levels: DORA %1").arg(metrics::benchmarkName(report.options.benchmark)));
    lines.append(QString());

    QString recoveries = count(recovery.summary.count);
    if (!recovery.unresolvedDeploymentIds.isEmpty())
        recoveries =
            MetricsCommand::tr("%1 (%2 still open)").arg(recoveries, count(recovery.unresolvedDeploymentIds.size()));
    const QList<QStringList> table = {
        {MetricsCommand::tr("metric"), MetricsCommand::tr("value"), MetricsCommand::tr("level")},
        {MetricsCommand::tr("Deployment frequency"), MetricsCommand::tr("%1 per day").arg(number(frequency.perDay)),
         levelText(frequency.level)},
        {u"  "_s + MetricsCommand::tr("deployments"), count(frequency.deployments)},
        {u"  "_s + MetricsCommand::tr("per week"), number(frequency.perWeek)},
        {u"  "_s + MetricsCommand::tr("days with a deployment per week (median)"),
         number(frequency.medianDeployDaysPerWeek)},
        {MetricsCommand::tr("Lead time for changes (median)"), hours(leadTime.summary.medianHours),
         levelText(leadTime.level)},
        {u"  "_s + MetricsCommand::tr("85th percentile"), hours(leadTime.summary.p85Hours)},
        {u"  "_s + MetricsCommand::tr("mean"), hours(leadTime.summary.meanHours)},
        {u"  "_s + MetricsCommand::tr("changes"), count(leadTime.summary.count)},
        {u"  "_s + MetricsCommand::tr("left out (span of zero or less)"), count(leadTime.excludedRecords.size())},
        // The phases of the pull requests' way to production; the values are medians, so the header has none.
        {MetricsCommand::tr("Lead time by pull request (median)")},
        {u"  "_s + MetricsCommand::tr("coding: first commit to opened"), hours(leadTime.coding.medianHours)},
        {u"  "_s + MetricsCommand::tr("review: opened to merged"), hours(leadTime.review.medianHours)},
        {u"  "_s + MetricsCommand::tr("deploy: merged to deployed"), hours(leadTime.deploy.medianHours)},
        {u"  "_s + MetricsCommand::tr("total: first commit to deployed"), hours(leadTime.pullRequestTotal.medianHours)},
        {u"  "_s + MetricsCommand::tr("pull requests"), count(leadTime.pullRequests.size())},
        {MetricsCommand::tr("Change failure rate"), percent(failureRate.rate), levelText(failureRate.level)},
        {u"  "_s + MetricsCommand::tr("failed of deployments"),
         MetricsCommand::tr("%1 of %2").arg(count(failureRate.failed), count(failureRate.deployments))},
        {MetricsCommand::tr("Failed deployment recovery time (median)"), hours(recovery.summary.medianHours),
         levelText(recovery.level)},
        {u"  "_s + MetricsCommand::tr("85th percentile"), hours(recovery.summary.p85Hours)},
        {u"  "_s + MetricsCommand::tr("recoveries"), recoveries},
        {MetricsCommand::tr("Deployment rework rate"), percent(rework.rate)},
        {u"  "_s + MetricsCommand::tr("rework of deployments"),
         MetricsCommand::tr("%1 of %2").arg(count(rework.rework), count(rework.deployments))},
        {MetricsCommand::tr("Throughput (changes per week)"), number(flow.throughputPerWeek)},
        {MetricsCommand::tr("Flow efficiency of pipeline runs"), percent(flow.flowEfficiency)},
        {MetricsCommand::tr("Work in progress now (changes)"), count(flow.wipNow)},
    };
    lines.append(textTable(table));
    return lines.join(u'\n') + u'\n';
}

} // namespace

int MetricsCommand::run(const QStringList &arguments)
{
    const QString command = commandName();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the delivery metrics of a workspace: the DORA keys (deployment frequency, lead time for changes, "
           "change failure rate, failed deployment recovery time, deployment rework rate) with their benchmark "
           "levels, and flow metrics. Only successful deployments to environments of the tier \"production\" count "
           "as deployments. The period runs from the start of --from up to the start of --to, in UTC: the day of "
           "--to is not included. docs/metrics.md defines every figure."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("The workspace file to read."), tr("FILE"));
    const QCommandLineOption fromOption = CommandScope::fromOption(defaultDays);
    const QCommandLineOption toOption = CommandScope::toOption();
    const QCommandLineOption serviceOption(
        u"service"_s, tr("Only this service, by name; give it again for more services. Default: every service."),
        tr("NAME"));
    const QCommandLineOption benchmarkOption(
        u"benchmark"_s, tr("The benchmark the levels are read from: 2021, 2023 or 2024 (default)."), tr("YEAR"));
    const QCommandLineOption committerTimeOption(
        u"committer-time"_s, tr("Measure lead time for changes from each commit's committer time instead of its author "
                                "time. Default: as the workspace keeps it (metrics.lead_time_from), else author "
                                "time."));
    const QCommandLineOption hotfixOption(
        u"hotfix-pattern"_s,
        tr("A deployment is rework when the branch of its run, or the summary of a commit it shipped, matches this "
           "regular expression (case-insensitive). Default: the workspace's metrics.hotfix_pattern, else \"%1\"; an "
           "empty pattern leaves only incident fixes and "
           "rollbacks.")
            .arg(metrics::Options().hotfixPattern),
        tr("REGEX"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the metrics as JSON (docs/metrics.md describes it)."));
    parser.addOptions({helpOption, workspaceOption, fromOption, toOption, serviceOption, benchmarkOption,
                       committerTimeOption, hotfixOption, jsonOption});
    parser.addPositionalArgument(u"metrics"_s, tr("The command."), u"metrics"_s);

    if (const auto finished = console::parseArguments(parser, arguments, command, helpOption))
        return *finished;
    if (parser.positionalArguments().size() > 1) {
        console::error(tr("%1: unexpected argument %2.").arg(command, parser.positionalArguments().at(1)));
        return usageError;
    }
    const QString path = parser.value(workspaceOption);
    if (path.isEmpty()) {
        console::error(tr("%1: name the workspace file with -w FILE.").arg(command));
        return usageError;
    }

    const auto period = CommandScope::period(parser.value(fromOption), parser.value(toOption), defaultDays);
    if (!period) {
        console::error(u"%1: %2"_s.arg(command, period.errorMessage()));
        return usageError;
    }

    metrics::Options options;
    if (parser.isSet(benchmarkOption)) {
        const std::optional<metrics::Benchmark> benchmark = metrics::benchmarkFromName(parser.value(benchmarkOption));
        if (!benchmark) {
            console::error(tr("%1: there is no benchmark \"%2\"; the benchmarks are: 2021, 2023, 2024.")
                               .arg(command, parser.value(benchmarkOption)));
            return usageError;
        }
        options.benchmark = *benchmark;
    }
    if (parser.isSet(committerTimeOption))
        options.leadTimeFrom = metrics::TimeBasis::Committer;
    if (parser.isSet(hotfixOption)) {
        options.hotfixPattern = parser.value(hotfixOption);
        const QRegularExpression pattern(options.hotfixPattern, QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid()) {
            console::error(tr("%1: --hotfix-pattern %2 is not a regular expression: %3 at character %4.")
                               .arg(command, options.hotfixPattern, pattern.errorString())
                               .arg(pattern.patternErrorOffset() + 1));
            return usageError;
        }
    }

    auto opened = CommandScope::openForReading(path);
    if (!opened) {
        console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
        return failure;
    }
    const std::shared_ptr<store::Workspace> workspace = *opened;
    // The options the workspace keeps for the Metrics page, unless the command line gives them.
    const metrics::Options kept = views::metricssettings::readOptions(*workspace);
    if (!parser.isSet(committerTimeOption))
        options.leadTimeFrom = kept.leadTimeFrom;
    if (!parser.isSet(hotfixOption)) {
        options.hotfixPattern = kept.hotfixPattern;
        const QRegularExpression pattern(options.hotfixPattern, QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid()) {
            console::error(tr("%1: the workspace's setting %2, %3, is not a regular expression: %4 at character %5. "
                              "Give another with --hotfix-pattern, or change it on the Metrics page.")
                               .arg(command, QString::fromLatin1(views::metricssettings::hotfixPatternKey),
                                    options.hotfixPattern, pattern.errorString())
                               .arg(pattern.patternErrorOffset() + 1));
            return failure;
        }
    }
    const QSqlDatabase db = workspace->connection();
    auto services = CommandScope::services(db, parser.values(serviceOption));
    if (!services) {
        console::error(u"%1: %2"_s.arg(command, services.errorMessage()));
        return failure;
    }

    metrics::Scope scope;
    scope.from = period->from;
    scope.to = period->to;
    QStringList serviceNames;
    for (const CommandScope::Service &service : std::as_const(*services)) {
        scope.serviceIds.append(service.id);
        serviceNames.append(service.name);
    }
    auto report = metrics::measure(db, scope, options);
    if (!report) {
        console::error(u"%1: %2"_s.arg(command, report.errorMessage()));
        return failure;
    }
    if (parser.isSet(jsonOption))
        console::outBytes(metrics::metricsJson(*report, serviceNames));
    else
        console::out(reportText(*report, serviceNames));
    return 0;
}

} // namespace flowdeck::app
