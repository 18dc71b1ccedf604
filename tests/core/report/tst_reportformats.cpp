// SPDX-License-Identifier: GPL-3.0-or-later
// The report's text formats on a gathered report: JSON that holds `flowdeck metrics --json` for the same scope, CSV
// files that read back to the same numbers, and SVG charts that are well-formed and escape every value, with
// services named like an attack on a browser and on a spreadsheet. Every case runs on a workspace in a file and again
// on one on PostgreSQL (a database of its own on the test server).

#include "engineworkspaces.h"
#include "metrics/metricsjson.h"
#include "metrics/metricsload.h"
#include "report/report.h"
#include "reportfixture.h"
#include "store/workspace.h"
#include "valuestream/valuestreamjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace flowdeck;
using namespace flowdeck::report;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString scriptName = u"<script>alert(1)</script>"_s;
const QString formulaName = u"=cmd|' /C calc'!A0"_s;

using CsvTable = QList<QStringList>;

/// An RFC 4180 reader: fields separated by commas, records by CRLF; a quoted field may hold commas, line breaks and
/// doubled quotes. Fails the test on anything else.
CsvTable readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    CsvTable table;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            table.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else {
            if (c == u'"' || c == u'\n' || c == u'\r')
                qWarning() << "unquoted" << c << "in a field";
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        qWarning() << "a quoted field runs to the end of the file";
    if (fieldStarted || !record.isEmpty()) {
        record.append(field);
        table.append(record);
    }
    return table;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// The column `name` of a table, below its header.
QStringList column(const CsvTable &table, const QString &name)
{
    QStringList cells;
    const qsizetype index = table.isEmpty() ? -1 : table.constFirst().indexOf(name);
    if (index < 0)
        return {u"no column "_s + name};
    for (qsizetype row = 1; row < table.size(); ++row)
        cells.append(table.at(row).value(index));
    return cells;
}

QList<double> numbers(const QStringList &cells)
{
    QList<double> values;
    for (const QString &cell : cells) {
        bool ok = false;
        values.append(cell.toDouble(&ok));
        if (!ok)
            qWarning() << cell << "is not a number";
    }
    return values;
}

} // namespace

