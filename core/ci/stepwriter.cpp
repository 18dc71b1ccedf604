// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/stepwriter.h"

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

StepWriter::StepWriter(const QSqlDatabase &db)
    : m_sqlite(store::sqlite::handle(db))
    , m_bulk(db)
{}

StepWriter::~StepWriter()
{
    if (m_many)
        sqlite3_finalize(m_many);
    if (m_one)
        sqlite3_finalize(m_one);
}

void StepWriter::add(JobStep &&step)
{
    if (m_sqlite)
        m_rows.append(std::move(step));
    else
        m_bulk.add(step);
}

Result<void> StepWriter::flush()
{
    if (!m_sqlite)
        return m_bulk.flush();
    if (m_rows.isEmpty())
        return {};
    auto written = flushNative();
    m_rows.clear();
    return written;
}

Result<void> StepWriter::flushNative()
{
    qsizetype next = 0;
    if (m_rows.size() >= rowsAStatement) {
        auto many = prepared(m_many, rowsAStatement);
        if (!many)
            return many.error();
        for (; m_rows.size() - next >= rowsAStatement; next += rowsAStatement) {
            startTexts(next, rowsAStatement);
            for (int r = 0; r < rowsAStatement; ++r)
                bindRow(*many, r * columnCount, m_rows.at(next + r));
            if (auto stepped = run(*many); !stepped)
                return stepped;
        }
    }
    if (next < m_rows.size()) {
        auto one = prepared(m_one, 1);
        if (!one)
            return one.error();
        for (; next < m_rows.size(); ++next) {
            startTexts(next, 1);
            bindRow(*one, 0, m_rows.at(next));
            if (auto stepped = run(*one); !stepped)
                return stepped;
        }
    }
    return {};
}

Result<sqlite3_stmt *> StepWriter::prepared(sqlite3_stmt *&statement, int rows)
{
    if (statement)
        return statement;
    QString sql = store::insertStatement<JobStep>();
    const QString values = sql.mid(sql.lastIndexOf(u" VALUES "_s) + 8);
    for (int r = 1; r < rows; ++r)
        sql += u", "_s + values;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK)
        return store::sqlite::error(m_sqlite, u"job_steps"_s);
    return statement;
}

void StepWriter::startTexts(qsizetype first, qsizetype count)
{
    qsizetype units = 0;
    for (qsizetype i = first; i < first + count; ++i)
        units += m_rows.at(i).name.size() + m_rows.at(i).status.size();
    m_texts.start(units);
}

void StepWriter::bindRow(sqlite3_stmt *statement, int offset, const JobStep &step)
{
    sqlite3_bind_int64(statement, offset + 1, step.jobId);
    sqlite3_bind_int64(statement, offset + 2, step.position);
    m_texts.bind(statement, offset + 3, step.name);
    m_texts.bind(statement, offset + 4, step.status);
    store::sqlite::bind(statement, offset + 5, step.startedAt);
    store::sqlite::bind(statement, offset + 6, step.finishedAt);
}

Result<void> StepWriter::run(sqlite3_stmt *statement)
{
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status != SQLITE_DONE)
        return store::sqlite::error(m_sqlite, u"job_steps"_s);
    return {};
}

} // namespace flowdeck::ci::detail
