// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/sqlitetexts.h"
#include "domain/pipeline.h"
#include "result.h"
#include "store/rows.h"
#include "store/tables.h"

#include <array>

namespace flowdeck::ci::detail {

/// Inserts new jobs on SQLite through SQLite's own API, up to 32 rows to a statement, with ids the caller gives them
/// (one past the largest stored, in order, as SQLite would): an import of saved files inserts a job for every few
/// steps, and a statement a job, with its upsert's look-up of the id after it, costs more than the row. A job stored
/// already (by source and external id) is left as it is, for the caller to upsert.
class JobInserter
{
public:
    static constexpr int rowsAStatement = 32;

    /// `sqlite`: the connection the jobs are written through.
    explicit JobInserter(sqlite3 *sqlite);
    ~JobInserter();
    JobInserter(const JobInserter &) = delete;
    JobInserter &operator=(const JobInserter &) = delete;

    /// The id the next new job gets: one past the largest stored.
    Result<Id> nextId();
    /// Inserts `count` jobs (1 to rowsAStatement) whose ids are set, in one statement, leaving out those stored
    /// already: whether it inserted every one.
    Result<bool> insert(const Job *jobs, int count);

private:
    /// The id and the columns of store::Table<Job>.
    static constexpr int columnCount = 1 + int(std::tuple_size_v<decltype(store::Table<Job>::columns)>);

    /// The insert of `rows` rows, prepared the first time it is needed.
    Result<sqlite3_stmt *> insertStatement(int rows);
    void bindRow(sqlite3_stmt *statement, int offset, const Job &job);

    sqlite3 *m_sqlite = nullptr;
    Utf8Texts m_texts;
    std::array<sqlite3_stmt *, rowsAStatement + 1> m_inserts{};
    sqlite3_stmt *m_largest = nullptr;
};

} // namespace flowdeck::ci::detail
