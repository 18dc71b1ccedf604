// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/jobinserter.h"

#include "store/table.h"

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

namespace {

/// INSERT INTO jobs (id, <columns>) VALUES (...), ... with `rows` rows.
QByteArray insertSql(int rows)
{
    const QStringList names = store::columnNames<Job>();
    QStringList marks;
    marks.fill(u"?"_s, names.size() + 1);
    const QString values = u'(' + marks.join(u", ") + u')';
    QStringList allValues;
    allValues.fill(values, rows);
    return (u"INSERT INTO jobs (id, "_s + names.join(u", ") + u") VALUES "_s + allValues.join(u", ")).toUtf8();
}

} // namespace

JobInserter::JobInserter(sqlite3 *sqlite)
    : m_sqlite(sqlite)
{}

JobInserter::~JobInserter()
{
    for (sqlite3_stmt *statement : {m_many, m_one, m_stored, m_largest}) {
        if (statement)
            sqlite3_finalize(statement);
    }
}

Result<QHash<QString, Id>> JobInserter::storedIds(const QString &source, const QStringList &externalIds)
{
    QHash<QString, Id> ids;
    if (externalIds.isEmpty())
        return ids;
    static const QByteArray sql = [] {
        QStringList marks;
        marks.fill(u"?"_s, idsALookUp);
        return (u"SELECT external_id, id FROM jobs WHERE source = ? AND external_id IN ("_s + marks.join(u", ") + u')')
            .toUtf8();
    }();
    auto statement = prepared(m_stored, sql);
    if (!statement)
        return statement.error();
    for (qsizetype first = 0; first < externalIds.size(); first += idsALookUp) {
        qsizetype units = source.size();
        for (qsizetype i = first; i < std::min(first + idsALookUp, externalIds.size()); ++i)
            units += externalIds.at(i).size();
        m_texts.start(units);
        m_texts.bind(*statement, 1, source);
        for (int i = 0; i < idsALookUp; ++i) {
            // The places past the last id hold NULL, which no external id equals.
            if (first + i < externalIds.size())
                m_texts.bind(*statement, i + 2, externalIds.at(first + i));
            else
                sqlite3_bind_null(*statement, i + 2);
        }
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(*statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(*statement, 0));
            ids.insert(QString::fromUtf8(text, sqlite3_column_bytes(*statement, 0)),
                       sqlite3_column_int64(*statement, 1));
        }
        sqlite3_reset(*statement);
        if (status != SQLITE_DONE)
            return store::sqlite::error(m_sqlite, u"jobs"_s);
    }
    return ids;
}

Result<Id> JobInserter::nextId()
{
    auto statement = prepared(m_largest, "SELECT max(id) FROM jobs"_ba);
    if (!statement)
        return statement.error();
    if (sqlite3_step(*statement) != SQLITE_ROW) {
        sqlite3_reset(*statement);
        return store::sqlite::error(m_sqlite, u"jobs"_s);
    }
    const Id largest = sqlite3_column_type(*statement, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(*statement, 0);
    sqlite3_reset(*statement);
    return largest + 1;
}

void JobInserter::add(Job &&job)
{
    m_rows.append(std::move(job));
}

Result<void> JobInserter::flush()
{
    if (m_rows.isEmpty())
        return {};
    const auto texts = [this](qsizetype first, qsizetype count) {
        qsizetype units = 0;
        for (qsizetype i = first; i < first + count; ++i) {
            const Job &job = m_rows.at(i);
            std::apply([&](const auto &...column) { ((units += Utf8Texts::units(job.*(column.member))), ...); },
                       store::Table<Job>::columns);
        }
        m_texts.start(units);
    };
    Result<void> written;
    qsizetype next = 0;
    if (m_rows.size() >= rowsAStatement) {
        static const QByteArray manySql = insertSql(rowsAStatement);
        auto many = prepared(m_many, manySql);
        if (!many) {
            m_rows.clear();
            return many.error();
        }
        for (; m_rows.size() - next >= rowsAStatement && written; next += rowsAStatement) {
            texts(next, rowsAStatement);
            for (int r = 0; r < rowsAStatement; ++r)
                bindRow(*many, r * columnCount, m_rows.at(next + r));
            written = run(*many);
        }
    }
    if (next < m_rows.size() && written) {
        static const QByteArray oneSql = insertSql(1);
        auto one = prepared(m_one, oneSql);
        if (!one) {
            m_rows.clear();
            return one.error();
        }
        for (; next < m_rows.size() && written; ++next) {
            texts(next, 1);
            bindRow(*one, 0, m_rows.at(next));
            written = run(*one);
        }
    }
    m_rows.clear();
    return written;
}

Result<sqlite3_stmt *> JobInserter::prepared(sqlite3_stmt *&statement, const QByteArray &sql)
{
    if (statement)
        return statement;
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

Result<void> JobInserter::run(sqlite3_stmt *statement)
{
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status != SQLITE_DONE)
        return store::sqlite::error(m_sqlite, u"jobs"_s);
    return {};
}

} // namespace flowdeck::ci::detail
