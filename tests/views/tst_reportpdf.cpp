// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report read back with poppler's tools: its text holds the figures `flowdeck metrics --json` gives for the
// same scope, every page has its header and "Page N of M", both page sizes come out as such, and a long table
// breaks across pages with its header repeated.

#include "demo/demogenerator.h"
#include "metrics/metricsjson.h"
#include "metrics/metricsload.h"
#include "report/report.h"
#include "report/reporttext.h"
#include "reports/reportdocument.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3'600'000LL;
// A fixed end of history keeps the figures independent of the day the test runs.
const Timestamp demoEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

/// Runs one of poppler's tools; fails the test when it is missing or fails.
QByteArray runTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning().noquote() << tool << "is missing: install poppler-utils (scripts/setup-debian.sh)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << tool << arguments << "failed:" << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

QString pdfText(const QString &path)
{
    return QString::fromUtf8(runTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}));
}

/// pdfinfo's "Pages" and "Page size" lines.
std::pair<int, QString> pdfInfo(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {path}));
    const QRegularExpressionMatch pages =
        QRegularExpression(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption).match(info);
    const QRegularExpressionMatch size =
        QRegularExpression(u"^Page size:\\s+(.+)$"_s, QRegularExpression::MultilineOption).match(info);
    return {pages.hasMatch() ? pages.captured(1).toInt() : -1,
            size.hasMatch() ? size.captured(1).trimmed() : QString()};
}

