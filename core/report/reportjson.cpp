// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"
#include "report/reporttext.h"

#include "metrics/metricsjson.h"
#include "valuestream/valuestreamjson.h"
#include "json/orderedjson.h"

#include <QDateTime>
#include <QJsonArray>

namespace flowdeck::report {

using namespace Qt::StringLiterals;

namespace {

using json::field;
using json::Member;

/// The members of a JSON object written by json::write() or its users, as the lines between its braces: "{\n",
/// then members indented by four spaces, then "}\n".
QByteArray membersOf(const QByteArray &object)
{
    const qsizetype open = object.indexOf('\n');
    const qsizetype close = object.lastIndexOf('}');
    if (open < 0 || close <= open)
        return {};
    return object.mid(open + 1, close - open - 1);
}

/// A whole object as the value of a member one level down: every line after the first indented four more spaces.
QByteArray nested(const QByteArray &object)
{
    QByteArray text = object.trimmed();
    text.replace("\n", "\n    ");
    return text;
}

/// One member as the lines json::write() gives it inside an object, without the final newline.
QByteArray memberText(const Member &member)
{
    return membersOf(json::write({member})).chopped(1);
}

QJsonValue isoTime(const OptionalTime &at)
{
    if (!at)
        return QJsonValue(QJsonValue::Null);
    return QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue levelValue(metrics::Level level)
{
    return level == metrics::Level::None ? QJsonValue(QJsonValue::Null) : QJsonValue(metrics::levelName(level));
}

QList<QList<Member>> keyElements(const ReportData &report)
{
    QList<QList<Member>> elements;
    for (const KeyFigure &key : report.keys) {
        elements.append({field(u"key"_s, ReportText::keyName(key.key)), field(u"value"_s, json::optional(key.value)),
                         field(u"level"_s, levelValue(key.level)),
                         field(u"previous_value"_s, json::optional(key.previousValue)),
                         field(u"previous_level"_s, levelValue(key.previousLevel))});
    }
    return elements;
}

QList<QList<Member>> opportunityElements(const ReportData &report)
{
    QList<QList<Member>> elements;
    for (const Opportunity &opportunity : report.opportunities) {
        elements.append({field(u"step"_s, opportunity.stepName), field(u"change"_s, opportunity.change),
                         field(u"current_p50_hours"_s, opportunity.currentP50Hours),
                         field(u"current_p85_hours"_s, opportunity.currentP85Hours),
                         field(u"improved_p50_hours"_s, opportunity.improvedP50Hours),
                         field(u"improved_p85_hours"_s, opportunity.improvedP85Hours)});
    }
    return elements;
}

QList<QList<Member>> releaseElements(const ReportData &report)
{
    QList<QList<Member>> elements;
    for (const ReleaseOutcome &release : report.releases) {
        elements.append({field(u"name"_s, release.name), field(u"status"_s, release.status),
                         field(u"started_at"_s, isoTime(release.startedAt)),
                         field(u"finished_at"_s, isoTime(release.finishedAt)), field(u"tasks"_s, release.tasks),
                         field(u"failed_tasks"_s, release.failedTasks),
                         field(u"services"_s, QJsonArray::fromStringList(release.services))});
    }
    return elements;
}

QList<QList<Member>> coverageElements(const ReportData &report)
{
    QList<QList<Member>> elements;
    for (const CoverageRow &row : report.coverage) {
        elements.append({field(u"what"_s, row.what), field(u"source"_s, row.source), field(u"records"_s, row.records),
                         field(u"first"_s, isoTime(row.first)), field(u"last"_s, isoTime(row.last))});
    }
    return elements;
}

QList<QList<Member>> exclusionElements(const ReportData &report)
{
    QList<QList<Member>> elements;
    for (const Exclusion &exclusion : report.exclusions) {
        elements.append({field(u"what"_s, exclusion.what), field(u"count"_s, exclusion.count),
                         field(u"reason"_s, exclusion.reason)});
    }
    return elements;
}

} // namespace

QByteArray reportJson(const ReportData &report)
{
    // The metrics object first, byte for byte as `flowdeck metrics --json` writes it, then the report's own keys.
    QList<QByteArray> parts;
    parts.append(membersOf(metrics::metricsJson(report.metrics, report.serviceNames)).chopped(1));
    parts.append("    \"previous\": " + nested(metrics::metricsJson(report.previousMetrics, report.serviceNames)));
    parts.append(memberText(json::objectArray(u"keys"_s, keyElements(report))));
    if (report.has(Section::Summary))
        parts.append(memberText(field(u"summary"_s, QJsonArray::fromStringList(report.summary))));
    if (report.has(Section::ValueStream)) {
        // As `flowdeck valuestream --json` writes it for the same map.
        QByteArray valueStream = "null";
        if (report.map) {
            const QString service = report.serviceNames.size() == 1 ? report.serviceNames.constFirst() : QString();
            valueStream = nested(valuestream::valueStreamJson(*report.map, report.analysis,
                                                              {service, report.prediction, report.scope.seed}));
        }
        parts.append("    \"valuestream\": " + valueStream);
        parts.append(memberText(json::objectArray(u"opportunities"_s, opportunityElements(report))));
    }
    if (report.has(Section::LeadTime)) {
        QJsonArray hours;
        for (const double value : report.leadTimeHours)
            hours.append(value);
        parts.append(memberText(field(u"lead_time_hours"_s, hours)));
    }
    if (report.has(Section::Releases))
        parts.append(memberText(json::objectArray(u"releases"_s, releaseElements(report))));
    if (report.has(Section::Appendix)) {
        parts.append(memberText(json::objectArray(u"coverage"_s, coverageElements(report))));
        parts.append(memberText(json::objectArray(u"exclusions"_s, exclusionElements(report))));
    }
    QJsonArray sections;
    for (const Section section : allSections()) {
        if (report.has(section))
            sections.append(sectionName(section));
    }
    parts.append(memberText(json::object(
        u"report"_s, {field(u"workspace"_s, report.workspaceName),
                      field(u"generated_at"_s, isoTime(report.generatedAt)), field(u"sections"_s, sections),
                      field(u"trials"_s, report.scope.trials), field(u"seed"_s, QString::number(report.scope.seed))})));
    return "{\n" + parts.join(",\n") + "\n}\n";
}

} // namespace flowdeck::report
