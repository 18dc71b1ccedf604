// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/readconnection.h"

namespace flowdeck::metrics::detail {

ReadConnection::ReadConnection(const QByteArray &file)
{
    if (file.isEmpty())
        return;
    if (sqlite3_open_v2(file.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // Up to 1 GiB of the file mapped, which SQLite caps to what it was built to allow.
    for (const char *pragma : {"PRAGMA mmap_size = 1073741824", "PRAGMA cache_size = -16384", "PRAGMA query_only = 1"})
        sqlite3_exec(m_db, pragma, nullptr, nullptr, nullptr);
}

ReadConnection::~ReadConnection()
{
    if (m_began)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close_v2(m_db);
}

bool ReadConnection::begin()
{
    m_began = m_db && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    return m_began;
}

} // namespace flowdeck::metrics::detail
