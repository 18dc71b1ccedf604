// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/records.h"
#include "result.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>

namespace flowdeck::ci::detail {

/// Writes the steps of jobs, a row a job (job_step_lists): each job's steps as one JSON array of
/// [position, name, status, started_at, finished_at] arrays, which replaces the steps stored for the job. On SQLite
/// through SQLite's own API with many jobs to a statement, the texts bound from one buffer; other engines upsert
/// through QSqlQuery.
class StepWriter
{
public:
    explicit StepWriter(const QSqlDatabase &db);
    ~StepWriter();
    StepWriter(const StepWriter &) = delete;
    StepWriter &operator=(const StepWriter &) = delete;

    /// Sets the steps of job `jobId` to `steps` at the next flush, in the order of their numbers; a step number given
    /// twice keeps its first step. Jobs added twice end with the steps added last. Returns how many steps the job
    /// keeps.
    int add(Id jobId, const QList<StepRecord> &steps);
    /// Writes the steps added since the last flush.
    Result<void> flush();

    /// Appends to `json` the JSON array job_step_lists.steps holds for `steps`: in the order of their numbers, a
    /// repeated number's later steps left out. `kept` receives how many steps it holds.
    static void encode(const QList<StepRecord> &steps, QByteArray &json, int &kept);

private:
    static constexpr int rowsAStatement = 32;

    /// One job's steps: its JSON is m_json.mid(offset, size).
    struct Row
    {
        Id jobId = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
    };

    Result<void> flushNative();
    Result<void> flushQuery();
    /// The upsert of `rows` rows, prepared the first time it is needed.
    Result<sqlite3_stmt *> prepared(sqlite3_stmt *&statement, int rows);
    void bindRow(sqlite3_stmt *statement, int offset, const Row &row);
    Result<void> run(sqlite3_stmt *statement);

    sqlite3 *m_sqlite = nullptr;
    store::TableWriter<JobStepList> m_query;
    QList<Row> m_rows;
    QByteArray m_json;
    sqlite3_stmt *m_many = nullptr;
    sqlite3_stmt *m_one = nullptr;
};

} // namespace flowdeck::ci::detail