/// The text of a PDF with every run of white space made one space, so that figures are found whatever the columns,
/// and the ligatures the fonts draw ("ﬁ") written as their letters.
QString simplified(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

metrics::Key keyOf(const QString &name)
{
    if (name == u"lead_time_for_changes")
        return metrics::Key::LeadTime;
    if (name == u"change_failure_rate")
        return metrics::Key::ChangeFailureRate;
    if (name == u"failed_deployment_recovery_time")
        return metrics::Key::RecoveryTime;
    return metrics::Key::DeploymentFrequency;
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_demo;
    report::ReportScope m_scope;
    std::optional<report::ReportData> m_report;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto workspace = store::Workspace::create(m_dir.filePath(u"demo.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_demo = *workspace;
        auto summary = demo::generateDemo(*m_demo, {.end = demoEnd});
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        m_scope.from = demoEnd - 90 * day;
        m_scope.to = demoEnd;
        m_scope.trials = 2000;
        auto gathered = report::gatherReport(*m_demo, m_scope);
        QVERIFY2(gathered, qPrintable(gathered.errorMessage()));
        m_report = *gathered;
    }

    void holdsTheFiguresOfMetricsJson()
    {
        const QString path = m_dir.filePath(u"a4.pdf"_s);
        auto written = views::writeReportPdf(*m_report, views::ReportPageSize::A4, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const QString text = simplified(pdfText(path));
        QVERIFY2(!text.isEmpty(), "pdftotext gave no text");

        // What `flowdeck metrics --json` prints for the same period and services, read as JSON.
        metrics::Scope scope;
        scope.from = m_scope.from;
        scope.to = m_scope.to;
        auto measured = metrics::measure(m_demo->connection(), scope, m_scope.options);
        QVERIFY2(measured, qPrintable(measured.errorMessage()));
        const QJsonObject json = QJsonDocument::fromJson(metrics::metricsJson(*measured, {})).object();
        const QList<std::pair<QString, QString>> figures = {
            {u"deployment_frequency"_s, u"per_day"_s},
            {u"lead_time_for_changes"_s, u"median_hours"_s},
            {u"change_failure_rate"_s, u"rate"_s},
            {u"failed_deployment_recovery_time"_s, u"median_hours"_s},
        };
        for (const auto &[keyName, field] : figures) {
            const QJsonObject object = json.value(keyName).toObject();
            QVERIFY2(object.value(field).isDouble(), qPrintable(keyName));
            const QString figure = report::Numbers::keyValue(keyOf(keyName), object.value(field).toDouble());
            QVERIFY2(text.contains(figure), qPrintable(u"%1: %2 is not in the PDF"_s.arg(keyName, figure)));
            const std::optional<metrics::Level> level = metrics::levelFromName(object.value(u"level"_s).toString());
            QVERIFY2(level && *level != metrics::Level::None, qPrintable(keyName));
            QVERIFY(text.contains(report::ReportText::levelText(*level)));
        }
        // The deployments counted and the changes, as the summary and the lead time section say them.
        const int changes = json.value(u"lead_time_for_changes"_s).toObject().value(u"changes"_s).toInt();
        QVERIFY(changes > 0);
        QVERIFY2(text.contains(u"%1 change"_s.arg(changes)), qPrintable(QString::number(changes)));
        // The period as a leader reads it: its first and last day.
        QVERIFY(text.contains(u"3 March 2026 to 31 May 2026 (90 days, UTC)"_s));
    }

    void everyPageHasItsNumber()
    {
        const QString path = m_dir.filePath(u"numbers.pdf"_s);
        auto written = views::writeReportPdf(*m_report, views::ReportPageSize::A4, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const auto [pages, size] = pdfInfo(path);
        QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
        const views::ReportDocument document(*m_report, views::ReportPageSize::A4);
        QCOMPARE(document.pageCount(), pages);
        // pdftotext separates pages with a form feed.
        const QStringList pageTexts = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int page = 0; page < pages; ++page) {
            const QString one = simplified(pageTexts.at(page));
            QVERIFY2(one.contains(u"Page %1 of %2"_s.arg(page + 1).arg(pages)), qPrintable(one.left(200)));
            QVERIFY2(one.contains(u"Delivery report: demo"_s), qPrintable(QString::number(page)));
        }
        // Page one holds what a leader needs: the scope, the summary and the four keys.
        const QString first = simplified(pageTexts.first());
        for (const QString &expected :
             {u"Period: 3 March 2026"_s, u"Services: all"_s, u"Summary"_s, u"Deployment frequency"_s,
              u"Lead time for changes"_s, u"Change failure rate"_s, u"Failed deployment recovery time"_s})
            QVERIFY2(first.contains(expected), qPrintable(expected));
        // The later sections, each once, in print order.
        const QString all = simplified(pageTexts.join(u' '));
        qsizetype at = 0;
        for (const report::Section section : report::allSections()) {
            if (section == report::Section::Summary || section == report::Section::Dora)
                continue;
            const qsizetype found = all.indexOf(report::sectionTitle(section), at);
            QVERIFY2(found > at, qPrintable(report::sectionTitle(section)));
            at = found;
        }
        QVERIFY(all.contains(u"The bottleneck is \"change-approval\""_s));
    }

    void chartsAndTheMapAreVectors()
    {
        const QString path = m_dir.filePath(u"vectors.pdf"_s);
        auto written = views::writeReportPdf(*m_report, views::ReportPageSize::A4, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        // No raster image anywhere: pdfimages lists its two header lines and nothing else.
        const QStringList images =
            QString::fromUtf8(runTool(u"pdfimages"_s, {u"-list"_s, path})).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(images.size(), 2);
        // The map's steps are real text in the PDF, as the value stream gave them.
        const QString text = simplified(pdfText(path));
        QVERIFY(m_report->map);
        QVERIFY(m_report->map->steps.size() >= 5);
        for (const valuestream::Step &step : std::as_const(m_report->map->steps))
            QVERIFY2(text.contains(step.name), qPrintable(step.name));
        // QSvgRenderer draws a chart's text as outlines, so the sentence under each chart is what can be found.
        const QList<report::Chart> charts = report::reportCharts(*m_report);
        QVERIFY(!charts.isEmpty());
        // The period has no release: its empty outcome chart is left out, the table's sentence says so.
        QVERIFY(m_report->releases.isEmpty());
        for (const report::Chart &chart : charts) {
            const bool shown = chart.section != report::Section::Releases;
            QVERIFY2(text.contains(chart.description.simplified()) == shown, qPrintable(chart.description));
        }
        QVERIFY(text.contains(u"No release ran in the period."_s));
    }

    void bothPageSizes_data()
    {
        QTest::addColumn<views::ReportPageSize>("size");
        QTest::addColumn<QString>("pdfinfoSize");
        QTest::addColumn<double>("aspect");
        QTest::newRow("a4") << views::ReportPageSize::A4 << u"595 x 842 pts (A4)"_s << 841.89 / 595.276;
        QTest::newRow("letter") << views::ReportPageSize::Letter << u"612 x 792 pts (letter)"_s << 792.0 / 612.0;
    }

    void bothPageSizes()
    {
        QFETCH(views::ReportPageSize, size);
        QFETCH(QString, pdfinfoSize);
        QFETCH(double, aspect);
        const QString name = views::pageSizeName(size);
        const QString path = m_dir.filePath(name + u".pdf"_s);
        auto written = views::writeReportPdf(*m_report, size, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const auto [pages, pageSize] = pdfInfo(path);
        QVERIFY(pages > 0);
        QCOMPARE(pageSize, pdfinfoSize);

        // Every page rendered to PNG, each with the page's aspect.
        const QString prefix = m_dir.filePath(u"png-"_s + name);
        runTool(u"pdftoppm"_s, {u"-r"_s, u"30"_s, u"-png"_s, path, prefix});
        const QStringList images = QDir(m_dir.path()).entryList({u"png-"_s + name + u"-*.png"_s}, QDir::Files);
        QCOMPARE(images.size(), pages);
        for (const QString &file : images) {
            const QImage image(m_dir.filePath(file));
            QVERIFY2(!image.isNull(), qPrintable(file));
            QVERIFY2(qAbs(double(image.height()) / image.width() - aspect) < 0.01, qPrintable(file));
            // Something is drawn: not a blank page.
            QVERIFY(image.convertToFormat(QImage::Format_Grayscale8) !=
                    QImage(image.size(), QImage::Format_Grayscale8));
        }
    }

    void aLongTableBreaksAcrossPages()
    {
        // A hand-made report of 150 releases: more than two pages of rows.
        report::ReportData data;
        data.workspaceName = u"hand"_s;
        data.scope.from = demoEnd - 30 * day;
        data.scope.to = demoEnd;
        data.scope.sections = {report::Section::Releases};
        data.generatedAt = demoEnd;
        for (int i = 1; i <= 150; ++i) {
            report::ReleaseOutcome release;
            release.id = i;
            release.name = u"Release R-%1"_s.arg(i, 3, 10, QChar(u'0'));
            release.status = i % 10 == 0 ? u"failed"_s : u"succeeded"_s;
            release.startedAt = demoEnd - 20 * day + i * 3'600'000LL;
            release.finishedAt = *release.startedAt + 1'800'000;
            release.tasks = 8;
            release.failedTasks = i % 10 == 0 ? 1 : 0;
            release.services = {u"checkout"_s};
            data.releases.append(release);
        }
        const QString path = m_dir.filePath(u"releases.pdf"_s);
        auto written = views::writeReportPdf(data, views::ReportPageSize::Letter, path);
        QVERIFY2(written, qPrintable(written.errorMessage()));
        const QStringList pageTexts = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
        QVERIFY2(pageTexts.size() >= 3, qPrintable(QString::number(pageTexts.size())));
        int seen = 0;
        for (const QString &page : pageTexts) {
            // The table's header on every page that holds its rows.
            QVERIFY(page.contains(u"Outcome"_s));
            seen += int(page.count(QRegularExpression(u"Release R-\\d{3}"_s)));
        }
        QCOMPARE(seen, 150);
        const QString all = pageTexts.join(u' ');
        for (int i = 1; i <= 150; ++i)
            QVERIFY2(all.contains(u"Release R-%1"_s.arg(i, 3, 10, QChar(u'0'))), qPrintable(QString::number(i)));
        QVERIFY(all.contains(u"✕ failed"_s));
        // With releases, their outcome chart comes first.
        const QList<report::Chart> charts = report::reportCharts(data);
        QCOMPARE(charts.size(), 1);
        QCOMPARE(charts.first().section, report::Section::Releases);
        QVERIFY(simplified(pageTexts.first()).contains(charts.first().description.simplified()));
    }

    void anUnwritablePathIsNamed()
    {
        const QString path = m_dir.filePath(u"missing/folder/report.pdf"_s);
        auto written = views::writeReportPdf(*m_report, views::ReportPageSize::A4, path);
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(written.errorMessage()));
        QVERIFY(!QFile::exists(path));
    }

    void paintsEveryPageOnAnImage()
    {
        // What the Reports page's preview does: paint a page on a widget-like device in points.
        const views::ReportDocument document(*m_report, views::ReportPageSize::Letter);
        QCOMPARE(document.pageSizePoints(), QSizeF(612, 792));
        QImage image(612, 792, QImage::Format_ARGB32);
        for (int page = 0; page < document.pageCount(); ++page) {
            image.fill(Qt::black);
            QPainter painter(&image);
            document.paintPage(painter, page);
            painter.end();
            // The page's white paper covers the image.
            QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white));
            QCOMPARE(image.pixelColor(609, 789), QColor(Qt::white));
        }
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
