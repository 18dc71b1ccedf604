// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include "secrets/keychain.h"
#include "store/migrations.h"
#include "store/serverconnection.h"
#include "store/sqlvalue.h"
#include "store/workspacecopy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>
#include <QtEndian>

#include <atomic>

namespace flowdeck::store {

using namespace Qt::StringLiterals;

namespace {

// Connections are named by a serial number per thread, not by the thread's address, which a later thread can
// reuse. A worker thread's connections are removed as the thread finishes (QThreadStorage cleans up inside the
// thread, before anyone waiting on it wakes); the GUI thread's when the workspace closes.
std::atomic<quint64> nextThreadSerial{1};

struct ThreadConnections
{
    quint64 serial = 0;
    /// Filled on worker threads only: the GUI thread's connections outlive it until the workspace closes.
    QStringList names;

    ~ThreadConnections()
    {
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnections *> threadConnections;

ThreadConnections &currentThreadConnections()
{
    if (!threadConnections.hasLocalData())
        threadConnections.setLocalData(new ThreadConnections{nextThreadSerial.fetch_add(1), {}});
    return *threadConnections.localData();
}

bool isMainThread()
{
    return QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread();
}

constexpr int sqliteHeaderSize = 100;
constexpr int busyTimeoutMs = 5000;
// How long opening waits for another program's write transaction before it reports the file as in use.
constexpr int lockProbeTimeoutMs = 250;

struct HeaderInfo
{
    bool isSqlite = false;
    qint32 applicationId = 0;
    /// The page size times the page count, when the header's count is valid (it is when the change counter and
    /// the version-valid-for number agree); 0 otherwise.
    qint64 declaredSize = 0;
};

HeaderInfo readHeader(QFile &file)
{
    HeaderInfo info;
    const QByteArray header = file.read(sqliteHeaderSize);
    if (header.size() < sqliteHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return info;
    info.isSqlite = true;
    info.applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    // The fields of SQLite's file format (https://www.sqlite.org/fileformat.html, "The Database Header").
    const quint16 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (changeCounter == versionValidFor)
        info.declaredSize = qint64(pageSize == 1 ? 65536 : pageSize) * pageCount;
    return info;
}

/// The tables a workspace of the current schema has: those the migrations create and do not drop again.
const QStringList &schemaTables()
{
    static const QStringList tables = [] {
        static const QRegularExpression statement(
            u"\\b(CREATE|DROP)\\s+TABLE\\s+(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?(\\w+)"_s,
            QRegularExpression::CaseInsensitiveOption);
        QStringList names;
        for (const Migration &migration : migrations(SqlDialect::Sqlite)) {
            for (const QString &text : migration.statements) {
                for (const QRegularExpressionMatch &match : statement.globalMatch(text)) {
                    if (match.captured(1).compare(u"CREATE"_s, Qt::CaseInsensitive) == 0)
                        names.append(match.captured(2));
                    else
                        names.removeAll(match.captured(2));
                }
            }
        }
        names.removeDuplicates();
        return names;
    }();
    return tables;
}

/// The names of the tables in the database; an error when its schema cannot be read (a damaged file).
Result<QStringList> tableNames(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return Error{query.lastError().text()};
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

bool hasWritePermission(const QFileInfo &info)
{
    // Permission bits rather than access(2): a file marked read-only stays read-only for root too.
    return info.isWritable() && (info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther)) != 0;
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sqlError(statement.section(u'(', 0, 0).simplified(), query.lastError());
    return {};
}

Result<int> pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next())
        return sqlError(u"PRAGMA "_s + pragma, query.lastError());
    return query.value(0).toInt();
}

} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    return Error{Workspace::tr("%1 failed: %2").arg(what, error.text())};
}

Workspace::Workspace(QString path, bool readOnly)
    : m_path(std::move(path))
    , m_readOnly(readOnly)
    , m_connectionPrefix(u"flowdeck-"_s + m_sessionId + u'-')
{}

Workspace::Workspace(const ServerAddress &address, std::optional<QString> password, bool readOnly)
    : m_path(address.toString())
    , m_engine(Engine::PostgreSql)
    , m_server(address)
    , m_password(std::move(password))
    , m_readOnly(readOnly)
    , m_connectionPrefix(u"flowdeck-"_s + m_sessionId + u'-')
{}

Workspace::~Workspace()
{
    QMutexLocker lock(&m_connectionsMutex);
    for (const QString &name : std::as_const(m_connectionNames))
        QSqlDatabase::removeDatabase(name);
}

QString Workspace::displayName() const
{
    if (m_server)
        return m_server->displayName();
    return QFileInfo(m_path).completeBaseName();
}

QString Workspace::engineName() const
{
    return m_engine == Engine::PostgreSql ? tr("PostgreSQL server") : tr("SQLite file");
}

bool Workspace::isServerAddress(const QString &location)
{
    const QString trimmed = location.trimmed();
    return trimmed.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           trimmed.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> Workspace::parseServerAddress(const QString &location)
{
    return ServerConnection::parse(location);
}

QString Workspace::keychainKey(const QString &address)
{
    if (!isServerAddress(address))
        return {};
    auto parsed = ServerConnection::parse(address);
    if (!parsed)
        return {};
    ServerAddress key = *parsed;
    key.sslMode.clear();
    return key.toString();
}

Result<std::shared_ptr<Workspace>> Workspace::create(const QString &location, OpenOptions options)
{
    if (isServerAddress(location))
        return openServer(location, options, ServerMode::Create);
    return createFile(location);
}

Result<std::shared_ptr<Workspace>> Workspace::open(const QString &location, OpenOptions options)
{
    if (isServerAddress(location))
        return openServer(location, options, ServerMode::Open);
    return openFile(location, options);
}

Result<std::shared_ptr<Workspace>> Workspace::openOrCreate(const QString &location, OpenOptions options)
{
    if (isServerAddress(location))
        return openServer(location, options, ServerMode::OpenOrCreate);
    if (QFileInfo::exists(location))
        return openFile(location, options);
    return createFile(location);
}

Result<std::shared_ptr<Workspace>> Workspace::createFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{tr("Cannot create the workspace %1: a file with that name already exists.").arg(path)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{
            tr("Cannot create the workspace %1: the folder %2 does not exist.").arg(path, info.absolutePath())};

    // Made under a name of its own and moved into place once complete, so that a creation cut short (a crash, a
    // kill) never leaves a half-made workspace under the name, which every later open would refuse.
    const QString target = info.absoluteFilePath();
    const QString building =
        QDir(info.absolutePath())
            .filePath(u".%1.creating-%2"_s.arg(info.fileName()).arg(QCoreApplication::applicationPid()));
    const auto removeBuilding = [&building] {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(building + suffix);
    };
    removeBuilding();
    const auto build = [&building]() -> Result<void> {
        // Closed when it goes: the file is complete on the disk.
        std::shared_ptr<Workspace> workspace(new Workspace(building, false));
        {
            auto db = workspace->openConnection(workspace->threadConnectionName());
            if (!db)
                return db.error();
            for (const QString &pragma :
                 {u"PRAGMA application_id = %1"_s.arg(applicationId), u"PRAGMA journal_mode = WAL"_s}) {
                if (auto done = exec(*db, pragma); !done)
                    return done.error();
            }
        }
        if (auto migrated = workspace->migrate(); !migrated)
            return migrated.error();
        return workspace->write([&](QSqlDatabase &conn) { return workspace->storeCreation(conn); });
    };
    if (auto built = build(); !built) {
        removeBuilding();
        return Error{tr("Cannot create the workspace %1: %2").arg(path, built.error().message)};
    }
    // Closed, the workspace keeps nothing in its WAL; should a WAL be left all the same, it goes along.
    if (QFile::exists(building + u"-wal"_s) && !QFile::rename(building + u"-wal"_s, target + u"-wal"_s)) {
        removeBuilding();
        return Error{tr("Cannot create the workspace %1: a file with that name already exists.").arg(path)};
    }
    QFile::remove(building + u"-shm"_s);
    if (QFile file(building); !file.rename(target)) {
        removeBuilding();
        return Error{tr("Cannot create the workspace %1: %2").arg(path, file.errorString())};
    }
    return openFile(target, {});
}

Result<void> Workspace::storeCreation(QSqlDatabase &db) const
{
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    for (const auto &[key, value] : {std::pair{u"workspace.created_at"_s, now},
                                     std::pair{u"workspace.created_by"_s, QCoreApplication::applicationVersion()}}) {
        query.addBindValue(key);
        query.addBindValue(toSql(value));
        if (!query.exec())
            return sqlError(u"settings"_s, query.lastError());
    }
    return {};
}

Result<std::shared_ptr<Workspace>> Workspace::openFile(const QString &path, OpenOptions options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("Cannot open %1: the file does not exist.").arg(path)};
    if (!info.isFile())
        return Error{tr("Cannot open %1: it is a folder, not a workspace file.").arg(path)};

    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot open %1: %2").arg(path, file.errorString())};
    const HeaderInfo header = readHeader(file);
    file.close();
    if (!header.isSqlite)
        return Error{tr("Cannot open %1: it is not a Flowdeck workspace (not an SQLite database).").arg(path)};
    if (header.applicationId != applicationId)
        return Error{tr("Cannot open %1: it is an SQLite database, but not a Flowdeck workspace.").arg(path)};
    // A file cut short (a copy or download that stopped) is told by its size rather than later as "malformed"; with a
    // journal or WAL beside it, SQLite may still recover the pages, so it is left to SQLite then.
    const QString absolute = info.absoluteFilePath();
    if (header.declaredSize > info.size() && !QFileInfo::exists(absolute + u"-wal"_s) &&
        !QFileInfo::exists(absolute + u"-journal"_s)) {
        return Error{tr("Cannot open %1: the file is cut short: it holds %2 bytes of the %3 its header gives. It was "
                        "left as it is; restore it from a copy.")
                         .arg(path)
                         .arg(info.size())
                         .arg(header.declaredSize)};
    }

    const bool readOnly = options.readOnly || !hasWritePermission(info);
    std::shared_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), readOnly));
    auto db = workspace->openConnection(workspace->threadConnectionName());
    if (!db)
        return Error{tr("Cannot open %1: %2").arg(path, db.error().message)};
    auto version = pragmaInt(*db, u"user_version"_s);
    if (!version)
        return Error{tr("Cannot open %1: %2").arg(path, version.error().message)};
    workspace->m_schemaVersion = *version;
    const int current = currentSchemaVersion();
    if (*version > current) {
        return Error{tr("Cannot open %1: it was written by a newer version of Flowdeck (workspace format %2; this "
                        "version reads up to format %3). Update Flowdeck to open it.")
                         .arg(path)
                         .arg(*version)
                         .arg(current)};
    }
    if (*version < 1)
        return Error{tr("Cannot open %1: the workspace has no schema; it was not written completely.").arg(path)};
    // Checked before anything is written, so that a damaged file is left as it is.
    auto tables = tableNames(*db);
    if (!tables) {
        return Error{tr("Cannot open %1: the file is damaged (%2). It was left as it is; restore it from a copy.")
                         .arg(path, tables.error().message)};
    }
    if (tables->isEmpty()) {
        return Error{tr("Cannot open %1: the workspace holds no tables; it is damaged or was not written completely. "
                        "It was left as it is.")
                         .arg(path)};
    }
    // An older workspace is upgraded first; a table missing from it makes its migration fail.
    if (*version == current) {
        QStringList missing;
        for (const QString &table : schemaTables()) {
            if (!tables->contains(table))
                missing.append(table);
        }
        if (!missing.isEmpty()) {
            missing.sort();
            return Error{tr("Cannot open %1: the workspace is damaged, these tables are missing: %2. It was left as it "
                            "is; restore it from a copy.")
                             .arg(path, missing.join(u", "_s))};
        }
    }
    if (readOnly) {
        if (*version < current) {
            return Error{tr("Cannot open %1: it uses an older workspace format that must be upgraded, but the file "
                            "is read-only.")
                             .arg(path)};
        }
        return workspace;
    }

    // Another program in the middle of a write would make every write of ours wait and fail: say so now.
    if (auto probe = exec(*db, u"PRAGMA busy_timeout = %1"_s.arg(lockProbeTimeoutMs)); !probe)
        return Error{tr("Cannot open %1: %2").arg(path, probe.error().message)};
    {
        QSqlQuery lockProbe(*db);
        if (!lockProbe.exec(u"BEGIN IMMEDIATE"_s)) {
            return Error{tr("Cannot open %1: another program is writing to it right now. Close that program or "
                            "wait for it to finish, then open the workspace again.")
                             .arg(path)};
        }
        lockProbe.exec(u"ROLLBACK"_s);
    }
    if (auto reset = exec(*db, u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs)); !reset)
        return Error{tr("Cannot open %1: %2").arg(path, reset.error().message)};
    if (auto migrated = workspace->migrate(); !migrated)
        return Error{tr("Cannot upgrade %1: %2").arg(path, migrated.error().message)};
    return workspace;
}

