// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"
#include "report/reporttext.h"

#include <QDateTime>
#include <QDir>
#include <QSaveFile>

namespace flowdeck::report {

using namespace Qt::StringLiterals;

namespace {

/// One table: a file name, its header and its rows of ready-made cells.
struct Table
{
    QString fileName;
    QStringList header;
    QList<QStringList> rows;
};

/// A cell of text from the data. A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return
/// before them) as a formula; a leading apostrophe makes it text.
QString text(const QString &value)
{
    static const QString formulaStarts = u"=+-@\t\r"_s;
    if (!value.isEmpty() && formulaStarts.contains(value.front()))
        return u'\'' + value;
    return value;
}

/// A number as its shortest exact form with a point, so that it reads back to the same double; empty for none.
QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

QString number(double value)
{
    return number(std::optional<double>(value));
}

QString integer(qint64 value)
{
    return QString::number(value);
}

QString isoTime(const OptionalTime &at)
{
    return at ? QDateTime::fromMSecsSinceEpoch(*at, Qt::UTC).toString(Qt::ISODate) : QString();
}

QString hours(std::optional<qint64> ms)
{
    return ms ? number(double(*ms) / 3'600'000.0) : QString();
}

/// A cell quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma, a quote or a line
/// break.
QString quoted(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    return u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
}

QByteArray csvText(const Table &table)
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList quotedCells;
        for (const QString &cell : cells)
            quotedCells.append(quoted(cell));
        out += quotedCells.join(u',') + u"\r\n"_s;
    };
    line(table.header);
    for (const QStringList &row : table.rows)
        line(row);
    return out.toUtf8();
}

QString levelCell(metrics::Level level)
{
    return metrics::levelName(level);
}

