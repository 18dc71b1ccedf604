// SPDX-License-Identifier: GPL-3.0-or-later
// Change failure rate, failed deployment recovery time and deployment rework rate on small sets of incidents,
// rollbacks and hotfixes written by hand; the expected values are worked out in the comments.

#include "metricsfacts.h"

#include "metrics/metrics.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace flowdeck::metrics::testing;

class TestMetricsFailures : public QObject
{
    Q_OBJECT

private:
    /// Service 1 deploys versions 1 to 5 (deployment 1 before the period, 2 to 5 on days 1 to 4 of it) and fails
    /// to deploy a sixth on day 5. Deployment 5 matched the hotfix pattern; deployment 3 did too.
    static MetricsData incidentFacts()
    {
        MetricsData data;
        data.deployments = {
            deployment(1, 1, "v1", T0 - 2 * Day),
            deployment(2, 1, "v2", T0 + Day),
            deployment(3, 1, "v3", T0 + 2 * Day, true, true),
            deployment(4, 1, "v4", T0 + 3 * Day),
            deployment(5, 1, "v5", T0 + 4 * Day, true, true),
            deployment(6, 1, "v6", T0 + 5 * Day, false),
        };
        data.incidents = {
            // No link; started an hour after deployment 2: blamed on 2. Resolved when deployment 3 finished, so
            // 3 shipped its fix; 24 h after 2 finished.
            incident(1, 1, {}, T0 + Day + Hour, T0 + 2 * Day),
            // Linked to deployment 3 although it started after deployment 4: the link wins. 32 h after 3.
            incident(2, 1, 3, T0 + 3 * Day + 2 * Hour, T0 + 3 * Day + 8 * Hour),
            // Started exactly when deployment 5 finished: 5 did not finish strictly before, so 4 is blamed.
            // Still open.
            incident(3, 1, {}, T0 + 4 * Day, {}),
            // Linked to the failed deployment 6: no successful deployment is blamed, and it is not unattributed.
            incident(4, 1, 6, T0 + 5 * Day + Hour, T0 + 5 * Day + 2 * Hour),
            // A service that never deployed, and no service at all: unattributed.
            incident(5, 2, {}, T0 + 6 * Day, T0 + 6 * Day + Hour),
            incident(6, {}, {}, T0 + 6 * Day + 2 * Hour, {}),
            // Unattributed as well, but it started before the period.
            incident(7, 2, {}, T0 - Day, T0 - Day + Hour),
            // A second incident of deployment 2, linked explicitly, resolved before the first one was.
            incident(8, 1, 2, T0 + Day + 2 * Hour, T0 + Day + 20 * Hour),
        };
        return data;
    }

