// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck report ...` as a separate process without a display (QT_QPA_PLATFORM and DISPLAY unset) on the
// demo workspace, in every format, and checks what it writes against `flowdeck metrics --json` run the same way,
// and its errors.
#include "jsontesting.h"
#include "programrun.h"
#include "report/report.h"
#include "report/reporttext.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The output of one of poppler's tools, with ligatures written as letters and white space made single spaces.
QString popplerText(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        qWarning().noquote() << tool << "is missing: install poppler-utils (scripts/setup-debian.sh)";
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdf();
    void letterAndSections();
    void aPlatformThatCannotStart();
    void html();
    void json();
    void csv();
    void usageErrors_data();
    void usageErrors();
    void failures_data();
    void failures();

private:
    Run run(const QStringList &arguments) const;
    /// --from and --to of the period every run here reports on: the 90 days of the demo up to today.
    QStringList period() const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_demo;
    QJsonObject m_metrics;
};

Run TestReportCommand::run(const QStringList &arguments) const
{
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), arguments, m_environment, m_dir.path());
}

QStringList TestReportCommand::period() const
{
    const QDate to = QDateTime::currentDateTimeUtc().date().addDays(1);
    return {u"--from"_s, to.addDays(-90).toString(Qt::ISODate), u"--to"_s, to.toString(Qt::ISODate)};
}

void TestReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    // No display and no platform chosen: the command must find its own way to draw.
    m_environment.remove(u"QT_QPA_PLATFORM"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);

    m_demo = m_dir.filePath(u"demo.flowdeck"_s);
    const Run written = run({u"demo"_s, u"-w"_s, m_demo});
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    const Run metrics = run(QStringList{u"metrics"_s, u"-w"_s, m_demo, u"--json"_s} + period());
    QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.err));
    m_metrics = testing::parseObject(metrics.out);
    QVERIFY(!m_metrics.isEmpty());
}

void TestReportCommand::pdf()
{
    const QString out = m_dir.filePath(u"report.pdf"_s);
    const Run result = run(QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"pdf"_s, u"-o"_s, out} + period());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(u"Wrote "_s), qPrintable(result.err));
    QVERIFY(readAll(out).startsWith("%PDF-"));

    const QString text = popplerText(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    const QList<std::pair<metrics::Key, std::pair<QString, QString>>> figures = {
        {metrics::Key::DeploymentFrequency, {u"deployment_frequency"_s, u"per_day"_s}},
        {metrics::Key::LeadTime, {u"lead_time_for_changes"_s, u"median_hours"_s}},
        {metrics::Key::ChangeFailureRate, {u"change_failure_rate"_s, u"rate"_s}},
        {metrics::Key::RecoveryTime, {u"failed_deployment_recovery_time"_s, u"median_hours"_s}},
    };
    for (const auto &[key, where] : figures) {
        const QJsonValue value = m_metrics.value(where.first).toObject().value(where.second);
        QVERIFY2(value.isDouble(), qPrintable(where.first));
        const QString figure = report::Numbers::keyValue(key, value.toDouble());
        QVERIFY2(text.contains(figure), qPrintable(u"%1 (%2) is not in the PDF"_s.arg(figure, where.first)));
    }
    const QString pages = popplerText(u"pdfinfo"_s, {out});
    QVERIFY2(pages.contains(u"(A4)"_s), qPrintable(pages));
}

void TestReportCommand::letterAndSections()
{
    const QString out = m_dir.filePath(u"short.pdf"_s);
    const Run result = run(QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"pdf"_s, u"-o"_s, out,
                                       u"--page-size"_s, u"letter"_s, u"--sections"_s, u"dora,releases"_s} +
                           period());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(popplerText(u"pdfinfo"_s, {out}).contains(u"612 x 792 pts (letter)"_s), qPrintable(out));
    const QString text = popplerText(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    QVERIFY(text.contains(report::sectionTitle(report::Section::Dora)));
    QVERIFY(text.contains(report::sectionTitle(report::Section::Releases)));
    QVERIFY(!text.contains(report::sectionTitle(report::Section::Trends)));
    QVERIFY(!text.contains(report::sectionTitle(report::Section::Appendix)));
}

