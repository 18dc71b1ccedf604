// SPDX-License-Identifier: GPL-3.0-or-later
// Job steps as stored since schema 6: a row a job in job_step_lists (a JSON array), read a row a step through the
// view job_steps. Texts JSON must escape, a workspace of schema 5 upgraded with its steps, and a job's steps
// replaced and deleted with it. The expected rows are written by hand from the records and SQL below.
#include "ci/cistore.h"
#include "domain/pipeline.h"
#include "store/migrations.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

RunRecord run(const QString &id)
{
    RunRecord record;
    record.externalId = id;
    record.pipelineName = u"CI"_s;
    record.status = QString::fromLatin1(Status::Succeeded);
    record.createdAt = 1000;
    return record;
}

JobRecord job(const QString &id, const QString &runId, const QString &name)
{
    JobRecord record;
    record.externalId = id;
    record.runExternalId = runId;
    record.name = name;
    record.status = QString::fromLatin1(Status::Succeeded);
    return record;
}

qint64 scalar(const Workspace &workspace, const QString &sql)
{
    auto query = runQuery(workspace.connection(), u"test"_s, sql);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

QList<JobStep> stepsOf(const Workspace &workspace, Id jobId)
{
    auto steps = loadRows<JobStep>(workspace.connection(), u"job_id = ?"_s, {jobId}, u"position"_s);
    if (!steps)
        qWarning() << steps.errorMessage();
    return steps ? *steps : QList<JobStep>();
}

Id jobId(const Workspace &workspace, const QString &externalId)
{
    auto jobs = loadRows<Job>(workspace.connection(), u"external_id = ?"_s, {externalId});
    return jobs && jobs->size() == 1 ? jobs->constFirst().id : -1;
}

} // namespace

