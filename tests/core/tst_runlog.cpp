// SPDX-License-Identifier: GPL-3.0-or-later
// The run log on seven runs written by hand: their order, pages, filters, and queue and run times worked out in the
// comments from the stored moments, with unknown and contradictory times.

#include "fixturerows.h"
#include "fixturetime.h"
#include "rowinserter.h"

#include "runs/runlog.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::runs;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

class TestRunLog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<store::Workspace> m_workspace;
    Id m_cart = 0;
    Id m_search = 0;
    Id m_cartDelivery = 0;
    Id m_searchNightly = 0;
    // The runs in the order they were stored.
    Id m_r1 = 0;
    Id m_r2 = 0;
    Id m_r3 = 0;
    Id m_r4 = 0;
    Id m_r5 = 0;
    Id m_r6 = 0;
    Id m_r7 = 0;

    static PipelineRun run(OptionalId pipeline, OptionalId service, qint64 number, const QString &branch, char commit,
                           const QString &event, const char *status, OptionalTime created, OptionalTime started,
                           OptionalTime finished)
    {
        PipelineRun r = runRow(status, created, started, finished);
        r.pipelineId = pipeline;
        r.serviceId = service;
        r.number = number;
        r.branch = branch;
        r.commitOid = oidOf(commit);
        r.event = event;
        r.url = u"https://ci.example/runs/%1"_s.arg(number);
        return r;
    }

    QList<Id> ids(const RunFilter &filter)
    {
        auto page = loadRuns(m_workspace->connection(), filter, 100);
        if (!page) {
            QTest::qFail(qPrintable(page.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        QList<Id> result;
        for (const RunRow &row : page->rows)
            result.append(row.id);
        return result;
    }

    const RunRow *find(const QList<RunRow> &rows, Id id)
    {
        for (const RunRow &row : rows) {
            if (row.id == id)
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto created = store::Workspace::create(m_dir.filePath(u"runs.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_workspace = *created;
        RowInserter in(*m_workspace);
        m_cart = in.add(Service{0, u"cart"_s, {}, {}});
        m_search = in.add(Service{0, u"search"_s, {}, {}});
        in.add(Service{0, u"idle"_s, {}, {}});
        m_cartDelivery = in.add(Pipeline{0, u"cart delivery"_s, m_cart, u"test"_s, u"p1"_s, {}, {}, 1, T});
        m_searchNightly = in.add(Pipeline{0, u"search nightly"_s, m_search, u"test"_s, u"p2"_s, {}, {}, 1, T});
        in.add(Pipeline{0, u"unused"_s, m_cart, u"test"_s, u"p3"_s, {}, {}, 1, T});
        const Id build = in.add(Stage{0, m_cartDelivery, u"build"_s, QString::fromLatin1(StageKind::Build), {}, 0});
        const Id verify = in.add(Stage{0, m_cartDelivery, u"verify"_s, QString::fromLatin1(StageKind::Test), {}, 1});
        // The user mapped the test jobs to "verify", and deliberately left "lint" without a stage.
        in.add(StageMapping{m_cartDelivery, u"test"_s, verify});
        in.add(StageMapping{m_cartDelivery, u"lint"_s, std::nullopt});

        const qint64 s = 1000;
        // R1: created T, started T+2 min, finished T+12 min: queued 2 min, ran 10 min. Four jobs, one failed.
        m_r1 = in.add(run(m_cartDelivery, m_cart, 1, u"main"_s, 'a', u"push"_s, Status::Succeeded, T, T + 2 * minute,
                          T + 12 * minute));
        Job j1 = jobRow(m_r1, u"compile"_s, Status::Succeeded, T, T + 2 * minute, T + 5 * minute);
        j1.stageId = build;
        j1.runner = u"runner-1"_s;
        j1.url = u"https://ci.example/jobs/1"_s;
        in.add(j1);
        Job lint = jobRow(m_r1, u"lint"_s, Status::Succeeded, T + minute, T + 2 * minute, T + 3 * minute);
        lint.stageId = build;
        lint.pausedMs = 20 * s;
        in.add(lint);
        // Stored after its retry, so that the order comes from the queue times and not from the ids.
        Job j3 = jobRow(m_r1, u"test"_s, Status::Succeeded, T + 8 * minute, T + 9 * minute, T + 12 * minute);
        j3.attempt = 2;
        in.add(j3);
        in.add(jobRow(m_r1, u"test"_s, Status::Failed, T + 5 * minute, T + 6 * minute, T + 8 * minute));
        // R2: created T+1 h, started 30 s later, finished at T+1 h 5 min: queued 30 s, ran 4 min 30 s. No jobs.
        // A second attempt.
        PipelineRun r2 = run(m_cartDelivery, m_cart, 2, u"feature/Voucher-Codes"_s, 'b', u"pull_request"_s,
                             Status::Failed, T + hour, T + hour + 30 * s, T + hour + 5 * minute);
        r2.attempt = 2;
        m_r2 = in.add(r2);
        // R3: created T+2 h, started a minute later, still running: no run time.
        m_r3 = in.add(run(m_searchNightly, m_search, 1, u"main"_s, 'c', u"schedule"_s, Status::Running, T + 2 * hour,
                          T + 2 * hour + minute, std::nullopt));
        // Its second job has no queue time: it comes last.
        in.add(jobRow(m_r3, u"report"_s, Status::Queued, std::nullopt, std::nullopt, std::nullopt));
        in.add(jobRow(m_r3, u"crawl"_s, Status::Running, T + 2 * hour, T + 2 * hour + minute, std::nullopt));
        // R4: created at the same moment as R3, later id: listed before it. Neither started nor finished.
        m_r4 = in.add(run(m_searchNightly, m_search, 2, u"main"_s, 'd', u"schedule"_s, Status::Queued, T + 2 * hour,
                          std::nullopt, std::nullopt));
        // R5: no pipeline, no service, only the CI server's name for it; creation unknown: no queue time, ran 10 min.
        PipelineRun r5 = run(std::nullopt, std::nullopt, 7, u"release/1.0"_s, 'e', u"push"_s, Status::Succeeded,
                             std::nullopt, T + 3 * hour, T + 3 * hour + 10 * minute);
        r5.name = u"Backup Job"_s;
        m_r5 = in.add(r5);
        // R6: no time at all.
        m_r6 = in.add(run(m_cartDelivery, m_cart, 3, u"main"_s, 'f', u"push"_s, Status::Canceled, std::nullopt,
                          std::nullopt, std::nullopt));
        // R7: started an hour before it was created (contradictory): no queue time; ran from T+3 h to T+5 h.
        m_r7 = in.add(run(m_searchNightly, m_search, 3, u"main"_s, '9', u"schedule"_s, Status::Succeeded, T + 4 * hour,
                          T + 3 * hour, T + 5 * hour));
        QVERIFY2(in.error().isEmpty(), qPrintable(in.error()));
    }

    void newestFirst()
    {
        // Known creation times newest first (R4 before R3 on the tie, by id), then the unknown ones by id.
        QCOMPARE(ids({}), (QList<Id>{m_r7, m_r4, m_r3, m_r2, m_r1, m_r6, m_r5}));
        auto count = countRuns(m_workspace->connection(), {});
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(*count, 7);
    }

    void pages_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("3") << 3;
        QTest::newRow("6") << 6;
        QTest::newRow("7") << 7;
        QTest::newRow("8") << 8;
    }

    void pages()
    {
        QFETCH(int, limit);
        const QList<Id> expected{m_r7, m_r4, m_r3, m_r2, m_r1, m_r6, m_r5};
        QList<Id> listed;
        std::optional<RunCursor> after;
        int pages = 0;
        do {
            auto page = loadRuns(m_workspace->connection(), {}, limit, after);
            QVERIFY2(page, qPrintable(page.errorMessage()));
            QVERIFY(page->rows.size() <= limit);
            // Every page but the last is full, and says where the next one starts.
            if (page->next)
                QCOMPARE(page->rows.size(), limit);
            for (const RunRow &row : page->rows)
                listed.append(row.id);
            after = page->next;
            QVERIFY(++pages <= 7);
        } while (after);
        QCOMPARE(listed, expected);
        QCOMPARE(pages, (7 + limit - 1) / limit);
    }

    void pageCursor()
    {
        // Two runs a page: the second page ends at R2 (created T+1 h), the third crosses into the runs without a
        // creation time and ends at R6.
        auto second = loadRuns(m_workspace->connection(), {}, 2, RunCursor{T + 2 * hour, m_r4});
        QVERIFY2(second, qPrintable(second.errorMessage()));
        QCOMPARE(second->rows.size(), 2);
        QCOMPARE(second->rows[0].id, m_r3);
        QCOMPARE(second->next, (RunCursor{T + hour, m_r2}));
        auto third = loadRuns(m_workspace->connection(), {}, 2, second->next);
        QVERIFY2(third, qPrintable(third.errorMessage()));
        QCOMPARE(third->rows.size(), 2);
        QCOMPARE(third->rows[1].id, m_r6);
        QCOMPARE(third->next, (RunCursor{std::nullopt, m_r6}));
        auto last = loadRuns(m_workspace->connection(), {}, 2, third->next);
        QVERIFY2(last, qPrintable(last.errorMessage()));
        QCOMPARE(last->rows.size(), 1);
        QCOMPARE(last->rows[0].id, m_r5);
        QVERIFY(!last->next);
    }

    void filters_data()
    {
        QTest::addColumn<RunFilter>("filter");
        QTest::addColumn<QList<Id>>("expected");
        RunFilter failed;
        failed.status = QString::fromLatin1(Status::Failed);
        QTest::newRow("failed") << failed << QList<Id>{m_r2};
        RunFilter succeeded;
        succeeded.status = QString::fromLatin1(Status::Succeeded);
        QTest::newRow("succeeded") << succeeded << QList<Id>{m_r7, m_r1, m_r5};
        RunFilter cart;
        cart.pipelineId = m_cartDelivery;
        QTest::newRow("pipeline") << cart << QList<Id>{m_r2, m_r1, m_r6};
        RunFilter search;
        search.serviceId = m_search;
        QTest::newRow("service") << search << QList<Id>{m_r7, m_r4, m_r3};
        RunFilter main;
        main.branch = u"main"_s;
        QTest::newRow("branch") << main << QList<Id>{m_r7, m_r4, m_r3, m_r1, m_r6};
        // The branch filter is exact: a part of a name is not enough.
        RunFilter partOfBranch;
        partOfBranch.branch = u"mai"_s;
        QTest::newRow("branch, part") << partOfBranch << QList<Id>{};
        RunFilter voucher;
        voucher.text = u"voucher"_s;
        QTest::newRow("text in branch, any case") << voucher << QList<Id>{m_r2};
        RunFilter nightly;
        nightly.text = u" NIGHTLY "_s;
        QTest::newRow("text in pipeline") << nightly << QList<Id>{m_r7, m_r4, m_r3};
        RunFilter commit;
        commit.text = u"DDDD"_s;
        QTest::newRow("text in commit") << commit << QList<Id>{m_r4};
        RunFilter release;
        release.text = u"release/"_s;
        QTest::newRow("text, run without pipeline") << release << QList<Id>{m_r5};
        // LIKE's wildcards are taken literally: no branch, commit or pipeline has a % or an _.
        RunFilter backup;
        backup.text = u"backup"_s;
        QTest::newRow("text in run name") << backup << QList<Id>{m_r5};
        RunFilter percent;
        percent.text = u"%"_s;
        QTest::newRow("text, percent") << percent << QList<Id>{};
        RunFilter underscore;
        underscore.text = u"_"_s;
        QTest::newRow("text, underscore") << underscore << QList<Id>{};
        // From T+1 h (inclusive) to T+2 h (exclusive): R2 alone; R3 and R4 were created at the end.
        RunFilter hour1;
        hour1.from = T + hour;
        hour1.to = T + 2 * hour;
        QTest::newRow("period") << hour1 << QList<Id>{m_r2};
        // A period leaves out the runs whose creation time is unknown.
        RunFilter since;
        since.from = T + 2 * hour;
        QTest::newRow("since") << since << QList<Id>{m_r7, m_r4, m_r3};
        RunFilter until;
        until.to = T + 2 * hour;
        QTest::newRow("until") << until << QList<Id>{m_r2, m_r1};
        RunFilter both;
        both.pipelineId = m_cartDelivery;
        both.status = QString::fromLatin1(Status::Succeeded);
        QTest::newRow("pipeline and status") << both << QList<Id>{m_r1};
        RunFilter none;
        none.status = QString::fromLatin1(Status::Skipped);
        QTest::newRow("no match") << none << QList<Id>{};
    }

    void filters()
    {
        QFETCH(RunFilter, filter);
        QFETCH(QList<Id>, expected);
        QVERIFY(!filter.isEmpty());
        QCOMPARE(ids(filter), expected);
        auto count = countRuns(m_workspace->connection(), filter);
        QVERIFY2(count, qPrintable(count.errorMessage()));
        QCOMPARE(*count, expected.size());
        // Paged one run at a time, the same runs in the same order.
        QList<Id> paged;
        std::optional<RunCursor> after;
        do {
            auto page = loadRuns(m_workspace->connection(), filter, 1, after);
            QVERIFY2(page, qPrintable(page.errorMessage()));
            for (const RunRow &row : page->rows)
                paged.append(row.id);
            after = page->next;
        } while (after && paged.size() <= expected.size());
        QCOMPARE(paged, expected);
    }

    void rows()
    {
        auto page = loadRuns(m_workspace->connection(), {}, 10);
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QCOMPARE(page->rows.size(), 7);
        QVERIFY(!page->next);

        const RunRow *r1 = find(page->rows, m_r1);
        QVERIFY(r1);
        QCOMPARE(r1->pipelineId, m_cartDelivery);
        QCOMPARE(r1->pipeline, u"cart delivery"_s);
        QCOMPARE(r1->serviceId, m_cart);
        QCOMPARE(r1->service, u"cart"_s);
        QCOMPARE(r1->number, 1);
        QCOMPARE(r1->branch, u"main"_s);
        QCOMPARE(r1->commitOid, oidOf('a'));
        QCOMPARE(r1->event, u"push"_s);
        QCOMPARE(r1->status, u"succeeded"_s);
        QCOMPARE(r1->createdAt, T);
        QCOMPARE(r1->startedAt, T + 2 * minute);
        QCOMPARE(r1->finishedAt, T + 12 * minute);
        QCOMPARE(r1->queueMs, 2 * 60'000);
        QCOMPARE(r1->runMs, 10 * 60'000);
        QVERIFY(r1->name.isEmpty());
        QCOMPARE(r1->attempt, 1);
        QCOMPARE(r1->jobs, 4);
        QCOMPARE(r1->failedJobs, 1);
        QCOMPARE(r1->url, u"https://ci.example/runs/1"_s);

        const RunRow *r2 = find(page->rows, m_r2);
        QCOMPARE(r2->queueMs, 30'000);
        QCOMPARE(r2->runMs, 270'000);
        QCOMPARE(r2->jobs, 0);
        QCOMPARE(r2->failedJobs, 0);
        QCOMPARE(r2->branch, u"feature/Voucher-Codes"_s);
        QCOMPARE(r2->attempt, 2);

        // Still running: queued a minute, run time unknown.
        const RunRow *r3 = find(page->rows, m_r3);
        QCOMPARE(r3->queueMs, 60'000);
        QCOMPARE(r3->runMs, std::nullopt);
        QCOMPARE(r3->jobs, 2);
        QCOMPARE(r3->failedJobs, 0);

        const RunRow *r4 = find(page->rows, m_r4);
        QCOMPARE(r4->queueMs, std::nullopt);
        QCOMPARE(r4->runMs, std::nullopt);

        // No pipeline and no service: empty names, no ids.
        const RunRow *r5 = find(page->rows, m_r5);
        QCOMPARE(r5->pipelineId, std::nullopt);
        QVERIFY(r5->pipeline.isEmpty());
        QCOMPARE(r5->name, u"Backup Job"_s);
        QCOMPARE(r5->serviceId, std::nullopt);
        QVERIFY(r5->service.isEmpty());
        QCOMPARE(r5->createdAt, std::nullopt);
        QCOMPARE(r5->queueMs, std::nullopt);
        QCOMPARE(r5->runMs, 10 * 60'000);

        const RunRow *r6 = find(page->rows, m_r6);
        QCOMPARE(r6->createdAt, std::nullopt);
        QCOMPARE(r6->queueMs, std::nullopt);
        QCOMPARE(r6->runMs, std::nullopt);

        // Started before it was created: the queue time is unknown rather than negative.
        const RunRow *r7 = find(page->rows, m_r7);
        QCOMPARE(r7->queueMs, std::nullopt);
        QCOMPARE(r7->runMs, 2 * 3'600'000);
    }

    void jobs()
    {
        auto jobs = loadRunJobs(m_workspace->connection(), m_r1);
        QVERIFY2(jobs, qPrintable(jobs.errorMessage()));
        QCOMPARE(jobs->size(), 4);
        // By queue time: compile at T, lint at T+1 min, the failed test at T+5 min, its retry at T+8 min.
        const JobRow &compile = jobs->at(0);
        QCOMPARE(compile.name, u"compile"_s);
        QCOMPARE(compile.stage, u"build"_s);
        QCOMPARE(compile.status, u"succeeded"_s);
        QCOMPARE(compile.attempt, 1);
        QCOMPARE(compile.queuedAt, T);
        QCOMPARE(compile.startedAt, T + 2 * minute);
        QCOMPARE(compile.finishedAt, T + 5 * minute);
        QCOMPARE(compile.queueMs, 2 * 60'000);
        QCOMPARE(compile.runMs, 3 * 60'000);
        QCOMPARE(compile.runner, u"runner-1"_s);
        QCOMPARE(compile.url, u"https://ci.example/jobs/1"_s);
        QCOMPARE(compile.pausedMs, std::nullopt);

        // Stored with the build stage, but the user's mapping leaves it without one.
        const JobRow &lint = jobs->at(1);
        QCOMPARE(lint.name, u"lint"_s);
        QVERIFY(lint.stage.isEmpty());
        QCOMPARE(lint.pausedMs, 20'000);
        QCOMPARE(lint.runMs, 60'000);

        // Stored without a stage; the user's mapping puts the test jobs in "verify".
        const JobRow &failed = jobs->at(2);
        QCOMPARE(failed.name, u"test"_s);
        QCOMPARE(failed.stage, u"verify"_s);
        QCOMPARE(failed.status, u"failed"_s);
        QCOMPARE(failed.attempt, 1);
        QCOMPARE(failed.queueMs, 60'000);
        QCOMPARE(failed.runMs, 2 * 60'000);
        QVERIFY(failed.runner.isEmpty());

        const JobRow &retry = jobs->at(3);
        QCOMPARE(retry.stage, u"verify"_s);
        QCOMPARE(retry.attempt, 2);
        QCOMPARE(retry.status, u"succeeded"_s);
        QCOMPARE(retry.queueMs, 60'000);
        QCOMPARE(retry.runMs, 3 * 60'000);

        auto running = loadRunJobs(m_workspace->connection(), m_r3);
        QVERIFY2(running, qPrintable(running.errorMessage()));
        QCOMPARE(running->size(), 2);
        QCOMPARE(running->at(0).name, u"crawl"_s);
        QCOMPARE(running->at(0).queueMs, 60'000);
        QCOMPARE(running->at(0).runMs, std::nullopt);
        // A pipeline without mappings: the stage stored with the job (none here).
        QVERIFY(running->at(0).stage.isEmpty());
        // Unknown queue time: last, with unknown durations.
        QCOMPARE(running->at(1).name, u"report"_s);
        QCOMPARE(running->at(1).queuedAt, std::nullopt);
        QCOMPARE(running->at(1).queueMs, std::nullopt);
        QCOMPARE(running->at(1).runMs, std::nullopt);

        auto none = loadRunJobs(m_workspace->connection(), m_r2);
        QVERIFY2(none, qPrintable(none.errorMessage()));
        QVERIFY(none->isEmpty());
        auto missing = loadRunJobs(m_workspace->connection(), 999'999);
        QVERIFY2(missing, qPrintable(missing.errorMessage()));
        QVERIFY(missing->isEmpty());
    }

    void facts()
    {
        auto facts = loadRunLogFacts(m_workspace->connection());
        QVERIFY2(facts, qPrintable(facts.errorMessage()));
        QCOMPARE(facts->runs, 7);
        QCOMPARE(facts->firstCreated, T);
        QCOMPARE(facts->lastCreated, T + 4 * hour);
        // Pipelines and services with runs only, by name: "unused" and "idle" have none.
        QCOMPARE(facts->pipelines.size(), 2);
        QCOMPARE(facts->pipelines[0], (PipelineName{m_cartDelivery, u"cart delivery"_s, m_cart, u"cart"_s}));
        QCOMPARE(facts->pipelines[1], (PipelineName{m_searchNightly, u"search nightly"_s, m_search, u"search"_s}));
        QCOMPARE(facts->services, (QList<ServiceName>{{m_cart, u"cart"_s}, {m_search, u"search"_s}}));
        // Three succeeded; one each of the others, by name.
        QCOMPARE(facts->statuses, (QStringList{u"succeeded"_s, u"canceled"_s, u"failed"_s, u"queued"_s, u"running"_s}));
    }

    void span()
    {
        QCOMPARE(runs::span(T, T + 5), 5);
        QCOMPARE(runs::span(T, T), 0);
        QCOMPARE(runs::span(T + 5, T), std::nullopt);
        QCOMPARE(runs::span(std::nullopt, T), std::nullopt);
        QCOMPARE(runs::span(T, std::nullopt), std::nullopt);
    }

    void emptyWorkspace()
    {
        auto created = store::Workspace::create(m_dir.filePath(u"empty.flowdeck"_s));
        QVERIFY2(created, qPrintable(created.errorMessage()));
        const QSqlDatabase db = (*created)->connection();
        auto page = loadRuns(db, {}, 50);
        QVERIFY2(page, qPrintable(page.errorMessage()));
        QVERIFY(page->rows.isEmpty());
        QVERIFY(!page->next);
        auto facts = loadRunLogFacts(db);
        QVERIFY2(facts, qPrintable(facts.errorMessage()));
        QCOMPARE(facts->runs, 0);
        QVERIFY(facts->pipelines.isEmpty());
        QVERIFY(facts->statuses.isEmpty());
        QCOMPARE(facts->firstCreated, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRunLog)
#include "tst_runlog.moc"
