// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck metrics ...` as a separate process on a workspace written here row by row, and on the demo
// workspace, and checks what it prints. The expected figures are worked out by hand in the comments, from the rows
// and the definitions of docs/metrics.md. A copy of the hand-built workspace on the test PostgreSQL server gives the
// same figures.
#include "fixturerows.h"
#include "fixturetime.h"
#include "jsontesting.h"
#include "postgresqltesting.h"
#include "programrun.h"
#include "rowinserter.h"
#include "store/query.h"
#include "store/workspace.h"
#include "store/workspacecopy.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

/// A moment of March 2024 (or of another month), UTC.
Timestamp at(int day, int hour, int minute = 0, int month = 3)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

using testing::parseObject;

/// The line of `text` that starts with `label` followed by at least two spaces, with its runs of spaces made one.
QString tableLine(const QString &text, const QString &label)
{
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(label + u"  "_s))
            return line.simplified();
    }
    return {};
}

} // namespace

class TestMetricsCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneService();
    void oneServiceOnAServer();
    void keysInDocumentedOrder();
    void allServices();
    void committerTime();
    void hotfixPattern();
    void optionsKeptInTheWorkspace();
    void benchmark2021();
    void periodEndIsExcluded();
    void periodWithoutData();
    void defaultPeriod();
    void table();
    void openIncident();
    void unknownService();
    void usageErrors_data();
    void usageErrors();
    void unreadableWorkspace();
    void demoWorkspace();

private:
    Run run(const QStringList &arguments, const QString &password = {}) const;
    /// `flowdeck metrics -w <the hand-built workspace> --from 2024-03-01 --to 2024-03-15 --json` and more; on
    /// `workspace` (with `password` as PGPASSWORD) instead where given.
    QJsonObject march(const QStringList &more, const QString &workspace = {}, const QString &password = {});
    /// Checks the figures of shop in March 1-14 worked out by hand.
    static void compareShop(const QJsonObject &json);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_workspace;
};

void TestMetricsCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    // Headless: no display at all is needed.
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);

    m_workspace = m_dir.filePath(u"shop.flowdeck"_s);
    auto created = store::Workspace::create(m_workspace);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    testing::RowInserter in(**created);

    Repository repository;
    repository.name = u"retail"_s;
    const Id repo = in.add(repository);
    const Id shop = in.add(Service{0, u"shop"_s, {}, repo});
    const Id search = in.add(Service{0, u"search"_s, {}, repo});
    const Id staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 1});
    const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 2});

    // Commits, by author time; committer time the same unless set.
    const auto commit = [&](char c, Timestamp authored, const QString &summary = {},
                            OptionalTime committed = std::nullopt) {
        Commit row = testing::commitRow(repo, testing::oidOf(c), authored);
        if (!summary.isEmpty())
            row.summary = summary;
        if (committed)
            row.committerTime = *committed;
        return in.add(row);
    };
    const Id c0 = commit('0', at(19, 10, 0, 2));
    const Id c1 = commit('1', at(1, 10));
    const Id c2 = commit('2', at(2, 4), u"Quick fix: tax rounding"_s);
    // Rebased two days after it was written: its committer time is a day before its deployment.
    const Id c3 = commit('3', at(3, 12), {}, at(4, 12));
    const Id c4 = commit('4', at(8, 21));
    // Written an hour after the deployment that shipped it (a wrong clock): a span <= 0.
    const Id c5 = commit('5', at(9, 10));
    const Id c6 = commit('6', at(5, 13, 30), u"Fix the null check in the cart"_s);
    const Id c7 = commit('7', at(12, 11));
    const Id c8 = commit('8', at(13, 18));
    const Id c9 = commit('9', at(5, 9));

    const auto deploy = [&](Id service, Id environment, const QString &version, const char *status, Timestamp finished,
                            const QList<Id> &commits, OptionalId run = std::nullopt) {
        Deployment row =
            testing::deploymentRow(service, environment, version, status, finished - 10 * testing::minute, finished);
        row.runId = run;
        const Id id = in.add(row);
        for (const Id c : commits)
            in.add(DeploymentCommit{id, c});
        return id;
    };

    // Pipeline runs: R1 of shop, queue 10 + 20 min and work 30 + 20 min; R2 of search, queue 30 and work 10 min;
    // R3 of shop, on a hotfix branch, without jobs.
    PipelineRun r1 = testing::runRow(Status::Succeeded, at(5, 10), at(5, 10), at(5, 11));
    r1.serviceId = shop;
    const Id run1 = in.add(r1);
    in.add(testing::jobRow(run1, u"build"_s, Status::Succeeded, at(5, 10), at(5, 10, 10), at(5, 10, 40)));
    in.add(testing::jobRow(run1, u"test"_s, Status::Succeeded, at(5, 10, 40), at(5, 11), at(5, 11, 20)));
    PipelineRun r2 = testing::runRow(Status::Succeeded, at(6, 7), at(6, 7), at(6, 8));
    r2.serviceId = search;
    const Id run2 = in.add(r2);
    in.add(testing::jobRow(run2, u"build"_s, Status::Succeeded, at(6, 7), at(6, 7, 30), at(6, 7, 40)));
    PipelineRun r3 = testing::runRow(Status::Succeeded, at(13, 10), at(13, 10), at(13, 10, 30));
    r3.serviceId = shop;
    r3.branch = u"hotfix/login"_s;
    const Id run3 = in.add(r3);

    // shop. P0 before the period.
    deploy(shop, production, u"0.9"_s, Status::Succeeded, at(20, 10, 0, 2), {c0});
    deploy(shop, staging, u"1.0"_s, Status::Succeeded, at(1, 20), {c1, c2});
    deploy(shop, production, u"1.0"_s, Status::Succeeded, at(2, 10), {c1, c2}); // P1
    const Id p2 = deploy(shop, production, u"1.1"_s, Status::Succeeded, at(5, 12), {c3});
    deploy(shop, production, u"1.1.1"_s, Status::Succeeded, at(5, 14, 30), {c6});  // P3, fixes I1
    deploy(shop, production, u"1.2"_s, Status::Failed, at(9, 8, 30), {});          // P4
    deploy(shop, production, u"1.2"_s, Status::Succeeded, at(9, 9), {c4, c5});     // P5
    deploy(shop, production, u"1.1.1"_s, Status::Succeeded, at(11, 16), {});       // P6 rolls P5 back
    deploy(shop, production, u"1.3"_s, Status::Succeeded, at(13, 11), {c7}, run3); // P7
    deploy(shop, staging, u"1.4"_s, Status::Succeeded, at(14, 10), {c8});
    deploy(shop, production, u"1.4"_s, Status::Succeeded, at(15, 0), {c8}); // P8, at the period's end
    // search.
    deploy(search, production, u"5.0"_s, Status::Succeeded, at(6, 9), {c9}); // Q1

    // I1 names P2; I2 names no deployment and is blamed on search's last deployment before it, Q1.
    Incident i1 = testing::incidentRow(shop, u"Cart errors"_s, at(5, 13), at(5, 15));
    i1.deploymentId = p2;
    in.add(i1);
    in.add(testing::incidentRow(search, u"Slow search"_s, at(7, 10), at(7, 12)));

    // Pull requests of retail: the first commit's time, opened, merged and the commit the merge left on main.
    int number = 0;
    const auto pullRequest = [&](OptionalTime firstCommit, Timestamp opened, OptionalTime merged,
                                 std::optional<char> mergeCommit) {
        PullRequest row;
        row.repositoryId = repo;
        row.number = ++number;
        row.title = u"Change %1"_s.arg(number);
        row.author = u"ada"_s;
        row.headBranch = u"feature/%1"_s.arg(number);
        row.baseBranch = u"main"_s;
        row.createdAt = opened;
        row.mergedAt = merged;
        row.closedAt = merged;
        if (mergeCommit)
            row.mergeCommitOid = testing::oidOf(*mergeCommit);
        row.firstCommitAt = firstCommit;
        row.source = u"test"_s;
        row.externalId = u"pr-%1"_s.arg(number);
        in.add(row);
    };
    // #1, squash-merged: its commits were folded into c6, written at the merge, which P3 shipped. Coding Mar 5
    // 12:00 -> 13:00 = 1 h, review 13:00 -> 13:30 = 0.5 h, deploy 13:30 -> P3 at 14:30 = 1 h, total 2.5 h.
    pullRequest(at(5, 12), at(5, 13), at(5, 13, 30), '6');
    // #2, merged as c7, shipped by P7 (Mar 13 11:00). Coding Mar 10 09:00 -> Mar 11 09:00 = 24 h, review -> Mar 12
    // 11:00 = 26 h, deploy 24 h, total 74 h.
    pullRequest(at(10, 9), at(11, 9), at(12, 11), '7');
    // #3, merged as c4, shipped by P5 (Mar 9 09:00), its first commit unknown: no coding. Review Mar 7 21:00 -> Mar
    // 8 21:00 = 24 h, deploy 12 h, total from the opening 36 h.
    pullRequest(std::nullopt, at(7, 21), at(8, 21), '4');
    // #4, opened (Feb 29 10:00) before its first commit (Feb 29 12:00): no coding. Merged as c1 on Mar 1 10:00,
    // review 24 h; shipped by P1 (Mar 2 10:00), deploy 24 h; total from the opening 48 h.
    pullRequest(at(29, 12, 0, 2), at(29, 10, 0, 2), at(1, 10), '1');
    // #5, rebased onto main: c3 is the commit it left there (committed at the merge, Mar 4 12:00), shipped by P2
    // (Mar 5 12:00). Coding Mar 3 12:00 -> 18:00 = 6 h, review -> Mar 4 12:00 = 18 h, deploy 24 h, total 48 h.
    pullRequest(at(3, 12), at(3, 18), at(4, 12), '3');
    // #6, merged as c8, which reached production with P8 at the period's end (Mar 15 00:00): outside March 1-14.
    // Coding Mar 12 09:00 -> Mar 13 09:00 = 24 h, review -> 18:00 = 9 h, deploy -> Mar 15 00:00 = 30 h, total 63 h.
    pullRequest(at(12, 9), at(13, 9), at(13, 18), '8');
    // #7, of search: merged as c9, shipped by Q1 (Mar 6 09:00). Coding Mar 4 09:00 -> 21:00 = 12 h, review -> Mar 5
    // 09:00 = 12 h, deploy 24 h, total 48 h.
    pullRequest(at(4, 9), at(4, 21), at(5, 9), '9');
    // #8 is still open; #9 was merged as a commit no deployment shipped. Neither counts.
    pullRequest(at(6, 9), at(6, 10), std::nullopt, std::nullopt);
    pullRequest(at(6, 9), at(6, 10), at(6, 12), 'e');
    QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
}

Run TestMetricsCommand::run(const QStringList &arguments, const QString &password) const
{
    QProcessEnvironment environment = m_environment;
    if (!password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, password);
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), QStringList{u"metrics"_s} + arguments,
                                         environment, m_dir.path());
}

QJsonObject TestMetricsCommand::march(const QStringList &more, const QString &workspace, const QString &password)
{
    const Run result = run(QStringList{u"-w"_s, workspace.isEmpty() ? m_workspace : workspace, u"--from"_s,
                                       u"2024-03-01"_s, u"--to"_s, u"2024-03-15"_s, u"--json"_s} +
                               more,
                           password);
    if (result.exitCode != 0)
        qWarning() << "exit code" << result.exitCode << result.err;
    return parseObject(result.out);
}

void TestMetricsCommand::oneService()
{
    compareShop(march({u"--service"_s, u"shop"_s}));
}

