// SPDX-License-Identifier: GPL-3.0-or-later
// How long versions wait in an environment before promotion, and the quantiles behind the figures, on
// deployments written by hand with their answers worked out in the comments. Every case runs on SQLite and again on
// PostgreSQL (a database of its own on the test server).

#include "engineworkspaces.h"
#include "fixturerows.h"
#include "fixturetime.h"
#include "rowinserter.h"

#include "delivery/promotionwaits.h"
#include "stats/quantiles.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestPromotionWaits : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where the workspaces of the test are made.
    explicit TestPromotionWaits(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    std::shared_ptr<store::Workspace> m_workspace;
    Id m_cart = 0;
    Id m_search = 0;
    Id m_dev = 0;
    Id m_staging = 0;
    Id m_production = 0;
    Id m_hotfix = 0;

    const PromotionWait *edge(const PromotionFlow &flow, Id from, Id to)
    {
        for (const PromotionWait &wait : flow.waits) {
            if (wait.fromEnvironmentId == from && wait.toEnvironmentId == to)
                return &wait;
        }
        return nullptr;
    }

private Q_SLOTS:
    void median_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<qint64>("median");
        QTest::addColumn<qint64>("p85");
        // Sorted 1 2 3: median 3 values -> 2; p85 rank ceil(2.55) = 3 -> 3.
        QTest::newRow("odd") << QList<qint64>{3, 1, 2} << qint64(2) << qint64(3);
        // Sorted 1 2 4 10: median (2 + 4) / 2 = 3; p85 rank ceil(3.4) = 4 -> 10.
        QTest::newRow("even") << QList<qint64>{10, 4, 1, 2} << qint64(3) << qint64(10);
        // (2 + 3) / 2 = 2.5, rounded down.
        QTest::newRow("even, half") << QList<qint64>{3, 2} << qint64(2) << qint64(3);
        QTest::newRow("one") << QList<qint64>{7} << qint64(7) << qint64(7);
        // 20 values 1..20: median (10 + 11) / 2 = 10; p85 rank 17 -> 17.
        QList<qint64> twenty;
        for (qint64 i = 20; i >= 1; --i)
            twenty.append(i);
        QTest::newRow("twenty") << twenty << qint64(10) << qint64(17);
        // Large values do not overflow: (max - 1 + max) / 2 rounds down to max - 1.
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("huge") << QList<qint64>{max, max - 1} << max - 1 << max;
    }

    void median()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(qint64, median);
        QFETCH(qint64, p85);
        std::vector<qint64> a(values.cbegin(), values.cend());
        std::vector<qint64> b = a;
        QCOMPARE(stats::median(a), std::optional<qint64>(median));
        QCOMPARE(stats::percentile(b, 85), std::optional<qint64>(p85));
    }

    void quantilesOfNothing()
    {
        std::vector<qint64> none;
        QVERIFY(!stats::median(none));
        QVERIFY(!stats::percentile(none, 50));
        std::vector<qint64> some{1, 2};
        QVERIFY(!stats::percentile(some, 0));
        QVERIFY(!stats::percentile(some, 101));
        QCOMPARE(stats::percentile(some, 100), std::optional<qint64>(2));
        // p50 by nearest rank: rank ceil(1) = 1 -> 1 (where the median is 1.5 rounded down: also 1).
        QCOMPARE(stats::percentile(some, 50), std::optional<qint64>(1));
    }

    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
        auto created = m_workspaces.create(u"flow"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        RowInserter in(*m_workspace);
        m_cart = in.add(Service{0, u"cart"_s, {}, {}});
        m_search = in.add(Service{0, u"search"_s, {}, {}});
        m_dev = in.add(Environment{0, u"dev"_s, QString::fromLatin1(Tier::Development), 0});
        m_staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 1});
        m_production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 2});
        m_hotfix = in.add(Environment{0, u"hotfix"_s, QString::fromLatin1(Tier::Other), 3});
        in.add(EnvironmentEdge{0, m_dev, m_staging});
        in.add(EnvironmentEdge{0, m_staging, m_production});
        in.add(EnvironmentEdge{0, m_hotfix, m_production});

        const auto ok = Status::Succeeded;
        // cart 1.0: dev done at T+1h; staging starts T+3h (waited 2 h in dev), done T+4h;
        //           production starts T+28h (waited 24 h in staging).
        in.add(deploymentRow(m_cart, m_dev, u"1.0"_s, ok, T, T + hour));
        in.add(deploymentRow(m_cart, m_staging, u"1.0"_s, ok, T + 3 * hour, T + 4 * hour));
        in.add(deploymentRow(m_cart, m_production, u"1.0"_s, ok, T + 28 * hour, T + 29 * hour));
        // Redeployed to dev later: the first arrival counts, and the redeploy is no new promotion.
        in.add(deploymentRow(m_cart, m_dev, u"1.0"_s, ok, T + 5 * hour, T + 6 * hour));
        // cart 1.1: dev done T+10h; a failed staging attempt at T+11h is no promotion; staging succeeds,
        //           starting T+14h (waited 4 h); production starts T+20h (waited 20 - 15 = 5 h).
        in.add(deploymentRow(m_cart, m_dev, u"1.1"_s, ok, T + 9 * hour, T + 10 * hour));
        in.add(deploymentRow(m_cart, m_staging, u"1.1"_s, Status::Failed, T + 11 * hour, T + 12 * hour));
        in.add(deploymentRow(m_cart, m_staging, u"1.1"_s, ok, T + 14 * hour, T + 15 * hour));
        in.add(deploymentRow(m_cart, m_production, u"1.1"_s, ok, T + 20 * hour, T + 21 * hour));
        // cart 1.2: in dev since T+30h, not in staging: waits in dev.
        in.add(deploymentRow(m_cart, m_dev, u"1.2"_s, ok, T + 29 * hour, T + 30 * hour));
        // cart 1.1-hotfix: straight through the hotfix lane to production; hotfix -> production waited
        //           40 - 33 = 7 h, and staging -> production counts it as unmatched.
        in.add(deploymentRow(m_cart, m_hotfix, u"1.1-hotfix"_s, ok, T + 32 * hour, T + 33 * hour));
        in.add(deploymentRow(m_cart, m_production, u"1.1-hotfix"_s, ok, T + 40 * hour, T + 41 * hour));
        // search 7: no version, only a commit: dev done T+2h, staging starts T+8h (waited 6 h); it stays in
        //           staging, waiting since T+9h.
        in.add(deploymentRow(m_search, m_dev, QString(), ok, T + hour, T + 2 * hour, u"abc123"_s));
        in.add(deploymentRow(m_search, m_staging, QString(), ok, T + 8 * hour, T + 9 * hour, u"abc123"_s));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
        // Rows out of id order on PostgreSQL, as after real updates.
        auto shuffled = EngineWorkspaces::shuffleRows(*m_workspace, u"deployments"_s);
        QVERIFY2(shuffled, qPrintable(shuffled.errorMessage()));
    }

    void waitsPerEdge()
    {
        auto flow = loadPromotionFlow(m_workspace->connection(), T, T + 100 * hour);
        QVERIFY2(flow, qPrintable(flow.errorMessage()));
        QCOMPARE(flow->waits.size(), 3);

        // dev -> staging: cart 1.0 2 h, cart 1.1 4 h, search 6 h. Median 4 h; p85 rank ceil(2.55) = 3 -> 6 h.
        const PromotionWait *devToStaging = edge(*flow, m_dev, m_staging);
        QVERIFY(devToStaging);
        QCOMPARE(devToStaging->promotions, 3);
        QCOMPARE(devToStaging->medianMs, std::optional<qint64>(4 * hour));
        QCOMPARE(devToStaging->p85Ms, std::optional<qint64>(6 * hour));
        QCOMPARE(devToStaging->unmatched, 0);

        // staging -> production: cart 1.0 24 h, cart 1.1 5 h; the hotfix never was in staging.
        // Median (5 + 24) / 2 = 14.5 h; p85 rank ceil(1.7) = 2 -> 24 h.
        const PromotionWait *stagingToProduction = edge(*flow, m_staging, m_production);
        QVERIFY(stagingToProduction);
        QCOMPARE(stagingToProduction->promotions, 2);
        QCOMPARE(stagingToProduction->medianMs, std::optional<qint64>(14 * hour + 30 * minute));
        QCOMPARE(stagingToProduction->p85Ms, std::optional<qint64>(24 * hour));
        QCOMPARE(stagingToProduction->unmatched, 1);

        // hotfix -> production: the hotfix, 7 h; cart 1.0 and 1.1 never were in the hotfix lane.
        const PromotionWait *hotfixToProduction = edge(*flow, m_hotfix, m_production);
        QVERIFY(hotfixToProduction);
        QCOMPARE(hotfixToProduction->promotions, 1);
        QCOMPARE(hotfixToProduction->medianMs, std::optional<qint64>(7 * hour));
        QCOMPARE(hotfixToProduction->unmatched, 2);
    }

    void periodCountsPromotionsByTheirStart()
    {
        // [T+4h, T+21h): staging deployments starting then: cart 1.1 (T+14h) and search (T+8h), not cart 1.0
        // (T+3h); production: cart 1.1 (T+20h) only.
        auto flow = loadPromotionFlow(m_workspace->connection(), T + 4 * hour, T + 21 * hour);
        QVERIFY2(flow, qPrintable(flow.errorMessage()));
        QCOMPARE(edge(*flow, m_dev, m_staging)->promotions, 2);
        QCOMPARE(edge(*flow, m_dev, m_staging)->medianMs, std::optional<qint64>(5 * hour));
        QCOMPARE(edge(*flow, m_staging, m_production)->promotions, 1);
        QCOMPARE(edge(*flow, m_staging, m_production)->medianMs, std::optional<qint64>(5 * hour));
        QCOMPARE(edge(*flow, m_hotfix, m_production)->promotions, 0);
        QVERIFY(!edge(*flow, m_hotfix, m_production)->medianMs);
    }

    void waitingNow()
    {
        auto flow = loadPromotionFlow(m_workspace->connection(), T, T + 100 * hour);
        QVERIFY2(flow, qPrintable(flow.errorMessage()));
        // cart 1.2 waits in dev since T+30h; search's commit waits in staging since T+9h. Production has no
        // successor; the hotfix lane's version reached production.
        QCOMPARE(flow->waiting.size(), 2);
        QList<std::tuple<Id, Id, QString, Timestamp>> waiting;
        for (const WaitingVersion &version : flow->waiting)
            waiting.append({version.serviceId, version.environmentId, version.version, version.since});
        std::sort(waiting.begin(), waiting.end());
        QList<std::tuple<Id, Id, QString, Timestamp>> expected{{m_cart, m_dev, u"1.2"_s, T + 30 * hour},
                                                               {m_search, m_staging, QString(), T + 9 * hour}};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(waiting, expected);
    }

    void emptyWorkspace()
    {
        auto created = m_workspaces.create(u"empty"_s);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        auto flow = loadPromotionFlow((*created)->connection(), T, T + day);
        QVERIFY2(flow, qPrintable(flow.errorMessage()));
        QVERIFY(flow->waits.isEmpty());
        QVERIFY(flow->waiting.isEmpty());
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
    return execOnBothEngines<TestPromotionWaits>(argc, argv);
}
#include "tst_promotionwaits.moc"
