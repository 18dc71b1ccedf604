// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/backgroundcheckpoints.h"

#include "store/rows.h"
#include "store/workspace.h"

#include <QFile>

#include <chrono>

namespace flowdeck::ci::files {

namespace {

/// How often the log is checkpointed: a commit of the import comes every quarter of a second.
constexpr std::chrono::milliseconds checkpointInterval{100};

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

BackgroundCheckpoints::BackgroundCheckpoints(const store::Workspace &workspace)
    : m_writer(store::sqlite::handle(workspace.connection()))
{
    if (!m_writer)
        return;
    const QByteArray path = QFile::encodeName(workspace.path());
    if (sqlite3_open_v2(path.constData(), &m_checkpointer, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(m_checkpointer);
        m_checkpointer = nullptr;
        return;
    }
    // A connection learns that the file has a log when it first reads it.
    if (sqlite3_exec(m_checkpointer, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(m_checkpointer);
        m_checkpointer = nullptr;
        return;
    }
    m_autoCheckpoint = autoCheckpointPages(m_writer);
    sqlite3_wal_autocheckpoint(m_writer, 0);
    m_thread = std::thread([this] { run(); });
}

BackgroundCheckpoints::~BackgroundCheckpoints()
{
    if (!m_checkpointer)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // The log took in what was written meanwhile (the writer began each transaction right after the last, before a
    // checkpoint could take all of it and let the log start again): what is left is checkpointed and the file cut
    // back. Without waiting: while another connection reads or writes it stays as it is, for its next checkpoint.
    sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    sqlite3_close(m_checkpointer);
    // What the log holds is committed; the writer's next commits checkpoint it as before.
    sqlite3_wal_autocheckpoint(m_writer, m_autoCheckpoint);
}

void BackgroundCheckpoints::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, checkpointInterval, [this] { return m_stopping; })) {
        lock.unlock();
        // Passive: it takes what is committed and waits for nothing; one that cannot run now is made at the next
        // turn.
        sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
}

} // namespace flowdeck::ci::files
