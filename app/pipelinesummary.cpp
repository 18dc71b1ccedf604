// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinesummary.h"

#include "common/format.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

namespace {

struct PipelineSummaryText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::app::PipelineSummary)
};

QJsonValue optionalNumber(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalText(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString durationText(const std::optional<qint64> &milliseconds)
{
    return milliseconds ? views::format::duration(*milliseconds) : views::format::missing();
}

QString rateText(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 0) + u'%' : views::format::missing();
}

} // namespace

int PipelineSummary::edgeCount() const
{
    int edges = 0;
    for (const graph::StageSpec &stage : stored.spec.stages)
        edges += int(stage.needs.size());
    return edges;
}

Result<PipelineSummary> summarisePipeline(const QSqlDatabase &db, Id pipelineId)
{
    PipelineSummary summary;
    auto stored = graph::loadPipeline(db, pipelineId);
    if (!stored)
        return stored.error();
    summary.stored = std::move(*stored);
    const graph::PipelineSpec &spec = summary.stored.spec;

    auto listings = graph::listPipelines(db);
    if (!listings)
        return listings.error();
    for (const graph::PipelineListing &listing : std::as_const(*listings)) {
        if (listing.row.id == pipelineId)
            summary.service = listing.service;
    }

    auto structure = graph::analyseStructure(spec);
    if (!structure)
        return structure.error();
    summary.structure = std::move(*structure);

    auto statistics = graph::loadStageStatistics(db, pipelineId);
    if (!statistics)
        return statistics.error();
    // The statistics come in the stages' stored order, as the spec does; matched by name all the same.
    QHash<QString, graph::StageStatistics> byName;
    for (const graph::StageStatistics &entry : std::as_const(*statistics))
        byName.insert(entry.name, entry);
    for (const graph::StageSpec &stage : spec.stages) {
        graph::StageStatistics entry = byName.value(stage.name);
        entry.name = stage.name;
        summary.statistics.append(entry);
    }

    QHash<QString, qint64> durations = graph::observedDurations(summary.statistics);
    summary.weighedByJobs = !durations.isEmpty();
    if (!summary.weighedByJobs) {
        for (const graph::StageSpec &stage : spec.stages)
            durations.insert(stage.name, 1);
    }
    auto path = graph::criticalPath(spec, durations);
    if (!path)
        return path.error();
    summary.criticalPath = std::move(*path);
    return summary;
}

QJsonObject pipelineJson(const PipelineSummary &summary, const QStringList &warnings)
{
    const graph::PipelineSpec &spec = summary.stored.spec;
    QJsonArray stages;
    QJsonArray edges;
    for (qsizetype i = 0; i < spec.stages.size(); ++i) {
        const graph::StageSpec &stage = spec.stages[i];
        const graph::StageStatistics &statistics = summary.statistics[i];
        const graph::StageTiming &timing = summary.criticalPath.stages[i];
        QJsonObject object{
            {u"name"_s, stage.name},
            {u"kind"_s, stage.kind},
            {u"environment"_s, optionalText(stage.environment)},
            {u"layer"_s, summary.structure.nodes[i].layer},
            {u"on_critical_path"_s, timing.onCriticalPath},
            {u"slack_ms"_s, summary.weighedByJobs ? QJsonValue(timing.slack) : QJsonValue(QJsonValue::Null)},
            {u"jobs"_s, statistics.jobCount},
            {u"runs"_s, statistics.runCount},
            {u"succeeded"_s, statistics.succeeded},
            {u"failed"_s, statistics.failed},
            {u"median_queue_ms"_s, optionalNumber(statistics.medianQueueMs)},
            {u"median_run_ms"_s, optionalNumber(statistics.medianRunMs)},
            {u"success_rate"_s,
             statistics.successRate() ? QJsonValue(*statistics.successRate()) : QJsonValue(QJsonValue::Null)},
        };
        stages.append(object);
        for (const QString &need : stage.needs)
            edges.append(QJsonArray{need, stage.name});
    }
    const Pipeline &row = summary.stored.row;
    return QJsonObject{
        {u"name"_s, spec.name},
        {u"service"_s, optionalText(summary.service)},
        {u"source"_s, row.source},
        {u"external_id"_s, row.externalId},
        {u"format"_s, row.format ? QJsonValue(*row.format) : QJsonValue(QJsonValue::Null)},
        {u"revision"_s, row.revision},
        {u"stages"_s, stages},
        {u"edges"_s, edges},
        {u"critical_path"_s, QJsonArray::fromStringList(summary.criticalPath.path)},
        {u"critical_path_weight"_s, summary.weighedByJobs ? u"median_duration"_s : u"stage_count"_s},
        {u"critical_path_ms"_s,
         summary.weighedByJobs ? QJsonValue(summary.criticalPath.length) : QJsonValue(QJsonValue::Null)},
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
    };
}

