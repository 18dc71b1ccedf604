// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <sqlite3.h>

namespace flowdeck::metrics::detail {

/// A read-only SQLite connection of its own to a workspace's file, so that another thread can read a share of a
/// table at the same time. It maps the file into memory, so that pages are read without being copied.
class ReadConnection
{
public:
    /// Opens `file` (UTF-8); handle() is null when it cannot be opened.
    explicit ReadConnection(const QByteArray &file);
    ~ReadConnection();
    ReadConnection(const ReadConnection &) = delete;
    ReadConnection &operator=(const ReadConnection &) = delete;

    sqlite3 *handle() const { return m_db; }

    /// Starts the read transaction that keeps all of its reads in one snapshot.
    bool begin();

private:
    sqlite3 *m_db = nullptr;
    bool m_began = false;
};

} // namespace flowdeck::metrics::detail
