// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace flowdeck::ci::files {

/// Holds back a SQLite connection's automatic checkpoints while a bulk import commits through it, and makes one
/// checkpoint when it ends. SQLite copies the write-ahead log into the database at the first commit after the log
/// has grown past 1,000 pages, on the thread that commits: an import of a large folder would copy and sync the
/// pages it wrote every few commits, while the files after them wait to be stored, and copy the pages it writes
/// again and again (the last page of each table and index) each time. Held back, each page is copied once, at the
/// end. What was committed is in the log either way: a failure or a crash before the checkpoint loses nothing, and
/// the next checkpoint (SQLite makes one when the last connection closes) copies it. Nothing is done on other
/// engines.
class DeferredCheckpoints
{
public:
    explicit DeferredCheckpoints(const QSqlDatabase &db);
    /// Restores the connection's automatic checkpoints and checkpoints what the log holds, without waiting for
    /// readers (frames a reader still needs are left to a later checkpoint).
    ~DeferredCheckpoints();
    DeferredCheckpoints(const DeferredCheckpoints &) = delete;
    DeferredCheckpoints &operator=(const DeferredCheckpoints &) = delete;

private:
    sqlite3 *m_sqlite = nullptr;
    /// The connection's own setting, in pages: put back at the end.
    int m_autoCheckpoint = 0;
};

} // namespace flowdeck::ci::files
