// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::store {

/// What Workspace needs to know about a PostgreSQL server beyond plain SQL: reading an address, connecting with
/// errors in the user's terms, and telling an empty database from a workspace and from someone else's data.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::store::ServerConnection)

public:
    /// Reads `postgresql://[user@]host[:port]/database[?sslmode=…]`; the error names the address and the fault.
    static Result<ServerAddress> parse(const QString &location);

    /// Opens a QPSQL connection called `name` to `address`. Without `password`, libpq looks in PGPASSWORD and
    /// ~/.pgpass. A read-only connection refuses every write on the server's side.
    static Result<QSqlDatabase> connect(const QString &name, const ServerAddress &address,
                                        const std::optional<QString> &password, bool readOnly);

    /// A failed connection explained: refused, unknown host, wrong or missing password, no such database or role,
    /// TLS required or unavailable; always naming host:port/database.
    static Error connectionError(const ServerAddress &address, const QSqlError &error);

    enum class Contents
    {
        /// No table, view or sequence of anyone's in the connection's schema.
        Empty,
        /// flowdeck_workspace is there.
        Workspace,
        /// Tables of something else.
        Other
    };
    struct Inspection
    {
        Contents contents = Contents::Empty;
        qint32 applicationId = 0;
        int schemaVersion = 0;
        /// A few of the tables found, for the message that refuses a database that is not a workspace.
        QStringList tables;
    };
    /// What the database holds, read without changing anything.
    static Result<Inspection> inspect(QSqlDatabase &db);

    /// Waits for, and takes until the end of the current transaction, the lock that makes creating and upgrading
    /// a workspace's schema one process at a time.
    static Result<void> lockSchema(QSqlDatabase &db);
};

} // namespace flowdeck::store
