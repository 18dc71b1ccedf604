// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace flowdeck::store {

struct OpenOptions
{
    /// Open read-only even where the file could be written.
    bool readOnly = false;
};

/// An open workspace: one SQLite file (*.flowdeck), the application's file format.
///
/// Each thread gets its own named connection (connection()); every write goes through write(), which
/// wraps the work in one transaction. Opening never modifies a file it refuses.
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

    /// Creates a new, empty workspace at `path`. Refuses to overwrite an existing file.
    static Result<std::shared_ptr<Workspace>> create(const QString &path);
    /// Opens an existing workspace, upgrading an older schema in place.
    static Result<std::shared_ptr<Workspace>> open(const QString &path, OpenOptions options = {});
    ~Workspace();

    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    /// The file name without its directory and suffix, as the window title shows it.
    QString displayName() const;
    Engine engine() const { return Engine::Sqlite; }
    QString engineName() const;
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    /// This thread's connection, opened on first use.
    QSqlDatabase connection() const;

    using WriteWork = std::function<Result<void>(QSqlDatabase &db)>;
    /// Runs `work` inside one transaction on this thread's connection: all of it is stored, or none.
    Result<void> write(const WriteWork &work) const;

    /// A consistent copy of the whole workspace written to `path` (which must not exist yet).
    Result<void> saveCopyAs(const QString &path) const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &key, const QString &value) const;

private:
    Workspace(QString path, bool readOnly);
    QString threadConnectionName() const;
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Result<void> migrate();

    QString m_path;
    bool m_readOnly = false;
    int m_schemaVersion = 0;
    QString m_connectionPrefix;
    mutable QMutex m_connectionsMutex;
    mutable QStringList m_connectionNames;
};

/// A message for a failed statement that names the table or action and SQLite's reason.
Error sqlError(const QString &what, const QSqlError &error);

} // namespace flowdeck::store
