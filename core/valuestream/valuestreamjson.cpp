// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/valuestreamjson.h"

#include "json/orderedjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;
using json::field;
using json::Member;
using json::object;

namespace {

constexpr double msPerHour = 3'600'000.0;

QJsonValue hours(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms) / msPerHour) : QJsonValue(QJsonValue::Null);
}

QJsonValue hours(double ms)
{
    return QJsonValue(ms / msPerHour);
}

QJsonValue utcDate(const OptionalTime &at)
{
    if (!at)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).date().toString(Qt::ISODate);
}

QString stepName(const Map &map, Id id)
{
    const int index = map.indexOfStep(id);
    return index < 0 ? QString() : map.steps.at(index).name;
}

} // namespace

QByteArray valueStreamJson(const Map &map, const MapAnalysis &analysis, const JsonContext &context)
{
    QList<QList<Member>> steps;
    for (qsizetype i = 0; i < map.steps.size(); ++i) {
        const Step &step = map.steps.at(i);
        const StepAnalysis *analysed = i < analysis.steps.size() ? &analysis.steps.at(i) : nullptr;
        steps.append({
            field(u"name"_s, step.name),
            field(u"kind"_s, step.kind),
            field(u"process_hours"_s, hours(step.processMs)),
            field(u"wait_hours"_s, hours(step.waitMs)),
            field(u"lead_hours"_s, hours(std::optional<qint64>(step.leadMs()))),
            field(u"pct_complete_accurate"_s, json::optional(step.pctCompleteAccurate)),
            field(u"measured"_s, step.measured),
            field(u"samples"_s, step.sampleCount),
            field(u"people"_s, json::optional(step.people)),
            field(u"wip"_s, json::optional(step.wip)),
            field(u"on_critical_path"_s, analysed && analysed->onCriticalPath),
            field(u"share"_s, analysed ? analysed->share : 0.0),
            field(u"rank"_s, analysed ? analysed->rank : 0),
            field(u"improvement_ideas"_s, QJsonArray::fromStringList(step.ideas())),
        });
    }

    QList<Member> bottleneck;
    if (analysis.bottleneck) {
        bottleneck = {field(u"step"_s, stepName(map, analysis.bottleneck->id)),
                      field(u"share"_s, analysis.bottleneck->share),
                      field(u"lead_hours"_s, hours(double(analysis.bottleneck->leadMs))),
                      field(u"reason"_s, analysis.bottleneck->reason)};
    }
    QJsonArray criticalPath;
    for (const Id id : analysis.criticalPath)
        criticalPath.append(stepName(map, id));

    QList<Member> members = {
        json::objectArray(u"steps"_s, steps),
        field(u"total_lead_hours"_s, hours(double(analysis.totalLeadMs))),
        field(u"total_process_hours"_s, hours(double(analysis.totalProcessMs))),
        field(u"activity_ratio"_s, json::optional(analysis.activityRatio)),
        field(u"rolled_pct_complete_accurate"_s, json::optional(analysis.rolledPctCompleteAccurate)),
        analysis.bottleneck ? object(u"bottleneck"_s, bottleneck)
                            : field(u"bottleneck"_s, QJsonValue(QJsonValue::Null)),
        field(u"name"_s, map.name),
        field(u"state"_s, mapStateKey(map.state)),
        field(u"service"_s,
              context.serviceName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(context.serviceName)),
        field(u"from"_s, utcDate(map.periodFrom)),
        field(u"to"_s, utcDate(map.periodTo)),
        field(u"statistic"_s, statisticKey(map.statistic)),
        field(u"critical_path"_s, criticalPath),
    };
    if (context.prediction) {
        const SimulationResult &prediction = *context.prediction;
        members.append(
            object(u"predicted_lead_hours"_s,
                   {field(u"p50"_s, hours(prediction.p50Ms)), field(u"p85"_s, hours(prediction.p85Ms)),
                    field(u"p95"_s, hours(prediction.p95Ms)), field(u"mean"_s, hours(prediction.meanMs)),
                    field(u"trials"_s, prediction.trials), field(u"seed"_s, QString::number(context.seed))}));
    } else {
        members.append(field(u"predicted_lead_hours"_s, QJsonValue(QJsonValue::Null)));
    }
    return json::write(members);
}

} // namespace flowdeck::valuestream
