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

#include <array>
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
        return m_statement ? sqlite3_value_type(value(column)) == SQLITE_NULL : m_query.isNull(column);
    }
    qint64 integer(int column) const
    {
        return m_statement ? sqlite3_value_int64(value(column)) : m_query.value(column).toLongLong();
    }
    /// Whether the column holds the number `number`, as SQL's `column = number` has it for a column of integers
    /// (false for null and for text).
    bool equals(int column, qint64 number) const
    {
        if (!m_statement) {
            const QVariant stored = m_query.value(column);
            return !stored.isNull() && stored.typeId() != QMetaType::QString && stored.toLongLong() == number &&
                   stored.toDouble() == double(number);
        }
        sqlite3_value *stored = value(column);
        switch (sqlite3_value_type(stored)) {
        case SQLITE_INTEGER:
            return sqlite3_value_int64(stored) == number;
        case SQLITE_FLOAT:
            return sqlite3_value_double(stored) == double(number);
        default:
            return false;
        }
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
            sqlite3_value *stored = value(column);
            const auto *bytes = static_cast<const char *>(sqlite3_value_blob(stored));
            return QByteArrayView(bytes, sqlite3_value_bytes(stored));
        }
        if (m_buffers.size() <= column)
            m_buffers.resize(column + 1);
        m_buffers[column] = m_query.value(column).toString().toUtf8();
        return m_buffers[column];
    }
    QString text(int column) { return QString::fromUtf8(utf8(column)); }

private:
    Error failure() const;

    /// The column's value in the current row, asked of SQLite once, not once a read: each of SQLite's
    /// sqlite3_column_*() calls takes the connection's mutex and checks for a failed allocation, and a value read as
    /// "null or a number" would pay that twice. The value is one SQLite calls unprotected: read without the
    /// connection's mutex, which is right here, where a statement is stepped and read by one thread at a time.
    /// SQLite hands over a row in a range of the statement's registers that starts at the first column's value: while
    /// that stays where it was, every column's value is the one asked for before (see next()).
    sqlite3_value *value(int column) const
    {
        if (column >= maxCachedColumns)
            return sqlite3_column_value(m_statement, column);
        const quint64 bit = quint64(1) << column;
        if (!(m_fetched & bit)) {
            m_values[std::size_t(column)] = sqlite3_column_value(m_statement, column);
            m_fetched |= bit;
        }
        return m_values[std::size_t(column)];
    }

    static constexpr int maxCachedColumns = 64;
    mutable std::array<sqlite3_value *, maxCachedColumns> m_values{};
    /// Which of m_values hold the values of the current row.
    mutable quint64 m_fetched = 0;
    /// The first column's value of the row before, which m_values were asked with.
    sqlite3_value *m_firstValue = nullptr;
    /// The prepared statement's columns.
    int m_columns = 0;

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
