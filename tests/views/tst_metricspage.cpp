// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/format.h"
#include "common/pagestack.h"
#include "common/scopebar.h"
#include "fixturerows.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/deploymentschart.h"
#include "metrics/drilldowndialog.h"
#include "metrics/failureschart.h"
#include "metrics/leadtimechart.h"
#include "metrics/leadtimehistogram.h"
#include "metrics/metricspage.h"
#include "metrics/metrictile.h"
#include "metrics/phasebar.h"
#include "metrics/pullrequestfigures.h"
#include "rowinserter.h"
#include "store/workspace.h"

#include <QBarSeries>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

// The test runs with TZ=UTC and LC_ALL=C.UTF-8. Every time is an offset from 1 November 2023, 00:00 UTC; the shop
// keeps the custom period 1–28 November 2023 (four whole weeks), so the period before is 4–31 October.
constexpr Timestamp T = 1'698'796'800'000;
constexpr Timestamp hour = 3'600'000;
constexpr Timestamp day = 24 * hour;

struct Shop
{
    Id cart = 0;
    Id search = 0;
    QString error;
};

// Two services, staging and production. Successful production deployments in the period:
//   D1 cart 1.0     Nov 2 10:00 (T+34h)  ships c1 (written T-2h):       lead time 36 h
//   D2 cart 1.1     Nov 9 12:00          ships c2 (Nov 8 12:00): 24 h, c3 (Nov 7 12:00): 48 h
//   D3 search 2.0   Nov 16 00:00         ships c4 (Nov 15 00:00):        24 h
//   D4 cart 1.2     Nov 21 00:00         ships c5 (Nov 20 18:00):        6 h; caused incident I1, resolved 4 h later
//   D6 search 2.1   Nov 27 00:00         ships c6 (Nov 26 00:00):        24 h
//   D7 cart 1.3     Nov 28 00:00         ships nothing new
// D5 cart 1.3 failed in production on Nov 23 and counts nowhere; a staging deployment of cart counts nowhere either.
// In the period before: P1 cart 0.9 on Oct 22 00:00 (T-10d) ships c0 (Oct 20 00:00): 48 h.
// Committer time is author time, so cycle times are the lead times. In progress at the period's end (Nov 29 00:00):
//   c7 (Nov 27 12:00), shipped to staging by search 2.2 on Nov 28 06:00 only:          1 d 12 h
//   c8 (Nov 28 12:00), shipped to production by cart 1.4 on Dec 2 00:00, after the period: 12 h
// Pull requests (opened, merged, and their merge commit's first production deployment):
//   #11 Basket rounding, zoe: first commit Nov 6, opened Nov 7, merged Nov 8 12:00 as c2, deployed by D2 Nov 9 12:00:
//       coding 24 h, review 36 h, deploy 24 h, total 84 h
//   #12 Search ranking, yuki: first commit Nov 11, opened Nov 14, merged Nov 15 as c4, deployed by D3 Nov 16:
//       coding 72 h, review 24 h, deploy 24 h, total 120 h
//   #13 Checkout retry, zoe: first commit unknown, opened Nov 20 12:00, merged Nov 20 18:00 as c5, deployed by D4
//       Nov 21: no coding, review 6 h, deploy 6 h, total 12 h (from the opening)
//   #10 merged as c0 counts in the period before; #14 was never merged; #15, merged as c8, reached production
//   after the period. None of them counts.
Shop buildShop(const Workspace &workspace)
{
    Shop shop;
    RowInserter in(workspace);
    const Id repository = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
    auto commit = [&](char c, Timestamp authored) {
        return in.add(commitRow(repository, oidOf(c), authored));
    };
    const Id c0 = commit('0', T - 12 * day);
    const Id c1 = commit('1', T - 2 * hour);
    const Id c2 = commit('2', T + 7 * day + 12 * hour);
    const Id c3 = commit('3', T + 6 * day + 12 * hour);
    const Id c4 = commit('4', T + 14 * day);
    const Id c5 = commit('5', T + 19 * day + 18 * hour);
    const Id c6 = commit('6', T + 25 * day);
    const Id c7 = commit('7', T + 26 * day + 12 * hour);
    const Id c8 = commit('8', T + 27 * day + 12 * hour);

    shop.cart = in.add(Service{0, u"cart"_s, u"Shopping cart"_s, repository});
    shop.search = in.add(Service{0, u"search"_s, {}, repository});
    const Id staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 0});
    const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 1});
    in.add(EnvironmentEdge{0, staging, production});

    auto deploy = [&](Id service, Id environment, const char *version, const char *status, Timestamp finished,
                      QList<Id> commits) {
        const Id id = in.add(deploymentRow(service, environment, QString::fromLatin1(version), status,
                                           finished - 10 * 60'000, finished));
        for (const Id commitId : commits)
            in.add(DeploymentCommit{id, commitId});
        return id;
    };
    deploy(shop.cart, production, "0.9", Status::Succeeded, T - 10 * day, {c0});
    deploy(shop.cart, staging, "1.0", Status::Succeeded, T + day, {c1});
    deploy(shop.cart, production, "1.0", Status::Succeeded, T + 34 * hour, {c1});
    deploy(shop.cart, production, "1.1", Status::Succeeded, T + 8 * day + 12 * hour, {c2, c3});
    deploy(shop.search, production, "2.0", Status::Succeeded, T + 15 * day, {c4});
    const Id d4 = deploy(shop.cart, production, "1.2", Status::Succeeded, T + 20 * day, {c5});
    deploy(shop.cart, production, "1.3", Status::Failed, T + 22 * day, {});
    deploy(shop.search, production, "2.1", Status::Succeeded, T + 26 * day, {c6});
    deploy(shop.cart, production, "1.3", Status::Succeeded, T + 27 * day, {});
    deploy(shop.search, staging, "2.2", Status::Succeeded, T + 27 * day + 6 * hour, {c7});
    deploy(shop.cart, production, "1.4", Status::Succeeded, T + 31 * day, {c8});

    auto pullRequest = [&](int number, const char *title, const char *author, OptionalTime firstCommit,
                           Timestamp opened, OptionalTime merged, std::optional<char> mergeCommit) {
        PullRequest row;
        row.repositoryId = repository;
        row.number = number;
        row.title = QString::fromUtf8(title);
        row.author = QString::fromLatin1(author);
        row.headBranch = u"topic-%1"_s.arg(number);
        row.baseBranch = u"main"_s;
        row.createdAt = opened;
        row.mergedAt = merged;
        row.closedAt = merged;
        if (mergeCommit)
            row.mergeCommitOid = oidOf(*mergeCommit);
        row.firstCommitAt = firstCommit;
        row.source = u"github"_s;
        row.externalId = QString::number(number);
        row.url = u"https://example.org/shop/pull/%1"_s.arg(number);
        in.add(row);
    };
    pullRequest(10, "Old fix", "zoe", T - 14 * day, T - 13 * day, T - 12 * day, '0');
    pullRequest(11, "Basket rounding", "zoe", T + 5 * day, T + 6 * day, T + 7 * day + 12 * hour, '2');
    pullRequest(12, "Search ranking", "yuki", T + 10 * day, T + 13 * day, T + 14 * day, '4');
    pullRequest(13, "Checkout retry", "zoe", {}, T + 19 * day + 12 * hour, T + 19 * day + 18 * hour, '5');
    pullRequest(14, "New theme", "yuki", T + day, T + 2 * day, {}, {});
    pullRequest(15, "Price cache", "yuki", T + 26 * day, T + 27 * day, T + 27 * day + 12 * hour, '8');

    Incident incident = incidentRow(shop.cart, u"Checkout errors"_s, T + 20 * day + hour, T + 20 * day + 4 * hour);
    incident.deploymentId = d4;
    in.add(incident);

    shop.error = in.error();
    return shop;
}

bool waitUntilReady(MetricsPage &page)
{
    if (page.isReady())
        return true;
    QSignalSpy ready(&page, &Page::ready);
    return ready.wait(20'000);
}

QAction *serviceAction(ScopeBar *bar, const QString &name)
{
    const QList<QAction *> actions = bar->servicesButton()->menu()->actions();
    for (QAction *action : actions) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMetricsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_shop;
    Shop m_ids;

    std::shared_ptr<Workspace> createWorkspace(const QString &name)
    {
        auto created = Workspace::create(m_dir.filePath(name));
        if (!created)
            qWarning("%s", qPrintable(created.errorMessage()));
        return created ? *created : nullptr;
    }

    // A fresh copy of the shop with the custom period of November kept, so that each test starts from it.
    std::shared_ptr<Workspace> shopCopy(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (auto saved = m_shop->saveCopyAs(path); !saved) {
            qWarning("%s", qPrintable(saved.errorMessage()));
            return nullptr;
        }
        auto opened = Workspace::open(path);
        return opened ? *opened : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shop = createWorkspace(u"shop.flowdeck"_s);
        QVERIFY(m_shop);
        m_ids = buildShop(*m_shop);
        QVERIFY2(m_ids.error.isEmpty(), qPrintable(m_ids.error));
        QVERIFY(m_shop->setSetting(u"scope.period"_s, u"custom"_s));
        QVERIFY(m_shop->setSetting(u"scope.from"_s, u"2023-11-01"_s));
        QVERIFY(m_shop->setSetting(u"scope.to"_s, u"2023-11-28"_s));
    }

    void scopeOfPresets()
    {
        // Seen on Wednesday 15 May 2024; every period ends with the start of 16 May.
        const QDate today(2024, 5, 15);
        const Timestamp end = QDateTime(QDate(2024, 5, 16), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        auto start = [](int y, int m, int d) {
            return QDateTime(QDate(y, m, d), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        };
        ScopeBar::Settings settings;
        settings.serviceIds = {7, 3};
        settings.period = ScopeBar::Period::Last30Days;
        QCOMPARE(ScopeBar::scopeOf(settings, today), (metrics::Scope{start(2024, 4, 16), end, {7, 3}}));
        settings.period = ScopeBar::Period::Last90Days;
        QCOMPARE(ScopeBar::scopeOf(settings, today).from, start(2024, 2, 16));
        settings.period = ScopeBar::Period::ThisQuarter;
        QCOMPARE(ScopeBar::scopeOf(settings, today).from, start(2024, 4, 1));
        settings.period = ScopeBar::Period::Last12Months;
        QCOMPARE(ScopeBar::scopeOf(settings, today).from, start(2023, 5, 16));
        settings.period = ScopeBar::Period::Custom;
        settings.from = QDate(2024, 3, 10);
        settings.to = QDate(2024, 3, 1);
        // Given backwards, the range is turned; both days count.
        QCOMPARE(ScopeBar::scopeOf(settings, today), (metrics::Scope{start(2024, 3, 1), start(2024, 3, 11), {7, 3}}));
        settings.from = QDate();
        QCOMPARE(ScopeBar::scopeOf(settings, today).from, start(2024, 2, 16));

        for (int i = 0; i <= int(ScopeBar::Period::Custom); ++i)
            QCOMPARE(ScopeBar::periodFromName(ScopeBar::periodName(ScopeBar::Period(i))), ScopeBar::Period(i));
        QCOMPARE(ScopeBar::periodFromName(u"fortnight"_s), std::optional<ScopeBar::Period>());
    }

    void tilesShowTheFiguresOfTheScope()
    {
        auto shop = shopCopy(u"tiles.flowdeck"_s);
        QVERIFY(shop);
        MetricsPage page;
        page.resize(1400, 900);
        page.setWorkspace(shop);
        // The figures are computed in the background: the page is not ready at once.
        QVERIFY(!page.isReady());
        QCOMPARE(page.pageStack()->state(), PageStack::State::Loading);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.pageStack()->state(), PageStack::State::Content);

        // The kept period, and every service.
        QCOMPARE(page.scopeBar()->settings().period, ScopeBar::Period::Custom);
        QCOMPARE(page.scopeBar()->scope(), (metrics::Scope{T, T + 28 * day, {}}));
        QCOMPARE(page.scopeBar()->servicesButton()->text(), u"All services"_s);
        QCOMPARE(page.benchmarkBox()->currentText(), u"DORA 2024"_s);
        QCOMPARE(page.scopeBar()->findChild<QDateEdit *>(u"scopeFrom"_s)->date(), QDate(2023, 11, 1));
        QCOMPARE(page.scopeBar()->findChild<QDateEdit *>(u"scopeTo"_s)->date(), QDate(2023, 11, 28));

        // Six deployments in 28 days: 1.5 a week, 6/28 a day, high in DORA 2024 (at least once a week). One in the
        // period before: 1/28 a day, so six times as many: up 500 %.
        MetricTile *frequency = page.tile(MetricsPage::Tile::DeploymentFrequency);
        QCOMPARE(frequency->valueText(), u"1.5"_s);
        QCOMPARE(frequency->unitText(), u"/week"_s);
        QCOMPARE(frequency->level(), metrics::Level::High);
        QCOMPARE(frequency->levelText(), u"High"_s);
        QCOMPARE(frequency->changeText(), u"▲ 500 %"_s);
        QCOMPARE(frequency->isImprovement(), std::optional<bool>(true));
        // Weeks of Nov 1–7: D1; 8–14: D2; 15–21: D3, D4; 22–28: D6, D7.
        const QList<std::optional<double>> weekly = {1.0, 1.0, 2.0, 2.0};
        QCOMPARE(frequency->series(), weekly);

        // Lead times 6, 24, 24, 24, 36, 48 h: median 24 h, elite (at most a day). Before: 48 h, so down 50 %.
        MetricTile *leadTime = page.tile(MetricsPage::Tile::LeadTime);
        QCOMPARE(leadTime->valueText(), u"1 d"_s);
        QCOMPARE(leadTime->unitText(), QString());
        QCOMPARE(leadTime->level(), metrics::Level::Elite);
        QCOMPARE(leadTime->changeText(), u"▼ 50 %"_s);
        QCOMPARE(leadTime->isImprovement(), std::optional<bool>(true));
        // Week medians: 36 h; (24, 48) -> 36 h; (24, 6) -> 15 h; 24 h.
        const QList<std::optional<double>> leadWeeks = {36.0, 36.0, 15.0, 24.0};
        QCOMPARE(leadTime->series(), leadWeeks);

        // One failure (D4) of six deployments: 16.7 %, high (at most 20 %); none before, so up from none: worse.
        MetricTile *failures = page.tile(MetricsPage::Tile::ChangeFailureRate);
        QCOMPARE(failures->valueText(), u"17"_s);
        QCOMPARE(failures->unitText(), u"%"_s);
        QCOMPARE(failures->level(), metrics::Level::High);
        QCOMPARE(failures->changeText(), u"▲ from none"_s);
        QCOMPARE(failures->isImprovement(), std::optional<bool>(false));

        // D4 recovered 4 h after it finished: high (less than a day); nothing to recover before.
        MetricTile *recovery = page.tile(MetricsPage::Tile::RecoveryTime);
        QCOMPARE(recovery->valueText(), u"4 h"_s);
        QCOMPARE(recovery->level(), metrics::Level::High);
        QCOMPARE(recovery->changeText(), u"no figure before to compare"_s);
        QCOMPARE(recovery->isImprovement(), std::optional<bool>());

        // No deployment fixed an incident (none finished while it was open), rolled back or matched "hotfix".
        MetricTile *rework = page.tile(MetricsPage::Tile::Rework);
        QCOMPARE(rework->valueText(), u"0"_s);
        QCOMPARE(rework->unitText(), u"%"_s);
        QCOMPARE(rework->level(), metrics::Level::None);
        QCOMPARE(rework->levelText(), QString());
        QCOMPARE(rework->changeText(), u"= no change"_s);

        // Six changes shipped in four weeks.
        QCOMPARE(page.flowFigureText(MetricsPage::FlowFigure::Throughput), u"1.5 changes/week"_s);
        QVERIFY(frequency->toolTip().contains(u"Successful production deployments: 6<br>Days in the period: 28"_s));
        QVERIFY(frequency->toolTip().contains(u"Deployments in the period before: 1, 0.036 a day"_s));
        QVERIFY(leadTime->toolTip().contains(u"85th percentile 1 d 15 h"_s)); // 36 + 0.25 × 12 h
    }

    void chartsShowTheFiguresWhenReady()
    {
        auto shop = shopCopy(u"charts.flowdeck"_s);
        QVERIFY(shop);
        MetricsPage page;
        page.resize(1400, 900);
        page.show();
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        // The charts take the figures one by one; the page is ready once the last has them. Six deployments (one
        // failed), six changes shipped, a month of flow.
        const QList<MetricsChart *> charts = page.charts();
        QCOMPARE(charts.size(), 6);
        for (MetricsChart *chart : charts)
            QVERIFY2(chart->emptyStateText().isEmpty(), qPrintable(chart->objectName()));
        auto *leadTime = page.findChild<LeadTimeChart *>(u"leadTimeChart"_s);
        QVERIFY(leadTime);
        QVERIFY(leadTime->drawnPoints() > 0);
        QVERIFY(!leadTime->hasMergedPoints());

        // A period without deployments (the last 30 days: the shop's history is of 2023) empties the charts, and
        // the page is ready once for it.
        QSignalSpy ready(&page, &Page::ready);
        page.scopeBar()->periodBox()->setCurrentIndex(int(ScopeBar::Period::Last30Days));
        QVERIFY(ready.wait(20'000));
        QCOMPARE(page.findChild<DeploymentsChart *>(u"deploymentsChart"_s)->emptyStateText(),
                 u"No production deployments in this period"_s);
        QCOMPARE(leadTime->emptyStateText(), u"No changes reached production in this period"_s);
        QCOMPARE(leadTime->drawnPoints(), qsizetype(0));
        QTest::qWait(50);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(leadTime->drawnPoints(), qsizetype(0));
    }

    void changingTheScopeComputesAgainAndIsKept()
    {
        auto shop = shopCopy(u"scope.flowdeck"_s);
        QVERIFY(shop);
        auto other = createWorkspace(u"other.flowdeck"_s);
        QVERIFY(other);
        MetricsPage page;
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));

        // Only search: D3 and D6, two in 28 days, fewer than one a week: per month (30 days) 2.1.
        QAction *search = serviceAction(page.scopeBar(), u"search"_s);
        QVERIFY(search);
        QSignalSpy changed(page.scopeBar(), &ScopeBar::scopeChanged);
        search->trigger();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<metrics::Scope>().serviceIds, QList<Id>{m_ids.search});
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->servicesButton()->text(), u"search"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->valueText(), u"2.1"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->unitText(), u"/month"_s);
        // Search had no deployment before: up from none.
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->changeText(), u"▲ from none"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::LeadTime)->valueText(), u"1 d"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::ChangeFailureRate)->valueText(), u"0"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::ChangeFailureRate)->level(), metrics::Level::Elite);
        QCOMPARE(page.tile(MetricsPage::Tile::RecoveryTime)->valueText(), QString());

        // DORA 2021 ranks lead times of a day to a week as high.
        page.benchmarkBox()->setCurrentIndex(page.benchmarkBox()->findText(u"DORA 2021"_s));
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.tile(MetricsPage::Tile::LeadTime)->level(), metrics::Level::High);

        // Kept in the workspace...
        QCOMPARE(shop->setting(u"scope.services"_s), QString::number(m_ids.search));
        QCOMPARE(shop->setting(u"scope.period"_s), u"custom"_s);
        QCOMPARE(shop->setting(u"scope.from"_s), u"2023-11-01"_s);
        QCOMPARE(shop->setting(u"scope.to"_s), u"2023-11-28"_s);
        QCOMPARE(shop->setting(u"metrics.benchmark"_s), u"2021"_s);

        // ... and found again when the page shows the workspace again.
        page.setWorkspace(other);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->settings().serviceIds, QList<Id>{});
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->settings().serviceIds, QList<Id>{m_ids.search});
        QCOMPARE(page.scopeBar()->settings().period, ScopeBar::Period::Custom);
        QCOMPARE(page.scopeBar()->settings().from, QDate(2023, 11, 1));
        QCOMPARE(page.scopeBar()->settings().to, QDate(2023, 11, 28));
        QCOMPARE(page.benchmarkBox()->currentText(), u"DORA 2021"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->valueText(), u"2.1"_s);

        // "All services" widens it again.
        QAction *all = serviceAction(page.scopeBar(), u"All services"_s);
        QVERIFY(all);
        all->trigger();
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->valueText(), u"1.5"_s);
        QCOMPARE(shop->setting(u"scope.services"_s), QString());

        // The first two weeks: D1 and D2, one a week; the two weeks before hold P1, so twice as many now.
        page.scopeBar()->findChild<QDateEdit *>(u"scopeTo"_s)->setDate(QDate(2023, 11, 14));
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.scopeBar()->scope(), (metrics::Scope{T, T + 14 * day, {}}));
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->valueText(), u"1"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->unitText(), u"/week"_s);
        QCOMPARE(page.tile(MetricsPage::Tile::DeploymentFrequency)->changeText(), u"▲ 100 %"_s);
        QCOMPARE(shop->setting(u"scope.to"_s), u"2023-11-14"_s);
    }

    void optionsChangeTheFiguresAndAreKept()
    {
        auto shop = shopCopy(u"options.flowdeck"_s);
        QVERIFY(shop);
        // c1 committed at Nov 1 22:00, 12 h before D1; c3 at Nov 8 18:00, 18 h before D2. The others keep their
        // author time: committer time spans 6, 12, 18, 24, 24, 24 h, median 21 h (author time: 24 h).
        QSqlQuery update(shop->connection());
        QVERIFY(update.prepare(u"UPDATE commits SET committer_time = ? WHERE oid = ?"_s));
        for (const auto &[c, committed] : {std::pair{'1', T + 22 * hour}, std::pair{'3', T + 7 * day + 18 * hour}}) {
            update.addBindValue(committed);
            update.addBindValue(oidOf(c));
            QVERIFY2(update.exec(), qPrintable(update.lastError().text()));
            QCOMPARE(update.numRowsAffected(), 1);
        }
        update.finish();

        MetricsPage page;
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        QVERIFY(!page.committerTimeAction()->isChecked());
        QCOMPARE(page.tile(MetricsPage::Tile::LeadTime)->valueText(), u"1 d"_s);
        QVERIFY(!page.findChild<QLabel *>(u"metricsFacts"_s)->text().contains(u"committer"_s));
        QVERIFY(!page.committerTimeAction()->toolTip().isEmpty());
        QVERIFY(page.hotfixPatternAction()->toolTip().contains(u"\"hotfix\""_s));

        page.committerTimeAction()->trigger();
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.tile(MetricsPage::Tile::LeadTime)->valueText(), u"21 h"_s);
        QVERIFY(page.findChild<QLabel *>(u"metricsFacts"_s)->text().contains(u"lead time from committer time"_s));
        QCOMPARE(shop->setting(u"metrics.lead_time_from"_s), u"committer"_s);

        // A pattern that is no regular expression: the dialog comes back with the error, and nothing is kept.
        page.hotfixPatternAction()->trigger();
        QInputDialog *dialog = page.hotfixPatternDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->textValue(), u"hotfix"_s);
        dialog->setTextValue(u"(hotfix"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->labelText().contains(u"not a regular expression"_s), qPrintable(dialog->labelText()));
        QVERIFY(page.isReady());
        QCOMPARE(page.options().hotfixPattern, u"hotfix"_s);
        // (The default, kept with the lead-time basis.)
        QCOMPARE(shop->setting(u"metrics.hotfix_pattern"_s, u"absent"_s), u"hotfix"_s);
        // A valid one is kept.
        dialog->setTextValue(u"^release/"_s);
        dialog->accept();
        QVERIFY(!dialog->isVisible());
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.options().hotfixPattern, u"^release/"_s);
        QCOMPARE(shop->setting(u"metrics.hotfix_pattern"_s), u"^release/"_s);
        QVERIFY(page.hotfixPatternAction()->toolTip().contains(u"\"^release/\""_s));

        // Found again by a page that shows the workspace anew.
        MetricsPage again;
        again.setWorkspace(shop);
        QVERIFY(waitUntilReady(again));
        QVERIFY(again.committerTimeAction()->isChecked());
        QCOMPARE(again.options().leadTimeFrom, metrics::TimeBasis::Committer);
        QCOMPARE(again.options().hotfixPattern, u"^release/"_s);
        QCOMPARE(again.tile(MetricsPage::Tile::LeadTime)->valueText(), u"21 h"_s);

        // An empty pattern (none) is kept as such, apart from an absent one (the default); author time again.
        again.hotfixPatternAction()->trigger();
        again.hotfixPatternDialog()->setTextValue(QString());
        again.hotfixPatternDialog()->accept();
        QVERIFY(waitUntilReady(again));
        again.committerTimeAction()->trigger();
        QVERIFY(waitUntilReady(again));
        QCOMPARE(again.tile(MetricsPage::Tile::LeadTime)->valueText(), u"1 d"_s);
        QCOMPARE(shop->setting(u"metrics.lead_time_from"_s), u"author"_s);
        QCOMPARE(shop->setting(u"metrics.hotfix_pattern"_s, u"absent"_s), QString());
        page.setWorkspace(nullptr);
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        QVERIFY(!page.committerTimeAction()->isChecked());
        QCOMPARE(page.options().hotfixPattern, QString());
    }

    void theServiceMenuStaysOpenWhileChoosing()
    {
        ScopeBar bar;
        bar.setServices({Service{1, u"cart"_s, {}, {}}, Service{2, u"search"_s, {}, {}}});
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QMenu *menu = bar.servicesButton()->menu();
        menu->popup(bar.mapToGlobal(QPoint(0, bar.height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QSignalSpy changed(&bar, &ScopeBar::scopeChanged);
        for (const QString &name : {u"cart"_s, u"search"_s}) {
            QAction *action = serviceAction(&bar, name);
            const QPoint centre = menu->actionGeometry(action).center();
            QTest::mouseMove(menu, centre);
            QTest::mouseClick(menu, Qt::LeftButton, {}, centre);
        }
        QVERIFY(menu->isVisible());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(bar.settings().serviceIds, (QList<Id>{1, 2}));
        QCOMPARE(bar.servicesButton()->text(), u"2 services"_s);
        menu->close();
    }

    void drillDownListsTheDeployments()
    {
        auto shop = shopCopy(u"drill.flowdeck"_s);
        QVERIFY(shop);
        MetricsPage page;
        page.resize(1400, 900);
        page.show();
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));

        MetricTile *frequency = page.tile(MetricsPage::Tile::DeploymentFrequency);
        QTest::mouseClick(frequency, Qt::LeftButton, {}, frequency->rect().center());
        DrillDownDialog *dialog = page.drillDownDialog();
        QVERIFY(dialog);
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
            QVERIFY(loaded.wait(10'000));
        }
        QCOMPARE(dialog->table(DrillDownDialog::Section::Changes), nullptr);
        const QStandardItemModel *model = dialog->model(DrillDownDialog::Section::Deployments);
        QVERIFY(model);
        // The successful production deployments of the period, oldest first; not the failed one, not staging.
        const QStringList expected = {u"cart 1.0"_s, u"cart 1.1"_s,   u"search 2.0"_s,
                                      u"cart 1.2"_s, u"search 2.1"_s, u"cart 1.3"_s};
        QCOMPARE(model->rowCount(), expected.size());
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->item(row, 0)->text() + u' ' + model->item(row, 2)->text(), expected[row]);
            QCOMPARE(model->item(row, 1)->text(), u"production"_s);
            QCOMPARE(model->item(row, 4)->text(), u"Succeeded"_s);
        }

        // The failure tile: D4 with its incident, recovered 4 h after it finished.
        MetricTile *failures = page.tile(MetricsPage::Tile::ChangeFailureRate);
        QTest::keyClick(failures, Qt::Key_Return);
        dialog = page.drillDownDialog();
        QVERIFY(dialog);
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
            QVERIFY(loaded.wait(10'000));
        }
        const QStandardItemModel *failed = dialog->model(DrillDownDialog::Section::Failures);
        QVERIFY(failed);
        QCOMPARE(failed->rowCount(), 1);
        QCOMPARE(failed->item(0, 0)->text(), u"cart 1.2"_s);
        QCOMPARE(failed->item(0, 2)->text(), u"Incident"_s);
        QCOMPARE(failed->item(0, 3)->text(), u"Checkout errors"_s);
        QCOMPARE(failed->item(0, 5)->text(), u"4 h"_s);
        QCOMPARE(dialog->model(DrillDownDialog::Section::Deployments)->rowCount(), 6);

        // The lead time tile: the six changes with their commits and spans.
        page.showDrillDown(page.drillDown(MetricsPage::Tile::LeadTime));
        dialog = page.drillDownDialog();
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
            QVERIFY(loaded.wait(10'000));
        }
        const QStandardItemModel *changes = dialog->model(DrillDownDialog::Section::Changes);
        QVERIFY(changes);
        QCOMPARE(changes->rowCount(), 6);
        QStringList rows;
        for (int row = 0; row < changes->rowCount(); ++row)
            rows.append(changes->item(row, 0)->text() + u' ' + changes->item(row, 5)->text());
        rows.sort();
        QCOMPARE(rows, (QStringList{u"11111111 1 d 12 h"_s, u"22222222 1 d"_s, u"33333333 2 d"_s, u"44444444 1 d"_s,
                                    u"55555555 6 h"_s, u"66666666 1 d"_s}));
        QCOMPARE(changes->item(0, 2)->text(), u"Ada"_s);
        dialog->close();
    }

    void flowFiguresDrillDown()
    {
        auto shop = shopCopy(u"flow.flowdeck"_s);
        QVERIFY(shop);
        MetricsPage page;
        page.resize(1400, 900);
        page.show();
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        auto openFigure = [&page](MetricsPage::FlowFigure figure) -> DrillDownDialog * {
            auto *button = page.findChild<QToolButton *>(u"flowFigure%1"_s.arg(int(figure)));
            if (!button || !button->isEnabled())
                return nullptr;
            QTest::mouseClick(button, Qt::LeftButton, {}, button->rect().center());
            DrillDownDialog *dialog = page.drillDownDialog();
            if (dialog && !dialog->isLoaded()) {
                QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
                loaded.wait(10'000);
            }
            return dialog && dialog->isLoaded() ? dialog : nullptr;
        };

        // c7 and c8 are merged and not in production by Nov 29 00:00.
        QCOMPARE(page.flowFigureText(MetricsPage::FlowFigure::WipNow), u"2 changes"_s);
        DrillDownDialog *dialog = openFigure(MetricsPage::FlowFigure::WipNow);
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().startsWith(u"Changes merged but not in production at the period's end"_s));
        const QStandardItemModel *waiting = dialog->model(DrillDownDialog::Section::Changes);
        QVERIFY(waiting);
        QCOMPARE(waiting->rowCount(), 2);
        QStringList rows;
        for (int row = 0; row < waiting->rowCount(); ++row) {
            rows.append(waiting->item(row, 0)->text() + u" | " + waiting->item(row, 3)->text() + u" | " +
                        waiting->item(row, 4)->text() + u" | " + waiting->item(row, 5)->text());
        }
        rows.sort();
        // c7 in production nowhere: "not yet", not 1970; c8 with the deployment after the period.
        QCOMPARE(rows, (QStringList{u"77777777 | "_s + format::dateTime(T + 26 * day + 12 * hour) +
                                        u" | not yet | 1 d 12 h"_s,
                                    u"88888888 | "_s + format::dateTime(T + 27 * day + 12 * hour) + u" | "_s +
                                        format::dateTime(T + 31 * day) + u" | 12 h"_s}));
        dialog->close();

        // Cycle times 6, 24, 24, 24, 36 and 48 h: median 24 h; the six changes shipped in the period.
        QCOMPARE(page.flowFigureText(MetricsPage::FlowFigure::CycleTime), u"1 d"_s);
        dialog = openFigure(MetricsPage::FlowFigure::CycleTime);
        QVERIFY(dialog);
        const QStandardItemModel *cycles = dialog->model(DrillDownDialog::Section::Changes);
        QVERIFY(cycles);
        rows.clear();
        for (int row = 0; row < cycles->rowCount(); ++row)
            rows.append(cycles->item(row, 0)->text() + u' ' + cycles->item(row, 5)->text());
        rows.sort();
        QCOMPARE(rows, (QStringList{u"11111111 1 d 12 h"_s, u"22222222 1 d"_s, u"33333333 2 d"_s, u"44444444 1 d"_s,
                                    u"55555555 6 h"_s, u"66666666 1 d"_s}));
        // c1, merged on Oct 31 at 22:00, reached production with D1 on Nov 2 at 10:00.
        for (int row = 0; row < cycles->rowCount(); ++row) {
            if (cycles->item(row, 0)->text() != u"11111111"_s)
                continue;
            QCOMPARE(cycles->item(row, 3)->text(), format::dateTime(T - 2 * hour));
            QCOMPARE(cycles->item(row, 4)->text(), format::dateTime(T + 34 * hour));
        }
        dialog->close();

        // The cycle time histogram: 6 h in 4–24 h; 24 h (three) in 1–3 d; 36 h and 48 h in 1–3 d as well.
        auto *histogram = page.findChild<LeadTimeHistogram *>(u"cycleTimeHistogram"_s);
        QVERIFY(histogram);
        QVERIFY(page.charts().contains(histogram));
        QCOMPARE(histogram->accessibleName(), u"How long from merge to production?"_s);
        QVERIFY(histogram->emptyStateText().isEmpty());
        QList<DrillDown> drilled;
        connect(histogram, &MetricsChart::drillDown, this,
                [&drilled](const DrillDown &records) { drilled.append(records); });
        auto *series = histogram->chart()->findChild<QBarSeries *>(u"bins"_s);
        QVERIFY(series);
        QBarSet *bins = series->barSets().value(0);
        QVERIFY(bins);
        QList<qreal> counts;
        for (int bin = 0; bin < bins->count(); ++bin)
            counts.append(bins->at(bin));
        QCOMPARE(counts, (QList<qreal>{0, 0, 1, 5, 0, 0, 0, 0}));
        Q_EMIT bins->clicked(2);
        QCOMPARE(drilled.size(), 1);
        QCOMPARE(drilled.first().changes.size(), 1);
        QCOMPARE(drilled.first().changes.first().spanMs, 6 * hour);
    }

    void pullRequestPhases()
    {
        auto shop = shopCopy(u"pulls.flowdeck"_s);
        QVERIFY(shop);
        MetricsPage page;
        page.resize(1400, 900);
        page.show();
        page.setWorkspace(shop);
        QVERIFY(waitUntilReady(page));
        PullRequestFigures *figures = page.pullRequestFigures();
        QVERIFY(figures);
        using Figure = PullRequestFigures::Figure;

        // Coding 24 and 72 h (#13 has none): median 48 h. Review 6, 24, 36 h and deploy 6, 24, 24 h: 24 h each.
        // Total 12, 84, 120 h: 84 h.
        QCOMPARE(figures->emptyText(), QString());
        QCOMPARE(figures->figureText(Figure::Coding), u"2 d"_s);
        QCOMPARE(figures->figureText(Figure::Review), u"1 d"_s);
        QCOMPARE(figures->figureText(Figure::Deploy), u"1 d"_s);
        QCOMPARE(figures->figureText(Figure::Total), u"3 d 12 h"_s);
        QCOMPARE(figures->countText(), u"3 pull requests"_s);
        // p85 of coding: 24 + 0.85 × 48 h = 64.8 h; of the total: 84 + 0.7 × 36 h = 109.2 h.
        const QString codingTip = figures->button(Figure::Coding)->toolTip();
        QVERIFY2(codingTip.contains(u"Median 2 d, 85th percentile 2 d 16 h 48 min, over 2 pull requests."_s),
                 qPrintable(codingTip));
        QVERIFY2(codingTip.contains(u"Left out: 1 pull request whose first commit"_s), qPrintable(codingTip));
        QVERIFY(figures->button(Figure::Total)->toolTip().contains(u"85th percentile 4 d 13 h 12 min, over 3"_s));
        // The bar splits the medians 48 : 24 : 24.
        QCOMPARE(figures->phaseBar()->shares(), (QList<double>{0.5, 0.25, 0.25}));
        QCOMPARE(figures->phaseBar()->sharesText(), u"Coding 50 % · Review 25 % · Deploy 25 %"_s);
        QVERIFY(figures->phaseBar()->isVisible());

        // A figure lists the pull requests behind it, phase by phase.
        QToolButton *total = figures->button(Figure::Total);
        QTest::mouseClick(total, Qt::LeftButton, {}, total->rect().center());
        DrillDownDialog *dialog = page.drillDownDialog();
        QVERIFY(dialog);
        if (!dialog->isLoaded()) {
            QSignalSpy loaded(dialog, &DrillDownDialog::loaded);
            QVERIFY(loaded.wait(10'000));
        }
        QVERIFY(dialog->windowTitle().startsWith(u"Pull requests deployed to production and their lead time"_s));
        QCOMPARE(dialog->table(DrillDownDialog::Section::Changes), nullptr);
        const QStandardItemModel *pulls = dialog->model(DrillDownDialog::Section::PullRequests);
        QVERIFY(pulls);
        QCOMPARE(pulls->columnCount(), 10);
        QStringList rows;
        for (int row = 0; row < pulls->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < pulls->columnCount(); ++column)
                cells.append(pulls->item(row, column)->text());
            rows.append(cells.join(u" | "_s));
        }
        rows.sort();
        auto time = [](Timestamp at) {
            return format::dateTime(at);
        };
        QCOMPARE(rows, (QStringList{
                           u"#11 | Basket rounding | zoe | "_s + time(T + 6 * day) + u" | "_s +
                               time(T + 7 * day + 12 * hour) + u" | "_s + time(T + 8 * day + 12 * hour) +
                               u" | 1 d | 1 d 12 h | 1 d | 3 d 12 h"_s,
                           u"#12 | Search ranking | yuki | "_s + time(T + 13 * day) + u" | "_s + time(T + 14 * day) +
                               u" | "_s + time(T + 15 * day) + u" | 3 d | 1 d | 1 d | 5 d"_s,
                           u"#13 | Checkout retry | zoe | "_s + time(T + 19 * day + 12 * hour) + u" | "_s +
                               time(T + 19 * day + 18 * hour) + u" | "_s + time(T + 20 * day) + u" | "_s +
                               format::missing() + u" | 6 h | 6 h | 12 h"_s,
                       }));
        // Sorted by review time, longest first: #11 (36 h), #12, #13.
        QTableView *table = dialog->table(DrillDownDialog::Section::PullRequests);
        table->sortByColumn(7, Qt::DescendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), u"#11"_s);
        QCOMPARE(table->model()->index(2, 0).data().toString(), u"#13"_s);
        QVERIFY(pulls->item(0, 0)->toolTip().startsWith(u"https://example.org/shop/pull/1"_s));
        dialog->close();

        // Search alone: #12 only.
        QAction *search = serviceAction(page.scopeBar(), u"search"_s);
        QVERIFY(search);
        search->trigger();
        QVERIFY(waitUntilReady(page));
        QCOMPARE(figures->figureText(Figure::Coding), u"3 d"_s);
        QCOMPARE(figures->figureText(Figure::Total), u"5 d"_s);
        QCOMPARE(figures->countText(), u"1 pull request"_s);

        // A period without pull requests says so in place of the figures.
        page.scopeBar()->periodBox()->setCurrentIndex(int(ScopeBar::Period::Last30Days));
        QVERIFY(waitUntilReady(page));
        QCOMPARE(figures->emptyText(), u"No merged pull requests reached production in this period"_s);
        QCOMPARE(figures->figureText(Figure::Total), QString());
        QVERIFY(figures->isVisible());
        QVERIFY(!figures->button(Figure::Total)->isVisible());
        QVERIFY(!figures->phaseBar()->isVisible());
        QVERIFY(page.pullRequestFigures()->drillDown(Figure::Total).pullRequests.isEmpty());
    }

    void emptyWorkspaceShowsWhatFillsIt()
    {
        auto empty = createWorkspace(u"empty.flowdeck"_s);
        QVERIFY(empty);
        MetricsPage page;
        page.setWorkspace(empty);
        QVERIFY(!page.isReady());
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.pageStack()->state(), PageStack::State::Empty);
        QCOMPARE(page.findChild<QLabel *>(u"emptyTitle"_s)->text(), u"No delivery history yet"_s);
        auto *first = page.findChild<QPushButton *>(u"metricsEmptyFirstButton"_s);
        auto *second = page.findChild<QPushButton *>(u"metricsEmptySecondButton"_s);
        QCOMPARE(first->text(), u"Import Git History…"_s);
        QCOMPARE(second->text(), u"Connect CI…"_s);
        QSignalSpy import(&page, &MetricsPage::importHistoryRequested);
        QSignalSpy connectCi(&page, &MetricsPage::connectCiRequested);
        first->click();
        second->click();
        QCOMPARE(import.size(), 1);
        QCOMPARE(connectCi.size(), 1);
        QVERIFY(!page.report());
    }

    void historyWithoutProductionSaysWhatIsMissing()
    {
        auto staging = createWorkspace(u"staging.flowdeck"_s);
        QVERIFY(staging);
        RowInserter in(*staging);
        const Id service = in.add(Service{0, u"cart"_s, {}, {}});
        const Id environment = in.add(Environment{0, u"live"_s, QString::fromLatin1(Tier::Other), 0});
        in.add(deploymentRow(service, environment, u"1.0"_s, Status::Succeeded, T, T + hour));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        MetricsPage page;
        page.setWorkspace(staging);
        QVERIFY(waitUntilReady(page));
        QCOMPARE(page.pageStack()->state(), PageStack::State::Empty);
        QCOMPARE(page.findChild<QLabel *>(u"emptyTitle"_s)->text(), u"No production environment"_s);
        QVERIFY(page.findChild<QLabel *>(u"emptyText"_s)->text().contains(u"tier production"_s));
        QSignalSpy connectCi(&page, &MetricsPage::connectCiRequested);
        QSignalSpy environments(&page, &MetricsPage::environmentsRequested);
        page.findChild<QPushButton *>(u"metricsEmptyFirstButton"_s)->click();
        page.findChild<QPushButton *>(u"metricsEmptySecondButton"_s)->click();
        QCOMPARE(connectCi.size(), 1);
        QCOMPARE(environments.size(), 1);
    }

    void noWorkspaceIsBlankAndReady()
    {
        MetricsPage page;
        page.setWorkspace(nullptr);
        QVERIFY(page.isReady());
        QCOMPARE(page.pageStack()->state(), PageStack::State::Blank);
    }
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
