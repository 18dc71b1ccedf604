// SPDX-License-Identifier: GPL-3.0-or-later
// RowUpserter: every upsert returns the id of the row it inserted or updated, whichever way SQLite took, and a
// refused row is an error naming its table. The ids expected are read back from the table by natural key.
#include "domain/delivery.h"
#include "domain/pipeline.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace Qt::StringLiterals;

namespace {

PipelineRun run(const QString &externalId, const QString &status)
{
    PipelineRun row;
    row.source = u"github"_s;
    row.externalId = externalId;
    row.status = status;
    return row;
}

/// The id stored for a run, by its natural key; -1 when there is none.
Id storedId(QSqlDatabase &db, const QString &externalId)
{
    auto query = runQuery(db, u"pipeline_runs"_s,
                          u"SELECT id FROM pipeline_runs WHERE source = 'github' AND external_id = ?"_s, {externalId});
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestRowUpserter : public QObject
{
    Q_OBJECT

private slots:
    void returnsTheIdOfTheRowInsertedOrUpdated()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"rows.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto written = (*workspace)->write([](QSqlDatabase &db) -> Result<void> {
            RowUpserter<PipelineRun> runs(db);
            QStringList wrong;
            const auto upsert = [&](const QString &externalId, const QString &status) {
                auto id = runs.upsert(run(externalId, status));
                const Id stored = storedId(db, externalId);
                if (!id || *id != stored)
                    wrong.append(u"run %1: upsert returned %2, the table holds %3"_s.arg(
                        externalId, id ? QString::number(*id) : id.errorMessage(), QString::number(stored)));
            };
            upsert(u"1"_s, u"running"_s);   // new
            upsert(u"2"_s, u"running"_s);   // new
            upsert(u"1"_s, u"succeeded"_s); // the first again, right after another row was inserted
            upsert(u"2"_s, u"succeeded"_s); // the row inserted last, again
            upsert(u"3"_s, u"running"_s);   // new
            // Row 3 deleted: the next new row may get its id back, the same as the last id inserted.
            if (auto deleted = runQuery(db, u"pipeline_runs"_s, u"DELETE FROM pipeline_runs WHERE external_id = '3'"_s);
                !deleted)
                return deleted.error();
            upsert(u"4"_s, u"running"_s);
            upsert(u"4"_s, u"failed"_s);
            if (!wrong.isEmpty())
                return Error{wrong.join(u"; "_s)};
            auto statuses = runQuery(db, u"pipeline_runs"_s,
                                     u"SELECT group_concat(external_id || ':' || status, ' ') FROM "
                                     u"(SELECT * FROM pipeline_runs ORDER BY external_id)"_s);
            if (!statuses || !statuses->next())
                return Error{u"no runs"_s};
            if (statuses->value(0).toString() != u"1:succeeded 2:succeeded 4:failed"_s)
                return Error{u"stored: "_s + statuses->value(0).toString()};
            return {};
        });
        QVERIFY2(written, qPrintable(written.errorMessage()));
    }

    void aRefusedRowIsAnErrorNamingItsTable()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::create(dir.filePath(u"rows.flowdeck"_s));
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto written = (*workspace)->write([](QSqlDatabase &db) -> Result<void> {
            RowUpserter<Job> jobs(db);
            Job job;
            job.runId = 999; // no such run: the foreign key refuses it
            job.name = u"build"_s;
            job.source = u"github"_s;
            job.externalId = u"7"_s;
            job.status = u"succeeded"_s;
            auto id = jobs.upsert(job);
            if (id)
                return Error{u"a job of a run that does not exist was stored"_s};
            return Error{id.errorMessage()};
        });
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(u"jobs"_s), qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(written.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRowUpserter)
#include "tst_rowupserter.moc"
