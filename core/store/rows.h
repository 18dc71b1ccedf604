// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "store/table.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <sqlite3.h>

namespace flowdeck::store {

/// True when `db` is a PostgreSQL connection: new ids come back through RETURNING there, as the driver has no
/// last insert id for tables without OIDs.
inline bool isPostgreSql(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

/// Writes rows of one table through statements prepared once: for batches inside Workspace::write().
template<typename T>
class TableWriter
{
public:
    explicit TableWriter(const QSqlDatabase &db)
        : m_insert(db)
        , m_upsert(db)
        , m_returning(HasIdColumn<T> && isPostgreSql(db))
    {}

    /// Inserts a new row and returns its id (0 for tables without one).
    Result<Id> insert(const T &row)
    {
        if (!m_insertPrepared) {
            if (!m_insert.prepare(m_returning ? insertStatement<T>() + u" RETURNING id"_s : insertStatement<T>()))
                return sqlError(tableName<T>(), m_insert.lastError());
            m_insertPrepared = true;
        }
        bindColumns(m_insert, row);
        if (!m_insert.exec())
            return sqlError(tableName<T>(), m_insert.lastError());
        if constexpr (!HasIdColumn<T>)
            return Id{0};
        if (!m_returning)
            return m_insert.lastInsertId().toLongLong();
        if (!m_insert.next())
            return sqlError(tableName<T>(), m_insert.lastError());
        const Id id = m_insert.value(0).toLongLong();
        m_insert.finish();
        return id;
    }

    /// Inserts the row, or updates the row with the same natural key; returns the row's id (0 for tables without
    /// one).
    Result<Id> upsert(const T &row)
    {
        if (!m_upsertPrepared) {
            if (!m_upsert.prepare(upsertStatement<T>()))
                return sqlError(tableName<T>(), m_upsert.lastError());
            m_upsertPrepared = true;
        }
        bindColumns(m_upsert, row);
        if (!m_upsert.exec())
            return sqlError(tableName<T>(), m_upsert.lastError());
        if constexpr (!HasIdColumn<T>)
            return Id{0};
        if (!m_upsert.next())
            return sqlError(tableName<T>(), m_upsert.lastError());
        const Id id = m_upsert.value(0).toLongLong();
        m_upsert.finish();
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_upsert;
    bool m_returning = false;
    bool m_insertPrepared = false;
    bool m_upsertPrepared = false;
};

/// Binding domain values to SQLite statements directly, for the bulk writers below.
namespace sqlite {

inline void bind(sqlite3_stmt *statement, int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}
inline void bind(sqlite3_stmt *statement, int index, qint64 value)
{
    sqlite3_bind_int64(statement, index, value);
}
inline void bind(sqlite3_stmt *statement, int index, int value)
{
    sqlite3_bind_int64(statement, index, value);
}
inline void bind(sqlite3_stmt *statement, int index, bool value)
{
    sqlite3_bind_int64(statement, index, value ? 1 : 0);
}
inline void bind(sqlite3_stmt *statement, int index, double value)
{
    sqlite3_bind_double(statement, index, value);
}
template<typename V>
void bind(sqlite3_stmt *statement, int index, const std::optional<V> &value)
{
    if (value)
        bind(statement, index, *value);
    else
        sqlite3_bind_null(statement, index);
}

/// The SQLite connection under `db`, or null when `db` is another engine.
inline sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

/// The message for a failed statement on `table`, with SQLite's reason.
inline Error error(sqlite3 *db, const QString &table)
{
    return Error{QCoreApplication::translate("flowdeck::store::Workspace", "%1 failed: %2")
                     .arg(table, QString::fromUtf8(sqlite3_errmsg(db)))};
}

} // namespace sqlite

/// Inserts many rows of one table fast. On SQLite it binds through SQLite's own API on the connection's
/// handle, avoiding Qt's per-value bookkeeping; other engines go through QSqlQuery. Rows wait in a buffer until
/// flush(). Within one transaction SQLite numbers new rows consecutively, so the rows written by one flush()
/// have the ids firstId() .. firstId() + count - 1. On PostgreSQL other sessions draw from the same sequence at the
/// same time, so there the ids of the last flush() are in ids() (which stays empty on SQLite).
template<typename T>
class BulkInserter
{
public:
    explicit BulkInserter(const QSqlDatabase &db)
        : m_db(db)
        , m_query(db)
        , m_sqlite(sqlite::handle(db))
    {}
    ~BulkInserter()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    BulkInserter(const BulkInserter &) = delete;
    BulkInserter &operator=(const BulkInserter &) = delete;

    void add(const T &row) { m_rows.append(row); }
    qsizetype pending() const { return m_rows.size(); }

    Result<void> flush()
    {
        if (m_rows.isEmpty())
            return {};
        auto written = m_sqlite ? flushNative() : flushQuery();
        m_rows.clear();
        return written;
    }

    Id firstId() const { return m_firstId; }
    /// On PostgreSQL, the ids of the rows of the last flush(), in the order they were added.
    const QList<Id> &ids() const { return m_ids; }

private:
    Result<void> flushNative()
    {
        if (!m_statement) {
            const QByteArray sql = insertStatement<T>().toUtf8();
            if (sqlite3_prepare_v2(m_sqlite, sql.constData(), int(sql.size()), &m_statement, nullptr) != SQLITE_OK)
                return nativeError();
        }
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            const T &row = m_rows[r];
            int index = 1;
            std::apply([&](const auto &...column) { (sqlite::bind(m_statement, index++, row.*(column.member)), ...); },
                       Table<T>::columns);
            const int status = sqlite3_step(m_statement);
            sqlite3_reset(m_statement);
            if (status != SQLITE_DONE)
                return nativeError();
            if (r == 0)
                m_firstId = sqlite3_last_insert_rowid(m_sqlite);
        }
        return {};
    }

    Result<void> flushQuery()
    {
        const bool returning = HasIdColumn<T> && isPostgreSql(m_db);
        if (!m_prepared) {
            if (!m_query.prepare(returning ? insertStatement<T>() + u" RETURNING id"_s : insertStatement<T>()))
                return sqlError(tableName<T>(), m_query.lastError());
            m_prepared = true;
        }
        m_ids.clear();
        for (qsizetype r = 0; r < m_rows.size(); ++r) {
            bindColumns(m_query, m_rows[r]);
            if (!m_query.exec())
                return sqlError(tableName<T>(), m_query.lastError());
            if (returning) {
                if (!m_query.next())
                    return sqlError(tableName<T>(), m_query.lastError());
                m_ids.append(m_query.value(0).toLongLong());
                m_query.finish();
            }
            if (r == 0)
                m_firstId = returning ? m_ids.constFirst() : m_query.lastInsertId().toLongLong();
        }
        return {};
    }

    Error nativeError() const { return sqlite::error(m_sqlite, tableName<T>()); }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QList<T> m_rows;
    Id m_firstId = 0;
    QList<Id> m_ids;
};

/// Upserts rows one at a time through one prepared statement and returns each row's id: TableWriter::upsert's
/// contract, bound through SQLite's own API where the connection is SQLite (imports upsert hundreds of thousands of
/// rows), through QSqlQuery elsewhere. On SQLite a new row's id is the last one inserted, and an updated row's is
/// looked up by its natural key. `updates` as upsertStatement() takes them.
template<typename T>
class RowUpserter
{
    static_assert(HasIdColumn<T>, "RowUpserter returns ids: for tables without one use TableWriter::upsert");

public:
    explicit RowUpserter(const QSqlDatabase &db, const QHash<QString, QString> &updates = {})
        : m_sql(upsertStatement<T>(updates))
        , m_query(db)
        , m_sqlite(sqlite::handle(db))
    {}
    ~RowUpserter()
    {
        if (m_statement)
            sqlite3_finalize(m_statement);
        if (m_select)
            sqlite3_finalize(m_select);
    }
    RowUpserter(const RowUpserter &) = delete;
    RowUpserter &operator=(const RowUpserter &) = delete;

    Result<Id> upsert(const T &row) { return m_sqlite ? upsertNative(row) : upsertQuery(row); }

private:
    Result<Id> upsertNative(const T &row)
    {
        if (!m_statement) {
            // Without RETURNING, for which SQLite gathers the ids of every row in a temporary table of its own.
            QString upsert = m_sql;
            if (upsert.endsWith(u" RETURNING id"))
                upsert.chop(QStringView(u" RETURNING id").size());
            const QByteArray sql = upsert.toUtf8();
            if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                                   nullptr) != SQLITE_OK)
                return sqlite::error(m_sqlite, tableName<T>());
            QStringList keys;
            for (std::string_view key : Table<T>::naturalKey)
                keys.append(QString::fromLatin1(key) + u" = ?"_s);
            const QByteArray select =
                (u"SELECT id FROM "_s + tableName<T>() + u" WHERE "_s + keys.join(u" AND "_s)).toUtf8();
            if (sqlite3_prepare_v3(m_sqlite, select.constData(), int(select.size()), SQLITE_PREPARE_PERSISTENT,
                                   &m_select, nullptr) != SQLITE_OK)
                return sqlite::error(m_sqlite, tableName<T>());
        }
        int index = 1;
        std::apply([&](const auto &...column) { (sqlite::bind(m_statement, index++, row.*(column.member)), ...); },
                   Table<T>::columns);
        const sqlite3_int64 before = sqlite3_last_insert_rowid(m_sqlite);
        const int status = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (status != SQLITE_DONE)
            return sqlite::error(m_sqlite, tableName<T>());
        const sqlite3_int64 after = sqlite3_last_insert_rowid(m_sqlite);
        if (after != before)
            return Id(after);
        // Updated in place: the row's id by its natural key.
        std::apply([&](const auto &...column) { (bindKey(std::string_view(column.name), row.*(column.member)), ...); },
                   Table<T>::columns);
        if (sqlite3_step(m_select) != SQLITE_ROW) {
            sqlite3_reset(m_select);
            return sqlite::error(m_sqlite, tableName<T>());
        }
        const Id id = sqlite3_column_int64(m_select, 0);
        sqlite3_reset(m_select);
        return id;
    }

