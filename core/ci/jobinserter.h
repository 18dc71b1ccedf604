// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/sqlitetexts.h"
#include "domain/pipeline.h"
#include "result.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace flowdeck::ci::detail {

/// Inserts new jobs on SQLite through SQLite's own API, many rows to a statement, with the ids SQLite would give
/// them (one past the largest stored, in order): an import of saved files inserts a job for every few steps, and a
/// statement a job, with its upsert's index look-up and the look-up of its id after it, cost more than the row.
/// Knows which jobs are stored already, so that those are updated by the caller's upsert instead.
class JobInserter
{
public:
    /// `sqlite`: the connection the jobs are written through.
    explicit JobInserter(sqlite3 *sqlite);
    ~JobInserter();
    JobInserter(const JobInserter &) = delete;
    JobInserter &operator=(const JobInserter &) = delete;

    /// The ids of the stored jobs of `source` among these external ids.
    Result<QHash<QString, Id>> storedIds(const QString &source, const QStringList &externalIds);
    /// The id the next new job gets: one past the largest stored.
    Result<Id> nextId();
    /// Queues a new job whose id is set; written by flush().
    void add(Job &&job);
    /// Writes the jobs queued since the last flush.
    Result<void> flush();

private:
    static constexpr int rowsAStatement = 32;
    static constexpr int idsALookUp = 32;
    /// The id and the columns of store::Table<Job>.
    static constexpr int columnCount = 1 + int(std::tuple_size_v<decltype(store::Table<Job>::columns)>);

    /// The statement, prepared the first time it is needed.
    Result<sqlite3_stmt *> prepared(sqlite3_stmt *&statement, const QByteArray &sql);
    void bindRow(sqlite3_stmt *statement, int offset, const Job &job);
    Result<void> run(sqlite3_stmt *statement);

    sqlite3 *m_sqlite = nullptr;
    QList<Job> m_rows;
    Utf8Texts m_texts;
    sqlite3_stmt *m_many = nullptr;
    sqlite3_stmt *m_one = nullptr;
    sqlite3_stmt *m_stored = nullptr;
    sqlite3_stmt *m_largest = nullptr;
};

} // namespace flowdeck::ci::detail