QList<Table> tables(const ReportData &report)
{
    QList<Table> result;
    if (report.has(Section::Summary)) {
        Table summary{u"summary.csv"_s, {u"paragraph"_s}, {}};
        for (const QString &paragraph : report.summary)
            summary.rows.append({text(paragraph)});
        result.append(summary);
    }
    if (report.has(Section::Dora)) {
        Table keys{u"keys.csv"_s,
                   {u"key"_s, u"value"_s, u"unit"_s, u"level"_s, u"previous_value"_s, u"previous_level"_s, u"display"_s,
                    u"previous_display"_s},
                   {}};
        for (const KeyFigure &key : report.keys) {
            const QString unit = key.key == metrics::Key::DeploymentFrequency ? u"per_day"_s
                                 : key.key == metrics::Key::ChangeFailureRate ? u"fraction"_s
                                                                              : u"hours"_s;
            keys.rows.append({ReportText::keyName(key.key), number(key.value), unit, levelCell(key.level),
                              number(key.previousValue), levelCell(key.previousLevel),
                              text(Numbers::keyValue(key.key, key.value)),
                              text(Numbers::keyValue(key.key, key.previousValue))});
        }
        result.append(keys);
    }
    if (report.has(Section::Trends)) {
        Table weeks{u"weeks.csv"_s,
                    {u"week_start"_s, u"week_end"_s, u"deployments"_s, u"deploy_days"_s, u"changes"_s,
                     u"lead_time_median_hours"_s, u"failures"_s, u"recovery_median_hours"_s},
                    {}};
        for (const metrics::WeekFigures &week : report.metrics.weeks) {
            weeks.rows.append({isoTime(week.start), isoTime(week.end), integer(week.deployments),
                               integer(week.deployDays), integer(week.changes), number(week.leadTimeMedianHours),
                               integer(week.failures), number(week.recoveryMedianHours)});
        }
        result.append(weeks);
    }
    if (report.has(Section::ValueStream)) {
        Table steps{u"valuestream.csv"_s,
                    {u"step"_s, u"kind"_s, u"measured"_s, u"wait_hours"_s, u"process_hours"_s, u"lead_hours"_s,
                     u"pct_complete_accurate"_s, u"on_critical_path"_s, u"share"_s, u"rank"_s, u"bottleneck"_s},
                    {}};
        if (report.map) {
            for (qsizetype i = 0; i < report.map->steps.size(); ++i) {
                const valuestream::Step &step = report.map->steps.at(i);
                const valuestream::StepAnalysis analysed =
                    i < report.analysis.steps.size() ? report.analysis.steps.at(i) : valuestream::StepAnalysis();
                const bool bottleneck = report.analysis.bottleneck && report.analysis.bottleneck->id == step.id;
                steps.rows.append({text(step.name), text(step.kind), step.measured ? u"true"_s : u"false"_s,
                                   hours(step.waitMs), hours(step.processMs), hours(step.leadMs()),
                                   number(step.pctCompleteAccurate), analysed.onCriticalPath ? u"true"_s : u"false"_s,
                                   number(analysed.share), integer(analysed.rank),
                                   bottleneck ? u"true"_s : u"false"_s});
            }
        }
        result.append(steps);
        Table opportunities{u"opportunities.csv"_s,
                            {u"rank"_s, u"step"_s, u"change"_s, u"current_p50_hours"_s, u"current_p85_hours"_s,
                             u"improved_p50_hours"_s, u"improved_p85_hours"_s},
                            {}};
        int rank = 0;
        for (const Opportunity &opportunity : report.opportunities) {
            opportunities.rows.append({integer(++rank), text(opportunity.stepName), text(opportunity.change),
                                       number(opportunity.currentP50Hours), number(opportunity.currentP85Hours),
                                       number(opportunity.improvedP50Hours), number(opportunity.improvedP85Hours)});
        }
        result.append(opportunities);
    }
    if (report.has(Section::LeadTime)) {
        Table leadTimes{u"lead_times.csv"_s, {u"lead_time_hours"_s}, {}};
        for (const double value : report.leadTimeHours)
            leadTimes.rows.append({number(value)});
        result.append(leadTimes);
    }
    if (report.has(Section::Releases)) {
        Table releases{
            u"releases.csv"_s,
            {u"name"_s, u"status"_s, u"started_at"_s, u"finished_at"_s, u"tasks"_s, u"failed_tasks"_s, u"services"_s},
            {}};
        for (const ReleaseOutcome &release : report.releases) {
            releases.rows.append({text(release.name), text(release.status), isoTime(release.startedAt),
                                  isoTime(release.finishedAt), integer(release.tasks), integer(release.failedTasks),
                                  text(release.services.join(u"; "_s))});
        }
        result.append(releases);
    }
    if (report.has(Section::Appendix)) {
        Table coverage{u"coverage.csv"_s, {u"what"_s, u"source"_s, u"records"_s, u"first"_s, u"last"_s}, {}};
        for (const CoverageRow &row : report.coverage) {
            coverage.rows.append(
                {text(row.what), text(row.source), integer(row.records), isoTime(row.first), isoTime(row.last)});
        }
        result.append(coverage);
        Table exclusions{u"exclusions.csv"_s, {u"what"_s, u"count"_s, u"reason"_s}, {}};
        for (const Exclusion &exclusion : report.exclusions)
            exclusions.rows.append({text(exclusion.what), integer(exclusion.count), text(exclusion.reason)});
        result.append(exclusions);
    }
    return result;
}

} // namespace

Result<QStringList> writeReportCsv(const ReportData &report, const QString &folder)
{
    QDir dir(folder);
    if (!dir.mkpath(u"."_s))
        return Error{ReportText::tr("Could not create the folder %1 for the report's CSV files.")
                         .arg(QDir::toNativeSeparators(folder))};
    QStringList written;
    for (const Table &table : tables(report)) {
        const QString path = dir.filePath(table.fileName);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{
                ReportText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        const QByteArray bytes = csvText(table);
        if (file.write(bytes) != bytes.size() || !file.commit())
            return Error{
                ReportText::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
        written.append(path);
    }
    return written;
}

} // namespace flowdeck::report