    /// Service 1 rolls version v2 (deployment 2) back to v1 three hours later (deployment 3), then moves on to v3
    /// and v4, and deploys v4 again. Service 2 deploys v2 and then v1, which it never had: no rollback. Service
    /// 3 deploys v1 and v2 at the same time, then v1 again: v1 did not finish before v2 did, so no rollback.
    static MetricsData rollbackFacts()
    {
        MetricsData data;
        data.deployments = {
            deployment(20, 1, "v1", T0 - Day),
            deployment(2, 1, "v2", T0 + Day),
            deployment(9, 3, "v1", T0 + Day),
            deployment(10, 3, "v2", T0 + Day),
            deployment(3, 1, "v1", T0 + Day + 3 * Hour),
            deployment(4, 1, "v3", T0 + 2 * Day),
            deployment(11, 3, "v1", T0 + 2 * Day),
            deployment(7, 2, "v2", T0 + 2 * Day + Hour),
            deployment(5, 1, "v4", T0 + 3 * Day),
            deployment(6, 1, "v4", T0 + 4 * Day),
            deployment(8, 2, "v1", T0 + 5 * Day),
        };
        return data;
    }

private Q_SLOTS:
    void incidents()
    {
        const MetricsReport report = computeMetrics(incidentFacts(), period(T0, 7 * Day), options());
        const ChangeFailureRate &failures = report.changeFailureRate;
        // Deployments 2 to 5 in the period; 2, 3 and 4 failed.
        QCOMPARE(failures.deployments, 4);
        QCOMPARE(failures.failed, 3);
        COMPARE_OPTIONAL(failures.rate, std::optional(0.75));
        QCOMPARE(failures.level, Level::Low);
        QCOMPARE(failures.failures.size(), 3);

        const DeploymentFailure &second = failures.failures[0];
        QCOMPARE(second.deploymentId, 2);
        QCOMPARE(second.serviceId, 1);
        QCOMPARE(second.finishedAt, T0 + Day);
        QCOMPARE(second.cause, FailureCause::Incident);
        QCOMPARE(second.incidentIds, (QList<Id>{1, 8}));
        QVERIFY(!second.rollbackDeploymentId);
        // The later of the two resolutions.
        QCOMPARE(second.recoveredAt, OptionalTime(T0 + 2 * Day));

        const DeploymentFailure &third = failures.failures[1];
        QCOMPARE(third.deploymentId, 3);
        QCOMPARE(third.incidentIds, QList<Id>{2});
        QCOMPARE(third.recoveredAt, OptionalTime(T0 + 3 * Day + 8 * Hour));

        const DeploymentFailure &fourth = failures.failures[2];
        QCOMPARE(fourth.deploymentId, 4);
        QCOMPARE(fourth.incidentIds, QList<Id>{3});
        QVERIFY(!fourth.recoveredAt);

        QCOMPARE(failures.unattributedIncidentIds, (QList<Id>{5, 6}));

        // Recovered: 2 after 24 h, 3 after 32 h; 4 is open. Median 28, p85 24 + 0.85 * 8 = 30.8, mean 28.
        const RecoveryTime &recovery = report.recoveryTime;
        QCOMPARE(recovery.records.size(), 2);
        QCOMPARE(recovery.records[0].deploymentId, 2);
        QCOMPARE(recovery.records[0].failedAt, T0 + Day);
        QCOMPARE(recovery.records[0].recoveredAt, T0 + 2 * Day);
        QCOMPARE(recovery.records[0].spanMs, 24 * Hour);
        QCOMPARE(recovery.records[1].spanMs, 32 * Hour);
        QCOMPARE(recovery.unresolvedDeploymentIds, QList<Id>{4});
        QVERIFY(recovery.excludedRecords.isEmpty());
        QCOMPARE(recovery.summary.count, 2);
        COMPARE_OPTIONAL(recovery.summary.medianHours, std::optional(28.0));
        COMPARE_OPTIONAL(recovery.summary.p85Hours, std::optional(30.8));
        COMPARE_OPTIONAL(recovery.summary.meanHours, std::optional(28.0));
        // Over a day: 2024 knows no medium, so low.
        QCOMPARE(recovery.level, Level::Low);

        // Rework: 3 shipped incident 1's fix (it matched the hotfix pattern too, but the fix comes first), 5 is
        // a hotfix by its pattern. Incidents 2, 4 and 8 saw no deployment of their service while they lasted.
        const ReworkRate &rework = report.rework;
        QCOMPARE(rework.deployments, 4);
        QCOMPARE(rework.rework, 2);
        COMPARE_OPTIONAL(rework.rate, std::optional(0.5));
        QCOMPARE(rework.records.size(), 2);
        QCOMPARE(rework.records[0].deploymentId, 3);
        QCOMPARE(rework.records[0].reason, ReworkReason::IncidentFix);
        QCOMPARE(rework.records[1].deploymentId, 5);
        QCOMPARE(rework.records[1].reason, ReworkReason::HotfixPattern);

        QCOMPARE(report.weeks.size(), 1);
        QCOMPARE(report.weeks[0].deployments, 4);
        QCOMPARE(report.weeks[0].deployDays, 4);
        QCOMPARE(report.weeks[0].failures, 3);
        COMPARE_OPTIONAL(report.weeks[0].recoveryMedianHours, std::optional(28.0));

        // In 2023, 28 h lies between a day and a week: medium.
        const MetricsReport dora2023 =
            computeMetrics(incidentFacts(), period(T0, 7 * Day), options(Benchmark::Dora2023));
        QCOMPARE(dora2023.recoveryTime.level, Level::Medium);
        QCOMPARE(dora2023.changeFailureRate.level, Level::Low);
    }