class TestReportFormats : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspace of the test is made.
    explicit TestReportFormats(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    /// Where the reports are written.
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    ReportHistory m_history;
    ReportData m_report;

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Workspace on" << m_workspaces.engine();
        QVERIFY(m_dir.isValid());
        auto workspace = m_workspaces.create(u"formats"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_workspace = *workspace;
        QString error;
        m_history = buildReportHistory(*m_workspace, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The services renamed, and releases named to start the way a spreadsheet formula does.
        auto renamed = m_workspace->write([&](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            const QList<std::pair<QString, QVariantList>> statements = {
                {u"UPDATE services SET name = ? WHERE id = ?"_s, {scriptName, m_history.base.shop}},
                {u"UPDATE services SET name = ? WHERE id = ?"_s, {formulaName, m_history.base.search}},
                {u"UPDATE releases SET name = ? WHERE name = 'spring'"_s, {formulaName}},
            };
            for (const auto &[sql, values] : statements) {
                query.prepare(sql);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (!query.exec())
                    return Error{sql};
            }
            int number = 0;
            for (const QString &name : {u"+1 day"_s, u"-rollback"_s, u"@sum(A1)"_s, u"\tindented"_s, u"\rreturn"_s}) {
                query.prepare(u"INSERT INTO releases (name, status, started_at, finished_at, created_at) "
                              "VALUES (?, 'succeeded', ?, ?, 0) RETURNING id"_s);
                query.addBindValue(name);
                query.addBindValue(in2024(3, 20, ++number));
                query.addBindValue(in2024(3, 20, number, 30));
                if (!query.exec() || !query.next())
                    return Error{name};
                const QVariant release = query.value(0);
                query.finish();
                query.prepare(u"INSERT INTO release_items (release_id, service_id, version) VALUES (?, ?, '2')"_s);
                query.addBindValue(release);
                query.addBindValue(m_history.base.search);
                if (!query.exec())
                    return Error{name};
            }
            return {};
        });
        QVERIFY2(renamed, qPrintable(renamed.errorMessage()));
        // Rows out of id order on PostgreSQL, as after real updates.
        for (const auto &[table, column] :
             {std::pair(u"commits"_s, u"id"_s), std::pair(u"pull_requests"_s, u"id"_s),
              std::pair(u"pipeline_runs"_s, u"id"_s), std::pair(u"jobs"_s, u"id"_s),
              std::pair(u"deployments"_s, u"id"_s), std::pair(u"deployment_commits"_s, u"deployment_id"_s),
              std::pair(u"incidents"_s, u"id"_s), std::pair(u"releases"_s, u"id"_s),
              std::pair(u"release_items"_s, u"release_id"_s)}) {
            auto shuffled = EngineWorkspaces::shuffleRows(*m_workspace, table, column);
            QVERIFY2(shuffled, qPrintable(shuffled.errorMessage()));
        }

        ReportScope scope;
        scope.from = in2024(3, 1, 0);
        scope.to = in2024(3, 31, 0);
        scope.serviceIds = {m_history.base.shop, m_history.base.search};
        scope.trials = 1000;
        auto report = gatherReport(*m_workspace, scope);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        m_report = *report;
        QCOMPARE(m_report.serviceNames, (QStringList{scriptName, formulaName}));
    }

    void theJsonHoldsTheMetricsJson()
    {
        const QByteArray json = reportJson(m_report);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QVERIFY(json.endsWith("}\n"));

        // `flowdeck metrics --json` for the same scope, measured again here, key by key and in the same order.
        metrics::Scope scope{m_report.scope.from, m_report.scope.to, m_report.scope.serviceIds};
        auto measured = metrics::measure(m_workspace->connection(), scope, m_report.scope.options);
        QVERIFY2(measured, qPrintable(measured.errorMessage()));
        const QByteArray metricsJson = metrics::metricsJson(*measured, {scriptName, formulaName});
        const QJsonObject metrics = QJsonDocument::fromJson(metricsJson).object();
        QVERIFY(!metrics.isEmpty());
        for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it)
            QCOMPARE(object.value(it.key()), it.value());
        // Byte for byte: the report starts with the metrics object's members.
        QVERIFY(json.startsWith(metricsJson.left(metricsJson.lastIndexOf("\n}"))));
        QCOMPARE(object.value(u"services"_s).toArray(), (QJsonArray{scriptName, formulaName}));

        // The figures, by hand (reportfixture.cpp).
        const QJsonObject frequency = object.value(u"deployment_frequency"_s).toObject();
        QCOMPARE(frequency.value(u"deployments"_s).toInt(), 5);
        QCOMPARE(frequency.value(u"level"_s).toString(), u"high"_s);
        const QJsonObject previous = object.value(u"previous"_s).toObject();
        QCOMPARE(previous.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 2);
        QCOMPARE(previous.value(u"from"_s).toString(), u"2024-01-31"_s);
        const QJsonArray keys = object.value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 4);
        QCOMPARE(keys.at(1).toObject().value(u"value"_s).toDouble(), 18.0);
        QCOMPARE(keys.at(1).toObject().value(u"previous_value"_s).toDouble(), 30.0);
        QCOMPARE(keys.at(3).toObject().value(u"previous_value"_s), QJsonValue(QJsonValue::Null));

        // The value stream as `flowdeck valuestream --json` writes it for the same map.
        QVERIFY(m_report.map);
        const QJsonObject valueStream =
            QJsonDocument::fromJson(
                valuestream::valueStreamJson(*m_report.map, m_report.analysis, {QString(), m_report.prediction, 1}))
                .object();
        QCOMPARE(object.value(u"valuestream"_s).toObject(), valueStream);
        QCOMPARE(object.value(u"valuestream"_s).toObject().value(u"bottleneck"_s).toObject().value(u"step"_s),
                 QJsonValue(u"change-approval"_s));

        QCOMPARE(object.value(u"lead_time_hours"_s).toArray(), (QJsonArray{6.0, 12.0, 24.0, 36.0}));
        QCOMPARE(object.value(u"opportunities"_s).toArray().size(), m_report.opportunities.size());
        QCOMPARE(object.value(u"releases"_s).toArray().size(), 6);
        QCOMPARE(object.value(u"releases"_s).toArray().at(0).toObject().value(u"name"_s).toString(), formulaName);
        QCOMPARE(object.value(u"releases"_s).toArray().at(0).toObject().value(u"started_at"_s).toString(),
                 u"2024-03-15T10:00:00Z"_s);
        QCOMPARE(object.value(u"coverage"_s).toArray().size(), 5);
        QCOMPARE(object.value(u"exclusions"_s).toArray().size(), 4);
        QCOMPARE(object.value(u"summary"_s).toArray().size(), m_report.summary.size());
        QCOMPARE(object.value(u"report"_s).toObject().value(u"seed"_s).toString(), u"1"_s);
    }

    void theJsonLeavesOutSectionsNotWanted()
    {
        ReportData dora = m_report;
        dora.scope.sections = {Section::Dora};
        const QJsonObject object = QJsonDocument::fromJson(reportJson(dora)).object();
        QVERIFY(object.contains(u"deployment_frequency"_s));
        QVERIFY(object.contains(u"previous"_s));
        QVERIFY(object.contains(u"keys"_s));
        QVERIFY(!object.contains(u"valuestream"_s));
        QVERIFY(!object.contains(u"summary"_s));
        QVERIFY(!object.contains(u"releases"_s));
        QCOMPARE(object.value(u"report"_s).toObject().value(u"sections"_s).toArray(), QJsonArray{u"dora"_s});
    }

    void theCsvReadsBackToTheSameNumbers()
    {
        const QString folder = m_dir.filePath(u"csv/out"_s);
        auto written = writeReportCsv(m_report, folder);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QStringList names;
        for (const QString &path : std::as_const(*written))
            names.append(QFileInfo(path).fileName());
        QCOMPARE(names, (QStringList{u"summary.csv"_s, u"keys.csv"_s, u"weeks.csv"_s, u"valuestream.csv"_s,
                                     u"opportunities.csv"_s, u"lead_times.csv"_s, u"releases.csv"_s, u"coverage.csv"_s,
                                     u"exclusions.csv"_s}));
        QHash<QString, CsvTable> tables;
        for (const QString &name : std::as_const(names)) {
            const CsvTable table = readCsv(fileBytes(QDir(folder).filePath(name)));
            QVERIFY2(table.size() >= 1, qPrintable(name));
            for (const QStringList &row : table)
                QCOMPARE(row.size(), table.constFirst().size());
            tables.insert(name, table);
        }

        // The keys: exactly the JSON's numbers, and those worked out by hand.
        const CsvTable &keys = tables.value(u"keys.csv"_s);
        QCOMPARE(column(keys, u"key"_s), (QStringList{u"deployment_frequency"_s, u"lead_time_for_changes"_s,
                                                      u"change_failure_rate"_s, u"failed_deployment_recovery_time"_s}));
        QCOMPARE(numbers(column(keys, u"value"_s)), (QList<double>{5.0 / 30.0, 18.0, 0.4, 6.0}));
        QCOMPARE(column(keys, u"previous_value"_s).last(), QString());
        QCOMPARE(numbers(column(keys, u"previous_value"_s).mid(0, 3)), (QList<double>{2.0 / 30.0, 30.0, 0.0}));
        QCOMPARE(column(keys, u"level"_s), (QStringList{u"high"_s, u"elite"_s, u"low"_s, u"high"_s}));
        const QJsonArray jsonKeys = QJsonDocument::fromJson(reportJson(m_report)).object().value(u"keys"_s).toArray();
        for (qsizetype i = 0; i < jsonKeys.size(); ++i)
            QCOMPARE(numbers(column(keys, u"value"_s)).at(i), jsonKeys.at(i).toObject().value(u"value"_s).toDouble());
        QCOMPARE(column(keys, u"display"_s).at(0), u"0.17 per day"_s);

        QCOMPARE(numbers(column(tables.value(u"lead_times.csv"_s), u"lead_time_hours"_s)),
                 (QList<double>{6, 12, 24, 36}));
        QCOMPARE(numbers(column(tables.value(u"weeks.csv"_s), u"deployments"_s)), (QList<double>{1, 1, 1, 2, 0}));
        QCOMPARE(column(tables.value(u"weeks.csv"_s), u"week_start"_s).constFirst(), u"2024-03-01T00:00:00Z"_s);
        QCOMPARE(numbers(column(tables.value(u"coverage.csv"_s), u"records"_s)), (QList<double>{5, 3, 3, 5, 3}));
        QCOMPARE(numbers(column(tables.value(u"exclusions.csv"_s), u"count"_s)), (QList<double>{1, 1, 1, 1}));

        const CsvTable &steps = tables.value(u"valuestream.csv"_s);
        const QStringList stepNames = column(steps, u"step"_s);
        const qsizetype approval = stepNames.indexOf(u"change-approval"_s);
        QVERIFY(approval >= 0);
        // 30 h of wait and 5 min of work (valuestreamfixture.h); the bottleneck.
        QCOMPARE(numbers({column(steps, u"wait_hours"_s).at(approval)}), QList<double>{30.0});
        QCOMPARE(numbers({column(steps, u"process_hours"_s).at(approval)}), QList<double>{5.0 / 60.0});
        QCOMPARE(column(steps, u"bottleneck"_s).at(approval), u"true"_s);

        // The summary's paragraphs, with their commas and line breaks, come back whole.
        QCOMPARE(column(tables.value(u"summary.csv"_s), u"paragraph"_s), m_report.summary);

        // Formula-like text is neutralised; nothing else is changed.
        const QStringList releases = column(tables.value(u"releases.csv"_s), u"name"_s);
        QCOMPARE(releases, (QStringList{u"'"_s + formulaName, u"'+1 day"_s, u"'-rollback"_s, u"'@sum(A1)"_s,
                                        u"'\tindented"_s, u"'\rreturn"_s}));
        QCOMPARE(column(tables.value(u"releases.csv"_s), u"services"_s).constFirst(), scriptName);
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            for (const QStringList &row : it.value()) {
                for (const QString &cell : row) {
                    QVERIFY2(cell.isEmpty() || !u"=+-@\t\r"_s.contains(cell.front()),
                             qPrintable(it.key() + u": "_s + cell));
                }
            }
        }
    }

    void theCsvOfSomeSections()
    {
        ReportData dora = m_report;
        dora.scope.sections = {Section::Appendix, Section::Dora};
        auto written = writeReportCsv(dora, m_dir.filePath(u"some"_s));
        QVERIFY2(written, qPrintable(written.errorMessage()));
        QCOMPARE(written->size(), 3);
        QVERIFY(written->constFirst().endsWith(u"/keys.csv"_s));
    }

    void aFolderThatCannotBeMadeIsNamed()
    {
        const QString file = m_dir.filePath(u"plain-file"_s);
        QFile plain(file);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        auto refused = writeReportCsv(m_report, file + u"/inside"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QDir::toNativeSeparators(file + u"/inside"_s)),
                 qPrintable(refused.errorMessage()));
    }

    void theChartsAreWellFormedAndEscaped()
    {
        const QList<Chart> charts = reportCharts(m_report);
        QStringList ids;
        for (const Chart &chart : charts) {
            ids.append(chart.id);
            QVERIFY(chart.width > 0 && chart.height > 0);
            QVERIFY(!chart.title.isEmpty());
            QVERIFY(!chart.description.isEmpty());
            QVERIFY2(!chart.svg.contains("<script"), qPrintable(chart.id));
            QVERIFY2(chart.svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), qPrintable(chart.id));

            // Well-formed, and its text holds the names exactly as they are.
            QXmlStreamReader xml(chart.svg);
            QString text;
            int bars = 0;
            QStringList elements;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement()) {
                    elements.append(xml.name().toString());
                    if (xml.name() == u"rect"_s && xml.attributes().hasAttribute(u"x"_s))
                        ++bars;
                }
                if (xml.isCharacters())
                    text += xml.text();
            }
            QVERIFY2(!xml.hasError(), qPrintable(chart.id + u": "_s + xml.errorString()));
            QCOMPARE(elements.constFirst(), u"svg"_s);
            QVERIFY(!elements.contains(u"script"_s));
            QVERIFY(text.contains(scriptName + u", "_s + formulaName));
            if (chart.id == u"trend-deployment-frequency"_s) {
                // Four weeks with deployments: 1, 1, 1 and 2.
                QCOMPARE(bars, 4);
                QVERIFY(text.contains(u"Deployments per week"_s));
            }
            if (chart.id == u"lead-time-distribution"_s) {
                QVERIFY(text.contains(u"median 18.0 h, 85th percentile 30.6 h"_s));
                QVERIFY(text.contains(u"Lead time in hours"_s));
            }
            if (chart.id == u"release-outcomes"_s) {
                QVERIFY(text.contains(u"Failed: "_s + formulaName));
            }
        }
        QCOMPARE(ids,
                 (QStringList{u"trend-deployment-frequency"_s, u"trend-lead-time"_s, u"trend-change-failure-rate"_s,
                              u"trend-recovery-time"_s, u"lead-time-distribution"_s, u"release-outcomes"_s}));

        ReportData some = m_report;
        some.scope.sections = {Section::LeadTime, Section::Summary};
        const QList<Chart> one = reportCharts(some);
        QCOMPARE(one.size(), 1);
        QCOMPARE(one.constFirst().section, Section::LeadTime);
    }

    void theNumbersPrintTheSameEverywhere()
    {
        QCOMPARE(Numbers::keyValue(metrics::Key::DeploymentFrequency, 1.7333), u"1.73 per day"_s);
        QCOMPARE(Numbers::keyValue(metrics::Key::LeadTime, 112.26), u"112.3 h"_s);
        QCOMPARE(Numbers::keyValue(metrics::Key::ChangeFailureRate, 0.125), u"12.5 %"_s);
        QCOMPARE(Numbers::keyValue(metrics::Key::RecoveryTime, std::nullopt), u"no data"_s);
        QCOMPARE(Numbers::hours(-0.01), u"0.0"_s);
        QCOMPARE(Numbers::percent(0.0004), u"0.0"_s);
        QCOMPARE(sectionFromName(u"valuestream"_s), std::optional<Section>(Section::ValueStream));
        QCOMPARE(sectionFromName(u"nonsense"_s), std::nullopt);
        for (const Section section : allSections())
            QCOMPARE(sectionFromName(sectionName(section)), std::optional<Section>(section));
        QCOMPARE(formatFromName(u"csv"_s), std::optional<Format>(Format::Csv));
        QCOMPARE(formatFromName(u"docx"_s), std::nullopt);
    }

    void cleanupTestCase()
    {
        // The workspace closes before its database is dropped.
        m_workspace.reset();
        m_workspaces.clear();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestReportFormats>(argc, argv);
}
#include "tst_reportformats.moc"
