// SPDX-License-Identifier: GPL-3.0-or-later
// The Runs page on the demo workspace, compared with what plain SQL reads from the same file: it lists the runs
// newest first a page at a time, a status filter narrows them, and the selected run shows its jobs. Also the empty
// states, a late result that must be dropped, and the timeline's scale on jobs written by hand.
#include "common/periodchooser.h"
#include "demo/demogenerator.h"
#include "fixturetime.h"
#include "runs/jobtablemodel.h"
#include "runs/rundetailsview.h"
#include "runs/runfilterbar.h"
#include "runs/runlogloader.h"
#include "runs/runspage.h"
#include "runs/runtablemodel.h"
#include "runs/runtimeline.h"
#include "store/workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

class TestRunsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_demo;

    std::shared_ptr<store::Workspace> emptyWorkspace(const QString &name)
    {
        auto created = store::Workspace::create(m_dir.filePath(name + u".flowdeck"_s));
        if (!created) {
            QTest::qFail(qPrintable(created.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        return *created;
    }

    /// One number read with plain SQL from the demo workspace.
    qint64 scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_demo->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            QTest::qFail(qPrintable(u"cannot run "_s + sql), __FILE__, __LINE__);
            return -1;
        }
        return query.value(0).toLongLong();
    }

    static bool load(RunsPage &page, std::shared_ptr<const store::Workspace> workspace)
    {
        page.setWorkspace(std::move(workspace));
        return QTest::qWaitFor([&] { return page.isReady(); }, 30'000);
    }

    /// Waits until the page shows the runs of its current filter and the details of the selected run.
    static bool settle(RunsPage &page)
    {
        auto *loader = page.findChild<RunLogLoader *>();
        return QTest::qWaitFor(
            [&] {
                return !loader->isLoadingRuns() && !loader->isLoadingJobs() &&
                       (page.detailsView()->runId() == 0 || page.detailsView()->hasJobs());
            },
            30'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = emptyWorkspace(u"demo"_s);
        QVERIFY(m_demo);
        auto generated = demo::generateDemo(*m_demo);
        QVERIFY2(generated, qPrintable(generated.errorMessage()));
        QVERIFY(generated->pipelineRuns > RunLogLoader::pageSize);
    }

    void listsRunsNewestFirst()
    {
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));

        RunTableModel *model = page.runModel();
        const qint64 runs = scalar(u"SELECT COUNT(*) FROM pipeline_runs"_s);
        QCOMPARE(model->totalRuns(), runs);
        // The first page only: the rest comes as the table scrolls.
        QCOMPARE(model->rowCount(), RunLogLoader::pageSize);
        QVERIFY(model->canFetchMore({}));
        QCOMPARE(page.findChild<QLabel *>(u"runCount"_s)->text(),
                 u"All %1 runs, newest first"_s.arg(QLocale().toString(runs)));
        QVERIFY(page.findChild<QLabel *>(u"runsFacts"_s)
                    ->text()
                    .startsWith(u"%1 runs of 6 pipelines"_s.arg(QLocale().toString(runs))));

        // The newest run of the workspace comes first, and the rows never get newer.
        const qint64 newest = scalar(u"SELECT MAX(created_at) FROM pipeline_runs"_s);
        QCOMPARE(model->runAt(0)->createdAt, newest);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(*model->runAt(row)->createdAt <= *model->runAt(row - 1)->createdAt);

        // The first row's figures, as plain SQL reads them.
        const runs::RunRow &first = *model->runAt(0);
        QCOMPARE(qint64(first.jobs), scalar(u"SELECT COUNT(*) FROM jobs WHERE run_id = ?"_s, {first.id}));
        QCOMPARE(qint64(first.failedJobs),
                 scalar(u"SELECT COUNT(*) FROM jobs WHERE run_id = ? AND status = 'failed'"_s, {first.id}));
        QCOMPARE(first.runMs, scalar(u"SELECT finished_at - started_at FROM pipeline_runs WHERE id = ?"_s, {first.id}));
        const QModelIndex status = model->index(0, RunTableModel::StatusColumn);
        QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->index(0, RunTableModel::CommitColumn).data().toString(), first.commitOid.left(10));

        // The newest run is selected, with its details.
        QCOMPARE(page.selectedRun(), first.id);
        QCOMPARE(page.detailsView()->runId(), first.id);

        // Scrolling to the end reads the next page.
        page.runTable()->scrollToBottom();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2 * RunLogLoader::pageSize, 30'000);
        for (int row = RunLogLoader::pageSize; row < model->rowCount(); ++row)
            QVERIFY(*model->runAt(row)->createdAt <= *model->runAt(row - 1)->createdAt);
        QCOMPARE(model->totalRuns(), runs);

        // The model tester fetches as a view would; every page follows the one before, and the last one ends
        // the list with every run listed once.
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model->canFetchMore({}) || model->isFetching()) {
            if (model->canFetchMore({}))
                model->fetchMore({});
            QVERIFY(QTest::qWaitFor([&] { return !model->isFetching(); }, 30'000));
        }
        QCOMPARE(model->rowCount(), runs);
        QSet<Id> ids;
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.insert(model->runAt(row)->id);
            if (row > 0)
                QVERIFY(*model->runAt(row)->createdAt <= *model->runAt(row - 1)->createdAt);
        }
        QCOMPARE(ids.size(), runs);
    }

    void statusFilterNarrows()
    {
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));

        auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
        QVERIFY(status);
        const int failedItem = status->findData(u"failed"_s);
        QVERIFY(failedItem > 0);
        status->setCurrentIndex(failedItem);
        QCOMPARE(page.filterBar()->filter().status, u"failed"_s);
        QVERIFY(settle(page));

        const qint64 failed = scalar(u"SELECT COUNT(*) FROM pipeline_runs WHERE status = 'failed'"_s);
        const qint64 all = scalar(u"SELECT COUNT(*) FROM pipeline_runs"_s);
        QVERIFY(failed > 0 && failed < all);
        RunTableModel *model = page.runModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalRuns(), failed, 30'000);
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->runAt(row)->status, u"failed"_s);
        QCOMPARE(page.findChild<QLabel *>(u"runCount"_s)->text(),
                 u"%1 of %2 runs match"_s.arg(QLocale().toString(failed), QLocale().toString(all)));
        // The details follow: the selected run is one the table lists.
        QCOMPARE(page.detailsView()->runId(), model->runAt(0)->id);

        // Clearing the filters lists every run again.
        page.filterBar()->clear();
        QVERIFY(settle(page));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalRuns(), all, 30'000);
    }

    void textFilterWithoutMatch()
    {
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));

        auto *text = page.findChild<QLineEdit *>(u"runTextFilter"_s);
        QTest::keyClicks(text, u"no-such-branch"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->totalRuns(), 0, 30'000);
        auto *tables = static_cast<QStackedWidget *>(page.runTable()->parentWidget());
        QCOMPARE(tables->currentWidget()->objectName(), u"noRunMatchView"_s);
        QCOMPARE(page.detailsView()->runId(), 0);

        // A part of a branch the demo has, in another case: only runs of that branch.
        text->clear();
        QTest::keyClicks(text, u"FEATURE/"_s);
        const qint64 features = scalar(u"SELECT COUNT(*) FROM pipeline_runs WHERE branch LIKE 'feature/%'"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->totalRuns(), features, 30'000);
        QCOMPARE(tables->currentWidget(), page.runTable());
        QVERIFY(page.runModel()->runAt(0)->branch.startsWith(u"feature/"_s));

        // The button of the no-match view clears the filters.
        text->clear();
        QTest::keyClicks(text, u"no-such-branch"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->totalRuns(), 0, 30'000);
        QTest::mouseClick(page.findChild<QPushButton *>(u"clearRunFiltersButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->totalRuns(), scalar(u"SELECT COUNT(*) FROM pipeline_runs"_s),
                                  30'000);
        QVERIFY(text->text().isEmpty());
    }

    void selectingRunShowsJobs()
    {
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));

        // A run with a failed job, chosen with plain SQL among the first page's runs.
        RunTableModel *model = page.runModel();
        int row = -1;
        for (int i = 0; i < model->rowCount() && row < 0; ++i) {
            if (model->runAt(i)->failedJobs > 0 && i > 0)
                row = i;
        }
        QVERIFY(row > 0);
        const Id runId = model->runAt(row)->id;
        page.runTable()->selectRow(row);
        QCOMPARE(page.selectedRun(), runId);
        QCOMPARE(page.detailsView()->runId(), runId);
        QVERIFY(settle(page));
        QVERIFY(page.detailsView()->hasJobs());

        // Its jobs, in the order they were queued, as plain SQL lists them.
        QSqlQuery query(m_demo->connection());
        query.prepare(u"SELECT name, status, attempt, started_at - queued_at FROM jobs WHERE run_id = ? "
                      "ORDER BY queued_at, started_at, id"_s);
        query.addBindValue(runId);
        QVERIFY(query.exec());
        JobTableModel *jobs = page.detailsView()->jobModel();
        QAbstractItemModelTester tester(jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int job = 0;
        int failed = 0;
        while (query.next()) {
            QVERIFY(job < jobs->rowCount());
            const runs::JobRow &shown = jobs->jobs().at(job);
            QCOMPARE(shown.name, query.value(0).toString());
            QCOMPARE(shown.status, query.value(1).toString());
            QCOMPARE(shown.attempt, query.value(2).toInt());
            QCOMPARE(shown.queueMs, query.value(3).toLongLong());
            failed += shown.status == u"failed"_s;
            ++job;
        }
        QCOMPARE(jobs->rowCount(), job);
        QVERIFY(failed > 0);
        // A retried job says which attempt it is.
        for (int i = 0; i < jobs->rowCount(); ++i) {
            if (jobs->jobs().at(i).attempt > 1) {
                QVERIFY(jobs->index(i, JobTableModel::NameColumn).data().toString().contains(u"attempt"_s));
            }
        }

        // One bar per job on the timeline, level with the table's rows.
        RunTimeline *timeline = page.detailsView()->timeline();
        QTableView *table = page.detailsView()->jobTable();
        QVERIFY(timeline->isVisible());
        QCOMPARE(timeline->height(), table->height());
        for (int i = 0; i < jobs->rowCount(); ++i) {
            const RunTimeline::Bar bar = timeline->barAt(i);
            QVERIFY(bar.run);
            const QRect cell = table->visualRect(jobs->index(i, 0));
            const int rowCentre = cell.center().y() + table->horizontalHeader()->height();
            QVERIFY2(
                qAbs(bar.run->center().y() - rowCentre) <= 2,
                qPrintable(u"row %1: bar at %2, table row at %3"_s.arg(i).arg(bar.run->center().y()).arg(rowCentre)));
        }

        // The link to the run on the CI server.
        auto *link = page.findChild<QLabel *>(u"runLink"_s);
        QVERIFY(link->isVisible());
        QVERIFY(link->text().contains(model->runAt(row)->url));
        QCOMPARE(page.findChild<QLabel *>(u"runCommit"_s)->text(), model->runAt(row)->commitOid);
    }

    void reloadKeepsFiltersAndSelection()
    {
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));
        auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"failed"_s));
        QVERIFY(settle(page));
        QTRY_VERIFY_WITH_TIMEOUT(page.runModel()->rowCount() > 2, 30'000);
        const Id chosen = page.runModel()->runAt(2)->id;
        QVERIFY(page.selectRun(chosen));
        QVERIFY(settle(page));

        // The same workspace again (after an import, say): the filter, the selection and its jobs stay.
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));
        QCOMPARE(page.filterBar()->filter().status, u"failed"_s);
        QCOMPARE(page.selectedRun(), chosen);
        QCOMPARE(page.detailsView()->runId(), chosen);
        QVERIFY(page.detailsView()->hasJobs());
        QCOMPARE(qint64(page.detailsView()->jobModel()->rowCount()),
                 scalar(u"SELECT COUNT(*) FROM jobs WHERE run_id = ?"_s, {chosen}));
    }

    void emptyWorkspace()
    {
        auto empty = emptyWorkspace(u"empty"_s);
        QVERIFY(empty);
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        QVERIFY(load(page, empty));
        auto *stack = page.findChild<QStackedWidget *>();
        QCOMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
        QVERIFY(page.findChild<QLabel *>(u"emptyText"_s)->text().contains(u"flowdeck import"_s));
        QCOMPARE(page.runModel()->rowCount(), 0);
        // No menu item imports runs yet: no button that would do nothing.
        QVERIFY(!stack->currentWidget()->findChild<QPushButton *>()->isVisible());
    }

    void lateResultDropped()
    {
        auto empty = emptyWorkspace(u"late"_s);
        QVERIFY(empty);
        RunsPage page;
        page.resize(1400, 900);
        page.show();
        // The demo's runs are still being read when the empty workspace replaces it: they must not show.
        page.setWorkspace(m_demo);
        QVERIFY(load(page, empty));
        QVERIFY(settle(page));
        QTest::qWait(200);
        QCOMPARE(page.findChild<QStackedWidget *>()->currentWidget()->objectName(), u"emptyState"_s);
        QCOMPARE(page.runModel()->rowCount(), 0);

        // Two filters in quick succession: the rows are those of the second.
        QVERIFY(load(page, m_demo));
        QVERIFY(settle(page));
        auto *status = page.findChild<QComboBox *>(u"statusFilter"_s);
        status->setCurrentIndex(status->findData(u"failed"_s));
        status->setCurrentIndex(status->findData(u"succeeded"_s));
        QVERIFY(settle(page));
        QTest::qWait(200);
        QTRY_COMPARE_WITH_TIMEOUT(page.runModel()->totalRuns(),
                                  scalar(u"SELECT COUNT(*) FROM pipeline_runs WHERE status = 'succeeded'"_s), 30'000);
        for (int row = 0; row < page.runModel()->rowCount(); ++row)
            QCOMPARE(page.runModel()->runAt(row)->status, u"succeeded"_s);
    }

    void timelineScale()
    {
        // Created at T; compile waits a minute, runs two; test is queued at T+3 min and runs one minute at once.
        // The scale is T to T+4 min: compile's wait is a quarter of it, its run a half, test's run a quarter.
        runs::RunRow run;
        run.id = 1;
        run.createdAt = T;
        run.finishedAt = T + 4 * minute;
        runs::JobRow compile;
        compile.name = u"compile"_s;
        compile.status = u"succeeded"_s;
        compile.queuedAt = T;
        compile.startedAt = T + minute;
        compile.finishedAt = T + 3 * minute;
        runs::JobRow test;
        test.name = u"test"_s;
        test.status = u"failed"_s;
        test.queuedAt = T + 3 * minute;
        test.startedAt = T + 3 * minute;
        test.finishedAt = T + 4 * minute;
        runs::JobRow unknown;
        unknown.name = u"report"_s;
        unknown.status = u"skipped"_s;

        RunTimeline timeline;
        timeline.resize(416, 200);
        timeline.setRowMetrics(20, 24);
        timeline.setJobs(run, {compile, test, unknown}, T + day);
        QCOMPARE(timeline.scaleStart(), T);
        QCOMPARE(timeline.scaleEnd(), T + 4 * minute);
        // Four minutes: a tick a minute.
        QCOMPARE(timeline.ticks(), (QList<qint64>{0, minute, 2 * minute, 3 * minute, 4 * minute}));
        QCOMPARE(timeline.sizeHint().height(), 20 + 3 * 24);

        const RunTimeline::Bar first = timeline.barAt(0);
        const RunTimeline::Bar second = timeline.barAt(1);
        QVERIFY(first.queue && first.run && second.run);
        QVERIFY(!first.open);
        const qreal whole = second.run->right() - first.queue->left();
        QVERIFY(whole > 300);
        QCOMPARE(qRound(first.queue->width() * 100 / whole), 25);
        QCOMPARE(qRound(first.run->width() * 100 / whole), 50);
        QCOMPARE(qRound(second.run->width() * 100 / whole), 25);
        QCOMPARE(first.run->left(), first.queue->right());
        // Test started as it was queued: no wait to draw, but a line of no length.
        QCOMPARE(second.queue->width(), 0.0);
        // Rows stack under the axis band.
        QVERIFY(first.run->top() >= 20 && first.run->bottom() <= 20 + 24);
        QVERIFY(second.run->top() >= 20 + 24 && second.run->bottom() <= 20 + 48);
        // No time known: nothing to draw.
        const RunTimeline::Bar third = timeline.barAt(2);
        QVERIFY(!third.queue && !third.run);

        // A job still running reaches up to now, which ends the scale.
        runs::JobRow running = test;
        running.finishedAt.reset();
        timeline.setJobs(run, {compile, running}, T + 8 * minute);
        QCOMPARE(timeline.scaleEnd(), T + 8 * minute);
        QVERIFY(timeline.barAt(1).open);
        QCOMPARE(timeline.ticks(), (QList<qint64>{0, 2 * minute, 4 * minute, 6 * minute, 8 * minute}));
    }
};

QTEST_MAIN(TestRunsPage)
#include "tst_runspage.moc"
