// SPDX-License-Identifier: GPL-3.0-or-later
// A report gathered on the demo workspace: the whole way from the generated data to the summary a leader reads.

#include "demo/demogenerator.h"
#include "report/report.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::report;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3'600'000LL;
// A fixed end of history keeps the figures independent of the day the test runs.
const Timestamp demoEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestReportDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = store::Workspace::create(m_dir.filePath(u"demo.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_demo = *workspace;
        auto summary = demo::generateDemo(*m_demo, {.end = demoEnd});
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
    }

    void theSummaryNamesTheApprovalGate()
    {
        // Every service over the last 90 days: the Value stream page's default scope, where the change approval
        // is the bottleneck (docs/valuestream.md, "On the demo").
        ReportScope scope;
        scope.from = demoEnd - 90 * day;
        scope.to = demoEnd;
        scope.trials = 2000;
        auto report = gatherReport(*m_demo, scope);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        for (const QString &paragraph : std::as_const(report->summary))
            qInfo().noquote() << paragraph;

        QVERIFY(report->map);
        QVERIFY(report->analysis.bottleneck);
        const valuestream::Step &bottleneck =
            report->map->steps.at(report->map->indexOfStep(report->analysis.bottleneck->id));
        QCOMPARE(bottleneck.kind, u"approval"_s);
        QCOMPARE(bottleneck.name, u"change-approval"_s);
        const QString summary = report->summary.join(u'\n');
        QVERIFY2(summary.contains(u"The main bottleneck is change-approval"_s), qPrintable(summary));

        // The demo deploys every weekday, so every key has a figure and a level in both periods.
        QCOMPARE(report->keys.size(), 4);
        for (const KeyFigure &key : std::as_const(report->keys)) {
            QVERIFY(key.value);
            QVERIFY(key.previousValue);
            QVERIFY(key.level != metrics::Level::None);
        }
        // Opportunities gain, the largest gain first, and the first is a change to the approval gate.
        QVERIFY(!report->opportunities.isEmpty());
        QVERIFY(report->opportunities.size() <= 3);
        double gain = std::numeric_limits<double>::max();
        for (const Opportunity &opportunity : std::as_const(report->opportunities)) {
            const double own = opportunity.currentP85Hours - opportunity.improvedP85Hours;
            QVERIFY(own > 0);
            QVERIFY(own <= gain);
            gain = own;
        }
        QCOMPARE(report->opportunities.constFirst().stepName, u"change-approval"_s);
        // FLOWDECK_REPORT_DUMP names a folder to look at the demo's report in: its charts, JSON and CSV files.
        if (const QString dump = qEnvironmentVariable("FLOWDECK_REPORT_DUMP"); !dump.isEmpty()) {
            QDir().mkpath(dump);
            for (const Chart &chart : reportCharts(*report)) {
                QFile file(QDir(dump).filePath(chart.id + u".svg"_s));
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(chart.svg);
            }
            QFile json(QDir(dump).filePath(u"report.json"_s));
            QVERIFY(json.open(QIODevice::WriteOnly));
            json.write(reportJson(*report));
            QVERIFY(writeReportCsv(*report, QDir(dump).filePath(u"csv"_s)));
        }
        // The demo's planned release has not run.
        for (const ReleaseOutcome &release : std::as_const(report->releases))
            QVERIFY(release.startedAt);
    }
};

QTEST_GUILESS_MAIN(TestReportDemo)
#include "tst_reportdemo.moc"
