// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/rowreader.h"

#include "store/rows.h"
#include "store/workspace.h"

#include <QSqlError>

namespace flowdeck::metrics::detail {

RowReader::RowReader(const QSqlDatabase &db, QString what)
    : m_db(db)
    , m_what(std::move(what))
    , m_sqlite(store::sqlite::handle(db))
    , m_query(db)
{
    m_query.setForwardOnly(true);
}

RowReader::RowReader(sqlite3 *db, QString what)
    : m_what(std::move(what))
    , m_sqlite(db)
{}

RowReader::~RowReader()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<void> RowReader::run(const char *sql, const QVariantList &values)
{
    m_fetched = 0;
    m_stepStatus = SQLITE_OK;
    m_queryFailed = false;
    const bool same = m_sql == sql;
    m_sql = sql;
    if (m_sqlite) {
        if (m_statement && !same) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        if (!m_statement) {
            if (sqlite3_prepare_v3(m_sqlite, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
                m_statement = nullptr;
                return failure();
            }
            m_columns = sqlite3_column_count(m_statement);
        } else {
            sqlite3_reset(m_statement);
        }
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values[i];
            if (value.isNull())
                sqlite3_bind_null(m_statement, int(i + 1));
            else if (value.typeId() == QMetaType::QString)
                store::sqlite::bind(m_statement, int(i + 1), value.toString());
            else
                sqlite3_bind_int64(m_statement, int(i + 1), value.toLongLong());
        }
        return {};
    }
    if (!m_prepared || !same) {
        if (!m_query.prepare(QString::fromUtf8(sql)))
            return failure();
        m_prepared = true;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        m_query.bindValue(int(i), values[i]);
    if (!m_query.exec())
        return failure();
    return {};
}

bool RowReader::next()
{
    if (m_statement) {
        m_stepStatus = sqlite3_step(m_statement);
        if (m_stepStatus != SQLITE_ROW) {
            m_fetched = 0;
            return false;
        }
        // Rows come in the same registers of the statement, each row written over the one before: the values asked
        // for stay valid while the row starts where it did. Where it does not (a statement with rows in several
        // places), every value is asked for again.
        if (m_columns == 0)
            return true;
        sqlite3_value *first = sqlite3_column_value(m_statement, 0);
        if (first != m_firstValue || !(m_fetched & 1)) {
            m_fetched = 1;
            m_values[0] = first;
            m_firstValue = first;
        }
        return true;
    }
    if (m_query.next())
        return true;
    m_queryFailed = m_query.lastError().isValid();
    return false;
}

Result<void> RowReader::status() const
{
    if (m_statement ? m_stepStatus == SQLITE_ROW || m_stepStatus == SQLITE_DONE || m_stepStatus == SQLITE_OK
                    : !m_queryFailed)
        return {};
    return failure();
}

Error RowReader::failure() const
{
    if (m_sqlite)
        return store::sqlite::error(m_sqlite, m_what);
    return store::sqlError(m_what, m_query.lastError());
}

} // namespace flowdeck::metrics::detail