    void incidentBeforeAnyDeployment()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "v1", T0 + 3 * Day)};
        // Service 1's incident a day into the period, two days before its first deployment.
        data.incidents = {incident(1, 1, {}, T0 + Day, T0 + 2 * Day)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());
        QCOMPARE(report.changeFailureRate.deployments, 1);
        QCOMPARE(report.changeFailureRate.failed, 0);
        COMPARE_OPTIONAL(report.changeFailureRate.rate, std::optional(0.0));
        QCOMPARE(report.changeFailureRate.unattributedIncidentIds, QList<Id>{1});
        QCOMPARE(report.recoveryTime.summary.count, 0);
        QCOMPARE(report.recoveryTime.level, Level::None);
        // No deployment of service 1 finished while it lasted: no fix.
        QCOMPARE(report.rework.rework, 0);
    }

    void allFailed()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "v1", T0 + Day), deployment(2, 1, "v2", T0 + 2 * Day)};
        // Each deployment has its incident, linked explicitly: recovered after 2 h and 5 h.
        data.incidents = {incident(1, 1, 1, T0 + Day + Hour, T0 + Day + 2 * Hour),
                          incident(2, 1, 2, T0 + 2 * Day + Hour, T0 + 2 * Day + 5 * Hour)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());
        QCOMPARE(report.changeFailureRate.deployments, 2);
        QCOMPARE(report.changeFailureRate.failed, 2);
        COMPARE_OPTIONAL(report.changeFailureRate.rate, std::optional(1.0));
        QCOMPARE(report.changeFailureRate.level, Level::Low);
        // 2 and 5: median 3.5, p85 at rank 0.85 = 2 + 0.85 * 3 = 4.55.
        COMPARE_OPTIONAL(report.recoveryTime.summary.medianHours, std::optional(3.5));
        COMPARE_OPTIONAL(report.recoveryTime.summary.p85Hours, std::optional(4.55));
        QCOMPARE(report.recoveryTime.level, Level::High);
    }

    void recoveryBeforeFinishIsExcluded()
    {
        MetricsData data;
        data.deployments = {deployment(1, 1, "v1", T0 + Day), deployment(2, 1, "v2", T0 + 2 * Day)};
        // Linked to deployment 1 but resolved before it finished (recorded late), and one resolved at its finish.
        data.incidents = {incident(1, 1, 1, T0 + 12 * Hour, T0 + 20 * Hour), incident(2, 1, 2, T0 + Day, T0 + 2 * Day)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());
        QCOMPARE(report.changeFailureRate.failed, 2);
        QVERIFY(report.recoveryTime.records.isEmpty());
        QCOMPARE(report.recoveryTime.excludedRecords.size(), 2);
        QCOMPARE(report.recoveryTime.excludedRecords[0].deploymentId, 1);
        QCOMPARE(report.recoveryTime.excludedRecords[0].spanMs, -4 * Hour);
        QCOMPARE(report.recoveryTime.excludedRecords[1].spanMs, 0);
        QCOMPARE(report.recoveryTime.summary.count, 0);
        QCOMPARE(report.recoveryTime.level, Level::None);
    }

    void rollback()
    {
        const MetricsReport report = computeMetrics(rollbackFacts(), period(T0, 7 * Day), options());
        // Ten deployments in the period, by finish then id.
        QCOMPARE(report.deploymentFrequency.deploymentIds, (QList<Id>{2, 9, 10, 3, 4, 11, 7, 5, 6, 8}));
        const ChangeFailureRate &failures = report.changeFailureRate;
        QCOMPARE(failures.deployments, 10);
        QCOMPARE(failures.failed, 1);
        // 0.1: high in 2024 (up to 20 %).
        COMPARE_OPTIONAL(failures.rate, std::optional(0.1));
        QCOMPARE(failures.level, Level::High);
        const DeploymentFailure &failure = failures.failures.constFirst();
        QCOMPARE(failure.deploymentId, 2);
        QCOMPARE(failure.cause, FailureCause::Rollback);
        QVERIFY(failure.incidentIds.isEmpty());
        QCOMPARE(failure.rollbackDeploymentId, OptionalId(3));
        QCOMPARE(failure.recoveredAt, OptionalTime(T0 + Day + 3 * Hour));

        QCOMPARE(report.recoveryTime.records.size(), 1);
        QCOMPARE(report.recoveryTime.records[0].spanMs, 3 * Hour);
        COMPARE_OPTIONAL(report.recoveryTime.summary.medianHours, std::optional(3.0));
        QCOMPARE(report.recoveryTime.level, Level::High);

        QCOMPARE(report.rework.rework, 1);
        QCOMPARE(report.rework.records.constFirst().deploymentId, 3);
        QCOMPARE(report.rework.records.constFirst().reason, ReworkReason::Rollback);
        COMPARE_OPTIONAL(report.rework.rate, std::optional(0.1));

        // 2023: 10 % is exactly its high bound.
        const MetricsReport dora2023 =
            computeMetrics(rollbackFacts(), period(T0, 7 * Day), options(Benchmark::Dora2023));
        QCOMPARE(dora2023.changeFailureRate.level, Level::High);
    }

    void rollbackWithIncident()
    {
        MetricsData data = rollbackFacts();
        // An incident on the rolled-back deployment, resolved two hours after the rollback finished.
        data.incidents = {incident(1, 1, 2, T0 + Day + Hour, T0 + Day + 5 * Hour)};
        const MetricsReport report = computeMetrics(data, period(T0, 7 * Day), options());
        const DeploymentFailure &failure = report.changeFailureRate.failures.constFirst();
        QCOMPARE(report.changeFailureRate.failed, 1);
        QCOMPARE(failure.cause, FailureCause::Incident);
        QCOMPARE(failure.incidentIds, QList<Id>{1});
        QCOMPARE(failure.rollbackDeploymentId, OptionalId(3));
        // Recovered when the incident was resolved, not when the rollback finished.
        QCOMPARE(failure.recoveredAt, OptionalTime(T0 + Day + 5 * Hour));
        COMPARE_OPTIONAL(report.recoveryTime.summary.medianHours, std::optional(5.0));
        // The rollback finished while the incident lasted: it shipped the fix, which comes before rollback.
        QCOMPARE(report.rework.records.size(), 1);
        QCOMPARE(report.rework.records.constFirst().deploymentId, 3);
        QCOMPARE(report.rework.records.constFirst().reason, ReworkReason::IncidentFix);
    }

    void rollbackOutsideThePeriod()
    {
        // Three hours from T0 + 1 d 1 h: the rollback (3) finishes in it, the deployment it rolled back (2) before
        // it. The rollback is rework of this period; the failure belongs to the one before.
        const MetricsReport report = computeMetrics(rollbackFacts(), period(T0 + Day + Hour, 3 * Hour), options());
        QCOMPARE(report.deploymentFrequency.deploymentIds, QList<Id>{3});
        QCOMPARE(report.changeFailureRate.failed, 0);
        QCOMPARE(report.rework.rework, 1);
        QCOMPARE(report.rework.records.constFirst().reason, ReworkReason::Rollback);
    }
};

QTEST_GUILESS_MAIN(TestMetricsFailures)
#include "tst_metricsfailures.moc"
