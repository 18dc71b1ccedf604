// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricsjson.h"

#include "json/orderedjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

#include <optional>

namespace flowdeck::metrics {

using namespace Qt::StringLiterals;

namespace {

using json::field;
using json::Member;
using json::object;

/// A phase of the pull requests' lead time: its median and 85th percentile, in hours.
QList<Member> phase(const Summary &summary)
{
    return {field(u"median_hours"_s, json::optional(summary.medianHours)),
            field(u"p85_hours"_s, json::optional(summary.p85Hours))};
}

QJsonValue levelValue(Level level)
{
    return level == Level::None ? QJsonValue(QJsonValue::Null) : QJsonValue(levelName(level));
}

QString utcDate(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).date().toString(Qt::ISODate);
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
    pullRequestTotal.append(field(u"mean_hours"_s, json::optional(leadTime.pullRequestTotal.meanHours)));

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
                field(u"median_hours"_s, json::optional(leadTime.summary.medianHours)),
                field(u"p85_hours"_s, json::optional(leadTime.summary.p85Hours)),
                field(u"mean_hours"_s, json::optional(leadTime.summary.meanHours)),
                field(u"level"_s, levelValue(leadTime.level))}),
        object(u"lead_time_by_pull_request"_s,
               {field(u"pull_requests"_s, int(leadTime.pullRequests.size())),
                object(u"coding"_s, phase(leadTime.coding)), object(u"review"_s, phase(leadTime.review)),
                object(u"deploy"_s, phase(leadTime.deploy)), object(u"total"_s, pullRequestTotal)}),
        object(u"change_failure_rate"_s,
               {field(u"deployments"_s, failureRate.deployments), field(u"failed"_s, failureRate.failed),
                field(u"rate"_s, json::optional(failureRate.rate)), field(u"level"_s, levelValue(failureRate.level))}),
        object(u"failed_deployment_recovery_time"_s,
               {field(u"recoveries"_s, recovery.summary.count),
                field(u"median_hours"_s, json::optional(recovery.summary.medianHours)),
                field(u"p85_hours"_s, json::optional(recovery.summary.p85Hours)),
                field(u"level"_s, levelValue(recovery.level))}),
        object(u"rework_rate"_s, {field(u"deployments"_s, rework.deployments), field(u"rework"_s, rework.rework),
                                  field(u"rate"_s, json::optional(rework.rate))}),
        object(u"flow"_s,
               {field(u"throughput_per_week"_s, flow.throughputPerWeek),
                field(u"flow_efficiency"_s, json::optional(flow.flowEfficiency)), field(u"wip_now"_s, flow.wipNow)}),
    };
    return json::write(members);
}

} // namespace flowdeck::metrics
