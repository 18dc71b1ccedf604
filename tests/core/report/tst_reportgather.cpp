// SPDX-License-Identifier: GPL-3.0-or-later
// gatherReport on a hand-built workspace (reportfixture.cpp): every figure below is worked out by hand from the rows
// the fixture writes, as its comment says. Every case runs on SQLite and again on PostgreSQL (a database of its own on
// the test server): the same history must give the same report.

#include "engineworkspaces.h"
#include "report/report.h"
#include "reportfixture.h"
#include "store/workspace.h"
#include "valuestream/derivation.h"
#include "valuestream/mapstore.h"

#include <QCoreApplication>
#include <QTest>

#include <atomic>

using namespace flowdeck;
using namespace flowdeck::report;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

const Exclusion *exclusionOf(const ReportData &report, const QString &what)
{
    for (const Exclusion &exclusion : report.exclusions) {
        if (exclusion.what == what)
            return &exclusion;
    }
    return nullptr;
}

} // namespace

class TestReportGather : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspace of the test is made.
    explicit TestReportGather(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    std::shared_ptr<store::Workspace> m_workspace;
    ReportHistory m_history;
    ReportData m_report;

    ReportScope march() const
    {
        ReportScope scope;
        scope.from = in2024(3, 1, 0);
        scope.to = in2024(3, 31, 0);
        scope.trials = 2000;
        scope.seed = 7;
        return scope;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qInfo().noquote() << "Workspace on" << m_workspaces.engine();
        auto workspace = m_workspaces.create(u"history"_s);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_workspace = *workspace;
        QString error;
        m_history = buildReportHistory(*m_workspace, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Rows out of id order on PostgreSQL, as after real updates.
        for (const auto &[table, column] :
             {std::pair(u"commits"_s, u"id"_s), std::pair(u"pull_requests"_s, u"id"_s),
              std::pair(u"pipeline_runs"_s, u"id"_s), std::pair(u"jobs"_s, u"id"_s),
              std::pair(u"deployments"_s, u"id"_s), std::pair(u"deployment_commits"_s, u"deployment_id"_s),
              std::pair(u"incidents"_s, u"id"_s), std::pair(u"releases"_s, u"id"_s),
              std::pair(u"release_tasks"_s, u"id"_s)}) {
            auto shuffled = EngineWorkspaces::shuffleRows(*m_workspace, table, column);
            QVERIFY2(shuffled, qPrintable(shuffled.errorMessage()));
        }
        auto report = gatherReport(*m_workspace, march());
        QVERIFY2(report, qPrintable(report.errorMessage()));
        m_report = *report;
    }

    void theKeysAgainstThePreviousPeriod()
    {
        // A file's name, or the database's and its server's.
        if (m_workspaces.onPostgreSql()) {
            auto address = store::Workspace::parseServerAddress(m_workspaces.location(u"history"_s));
            QVERIFY2(address, qPrintable(address.errorMessage()));
            QCOMPARE(m_report.workspaceName, address->database + u" on 127.0.0.1"_s);
        } else {
            QCOMPARE(m_report.workspaceName, u"history"_s);
        }
        QVERIFY(m_report.serviceNames.isEmpty());
        QCOMPARE(m_report.keys.size(), 4);
        const KeyFigure &frequency = m_report.keys.at(0);
        QCOMPARE(frequency.key, metrics::Key::DeploymentFrequency);
        QCOMPARE(*frequency.value, 5.0 / 30.0);
        QCOMPARE(frequency.level, metrics::Level::High);
        QCOMPARE(*frequency.previousValue, 2.0 / 30.0);
        QCOMPARE(frequency.previousLevel, metrics::Level::Medium);

        const KeyFigure &leadTime = m_report.keys.at(1);
        QCOMPARE(leadTime.key, metrics::Key::LeadTime);
        QCOMPARE(*leadTime.value, 18.0);
        QCOMPARE(leadTime.level, metrics::Level::Elite);
        QCOMPARE(*leadTime.previousValue, 30.0);
        QCOMPARE(leadTime.previousLevel, metrics::Level::High);
        QCOMPARE(*m_report.metrics.leadTime.summary.p85Hours, 30.6);
        QCOMPARE(*m_report.metrics.leadTime.summary.meanHours, 19.5);

        const KeyFigure &failureRate = m_report.keys.at(2);
        QCOMPARE(failureRate.key, metrics::Key::ChangeFailureRate);
        QCOMPARE(*failureRate.value, 0.4);
        QCOMPARE(failureRate.level, metrics::Level::Low);
        QCOMPARE(*failureRate.previousValue, 0.0);
        QCOMPARE(failureRate.previousLevel, metrics::Level::Elite);

        const KeyFigure &recovery = m_report.keys.at(3);
        QCOMPARE(recovery.key, metrics::Key::RecoveryTime);
        QCOMPARE(*recovery.value, 6.0);
        QCOMPARE(recovery.level, metrics::Level::High);
        QVERIFY(!recovery.previousValue);
        QCOMPARE(recovery.previousLevel, metrics::Level::None);
    }

    void thePreviousPeriodEndsWhereThisOneStarts()
    {
        QCOMPARE(m_report.previousMetrics.scope.from, in2024(1, 31, 0));
        QCOMPARE(m_report.previousMetrics.scope.to, in2024(3, 1, 0));
        QCOMPARE(m_report.previousMetrics.deploymentFrequency.deployments, 2);
        QCOMPARE(m_report.previousMetrics.leadTime.summary.count, 2);
    }

    void theLeadTimesAndTheWeeks()
    {
        QCOMPARE(m_report.leadTimeHours, (QList<double>{6, 12, 24, 36}));
        QList<int> deployments;
        for (const metrics::WeekFigures &week : std::as_const(m_report.metrics.weeks))
            deployments.append(week.deployments);
        QCOMPARE(deployments, (QList<int>{1, 1, 1, 2, 0}));
    }

    void theExclusionsAreCounted()
    {
        QCOMPARE(m_report.exclusions.size(), 4);
        QCOMPARE(exclusionOf(m_report, u"Changes"_s)->count, 1);
        QCOMPARE(exclusionOf(m_report, u"Production deployments"_s)->count, 1);
        QCOMPARE(exclusionOf(m_report, u"Incidents"_s)->count, 1);
        QCOMPARE(exclusionOf(m_report, u"Failed deployments"_s)->count, 1);
        for (const Exclusion &exclusion : std::as_const(m_report.exclusions))
            QVERIFY(!exclusion.reason.isEmpty());
    }

    void theCoverageOfEachKindOfRecord()
    {
        struct Expected
        {
            QString what;
            QString source;
            int records;
            Timestamp first;
            Timestamp last;
        };
        const QList<Expected> expected = {
            {u"Commits"_s, u"retail"_s, 5, in2024(3, 4, 12), in2024(3, 28, 0)},
            {u"Pull requests"_s, u"test"_s, 3, in2024(3, 4, 13), in2024(3, 11, 14)},
            {u"Pipeline runs"_s, u"test"_s, 3, in2024(3, 5, 13, 5), in2024(3, 12, 8, 5)},
            {u"Deployments"_s, u"deploy-log"_s, 5, in2024(3, 5, 12), in2024(3, 28, 12)},
            {u"Incidents"_s, u"pager"_s, 3, in2024(3, 10, 13), in2024(3, 29, 9)},
        };
        QCOMPARE(m_report.coverage.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const CoverageRow &row = m_report.coverage.at(i);
            QCOMPARE(row.what, expected.at(i).what);
            QCOMPARE(row.source, expected.at(i).source);
            QCOMPARE(row.records, expected.at(i).records);
            QCOMPARE(row.first, OptionalTime(expected.at(i).first));
            QCOMPARE(row.last, OptionalTime(expected.at(i).last));
        }
    }

    void theReleasesThatRan()
    {
        QCOMPARE(m_report.releases.size(), 1);
        const ReleaseOutcome &spring = m_report.releases.constFirst();
        QCOMPARE(spring.name, u"spring"_s);
        QCOMPARE(spring.status, u"failed"_s);
        QCOMPARE(spring.startedAt, OptionalTime(in2024(3, 15, 10)));
        QCOMPARE(spring.finishedAt, OptionalTime(in2024(3, 15, 11)));
        QCOMPARE(spring.tasks, 3);
        QCOMPARE(spring.failedTasks, 1);
        QCOMPARE(spring.services, QStringList{u"shop"_s});
    }

    void theValueStreamAndItsOpportunities()
    {
        // valuestreamfixture.h: Coding 4 h, Review 18 h, build 14 min, change-approval 30 h 5 min,
        // deploy-production 21 min: 52 h 40 min, the approval its bottleneck.
        QVERIFY(m_report.map);
        QCOMPARE(m_report.analysis.totalLeadMs, 52 * hour + 40 * minute);
        QVERIFY(m_report.analysis.bottleneck);
        const valuestream::Step &bottleneck =
            m_report.map->steps.at(m_report.map->indexOfStep(m_report.analysis.bottleneck->id));
        QCOMPARE(bottleneck.name, u"change-approval"_s);
        QVERIFY(m_report.prediction);
        QCOMPARE(m_report.prediction->trials, 2000);

        QVERIFY(!m_report.opportunities.isEmpty());
        QVERIFY(m_report.opportunities.size() <= 3);
        const Opportunity &first = m_report.opportunities.constFirst();
        // Removing the approval's wait of about 30 h gains most: far more than the whole of any other step.
        QCOMPARE(first.stepName, u"change-approval"_s);
        QCOMPARE(first.change, u"Remove the hand-over wait before change-approval"_s);
        QCOMPARE(first.currentP85Hours, m_report.prediction->p85Ms / double(hour));
        QCOMPARE(first.currentP50Hours, m_report.prediction->p50Ms / double(hour));
        // Without its wait (20 to 40 h in the samples) the lead time falls by at least the smallest of them.
        QVERIFY(first.currentP85Hours - first.improvedP85Hours >= 20.0);
        QStringList steps;
        for (const Opportunity &opportunity : std::as_const(m_report.opportunities)) {
            QVERIFY(!steps.contains(opportunity.stepName));
            steps.append(opportunity.stepName);
            QVERIFY(opportunity.improvedP85Hours < opportunity.currentP85Hours);
            QVERIFY(opportunity.improvedP85Hours >= first.improvedP85Hours);
        }
    }

    void theSummaryInPlainWords()
    {
        const QString summary = m_report.summary.join(u'\n');
        qInfo().noquote() << summary;
        QVERIFY(summary.contains(u"all services from 2024-03-01 to 2024-03-30 (30 days, UTC)"_s));
        QVERIFY(summary.contains(u"0.17 per day (5 in all), level High. Better than the 30 days before (0.07 per day, "
                                 "level Medium)."_s));
        QVERIFY(
            summary.contains(u"18.0 h from commit to production (median of 4 changes), level Elite. Better than the "
                             "30 days before (30.0 h, level High)."_s));
        QVERIFY(summary.contains(u"40.0 % of deployments to production caused a failure (2 of 5), level Low. Worse "
                                 "than the 30 days before (0.0 %, level Elite)."_s));
        QVERIFY(
            summary.contains(u"The one failed deployment that recovered took 6.0 h to restore service, level High. The "
                             "30 days before have no data to compare with."_s));
        QVERIFY(summary.contains(u"The main bottleneck is change-approval, which waits 1 d 6 h before it starts"_s));
        QVERIFY(summary.contains(u"It adds 30.1 h to the 52.7 h that the steps of the value stream add up to (each "
                                 "step's median)."_s));
        QVERIFY(summary.contains(u"1. Remove the hand-over wait before change-approval"_s));
    }

    void oneServiceHasItsOwnMap()
    {
        ReportScope scope = march();
        scope.serviceIds = {m_history.base.shop};
        auto report = gatherReport(*m_workspace, scope);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(report->serviceNames, QStringList{u"shop"_s});
        QVERIFY(report->map);
        QCOMPARE(report->map->name, u"shop"_s);
        // The incident of "search" is out of scope, so nothing is unattributed.
        QVERIFY(!exclusionOf(*report, u"Incidents"_s));
        QCOMPARE(report->metrics.changeFailureRate.deployments, 5);

        // "search" alone has no history: no map, and the summary says so.
        scope.serviceIds = {m_history.base.search};
        auto empty = gatherReport(*m_workspace, scope);
        QVERIFY2(empty, qPrintable(empty.errorMessage()));
        QVERIFY(!empty->map);
        QVERIFY(empty->opportunities.isEmpty());
        QVERIFY(empty->releases.isEmpty());
        const QString summary = empty->summary.join(u'\n');
        QVERIFY(summary.contains(u"Deployment frequency: no deployments to production in this period."_s));
        QVERIFY(summary.contains(u"There is no value stream to analyse"_s));
    }

    void badScopesAreRefused()
    {
        ReportScope backwards = march();
        std::swap(backwards.from, backwards.to);
        auto refused = gatherReport(*m_workspace, backwards);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"2024-03-31"_s));

        ReportScope unknown = march();
        unknown.serviceIds = {4242};
        refused = gatherReport(*m_workspace, unknown);
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(u"4242"_s));

        ReportScope noTrials = march();
        noTrials.trials = 0;
        QVERIFY(!gatherReport(*m_workspace, noTrials));
    }

    void progressAndCancel()
    {
        QList<qint64> done;
        const TaskControl progress([&](qint64 at, qint64) { done.append(at); }, nullptr);
        QVERIFY(gatherReport(*m_workspace, march(), progress));
        QVERIFY(!done.isEmpty());
        QCOMPARE(done.constFirst(), 0);
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));

        std::atomic_bool cancel = true;
        auto canceled = gatherReport(*m_workspace, march(), TaskControl({}, &cancel));
        QVERIFY(!canceled);
        QCOMPARE(canceled.errorMessage(), TaskControl::canceledMessage());
    }

    // Last: it stores a map, which the other tests do not expect.
    void aStoredCurrentStateIsRefreshedWithThePeriod()
    {
        // The workshop's map of shop: the derived steps, renamed, and a manual test step of 10 h (an estimate) between
        // the approval and the deploy.
        auto derived = valuestream::deriveMap(
            m_workspace->connection(), {march().from, march().to, m_history.base.shop, valuestream::Statistic::Median});
        QVERIFY2(derived, qPrintable(derived.errorMessage()));
        valuestream::Map workshop = *derived;
        workshop.name = u"shop as the team sees it"_s;
        workshop.serviceId = m_history.base.shop;
        valuestream::Step manual;
        manual.id = -100;
        manual.name = u"manual-test"_s;
        manual.kind = u"test"_s;
        manual.waitMs = 0;
        manual.processMs = 10 * hour;
        const qsizetype deploy = workshop.indexOfStep(workshop.steps.constLast().id);
        workshop.steps.insert(deploy, manual);
        workshop.edges.clear();
        auto saved = valuestream::saveMap(*m_workspace, workshop);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));

        ReportScope scope = march();
        scope.serviceIds = {m_history.base.shop};
        auto report = gatherReport(*m_workspace, scope);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QVERIFY(report->map);
        QCOMPARE(report->map->name, u"shop as the team sees it"_s);
        QCOMPARE(report->map->id, saved->id);
        QVERIFY(report->map->indexOfStep(saved->steps.at(deploy).id) >= 0);
        // 52 h 40 min of the data plus the 10 h of the manual test.
        QCOMPARE(report->analysis.totalLeadMs, 62 * hour + 40 * minute);

        // Every service still has the map derived across them: the stored map is shop's.
        auto all = gatherReport(*m_workspace, march());
        QVERIFY2(all, qPrintable(all.errorMessage()));
        QCOMPARE(all->map->id, 0);
        QCOMPARE(all->analysis.totalLeadMs, 52 * hour + 40 * minute);
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
    return execOnBothEngines<TestReportGather>(argc, argv);
}
#include "tst_reportgather.moc"
