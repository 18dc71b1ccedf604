// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::ci::files {

/// While it lives, the WAL of a workspace file is checkpointed on a thread of its own, through a connection of its
/// own, instead of by the connection that writes after its commits. A checkpoint waits for the disk twice (the log,
/// then the file), some 10 ms each, and an import of saved responses commits every quarter of a second: on the
/// thread that stores, those waits were a quarter of the import's time, in which nothing was stored. SQLite lets one
/// connection checkpoint while another writes; the log is started again from its beginning at a transaction after
/// a checkpoint that took all of it, as after one made by the writer. The writing connection's own automatic
/// checkpoints are turned off meanwhile and put back afterwards, also after a failure. A workspace on PostgreSQL, or
/// a file the checkpointing connection cannot open, is left as it is.
class BackgroundCheckpoints
{
public:
    /// `workspace`: its connection of the calling thread is the one that writes.
    explicit BackgroundCheckpoints(const store::Workspace &workspace);
    ~BackgroundCheckpoints();
    BackgroundCheckpoints(const BackgroundCheckpoints &) = delete;
    BackgroundCheckpoints &operator=(const BackgroundCheckpoints &) = delete;

private:
    void run();

    sqlite3 *m_writer = nullptr;
    sqlite3 *m_checkpointer = nullptr;
    int m_autoCheckpoint = 1000;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace flowdeck::ci::files