Result<QSqlDatabase> Workspace::openConnection(const QString &name) const
{
    {
        QMutexLocker lock(&m_connectionsMutex);
        m_connectionNames.append(name);
    }
    if (!isMainThread())
        currentThreadConnections().names.append(name);
    if (m_server)
        return ServerConnection::connect(name, *m_server, m_password, m_readOnly);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    if (!db.open())
        return sqlError(tr("Opening the database"), db.lastError());
    // A larger page cache keeps the indexes of big imports in memory between transactions.
    for (const QString &pragma :
         {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s, u"PRAGMA cache_size = -65536"_s}) {
        if (auto done = exec(db, pragma); !done)
            return done.error();
    }
    return db;
}

QString Workspace::threadConnectionName() const
{
    return m_connectionPrefix + QString::number(currentThreadConnections().serial);
}

QSqlDatabase Workspace::connection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    auto db = openConnection(name);
    return db ? *db : QSqlDatabase::database(name, false);
}

Result<QSqlDatabase> Workspace::openSeparateConnection(const QString &name) const
{
    return openConnection(name);
}

Result<void> Workspace::write(const WriteWork &work) const
{
    if (m_readOnly)
        return Error{tr("The workspace %1 is open read-only; nothing was changed.").arg(displayName())};
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return sqlError(tr("Opening the database"), db.lastError());
    if (!db.transaction())
        return sqlError(tr("Starting a transaction"), db.lastError());
    Result<void> result = work(db);
    if (!result) {
        db.rollback();
        return result;
    }
    // PostgreSQL delivers the notification only when the transaction commits: a rolled-back write tells no one.
    if (m_engine == Engine::PostgreSql) {
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(QString::fromLatin1(changesChannel));
        notify.addBindValue(m_sessionId);
        if (!notify.exec()) {
            const Error error = sqlError(tr("Announcing the changes to other windows"), notify.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit()) {
        const Error error = sqlError(tr("Saving the changes"), db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

Result<void> Workspace::migrate()
{
    const int from = m_schemaVersion;
    for (const Migration &migration : migrations(SqlDialect::Sqlite)) {
        if (migration.version <= from)
            continue;
        auto applied = write([&](QSqlDatabase &db) -> Result<void> {
            for (const QString &statement : migration.statements) {
                if (auto done = exec(db, statement); !done)
                    return Error{tr("migration %1 (%2): %3")
                                     .arg(migration.version)
                                     .arg(migration.description, done.error().message)};
            }
            return exec(db, u"PRAGMA user_version = %1"_s.arg(migration.version));
        });
        if (!applied)
            return applied;
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<std::shared_ptr<Workspace>> Workspace::connectServer(const QString &location, const OpenOptions &options)
{
    auto address = ServerConnection::parse(location);
    if (!address)
        return address.error();
    std::optional<QString> password = options.password;
    // A stored password, when the caller has none. A keychain that cannot be reached is no error here: libpq
    // still looks in PGPASSWORD and ~/.pgpass, and a missing password is explained when the server asks for it.
    if (!password && QCoreApplication::instance()) {
        auto stored = secrets::Keychain().read(keychainKey(location));
        if (stored && *stored)
            password = QString::fromUtf8(**stored);
    }
    std::shared_ptr<Workspace> workspace(new Workspace(*address, std::move(password), options.readOnly));
    auto db = workspace->openConnection(workspace->threadConnectionName());
    if (!db)
        return db.error();
    return workspace;
}

Result<std::shared_ptr<Workspace>> Workspace::openServer(const QString &location, const OpenOptions &options,
                                                         ServerMode mode)
{
    OpenOptions connectOptions = options;
    if (mode != ServerMode::Open)
        connectOptions.readOnly = false;
    auto connected = connectServer(location, connectOptions);
    if (!connected)
        return connected.error();
    std::shared_ptr<Workspace> workspace = *connected;
    const QString address = workspace->path();
    QSqlDatabase db = workspace->connection();
    auto otherTables = [&](const ServerConnection::Inspection &inspection) -> QString {
        return inspection.tables.join(u", "_s) + (inspection.tables.size() >= 5 ? u", …"_s : QString());
    };

    if (mode != ServerMode::Open) {
        // Whether the database is empty, and the schema made if it is, under one lock: two processes creating a
        // workspace in the same database at once create it once.
        if (!db.transaction())
            return Error{tr("Cannot create the workspace %1: %2").arg(address, db.lastError().text())};
        auto created = [&]() -> Result<bool> {
            if (auto locked = ServerConnection::lockSchema(db); !locked)
                return locked.error();
            auto inspection = ServerConnection::inspect(db);
            if (!inspection)
                return inspection.error();
            if (inspection->contents == ServerConnection::Contents::Workspace && mode == ServerMode::Create)
                return Error{tr("the database already holds a Flowdeck workspace; open it instead.")};
            if (inspection->contents == ServerConnection::Contents::Other) {
                return Error{tr("the database holds other tables (%1) and is not a Flowdeck workspace; nothing was "
                                "changed. Create the workspace in an empty database.")
                                 .arg(otherTables(*inspection))};
            }
            if (inspection->contents == ServerConnection::Contents::Workspace)
                return false;
            workspace->m_schemaVersion = 0;
            if (auto migrated = workspace->migrateServer(db); !migrated)
                return migrated.error();
            if (auto stored = workspace->storeCreation(db); !stored)
                return stored.error();
            return true;
        }();
        if (!created) {
            db.rollback();
            return Error{tr("Cannot create the workspace %1: %2").arg(address, created.error().message)};
        }
        if (*created) {
            if (!db.commit()) {
                const QString why = db.lastError().text();
                db.rollback();
                return Error{tr("Cannot create the workspace %1: %2").arg(address, why)};
            }
            return workspace;
        }
        db.rollback();
    }

    auto inspection = ServerConnection::inspect(db);
    if (!inspection)
        return Error{tr("Cannot open %1: %2").arg(address, inspection.error().message)};
    if (inspection->contents == ServerConnection::Contents::Empty) {
        return Error{tr("Cannot open %1: the database is empty; there is no Flowdeck workspace in it yet. Create "
                        "one there first.")
                         .arg(address)};
    }
    if (inspection->contents == ServerConnection::Contents::Other) {
        return Error{tr("Cannot open %1: the database holds other tables (%2) and is not a Flowdeck workspace.")
                         .arg(address, otherTables(*inspection))};
    }
    const int version = inspection->schemaVersion;
    const int current = currentSchemaVersion();
    workspace->m_schemaVersion = version;
    if (version > current) {
        return Error{tr("Cannot open %1: it was written by a newer version of Flowdeck (workspace format %2; this "
                        "version reads up to format %3). Update Flowdeck to open it.")
                         .arg(address)
                         .arg(version)
                         .arg(current)};
    }
    if (version < 1)
        return Error{tr("Cannot open %1: the workspace has no schema; it was not written completely.").arg(address)};
    if (version == current)
        return workspace;
    if (workspace->m_readOnly) {
        return Error{tr("Cannot open %1: it uses an older workspace format that must be upgraded, but it was "
                        "opened read-only.")
                         .arg(address)};
    }
    if (!db.transaction())
        return Error{tr("Cannot upgrade %1: %2").arg(address, db.lastError().text())};
    auto upgraded = [&]() -> Result<void> {
        if (auto locked = ServerConnection::lockSchema(db); !locked)
            return locked;
        // Another process may have upgraded it while this one waited for the lock.
        auto again = ServerConnection::inspect(db);
        if (!again)
            return again.error();
        workspace->m_schemaVersion = again->schemaVersion;
        return workspace->migrateServer(db);
    }();
    if (!upgraded || !db.commit()) {
        const QString why = upgraded ? db.lastError().text() : upgraded.error().message;
        db.rollback();
        return Error{tr("Cannot upgrade %1: %2").arg(address, why)};
    }
    return workspace;
}

Result<void> Workspace::migrateServer(QSqlDatabase &db)
{
    // Inside the caller's transaction: PostgreSQL changes the schema transactionally, so an upgrade that fails
    // part-way leaves the workspace at the version it had.
    for (const Migration &migration : migrations(SqlDialect::PostgreSql)) {
        if (migration.version <= m_schemaVersion)
            continue;
        for (const QString &statement : migration.statements) {
            if (auto done = exec(db, statement); !done)
                return Error{tr("migration %1 (%2): %3")
                                 .arg(migration.version)
                                 .arg(migration.description, done.error().message)};
        }
        if (auto done = exec(db, u"UPDATE flowdeck_workspace SET schema_version = %1"_s.arg(migration.version)); !done)
            return done;
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<void> Workspace::saveCopyAs(const QString &path) const
{
    const QFileInfo target(path);
    if (target.exists())
        return Error{tr("Cannot save a copy as %1: a file with that name already exists.").arg(path)};
    if (m_server) {
        // A server workspace is copied record by record into a new file, in one snapshot; a failed copy leaves
        // no file behind.
        auto created = createFile(target.absoluteFilePath());
        if (!created)
            return Error{tr("Cannot save a copy as %1: %2").arg(path, created.errorMessage())};
        auto copied = WorkspaceCopy::copy(*this, **created);
        created->reset();
        if (!copied) {
            for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                QFile::remove(target.absoluteFilePath() + suffix);
            return Error{tr("Cannot save a copy as %1: %2").arg(path, copied.errorMessage())};
        }
        return {};
    }
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target.absoluteFilePath());
    if (!query.exec())
        return Error{tr("Cannot save a copy as %1: %2").arg(path, query.lastError().text())};
    return {};
}

QString Workspace::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

Result<void> Workspace::setSetting(const QString &key, const QString &value) const
{
    return write([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.prepare(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                      u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        query.addBindValue(key);
        query.addBindValue(toSql(value));
        if (!query.exec())
            return sqlError(u"settings"_s, query.lastError());
        return {};
    });
}

} // namespace flowdeck::store
