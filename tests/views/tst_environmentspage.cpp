// SPDX-License-Identifier: GPL-3.0-or-later
// The Environments page on a hand-built workspace: cards in promotion order with what each service runs, the
// versions waiting for promotion, and the waits on the edges, as worked out by hand below.
#include "environments/environmentgraphitems.h"
#include "environments/environmentspage.h"
#include "fixturerows.h"
#include "fixturetime.h"
#include "rowinserter.h"
#include "store/workspace.h"

#include <QAbstractItemModel>
#include <QGraphicsView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

class TestEnvironmentsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::shared_ptr<store::Workspace> workspace(const QString &name)
    {
        auto created = store::Workspace::create(m_dir.filePath(name + u".flowdeck"_s));
        if (!created) {
            QTest::qFail(qPrintable(created.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        return *created;
    }

    static void load(EnvironmentsPage &page, std::shared_ptr<store::Workspace> workspace)
    {
        QSignalSpy ready(&page, &Page::ready);
        page.setWorkspace(std::move(workspace));
        QTRY_VERIFY_WITH_TIMEOUT(page.isReady(), 20000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void promotionGraph()
    {
        auto shop = workspace(u"shop"_s);
        QVERIFY(shop);
        RowInserter in(*shop);
        const Id cart = in.add(Service{0, u"cart"_s, {}, {}});
        const Id search = in.add(Service{0, u"search"_s, {}, {}});
        in.add(Service{0, u"unused"_s, {}, {}});
        // Stored out of order: the edges say dev, staging, production.
        const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 0});
        const Id dev = in.add(Environment{0, u"dev"_s, QString::fromLatin1(Tier::Development), 0});
        const Id staging = in.add(Environment{0, u"staging"_s, QString::fromLatin1(Tier::Staging), 0});
        in.add(EnvironmentEdge{0, dev, staging});
        in.add(EnvironmentEdge{0, staging, production});
        const auto ok = Status::Succeeded;
        // cart 1.0: dev done T+1h, staging from T+3h (waited 2 h), done T+4h, production from T+28h (24 h).
        in.add(deploymentRow(cart, dev, u"1.0"_s, ok, T, T + hour, u"aaaaaaaaaa"_s));
        in.add(deploymentRow(cart, staging, u"1.0"_s, ok, T + 3 * hour, T + 4 * hour, u"aaaaaaaaaa"_s));
        in.add(deploymentRow(cart, production, u"1.0"_s, ok, T + 28 * hour, T + 29 * hour, u"aaaaaaaaaa"_s));
        // cart 1.1: dev done T+10h, staging from T+14h (4 h): waits in staging since T+15h.
        in.add(deploymentRow(cart, dev, u"1.1"_s, ok, T + 9 * hour, T + 10 * hour, u"bbbbbbbbbb"_s));
        in.add(deploymentRow(cart, staging, u"1.1"_s, ok, T + 14 * hour, T + 15 * hour, u"bbbbbbbbbb"_s));
        // search 2.0: only in dev, waiting there since T+6h.
        in.add(deploymentRow(search, dev, u"2.0"_s, ok, T + 5 * hour, T + 6 * hour));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));

        EnvironmentsPage page;
        page.resize(1400, 800);
        page.show();
        load(page, shop);
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget(), page.graphView()->parentWidget());

        // Cards in promotion order, each with the services deployed there, by name.
        const QList<EnvironmentCardItem *> cards = page.cards();
        QCOMPARE(cards.size(), 3);
        QCOMPARE(cards[0]->name(), u"dev"_s);
        QCOMPARE(cards[1]->name(), u"staging"_s);
        QCOMPARE(cards[2]->name(), u"production"_s);
        // Laid out left to right.
        QVERIFY(cards[0]->pos().x() < cards[1]->pos().x());
        QVERIFY(cards[1]->pos().x() < cards[2]->pos().x());

        QCOMPARE(cards[0]->rows().size(), 2);
        QCOMPARE(cards[0]->rows()[0].service, u"cart"_s);
        QCOMPARE(cards[0]->rows()[0].version, u"1.1"_s);
        QVERIFY2(cards[0]->rows()[0].detail.startsWith(u"bbbbbbb ·"_s), qPrintable(cards[0]->rows()[0].detail));
        // cart 1.1 went on to staging: not waiting in dev. search 2.0 did not.
        QVERIFY(cards[0]->rows()[0].waiting.isEmpty());
        QCOMPARE(cards[0]->rows()[1].service, u"search"_s);
        QVERIFY2(cards[0]->rows()[1].waiting.startsWith(u"◷ waiting"_s), qPrintable(cards[0]->rows()[1].waiting));
        // Without a commit the detail is the age alone.
        QVERIFY(!cards[0]->rows()[1].detail.contains(u'·'));

        QCOMPARE(cards[1]->rows().size(), 1);
        QCOMPARE(cards[1]->rows()[0].version, u"1.1"_s);
        QVERIFY(!cards[1]->rows()[0].waiting.isEmpty());
        // Production is the end of the path: nothing waits there.
        QCOMPARE(cards[2]->rows().size(), 1);
        QCOMPARE(cards[2]->rows()[0].version, u"1.0"_s);
        QVERIFY(cards[2]->rows()[0].waiting.isEmpty());

        // dev -> staging: 2 h and 4 h: median 3 h, p85 (rank 2) 4 h. staging -> production: 24 h, once.
        const QList<PromotionEdgeItem *> edges = page.edges();
        QCOMPARE(edges.size(), 2);
        QCOMPARE(edges[0]->label(), (QStringList{u"waits 3 h"_s, u"p85 4 h · 2 promotions"_s}));
        QCOMPARE(edges[1]->label(), (QStringList{u"waits 1 d"_s, u"p85 1 d · 1 promotion"_s}));
        QVERIFY(edges[0]->toolTip().contains(u"dev"_s));
        QVERIFY(edges[0]->toolTip().contains(u"staging"_s));

        // Waiting for promotion, longest first: search 2.0 in dev since T+6h, then cart 1.1 in staging since T+15h.
        const QAbstractItemModel *waiting = page.waitingTable()->model();
        QCOMPARE(waiting->rowCount(), 2);
        QCOMPARE(waiting->index(0, 0).data().toString(), u"search"_s);
        QCOMPARE(waiting->index(0, 1).data().toString(), u"2.0"_s);
        QCOMPARE(waiting->index(0, 2).data().toString(), u"dev"_s);
        QCOMPARE(waiting->index(0, 3).data().toString(), u"staging"_s);
        QCOMPARE(waiting->index(1, 0).data().toString(), u"cart"_s);
        QCOMPARE(waiting->index(1, 2).data().toString(), u"staging"_s);
        QCOMPARE(waiting->index(1, 3).data().toString(), u"production"_s);

        // The period ends with the latest deployment (production at T+28h).
        QVERIFY2(page.findChild<QLabel *>(u"environmentsPeriod"_s)->text().contains(u"90 days"_s),
                 qPrintable(page.findChild<QLabel *>(u"environmentsPeriod"_s)->text()));

        // The graph fits the view without growing beyond its natural size.
        QVERIFY(page.graphView()->transform().m11() <= 1.0);
        QVERIFY(page.graphView()->transform().m11() > 0.2);
    }

    void environmentsWithoutDeployments()
    {
        auto bare = workspace(u"bare"_s);
        QVERIFY(bare);
        RowInserter in(*bare);
        const Id a = in.add(Environment{0, u"test"_s, QString::fromLatin1(Tier::Testing), 0});
        const Id b = in.add(Environment{0, u"live"_s, QString::fromLatin1(Tier::Production), 1});
        in.add(EnvironmentEdge{0, a, b});
        QVERIFY(in.error().isEmpty());
        EnvironmentsPage page;
        page.resize(1000, 700);
        load(page, bare);
        QCOMPARE(page.cards().size(), 2);
        QVERIFY(page.cards()[0]->rows().isEmpty());
        QCOMPARE(page.edges().size(), 1);
        QCOMPARE(page.edges()[0]->label(), QStringList{u"no promotions"_s});
        QCOMPARE(page.findChild<QLabel *>(u"environmentsPeriod"_s)->text(), u"No deployments recorded yet."_s);
        QCOMPARE(page.waitingTable()->model()->rowCount(), 0);
    }

    void emptyState()
    {
        auto empty = workspace(u"empty"_s);
        QVERIFY(empty);
        EnvironmentsPage page;
        QSignalSpy demo(&page, &EnvironmentsPage::openDemoRequested);
        load(page, empty);
        QVERIFY(page.cards().isEmpty());
        auto *button = page.findChild<QPushButton *>(u"openDemoButton"_s);
        QVERIFY(button);
        button->click();
        QCOMPARE(demo.count(), 1);
    }

    void noWorkspace()
    {
        EnvironmentsPage page;
        page.setWorkspace(nullptr);
        QVERIFY(page.isReady());
        QVERIFY(page.cards().isEmpty());
    }
};

QTEST_MAIN(TestEnvironmentsPage)
#include "tst_environmentspage.moc"
