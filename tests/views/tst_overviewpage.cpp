// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixturerows.h"
#include "fixturetime.h"
#include "overview/environmentmatrixmodel.h"
#include "overview/latestdeploymentsmodel.h"
#include "overview/overviewpage.h"
#include "overview/recordspanmodel.h"
#include "rowinserter.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

// The test runs with TZ=UTC and a German locale, so T reads "14.11.23 22:13".

const QString c1 = u"c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1"_s;
const QString c2 = u"c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"_s;

// Three services (search never deployed), test -> production, a failed deployment after a successful one.
QString buildShop(const Workspace &workspace)
{
    RowInserter in(workspace);
    const Id repository = in.add(Repository{0, u"shop"_s, {}, {}, {}, {}, {}});
    in.add(commitRow(repository, u"c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0"_s, T - 14 * day));
    in.add(commitRow(repository, c1, T - 2 * day));
    in.add(commitRow(repository, c2, T - day));
    in.add(commitRow(repository, u"c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"_s, T + hour));

    in.add(Service{0, u"search"_s, u"Finds products"_s, {}});
    const Id cart = in.add(Service{0, u"cart"_s, u"Shopping cart"_s, repository});
    const Id catalog = in.add(Service{0, u"catalog"_s, {}, {}});
    const Id production = in.add(Environment{0, u"production"_s, QString::fromLatin1(Tier::Production), 1});
    const Id test = in.add(Environment{0, u"test"_s, QString::fromLatin1(Tier::Testing), 0});
    in.add(EnvironmentEdge{0, test, production});

    const Id runId = in.add(runRow(Status::Succeeded, T, {}, T + 9 * minute));
    in.add(jobRow(runId, u"build"_s, Status::Succeeded, T + minute, T + 2 * minute, T + 5 * minute));

    in.add(deploymentRow(cart, test, u"1.0"_s, Status::Succeeded, T + 10 * hour, T + 10 * hour + 10 * minute, c1));
    in.add(
        deploymentRow(cart, production, u"1.0"_s, Status::Succeeded, T + 20 * hour, T + 20 * hour + 30 * minute, c1));
    in.add(deploymentRow(cart, test, u"1.1"_s, Status::Succeeded, T + 30 * hour, T + 30 * hour + 5 * minute, c2));
    in.add(deploymentRow(cart, production, u"1.1"_s, Status::Failed, T + 40 * hour, T + 40 * hour + 20 * minute, c2));
    in.add(deploymentRow(catalog, test, u"2.0"_s, Status::Succeeded, T + 5 * hour, T + 5 * hour + 15 * minute));
    in.add(deploymentRow(catalog, test, u"2.1"_s, Status::Running, T + 50 * hour, {}));

    in.add(incidentRow(cart, u"Checkout errors"_s, T + 41 * hour, T + 43 * hour));
    return in.error();
}

QString text(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

QString header(const QAbstractItemModel *model, int section)
{
    return model->headerData(section, Qt::Horizontal).toString();
}

} // namespace

class TestOverviewPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_shop;
    std::shared_ptr<Workspace> m_empty;

    // Every model of the page, checked by QAbstractItemModelTester through all the resets the test causes.
    static void testModels(OverviewPage &page, std::vector<std::unique_ptr<QAbstractItemModelTester>> &testers)
    {
        for (const char *name : {"environmentMatrix", "recordSpans", "latestDeployments"}) {
            auto *view = page.findChild<QTableView *>(QString::fromLatin1(name));
            QVERIFY(view);
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
    }

    static QWidget *currentView(OverviewPage &page)
    {
        auto *stack = page.findChild<QStackedWidget *>();
        return stack ? stack->currentWidget() : nullptr;
    }

    static const QAbstractItemModel *model(OverviewPage &page, const char *view)
    {
        return page.findChild<QTableView *>(QString::fromLatin1(view))->model();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(m_dir.isValid());
        auto shop = Workspace::create(m_dir.filePath(u"shop.flowdeck"_s));
        QVERIFY2(shop, qPrintable(shop.errorMessage()));
        m_shop = *shop;
        const QString failed = buildShop(*m_shop);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto empty = Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY(empty);
        m_empty = *empty;
    }

    void showsWhatRunsWhere()
    {
        OverviewPage page;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testModels(page, testers);
        QSignalSpy ready(&page, &Page::ready);
        QVERIFY(!page.isReady());
        page.setWorkspace(m_shop);
        QTRY_VERIFY(page.isReady());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(currentView(page)->objectName(), u"summaryView"_s);

        QCOMPARE(page.findChild<QLabel *>(u"workspaceTitle"_s)->text(), u"shop"_s);
        QCOMPARE(page.findChild<QLabel *>(u"workspaceFacts"_s)->text(),
                 u"3 services · 2 environments · history 31.10.23 – 17.11.23"_s);

        const QAbstractItemModel *matrix = model(page, "environmentMatrix");
        QCOMPARE(matrix->rowCount(), 3);
        QCOMPARE(matrix->columnCount(), 3);
        QCOMPARE(header(matrix, 1), u"test"_s);
        QCOMPARE(header(matrix, 2), u"production"_s);
        QCOMPARE(text(matrix, 0, 0), u"cart"_s);
        QCOMPARE(text(matrix, 0, 0, EnvironmentMatrixModel::DetailRole), u"Shopping cart"_s);
        QCOMPARE(text(matrix, 0, 1), u"1.1"_s);
        // The failed 1.1 does not replace 1.0 in production.
        QCOMPARE(text(matrix, 0, 2), u"1.0"_s);
        QCOMPARE(matrix->data(matrix->index(0, 2), EnvironmentMatrixModel::SinceRole).toLongLong(),
                 T + 20 * hour + 30 * minute);
        QVERIFY(text(matrix, 0, 2, Qt::ToolTipRole).contains(u"commit c1c1c1c1"_s));
        QVERIFY(text(matrix, 0, 2, Qt::ToolTipRole).contains(u"2023-11-15T18:43:20Z"_s));
        QCOMPARE(text(matrix, 1, 0), u"catalog"_s);
        QCOMPARE(text(matrix, 1, 1), u"2.0"_s);
        QCOMPARE(text(matrix, 1, 2), u"—"_s);
        QVERIFY(matrix->data(matrix->index(1, 2), EnvironmentMatrixModel::MissingRole).toBool());
        QCOMPARE(text(matrix, 2, 0), u"search"_s);
        QCOMPARE(text(matrix, 2, 1), u"—"_s);
        QCOMPARE(text(matrix, 2, 2), u"—"_s);

        const QAbstractItemModel *records = model(page, "recordSpans");
        QCOMPARE(records->rowCount(), 5);
        const QStringList counts = {u"4"_s, u"1"_s, u"1"_s, u"6"_s, u"1"_s};
        for (int row = 0; row < 5; ++row)
            QCOMPARE(text(records, row, RecordSpanModel::CountColumn), counts[row]);
        QCOMPARE(text(records, RecordSpanModel::CommitsRow, RecordSpanModel::FirstColumn), u"31.10.23"_s);
        QCOMPARE(text(records, RecordSpanModel::CommitsRow, RecordSpanModel::LastColumn), u"14.11.23"_s);
        // 4 commits over 14 days and 1 hour: 4 × 168 h / 337 h = 1.99 a week.
        QCOMPARE(text(records, RecordSpanModel::CommitsRow, RecordSpanModel::RateColumn), u"2,0/week"_s);
        QCOMPARE(text(records, RecordSpanModel::DeploymentsRow, RecordSpanModel::FirstColumn), u"15.11.23"_s);
        QCOMPARE(text(records, RecordSpanModel::DeploymentsRow, RecordSpanModel::LastColumn), u"17.11.23"_s);
        // Deployments span 45 hours: too short for a weekly rate.
        QCOMPARE(text(records, RecordSpanModel::DeploymentsRow, RecordSpanModel::RateColumn), u"—"_s);
        QCOMPARE(records->data(records->index(0, RecordSpanModel::CountColumn), Qt::TextAlignmentRole)
                         .value<Qt::Alignment>() &
                     Qt::AlignRight,
                 Qt::AlignRight);

        const QAbstractItemModel *latest = model(page, "latestDeployments");
        QCOMPARE(latest->rowCount(), 6);
        QCOMPARE(header(latest, LatestDeploymentsModel::StatusColumn), u"Status"_s);
        // Newest first: catalog 2.1 is still running.
        QCOMPARE(text(latest, 0, LatestDeploymentsModel::ServiceColumn), u"catalog"_s);
        QCOMPARE(text(latest, 0, LatestDeploymentsModel::VersionColumn), u"2.1"_s);
        QCOMPARE(text(latest, 0, LatestDeploymentsModel::StatusColumn), u"Running"_s);
        QCOMPARE(text(latest, 0, LatestDeploymentsModel::FinishedColumn), u"—"_s);
        QCOMPARE(text(latest, 0, LatestDeploymentsModel::DurationColumn), u"—"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::ServiceColumn), u"cart"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::EnvironmentColumn), u"production"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::VersionColumn), u"1.1"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::StatusColumn), u"Failed"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::StatusColumn, Qt::ToolTipRole), u"✕ Failed"_s);
        QVERIFY(!latest->data(latest->index(1, LatestDeploymentsModel::StatusColumn), Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::FinishedColumn), u"16.11.23 14:33"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::DurationColumn), u"20 min"_s);
        QCOMPARE(text(latest, 1, LatestDeploymentsModel::DurationColumn, Qt::ToolTipRole),
                 u"20 min from start to finish"_s);
        QCOMPARE(text(latest, 2, LatestDeploymentsModel::StatusColumn), u"Succeeded"_s);
        QCOMPARE(text(latest, 2, LatestDeploymentsModel::DurationColumn), u"5 min"_s);
        QCOMPARE(text(latest, 5, LatestDeploymentsModel::VersionColumn), u"2.0"_s);
        QCOMPARE(text(latest, 5, LatestDeploymentsModel::DurationColumn), u"15 min"_s);

        // Every row of every table is visible without scrolling inside the table.
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        for (const char *name : {"environmentMatrix", "recordSpans", "latestDeployments"}) {
            auto *view = page.findChild<QTableView *>(QString::fromLatin1(name));
            const int rows = view->model()->rowCount();
            QVERIFY2(view->rowViewportPosition(rows - 1) + view->rowHeight(rows - 1) <= view->viewport()->height(),
                     name);
        }
    }

    void emptyWorkspaceOffersTheDemo()
    {
        OverviewPage page;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testModels(page, testers);
        QSignalSpy ready(&page, &Page::ready);
        QSignalSpy demo(&page, &OverviewPage::openDemoRequested);
        page.setWorkspace(m_empty);
        QTRY_VERIFY(page.isReady());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(currentView(page)->objectName(), u"emptyState"_s);
        QCOMPARE(page.findChild<QLabel *>(u"workspaceTitle"_s)->text(), u"empty"_s);
        QCOMPARE(model(page, "environmentMatrix")->rowCount(), 0);
        QCOMPARE(model(page, "latestDeployments")->rowCount(), 0);

        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = page.findChild<QPushButton *>(u"openDemoButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), u"Open demo workspace"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(demo.count(), 1);
    }

    void noWorkspaceClearsThePage()
    {
        OverviewPage page;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testModels(page, testers);
        page.setWorkspace(m_shop);
        QTRY_VERIFY(page.isReady());
        QCOMPARE(model(page, "latestDeployments")->rowCount(), 6);

        QSignalSpy ready(&page, &Page::ready);
        page.setWorkspace(nullptr);
        QVERIFY(page.isReady());
        QCOMPARE(ready.count(), 1);
        QVERIFY(page.findChild<QLabel *>(u"workspaceTitle"_s)->text().isEmpty());
        QCOMPARE(model(page, "environmentMatrix")->rowCount(), 0);
        QCOMPARE(model(page, "latestDeployments")->rowCount(), 0);
        QVERIFY(currentView(page)->objectName().isEmpty());
    }

    void aLateResultForAnEarlierWorkspaceIsDropped()
    {
        OverviewPage page;
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        testModels(page, testers);
        QSignalSpy ready(&page, &Page::ready);
        page.setWorkspace(m_shop);
        page.setWorkspace(m_empty);
        QTRY_VERIFY(page.isReady());
        QCOMPARE(currentView(page)->objectName(), u"emptyState"_s);
        // Give the first load every chance to arrive late: nothing may change any more.
        ready.clear();
        QTest::qWait(300);
        QCOMPARE(ready.count(), 0);
        QCOMPARE(currentView(page)->objectName(), u"emptyState"_s);
        QCOMPARE(page.findChild<QLabel *>(u"workspaceTitle"_s)->text(), u"empty"_s);
        QCOMPARE(model(page, "latestDeployments")->rowCount(), 0);
    }

    void closingThePageWhileItLoadsIsSafe()
    {
        for (int i = 0; i < 5; ++i) {
            auto page = std::make_unique<OverviewPage>();
            page->setWorkspace(m_shop);
            page.reset();
        }
        // The loads finish after their pages are gone; their results go nowhere.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void aFailedReadIsShownInPlace()
    {
        auto broken = Workspace::create(m_dir.filePath(u"broken.flowdeck"_s));
        QVERIFY(broken);
        auto dropped = (*broken)->write([](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            if (!query.exec(u"DROP TABLE incidents"_s))
                return Error{query.lastError().text()};
            return {};
        });
        QVERIFY2(dropped, qPrintable(dropped.errorMessage()));

        OverviewPage page;
        QSignalSpy ready(&page, &Page::ready);
        page.setWorkspace(*broken);
        QTRY_VERIFY(page.isReady());
        QCOMPARE(ready.count(), 1);
        QCOMPARE(currentView(page)->objectName(), u"errorView"_s);
        const QString message = page.findChild<QLabel *>(u"errorText"_s)->text();
        QVERIFY2(message.contains(u"The overview of broken could not be read."_s), qPrintable(message));
        QVERIFY2(message.contains(u"incidents"_s), qPrintable(message));
    }

    void cleanupTestCase()
    {
        m_shop.reset();
        m_empty.reset();
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
