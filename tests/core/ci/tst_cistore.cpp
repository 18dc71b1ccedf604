// SPDX-License-Identifier: GPL-3.0-or-later
// Storing what the CI parsers read: upserts by (source, external id), names resolved to workspace rows, statuses
// applied, and nothing stored from a batch that fails. Records are written by hand; the expected rows follow from
// them as the comments say.
// Every case runs on SQLite and again on PostgreSQL (a database of its own on the test server for each workspace).
#include "engineworkspaces.h"
#include "rowinserter.h"

#include "ci/cistore.h"
#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

RunRecord run(const QString &id, const QString &pipeline, const char *status = Status::Succeeded)
{
    RunRecord record;
    record.externalId = id;
    record.pipelineName = pipeline;
    record.project = u"petech/storefront"_s;
    record.status = QString::fromLatin1(status);
    record.createdAt = 1000;
    record.startedAt = 2000;
    record.finishedAt = 9000;
    return record;
}

JobRecord job(const QString &id, const QString &runId, const QString &name, std::optional<QString> group = {})
{
    JobRecord record;
    record.externalId = id;
    record.runExternalId = runId;
    record.name = name;
    record.group = std::move(group);
    record.status = QString::fromLatin1(Status::Succeeded);
    record.queuedAt = 2000;
    record.startedAt = 2500;
    record.finishedAt = 4000;
    return record;
}

DeploymentRecord deployment(const QString &id, const QString &environment, const QString &version)
{
    DeploymentRecord record;
    record.externalId = id;
    record.environment = environment;
    record.version = version;
    record.status = QString::fromLatin1(Status::Queued);
    record.startedAt = 10'000;
    return record;
}

DeploymentStatusRecord status(const QString &id, const QString &deploymentId, const char *state, Timestamp at)
{
    return DeploymentStatusRecord{deploymentId, id, QString::fromLatin1(state), at, {}};
}

