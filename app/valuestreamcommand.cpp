// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestreamcommand.h"

#include "commandscope.h"
#include "console.h"
#include "pipelinesummary.h"

#include "common/format.h"
#include "store/workspace.h"
#include "valuestream/derivation.h"
#include "valuestream/mapstore.h"
#include "valuestream/valuestreamjson.h"

#include <QCommandLineParser>
#include <QLocale>

#include <cmath>
#include <memory>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

constexpr int failure = 1;
constexpr int usageError = 2;
/// The length of the period when --from is not given.
constexpr int defaultDays = 90;
constexpr int defaultTrials = 10'000;
constexpr quint64 defaultSeed = 1;

QString commandName()
{
    return u"flowdeck valuestream"_s;
}

QString time(const std::optional<qint64> &ms)
{
    return ms ? valuestream::formatDuration(*ms) : views::format::missing();
}

QString percent(const std::optional<double> &value)
{
    if (!value)
        return views::format::missing();
    //: A share in percent, as in "25%".
    return ValueStreamCommand::tr("%1%").arg(QLocale().toString(*value, 'f', 1));
}

/// The map, its summary, bottleneck and prediction as lines of text.
QString mapText(const valuestream::Map &map, const valuestream::MapAnalysis &analysis,
                const std::optional<valuestream::SimulationResult> &prediction, const QString &serviceName)
{
    QStringList lines;
    lines.append(ValueStreamCommand::tr("Map: %1 (%2)")
                     .arg(map.name, map.state == valuestream::MapState::Future
                                        ? ValueStreamCommand::tr("future state")
                                        : ValueStreamCommand::tr("current state")));
    lines.append(
        ValueStreamCommand::tr("Service: %1").arg(serviceName.isEmpty() ? ValueStreamCommand::tr("all") : serviceName));
    if (map.periodFrom && map.periodTo) {
        lines.append(ValueStreamCommand::tr("Period: %1 up to %2, not including %2 (UTC); times are %3")
                         .arg(CommandScope::utcDate(*map.periodFrom), CommandScope::utcDate(*map.periodTo),
                              map.statistic == valuestream::Statistic::P85 ? ValueStreamCommand::tr("85th percentiles")
                                                                           : ValueStreamCommand::tr("medians")));
    }
    lines.append(QString());

    QList<QStringList> table = {{ValueStreamCommand::tr("step"), ValueStreamCommand::tr("kind"),
                                 ValueStreamCommand::tr("wait"), ValueStreamCommand::tr("process"),
                                 ValueStreamCommand::tr("lead"), ValueStreamCommand::tr("%C&A"),
                                 ValueStreamCommand::tr("source"), ValueStreamCommand::tr("share")}};
    for (qsizetype i = 0; i < map.steps.size(); ++i) {
        const valuestream::Step &step = map.steps.at(i);
        const valuestream::StepAnalysis &analysed = analysis.steps.at(i);
        const QString source = step.measured ? ValueStreamCommand::tr("measured (%1 records)").arg(step.sampleCount)
                                             : ValueStreamCommand::tr("estimate");
        table.append({step.name, step.kind, time(step.waitMs), time(step.processMs),
                      valuestream::formatDuration(step.leadMs()), percent(step.pctCompleteAccurate), source,
                      analysed.onCriticalPath ? percent(analysed.share * 100) : views::format::missing()});
    }
    lines.append(textTable(table));
    lines.append(QString());
    lines.append(ValueStreamCommand::tr("Total lead time: %1").arg(valuestream::formatDuration(analysis.totalLeadMs)));
    lines.append(
        ValueStreamCommand::tr("Total process time: %1").arg(valuestream::formatDuration(analysis.totalProcessMs)));
    lines.append(ValueStreamCommand::tr("Activity ratio: %1")
                     .arg(percent(analysis.activityRatio ? std::optional<double>(*analysis.activityRatio * 100)
                                                         : std::nullopt)));
    lines.append(ValueStreamCommand::tr("Rolled %C&A: %1").arg(percent(analysis.rolledPctCompleteAccurate)));
    if (analysis.bottleneck) {
        const int index = map.indexOfStep(analysis.bottleneck->id);
        lines.append(
            ValueStreamCommand::tr("Bottleneck: %1, %2").arg(map.steps.at(index).name, analysis.bottleneck->reason));
    } else {
        lines.append(ValueStreamCommand::tr("Bottleneck: none (the map has no lead time)"));
    }
    if (prediction) {
        lines.append(ValueStreamCommand::tr("Predicted lead time (%1 trials): p50 %2, p85 %3, p95 %4")
                         .arg(views::format::count(prediction->trials),
                              valuestream::formatDuration(std::llround(prediction->p50Ms)),
                              valuestream::formatDuration(std::llround(prediction->p85Ms)),
                              valuestream::formatDuration(std::llround(prediction->p95Ms))));
    }
    return lines.join(u'\n') + u'\n';
}