void TestMetricsCommand::oneServiceOnAServer()
{
    // The hand-built workspace copied to a database of its own on the test server: the same figures, worked out
    // by hand, for shop, and the same JSON as the file's for every service and for search.
    testing::PostgreSqlTestDatabase database(u"metricscommand"_s);
    FLOWDECK_REQUIRE_POSTGRESQL(database);
    {
        auto file = store::Workspace::open(m_workspace, {.readOnly = true});
        QVERIFY2(file, qPrintable(file.errorMessage()));
        auto server = store::Workspace::create(database.address(), database.options());
        QVERIFY2(server, qPrintable(server.errorMessage()));
        auto copied = store::WorkspaceCopy::copy(**file, **server);
        QVERIFY2(copied, qPrintable(copied.errorMessage()));
    }
    const QJsonObject shop = march({u"--service"_s, u"shop"_s}, database.address(), database.password());
    compareShop(shop);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(shop, march({u"--service"_s, u"shop"_s}));
    QCOMPARE(march({}, database.address(), database.password()), march({}));
    QCOMPARE(march({u"--service"_s, u"search"_s}, database.address(), database.password()),
             march({u"--service"_s, u"search"_s}));
}

void TestMetricsCommand::compareShop(const QJsonObject &json)
{
    QCOMPARE(json.value(u"from"_s).toString(), u"2024-03-01"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"2024-03-15"_s);
    QCOMPARE(json.value(u"services"_s).toArray(), (QJsonArray{u"shop"_s}));
    QCOMPARE(json.value(u"benchmark"_s).toString(), u"2024"_s);

    // Successful production deployments of shop finishing in [Mar 1, Mar 15): P1 (Mar 2), P2 and P3 (Mar 5), P5
    // (Mar 9), P6 (Mar 11), P7 (Mar 13); not P0 (February), P4 (failed), P8 (Mar 15 00:00), nor staging.
    // 6 in 14 days: 3/7 per day, 3 per week. Days with one: Mar 2 and 5 in the first week, Mar 9, 11 and 13 in
    // the second: the median of 2 and 3 is 2.5. 3/7 per day is at least once a week: high.
    const QJsonObject frequency = json.value(u"deployment_frequency"_s).toObject();
    QCOMPARE(frequency.value(u"deployments"_s).toInt(), 6);
    COMPARE_NEAR(frequency.value(u"per_day"_s), 3.0 / 7.0);
    COMPARE_NEAR(frequency.value(u"per_week"_s), 3.0);
    COMPARE_NEAR(frequency.value(u"median_deploy_days_per_week"_s), 2.5);
    QCOMPARE(frequency.value(u"level"_s).toString(), u"high"_s);

    // Lead times from author time: c1 24 h, c2 6 h (P1); c3 48 h (P2); c6 1 h (P3); c4 12 h (P5); c7 24 h (P7);
    // c5 -1 h is left out. Sorted 1, 6, 12, 24, 24, 48: the median at rank 2.5 is (12 + 24) / 2 = 18, the 85th
    // percentile at rank 4.25 is 24 + 0.25 * 24 = 30, the mean 115 / 6. A median under a day is elite.
    const QJsonObject leadTime = json.value(u"lead_time_for_changes"_s).toObject();
    QCOMPARE(leadTime.value(u"changes"_s).toInt(), 6);
    QCOMPARE(leadTime.value(u"excluded"_s).toInt(), 1);
    COMPARE_NEAR(leadTime.value(u"median_hours"_s), 18.0);
    COMPARE_NEAR(leadTime.value(u"p85_hours"_s), 30.0);
    COMPARE_NEAR(leadTime.value(u"mean_hours"_s), 115.0 / 6.0);
    QCOMPARE(leadTime.value(u"level"_s).toString(), u"elite"_s);

    // P2 caused I1; P5 was rolled back by P6 (1.1.1 had been deployed before P5): 2 of 6, over 20 %: low.
    const QJsonObject failures = json.value(u"change_failure_rate"_s).toObject();
    QCOMPARE(failures.value(u"deployments"_s).toInt(), 6);
    QCOMPARE(failures.value(u"failed"_s).toInt(), 2);
    COMPARE_NEAR(failures.value(u"rate"_s), 2.0 / 6.0);
    QCOMPARE(failures.value(u"level"_s).toString(), u"low"_s);

    // P2 recovered when I1 was resolved, 12:00 -> 15:00 = 3 h; P5 when P6 finished, Mar 9 09:00 -> Mar 11 16:00 =
    // 55 h. Median (3 + 55) / 2 = 29, 85th percentile at rank 0.85: 3 + 0.85 * 52 = 47.2. Over a day: low.
    const QJsonObject recovery = json.value(u"failed_deployment_recovery_time"_s).toObject();
    QCOMPARE(recovery.value(u"recoveries"_s).toInt(), 2);
    COMPARE_NEAR(recovery.value(u"median_hours"_s), 29.0);
    COMPARE_NEAR(recovery.value(u"p85_hours"_s), 47.2);
    QCOMPARE(recovery.value(u"level"_s).toString(), u"low"_s);

    // Rework: P3 shipped I1's fix (it finished while I1 was open), P6 is a rollback, P7's run is on a branch
    // matching "hotfix": 3 of 6.
    const QJsonObject rework = json.value(u"rework_rate"_s).toObject();
    QCOMPARE(rework.value(u"deployments"_s).toInt(), 6);
    QCOMPARE(rework.value(u"rework"_s).toInt(), 3);
    COMPARE_NEAR(rework.value(u"rate"_s), 0.5);

    // Flow: 7 changes shipped in the period (c5 counts here), in 2 weeks: 3.5 a week. c8 is in staging and reached
    // production only at the period's end: 1 in progress. Runs of shop finishing in the period: R1 works 50 of
    // 80 min, R3 has no jobs: 0.625.
    const QJsonObject flow = json.value(u"flow"_s).toObject();
    COMPARE_NEAR(flow.value(u"throughput_per_week"_s), 3.5);
    COMPARE_NEAR(flow.value(u"flow_efficiency"_s), 0.625);
    QCOMPARE(flow.value(u"wip_now"_s).toInt(), 1);

    // Pull requests of shop first deployed in the period: #1 to #5 (#6 at the period's end, #7 is search's, #8
    // open, #9 never shipped). Coding of #1, #2, #5: 1, 6, 24: median 6, 85th percentile at rank 1.7: 6 + 0.7 * 18.
    // Review 0.5, 18, 24, 24, 26: median 24, rank 3.4: 24 + 0.4 * 2. Deploy 1, 12, 24, 24, 24: median and 85th
    // percentile 24. Total 2.5, 36, 48, 48, 74: median 48, rank 3.4: 48 + 0.4 * 26, mean 208.5 / 5.
    const QJsonObject byPullRequest = json.value(u"lead_time_by_pull_request"_s).toObject();
    QCOMPARE(byPullRequest.value(u"pull_requests"_s).toInt(), 5);
    const QJsonObject coding = byPullRequest.value(u"coding"_s).toObject();
    COMPARE_NEAR(coding.value(u"median_hours"_s), 6.0);
    COMPARE_NEAR(coding.value(u"p85_hours"_s), 18.6);
    QCOMPARE(coding.keys(), (QStringList{u"median_hours"_s, u"p85_hours"_s}));
    const QJsonObject review = byPullRequest.value(u"review"_s).toObject();
    COMPARE_NEAR(review.value(u"median_hours"_s), 24.0);
    COMPARE_NEAR(review.value(u"p85_hours"_s), 24.8);
    const QJsonObject deploy = byPullRequest.value(u"deploy"_s).toObject();
    COMPARE_NEAR(deploy.value(u"median_hours"_s), 24.0);
    COMPARE_NEAR(deploy.value(u"p85_hours"_s), 24.0);
    const QJsonObject total = byPullRequest.value(u"total"_s).toObject();
    COMPARE_NEAR(total.value(u"median_hours"_s), 48.0);
    COMPARE_NEAR(total.value(u"p85_hours"_s), 58.4);
    COMPARE_NEAR(total.value(u"mean_hours"_s), 41.7);
}