qint64 count(const Workspace &workspace, const QString &table)
{
    auto query = runQuery(workspace.connection(), table, u"SELECT count(*) FROM "_s + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestCiStore : public QObject
{
    Q_OBJECT

public:
    /// `engine`: "sqlite" or "postgresql", where every workspace of the test is made.
    explicit TestCiStore(const QString &engine)
        : m_workspaces(engine)
    {}

private:
    EngineWorkspaces m_workspaces;
    int m_count = 0;

    /// A new empty workspace; initTestCase() has made sure the engine can make one.
    std::shared_ptr<Workspace> newWorkspace()
    {
        auto workspace = m_workspaces.create(u"ci-%1"_s.arg(++m_count));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.errorMessage()));
        return *workspace;
    }

    StoreContext githubContext() const
    {
        return StoreContext{QString::fromLatin1(Source::GitHub), {}, u"storefront"_s};
    }

private slots:
    void initTestCase()
    {
        qInfo().noquote() << "Workspaces on" << m_workspaces.engine();
        FLOWDECK_REQUIRE_ENGINE(m_workspaces);
    }

    void runsAndJobsMapOntoPipelinesAndStages()
    {
        auto workspace = newWorkspace();
        testing::RowInserter rows(*workspace);
        const Id service = rows.add(Service{0, u"storefront"_s, {}, {}});
        const Id other = rows.add(Service{0, u"search"_s, {}, {}});
        // Two pipelines called "CI": the run belongs to the one of the source's service.
        rows.add(Pipeline{0, u"CI"_s, other, u"test"_s, u"p0"_s, {}, {}, 1, 0});
        const Id pipeline = rows.add(Pipeline{0, u"CI"_s, service, u"test"_s, u"p1"_s, {}, {}, 1, 0});
        const Id build = rows.add(Stage{0, pipeline, u"build"_s, u"build"_s, {}, 0});
        const Id test = rows.add(Stage{0, pipeline, u"test"_s, u"test"_s, {}, 1});
        const Id lint = rows.add(Stage{0, pipeline, u"lint"_s, u"test"_s, {}, 2});
        const Id deploy = rows.add(Stage{0, pipeline, u"deploy"_s, u"deploy"_s, {}, 3});
        // The user mapped "docs" onto build, and left "lint" deliberately unmapped.
        rows.add(StageMapping{pipeline, u"docs"_s, build});
        rows.add(StageMapping{pipeline, u"lint"_s, {}});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));

        Batch batch;
        batch.runs = {run(u"100"_s, u"CI"_s), run(u"101"_s, u"Nightly"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s),
                      job(u"2"_s, u"100"_s, u"test (ubuntu, 3.12)"_s),
                      job(u"3"_s, u"100"_s, u"docs"_s),
                      job(u"4"_s, u"100"_s, u"lint"_s),
                      job(u"5"_s, u"100"_s, u"rollout eu"_s, u"deploy"_s),
                      job(u"6"_s, u"101"_s, u"build"_s)};
        batch.jobs[0].steps = {StepRecord{1, u"Checkout"_s, u"succeeded"_s, 2500, 2600},
                               StepRecord{2, u"Compile"_s, u"succeeded"_s, 2600, 4000}};
        const StoreContext context{QString::fromLatin1(Source::GitHub), service, {}};
        auto stored = storeBatch(*workspace, batch, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->runs, 2);
        QCOMPARE(stored->jobs, 6);
        QCOMPARE(stored->steps, 2);

        auto runs = *loadRows<PipelineRun>(workspace->connection(), {}, {}, u"external_id"_s);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].pipelineId, OptionalId(pipeline));
        QCOMPARE(runs[0].serviceId, OptionalId(service));
        QCOMPARE(runs[0].name, std::optional<QString>(u"CI"_s));
        QCOMPARE(runs[0].source, u"github"_s);
        // No workspace pipeline is called "Nightly": the run keeps its name and no pipeline.
        QCOMPARE(runs[1].pipelineId, OptionalId());
        QCOMPARE(runs[1].name, std::optional<QString>(u"Nightly"_s));

        const auto jobs = *loadRows<Job>(workspace->connection(), {}, {}, u"external_id"_s);
        QCOMPARE(jobs.size(), 6);
        QCOMPARE(jobs[0].stageId, OptionalId(build)); // by name
        QCOMPARE(jobs[1].stageId, OptionalId(test));  // by name without the matrix suffix
        QCOMPARE(jobs[2].stageId, OptionalId(build)); // by the user's mapping
        QCOMPARE(jobs[3].stageId, OptionalId());      // mapped to no stage, though a stage "lint" exists
        Q_UNUSED(lint);
        QCOMPARE(jobs[4].stageId, OptionalId(deploy)); // by its group
        QCOMPARE(jobs[4].groupName, std::optional<QString>(u"deploy"_s));
        QCOMPARE(jobs[5].stageId, OptionalId()); // its run has no pipeline
        QCOMPARE(jobs[0].runId, runs[0].id);
        QCOMPARE(jobs[5].runId, runs[1].id);

        // Storing the same batch again changes nothing: same ids, no duplicates, steps replaced, not added.
        auto again = storeBatch(*workspace, batch, context);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(*loadRows<PipelineRun>(workspace->connection(), {}, {}, u"external_id"_s), runs);
        QCOMPARE(*loadRows<Job>(workspace->connection(), {}, {}, u"external_id"_s), jobs);
        QCOMPARE(count(*workspace, u"job_steps"_s), 2);

        // A page that lists the run without its times (GitLab's pipeline list) keeps the times stored.
        Batch listed;
        listed.runs = {run(u"100"_s, u"CI"_s)};
        listed.runs[0].createdAt.reset();
        listed.runs[0].startedAt.reset();
        listed.runs[0].finishedAt.reset();
        QVERIFY(storeBatch(*workspace, listed, context));
        QCOMPARE(*loadRows<PipelineRun>(workspace->connection(), {}, {}, u"external_id"_s), runs);
        // Started again (running, no finish): the finish of the earlier attempt goes.
        listed.runs[0].status = QString::fromLatin1(Status::Running);
        listed.runs[0].startedAt = 50'000;
        QVERIFY(storeBatch(*workspace, listed, context));
        const PipelineRun restarted = loadRows<PipelineRun>(workspace->connection(), {}, {}, u"external_id"_s)->at(0);
        QCOMPARE(restarted.startedAt, OptionalTime(50'000));
        QCOMPARE(restarted.createdAt, OptionalTime(1000));
        QCOMPARE(restarted.finishedAt, OptionalTime());

        // A later page with the run finished differently updates the row in place.
        Batch update;
        update.runs = {run(u"100"_s, u"CI"_s, Status::Failed)};
        QVERIFY(storeBatch(*workspace, update, context));
        runs = *loadRows<PipelineRun>(workspace->connection(), {}, {}, u"external_id"_s);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].status, u"failed"_s);
    }

    void aWriterStoresBatchAfterBatch()
    {
        auto workspace = newWorkspace();
        testing::RowInserter rows(*workspace);
        const Id service = rows.add(Service{0, u"storefront"_s, {}, {}});
        const Id pipeline = rows.add(Pipeline{0, u"CI"_s, service, u"test"_s, u"p1"_s, {}, {}, 1, 0});
        const Id build = rows.add(Stage{0, pipeline, u"build"_s, u"build"_s, {}, 0});
        const Id test = rows.add(Stage{0, pipeline, u"test"_s, u"test"_s, {}, 1});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        BatchWriter writer(workspace->connection(), StoreContext{QString::fromLatin1(Source::GitHub), service, {}});

        Batch runs;
        runs.runs = {run(u"100"_s, u"CI"_s)};
        auto stored = writer.store(*workspace, runs);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->runs, 1);

        // The jobs come in a later batch: their run is found in the workspace, their stages by name.
        Batch jobs;
        jobs.jobs = {job(u"1"_s, u"100"_s, u"build"_s), job(u"2"_s, u"100"_s, u"lint"_s)};
        jobs.jobs[0].steps = {StepRecord{1, u"Checkout"_s, u"succeeded"_s, 2500, 2600},
                              StepRecord{2, u"Compile"_s, u"succeeded"_s, 2600, 4000}};
        stored = writer.store(*workspace, jobs);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        // The counts are this batch's alone.
        QCOMPARE(stored->runs, 0);
        QCOMPARE(stored->jobs, 2);
        QCOMPARE(stored->steps, 2);
        auto stages = [&] {
            QList<OptionalId> ids;
            const QList<Job> listed = *loadRows<Job>(workspace->connection(), {}, {}, u"external_id"_s);
            for (const Job &row : listed)
                ids.append(row.stageId);
            return ids;
        };
        QCOMPARE(stages(), (QList<OptionalId>{build, std::nullopt}));

        // The user maps "lint" onto test between two batches: the next batch sees it.
        rows.add(StageMapping{pipeline, u"lint"_s, test});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        stored = writer.store(*workspace, jobs);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stages(), (QList<OptionalId>{build, test}));
        QCOMPARE(count(*workspace, u"job_steps"_s), 2);

        // A batch that fails stores nothing, and the writer goes on with the next one.
        Batch failing;
        failing.runs = {run(u"101"_s, u"CI"_s)};
        failing.deployments = {deployment(u"d1"_s, u""_s, u"1.0"_s)};
        QVERIFY(!writer.store(*workspace, failing));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1);
        Batch next;
        next.runs = {run(u"102"_s, u"CI"_s)};
        stored = writer.store(*workspace, next);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->runs, 1);
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 2);

        // Another thread has a connection of its own, which the writer's statements do not belong to.
        Result<StoreCounts> elsewhere = Error{};
        std::thread other([&] {
            Batch more;
            more.runs = {run(u"103"_s, u"CI"_s)};
            elsewhere = writer.store(*workspace, more);
        });
        other.join();
        QVERIFY(!elsewhere);
        QVERIFY2(elsewhere.errorMessage().contains(u"connection"_s), qPrintable(elsewhere.errorMessage()));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 2);
    }

    void manyStepsAreStoredAndReplaced()
    {
        auto workspace = newWorkspace();
        testing::RowInserter rows(*workspace);
        const Id service = rows.add(Service{0, u"storefront"_s, {}, {}});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        const StoreContext context{QString::fromLatin1(Source::GitHub), service, {}};
        BatchWriter writer(workspace->connection(), context);

        // Nine jobs of five steps each: 45 steps, more than one statement of many rows takes. Job 4 names step 3
        // twice (the first stands), job 5's step 2 has an empty name, job 6's step 1 no times, job 7's step 5 a
        // name outside ASCII.
        Batch batch;
        batch.runs = {run(u"100"_s, u"CI"_s)};
        for (int j = 1; j <= 9; ++j) {
            JobRecord record = job(QString::number(j), u"100"_s, u"job %1"_s.arg(j));
            for (int p = 1; p <= 5; ++p) {
                record.steps.append(StepRecord{p, u"job %1 step %2"_s.arg(j).arg(p), u"succeeded"_s,
                                               Timestamp(j * 1000 + p * 10), Timestamp(j * 1000 + p * 10 + 5)});
            }
            batch.jobs.append(record);
        }
        batch.jobs[3].steps.insert(3, StepRecord{3, u"repeated"_s, u"failed"_s, 1, 2});
        batch.jobs[4].steps[1].name.clear();
        batch.jobs[5].steps[0].startedAt.reset();
        batch.jobs[5].steps[0].finishedAt.reset();
        batch.jobs[6].steps[4].name = u"Prüfen ✓ 検査"_s;
        auto stored = writer.store(*workspace, batch);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->jobs, 9);
        QCOMPARE(stored->steps, 45);

        const auto jobIds = [&] {
            QHash<QString, Id> ids;
            const QList<Job> jobs = *loadRows<Job>(workspace->connection());
            for (const Job &row : jobs)
                ids.insert(row.externalId, row.id);
            return ids;
        };
        const QHash<QString, Id> ids = jobIds();
        QCOMPARE(ids.size(), 9);
        const auto stepsOf = [&](const QString &jobExternalId) {
            return *loadRows<JobStep>(workspace->connection(), u"job_id = ?"_s, {ids.value(jobExternalId)},
                                      u"position"_s);
        };
        for (int j = 1; j <= 9; ++j) {
            const QList<JobStep> steps = stepsOf(QString::number(j));
            QCOMPARE(steps.size(), 5);
            for (int p = 1; p <= 5; ++p) {
                const JobStep &step = steps[p - 1];
                QCOMPARE(step.position, p);
                QCOMPARE(step.status, u"succeeded"_s);
                // Job 4's step 3 is the first one, not the repeated one.
                if (j == 5 && p == 2)
                    QCOMPARE(step.name, QString());
                else if (j == 7 && p == 5)
                    QCOMPARE(step.name, u"Prüfen ✓ 検査"_s);
                else
                    QCOMPARE(step.name, u"job %1 step %2"_s.arg(j).arg(p));
                if (j == 6 && p == 1) {
                    QCOMPARE(step.startedAt, OptionalTime());
                    QCOMPARE(step.finishedAt, OptionalTime());
                } else {
                    QCOMPARE(step.startedAt, OptionalTime(j * 1000 + p * 10));
                    QCOMPARE(step.finishedAt, OptionalTime(j * 1000 + p * 10 + 5));
                }
            }
        }

        // Again, with job 2 down to two renamed steps and a new job 10 of forty: job 2's five steps are replaced
        // by two, the others' stay as they were, and job 10's are added: 45 - 5 + 2 + 40.
        batch.jobs[1].steps = {StepRecord{1, u"Setup"_s, u"failed"_s, 70, 80},
                               StepRecord{2, u"Teardown"_s, u"skipped"_s, {}, {}}};
        JobRecord tenth = job(u"10"_s, u"100"_s, u"job 10"_s);
        for (int p = 1; p <= 40; ++p)
            tenth.steps.append(StepRecord{p, u"step %1"_s.arg(p), u"running"_s, Timestamp(p), {}});
        batch.jobs.append(tenth);
        stored = writer.store(*workspace, batch);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->steps, 45 - 5 + 2 + 40);
        QCOMPARE(count(*workspace, u"job_steps"_s), 82);
        const QHash<QString, Id> idsAgain = jobIds();
        for (auto id = ids.cbegin(); id != ids.cend(); ++id)
            QCOMPARE(idsAgain.value(id.key()), id.value());
        const Id second = ids.value(u"2"_s);
        QCOMPARE(stepsOf(u"2"_s), (QList<JobStep>{JobStep{second, 1, u"Setup"_s, u"failed"_s, 70, 80},
                                                  JobStep{second, 2, u"Teardown"_s, u"skipped"_s, {}, {}}}));
        QCOMPARE(stepsOf(u"7"_s).at(4).name, u"Prüfen ✓ 検査"_s);
        const QList<JobStep> tenthSteps =
            *loadRows<JobStep>(workspace->connection(), u"job_id = ?"_s, {idsAgain.value(u"10"_s)}, u"position"_s);
        QCOMPARE(tenthSteps.size(), 40);
        QCOMPARE(tenthSteps.at(39), (JobStep{idsAgain.value(u"10"_s), 40, u"step 40"_s, u"running"_s, 40, {}}));
    }

    void manyNewJobsInOneBatch()
    {
        auto workspace = newWorkspace();
        const StoreContext context = githubContext();
        BatchWriter writer(workspace->connection(), context);
        Batch runs;
        runs.runs = {run(u"100"_s, u"CI"_s)};
        QVERIFY(writer.store(*workspace, runs));

        // 70 new jobs: two statements of 32 rows and six of one. Job 5 has every optional field, job 6 none, job 7
        // a name and runner outside ASCII; job "12" comes again as the 71st record, renamed and with other steps:
        // as an upsert would, the later one updates the first, whose id stays 12 (a new workspace numbers its jobs
        // 1, 2, 3, ... in the order they are stored).
        Batch batch;
        for (int j = 1; j <= 70; ++j) {
            JobRecord record = job(QString::number(j), u"100"_s, u"job %1"_s.arg(j));
            record.steps = {StepRecord{1, u"checkout"_s, u"succeeded"_s, Timestamp(j), Timestamp(j + 1)}};
            batch.jobs.append(record);
        }
        batch.jobs[4].runner = u"runner-5"_s;
        batch.jobs[4].url = u"https://ci.example/jobs/5"_s;
        batch.jobs[4].group = u"build"_s;
        batch.jobs[4].pausedMs = 1500;
        batch.jobs[4].attempt = 3;
        batch.jobs[5].queuedAt.reset();
        batch.jobs[5].startedAt.reset();
        batch.jobs[5].finishedAt.reset();
        batch.jobs[6].name = u"Prüfen ✓"_s;
        batch.jobs[6].runner = u"läufer 検査"_s;
        JobRecord again = job(u"12"_s, u"100"_s, u"job 12 again"_s);
        again.status = QString::fromLatin1(Status::Failed);
        again.steps = {StepRecord{1, u"build"_s, u"failed"_s, 7, 8}, StepRecord{2, u"test"_s, u"skipped"_s, {}, {}}};
        batch.jobs.append(again);
        auto stored = writer.store(*workspace, batch);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->jobs, 71);
        QCOMPARE(stored->steps, 72);
        QCOMPARE(count(*workspace, u"jobs"_s), 70);
        QCOMPARE(count(*workspace, u"job_steps"_s), 71);

        const QList<Job> jobs = *loadRows<Job>(workspace->connection(), {}, {}, u"id"_s);
        QCOMPARE(jobs.size(), 70);
        const Id runId = jobs.first().runId;
        for (int j = 1; j <= 70; ++j) {
            const Job &row = jobs.at(j - 1);
            QCOMPARE(row.id, Id(j));
            QCOMPARE(row.externalId, QString::number(j));
            QCOMPARE(row.runId, runId);
            QCOMPARE(row.source, u"github"_s);
        }
        QCOMPARE(jobs.at(4), (Job{5,
                                  runId,
                                  {},
                                  u"job 5"_s,
                                  u"github"_s,
                                  u"5"_s,
                                  u"succeeded"_s,
                                  3,
                                  2000,
                                  2500,
                                  4000,
                                  u"runner-5"_s,
                                  u"https://ci.example/jobs/5"_s,
                                  u"build"_s,
                                  1500}));
        QCOMPARE(jobs.at(5),
                 (Job{6, runId, {}, u"job 6"_s, u"github"_s, u"6"_s, u"succeeded"_s, 1, {}, {}, {}, {}, {}, {}, {}}));
        QCOMPARE(jobs.at(6).name, u"Prüfen ✓"_s);
        QCOMPARE(jobs.at(6).runner, std::optional<QString>(u"läufer 検査"_s));
        QCOMPARE(jobs.at(11).name, u"job 12 again"_s);
        QCOMPARE(jobs.at(11).status, u"failed"_s);
        QCOMPARE(*loadRows<JobStep>(workspace->connection(), u"job_id = ?"_s, {12}, u"position"_s),
                 (QList<JobStep>{JobStep{12, 1, u"build"_s, u"failed"_s, 7, 8},
                                 JobStep{12, 2, u"test"_s, u"skipped"_s, {}, {}}}));
        QCOMPARE(*loadRows<JobStep>(workspace->connection(), u"job_id = ?"_s, {70}, u"position"_s),
                 (QList<JobStep>{JobStep{70, 1, u"checkout"_s, u"succeeded"_s, 70, 71}}));

        // Stored again: nothing new, the same ids.
        stored = writer.store(*workspace, batch);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(count(*workspace, u"jobs"_s), 70);
        QCOMPARE(count(*workspace, u"job_steps"_s), 71);
        QCOMPARE(*loadRows<Job>(workspace->connection(), {}, {}, u"id"_s), jobs);

        // A job given twice among the few of one statement: "a" gets id 71, "b" 72, and the second "a" updates the
        // first, with its steps. On PostgreSQL the ids go on from where the sequence is: each upsert of the batch
        // stored again took a number from it (a number taken is not given back), so there "a" gets a larger id.
        Batch twice;
        twice.jobs = {job(u"a"_s, u"100"_s, u"first a"_s), job(u"b"_s, u"100"_s, u"b"_s),
                      job(u"a"_s, u"100"_s, u"second a"_s)};
        twice.jobs[0].steps = {StepRecord{1, u"one"_s, u"succeeded"_s, 1, 2}};
        twice.jobs[2].steps = {StepRecord{1, u"two"_s, u"failed"_s, 3, 4}};
        stored = writer.store(*workspace, twice);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(count(*workspace, u"jobs"_s), 72);
        const QList<Job> added = *loadRows<Job>(workspace->connection(), u"id > 70"_s, {}, u"id"_s);
        QCOMPARE(added.size(), 2);
        const Id a = m_workspaces.onPostgreSql() ? added.at(0).id : 71;
        QVERIFY(a > 70);
        QCOMPARE(added.at(0).id, a);
        QCOMPARE(added.at(0).name, u"second a"_s);
        QCOMPARE(added.at(1).id, a + 1);
        QCOMPARE(added.at(1).externalId, u"b"_s);
        QCOMPARE(*loadRows<JobStep>(workspace->connection(), u"job_id = ?"_s, {a}, u"position"_s),
                 (QList<JobStep>{JobStep{a, 1, u"two"_s, u"failed"_s, 3, 4}}));
    }

    void jobOfAnUnknownRunIsSkippedWithAWarning()
    {
        auto workspace = newWorkspace();
        Batch batch;
        batch.jobs = {job(u"7"_s, u"999"_s, u"build"_s)};
        auto stored = storeBatch(*workspace, batch, githubContext());
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->jobs, 0);
        QCOMPARE(stored->warnings.size(), 1);
        QVERIFY2(stored->warnings[0].contains(u"999"_s), qPrintable(stored->warnings[0]));
        QCOMPARE(count(*workspace, u"jobs"_s), 0);
    }

    void deploymentsMakeServicesAndEnvironments()
    {
        auto workspace = newWorkspace();
        testing::RowInserter rows(*workspace);
        // An environment the user already corrected to "staging" keeps that tier.
        const Id qa = rows.add(Environment{0, u"prod-like"_s, u"staging"_s, 0});
        QVERIFY(rows.error().isEmpty());

        Batch batch;
        batch.environments = {EnvironmentRecord{u"prod-like"_s, QString::fromLatin1(Tier::Production)},
                              EnvironmentRecord{u"review/feature-x"_s, QString::fromLatin1(Tier::Development)}};
        batch.deployments = {deployment(u"d1"_s, u"production-eu"_s, u"1.0"_s),
                             deployment(u"d2"_s, u"prod-like"_s, u"1.0"_s),
                             deployment(u"d3"_s, u"staging"_s, u"1.1"_s)};
        batch.deployments[2].service = u"search"_s;
        // The source says what "staging" is (GitLab environments, a CSV tier column): a test stage.
        batch.environments.append(EnvironmentRecord{u"staging"_s, QString::fromLatin1(Tier::Testing)});
        auto stored = storeBatch(*workspace, batch, githubContext());
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->deployments, 3);

        const auto environments = *loadRows<Environment>(workspace->connection());
        QHash<QString, Environment> byName;
        for (const Environment &environment : environments)
            byName.insert(environment.name, environment);
        QCOMPARE(byName.size(), 4);
        QCOMPARE(byName[u"prod-like"_s].id, qa);
        QCOMPARE(byName[u"prod-like"_s].tier, u"staging"_s);
        QCOMPARE(byName[u"review/feature-x"_s].tier, u"development"_s);
        QCOMPARE(byName[u"production-eu"_s].tier, u"production"_s);
        QCOMPARE(byName[u"staging"_s].tier, u"testing"_s);

        const auto services = *loadRows<Service>(workspace->connection(), {}, {}, u"name"_s);
        QCOMPARE(services.size(), 2);
        QCOMPARE(services[0].name, u"search"_s);
        QCOMPARE(services[1].name, u"storefront"_s);
        QCOMPARE(stored->changedServices, (QSet<Id>{services[0].id, services[1].id}));
    }

    void abbreviatedCommitsAreMadeWhole()
    {
        auto workspace = newWorkspace();
        testing::RowInserter rows(*workspace);
        const Id repository = rows.add(Repository{0, u"storefront"_s, {}, {}, {}, {}, {}});
        Commit commit;
        commit.repositoryId = repository;
        commit.authorName = commit.committerName = u"Ada"_s;
        commit.authorEmail = commit.committerEmail = u"ada@petech.example"_s;
        commit.oid = u"3f2a9c0d1e4b5a6978877665544332211aabbccd"_s;
        rows.add(commit);
        commit.oid = u"3f2b000000000000000000000000000000000000"_s;
        rows.add(commit);
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));

        Batch batch;
        batch.deployments = {deployment(u"a"_s, u"production"_s, u"1"_s), deployment(u"b"_s, u"production"_s, u"2"_s),
                             deployment(u"c"_s, u"production"_s, u"3"_s)};
        batch.deployments[0].commitOid = u"3f2a9c0"_s; // one commit starts so: made whole
        batch.deployments[1].commitOid = u"3f2"_s;     // two do: kept as written
        batch.deployments[2].commitOid = u"ffff"_s;    // none does: kept as written
        QVERIFY(storeBatch(*workspace, batch, githubContext()));
        const auto stored = *loadRows<Deployment>(workspace->connection(), {}, {}, u"external_id"_s);
        QCOMPARE(stored[0].commitOid, std::optional<QString>(u"3f2a9c0d1e4b5a6978877665544332211aabbccd"_s));
        QCOMPARE(stored[1].commitOid, std::optional<QString>(u"3f2"_s));
        QCOMPARE(stored[2].commitOid, std::optional<QString>(u"ffff"_s));
    }

    void statusesDecideTheOutcome()
    {
        auto workspace = newWorkspace();
        Batch deployments;
        deployments.deployments = {deployment(u"42"_s, u"production"_s, u"2.0"_s),
                                   deployment(u"43"_s, u"production"_s, u"2.1"_s)};
        QVERIFY(storeBatch(*workspace, deployments, githubContext()));

        // Out of order on purpose: in progress at 11 s, success at 15 s, then inactive (superseded) at 30 s.
        Batch statuses;
        statuses.deploymentStatuses = {
            status(u"s3"_s, u"42"_s, Status::Succeeded, 30'000), status(u"s1"_s, u"42"_s, Status::Running, 11'000),
            status(u"s2"_s, u"42"_s, Status::Succeeded, 15'000), status(u"s4"_s, u"43"_s, Status::Running, 12'000),
            status(u"s9"_s, u"77"_s, Status::Failed, 12'000)};
        auto stored = storeBatch(*workspace, statuses, githubContext());
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->deploymentStatuses, 4);
        QCOMPARE(stored->warnings.size(), 1); // deployment 77 is not imported
        QVERIFY(stored->warnings[0].contains(u"77"_s));

        auto check = [&] {
            const auto rows = *loadRows<Deployment>(workspace->connection(), {}, {}, u"external_id"_s);
            QCOMPARE(rows.size(), 2);
            QCOMPARE(rows[0].status, u"succeeded"_s);
            QCOMPARE(rows[0].finishedAt, OptionalTime(15'000));
            QCOMPARE(rows[0].startedAt, OptionalTime(10'000));
            QCOMPARE(rows[1].status, u"running"_s);
            QCOMPARE(rows[1].finishedAt, OptionalTime());
        };
        check();
        // The deployments page read again (saying "queued") does not undo what the statuses said.
        QVERIFY(storeBatch(*workspace, deployments, githubContext()));
        check();
        QVERIFY(storeBatch(*workspace, statuses, githubContext()));
        check();
        QCOMPARE(count(*workspace, u"deployment_statuses"_s), 4);
    }

    void incidentsPullRequestsAndReleases()
    {
        auto workspace = newWorkspace();
        Batch batch;
        batch.deployments = {deployment(u"42"_s, u"production"_s, u"2.0"_s)};
        IncidentRecord linked;
        linked.externalId = u"i1"_s;
        linked.title = u"Checkout returns 500"_s;
        linked.startedAt = 20'000;
        linked.resolvedAt = 26'000;
        linked.deploymentExternalId = u"42"_s;
        IncidentRecord dangling = linked;
        dangling.externalId = u"i2"_s;
        dangling.deploymentExternalId = u"404"_s;
        batch.incidents = {linked, dangling};
        PullRequestRecord request;
        request.externalId = u"pr-1"_s;
        request.repository = u"petech/storefront"_s;
        request.number = 7;
        request.title = u"Round half to even"_s;
        request.author = u"zoe"_s;
        request.headBranch = u"fix/rounding"_s;
        request.baseBranch = u"main"_s;
        request.createdAt = 5000;
        request.url = u"https://github.com/petech/storefront/pull/7"_s;
        batch.pullRequests = {request};
        ReleaseRecord release;
        release.externalId = u"r1"_s;
        release.repository = u"petech/storefront"_s;
        release.tagName = u"v2.0"_s;
        release.publishedAt = 9000;
        batch.releases = {release};

        for (int pass = 0; pass < 2; ++pass) {
            auto stored = storeBatch(*workspace, batch, githubContext());
            QVERIFY2(stored, qPrintable(stored.errorMessage()));
            QCOMPARE(stored->warnings.size(), 1);
            QVERIFY(stored->warnings[0].contains(u"404"_s));
        }
        const auto incidents = *loadRows<Incident>(workspace->connection(), {}, {}, u"external_id"_s);
        QCOMPARE(incidents.size(), 2);
        const Id deploymentId = loadRows<Deployment>(workspace->connection())->constFirst().id;
        QCOMPARE(incidents[0].deploymentId, OptionalId(deploymentId));
        QCOMPARE(incidents[1].deploymentId, OptionalId());
        QCOMPARE(incidents[0].serviceId, loadRows<Deployment>(workspace->connection())->constFirst().serviceId);

        const auto repositories = *loadRows<Repository>(workspace->connection());
        QCOMPARE(repositories.size(), 1);
        QCOMPARE(repositories[0].name, u"petech/storefront"_s);
        QCOMPARE(repositories[0].url, std::optional<QString>(u"https://github.com/petech/storefront.git"_s));
        QCOMPARE(count(*workspace, u"pull_requests"_s), 1);
        QCOMPARE(count(*workspace, u"ci_releases"_s), 1);
    }

    void aFailingBatchStoresNothing()
    {
        auto workspace = newWorkspace();
        Batch batch;
        batch.runs = {run(u"100"_s, u"CI"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s)};
        batch.deployments = {deployment(u"d1"_s, u"production"_s, u"1.0"_s), deployment(u"d2"_s, u""_s, u"1.0"_s)};
        auto stored = storeBatch(*workspace, batch, githubContext());
        QVERIFY(!stored);
        QVERIFY2(stored.errorMessage().contains(u"environment"_s), qPrintable(stored.errorMessage()));
        for (const QString &table : {u"pipeline_runs"_s, u"jobs"_s, u"deployments"_s, u"services"_s, u"environments"_s})
            QCOMPARE(count(*workspace, table), 0);
    }

    void tiersGuessedFromNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("tier");
        QTest::newRow("production") << u"production"_s << u"production"_s;
        QTest::newRow("prod-eu") << u"prod-eu"_s << u"production"_s;
        QTest::newRow("Live") << u"Live"_s << u"production"_s;
        QTest::newRow("pre-production") << u"pre-production"_s << u"staging"_s;
        QTest::newRow("preprod") << u"preprod"_s << u"staging"_s;
        QTest::newRow("UAT") << u"UAT"_s << u"staging"_s;
        QTest::newRow("qa") << u"qa"_s << u"testing"_s;
        QTest::newRow("review app") << u"review/feature-x"_s << u"development"_s;
        QTest::newRow("dev") << u"dev"_s << u"development"_s;
        QTest::newRow("unknown") << u"blue"_s << u"other"_s;
        QTest::newRow("product is not prod") << u"product-demo"_s << u"other"_s;
    }
    void tiersGuessedFromNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, tier);
        QCOMPARE(guessTier(name), tier);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return execOnBothEngines<TestCiStore>(argc, argv);
}
#include "tst_cistore.moc"
