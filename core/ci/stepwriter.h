// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/records.h"
#include "ci/sqlitetexts.h"
#include "result.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QList>
#include <QSqlDatabase>

namespace flowdeck::ci::detail {

/// Writes job steps. On SQLite through SQLite's own API with many rows to a statement: a GitHub job has a handful
/// of steps, and with one row a statement each step would pay for a statement's start and end, which cost more
/// than storing the row. Names and statuses are bound as UTF-8 from one buffer (Utf8Texts). Other engines write
/// through BulkInserter.
class StepWriter
{
public:
    explicit StepWriter(const QSqlDatabase &db);
    ~StepWriter();
    StepWriter(const StepWriter &) = delete;
    StepWriter &operator=(const StepWriter &) = delete;

    void add(JobStep &&step);
    /// Writes the steps added since the last flush.
    Result<void> flush();

private:
    static constexpr int rowsAStatement = 32;
    static constexpr int columnCount = int(std::tuple_size_v<decltype(store::Table<JobStep>::columns)>);

    Result<void> flushNative();
    /// The insert of `rows` rows, prepared the first time it is needed.
    Result<sqlite3_stmt *> prepared(sqlite3_stmt *&statement, int rows);
    /// Binds one row at the parameters after `offset`, in the columns' order (store::Table<JobStep>).
    void bindRow(sqlite3_stmt *statement, int offset, const JobStep &step);
    /// Makes room for the texts of rows first .. first + count - 1, bound next.
    void startTexts(qsizetype first, qsizetype count);
    Result<void> run(sqlite3_stmt *statement);

    sqlite3 *m_sqlite = nullptr;
    store::BulkInserter<JobStep> m_bulk;
    QList<JobStep> m_rows;
    Utf8Texts m_texts;
    sqlite3_stmt *m_many = nullptr;
    sqlite3_stmt *m_one = nullptr;
};

} // namespace flowdeck::ci::detail
