// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/deferredcheckpoints.h"

#include "store/rows.h"

namespace flowdeck::ci::files {

namespace {

/// The connection's wal_autocheckpoint, in pages; SQLite's default when it cannot be read.
int autoCheckpointPages(sqlite3 *sqlite)
{
    int pages = 1000;
    sqlite3_stmt *statement = nullptr;
    static constexpr char sql[] = "PRAGMA wal_autocheckpoint";
    if (sqlite3_prepare_v2(sqlite, sql, int(sizeof sql - 1), &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        pages = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return pages;
}

} // namespace

DeferredCheckpoints::DeferredCheckpoints(const QSqlDatabase &db)
    : m_sqlite(store::sqlite::handle(db))
{
    if (!m_sqlite)
        return;
    m_autoCheckpoint = autoCheckpointPages(m_sqlite);
    sqlite3_wal_autocheckpoint(m_sqlite, 0);
}

DeferredCheckpoints::~DeferredCheckpoints()
{
    if (!m_sqlite)
        return;
    sqlite3_wal_autocheckpoint(m_sqlite, m_autoCheckpoint);
    // A checkpoint that cannot run now (another connection is making one) leaves the log to the next one: what it
    // holds is committed.
    sqlite3_wal_checkpoint_v2(m_sqlite, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

} // namespace flowdeck::ci::files
