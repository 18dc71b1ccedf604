// SPDX-License-Identifier: GPL-3.0-or-later
// Deployment frequency, lead time for changes (per commit and per pull request), flow and the weekly figures,
// computed from small sets of facts written by hand; the expected values are worked out in the comments.

#include "metricsfacts.h"

#include "metrics/metrics.h"

#include <QTest>

#include <algorithm>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace flowdeck::metrics::testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(flowdeck::metrics::TimeBasis)

class TestMetricsCompute : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noData()
    {
        const MetricsReport report = computeMetrics(MetricsData{}, period(T0, 7 * Day), options());
        QCOMPARE(report.scope, period(T0, 7 * Day));
        // No deployment in a week is a real value: 0 per day, the lowest level.
        QCOMPARE(report.deploymentFrequency.deployments, 0);
        QCOMPARE(report.deploymentFrequency.perDay, 0.0);
        QCOMPARE(report.deploymentFrequency.perWeek, 0.0);
        QCOMPARE(report.deploymentFrequency.medianDeployDaysPerWeek, 0.0);
        QCOMPARE(report.deploymentFrequency.level, Level::Low);
        QVERIFY(report.deploymentFrequency.deploymentIds.isEmpty());

        QCOMPARE(report.leadTime.summary.count, 0);
        QVERIFY(!report.leadTime.summary.medianHours);
        QVERIFY(!report.leadTime.summary.p85Hours);
        QVERIFY(!report.leadTime.summary.meanHours);
        QCOMPARE(report.leadTime.level, Level::None);
        QCOMPARE(report.leadTime.pullRequestTotal.count, 0);

        QCOMPARE(report.changeFailureRate.deployments, 0);
        QCOMPARE(report.changeFailureRate.failed, 0);
        QVERIFY(!report.changeFailureRate.rate);
        QCOMPARE(report.changeFailureRate.level, Level::None);
        QCOMPARE(report.recoveryTime.summary.count, 0);
        QCOMPARE(report.recoveryTime.level, Level::None);
        QCOMPARE(report.rework.deployments, 0);
        QVERIFY(!report.rework.rate);

        QCOMPARE(report.flow.throughputPerWeek, 0.0);
        QCOMPARE(report.flow.wipNow, 0);
        QVERIFY(!report.flow.flowEfficiency);
        QCOMPARE(report.flow.days.size(), 7);
        for (int day = 0; day < 7; ++day) {
            const FlowDay &flowDay = report.flow.days[day];
            QCOMPARE(flowDay.day, T0 + day * Day);
            QCOMPARE(flowDay.merged + flowDay.preproduction + flowDay.production, 0);
        }
        QCOMPARE(report.weeks.size(), 1);
        QCOMPARE(report.weeks[0].start, T0);
        QCOMPARE(report.weeks[0].end, T0 + 7 * Day);
        QCOMPARE(report.weeks[0].deployments, 0);
        QVERIFY(!report.weeks[0].leadTimeMedianHours);
    }

    void emptyPeriod()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0)};
        data.changes = {change(1, T0 - Day, T0 - Day, {}, T0, 1)};
        // [T0, T0): nothing can happen in it, so there is no level at all.
        const MetricsReport report = computeMetrics(data, period(T0, 0), options());
        QCOMPARE(report.deploymentFrequency.deployments, 0);
        QCOMPARE(report.deploymentFrequency.perDay, 0.0);
        QCOMPARE(report.deploymentFrequency.level, Level::None);
        QCOMPARE(report.leadTime.summary.count, 0);
        QCOMPARE(report.flow.throughputPerWeek, 0.0);
        QVERIFY(report.flow.days.isEmpty());
        QVERIFY(report.weeks.isEmpty());
    }

    void oneDeploymentOneChange_data()
    {
        QTest::addColumn<TimeBasis>("basis");
        QTest::addColumn<double>("leadHours");
        // Author T0 + 1 d, committer T0 + 1 d 2 h, in production at T0 + 2 d 5 h: 29 h or 27 h.
        QTest::newRow("author time") << TimeBasis::Author << 29.0;
        QTest::newRow("committer time") << TimeBasis::Committer << 27.0;
    }

    void oneDeploymentOneChange()
    {
        QFETCH(TimeBasis, basis);
        QFETCH(double, leadHours);
        MetricsData data;
        const Timestamp shipped = T0 + 2 * Day + 5 * Hour;
        data.deployments = {deployment(7, 1, "1.0", shipped)};
        data.changes = {change(70, T0 + Day, T0 + Day + 2 * Hour, T0 + 2 * Day, shipped, 7)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options(Benchmark::Dora2024, basis));

        // One in seven days: 1/7 per day, exactly the high bound of 2024; one per week; one day with one.
        QCOMPARE(report.deploymentFrequency.deploymentIds, QList<Id>{7});
        QCOMPARE(report.deploymentFrequency.deployments, 1);
        QCOMPARE(report.deploymentFrequency.perDay, 1.0 / 7);
        QCOMPARE(report.deploymentFrequency.perWeek, 1.0);
        QCOMPARE(report.deploymentFrequency.medianDeployDaysPerWeek, 1.0);
        QCOMPARE(report.deploymentFrequency.level, Level::High);

        QCOMPARE(report.leadTime.records.size(), 1);
        const ChangeLeadTime &record = report.leadTime.records[0];
        QCOMPARE(record.commitId, 70);
        QCOMPARE(record.serviceId, 1);
        QCOMPARE(record.deploymentId, 7);
        QCOMPARE(record.start, basis == TimeBasis::Author ? T0 + Day : T0 + Day + 2 * Hour);
        QCOMPARE(record.deployedAt, shipped);
        QCOMPARE(record.spanMs, qint64(leadHours * Hour));
        QCOMPARE(report.leadTime.summary.count, 1);
        COMPARE_OPTIONAL(report.leadTime.summary.medianHours, std::optional(leadHours));
        COMPARE_OPTIONAL(report.leadTime.summary.p85Hours, std::optional(leadHours));
        COMPARE_OPTIONAL(report.leadTime.summary.meanHours, std::optional(leadHours));
        // Between a day and a week.
        QCOMPARE(report.leadTime.level, Level::High);

        QCOMPARE(report.changeFailureRate.deployments, 1);
        COMPARE_OPTIONAL(report.changeFailureRate.rate, std::optional(0.0));
        QCOMPARE(report.changeFailureRate.level, Level::Elite);
        QCOMPARE(report.rework.deployments, 1);
        COMPARE_OPTIONAL(report.rework.rate, std::optional(0.0));

        // One change in one week; merged at T0 + 1 d 2 h, so its cycle time is 27 h whatever the basis.
        QCOMPARE(report.flow.throughputPerWeek, 1.0);
        QCOMPARE(report.flow.wipNow, 0);
        QVERIFY(report.flow.inProgress.isEmpty());
        QCOMPARE(report.flow.cycleRecords.size(), 1);
        const ChangeLeadTime &cycle = report.flow.cycleRecords[0];
        QCOMPARE(cycle.commitId, 70);
        QCOMPARE(cycle.serviceId, 1);
        QCOMPARE(cycle.deploymentId, 7);
        QCOMPARE(cycle.start, T0 + Day + 2 * Hour);
        QCOMPARE(cycle.deployedAt, shipped);
        QCOMPARE(cycle.spanMs, 27 * Hour);
        COMPARE_OPTIONAL(report.flow.cycleTime.medianHours, std::optional(27.0));
        // Day 0 ends at T0 + 1 d, before the merge; day 1 ends at T0 + 2 d, when preproduction is not yet
        // reached (it is at, not before); from day 2 it is in production.
        QCOMPARE(report.flow.days.size(), 7);
        QCOMPARE(report.flow.days[0].merged, 0);
        QCOMPARE(report.flow.days[1].merged, 1);
        QCOMPARE(report.flow.days[1].preproduction, 0);
        QCOMPARE(report.flow.days[1].production, 0);
        for (int day = 2; day < 7; ++day) {
            QCOMPARE(report.flow.days[day].merged, 0);
            QCOMPARE(report.flow.days[day].preproduction, 0);
            QCOMPARE(report.flow.days[day].production, 1);
        }

        QCOMPARE(report.weeks.size(), 1);
        QCOMPARE(report.weeks[0].deployments, 1);
        QCOMPARE(report.weeks[0].deployDays, 1);
        QCOMPARE(report.weeks[0].changes, 1);
        COMPARE_OPTIONAL(report.weeks[0].leadTimeMedianHours, std::optional(leadHours));
        QCOMPARE(report.weeks[0].failures, 0);
        QVERIFY(!report.weeks[0].recoveryMedianHours);
    }

    void tiesAndWholeWeeks()
    {
        // 17 days: two whole weeks and a partial one of 3 days.
        MetricsData data;
        data.deployments = {
            // Day 0, twice at the same time: ordered by id.
            deployment(3, 1, "a", T0 + 2 * Hour),
            deployment(5, 2, "b", T0 + 2 * Hour),
            deployment(4, 1, "c", T0 + 2 * Day),
            deployment(6, 1, "d", T0 + 3 * Day + 23 * Hour),
            // Week 1: day 8 only.
            deployment(8, 1, "e", T0 + 8 * Day),
            // Week 2 (partial): days 14, 15, 16.
            deployment(9, 1, "f", T0 + 14 * Day),
            deployment(10, 1, "g", T0 + 15 * Day + Hour),
            deployment(11, 1, "h", T0 + 17 * Day - 1),
            // Not successful, and not finished: neither counts.
            deployment(12, 1, "i", T0 + 4 * Day, false),
            DeploymentFact{13, 1, u"j"_s, false, T0 + 5 * Day, {}, false},
            // At the period's end: outside it.
            deployment(14, 1, "k", T0 + 17 * Day),
        };
        // Lead times 1, 2, 3 and 4 hours, all shipped by deployment 3.
        for (int hours = 1; hours <= 4; ++hours)
            data.changes.append(change(100 + hours, T0 + 2 * Hour - hours * Hour, T0, {}, T0 + 2 * Hour, 3));
        const MetricsReport report = computeMetrics(data, period(T0, 17 * Day), options());

        QCOMPARE(report.deploymentFrequency.deploymentIds, (QList<Id>{3, 5, 4, 6, 8, 9, 10, 11}));
        QCOMPARE(report.deploymentFrequency.deployments, 8);
        QCOMPARE(report.deploymentFrequency.perDay, 8.0 / 17);
        QCOMPARE(report.deploymentFrequency.perWeek, 56.0 / 17);
        // Days with deployments per whole week: 3 (days 0, 2, 3) and 1 (day 8): median (3 + 1) / 2 = 2. The
        // partial week's 3 days are left out.
        QCOMPARE(report.deploymentFrequency.medianDeployDaysPerWeek, 2.0);
        // 0.47 per day: between weekly and daily.
        QCOMPARE(report.deploymentFrequency.level, Level::High);

        // 1 2 3 4: median 2.5, p85 at rank 2.55 = 3.55, mean 2.5.
        QCOMPARE(report.leadTime.summary.count, 4);
        COMPARE_OPTIONAL(report.leadTime.summary.medianHours, std::optional(2.5));
        COMPARE_OPTIONAL(report.leadTime.summary.p85Hours, std::optional(3.55));
        COMPARE_OPTIONAL(report.leadTime.summary.meanHours, std::optional(2.5));
        QCOMPARE(report.leadTime.level, Level::Elite);

        QCOMPARE(report.weeks.size(), 3);
        QCOMPARE(report.weeks[0].start, T0);
        QCOMPARE(report.weeks[0].end, T0 + 7 * Day);
        QCOMPARE(report.weeks[0].deployments, 4);
        QCOMPARE(report.weeks[0].deployDays, 3);
        QCOMPARE(report.weeks[0].changes, 4);
        COMPARE_OPTIONAL(report.weeks[0].leadTimeMedianHours, std::optional(2.5));
        QCOMPARE(report.weeks[1].deployments, 1);
        QCOMPARE(report.weeks[1].deployDays, 1);
        QCOMPARE(report.weeks[1].changes, 0);
        QVERIFY(!report.weeks[1].leadTimeMedianHours);
        QCOMPARE(report.weeks[2].start, T0 + 14 * Day);
        QCOMPARE(report.weeks[2].end, T0 + 17 * Day);
        QCOMPARE(report.weeks[2].deployments, 3);
        QCOMPARE(report.weeks[2].deployDays, 3);

        // The same facts in another order give the same figures: deployments are ordered by finish, then id.
        MetricsData reversed = data;
        std::reverse(reversed.deployments.begin(), reversed.deployments.end());
        const MetricsReport again = computeMetrics(reversed, period(T0, 17 * Day), options());
        QCOMPARE(again.deploymentFrequency.deploymentIds, report.deploymentFrequency.deploymentIds);
        QCOMPARE(again.weeks, report.weeks);
    }

    void shortPeriodHasOnePartialWeek()
    {
        // Three days, deployments on days 0 and 2: the one partial week has 2 deployment days.
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + Hour), deployment(2, 1, "2", T0 + 2 * Day),
                            deployment(3, 1, "3", T0 + 2 * Day + Hour)};
        const MetricsReport report = computeMetrics(data, period(T0, 3 * Day), options());
        QCOMPARE(report.deploymentFrequency.medianDeployDaysPerWeek, 2.0);
        // Three in three days: exactly one a day, elite.
        QCOMPARE(report.deploymentFrequency.perDay, 1.0);
        QCOMPARE(report.deploymentFrequency.perWeek, 7.0);
        QCOMPARE(report.deploymentFrequency.level, Level::Elite);
        QCOMPARE(report.weeks.size(), 1);
        QCOMPARE(report.weeks[0].end, T0 + 3 * Day);
    }

    void spansUpToZeroAreExcluded()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + Day)};
        data.changes = {
            // 24 h.
            change(1, T0, T0, {}, T0 + Day, 1),
            // Authored when it was deployed: 0.
            change(2, T0 + Day, T0 + Day, {}, T0 + Day, 1),
            // Authored a day after it was deployed (a clock skew): -24 h.
            change(3, T0 + 2 * Day, T0 + 2 * Day, {}, T0 + Day, 1),
            // Not in production: not a change of the period.
            change(4, T0, T0, T0 + Hour, {}, {}),
        };
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());
        QCOMPARE(report.leadTime.records.size(), 1);
        QCOMPARE(report.leadTime.records[0].commitId, 1);
        QCOMPARE(report.leadTime.excludedRecords.size(), 2);
        QCOMPARE(report.leadTime.excludedRecords[0].commitId, 2);
        QCOMPARE(report.leadTime.excludedRecords[0].spanMs, 0);
        QCOMPARE(report.leadTime.excludedRecords[1].commitId, 3);
        QCOMPARE(report.leadTime.excludedRecords[1].spanMs, -Day);
        QCOMPARE(report.leadTime.summary.count, 1);
        COMPARE_OPTIONAL(report.leadTime.summary.medianHours, std::optional(24.0));
        // 24 h is exactly the elite bound of 2024.
        QCOMPARE(report.leadTime.level, Level::Elite);
        QCOMPARE(report.weeks[0].changes, 1);
        // Throughput counts every shipped change, whatever its span: 3 in one week.
        QCOMPARE(report.flow.throughputPerWeek, 3.0);
        // Cycle time leaves out the spans <= 0 too (merge = author time here).
        QCOMPARE(report.flow.cycleRecords.size(), 1);
        QCOMPARE(report.flow.cycleRecords[0].commitId, 1);
        QCOMPARE(report.flow.cycleRecords[0].spanMs, Day);
        // Change 4 is merged and not in production: merged at T0, so 7 d at the period's end.
        QCOMPARE(report.flow.wipNow, 1);
        QCOMPARE(report.flow.inProgress.size(), 1);
        QCOMPARE(report.flow.inProgress[0].commitId, 4);
        QCOMPARE(report.flow.inProgress[0].spanMs, 7 * Day);
    }

    void pullRequests()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + Day + 6 * Hour), deployment(2, 1, "2", T0 + 3 * Day),
                            deployment(3, 1, "3", T0 + 4 * Day + 3 * Hour), deployment(4, 1, "0", T0 - Day)};
        data.pullRequests = {
            // Squash-merged: its branch's first commit a day before it was opened; the squash commit the merge
            // made is what deployment 1 shipped. Coding 24 h, review 48 h, deploy 6 h, total 78 h.
            PullRequestFact{11, 1, T0 - 2 * Day, T0 - Day, T0 + Day, 1, T0 + Day + 6 * Hour},
            // First commit unknown: no coding phase; review 4 h, deploy 20 h, total from the opening 24 h.
            PullRequestFact{12, 1, {}, T0 + 2 * Day, T0 + 2 * Day + 4 * Hour, 2, T0 + 3 * Day},
            // Rebased after it was opened, so its first commit is later than the opening: no coding phase;
            // review 2 h, deploy 1 h, total 3 h.
            PullRequestFact{13, 1, T0 + 4 * Day + Hour, T0 + 4 * Day, T0 + 4 * Day + 2 * Hour, 3,
                            T0 + 4 * Day + 3 * Hour},
            // Deployed before the period.
            PullRequestFact{14, 1, T0 - 3 * Day, T0 - 2 * Day, T0 - 2 * Day, 4, T0 - Day},
        };
        // The squash commit: authored and committed at the merge, so its own lead time is 6 h.
        data.changes = {change(110, T0 + Day, T0 + Day, {}, T0 + Day + 6 * Hour, 1)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());

        QCOMPARE(report.leadTime.summary.count, 1);
        COMPARE_OPTIONAL(report.leadTime.summary.medianHours, std::optional(6.0));

        const QList<PullRequestLeadTime> &pullRequests = report.leadTime.pullRequests;
        QCOMPARE(pullRequests.size(), 3);
        QCOMPARE(pullRequests[0].pullRequestId, 11);
        QCOMPARE(pullRequests[0].deploymentId, 1);
        QCOMPARE(pullRequests[0].codingMs, std::optional<qint64>(24 * Hour));
        QCOMPARE(pullRequests[0].reviewMs, 48 * Hour);
        QCOMPARE(pullRequests[0].deployMs, 6 * Hour);
        QCOMPARE(pullRequests[0].totalMs, 78 * Hour);
        QCOMPARE(pullRequests[1].pullRequestId, 12);
        QVERIFY(!pullRequests[1].codingMs);
        QCOMPARE(pullRequests[1].reviewMs, 4 * Hour);
        QCOMPARE(pullRequests[1].deployMs, 20 * Hour);
        QCOMPARE(pullRequests[1].totalMs, 24 * Hour);
        QCOMPARE(pullRequests[2].pullRequestId, 13);
        QVERIFY(!pullRequests[2].codingMs);
        QCOMPARE(pullRequests[2].totalMs, 3 * Hour);

        QCOMPARE(report.leadTime.coding.count, 1);
        COMPARE_OPTIONAL(report.leadTime.coding.medianHours, std::optional(24.0));
        // Review 48, 4, 2 -> sorted 2 4 48: median 4, p85 at rank 1.7 = 4 + 0.7 * 44 = 34.8, mean 18.
        QCOMPARE(report.leadTime.review.count, 3);
        COMPARE_OPTIONAL(report.leadTime.review.medianHours, std::optional(4.0));
        COMPARE_OPTIONAL(report.leadTime.review.p85Hours, std::optional(34.8));
        COMPARE_OPTIONAL(report.leadTime.review.meanHours, std::optional(18.0));
        // Deploy 6, 20, 1 -> 1 6 20: median 6, p85 6 + 0.7 * 14 = 15.8, mean 9.
        COMPARE_OPTIONAL(report.leadTime.deploy.medianHours, std::optional(6.0));
        COMPARE_OPTIONAL(report.leadTime.deploy.p85Hours, std::optional(15.8));
        COMPARE_OPTIONAL(report.leadTime.deploy.meanHours, std::optional(9.0));
        // Total 78, 24, 3 -> 3 24 78: median 24, p85 24 + 0.7 * 54 = 61.8, mean 35.
        COMPARE_OPTIONAL(report.leadTime.pullRequestTotal.medianHours, std::optional(24.0));
        COMPARE_OPTIONAL(report.leadTime.pullRequestTotal.p85Hours, std::optional(61.8));
        COMPARE_OPTIONAL(report.leadTime.pullRequestTotal.meanHours, std::optional(35.0));
    }

    void flow()
    {
        // Two and a half days: days end at T0 + 1 d, T0 + 2 d and the period's end, T0 + 2 d 12 h.
        const Scope scope = period(T0, 2 * Day + 12 * Hour);
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + Day + Hour)};
        data.changes = {
            // Before production since before the period, in production at T0 + 1 d 1 h (cycle 49 h).
            change(1, T0 - Day, T0 - Day, T0 - 12 * Hour, T0 + Day + Hour, 1),
            // Merged at T0 + 6 h, before production at T0 + 1 d 6 h, not yet in production.
            change(2, T0 + 6 * Hour, T0 + 6 * Hour, T0 + Day + 6 * Hour, {}, {}),
            // Merged at T0 + 2 d 1 h only.
            change(3, T0 + 2 * Day + Hour, T0 + 2 * Day + Hour, {}, {}, {}),
            // Done before the period: in no state.
            change(4, T0 - 5 * Day, T0 - 5 * Day, T0 - 4 * Day, T0 - 3 * Day, 1),
            // Merged at T0 + 2 d, in production only after the period's end.
            change(5, T0 + 2 * Day, T0 + 2 * Day, {}, T0 + 3 * Day, 1),
            // Merged after the period: nowhere.
            change(6, T0 + 3 * Day, T0 + 3 * Day, {}, {}, {}),
        };
        data.runs = {
            RunFact{1, 1, T0 + Hour, 1 * Hour, 3 * Hour},
            RunFact{2, 1, T0 + 2 * Day, 3 * Hour, 1 * Hour},
            // Before the period and at its end: left out.
            RunFact{3, 1, T0 - Hour, 0, 10 * Hour},
            RunFact{4, 1, T0 + 2 * Day + 12 * Hour, 5 * Hour, 0},
        };
        const MetricsReport report = computeMetrics(data, scope, options());

        // Change 1 shipped in 2.5 days: 1 / (2.5 / 7) = 2.8 per week.
        QCOMPARE(report.flow.throughputPerWeek, 2.8);
        // Merged before the end and not in production by then: 2, 3 and 5.
        QCOMPARE(report.flow.wipNow, 3);
        QCOMPARE(report.flow.inProgress.size(), 3);
        QCOMPARE(report.flow.inProgress[0].commitId, 2);
        QCOMPARE(report.flow.inProgress[1].commitId, 3);
        QCOMPARE(report.flow.inProgress[2].commitId, 5);
        QCOMPARE(report.flow.cycleRecords.size(), 1);
        QCOMPARE(report.flow.cycleRecords[0].commitId, 1);
        QCOMPARE(report.flow.cycleRecords[0].spanMs, 49 * Hour);
        QCOMPARE(report.flow.cycleTime.count, 1);
        COMPARE_OPTIONAL(report.flow.cycleTime.medianHours, std::optional(49.0));
        // (3 + 1) / (1 + 3 + 3 + 1).
        COMPARE_OPTIONAL(report.flow.flowEfficiency, std::optional(0.5));
        QCOMPARE(report.flow.runs.size(), 2);
        QCOMPARE(report.flow.runs[0].runId, 1);
        QCOMPARE(report.flow.runs[1].runId, 2);
        QCOMPARE(report.flow.runs[1].queueMs, 3 * Hour);

        QCOMPARE(report.flow.days.size(), 3);
        // At T0 + 1 d: 1 before production, 2 merged.
        QCOMPARE(report.flow.days[0].day, T0);
        QCOMPARE(report.flow.days[0].merged, 1);
        QCOMPARE(report.flow.days[0].preproduction, 1);
        QCOMPARE(report.flow.days[0].production, 0);
        // At T0 + 2 d: 1 in production, 2 before production; 5 is merged at, not before.
        QCOMPARE(report.flow.days[1].day, T0 + Day);
        QCOMPARE(report.flow.days[1].merged, 0);
        QCOMPARE(report.flow.days[1].preproduction, 1);
        QCOMPARE(report.flow.days[1].production, 1);
        // At T0 + 2 d 12 h: 3 and 5 merged as well.
        QCOMPARE(report.flow.days[2].day, T0 + 2 * Day);
        QCOMPARE(report.flow.days[2].merged, 2);
        QCOMPARE(report.flow.days[2].preproduction, 1);
        QCOMPARE(report.flow.days[2].production, 1);
    }

    void flowOfManyChanges()
    {
        // As in flow(), over 20,000 changes merged at T0 + 6 h and before production from T0 + 1 d 6 h on, next to
        // one in production at T0 + 1 d 1 h: so many that the flow metrics are computed on a thread of their own.
        const Scope scope = period(T0, 2 * Day + 12 * Hour);
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + Day + Hour)};
        data.changes = {change(1, T0 - Day, T0 - Day, T0 - 12 * Hour, T0 + Day + Hour, 1)};
        constexpr int waiting = 20000;
        for (int i = 0; i < waiting; ++i)
            data.changes.append(change(2 + i, T0 + 6 * Hour, T0 + 6 * Hour, T0 + Day + 6 * Hour, {}, {}));
        data.runs = {RunFact{1, 1, T0 + Hour, 1 * Hour, 3 * Hour}};
        const MetricsReport report = computeMetrics(data, scope, options());

        QCOMPARE(report.flow.throughputPerWeek, 2.8);
        QCOMPARE(report.flow.wipNow, waiting);
        QCOMPARE(report.flow.inProgress.size(), waiting);
        QCOMPARE(report.flow.inProgress.first().commitId, 2);
        QCOMPARE(report.flow.inProgress.last().commitId, 1 + waiting);
        QCOMPARE(report.flow.cycleRecords.size(), 1);
        QCOMPARE(report.flow.cycleRecords[0].spanMs, 49 * Hour);
        COMPARE_OPTIONAL(report.flow.flowEfficiency, std::optional(0.75));
        QCOMPARE(report.flow.days.size(), 3);
        // At T0 + 1 d all of them merged, change 1 before production; then all before production, 1 in production.
        QCOMPARE(report.flow.days[0].merged, waiting);
        QCOMPARE(report.flow.days[0].preproduction, 1);
        QCOMPARE(report.flow.days[0].production, 0);
        for (int day = 1; day < 3; ++day) {
            QCOMPARE(report.flow.days[day].merged, 0);
            QCOMPARE(report.flow.days[day].preproduction, waiting);
            QCOMPARE(report.flow.days[day].production, 1);
        }
        // The other figures as ever: change 1 shipped by the one deployment, in the first week.
        QCOMPARE(report.deploymentFrequency.deployments, 1);
        QCOMPARE(report.leadTime.records.size(), 1);
        QCOMPARE(report.weeks.size(), 1);
        QCOMPARE(report.weeks[0].changes, 1);
    }

    void changesInParts()
    {
        // The loader hands over the changes in the parts its threads made: iterated as one list, in order, an empty
        // part between them skipped, and equal to the same changes in one part.
        const QList<ChangeFact> all = {change(1, T0 - Day, T0 - Day, {}, T0 + Hour, 1),
                                       change(2, T0, T0 + Hour, T0 + 2 * Hour, T0 + 3 * Hour, 1),
                                       change(3, T0 + Hour, T0 + Hour, {}, {}, {})};
        ChangeFacts parts;
        QVERIFY(parts.isEmpty());
        QVERIFY(parts.begin() == parts.end());
        parts.appendPart({});
        parts.appendPart(all.mid(0, 2));
        parts.appendPart({});
        parts.appendPart(all.mid(2));
        QCOMPARE(parts.size(), 3);
        QVERIFY(!parts.isEmpty());
        QCOMPARE(parts.toList(), all);
        QList<Id> commits;
        for (const ChangeFact &fact : parts)
            commits.append(fact.commitId);
        QCOMPARE(commits, (QList<Id>{1, 2, 3}));
        QCOMPARE(std::count_if(parts.cbegin(), parts.cend(), [](const ChangeFact &fact) { return fact.productionAt; }),
                 2);
        const ChangeFacts whole = {all[0], all[1], all[2]};
        QVERIFY(parts == whole);
        ChangeFacts fewer = {all[0], all[1]};
        QVERIFY(!(parts == fewer));
        fewer.append(all[2]);
        QVERIFY(parts == fewer);

        // The figures are the same whichever way the changes are divided.
        const Scope scope = period(T0, 7 * Day);
        MetricsData one;
        one.deployments = {deployment(1, 1, "1", T0 + Hour), deployment(2, 1, "2", T0 + 3 * Hour)};
        one.changes = whole;
        MetricsData divided = one;
        divided.changes = parts;
        const MetricsReport fromOne = computeMetrics(one, scope, options());
        const MetricsReport fromParts = computeMetrics(divided, scope, options());
        QCOMPARE(fromParts.leadTime.records.size(), 2);
        QCOMPARE(fromParts.leadTime.records.size(), fromOne.leadTime.records.size());
        COMPARE_OPTIONAL(fromParts.leadTime.summary.medianHours, fromOne.leadTime.summary.medianHours);
        COMPARE_OPTIONAL(fromParts.leadTime.summary.medianHours, std::optional(14.0));
        QCOMPARE(fromParts.flow.wipNow, fromOne.flow.wipNow);
        QCOMPARE(fromParts.flow.cycleRecords.size(), fromOne.flow.cycleRecords.size());
    }

    void flowRecords()
    {
        // The records behind work in progress and cycle time, in the week [T0, T0 + 7 d).
        MetricsData data;
        data.deployments = {deployment(1, 1, "1", T0 + 2 * Day), deployment(2, 1, "2", T0 + 9 * Day),
                            deployment(3, 1, "3", T0 + 7 * Day), deployment(4, 1, "0", T0 - 4 * Day)};
        data.changes = {
            // Merged at T0 + 1 d, in production at T0 + 2 d: cycle 24 h.
            change(1, T0, T0 + Day, {}, T0 + 2 * Day, 1),
            // Merged at T0 + 1 d 12 h, same deployment: cycle 12 h.
            change(2, T0 + Day, T0 + Day + 12 * Hour, {}, T0 + 2 * Day, 1),
            // Committed when it was deployed (a rebase): cycle 0, left out; shipped, so not in progress.
            change(3, T0 - Day, T0 + 2 * Day, {}, T0 + 2 * Day, 1),
            // Merged at T0 - 3 d, waiting before production ever since: in progress for 10 d at T0 + 7 d.
            change(4, T0 - 3 * Day, T0 - 3 * Day, T0 - 2 * Day, {}, {}),
            // Merged at T0 + 6 d, in production at T0 + 9 d by deployment 2: in progress for 1 d at the end.
            change(5, T0 + 6 * Day, T0 + 6 * Day, {}, T0 + 9 * Day, 2),
            // Merged at the period's end: not before it.
            change(6, T0 + 7 * Day, T0 + 7 * Day, {}, {}, {}),
            // Done before the period: neither.
            change(7, T0 - 5 * Day, T0 - 5 * Day, {}, T0 - 4 * Day, 4),
            // Merged at T0 + 3 d, in production exactly at the period's end: not by then, so in progress for 4 d.
            change(8, T0 + 3 * Day, T0 + 3 * Day, {}, T0 + 7 * Day, 3),
        };
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());

        const QList<ChangeLeadTime> &cycles = report.flow.cycleRecords;
        QCOMPARE(cycles.size(), 2);
        QCOMPARE(cycles[0].commitId, 1);
        QCOMPARE(cycles[0].deploymentId, 1);
        QCOMPARE(cycles[0].start, T0 + Day);
        QCOMPARE(cycles[0].deployedAt, T0 + 2 * Day);
        QCOMPARE(cycles[0].spanMs, 24 * Hour);
        QCOMPARE(cycles[1].commitId, 2);
        QCOMPARE(cycles[1].start, T0 + Day + 12 * Hour);
        QCOMPARE(cycles[1].spanMs, 12 * Hour);
        // 12 and 24 h: median 18 h; p85 at rank 0.85: 12 + 0.85 * 12 = 22.2 h.
        QCOMPARE(report.flow.cycleTime.count, 2);
        COMPARE_OPTIONAL(report.flow.cycleTime.medianHours, std::optional(18.0));
        COMPARE_OPTIONAL(report.flow.cycleTime.p85Hours, std::optional(22.2));

        const QList<ChangeLeadTime> &waiting = report.flow.inProgress;
        QCOMPARE(report.flow.wipNow, 3);
        QCOMPARE(waiting.size(), 3);
        QCOMPARE(waiting[0].commitId, 4);
        QCOMPARE(waiting[0].serviceId, 1);
        QCOMPARE(waiting[0].start, T0 - 3 * Day);
        QCOMPARE(waiting[0].spanMs, 10 * Day);
        QCOMPARE(waiting[0].deploymentId, 0);
        QCOMPARE(waiting[0].deployedAt, 0);
        QCOMPARE(waiting[1].commitId, 5);
        QCOMPARE(waiting[1].start, T0 + 6 * Day);
        QCOMPARE(waiting[1].spanMs, Day);
        QCOMPARE(waiting[1].deploymentId, 2);
        QCOMPARE(waiting[1].deployedAt, T0 + 9 * Day);
        QCOMPARE(waiting[2].commitId, 8);
        QCOMPARE(waiting[2].spanMs, 4 * Day);
        QCOMPARE(waiting[2].deploymentId, 3);
        QCOMPARE(waiting[2].deployedAt, T0 + 7 * Day);
    }
};

QTEST_GUILESS_MAIN(TestMetricsCompute)
#include "tst_metricscompute.moc"
