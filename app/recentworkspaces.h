// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace flowdeck::app {

/// The recently opened workspaces, newest first, kept in the user's settings (QSettings): file paths, and the
/// addresses of team workspaces on a PostgreSQL server (without a password).
class RecentWorkspaces
{
public:
    static constexpr int maximum = 10;

    static QStringList paths();
    /// Moves `path` to the front, dropping the oldest entry beyond `maximum`.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();

    /// Whether `location` is a team workspace's server address rather than a file.
    static bool isServer(const QString &location);
    /// The name a list shows: the file name without its suffix, or database@host for a server.
    static QString title(const QString &location);

    /// The workspace that was open when Flowdeck last closed; empty when none was.
    static QString lastOpen();
    static void setLastOpen(const QString &path);

private:
    static void store(const QStringList &paths);
};

} // namespace flowdeck::app
