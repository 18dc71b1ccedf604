// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demogenerator.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

// A fixed end of history keeps the expectations independent of the day the test runs.
const Timestamp demoEnd = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 hour = 3600 * 1000;
constexpr qint64 day = 24 * hour;

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << "query failed:" << sql;
        return -1;
    }
    return query.value(0).toLongLong();
}

QList<qint64> column(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QList<qint64> values;
    if (!query.exec(sql))
        return values;
    while (query.next())
        values.append(query.value(0).toLongLong());
    return values;
}

double median(QList<qint64> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values[n / 2]) : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// A digest of every row of every table, in id order: two workspaces with the same digest hold the same data.
QByteArray contentDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'settings' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
        }
    }
    return hash.result();
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_demo;
    demo::DemoSummary m_summary;

    QSqlDatabase db() const { return m_demo->connection(); }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = store::Workspace::create(m_dir.filePath(u"demo.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        m_demo = *workspace;
        auto summary = demo::generateDemo(*m_demo, {.end = demoEnd});
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        m_summary = *summary;
    }

    void hasTheSizeTheIssueAsksFor()
    {
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM services"_s), 6);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM environments"_s), 4);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM commits"_s) >= 5000);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM pipeline_runs"_s) >= 3000);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM jobs"_s) >= 20000);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM deployments"_s) >= 600);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM incidents WHERE deployment_id IS NOT NULL"_s) >= 10);
        // Every commit has an author, a time and (unless it is a merge) diff stats.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commits WHERE author_name = '' OR author_time <= 0"_s), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commits WHERE is_merge = 0 AND files_changed IS NULL"_s), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commits WHERE is_merge = 1 AND files_changed IS NOT NULL"_s), 0);

        // The summary the generator returns tells the truth about what it stored.
        QCOMPARE(m_summary.commits, scalar(db(), u"SELECT count(*) FROM commits"_s));
        QCOMPARE(m_summary.pipelineRuns, scalar(db(), u"SELECT count(*) FROM pipeline_runs"_s));
        QCOMPARE(m_summary.jobs, scalar(db(), u"SELECT count(*) FROM jobs"_s));
        QCOMPARE(m_summary.deployments, scalar(db(), u"SELECT count(*) FROM deployments"_s));
        QCOMPARE(m_summary.incidents, scalar(db(), u"SELECT count(*) FROM incidents"_s));
    }

    // The files of each commit add up to its stats, so the History page's path filter finds them.
    void filesAddUpToTheStats()
    {
        QVERIFY(scalar(db(), u"SELECT count(*) FROM commit_files"_s) > 10000);
        QCOMPARE(scalar(db(),
                        u"SELECT count(*) FROM commits c WHERE c.is_merge = 0 AND (c.files_changed <> "
                        u"(SELECT count(*) FROM commit_files f WHERE f.commit_id = c.id) OR c.insertions <> "
                        u"(SELECT sum(f.insertions) FROM commit_files f WHERE f.commit_id = c.id) OR "
                        u"c.deletions <> (SELECT sum(f.deletions) FROM commit_files f WHERE f.commit_id = c.id))"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commit_files f JOIN commits c ON c.id = f.commit_id "
                              u"WHERE c.is_merge = 1"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM (SELECT commit_id, path FROM commit_files GROUP BY commit_id, "
                              u"path HAVING count(*) > 1) AS repeated"_s),
                 0);
    }

    void coversTwelveMonths()
    {
        const qint64 first = scalar(db(), u"SELECT min(created_at) FROM pipeline_runs"_s);
        const qint64 last = scalar(db(), u"SELECT max(coalesce(finished_at, started_at)) FROM deployments"_s);
        QVERIFY(last <= demoEnd);
        QVERIFY2(last - first > 330 * day, "history should span about a year");
        QCOMPARE(
            scalar(db(),
                   u"SELECT count(*) FROM jobs WHERE coalesce(finished_at, started_at, queued_at) > %1"_s.arg(demoEnd)),
            0);
    }

    void promotionPathAndGates()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(
            u"SELECT f.name, t.name FROM environment_edges e JOIN environments f ON f.id = "
            u"e.from_environment_id JOIN environments t ON t.id = e.to_environment_id ORDER BY f.position"_s));
        QStringList path;
        while (query.next())
            path.append(query.value(0).toString() + u"->"_s + query.value(1).toString());
        QCOMPARE(path, (QStringList{u"dev->test"_s, u"test->staging"_s, u"staging->production"_s}));
        QCOMPARE(scalar(db(), u"SELECT tier = 'production' FROM environments WHERE name = 'production'"_s), 1);
        // A manual security review and a change approval stand before every production deployment.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM stages WHERE kind = 'approval' AND name = 'security-review'"_s),
                 6);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM stage_edges se JOIN stages a ON a.id = se.from_stage_id "
                              u"JOIN stages b ON b.id = se.to_stage_id WHERE a.name = 'change-approval' "
                              u"AND b.name = 'deploy-production'"_s),
                 6);
    }

    void referencesAreIntact()
    {
        QSqlQuery check(db());
        QVERIFY(check.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY2(!check.next(), "foreign key violations");
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM pipeline_runs r LEFT JOIN pipelines p ON p.id = r.pipeline_id "
                              u"WHERE p.id IS NULL"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM jobs j LEFT JOIN stages s ON s.id = j.stage_id "
                              u"LEFT JOIN pipeline_runs r ON r.id = j.run_id "
                              u"WHERE s.id IS NULL OR s.pipeline_id <> r.pipeline_id"_s),
                 0);
        // Each deployment's commit exists in the repository of its service.
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployments d JOIN services s ON s.id = d.service_id "
                              u"WHERE NOT EXISTS (SELECT 1 FROM commits c WHERE c.repository_id = s.repository_id "
                              u"AND c.oid = d.commit_oid)"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commit_parents p WHERE NOT EXISTS "
                              u"(SELECT 1 FROM commits c WHERE c.oid = p.parent_oid)"_s),
                 0);
    }

    void timesAreOrdered()
    {
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM jobs WHERE started_at < queued_at OR finished_at < started_at "
                              u"OR (finished_at IS NOT NULL AND started_at IS NULL)"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM pipeline_runs WHERE started_at < created_at "
                              u"OR finished_at < started_at"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM jobs j JOIN pipeline_runs r ON r.id = j.run_id "
                              u"WHERE j.queued_at < r.created_at OR j.finished_at > r.finished_at"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployments WHERE finished_at < started_at"_s), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM incidents WHERE resolved_at < started_at"_s), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM incidents i JOIN deployments d ON d.id = i.deployment_id "
                              u"WHERE i.started_at < d.finished_at"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM pull_requests WHERE first_commit_at > created_at "
                              u"OR merged_at < created_at"_s),
                 0);
    }

    // How a change reaches main sets its commits' times. A pull request is merged by its merge commit at merged_at.
    // A squash merge rewrites the branch into one commit: written (author time) when the branch's first commit was,
    // committed at the merge, so before the pull request was opened. A merge commit is written and committed at the
    // merge and leaves the branch's commits as they were. A hotfix is committed a few minutes after it was written;
    // every other commit, written and committed at once, has equal times.
    void commitTimesFollowHowChangesLand()
    {
        const QString merged =
            u"FROM pull_requests pr JOIN commits c ON c.repository_id = pr.repository_id AND c.oid = "
            u"pr.merge_commit_oid WHERE pr.merged_at IS NOT NULL"_s;
        const qint64 pullRequests = scalar(db(), u"SELECT count(*) FROM pull_requests WHERE merged_at IS NOT NULL"_s);
        QVERIFY(pullRequests > 1000);
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + merged), pullRequests);
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + merged + u" AND c.committer_time <> pr.merged_at"_s), 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM commits WHERE committer_time < author_time"_s), 0);

        // Squash merges (catalog-service's habit): one commit, not a merge, written when the branch's first commit (the
        // one titled as the pull request, no longer reachable) was.
        const qint64 squashed = scalar(db(), u"SELECT count(*) "_s + merged + u" AND c.is_merge = 0"_s);
        QVERIFY2(squashed > 100, qPrintable(QString::number(squashed)));
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + merged +
                                  u" AND c.is_merge = 0 AND (c.author_time < pr.first_commit_at OR c.author_time >= "
                                  u"pr.created_at OR c.summary <> pr.title || ' (#' || pr.number || ')' OR NOT EXISTS "
                                  u"(SELECT 1 FROM commits b WHERE "
                                  u"b.repository_id = c.repository_id AND b.reachable = 0 AND b.summary = pr.title AND "
                                  u"b.author_time = c.author_time))"_s),
                 0);
        // Merge commits: written and committed at the merge; the branch they join (their last parent; the first
        // pull request of a repository has no main to join) was written before it was opened.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + merged + u" AND c.is_merge = 1"_s), pullRequests - squashed);
        QCOMPARE(
            scalar(db(), u"SELECT count(*) "_s + merged + u" AND c.is_merge = 1 AND c.author_time <> pr.merged_at"_s),
            0);
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + merged +
                                  u" AND c.is_merge = 1 AND NOT EXISTS (SELECT 1 FROM commit_parents p JOIN commits h "
                                  u"ON h.repository_id = c.repository_id AND h.oid = p.parent_oid WHERE p.commit_id = "
                                  u"c.id AND p.position = (SELECT max(q.position) FROM commit_parents q WHERE "
                                  u"q.commit_id = c.id) AND h.author_time = h.committer_time AND h.author_time >= "
                                  u"pr.first_commit_at AND h.author_time <= pr.created_at)"_s),
                 0);

        // Only squash commits and hotfixes were committed after they were written; a hotfix within ten minutes.
        const QString differing = u"FROM commits c WHERE c.author_time <> c.committer_time AND NOT EXISTS (SELECT 1 "
                                  u"FROM pull_requests pr WHERE pr.repository_id = c.repository_id AND "
                                  u"pr.merge_commit_oid = c.oid)"_s;
        const qint64 hotfixes = scalar(db(), u"SELECT count(*) FROM commits WHERE summary LIKE 'Hotfix: %'"_s);
        QVERIFY(hotfixes >= 3);
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + differing), hotfixes);
        QCOMPARE(
            scalar(db(), u"SELECT count(*) "_s + differing +
                             u" AND (c.summary NOT LIKE 'Hotfix: %' OR c.committer_time - c.author_time > %1)"_s.arg(
                                 10 * 60 * 1000)),
            0);
    }

    void deployedCommitsPrecedeTheirDeployment()
    {
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployment_commits dc JOIN deployments d ON d.id = "
                              u"dc.deployment_id JOIN commits c ON c.id = dc.commit_id "
                              u"WHERE c.author_time > d.started_at OR c.committer_time > d.started_at"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployment_commits dc JOIN deployments d ON d.id = "
                              u"dc.deployment_id JOIN commits c ON c.id = dc.commit_id JOIN services s ON "
                              u"s.id = d.service_id WHERE c.repository_id <> s.repository_id"_s),
                 0);
    }

    // What a deployment shipped, worked out from the commit graph itself: reachable from its commit and not
    // from the previous successful deployment of the same service to the same environment.
    void deployedCommitsFollowTheCommitGraph()
    {
        QHash<QString, QStringList> parents;
        QHash<QString, qint64> idByOid;
        {
            QSqlQuery query(db());
            query.setForwardOnly(true);
            QVERIFY(query.exec(u"SELECT c.oid, p.parent_oid FROM commits c LEFT JOIN commit_parents p "
                               u"ON p.commit_id = c.id ORDER BY c.id, p.position"_s));
            while (query.next()) {
                QStringList &list = parents[query.value(0).toString()];
                if (!query.value(1).isNull())
                    list.append(query.value(1).toString());
            }
            QVERIFY(query.exec(u"SELECT oid, id FROM commits"_s));
            while (query.next())
                idByOid.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
        auto ancestors = [&](const QString &oid) {
            QSet<QString> seen;
            QList<QString> stack{oid};
            while (!stack.isEmpty()) {
                const QString next = stack.takeLast();
                if (next.isEmpty() || seen.contains(next))
                    continue;
                seen.insert(next);
                stack.append(parents.value(next));
            }
            return seen;
        };

        QSqlQuery deployments(db());
        deployments.setForwardOnly(true);
        QVERIFY(deployments.exec(u"SELECT d.id, d.service_id, d.commit_oid, d.status FROM deployments d "
                                 u"JOIN environments e ON e.id = d.environment_id WHERE e.name IN ('staging', "
                                 u"'production') ORDER BY d.service_id, d.environment_id, "
                                 u"coalesce(d.finished_at, d.started_at), d.id"_s));
        QHash<qint64, QSet<qint64>> stored;
        {
            QSqlQuery query(db());
            query.setForwardOnly(true);
            QVERIFY(query.exec(u"SELECT deployment_id, commit_id FROM deployment_commits"_s));
            while (query.next())
                stored[query.value(0).toLongLong()].insert(query.value(1).toLongLong());
        }
        int checked = 0;
        qint64 previousKey = -1;
        QSet<QString> shippedBefore;
        QSqlQuery environmentOf(db());
        while (deployments.next()) {
            const qint64 id = deployments.value(0).toLongLong();
            environmentOf.exec(u"SELECT service_id * 100 + environment_id FROM deployments WHERE id = %1"_s.arg(id));
            environmentOf.next();
            const qint64 key = environmentOf.value(0).toLongLong();
            if (key != previousKey) {
                shippedBefore.clear();
                previousKey = key;
            }
            const QSet<QString> reachable = ancestors(deployments.value(2).toString());
            QSet<qint64> expected;
            for (const QString &oid : reachable) {
                if (!shippedBefore.contains(oid))
                    expected.insert(idByOid.value(oid));
            }
            QCOMPARE(stored.value(id), expected);
            if (deployments.value(3).toString() == u"succeeded"_s)
                shippedBefore = reachable;
            ++checked;
        }
        QVERIFY(checked > 200);
    }

    void hasWhatAWorkshopWouldFind()
    {
        // The change-approval gate waits days for the services that are not pre-approved.
        const double approvalWait = median(column(
            db(), u"SELECT j.started_at - j.queued_at FROM jobs j JOIN pipeline_runs r ON r.id = j.run_id JOIN "
                  u"services s ON s.id = r.service_id WHERE j.name = 'change-approval' AND j.started_at IS NOT NULL "
                  u"AND s.name <> 'storefront-web'"_s));
        QVERIFY2(approvalWait > day, qPrintable(u"median approval wait %1 h"_s.arg(approvalWait / hour)));

        // One test stage is flaky: many first attempts fail and are retried; the others rarely fail.
        const double flaky = scalar(db(), u"SELECT 1000 * sum(status = 'failed') / count(*) FROM jobs "
                                          u"WHERE name = 'integration-tests' AND attempt = 1"_s) /
                             1000.0;
        const double steady = scalar(db(), u"SELECT 1000 * sum(status = 'failed') / count(*) FROM jobs "
                                           u"WHERE name = 'unit-tests'"_s) /
                              1000.0;
        QVERIFY2(flaky > 0.12 && flaky < 0.3, qPrintable(QString::number(flaky)));
        QVERIFY(steady < 0.1);
        QVERIFY(scalar(db(), u"SELECT count(*) FROM jobs WHERE name = 'integration-tests' AND attempt = 2"_s) > 100);

        // One service deploys to production several times a day, another about monthly.
        const QString productionDeploys = u"SELECT count(*) FROM deployments d JOIN services s ON s.id = "
                                          u"d.service_id JOIN environments e ON e.id = d.environment_id WHERE "
                                          u"e.name = 'production' AND d.status = 'succeeded' AND s.name = '%1'"_s;
        QVERIFY(scalar(db(), productionDeploys.arg(u"storefront-web"_s)) > 250);
        const qint64 busyDays = scalar(
            db(), u"SELECT count(*) FROM (SELECT d.finished_at / 86400000 AS day FROM deployments d JOIN services s "
                  u"ON s.id = d.service_id JOIN environments e ON e.id = d.environment_id WHERE e.name = "
                  u"'production' AND d.status = 'succeeded' AND s.name = 'storefront-web' GROUP BY day "
                  u"HAVING count(*) >= 3) AS busy"_s);
        QVERIFY2(busyDays > 20, qPrintable(QString::number(busyDays)));
        const qint64 monthly = scalar(db(), productionDeploys.arg(u"inventory-sync"_s));
        QVERIFY2(monthly >= 8 && monthly <= 13, qPrintable(QString::number(monthly)));

        // Queues grow at month end: jobs wait far longer in the last four days of a month.
        QSqlQuery query(db());
        query.setForwardOnly(true);
        QVERIFY(query.exec(u"SELECT queued_at, started_at - queued_at FROM jobs WHERE started_at IS NOT NULL "
                           u"AND name IN ('build', 'unit-tests', 'lint')"_s));
        QList<qint64> monthEnd, rest;
        while (query.next()) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC).date();
            (date.day() > date.daysInMonth() - 4 ? monthEnd : rest).append(query.value(1).toLongLong());
        }
        QVERIFY(median(monthEnd) > 3 * median(rest));
    }

    // Some incidents are answered with a hotfix: a "Hotfix: ..." commit on a hotfix/ branch, cut from what production
    // ran, built by a run of that branch and deployed by it to production alone while the incident was open; the
    // incident is resolved soon after.
    void hotfixesAnswerIncidents()
    {
        const QString hotfixes = u"FROM deployments d JOIN pipeline_runs r ON r.id = d.run_id JOIN environments e ON "
                                 u"e.id = d.environment_id WHERE r.branch LIKE 'hotfix/%'"_s;
        const qint64 count = scalar(db(), u"SELECT count(*) "_s + hotfixes);
        const qint64 incidents = scalar(db(), u"SELECT count(*) FROM incidents"_s);
        QVERIFY2(count >= 3 && count <= incidents,
                 qPrintable(u"%1 hotfixes, %2 incidents"_s.arg(count).arg(incidents)));
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND (e.name <> 'production' OR d.status <> "
                                  u"'succeeded' OR r.event <> 'push')"_s),
                 0);
        // The run builds the hotfix commit, which is all the deployment ships.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND (d.commit_oid <> r.commit_oid OR NOT EXISTS (SELECT 1 FROM commits c JOIN "
                                  u"deployment_commits dc ON dc.commit_id = c.id WHERE dc.deployment_id = d.id AND "
                                  u"c.oid = d.commit_oid AND c.summary LIKE 'Hotfix: %') OR (SELECT count(*) FROM "
                                  u"deployment_commits dc WHERE dc.deployment_id = d.id) <> 1)"_s),
                 0);
        // Straight to production: the run deploys nowhere else and skips the earlier environments' stages.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND (SELECT count(*) FROM deployments o WHERE o.run_id = r.id) <> 1"_s),
                 0);
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND EXISTS (SELECT 1 FROM jobs j WHERE j.run_id = r.id AND j.name IN "
                                  u"('deploy-dev', 'deploy-test', 'deploy-staging'))"_s),
                 0);
        // Branched from the commit production ran when the hotfix went out.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND (SELECT p.parent_oid FROM commit_parents p JOIN commits c ON c.id = "
                                  u"p.commit_id JOIN services s ON s.repository_id = c.repository_id WHERE s.id = "
                                  u"d.service_id AND c.oid = d.commit_oid AND p.position = 0) IS NOT (SELECT "
                                  u"o.commit_oid FROM deployments o WHERE o.service_id = d.service_id AND "
                                  u"o.environment_id = d.environment_id AND o.status = 'succeeded' AND o.finished_at < "
                                  u"d.started_at ORDER BY o.finished_at DESC LIMIT 1)"_s),
                 0);
        // During an open incident of its service that is resolved after it, within two hours.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.service_id = d.service_id AND "
                                  u"i.started_at < d.started_at AND i.resolved_at >= d.finished_at AND "
                                  u"i.resolved_at <= d.finished_at + %1)"_s.arg(2 * hour)),
                 0);
        // The hotfix branch is merged back into main, or still there when nothing landed on main after it.
        QCOMPARE(scalar(db(), u"SELECT count(*) "_s + hotfixes +
                                  u" AND NOT EXISTS (SELECT 1 FROM commit_parents p WHERE p.parent_oid = d.commit_oid) "
                                  u"AND NOT EXISTS (SELECT 1 FROM branches b WHERE b.name = r.branch AND b.tip_oid = "
                                  u"d.commit_oid)"_s),
                 0);
    }

    // Rarely, an incident is answered by deploying the version production ran before the incident's deployment
    // again: the same version and commit, by hand, right after that deployment, while the incident is open.
    void rollbacksRedeployTheVersionBefore()
    {
        QSqlQuery query(db());
        query.setForwardOnly(true);
        QVERIFY(query.exec(u"SELECT d.id, d.service_id, d.version, d.commit_oid, d.started_at, d.finished_at FROM "
                           u"deployments d JOIN environments e ON e.id = d.environment_id WHERE e.name = "
                           u"'production' AND d.status = 'succeeded' AND EXISTS (SELECT 1 FROM deployments o WHERE "
                           u"o.service_id = d.service_id AND o.environment_id = d.environment_id AND o.status = "
                           u"'succeeded' AND o.version = d.version AND o.finished_at < d.finished_at)"_s));
        int rollbacks = 0;
        while (query.next()) {
            ++rollbacks;
            const QString id = query.value(0).toString();
            const QString service = query.value(1).toString();
            const QString started = query.value(4).toString();
            const QString finished = query.value(5).toString();
            const QString production = u"SELECT %2 FROM deployments o JOIN environments e ON e.id = o.environment_id "
                                       u"WHERE e.name = 'production' AND o.status = 'succeeded' AND o.service_id = "
                                       u"%1 AND o.finished_at < %3 ORDER BY o.finished_at DESC LIMIT 1 OFFSET %4"_s;
            // The deployment before the rollback is the bad one, blamed by an incident open during the rollback and
            // resolved after it; the one before that shipped the version the rollback deploys again.
            const qint64 bad = scalar(db(), production.arg(service, u"o.id"_s, finished, u"0"_s));
            QVERIFY(bad > 0);
            QCOMPARE(scalar(db(), u"SELECT count(*) FROM incidents WHERE deployment_id = %1 AND started_at < %2 AND "
                                  u"resolved_at >= %3"_s.arg(bad)
                                      .arg(started, finished)),
                     1);
            const qint64 before = scalar(db(), production.arg(service, u"o.id"_s, finished, u"1"_s));
            QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployments o WHERE o.id = %1 AND o.version = '%2' AND "
                                  u"o.commit_oid = '%3'"_s.arg(before)
                                      .arg(query.value(2).toString(), query.value(3).toString())),
                     1);
            // Deployed by hand from main, through the change approval only. (What it ships follows from the commit
            // graph like any deployment's: deployedCommitsFollowTheCommitGraph() checks it.)
            QCOMPARE(scalar(db(), u"SELECT count(*) FROM deployments d JOIN pipeline_runs r ON r.id = d.run_id WHERE "
                                  u"d.id = %1 AND r.branch = 'main' AND r.event = 'workflow_dispatch' AND (SELECT "
                                  u"group_concat(j.name) FROM jobs j WHERE j.run_id = r.id) = "
                                  u"'change-approval,deploy-production'"_s.arg(id)),
                     1);
        }
        const qint64 incidents = scalar(db(), u"SELECT count(*) FROM incidents"_s);
        QVERIFY2(rollbacks >= 1 && rollbacks * 3 <= incidents,
                 qPrintable(u"%1 rollbacks, %2 incidents"_s.arg(rollbacks).arg(incidents)));
    }

    void isDeterministic()
    {
        auto again = store::Workspace::create(m_dir.filePath(u"again.flowdeck"_s));
        QVERIFY(again);
        QVERIFY(demo::generateDemo(**again, {.end = demoEnd}));
        QCOMPARE(contentDigest((*again)->connection()), contentDigest(db()));

        auto other = store::Workspace::create(m_dir.filePath(u"other-seed.flowdeck"_s));
        QVERIFY(other);
        QVERIFY(demo::generateDemo(**other, {.seed = 7, .end = demoEnd}));
        QVERIFY(contentDigest((*other)->connection()) != contentDigest(db()));
    }

    void refusesAWorkspaceWithData()
    {
        const QByteArray before = contentDigest(db());
        auto result = demo::generateDemo(*m_demo, {.end = demoEnd});
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains(u"empty workspace"_s));
        QCOMPARE(contentDigest(db()), before);
    }

    void cancelStoresNothing()
    {
        auto workspace = store::Workspace::create(m_dir.filePath(u"canceled.flowdeck"_s));
        QVERIFY(workspace);
        std::atomic_bool cancel = false;
        int reports = 0;
        TaskControl control(
            [&](qint64 done, qint64 total) {
                ++reports;
                QCOMPARE(total, 6);
                if (done == 2)
                    cancel = true;
            },
            &cancel);
        auto result = demo::generateDemo(**workspace, {.end = demoEnd}, control);
        QVERIFY(!result);
        QCOMPARE(result.errorMessage(), TaskControl::canceledMessage());
        QCOMPARE(reports, 2);
        QCOMPARE(scalar((*workspace)->connection(), u"SELECT count(*) FROM commits"_s), 0);
        QCOMPARE(scalar((*workspace)->connection(), u"SELECT count(*) FROM environments"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
