// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

#include <string>

namespace flowdeck::metrics::detail {

/// Reads the rows of one SELECT forward only, column by column. On SQLite it steps the statement through SQLite's
/// own API: the metrics read millions of rows, and a QVariant per value would cost most of their time. Other engines
/// go through QSqlQuery. `what` names the table read, for the message of a failure.
class RowReader
{
public:
    RowReader(const QSqlDatabase &db, QString what);
    /// Reads through a connection of SQLite's own (see ReadConnection).
    RowReader(sqlite3 *db, QString what);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /// Prepares `sql` (with ? placeholders) unless it was the last statement run; binds `values` (integers or text)
    /// and runs it. The same statement runs again with other values without being prepared again.
    Result<void> run(const char *sql, const QVariantList &values = {});
    /// Steps to the next row: false at the end, and after a failure that status() then reports.
    bool next();
    /// Nothing when every row was read, else the failure that stopped next().
    Result<void> status() const;

    bool isNull(int column) const
    {
        return m_statement ? sqlite3_column_type(m_statement, column) == SQLITE_NULL : m_query.isNull(column);
    }
    qint64 integer(int column) const
    {
        return m_statement ? sqlite3_column_int64(m_statement, column) : m_query.value(column).toLongLong();
    }
    OptionalTime optionalInteger(int column) const
    {
        return isNull(column) ? OptionalTime() : OptionalTime(integer(column));
    }
    /// The column's text as UTF-8, valid until the next row or the next call for the same column.
    QByteArrayView utf8(int column)
    {
        if (m_statement) {
            // As a blob: SQLite hands over the stored bytes, where asking for text would copy them to add a NUL.
            const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
            return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
        }
        if (m_buffers.size() <= column)
            m_buffers.resize(column + 1);
        m_buffers[column] = m_query.value(column).toString().toUtf8();
        return m_buffers[column];
    }
    QString text(int column) { return QString::fromUtf8(utf8(column)); }

private:
    Error failure() const;

    QSqlDatabase m_db;
    QString m_what;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_stepStatus = SQLITE_OK;
    bool m_queryFailed = false;
    QList<QByteArray> m_buffers;
    std::string m_sql;
};

} // namespace flowdeck::metrics::detail