/// The stored map called `name`; an error listing the stored maps when there is none.
Result<valuestream::Map> storedMapNamed(const QSqlDatabase &db, const QString &name)
{
    auto maps = valuestream::listMaps(db);
    if (!maps)
        return maps.error();
    QStringList names;
    for (const valuestream::MapSummary &summary : std::as_const(*maps)) {
        if (summary.name == name)
            return valuestream::loadMap(db, summary.id);
        names.append(summary.name);
    }
    if (names.isEmpty())
        return Error{
            ValueStreamCommand::tr("there is no map called \"%1\": the workspace has no stored maps.").arg(name)};
    return Error{ValueStreamCommand::tr("there is no map called \"%1\"; the stored maps are: %2.")
                     .arg(name, names.join(u", "_s))};
}

} // namespace

int ValueStreamCommand::run(const QStringList &arguments)
{
    const QString command = commandName();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the value stream map of a service: each step from first commit to production with its wait, "
           "process and lead time and %C&A, the totals, the bottleneck, and the lead time a Monte Carlo simulation "
           "predicts. Without --map it shows the service's stored current state refreshed from the period's data, "
           "or, when none is stored, the map derived from the data. docs/valuestream.md says how each step is "
           "measured."));
    const QCommandLineOption helpOption = console::helpOption();
    const QCommandLineOption workspaceOption({u"w"_s, u"workspace"_s}, tr("The workspace file to read."), tr("FILE"));
    const QCommandLineOption serviceOption(u"service"_s, tr("The service, by name. Default: every service together."),
                                           tr("NAME"));
    const QCommandLineOption fromOption = CommandScope::fromOption(defaultDays);
    const QCommandLineOption toOption = CommandScope::toOption();
    const QCommandLineOption statisticOption(
        u"statistic"_s,
        tr("How measured times are summarised: median or p85. Default: a stored map's own, else median."),
        tr("STATISTIC"));
    const QCommandLineOption mapOption(
        u"map"_s,
        tr("A stored map by name, e.g. a future state, shown as stored (the period's data only feed its "
           "prediction)."),
        tr("NAME"));
    const QCommandLineOption trialsOption(
        u"trials"_s, tr("The trials of the lead time prediction; 0 for none. Default: %1.").arg(defaultTrials),
        tr("N"));
    const QCommandLineOption seedOption(
        u"seed"_s,
        tr("The seed of the prediction: the same seed gives the same figures. Default: %1.").arg(defaultSeed), tr("N"));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print the map as JSON (docs/valuestream.md describes it)."));
    parser.addOptions({helpOption, workspaceOption, serviceOption, fromOption, toOption, statisticOption, mapOption,
                       trialsOption, seedOption, jsonOption});
    parser.addPositionalArgument(u"valuestream"_s, tr("The command."), u"valuestream"_s);

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
    std::optional<valuestream::Statistic> statistic;
    if (parser.isSet(statisticOption)) {
        statistic = valuestream::statisticFromKey(parser.value(statisticOption));
        if (!statistic) {
            console::error(tr("%1: there is no statistic \"%2\"; write median or p85.")
                               .arg(command, parser.value(statisticOption)));
            return usageError;
        }
    }
    bool valid = true;
    const int trials = parser.isSet(trialsOption) ? parser.value(trialsOption).toInt(&valid) : defaultTrials;
    if (!valid || trials < 0 || trials > 10'000'000) {
        console::error(tr("%1: --trials %2 is not a number of trials from 0 to 10000000.")
                           .arg(command, parser.value(trialsOption)));
        return usageError;
    }
    const quint64 seed = parser.isSet(seedOption) ? parser.value(seedOption).toULongLong(&valid) : defaultSeed;
    if (!valid) {
        console::error(tr("%1: --seed %2 is not a whole number from 0 up.").arg(command, parser.value(seedOption)));
        return usageError;
    }
    if (parser.values(serviceOption).size() > 1) {
        console::error(tr("%1: a value stream map covers one service or all; give --service once.").arg(command));
        return usageError;
    }

    // The derivation reads SQLite's row numbers: a server workspace is refused until it no longer does.
    auto opened = CommandScope::openForReading(path);
    if (!opened) {
        console::error(u"%1: %2"_s.arg(command, opened.errorMessage()));
        return failure;
    }
    const std::shared_ptr<store::Workspace> workspace = *opened;
    const QSqlDatabase db = workspace->connection();
    auto services = CommandScope::services(db, parser.values(serviceOption));
    if (!services) {
        console::error(u"%1: %2"_s.arg(command, services.errorMessage()));
        return failure;
    }
    const OptionalId serviceId = services->isEmpty() ? OptionalId() : OptionalId(services->constFirst().id);
    const QString serviceName = services->isEmpty() ? QString() : services->constFirst().name;

    // The stored map asked for, or the service's current state, decides the statistic unless it is given.
    std::optional<valuestream::Map> stored;
    if (parser.isSet(mapOption)) {
        auto named = storedMapNamed(db, parser.value(mapOption));
        if (!named) {
            console::error(u"%1: %2"_s.arg(command, named.errorMessage()));
            return failure;
        }
        stored = *named;
    } else {
        auto current = valuestream::latestCurrentState(db, serviceId);
        if (!current) {
            console::error(u"%1: %2"_s.arg(command, current.errorMessage()));
            return failure;
        }
        stored = *current;
    }
    valuestream::DerivationScope scope{period->from, period->to, serviceId,
                                       statistic.value_or(stored ? stored->statistic : valuestream::Statistic::Median)};
    if (stored && parser.isSet(mapOption) && stored->serviceId && !parser.isSet(serviceOption))
        scope.serviceId = stored->serviceId;
    auto derived = valuestream::deriveMap(db, scope);
    if (!derived) {
        console::error(u"%1: %2"_s.arg(command, derived.errorMessage()));
        return failure;
    }

    valuestream::Map map = *derived;
    if (stored && parser.isSet(mapOption)) {
        map = *stored;
        valuestream::attachSamples(map, *derived);
        if (statistic)
            map.statistic = *statistic;
    } else if (stored) {
        map = valuestream::mergeDerived(*stored, *derived);
    }
    if (map.steps.isEmpty()) {
        console::error(tr("%1: there is nothing to map: the workspace has no pull requests, pipeline runs or "
                          "deployments %2 from %3 up to %4. Import history first, or choose another period.")
                           .arg(command, serviceName.isEmpty() ? tr("of any service") : tr("of %1").arg(serviceName),
                                CommandScope::utcDate(period->from), CommandScope::utcDate(period->to)));
        return failure;
    }
    auto analysis = valuestream::analyse(map);
    if (!analysis) {
        console::error(u"%1: %2"_s.arg(command, analysis.errorMessage()));
        return failure;
    }
    std::optional<valuestream::SimulationResult> prediction;
    if (trials > 0) {
        auto simulated = valuestream::simulate(valuestream::simulationSteps(map), map.edges, trials, seed);
        if (!simulated) {
            console::error(u"%1: %2"_s.arg(command, simulated.errorMessage()));
            return failure;
        }
        prediction = *simulated;
    }
    if (parser.isSet(jsonOption))
        console::outBytes(valuestream::valueStreamJson(map, *analysis, {serviceName, prediction, seed}));
    else
        console::out(mapText(map, *analysis, prediction, serviceName));
    return 0;
}

} // namespace flowdeck::app
