// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/jobinserter.h"

#include "store/table.h"

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

JobInserter::JobInserter(sqlite3 *sqlite)
    : m_sqlite(sqlite)
{}

JobInserter::~JobInserter()
{
    for (sqlite3_stmt *statement : m_inserts) {
        if (statement)
            sqlite3_finalize(statement);
    }
    if (m_largest)
        sqlite3_finalize(m_largest);
}

Result<Id> JobInserter::nextId()
{
    if (!m_largest) {
        static constexpr char sql[] = "SELECT max(id) FROM jobs";
        if (sqlite3_prepare_v3(m_sqlite, sql, int(sizeof sql - 1), SQLITE_PREPARE_PERSISTENT, &m_largest, nullptr) !=
            SQLITE_OK)
            return store::sqlite::error(m_sqlite, u"jobs"_s);
    }
    if (sqlite3_step(m_largest) != SQLITE_ROW) {
        sqlite3_reset(m_largest);
        return store::sqlite::error(m_sqlite, u"jobs"_s);
    }
    const Id largest = sqlite3_column_type(m_largest, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(m_largest, 0);
    sqlite3_reset(m_largest);
    return largest + 1;
}

Result<bool> JobInserter::insert(const Job *jobs, int count)
{
    auto statement = insertStatement(count);
    if (!statement)
        return statement.error();
    qsizetype units = 0;
    for (int r = 0; r < count; ++r) {
        std::apply([&](const auto &...column) { ((units += Utf8Texts::units(jobs[r].*(column.member))), ...); },
                   store::Table<Job>::columns);
    }
    m_texts.start(units);
    for (int r = 0; r < count; ++r)
        bindRow(*statement, r * columnCount, jobs[r]);
    const int status = sqlite3_step(*statement);
    sqlite3_reset(*statement);
    if (status != SQLITE_DONE)
        return store::sqlite::error(m_sqlite, u"jobs"_s);
    return sqlite3_changes(m_sqlite) == count;
}

Result<sqlite3_stmt *> JobInserter::insertStatement(int rows)
{
    sqlite3_stmt *&statement = m_inserts.at(std::size_t(rows));
    if (statement)
        return statement;
    const QStringList names = store::columnNames<Job>();
    QStringList marks;
    marks.fill(u"?"_s, names.size() + 1);
    QStringList values;
    values.fill(u'(' + marks.join(u", ") + u')', rows);
    // DO NOTHING for a job stored already: the caller upserts it, as it would without this writer.
    const QByteArray sql = (u"INSERT INTO jobs (id, "_s + names.join(u", ") + u") VALUES "_s + values.join(u", ") +
                            u" ON CONFLICT (source, external_id) DO NOTHING"_s)
                               .toUtf8();
    if (sqlite3_prepare_v3(m_sqlite, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK)
        return store::sqlite::error(m_sqlite, u"jobs"_s);
    return statement;
}

void JobInserter::bindRow(sqlite3_stmt *statement, int offset, const Job &job)
{
    sqlite3_bind_int64(statement, offset + 1, job.id);
    int index = offset + 2;
    std::apply([&](const auto &...column) { (m_texts.bind(statement, index++, job.*(column.member)), ...); },
               store::Table<Job>::columns);
}

} // namespace flowdeck::ci::detail