    template<typename V>
    void bindKey(std::string_view name, const V &value)
    {
        for (std::size_t i = 0; i < Table<T>::naturalKey.size(); ++i) {
            if (Table<T>::naturalKey[i] == name)
                sqlite::bind(m_select, int(i + 1), value);
        }
    }

    Result<Id> upsertQuery(const T &row)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_sql))
                return sqlError(tableName<T>(), m_query.lastError());
            m_prepared = true;
        }
        bindColumns(m_query, row);
        if (!m_query.exec() || !m_query.next())
            return sqlError(tableName<T>(), m_query.lastError());
        const Id id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }

    QString m_sql;
    QSqlQuery m_query;
    bool m_prepared = false;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    sqlite3_stmt *m_select = nullptr;
};

/// Every row of T's table matching `where` (SQL after WHERE, with ? for `values`), in `orderBy` order.
template<typename T>
Result<QList<T>> loadRows(const QSqlDatabase &db, const QString &where = {}, const QVariantList &values = {},
                          const QString &orderBy = {})
{
    QString sql = selectStatement<T>();
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    if (!orderBy.isEmpty())
        sql += u" ORDER BY "_s + orderBy;
    else if constexpr (HasIdColumn<T>)
        sql += u" ORDER BY id"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(tableName<T>(), query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tableName<T>(), query.lastError());
    QList<T> rows;
    while (query.next())
        rows.append(readRow<T>(query));
    return rows;
}

} // namespace flowdeck::store