void TestMetricsCommand::keysInDocumentedOrder()
{
    const Run result = run({u"-w"_s, m_workspace, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-15"_s,
                            u"--service"_s, u"search"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    QStringList keys;
    static const QRegularExpression key(u"\"([a-z_0-9]+)\":"_s);
    for (auto match = key.globalMatch(result.text()); match.hasNext();)
        keys.append(match.next().captured(1));
    const QStringList expected = {
        u"from"_s,
        u"to"_s,
        u"services"_s,
        u"benchmark"_s,
        u"deployment_frequency"_s,
        u"deployments"_s,
        u"per_day"_s,
        u"per_week"_s,
        u"median_deploy_days_per_week"_s,
        u"level"_s,
        u"lead_time_for_changes"_s,
        u"changes"_s,
        u"excluded"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"mean_hours"_s,
        u"level"_s,
        u"lead_time_by_pull_request"_s,
        u"pull_requests"_s,
        u"coding"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"review"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"deploy"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"total"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"mean_hours"_s,
        u"change_failure_rate"_s,
        u"deployments"_s,
        u"failed"_s,
        u"rate"_s,
        u"level"_s,
        u"failed_deployment_recovery_time"_s,
        u"recoveries"_s,
        u"median_hours"_s,
        u"p85_hours"_s,
        u"level"_s,
        u"rework_rate"_s,
        u"deployments"_s,
        u"rework"_s,
        u"rate"_s,
        u"flow"_s,
        u"throughput_per_week"_s,
        u"flow_efficiency"_s,
        u"wip_now"_s,
    };
    QCOMPARE(keys, expected);
    QVERIFY(result.out.endsWith("}\n"));
}

void TestMetricsCommand::allServices()
{
    QJsonObject all = march({});
    QCOMPARE(all.value(u"services"_s).toArray(), QJsonArray());
    // Q1 of search adds a deployment (on Mar 6: 3 days in the first week), the change c9 (24 h), a failure (I2,
    // blamed on Q1, resolved Mar 7 12:00: 27 h after Q1), and the run R2 (work 10 of 40 min).
    const QJsonObject frequency = all.value(u"deployment_frequency"_s).toObject();
    QCOMPARE(frequency.value(u"deployments"_s).toInt(), 7);
    COMPARE_NEAR(frequency.value(u"per_day"_s), 0.5);
    COMPARE_NEAR(frequency.value(u"median_deploy_days_per_week"_s), 3.0);
    // 1, 6, 12, 24, 24, 24, 48: median 24, 85th percentile at rank 5.1: 24 + 0.1 * 24, mean 139 / 7.
    const QJsonObject leadTime = all.value(u"lead_time_for_changes"_s).toObject();
    QCOMPARE(leadTime.value(u"changes"_s).toInt(), 7);
    COMPARE_NEAR(leadTime.value(u"median_hours"_s), 24.0);
    COMPARE_NEAR(leadTime.value(u"p85_hours"_s), 26.4);
    COMPARE_NEAR(leadTime.value(u"mean_hours"_s), 139.0 / 7.0);
    QCOMPARE(all.value(u"change_failure_rate"_s).toObject().value(u"failed"_s).toInt(), 3);
    // 3, 27, 55: median 27, 85th percentile at rank 1.7: 27 + 0.7 * 28.
    const QJsonObject recovery = all.value(u"failed_deployment_recovery_time"_s).toObject();
    COMPARE_NEAR(recovery.value(u"median_hours"_s), 27.0);
    COMPARE_NEAR(recovery.value(u"p85_hours"_s), 46.6);
    QCOMPARE(all.value(u"rework_rate"_s).toObject().value(u"rework"_s).toInt(), 3);
    const QJsonObject flow = all.value(u"flow"_s).toObject();
    COMPARE_NEAR(flow.value(u"throughput_per_week"_s), 4.0);
    COMPARE_NEAR(flow.value(u"flow_efficiency"_s), 0.5);
    // #7 of search joins: coding 1, 6, 12, 24: median 9, rank 2.55: 12 + 0.55 * 12; review 0.5, 12, 18, 24, 24, 26:
    // median 21, rank 4.25: 24 + 0.25 * 2; deploy 1, 12, 24, 24, 24, 24: 24 and 24; total 2.5, 36, 48, 48, 48, 74:
    // median 48, rank 4.25: 48 + 0.25 * 26, mean 256.5 / 6.
    const QJsonObject byPullRequest = all.value(u"lead_time_by_pull_request"_s).toObject();
    QCOMPARE(byPullRequest.value(u"pull_requests"_s).toInt(), 6);
    COMPARE_NEAR(byPullRequest.value(u"coding"_s).toObject().value(u"median_hours"_s), 9.0);
    COMPARE_NEAR(byPullRequest.value(u"coding"_s).toObject().value(u"p85_hours"_s), 18.6);
    COMPARE_NEAR(byPullRequest.value(u"review"_s).toObject().value(u"median_hours"_s), 21.0);
    COMPARE_NEAR(byPullRequest.value(u"review"_s).toObject().value(u"p85_hours"_s), 24.5);
    COMPARE_NEAR(byPullRequest.value(u"deploy"_s).toObject().value(u"median_hours"_s), 24.0);
    COMPARE_NEAR(byPullRequest.value(u"total"_s).toObject().value(u"median_hours"_s), 48.0);
    COMPARE_NEAR(byPullRequest.value(u"total"_s).toObject().value(u"p85_hours"_s), 54.5);
    COMPARE_NEAR(byPullRequest.value(u"total"_s).toObject().value(u"mean_hours"_s), 42.75);

    // Both services by name are every service, listed as given, each once.
    QJsonObject both = march({u"--service"_s, u"shop"_s, u"--service"_s, u"search"_s, u"--service"_s, u"shop"_s});
    QCOMPARE(both.value(u"services"_s).toArray(), (QJsonArray{u"shop"_s, u"search"_s}));
    both.remove(u"services"_s);
    all.remove(u"services"_s);
    QCOMPARE(both, all);
}

void TestMetricsCommand::committerTime()
{
    // c3's committer time is Mar 4 12:00, 24 h before P2 instead of 48: 1, 6, 12, 24, 24, 24. The median stays 18,
    // the 85th percentile is 24, the mean 91 / 6.
    const QJsonObject json = march({u"--service"_s, u"shop"_s, u"--committer-time"_s});
    const QJsonObject leadTime = json.value(u"lead_time_for_changes"_s).toObject();
    QCOMPARE(leadTime.value(u"changes"_s).toInt(), 6);
    COMPARE_NEAR(leadTime.value(u"median_hours"_s), 18.0);
    COMPARE_NEAR(leadTime.value(u"p85_hours"_s), 24.0);
    COMPARE_NEAR(leadTime.value(u"mean_hours"_s), 91.0 / 6.0);
}

void TestMetricsCommand::hotfixPattern()
{
    // A pattern that matches nothing leaves the incident fix P3 and the rollback P6.
    QJsonObject rework =
        march({u"--service"_s, u"shop"_s, u"--hotfix-pattern"_s, u"^release/"_s}).value(u"rework_rate"_s).toObject();
    QCOMPARE(rework.value(u"rework"_s).toInt(), 2);
    COMPARE_NEAR(rework.value(u"rate"_s), 2.0 / 6.0);
    // So does an empty one.
    rework = march({u"--service"_s, u"shop"_s, u"--hotfix-pattern"_s, QString()}).value(u"rework_rate"_s).toObject();
    QCOMPARE(rework.value(u"rework"_s).toInt(), 2);
    // Case-insensitive, on commit summaries too: c2 "Quick fix: tax rounding" makes P1 rework, the branch P7.
    rework = march({u"--service"_s, u"shop"_s, u"--hotfix-pattern"_s, u"QUICK FIX|hotfix"_s})
                 .value(u"rework_rate"_s)
                 .toObject();
    QCOMPARE(rework.value(u"rework"_s).toInt(), 4);
    COMPARE_NEAR(rework.value(u"rate"_s), 4.0 / 6.0);
}

void TestMetricsCommand::optionsKeptInTheWorkspace()
{
    // A copy of the workspace that keeps the Metrics page's options: committer time, and a pattern that matches
    // nothing, so that only the incident fix P3 and the rollback P6 are rework (3 of 6 with "hotfix").
    const QString kept = m_dir.filePath(u"kept.flowdeck"_s);
    {
        auto opened = store::Workspace::open(m_workspace, {.readOnly = true});
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY((*opened)->saveCopyAs(kept));
        auto copy = store::Workspace::open(kept);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QVERIFY((*copy)->setSetting(u"metrics.hotfix_pattern"_s, u"^release/"_s));
        QVERIFY((*copy)->setSetting(u"metrics.lead_time_from"_s, u"committer"_s));
    }
    const auto metricsOf = [&](const QStringList &more) {
        const Run result = run(
            QStringList{u"-w"_s, kept, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-15"_s, u"--json"_s} + more);
        if (result.exitCode != 0)
            qWarning() << "exit code" << result.exitCode << result.err;
        return parseObject(result.out);
    };
    QJsonObject json = metricsOf({u"--service"_s, u"shop"_s});
    QCOMPARE(json.value(u"rework_rate"_s).toObject().value(u"rework"_s).toInt(), 2);
    // Committer time, as in committerTime(): the mean is 91 / 6 h.
    COMPARE_NEAR(json.value(u"lead_time_for_changes"_s).toObject().value(u"mean_hours"_s), 91.0 / 6.0);

    // The command line's pattern wins over the workspace's.
    json = metricsOf({u"--service"_s, u"shop"_s, u"--hotfix-pattern"_s, u"hotfix"_s});
    QCOMPARE(json.value(u"rework_rate"_s).toObject().value(u"rework"_s).toInt(), 3);

    // A pattern kept that is no regular expression is named, with the setting.
    {
        auto copy = store::Workspace::open(kept);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QVERIFY((*copy)->setSetting(u"metrics.hotfix_pattern"_s, u"(release"_s));
    }
    const Run bad = run({u"-w"_s, kept, u"--service"_s, u"shop"_s});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(u"metrics.hotfix_pattern"_s) && bad.err.contains(u"(release"_s), qPrintable(bad.err));
    QCOMPARE(run({u"-w"_s, kept, u"--service"_s, u"shop"_s, u"--hotfix-pattern"_s, u"hotfix"_s}).exitCode, 0);
}

void TestMetricsCommand::benchmark2021()
{
    // DORA 2021: a lead time of 18 h is above elite's hour: high; a recovery of 29 h within a week: medium.
    const QJsonObject json = march({u"--service"_s, u"shop"_s, u"--benchmark"_s, u"2021"_s});
    QCOMPARE(json.value(u"benchmark"_s).toString(), u"2021"_s);
    QCOMPARE(json.value(u"lead_time_for_changes"_s).toObject().value(u"level"_s).toString(), u"high"_s);
    QCOMPARE(json.value(u"failed_deployment_recovery_time"_s).toObject().value(u"level"_s).toString(), u"medium"_s);
    COMPARE_NEAR(json.value(u"lead_time_for_changes"_s).toObject().value(u"median_hours"_s), 18.0);
    QCOMPARE(json.value(u"deployment_frequency"_s).toObject().value(u"level"_s).toString(), u"high"_s);
}

void TestMetricsCommand::periodEndIsExcluded()
{
    // P8 finished at 2024-03-15 00:00, the start of --to's day, so oneService() left it out. --to 2024-03-16 takes
    // it in: 7 deployments in 15 days, c8 shipped (Mar 13 18:00 -> Mar 15 00:00), nothing in progress.
    const Run result = run({u"-w"_s, m_workspace, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-16"_s,
                            u"--service"_s, u"shop"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseObject(result.out);
    QCOMPARE(json.value(u"to"_s).toString(), u"2024-03-16"_s);
    QCOMPARE(json.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 7);
    COMPARE_NEAR(json.value(u"deployment_frequency"_s).toObject().value(u"per_day"_s), 7.0 / 15.0);
    QCOMPARE(json.value(u"lead_time_for_changes"_s).toObject().value(u"changes"_s).toInt(), 7);
    QCOMPARE(json.value(u"flow"_s).toObject().value(u"wip_now"_s).toInt(), 0);
    // And pull request #6, which c8 merged: coding 1, 6, 24, 24: median 15; deploy 1, 12, 24, 24, 24, 30: median 24,
    // rank 4.25: 24 + 0.25 * 6.
    const QJsonObject byPullRequest = json.value(u"lead_time_by_pull_request"_s).toObject();
    QCOMPARE(byPullRequest.value(u"pull_requests"_s).toInt(), 6);
    COMPARE_NEAR(byPullRequest.value(u"coding"_s).toObject().value(u"median_hours"_s), 15.0);
    COMPARE_NEAR(byPullRequest.value(u"deploy"_s).toObject().value(u"p85_hours"_s), 25.5);
}

void TestMetricsCommand::periodWithoutData()
{
    // January 2024: no deployment, change, failure or run. Counts are 0, what has no value is null.
    const Run result =
        run({u"-w"_s, m_workspace, u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-02-01"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseObject(result.out);
    const QJsonObject leadTime = json.value(u"lead_time_for_changes"_s).toObject();
    QCOMPARE(leadTime.value(u"changes"_s).toInt(), 0);
    QVERIFY(leadTime.value(u"median_hours"_s).isNull());
    QVERIFY(leadTime.value(u"p85_hours"_s).isNull());
    QVERIFY(leadTime.value(u"mean_hours"_s).isNull());
    QVERIFY(leadTime.value(u"level"_s).isNull());
    const QJsonObject failures = json.value(u"change_failure_rate"_s).toObject();
    QCOMPARE(failures.value(u"deployments"_s).toInt(), 0);
    QVERIFY(failures.value(u"rate"_s).isNull());
    QVERIFY(failures.value(u"level"_s).isNull());
    QVERIFY(json.value(u"failed_deployment_recovery_time"_s).toObject().value(u"median_hours"_s).isNull());
    QVERIFY(json.value(u"failed_deployment_recovery_time"_s).toObject().value(u"level"_s).isNull());
    QVERIFY(json.value(u"rework_rate"_s).toObject().value(u"rate"_s).isNull());
    QVERIFY(json.value(u"flow"_s).toObject().value(u"flow_efficiency"_s).isNull());
    QCOMPARE(json.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 0);
    COMPARE_NEAR(json.value(u"deployment_frequency"_s).toObject().value(u"per_day"_s), 0.0);
    const QJsonObject byPullRequest = json.value(u"lead_time_by_pull_request"_s).toObject();
    QCOMPARE(byPullRequest.value(u"pull_requests"_s).toInt(), 0);
    for (const QString &phase : {u"coding"_s, u"review"_s, u"deploy"_s, u"total"_s}) {
        QVERIFY2(byPullRequest.value(phase).toObject().value(u"median_hours"_s).isNull(), qPrintable(phase));
        QVERIFY2(byPullRequest.value(phase).toObject().value(u"p85_hours"_s).isNull(), qPrintable(phase));
    }
    QVERIFY(byPullRequest.value(u"total"_s).toObject().value(u"mean_hours"_s).isNull());
    // The keys with null are there, not left out.
    QVERIFY(leadTime.contains(u"median_hours"_s));
    QVERIFY(byPullRequest.value(u"total"_s).toObject().contains(u"mean_hours"_s));
}

void TestMetricsCommand::defaultPeriod()
{
    // Up to tomorrow (UTC), so that today is in, and 90 days long. A run at midnight may see two dates.
    const QDate before = QDateTime::currentDateTimeUtc().date();
    const Run result = run({u"-w"_s, m_workspace, u"--json"_s});
    const QDate after = QDateTime::currentDateTimeUtc().date();
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = parseObject(result.out);
    const QDate to = QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate);
    QVERIFY2(to == before.addDays(1) || to == after.addDays(1), qPrintable(json.value(u"to"_s).toString()));
    QCOMPARE(QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate), to.addDays(-90));
    // --from alone ends tomorrow too; --to alone starts 90 days before it.
    const QJsonObject fromOnly =
        parseObject(run({u"-w"_s, m_workspace, u"--from"_s, u"2024-03-01"_s, u"--json"_s}).out);
    QCOMPARE(fromOnly.value(u"to"_s).toString(), json.value(u"to"_s).toString());
    const QJsonObject toOnly = parseObject(run({u"-w"_s, m_workspace, u"--to"_s, u"2024-03-31"_s, u"--json"_s}).out);
    QCOMPARE(toOnly.value(u"from"_s).toString(), u"2024-01-01"_s);
}

void TestMetricsCommand::table()
{
    const Run result = run(
        {u"-w"_s, m_workspace, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-15"_s, u"--service"_s, u"shop"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString text = result.text();
    QVERIFY2(text.contains(u"Services: shop\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Period: 2024-03-01 up to 2024-03-15, not including 2024-03-15 (14 days, UTC)\n"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"Levels: DORA 2024\n"_s), qPrintable(text));
    // The figures of oneService(), rounded: 3/7 = 0.43 per day; 18 h, 30 h = 1 d 6 h, 115/6 h = 19 h 10 min;
    // 33.3 %; 29 h = 1 d 5 h, 47.2 h = 1 d 23 h (12 min left out); 50 %; 3.5; 62.5 %; 1.
    const QList<std::pair<QString, QString>> expected = {
        {u"metric"_s, u"metric value level"_s},
        {u"Deployment frequency"_s, u"Deployment frequency 0.43 per day High"_s},
        {u"  deployments"_s, u"deployments 6"_s},
        {u"  per week"_s, u"per week 3"_s},
        {u"  days with a deployment per week (median)"_s, u"days with a deployment per week (median) 2.5"_s},
        {u"Lead time for changes (median)"_s, u"Lead time for changes (median) 18 h Elite"_s},
        {u"  mean"_s, u"mean 19 h 10 min"_s},
        {u"  changes"_s, u"changes 6"_s},
        {u"  left out (span of zero or less)"_s, u"left out (span of zero or less) 1"_s},
        // The pull requests of oneService(): medians 6 h, 24 h = 1 d, 24 h, 48 h = 2 d, of 5.
        {u"  coding: first commit to opened"_s, u"coding: first commit to opened 6 h"_s},
        {u"  review: opened to merged"_s, u"review: opened to merged 1 d"_s},
        {u"  deploy: merged to deployed"_s, u"deploy: merged to deployed 1 d"_s},
        {u"  total: first commit to deployed"_s, u"total: first commit to deployed 2 d"_s},
        {u"  pull requests"_s, u"pull requests 5"_s},
        {u"Change failure rate"_s, u"Change failure rate 33.3% Low"_s},
        {u"  failed of deployments"_s, u"failed of deployments 2 of 6"_s},
        {u"Failed deployment recovery time (median)"_s, u"Failed deployment recovery time (median) 1 d 5 h Low"_s},
        {u"  recoveries"_s, u"recoveries 2"_s},
        {u"Deployment rework rate"_s, u"Deployment rework rate 50%"_s},
        {u"  rework of deployments"_s, u"rework of deployments 3 of 6"_s},
        {u"Throughput (changes per week)"_s, u"Throughput (changes per week) 3.5"_s},
        {u"Flow efficiency of pipeline runs"_s, u"Flow efficiency of pipeline runs 62.5%"_s},
        {u"Work in progress now (changes)"_s, u"Work in progress now (changes) 1"_s},
    };
    for (const auto &[label, line] : expected)
        QVERIFY2(tableLine(text, label) == line, qPrintable(label + u": "_s + tableLine(text, label)));
    // The pull requests' block comes right after the lead time's, its header without a value of its own.
    const QStringList lines = text.split(u'\n');
    const qsizetype pullRequests = lines.indexOf(u"Lead time by pull request (median)"_s);
    QVERIFY2(pullRequests > 0, qPrintable(text));
    QVERIFY2(lines.at(pullRequests - 1).startsWith(u"  left out (span of zero or less)  "_s), qPrintable(text));
    QVERIFY2(lines.at(pullRequests + 1).startsWith(u"  coding: "_s), qPrintable(text));
    QVERIFY2(lines.at(pullRequests + 5).startsWith(u"  pull requests  "_s), qPrintable(text));
    QVERIFY2(lines.at(pullRequests + 6).startsWith(u"Change failure rate  "_s), qPrintable(text));
    // Both 85th percentiles, in the order of their metrics.
    QStringList percentiles;
    for (const QString &line : lines) {
        if (line.startsWith(u"  85th percentile  "_s))
            percentiles.append(line.simplified());
    }
    QCOMPARE(percentiles, (QStringList{u"85th percentile 1 d 6 h"_s, u"85th percentile 1 d 23 h"_s}));
    // The values start in one column, the one of the header "value".
    const QString header = lines.at(lines.indexOf(QRegularExpression(u"metric .*"_s)));
    const qsizetype column = header.indexOf(u"value"_s);
    QVERIFY(column > 0);
    for (const QString &line : lines) {
        if (line.startsWith(u"Deployment frequency "_s))
            QVERIFY2(line.mid(column).startsWith(u"0.43 per day"_s), qPrintable(line));
        if (line.startsWith(u"  recoveries "_s))
            QVERIFY2(line.mid(column).startsWith(u"2"_s), qPrintable(line));
    }
}

void TestMetricsCommand::openIncident()
{
    // One deployment of its own workspace, blamed for an incident that is still open: it failed and has not
    // recovered, so there is no recovery time yet, and the table says that one is open.
    const QString path = m_dir.filePath(u"open.flowdeck"_s);
    {
        auto created = store::Workspace::create(path);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        testing::RowInserter in(**created);
        const Id service = in.add(Service{0, u"billing"_s, {}, {}});
        const Id production = in.add(Environment{0, u"live"_s, QString::fromLatin1(Tier::Production), 1});
        in.add(testing::deploymentRow(service, production, u"2.0"_s, Status::Succeeded, at(4, 9), at(4, 10)));
        in.add(testing::incidentRow(service, u"Invoices missing"_s, at(4, 12), std::nullopt));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }
    const QStringList period = {u"-w"_s, path, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-03-08"_s};
    const Run json = run(period + QStringList{u"--json"_s});
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    const QJsonObject object = parseObject(json.out);
    QCOMPARE(object.value(u"change_failure_rate"_s).toObject().value(u"failed"_s).toInt(), 1);
    COMPARE_NEAR(object.value(u"change_failure_rate"_s).toObject().value(u"rate"_s), 1.0);
    const QJsonObject recovery = object.value(u"failed_deployment_recovery_time"_s).toObject();
    QCOMPARE(recovery.value(u"recoveries"_s).toInt(), 0);
    QVERIFY(recovery.value(u"median_hours"_s).isNull());
    QVERIFY(recovery.value(u"level"_s).isNull());

    const Run table = run(period);
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    QCOMPARE(tableLine(table.text(), u"  recoveries"_s), u"recoveries 0 (1 still open)"_s);
    QCOMPARE(tableLine(table.text(), u"Failed deployment recovery time (median)"_s),
             u"Failed deployment recovery time (median) — —"_s);
    QCOMPARE(tableLine(table.text(), u"Change failure rate"_s), u"Change failure rate 100% Low"_s);
}

void TestMetricsCommand::unknownService()
{
    const Run result = run({u"-w"_s, m_workspace, u"--service"_s, u"shop"_s, u"--service"_s, u"checkout"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"\"checkout\""_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"search, shop"_s), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    // Names are matched exactly.
    QCOMPARE(run({u"-w"_s, m_workspace, u"--service"_s, u"Shop"_s}).exitCode, 1);
}

void TestMetricsCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    // "W" stands for the workspace of initTestCase().
    QTest::newRow("no workspace") << QStringList{u"--json"_s} << u"-w FILE"_s;
    QTest::newRow("no such day") << QStringList{u"-w"_s, u"W"_s, u"--from"_s, u"2024-02-30"_s}
                                 << u"--from 2024-02-30"_s;
    QTest::newRow("not ISO") << QStringList{u"-w"_s, u"W"_s, u"--to"_s, u"31.03.2024"_s} << u"--to 31.03.2024"_s;
    QTest::newRow("a time") << QStringList{u"-w"_s, u"W"_s, u"--to"_s, u"2024-03-31T10:00"_s}
                            << u"--to 2024-03-31T10:00"_s;
    QTest::newRow("empty period") << QStringList{u"-w"_s,         u"W"_s,    u"--from"_s,
                                                 u"2024-03-15"_s, u"--to"_s, u"2024-03-15"_s}
                                  << u"--from 2024-03-15"_s;
    QTest::newRow("backwards") << QStringList{u"-w"_s, u"W"_s, u"--from"_s, u"2024-03-15"_s, u"--to"_s, u"2024-03-01"_s}
                               << u"--to 2024-03-01"_s;
    QTest::newRow("benchmark") << QStringList{u"-w"_s, u"W"_s, u"--benchmark"_s, u"2019"_s} << u"\"2019\""_s;
    QTest::newRow("pattern") << QStringList{u"-w"_s, u"W"_s, u"--hotfix-pattern"_s, u"(hotfix"_s}
                             << u"--hotfix-pattern (hotfix"_s;
    QTest::newRow("unknown option") << QStringList{u"-w"_s, u"W"_s, u"--since"_s, u"2024-01-01"_s} << u"since"_s;
    QTest::newRow("stray argument") << QStringList{u"-w"_s, u"W"_s, u"shop"_s} << u"shop"_s;
}

void TestMetricsCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(QRegularExpression(u"^W$"_s), m_workspace);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.startsWith(u"flowdeck metrics: "_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void TestMetricsCommand::unreadableWorkspace()
{
    const QString missing = m_dir.filePath(u"missing.flowdeck"_s);
    Run result = run({u"-w"_s, missing});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(missing), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(missing));

    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.text().contains(u"not included"_s), qPrintable(help.text()));
    QVERIFY2(help.text().contains(u"--hotfix-pattern"_s), qPrintable(help.text()));
}

void TestMetricsCommand::demoWorkspace()
{
    const QString demo = m_dir.filePath(u"demo.flowdeck"_s);
    const Run written = flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), {u"demo"_s, u"-w"_s, demo},
                                                      m_environment, m_dir.path());
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    const Run result = run({u"-w"_s, demo, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = parseObject(result.out);
    const Timestamp from =
        QDate::fromString(json.value(u"from"_s).toString(), Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    const Timestamp to =
        QDate::fromString(json.value(u"to"_s).toString(), Qt::ISODate).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(to - from, 90 * testing::day);

    auto opened = store::Workspace::open(demo, {.readOnly = true});
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    const QSqlDatabase db = (*opened)->connection();
    const auto count = [&](const QString &sql, const QVariantList &values) {
        auto query = store::runQuery(db, u"test"_s, sql, values);
        return query && query->next() ? query->value(0).toLongLong() : -1;
    };
    const qint64 deployments = count(u"SELECT count(*) FROM deployments d JOIN environments e ON e.id = "
                                     u"d.environment_id WHERE e.tier = 'production' AND d.status = 'succeeded' "
                                     u"AND d.finished_at >= ? AND d.finished_at < ?"_s,
                                     {from, to});
    QVERIFY(deployments > 0);
    const QJsonObject frequency = json.value(u"deployment_frequency"_s).toObject();
    QCOMPARE(frequency.value(u"deployments"_s).toInteger(), deployments);
    COMPARE_NEAR(frequency.value(u"per_day"_s), double(deployments) / 90.0);
    QCOMPARE(json.value(u"change_failure_rate"_s).toObject().value(u"deployments"_s).toInteger(), deployments);

    // One service of the demo: its own deployments only.
    const QString service = [&] {
        auto query = store::runQuery(db, u"test"_s, u"SELECT name FROM services ORDER BY id LIMIT 1"_s);
        return query && query->next() ? query->value(0).toString() : QString();
    }();
    QVERIFY(!service.isEmpty());
    const qint64 ofService = count(u"SELECT count(*) FROM deployments d JOIN environments e ON e.id = "
                                   u"d.environment_id JOIN services s ON s.id = d.service_id WHERE e.tier = "
                                   u"'production' AND d.status = 'succeeded' AND d.finished_at >= ? AND "
                                   u"d.finished_at < ? AND s.name = ?"_s,
                                   {from, to, service});
    const QJsonObject one = parseObject(run({u"-w"_s, demo, u"--service"_s, service, u"--json"_s}).out);
    QCOMPARE(one.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInteger(), ofService);
    QVERIFY(ofService < deployments);
}

QTEST_GUILESS_MAIN(TestMetricsCommand)
#include "tst_metricscommand.moc"