class TestCiJobSteps : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void textsThatJsonEscapesReadBackAsGiven()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"texts.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const StoreContext context{QString::fromLatin1(Source::GitHub), {}, u"storefront"_s};
        const QString quoted = u"Run \"make\" \\ all"_s;
        const QString controls = u"line\nbreak\ttab\r\u0001\u001f"_s;
        const QString nonAscii = u"Prüfen \"✓\"\n検査 \\"_s;
        const QString slash = u"a/b </script>"_s;
        Batch batch;
        batch.runs = {run(u"100"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s)};
        batch.jobs[0].steps = {StepRecord{1, quoted, u"succeeded"_s, 1'700'000'000'000, 1'700'000'000'500},
                               StepRecord{2, controls, u"failed"_s, -5, 0},
                               StepRecord{3, nonAscii, u"skipped"_s, {}, {}},
                               StepRecord{4, slash, u"succeeded"_s, {}, 9'007'199'254'740'993},
                               StepRecord{5, QString(), QString(), 1, {}}};
        auto stored = storeBatch(**workspace, batch, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->steps, 5);

        const Id id = jobId(**workspace, u"1"_s);
        QCOMPARE(stepsOf(**workspace, id),
                 (QList<JobStep>{JobStep{id, 1, quoted, u"succeeded"_s, 1'700'000'000'000, 1'700'000'000'500},
                                 JobStep{id, 2, controls, u"failed"_s, -5, 0},
                                 JobStep{id, 3, nonAscii, u"skipped"_s, {}, {}},
                                 JobStep{id, 4, slash, u"succeeded"_s, {}, 9'007'199'254'740'993},
                                 JobStep{id, 5, QString(), QString(), 1, {}}}));
        // One row for the job, valid JSON that any SQL tool reads: five steps of five values each.
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_step_lists"_s), 1);
        QCOMPARE(scalar(**workspace, u"SELECT json_valid(steps) FROM job_step_lists"_s), 1);
        QCOMPARE(scalar(**workspace, u"SELECT json_array_length(steps) FROM job_step_lists"_s), 5);
        QCOMPARE(scalar(**workspace, u"SELECT json_array_length(steps, '$[2]') FROM job_step_lists"_s), 5);
        QCOMPARE(scalar(**workspace, u"SELECT json_type(steps, '$[2][3]') = 'null' FROM job_step_lists"_s), 1);
    }

    // Texts longer than eight units, whose plain ASCII part is copied eight units at a time, with what must be
    // escaped, or is not ASCII, before, inside and after such a run; in step names and in a job's own columns.
    void longTextsReadBackAsGiven()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"long.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const StoreContext context{QString::fromLatin1(Source::GitHub), {}, u"storefront"_s};
        const QStringList texts{u"Set up Python 3.12 for all targets"_s,
                                u"Set up job \"release\" with C:\\tools\\bin"_s,
                                u"0123456789abcdef\u0007ghijklmnop\u001f"_s,
                                u"Prüfen"_s,
                                u"integration tests (ubuntu-latest) – Prüfung ✓"_s,
                                u"\u00e9abcdefghijklmnop"_s,
                                u"abcdefgh"_s,
                                u"abcdefg\""_s};
        Batch batch;
        batch.runs = {run(u"100"_s)};
        QList<JobStep> expected;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            JobRecord record = job(QString::number(i + 1), u"100"_s, texts.at(i));
            record.url = texts.at(texts.size() - 1 - i);
            record.steps = {StepRecord{1, texts.at(i), texts.at(texts.size() - 1 - i), 10, 20}};
            batch.jobs.append(record);
        }
        auto stored = storeBatch(**workspace, batch, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        for (qsizetype i = 0; i < texts.size(); ++i) {
            auto jobs = loadRows<Job>((*workspace)->connection(), u"external_id = ?"_s, {QString::number(i + 1)});
            QVERIFY(jobs && jobs->size() == 1);
            QCOMPARE(jobs->constFirst().name, texts.at(i));
            QCOMPARE(jobs->constFirst().url, std::optional<QString>(texts.at(texts.size() - 1 - i)));
            const Id id = jobs->constFirst().id;
            QCOMPARE(stepsOf(**workspace, id),
                     (QList<JobStep>{JobStep{id, 1, texts.at(i), texts.at(texts.size() - 1 - i), 10, 20}}));
        }
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_step_lists WHERE json_valid(steps)"_s), texts.size());
    }

    // Times of every length the step lists write, at the edges where a number gains a digit, and negative ones.
    void numbersOfEveryLengthReadBackAsGiven()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"numbers.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const StoreContext context{QString::fromLatin1(Source::GitHub), {}, u"storefront"_s};
        QList<std::pair<qint64, qint64>> times{{0, 1}, {std::numeric_limits<qint64>::max(), -1}};
        for (qint64 power = 10;; power *= 10) {
            times.append({power - 1, power});
            if (power > std::numeric_limits<qint64>::max() / 10) {
                times.append({-power, -(power - 1)});
                break;
            }
        }
        Batch batch;
        batch.runs = {run(u"100"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s)};
        QList<JobStep> expected;
        for (qsizetype i = 0; i < times.size(); ++i) {
            const int position = int(i * 997);
            batch.jobs[0].steps.append(StepRecord{position, u"s"_s, u"succeeded"_s, times[i].first, times[i].second});
            expected.append(JobStep{0, position, u"s"_s, u"succeeded"_s, times[i].first, times[i].second});
        }
        auto stored = storeBatch(**workspace, batch, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        const Id id = jobId(**workspace, u"1"_s);
        for (JobStep &step : expected)
            step.jobId = id;
        QCOMPARE(stepsOf(**workspace, id), expected);
        QCOMPARE(scalar(**workspace, u"SELECT json_valid(steps) FROM job_step_lists"_s), 1);
    }

    void aJobsStepsAreReplacedWholeAndGoWithIt()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"replaced.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        const StoreContext context{QString::fromLatin1(Source::GitHub), {}, u"storefront"_s};
        Batch batch;
        batch.runs = {run(u"100"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s), job(u"2"_s, u"100"_s, u"test"_s)};
        batch.jobs[0].steps = {StepRecord{1, u"a"_s, u"succeeded"_s, 1, 2}, StepRecord{2, u"b"_s, u"succeeded"_s, 2, 3},
                               StepRecord{3, u"c"_s, u"succeeded"_s, 3, 4}};
        batch.jobs[1].steps = {StepRecord{1, u"x"_s, u"failed"_s, 5, 6}};
        QVERIFY(storeBatch(**workspace, batch, context));
        const Id build = jobId(**workspace, u"1"_s);
        const Id test = jobId(**workspace, u"2"_s);
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_steps"_s), 4);

        // Read again with one step less and one renamed: the three become two. Job 2, read without steps, keeps
        // its one.
        batch.jobs[0].steps = {StepRecord{1, u"a"_s, u"succeeded"_s, 1, 2},
                               StepRecord{2, u"b renamed"_s, u"failed"_s, 2, 9}};
        batch.jobs[1].steps.clear();
        auto stored = storeBatch(**workspace, batch, context);
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->steps, 2);
        QCOMPARE(stepsOf(**workspace, build), (QList<JobStep>{JobStep{build, 1, u"a"_s, u"succeeded"_s, 1, 2},
                                                              JobStep{build, 2, u"b renamed"_s, u"failed"_s, 2, 9}}));
        QCOMPARE(stepsOf(**workspace, test), (QList<JobStep>{JobStep{test, 1, u"x"_s, u"failed"_s, 5, 6}}));

        // A deleted job takes its steps along.
        auto deleted = (*workspace)->write([&](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            if (!query.exec(u"DELETE FROM jobs WHERE id = %1"_s.arg(build)))
                return Error{query.lastError().text()};
            return {};
        });
        QVERIFY2(deleted, qPrintable(deleted.errorMessage()));
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_step_lists"_s), 1);
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_steps"_s), 1);
        QCOMPARE(stepsOf(**workspace, build), QList<JobStep>());
    }

    // Steps given out of order, number 3 twice: stored in the order of their numbers, the first number 3 kept, so
    // that the view reads them in that order without being asked to.
    void stepsAreStoredInTheOrderOfTheirNumbers()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"order.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        Batch batch;
        batch.runs = {run(u"100"_s)};
        batch.jobs = {job(u"1"_s, u"100"_s, u"build"_s)};
        batch.jobs[0].steps = {
            StepRecord{3, u"c"_s, u"succeeded"_s, 30, 31}, StepRecord{1, u"a"_s, u"succeeded"_s, 10, 11},
            StepRecord{3, u"c again"_s, u"failed"_s, 32, 33}, StepRecord{12, u"l"_s, u"succeeded"_s, 120, 121},
            StepRecord{2, u"b"_s, u"succeeded"_s, 20, 21}};
        auto stored = storeBatch(**workspace, batch, StoreContext{QString::fromLatin1(Source::GitHub), {}, u"s"_s});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(stored->steps, 4);
        auto query = runQuery((*workspace)->connection(), u"job_steps"_s, u"SELECT position, name FROM job_steps"_s);
        QVERIFY(query);
        QStringList read;
        while (query->next())
            read.append(query->value(0).toString() + u' ' + query->value(1).toString());
        QCOMPARE(read, (QStringList{u"1 a"_s, u"2 b"_s, u"3 c"_s, u"12 l"_s}));
    }

    // Forty jobs in one batch, job 7 given a second time as the 21st: the steps of the forty-one are written many
    // to a statement, and job 7 ends with the steps it was given last.
    void aJobGivenTwiceAmongManyEndsWithItsLaterSteps()
    {
        auto workspace = Workspace::create(m_dir.filePath(u"twice.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        Batch batch;
        batch.runs = {run(u"100"_s)};
        for (int j = 1; j <= 40; ++j) {
            batch.jobs.append(job(QString::number(j), u"100"_s, u"job %1"_s.arg(j)));
            batch.jobs.last().steps = {StepRecord{1, u"job %1 first"_s.arg(j), u"succeeded"_s, j, j + 1},
                                       StepRecord{2, u"job %1 second"_s.arg(j), u"succeeded"_s, j + 1, j + 2}};
        }
        JobRecord again = job(u"7"_s, u"100"_s, u"job 7 again"_s);
        again.steps = {StepRecord{1, u"only"_s, u"failed"_s, 100, 200}};
        batch.jobs.insert(20, again);
        auto stored = storeBatch(**workspace, batch, StoreContext{QString::fromLatin1(Source::GitHub), {}, u"s"_s});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM jobs"_s), 40);
        const Id seventh = jobId(**workspace, u"7"_s);
        QCOMPARE(stepsOf(**workspace, seventh),
                 (QList<JobStep>{JobStep{seventh, 1, u"only"_s, u"failed"_s, 100, 200}}));
        const Id eighth = jobId(**workspace, u"8"_s);
        QCOMPARE(stepsOf(**workspace, eighth),
                 (QList<JobStep>{JobStep{eighth, 1, u"job 8 first"_s, u"succeeded"_s, 8, 9},
                                 JobStep{eighth, 2, u"job 8 second"_s, u"succeeded"_s, 9, 10}}));
        // 39 jobs of two steps and job 7 of one.
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_steps"_s), 39 * 2 + 1);
        QCOMPARE(scalar(**workspace, u"SELECT count(*) FROM job_step_lists"_s), 40);
    }

    // A workspace of schema 5, made with the migrations up to 5 and plain SQL, the steps a row each as that schema
    // stored them: opened, it is upgraded and every step reads back the same, in step order.
    void upgradesTheStepsOfASchema5Workspace()
    {
        const QString file = m_dir.filePath(u"schema5.flowdeck"_s);
        const QString name = u"schema5"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(Workspace::applicationId)));
            QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
            for (const Migration &migration : migrations(SqlDialect::Sqlite)) {
                if (migration.version > 5)
                    break;
                for (const QString &statement : migration.statements)
                    QVERIFY2(query.exec(statement), qPrintable(statement + query.lastError().text()));
            }
            QVERIFY(query.exec(u"PRAGMA user_version = 5"_s));
            const QStringList rows{
                u"INSERT INTO pipeline_runs (id, source, external_id, status) VALUES (1, 'github', '100', "
                u"'succeeded')"_s,
                u"INSERT INTO jobs (id, run_id, name, source, external_id, status) VALUES (10, 1, 'build', 'github', "
                u"'j1', 'succeeded'), (11, 1, 'test', 'github', 'j2', 'failed'), (12, 1, 'lint', 'github', 'j3', "
                u"'succeeded')"_s,
                // Job 10: three steps, one with quotes and a backslash, one with nothing but a status.
                u"INSERT INTO job_steps (job_id, position, name, status, started_at, finished_at) VALUES "
                u"(10, 1, 'Set up job', 'succeeded', 1000, 1500), "
                u"(10, 2, 'Run \"make\" \\ all', 'failed', 1500, NULL), "
                u"(10, 3, 'Prüfen ✓', 'skipped', NULL, NULL)"_s,
                // Job 11: its steps inserted last first, with a tab and a line break in a name.
                u"INSERT INTO job_steps (job_id, position, name, status, started_at, finished_at) VALUES "
                u"(11, 7, 'second', 'succeeded', 20, 30), "
                u"(11, 2, 'first' || char(9) || 'line' || char(10) || 'break', 'succeeded', 10, 20)"_s,
                // Job 12 has no steps.
            };
            for (const QString &row : rows)
                QVERIFY2(query.exec(row), qPrintable(row + query.lastError().text()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);

        auto opened = Workspace::open(file);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        const Workspace &workspace = **opened;
        QCOMPARE(workspace.schemaVersion(), currentSchemaVersion());
        QVERIFY(workspace.schemaVersion() >= 6);

        QCOMPARE(stepsOf(workspace, 10),
                 (QList<JobStep>{JobStep{10, 1, u"Set up job"_s, u"succeeded"_s, 1000, 1500},
                                 JobStep{10, 2, u"Run \"make\" \\ all"_s, u"failed"_s, 1500, {}},
                                 JobStep{10, 3, u"Prüfen ✓"_s, u"skipped"_s, {}, {}}}));
        QCOMPARE(stepsOf(workspace, 11),
                 (QList<JobStep>{JobStep{11, 2, u"first\tline\nbreak"_s, u"succeeded"_s, 10, 20},
                                 JobStep{11, 7, u"second"_s, u"succeeded"_s, 20, 30}}));
        QCOMPARE(stepsOf(workspace, 12), QList<JobStep>());
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM job_steps"_s), 5);
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM job_step_lists"_s), 2);
        // Each job's list in step order, so that the view needs no ORDER BY for it.
        auto order =
            runQuery(workspace.connection(), u"job_steps"_s, u"SELECT position FROM job_steps WHERE job_id = 11"_s);
        QVERIFY(order);
        QList<int> positions;
        while (order->next())
            positions.append(order->value(0).toInt());
        QCOMPARE(positions, (QList<int>{2, 7}));

        // The import goes on from the upgraded workspace: job j2 read again replaces its two steps with one.
        Batch batch;
        batch.runs = {run(u"100"_s)};
        batch.jobs = {job(u"j2"_s, u"100"_s, u"test"_s)};
        batch.jobs[0].steps = {StepRecord{1, u"again"_s, u"succeeded"_s, 40, 50}};
        auto stored = storeBatch(workspace, batch, StoreContext{QString::fromLatin1(Source::GitHub), {}, u"shop"_s});
        QVERIFY2(stored, qPrintable(stored.errorMessage()));
        QCOMPARE(scalar(workspace, u"SELECT count(*) FROM jobs"_s), 3);
        QCOMPARE(stepsOf(workspace, 11), (QList<JobStep>{JobStep{11, 1, u"again"_s, u"succeeded"_s, 40, 50}}));
        QCOMPARE(stepsOf(workspace, 10).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCiJobSteps)
#include "tst_cijobsteps.moc"
