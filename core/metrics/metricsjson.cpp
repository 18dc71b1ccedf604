// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

namespace flowdeck::metrics {

using namespace Qt::StringLiterals;

namespace {

/// A member of a JSON object written in the order it was given: a value, or an object of members of its own.
struct Member
{
    QString key;
    QJsonValue value;
    QList<Member> members;
    bool isObject = false;
};

Member field(const QString &key, const QJsonValue &value)
{
    return {key, value, {}, false};
}

Member object(const QString &key, const QList<Member> &members)
{
    return {key, QJsonValue(), members, true};
}

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

/// A phase of the pull requests' lead time: its median and 85th percentile, in hours.
QList<Member> phase(const Summary &summary)
{
    return {field(u"median_hours"_s, optionalNumber(summary.medianHours)),
            field(u"p85_hours"_s, optionalNumber(summary.p85Hours))};
}

QJsonValue levelValue(Level level)
{
    return level == Level::None ? QJsonValue(QJsonValue::Null) : QJsonValue(levelName(level));
}

QString utcDate(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
}

/// A string, number, boolean or null as JSON text. Qt writes it (escaping strings, numbers in their shortest exact
/// form, null for a number that is not finite), so that only the order of the keys is decided here.
QByteArray scalarText(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QByteArray indentation(int depth)
{
    return QByteArray(4 * depth, ' ');
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (!value.isArray()) {
        out += scalarText(value);
        return;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < array.size(); ++i) {
        out += indentation(depth + 1);
        writeValue(out, array.at(i), depth + 1);
        out += i + 1 < array.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + ']';
}

void writeObject(QByteArray &out, const QList<Member> &members, int depth)
{
    if (members.isEmpty()) {
        out += "{}";
        return;
    }
    out += "{\n";
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Member &member = members.at(i);
        out += indentation(depth + 1) + scalarText(member.key) + ": ";
        if (member.isObject)
            writeObject(out, member.members, depth + 1);
        else
            writeValue(out, member.value, depth + 1);
        out += i + 1 < members.size() ? ",\n" : "\n";
    }
    out += indentation(depth) + '}';
}

} // namespace

QByteArray metricsJson(const MetricsReport &report, const QStringList &serviceNames)
{
    const DeploymentFrequency &frequency = report.deploymentFrequency;
    const LeadTimeForChanges &leadTime = report.leadTime;
    const ChangeFailureRate &failureRate = report.changeFailureRate;
    const RecoveryTime &recovery = report.recoveryTime;
    const ReworkRate &rework = report.rework;
    const Flow &flow = report.flow;
    // The whole way of a pull request has its mean as well, like the lead time for changes.
    QList<Member> pullRequestTotal = phase(leadTime.pullRequestTotal);
    pullRequestTotal.append(field(u"mean_hours"_s, optionalNumber(leadTime.pullRequestTotal.meanHours)));

    const QList<Member> members = {
        field(u"from"_s, utcDate(report.scope.from)),
        field(u"to"_s, utcDate(report.scope.to)),
        field(u"services"_s, QJsonArray::fromStringList(serviceNames)),
        field(u"benchmark"_s, benchmarkName(report.options.benchmark)),
        object(u"deployment_frequency"_s,
               {field(u"deployments"_s, frequency.deployments), field(u"per_day"_s, frequency.perDay),
                field(u"per_week"_s, frequency.perWeek),
                field(u"median_deploy_days_per_week"_s, frequency.medianDeployDaysPerWeek),
                field(u"level"_s, levelValue(frequency.level))}),
        object(u"lead_time_for_changes"_s,
               {field(u"changes"_s, leadTime.summary.count), field(u"excluded"_s, int(leadTime.excludedRecords.size())),
                field(u"median_hours"_s, optionalNumber(leadTime.summary.medianHours)),
                field(u"p85_hours"_s, optionalNumber(leadTime.summary.p85Hours)),
                field(u"mean_hours"_s, optionalNumber(leadTime.summary.meanHours)),
                field(u"level"_s, levelValue(leadTime.level))}),
        object(u"lead_time_by_pull_request"_s,
               {field(u"pull_requests"_s, int(leadTime.pullRequests.size())),
                object(u"coding"_s, phase(leadTime.coding)), object(u"review"_s, phase(leadTime.review)),
                object(u"deploy"_s, phase(leadTime.deploy)), object(u"total"_s, pullRequestTotal)}),
        object(u"change_failure_rate"_s,
               {field(u"deployments"_s, failureRate.deployments), field(u"failed"_s, failureRate.failed),
                field(u"rate"_s, optionalNumber(failureRate.rate)), field(u"level"_s, levelValue(failureRate.level))}),
        object(u"failed_deployment_recovery_time"_s,
               {field(u"recoveries"_s, recovery.summary.count),
                field(u"median_hours"_s, optionalNumber(recovery.summary.medianHours)),
                field(u"p85_hours"_s, optionalNumber(recovery.summary.p85Hours)),
                field(u"level"_s, levelValue(recovery.level))}),
        object(u"rework_rate"_s, {field(u"deployments"_s, rework.deployments), field(u"rework"_s, rework.rework),
                                  field(u"rate"_s, optionalNumber(rework.rate))}),
        object(u"flow"_s,
               {field(u"throughput_per_week"_s, flow.throughputPerWeek),
                field(u"flow_efficiency"_s, optionalNumber(flow.flowEfficiency)), field(u"wip_now"_s, flow.wipNow)}),
    };
    QByteArray out;
    writeObject(out, members, 0);
    out += '\n';
    return out;
}

} // namespace flowdeck::metrics