QString pipelineText(const PipelineSummary &summary)
{
    const graph::PipelineSpec &spec = summary.stored.spec;
    const Pipeline &row = summary.stored.row;
    QStringList lines;
    const QString origin = row.format ? *row.format : row.source;
    lines.append(
        summary.service.isEmpty()
            ? PipelineSummaryText::tr("Pipeline “%1” (%2, revision %3)").arg(spec.name, origin).arg(row.revision)
            : PipelineSummaryText::tr("Pipeline “%1” of %2 (%3, revision %4)")
                  .arg(spec.name, summary.service, origin)
                  .arg(row.revision));
    lines.append(PipelineSummaryText::tr("Stages: %1, edges: %2, layers: %3")
                     .arg(spec.stages.size())
                     .arg(summary.edgeCount())
                     .arg(summary.structure.layers.size()));
    if (spec.stages.isEmpty())
        return lines.join(u'\n') + u'\n';
    lines.append(QString());

    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < spec.stages.size(); ++i)
        indexOf.insert(spec.stages[i].name, i);
    const bool withJobs = std::any_of(summary.statistics.cbegin(), summary.statistics.cend(),
                                      [](const graph::StageStatistics &entry) { return entry.jobCount > 0; });

    QList<QStringList> table;
    QStringList heading{QString(), PipelineSummaryText::tr("layer"), PipelineSummaryText::tr("stage"),
                        PipelineSummaryText::tr("kind"), PipelineSummaryText::tr("environment")};
    if (withJobs) {
        heading << PipelineSummaryText::tr("queue") << PipelineSummaryText::tr("run")
                << PipelineSummaryText::tr("success") << PipelineSummaryText::tr("jobs");
    }
    heading << PipelineSummaryText::tr("needs");
    table.append(heading);
    for (const QString &name : summary.structure.order) {
        const qsizetype i = indexOf.value(name);
        const graph::StageSpec &stage = spec.stages[i];
        const graph::StageStatistics &statistics = summary.statistics[i];
        QStringList cells{summary.criticalPath.stages[i].onCriticalPath ? u"*"_s : QString(),
                          QString::number(summary.structure.nodes[i].layer), stage.name, stage.kind, stage.environment};
        if (withJobs) {
            cells << durationText(statistics.medianQueueMs) << durationText(statistics.medianRunMs)
                  << rateText(statistics.successRate()) << QString::number(statistics.jobCount);
        }
        cells << stage.needs.join(u", "_s);
        table.append(cells);
    }
    lines.append(textTable(table));

    const QString path = summary.criticalPath.path.join(u" → "_s);
    if (summary.weighedByJobs) {
        lines.append(PipelineSummaryText::tr("Critical path (*), %1 by the median queue and run times: %2")
                         .arg(views::format::duration(summary.criticalPath.length), path));
    } else {
        lines.append(PipelineSummaryText::tr("Critical path (*), the longest chain of needs (no jobs were imported "
                                             "for this pipeline): %1")
                         .arg(path));
    }
    return lines.join(u'\n') + u'\n';
}

QString textTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QStringList lines;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column > 0)
                line += u"  "_s;
            line += row[column].leftJustified(widths[column]);
        }
        // Empty trailing cells (no environment, no needs) leave blanks a terminal does not need.
        while (line.endsWith(u' '))
            line.chop(1);
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace flowdeck::app
