// SPDX-License-Identifier: GPL-3.0-or-later
// A report gathered on the demo workspace: the whole way from the generated data to the summary a leader reads. It
// runs on the demo generated in a file, and again on its copy on PostgreSQL (a database of its own on the test server,
// rows out of id order), which must give the same report.

#include "demo/demogenerator.h"
#include "engineworkspaces.h"
#include "report/report.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::report;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 day = 24 * 3'600'000LL;
// A fixed end of history keeps the figures independent of the day the test runs.
const Timestamp demoEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestReportDemo : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the demo the report reads is.
    explicit TestReportDemo(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    /// The demo is generated in a file; on PostgreSQL the report reads its copy.
    EngineWorkspaces m_files{u"sqlite"_s};
    EngineWorkspaces m_workspaces;
    std::shared_ptr<store::Workspace> m_generated;
    std::shared_ptr<store::Workspace> m_demo;

    /// Every service over the last 90 days: the Value stream page's default scope, where the change approval is the
    /// bottleneck (docs/valuestream.md, "On the demo").
    static ReportScope lastQuarter()
    {
        ReportScope scope;
        scope.from = demoEnd - 90 * day;
        scope.to = demoEnd;
        scope.trials = 2000;
        return scope;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Demo on" << m_workspaces.engine();
        auto workspace = m_files.create(u"demo"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_generated = *workspace;
        auto summary = demo::generateDemo(*m_generated, {.end = demoEnd});
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        m_demo = m_generated;
        if (!m_workspaces.onPostgreSql())
            return;
        auto copy = m_workspaces.copy(*m_generated, u"democopy"_s);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        m_demo = *copy;
        // Rows out of id order, as after real updates.
        for (const auto &[table, column] :
             {std::pair(u"commits"_s, u"id"_s), std::pair(u"pull_requests"_s, u"id"_s),
              std::pair(u"pipeline_runs"_s, u"id"_s), std::pair(u"jobs"_s, u"id"_s),
              std::pair(u"deployments"_s, u"id"_s), std::pair(u"deployment_commits"_s, u"deployment_id"_s),
              std::pair(u"incidents"_s, u"id"_s), std::pair(u"releases"_s, u"id"_s)}) {
            auto shuffled = EngineWorkspaces::shuffleRows(*m_demo, table, column);
            QVERIFY2(shuffled, qPrintable(shuffled.errorMessage()));
        }
    }

    void theSummaryNamesTheApprovalGate()
    {
        auto report = gatherReport(*m_demo, lastQuarter());
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

    void theCopyGivesTheSameReport()
    {
        if (!m_workspaces.onPostgreSql())
            return; // The file is the original.
        auto fromFile = gatherReport(*m_generated, lastQuarter());
        QVERIFY2(fromFile, qPrintable(fromFile.errorMessage()));
        auto fromCopy = gatherReport(*m_demo, lastQuarter());
        QVERIFY2(fromCopy, qPrintable(fromCopy.errorMessage()));
        // Only the workspace's name differs (a file's, and a database's on its server), and the moment each was made.
        QCOMPARE(fromFile->workspaceName, u"demo"_s);
        QVERIFY2(fromCopy->workspaceName.endsWith(u" on 127.0.0.1"_s), qPrintable(fromCopy->workspaceName));
        fromCopy->workspaceName = fromFile->workspaceName;
        fromCopy->generatedAt = fromFile->generatedAt;
        const QList<QByteArray> file = reportJson(*fromFile).split('\n');
        const QList<QByteArray> copy = reportJson(*fromCopy).split('\n');
        for (qsizetype i = 0; i < std::min(file.size(), copy.size()); ++i)
            QCOMPARE(copy.at(i), file.at(i));
        QCOMPARE(copy.size(), file.size());
    }

    void cleanupTestCase()
    {
        // The workspaces close before the copy's database is dropped.
        m_demo.reset();
        m_generated.reset();
        m_workspaces.clear();
        m_files.clear();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestReportDemo>(argc, argv);
}
#include "tst_reportdemo.moc"
