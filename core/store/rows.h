// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "store/table.h"
#include "store/workspace.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace flowdeck::store {

/// Writes rows of one table through statements prepared once: for batches inside Workspace::write().
template<typename T>
class TableWriter
{
public:
    explicit TableWriter(const QSqlDatabase &db)
        : m_insert(db)
        , m_upsert(db)
    {}

    /// Inserts a new row and returns its id (0 for tables without one).
    Result<Id> insert(const T &row)
    {
        if (!m_insertPrepared) {
            if (!m_insert.prepare(insertStatement<T>()))
                return sqlError(tableName<T>(), m_insert.lastError());
            m_insertPrepared = true;
        }
        bindColumns(m_insert, row);
        if (!m_insert.exec())
            return sqlError(tableName<T>(), m_insert.lastError());
        if constexpr (HasIdColumn<T>)
            return m_insert.lastInsertId().toLongLong();
        return Id{0};
    }

    /// Inserts the row, or updates the row with the same natural key; returns the row's id.
    Result<Id> upsert(const T &row)
    {
        if (!m_upsertPrepared) {
            if (!m_upsert.prepare(upsertStatement<T>()))
                return sqlError(tableName<T>(), m_upsert.lastError());
            m_upsertPrepared = true;
        }
        bindColumns(m_upsert, row);
        if (!m_upsert.exec() || !m_upsert.next())
            return sqlError(tableName<T>(), m_upsert.lastError());
        const Id id = m_upsert.value(0).toLongLong();
        m_upsert.finish();
        return id;
    }

private:
    QSqlQuery m_insert;
    QSqlQuery m_upsert;
    bool m_insertPrepared = false;
    bool m_upsertPrepared = false;
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
