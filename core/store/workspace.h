// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace flowdeck::store {

struct OpenOptions
{
    /// Open read-only even where the file could be written.
    bool readOnly = false;
    /// The password for a workspace on a PostgreSQL server, as the user typed it. Without one, the keychain entry
    /// under Workspace::keychainKey() is used, and without that libpq's own PGPASSWORD or ~/.pgpass. Never stored
    /// by the workspace beyond its connections. Ignored for a file. The keychain is read on the application's main
    /// thread (see secrets::Keychain): open a server workspace without a password on another thread only while the
    /// main thread turns its event loop.
    std::optional<QString> password = std::nullopt;
};

/// Where a workspace on a PostgreSQL server is:
/// `postgresql://[user@]host[:port]/database[?sslmode=disable|allow|prefer|require|verify-ca|verify-full]`
/// (`postgres://` too). It never holds a password.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    /// Empty: libpq's default (PGUSER, else the operating system's user name).
    QString user;
    /// Empty: libpq's default (prefer).
    QString sslMode;

    /// The address in its canonical form, `postgresql://user@host:port/database[?sslmode=…]`.
    QString toString() const;
    /// "database (@host)" for titles and messages.
    QString displayName() const;
    bool operator==(const ServerAddress &) const = default;
};

/// An open workspace: one SQLite file (*.flowdeck), the application's file format, or a database on a PostgreSQL
/// server shared by a team (same schema, same migrations).
///
/// Each thread gets its own named connection (connection()); every write goes through write(), which
/// wraps the work in one transaction. Opening never modifies a file or database it refuses.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::store::Workspace)

public:
    enum class Engine
    {
        Sqlite,
        PostgreSql
    };

    /// The SQLite application_id that marks a file as a Flowdeck workspace ("FLDK").
    static constexpr qint32 applicationId = 0x464C444B;
    static constexpr auto fileSuffix = "flowdeck";
    /// The PostgreSQL notification channel on which every committed write announces itself, with the writing
    /// workspace's sessionId() as payload (see ChangeListener).
    static constexpr auto changesChannel = "flowdeck_changes";

    /// True when `location` is a server address (postgresql:// or postgres://) rather than a file path.
    static bool isServerAddress(const QString &location);
    /// Reads a server address; the error names the address and what is wrong with it. A password in the address
    /// is refused (it belongs in the keychain or the open dialog, never in an address Flowdeck keeps).
    static Result<ServerAddress> parseServerAddress(const QString &location);
    /// The keychain entry that holds the password of the server workspace at `address`:
    /// "postgresql://user@host:port/database" (no TLS mode, so one password serves every mode). Empty for a file
    /// path or an address that does not parse.
    static QString keychainKey(const QString &address);

    /// Creates a new, empty workspace at `location`: a file path (refuses to overwrite an existing file) or a
    /// server address (the database must exist and be empty; one with other tables is refused untouched).
    static Result<std::shared_ptr<Workspace>> create(const QString &location, OpenOptions options = {});
    /// Opens an existing workspace, upgrading an older schema in place.
    static Result<std::shared_ptr<Workspace>> open(const QString &location, OpenOptions options = {});
    /// Opens the workspace at `location`, or creates it when there is none yet: a file that does not exist, or an
    /// empty database on a server. Two processes doing this at once on one server create the schema once.
    static Result<std::shared_ptr<Workspace>> openOrCreate(const QString &location, OpenOptions options = {});
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    /// The file's absolute path, or the server address without a password.
    QString path() const { return m_path; }
    /// The file name without its directory and suffix, or "database (@host)" for a server, as the window title
    /// shows it.
    QString displayName() const;
    Engine engine() const { return m_engine; }
    /// "SQLite file" or "PostgreSQL server", translated.
    QString engineName() const;
    /// The server's address for a PostgreSQL workspace; nothing for a file.
    std::optional<ServerAddress> serverAddress() const { return m_server; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    /// This thread's connection, opened on first use.
    QSqlDatabase connection() const;
    /// A connection called `name` of its own, apart from the per-thread ones, for a caller that keeps it on one
    /// thread for a long time (listening for notifications). The caller removes it with
    /// QSqlDatabase::removeDatabase(); closing the workspace removes it too.
    Result<QSqlDatabase> openSeparateConnection(const QString &name) const;
    /// Tells this opened workspace apart from every other one, in this process or another: new on each open.
    QString sessionId() const { return m_sessionId; }

    using WriteWork = std::function<Result<void>(QSqlDatabase &db)>;
    /// Runs `work` inside one transaction on this thread's connection: all of it is stored, or none. On a server,
    /// a write that commits notifies changesChannel, so other windows on the workspace show it.
    Result<void> write(const WriteWork &work) const;

    /// A consistent copy of the whole workspace written to the file `path` (which must not exist yet); a server
    /// workspace is copied record by record (WorkspaceCopy).
    Result<void> saveCopyAs(const QString &path) const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value) const;

private:
    Workspace(QString path, bool readOnly);
    Workspace(const ServerAddress &address, std::optional<QString> password, bool readOnly);
    static Result<std::shared_ptr<Workspace>> createFile(const QString &path);
    static Result<std::shared_ptr<Workspace>> openFile(const QString &path, OpenOptions options);
    static Result<std::shared_ptr<Workspace>> connectServer(const QString &location, const OpenOptions &options);
    enum class ServerMode
    {
        Create,
        Open,
        OpenOrCreate
    };
    static Result<std::shared_ptr<Workspace>> openServer(const QString &location, const OpenOptions &options,
                                                         ServerMode mode);
    QString threadConnectionName() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Result<void> migrate();
    Result<void> migrateServer(QSqlDatabase &db);
    Result<void> storeCreation(QSqlDatabase &db) const;

    QString m_path;
    Engine m_engine = Engine::Sqlite;
    std::optional<ServerAddress> m_server;
    std::optional<QString> m_password;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString m_connectionPrefix;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
};

/// A message for a failed statement that names the table or action and SQLite's reason.
Error sqlError(const QString &what, const QSqlError &error);

} // namespace flowdeck::store
