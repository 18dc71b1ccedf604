// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturerows.h"
#include "fixturetime.h"
#include "overview/workspacesummary.h"
#include "rowinserter.h"
#include "store/workspace.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

// Committed an hour after it was written: the summary counts commits by when they were written.
Commit commit(Id repositoryId, const QString &oid, Timestamp authorTime)
{
    Commit c = commitRow(repositoryId, oid, authorTime);
    c.committerTime = authorTime + hour;
    return c;
}

const RunningVersion *findRunning(const WorkspaceSummary &summary, Id service, Id environment)
{
    for (const RunningVersion &running : summary.running) {
        if (running.serviceId == service && running.environmentId == environment)
            return &running;
    }
    return nullptr;
}

} // namespace

class TestWorkspaceSummary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;
    Id m_cart = 0;
    Id m_catalog = 0;
    Id m_search = 0;
    Id m_test = 0;
    Id m_production = 0;
    QList<Id> m_deployments;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = Workspace::create(m_dir.filePath(u"shop.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        RowInserter in(*m_workspace);

        const Id repository = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
        in.add(commit(repository, u"c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1"_s, T - 2 * day));
        in.add(commit(repository, u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s, T - day));
        in.add(commit(repository, u"c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"_s, T + hour));

        // Inserted out of name order, to see the summary sort them.
        m_search = in.add(Service{0, u"search"_s, u"Finds products"_s, {}});
        m_cart = in.add(Service{0, u"cart"_s, u"Shopping cart"_s, repository});
        m_catalog = in.add(Service{0, u"catalog"_s, {}, {}});

        // Production is stored first and both share a position: only the promotion edge says test comes first.
        m_production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 0});
        m_test = in.add(Environment{0, u"test"_s, QString::fromLatin1(Tier::Testing), 0});
        in.add(EnvironmentEdge{0, m_test, m_production});

        const Id run1 = in.add(runRow(Status::Succeeded, T, T + minute, T + 9 * minute));
        const Id run2 = in.add(runRow(Status::Running, {}, T + 3 * hour, {}));
        in.add(jobRow(run1, u"build"_s, Status::Succeeded, T + minute, T + 2 * minute, T + 5 * minute));
        in.add(jobRow(run1, u"unit"_s, Status::Succeeded, {}, T + 6 * minute, T + 8 * minute));
        in.add(jobRow(run2, u"deploy"_s, Status::Queued, T + 3 * hour, {}, {}));

        const QString c1 = u"c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1"_s;
        const QString c2 = u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s;
        const QString c3 = u"c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"_s;
        m_deployments = {
            in.add(deploymentRow(m_cart, m_test, u"1.0"_s, Status::Succeeded, T + 10 * hour,
                                 T + 10 * hour + 10 * minute, c1)),
            in.add(deploymentRow(m_cart, m_production, u"1.0"_s, Status::Succeeded, T + 20 * hour,
                                 T + 20 * hour + 30 * minute, c1)),
            in.add(deploymentRow(m_cart, m_test, u"1.1"_s, Status::Succeeded, T + 30 * hour, T + 30 * hour + 5 * minute,
                                 c2)),
            // Failed after the successful 1.0: production still runs 1.0.
            in.add(deploymentRow(m_cart, m_production, u"1.1"_s, Status::Failed, T + 40 * hour,
                                 T + 40 * hour + 20 * minute, c2)),
            in.add(deploymentRow(m_catalog, m_test, u"2.0"_s, Status::Succeeded, T + 5 * hour,
                                 T + 5 * hour + 15 * minute)),
            // Still running: not what test runs yet.
            in.add(deploymentRow(m_catalog, m_test, u"2.1"_s, Status::Running, T + 50 * hour, {}, c3)),
        };

        Incident incident = incidentRow(m_cart, u"Checkout errors"_s, T + 41 * hour, T + 43 * hour);
        incident.deploymentId = m_deployments[3];
        in.add(incident);

        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }

    void listsServicesByName()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection());
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->services.size(), 3);
        QCOMPARE(summary->services[0].name, u"cart"_s);
        QCOMPARE(summary->services[0].description, u"Shopping cart"_s);
        QCOMPARE(summary->services[1].name, u"catalog"_s);
        QCOMPARE(summary->services[2].name, u"search"_s);
        QCOMPARE(summary->services[2].id, m_search);
    }

    void ordersEnvironmentsAlongThePromotionPath()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection());
        QVERIFY(summary);
        QCOMPARE(summary->environments.size(), 2);
        QCOMPARE(summary->environments[0].name, u"test"_s);
        QCOMPARE(summary->environments[0].id, m_test);
        QCOMPARE(summary->environments[1].name, u"production"_s);
        QCOMPARE(summary->environments[1].tier, u"production"_s);
    }

    void runningVersionIsTheLastSuccessfulDeployment()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection());
        QVERIFY(summary);
        // cart in test, cart in production, catalog in test; catalog never reached production, search nowhere.
        QCOMPARE(summary->running.size(), 3);

        const RunningVersion *cartTest = findRunning(*summary, m_cart, m_test);
        QVERIFY(cartTest);
        QCOMPARE(cartTest->version, u"1.1"_s);
        QCOMPARE(cartTest->since, T + 30 * hour + 5 * minute);
        QCOMPARE(cartTest->commitOid, std::optional(u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s));

        const RunningVersion *cartProduction = findRunning(*summary, m_cart, m_production);
        QVERIFY(cartProduction);
        QCOMPARE(cartProduction->version, u"1.0"_s);
        QCOMPARE(cartProduction->since, T + 20 * hour + 30 * minute);
        QCOMPARE(cartProduction->commitOid, std::optional(u"c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1"_s));

        const RunningVersion *catalogTest = findRunning(*summary, m_catalog, m_test);
        QVERIFY(catalogTest);
        QCOMPARE(catalogTest->version, u"2.0"_s);
        QCOMPARE(catalogTest->since, T + 5 * hour + 15 * minute);
        QVERIFY(!catalogTest->commitOid.has_value());

        QVERIFY(!findRunning(*summary, m_catalog, m_production));
        QVERIFY(!findRunning(*summary, m_search, m_test));
        QVERIFY(!findRunning(*summary, m_search, m_production));
    }

    void countsAndSpansOfEveryRecordKind()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection());
        QVERIFY(summary);
        QVERIFY(summary->hasHistory());

        QCOMPARE(summary->commits.count, 3);
        QCOMPARE(summary->commits.first, std::optional(T - 2 * day));
        QCOMPARE(summary->commits.last, std::optional(T + hour));

        // Run 1 was created at T; run 2 has only a start, at T + 3 h, and is the latest thing any run did.
        QCOMPARE(summary->pipelineRuns.count, 2);
        QCOMPARE(summary->pipelineRuns.first, std::optional(T));
        QCOMPARE(summary->pipelineRuns.last, std::optional(T + 3 * hour));

        // The first job queued at T + 1 min; the last one is still queued since T + 3 h.
        QCOMPARE(summary->jobs.count, 3);
        QCOMPARE(summary->jobs.first, std::optional(T + minute));
        QCOMPARE(summary->jobs.last, std::optional(T + 3 * hour));

        // catalog 2.0 started first (T + 5 h); catalog 2.1 started last (T + 50 h) and has not finished.
        QCOMPARE(summary->deployments.count, 6);
        QCOMPARE(summary->deployments.first, std::optional(T + 5 * hour));
        QCOMPARE(summary->deployments.last, std::optional(T + 50 * hour));

        QCOMPARE(summary->incidents.count, 1);
        QCOMPARE(summary->incidents.first, std::optional(T + 41 * hour));
        QCOMPARE(summary->incidents.last, std::optional(T + 43 * hour));
    }

    void latestDeploymentsNewestFirst()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection());
        QVERIFY(summary);
        const QList<DeploymentSummary> &latest = summary->latestDeployments;
        // By finish (or start, while running): 2.1 (50 h), 1.1 prod (40 h 20), 1.1 test (30 h 5), 1.0 prod (20 h 30),
        // 1.0 test (10 h 10), 2.0 (5 h 15).
        QCOMPARE(latest.size(), 6);
        const QList<qsizetype> expectedOrder = {5, 3, 2, 1, 0, 4};
        for (qsizetype i = 0; i < latest.size(); ++i)
            QCOMPARE(latest[i].id, m_deployments[expectedOrder[i]]);

        QCOMPARE(latest[0].service, u"catalog"_s);
        QCOMPARE(latest[0].environment, u"test"_s);
        QCOMPARE(latest[0].version, u"2.1"_s);
        QCOMPARE(latest[0].status, u"running"_s);
        QCOMPARE(latest[0].startedAt, std::optional(T + 50 * hour));
        QVERIFY(!latest[0].finishedAt.has_value());

        QCOMPARE(latest[1].service, u"cart"_s);
        QCOMPARE(latest[1].environment, u"production"_s);
        QCOMPARE(latest[1].status, u"failed"_s);
        QCOMPARE(latest[1].startedAt, std::optional(T + 40 * hour));
        QCOMPARE(latest[1].finishedAt, std::optional(T + 40 * hour + 20 * minute));
        QCOMPARE(latest[1].commitOid, std::optional(u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s));
        QVERIFY(!latest[5].commitOid.has_value());
    }

    void latestDeploymentsAreLimited()
    {
        auto summary = loadWorkspaceSummary(m_workspace->connection(), 2);
        QVERIFY(summary);
        QCOMPARE(summary->latestDeployments.size(), 2);
        QCOMPARE(summary->latestDeployments[0].id, m_deployments[5]);
        QCOMPARE(summary->latestDeployments[1].id, m_deployments[3]);
        // The limit changes nothing else.
        QCOMPARE(summary->deployments.count, 6);
    }

    void equalFinishTimesGoToTheLaterRow()
    {
        auto created = Workspace::create(m_dir.filePath(u"tie.flowdeck"_s));
        QVERIFY(created);
        RowInserter in(**created);
        const Id service = in.add(Service{0, u"api"_s, {}, {}});
        const Id environment = in.add(Environment{0, u"live"_s, QString::fromLatin1(Tier::Production), 0});
        in.add(deploymentRow(service, environment, u"7"_s, Status::Succeeded, T, T + minute));
        in.add(deploymentRow(service, environment, u"8"_s, Status::Succeeded, T, T + minute));
        in.add(deploymentRow(service, environment, u"9"_s, Status::Canceled, T, T + 2 * minute));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        auto summary = loadWorkspaceSummary((*created)->connection());
        QVERIFY(summary);
        QCOMPARE(summary->running.size(), 1);
        QCOMPARE(summary->running[0].version, u"8"_s);
        QCOMPARE(summary->running[0].since, T + minute);
    }

    void emptyWorkspaceHasNoHistory()
    {
        auto created = Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY(created);
        auto summary = loadWorkspaceSummary((*created)->connection());
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QVERIFY(!summary->hasHistory());
        QVERIFY(summary->services.isEmpty());
        QVERIFY(summary->environments.isEmpty());
        QVERIFY(summary->running.isEmpty());
        QVERIFY(summary->latestDeployments.isEmpty());
        for (const RecordSpan *span :
             {&summary->commits, &summary->pipelineRuns, &summary->jobs, &summary->deployments, &summary->incidents}) {
            QCOMPARE(span->count, 0);
            QVERIFY(!span->first.has_value());
            QVERIFY(!span->last.has_value());
        }
    }

    void closedDatabaseIsAnError()
    {
        QSqlDatabase closed;
        auto summary = loadWorkspaceSummary(closed);
        QVERIFY(!summary);
        QVERIFY(!summary.errorMessage().isEmpty());
    }

    void cleanupTestCase() { m_workspace.reset(); }
};

QTEST_GUILESS_MAIN(TestWorkspaceSummary)
#include "tst_workspacesummary.moc"