void TestReportCommand::aPlatformThatCannotStart()
{
    // A platform named that cannot start here (as one set for a desktop and run over ssh): offscreen instead.
    QProcessEnvironment environment = m_environment;
    environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    const QString out = m_dir.filePath(u"fallback.pdf"_s);
    const Run result = flowdeck::testing::runProgram(
        QStringLiteral(FLOWDECK_BINARY),
        QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"pdf"_s, u"-o"_s, out, u"--sections"_s, u"dora"_s} +
            period(),
        environment, m_dir.path());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(readAll(out).startsWith("%PDF-"));
}

void TestReportCommand::html()
{
    const QString out = m_dir.filePath(u"report.html"_s);
    const Run result =
        run(QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"html"_s, u"-o"_s, out} + period());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString html = QString::fromUtf8(readAll(out));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.trimmed().endsWith(u"</html>"_s));
    QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
    // The value stream map and the charts, inline.
    QVERIFY(html.count(u"<svg"_s) >= 2);
    const QString perDay =
        report::Numbers::keyValue(metrics::Key::DeploymentFrequency,
                                  m_metrics.value(u"deployment_frequency"_s).toObject().value(u"per_day"_s).toDouble());
    QVERIFY2(html.contains(perDay), qPrintable(perDay));
}

void TestReportCommand::json()
{
    const QString out = m_dir.filePath(u"report.json"_s);
    const Run result =
        run(QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"json"_s, u"-o"_s, out} + period());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = testing::parseObject(readAll(out));
    // The same object as `flowdeck metrics --json`, key by key, then more.
    for (auto it = m_metrics.constBegin(); it != m_metrics.constEnd(); ++it)
        QVERIFY2(json.value(it.key()) == it.value(), qPrintable(it.key()));
    QVERIFY(json.contains(u"valuestream"_s));
}

void TestReportCommand::csv()
{
    const QString out = m_dir.filePath(u"csv"_s);
    const Run result = run(QStringList{u"report"_s, u"-w"_s, m_demo, u"--format"_s, u"csv"_s, u"-o"_s, out} + period());
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList files = QDir(out).entryList({u"*.csv"_s}, QDir::Files);
    QVERIFY2(files.size() >= 3, qPrintable(files.join(u", "_s)));
    for (const QString &file : files)
        QVERIFY2(readAll(QDir(out).filePath(file)).contains('\n'), qPrintable(file));
}

void TestReportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = u"x.pdf"_s;
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"docx"_s, u"-o"_s, out}
                                << u"there is no format \"docx\""_s;
    QTest::newRow("no format") << QStringList{u"-o"_s, out} << u"--format"_s;
    QTest::newRow("no output") << QStringList{u"--format"_s, u"pdf"_s} << u"-o PATH"_s;
    QTest::newRow("bad date") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, out, u"--from"_s, u"2024-02-30"_s}
                              << u"--from 2024-02-30"_s;
    QTest::newRow("empty period") << QStringList{u"--format"_s, u"pdf"_s,        u"-o"_s,   out,
                                                 u"--from"_s,   u"2024-03-01"_s, u"--to"_s, u"2024-03-01"_s}
                                  << u"--to"_s;
    QTest::newRow("bad section") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, out, u"--sections"_s, u"dora,x"_s}
                                 << u"there is no section \"x\""_s;
    QTest::newRow("bad page size") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, out, u"--page-size"_s, u"a3"_s}
                                   << u"there is no page size \"a3\""_s;
}

void TestReportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList{u"report"_s, u"-w"_s, m_demo} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
}

void TestReportCommand::failures_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = m_dir.filePath(u"no/such/folder/report.html"_s);
    QTest::newRow("unknown service") << QStringList{u"--format"_s,  u"html"_s,
                                                    u"-o"_s,        m_dir.filePath(u"s.html"_s),
                                                    u"--service"_s, u"no-such-service"_s}
                                     << u"no-such-service"_s;
    QTest::newRow("missing folder") << QStringList{u"--format"_s, u"html"_s, u"-o"_s, missing}
                                    << QDir::toNativeSeparators(missing);
    QTest::newRow("output is a folder") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, m_dir.path()}
                                        << QDir::toNativeSeparators(m_dir.path());
    QTest::newRow("csv into a file") << QStringList{u"--format"_s, u"csv"_s, u"-o"_s,
                                                    m_dir.filePath(u"demo.flowdeck"_s)}
                                     << u"is a file"_s;
}

void TestReportCommand::failures()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(QStringList{u"report"_s, u"-w"_s, m_demo} + arguments + period());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"s.html"_s)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"no"_s)));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
