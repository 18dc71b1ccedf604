// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/stepwriter.h"

#include "ci/asciicopy.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

namespace {

/// Writes `value` at `out` (at most 20 bytes); returns the end of what was written. Two digits at a time from a
/// table: a job's steps hold three numbers each, most of them times of 13 digits. The digits are counted first (from
/// the number's bit width and a table of powers of ten) and written in place from the last, with no copy after.
char *writeNumber(char *out, qint64 value)
{
    static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                    "8081828384858687888990919293949596979899";
    static constexpr auto powers = [] {
        std::array<quint64, 20> table{};
        quint64 power = 1;
        for (quint64 &entry : table) {
            entry = power;
            power *= 10;
        }
        return table;
    }();
    quint64 rest = value < 0 ? 0 - quint64(value) : quint64(value);
    if (value < 0)
        *out++ = '-';
    // bit width * log10(2) is the number of digits less one, or that plus one when the number is below the power
    // of ten it names. `rest | 1` counts 0 as one digit and leaves every power of ten above 1 where it is.
    const int estimate = (std::bit_width(rest | 1) * 1233) >> 12;
    char *const end = out + estimate + ((rest | 1) < powers[std::size_t(estimate)] ? 0 : 1);
    char *first = end;
    while (rest >= 100) {
        const auto pair = std::size_t(rest % 100) * 2;
        rest /= 100;
        first -= 2;
        first[0] = pairs[pair];
        first[1] = pairs[pair + 1];
    }
    if (rest >= 10) {
        first -= 2;
        first[0] = pairs[rest * 2];
        first[1] = pairs[rest * 2 + 1];
    } else {
        *--first = char('0' + rest);
    }
    return end;
}

char *writeTime(char *out, const OptionalTime &time)
{
    if (time)
        return writeNumber(out, *time);
    std::memcpy(out, "null", 4);
    return out + 4;
}

/// Writes one byte of a JSON string, escaped where JSON requires it: at most 6 bytes.
char *writeEscaped(char *out, char byte)
{
    static constexpr char hex[] = "0123456789abcdef";
    const auto code = static_cast<unsigned char>(byte);
    if (code >= 0x20 && byte != '"' && byte != '\\') {
        *out++ = byte;
        return out;
    }
    *out++ = '\\';
    switch (byte) {
    case '"':
    case '\\':
        *out++ = byte;
        break;
    case '\n':
        *out++ = 'n';
        break;
    case '\r':
        *out++ = 'r';
        break;
    case '\t':
        *out++ = 't';
        break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = hex[code >> 4];
        *out++ = hex[code & 0xf];
    }
    return out;
}

/// Writes `text` as a JSON string in UTF-8: its quotes and at most 6 bytes a UTF-16 code unit (6 for an escaped
/// control character; no unit takes more than 3 bytes of UTF-8, and those bytes are never escaped).
char *writeString(char *out, const QString &text)
{
    *out++ = '"';
    // Nearly every name is ASCII: copied eight units at a time where nothing needs escaping (copyAscii()), else
    // unit by unit; other text through Qt's UTF-8 encoder.
    char *const start = out;
    const QChar *in = text.constData();
    qsizetype i = copyAscii<AsciiKind::JsonPlain>(out, in, text.size());
    out += i;
    for (; i < text.size() && in[i].unicode() < 0x80; ++i)
        out = writeEscaped(out, char(in[i].unicode()));
    if (i < text.size()) {
        out = start;
        for (const char byte : text.toUtf8())
            out = writeEscaped(out, byte);
    }
    *out++ = '"';
    return out;
}

/// The most bytes writeString() writes for `text`.
qsizetype stringRoom(const QString &text)
{
    return 2 + 6 * text.size();
}

} // namespace

StepWriter::StepWriter(const QSqlDatabase &db)
    : m_sqlite(store::sqlite::handle(db))
    , m_query(db)
{}

StepWriter::~StepWriter()
{
    if (m_many)
        sqlite3_finalize(m_many);
    if (m_one)
        sqlite3_finalize(m_one);
}

void StepWriter::encode(const QList<StepRecord> &steps, QByteArray &json, int &kept)
{
    // The steps kept, in the order of their numbers: a repeated number keeps the step given first. Jobs have a
    // handful of steps: a scan costs less than a set, and they nearly always come in order.
    QVarLengthArray<qsizetype, 64> order;
    bool sorted = true;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const int position = steps.at(i).position;
        const auto earlier = std::find_if(order.cbegin(), order.cend(),
                                          [&](qsizetype other) { return steps.at(other).position == position; });
        if (earlier != order.cend())
            continue;
        if (!order.isEmpty() && steps.at(order.back()).position > position)
            sorted = false;
        order.append(i);
    }
    if (!sorted) {
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return steps.at(a).position < steps.at(b).position; });
    }
    kept = int(order.size());

    // Written through a pointer into room made once: the brackets, the commas, a number and two times take at
    // most 7 + 20 + 20 + 20 bytes a step.
    qsizetype room = 2;
    for (const qsizetype i : order)
        room += 67 + stringRoom(steps.at(i).name) + stringRoom(steps.at(i).status);
    const qsizetype start = json.size();
    json.resize(start + room);
    char *const first = json.data() + start;
    char *out = first;
    *out++ = '[';
    for (const qsizetype i : order) {
        const StepRecord &step = steps.at(i);
        if (out - first > 1)
            *out++ = ',';
        *out++ = '[';
        out = writeNumber(out, step.position);
        *out++ = ',';
        out = writeString(out, step.name);
        *out++ = ',';
        out = writeString(out, step.status);
        *out++ = ',';
        out = writeTime(out, step.startedAt);
        *out++ = ',';
        out = writeTime(out, step.finishedAt);
        *out++ = ']';
    }
    *out++ = ']';
    json.resize(start + (out - first));
}

int StepWriter::add(Id jobId, const QList<StepRecord> &steps)
{
    Row row{jobId, m_json.size(), 0};
    int kept = 0;
    encode(steps, m_json, kept);
    row.size = m_json.size() - row.offset;
    m_rows.append(row);
    return kept;
}

Result<void> StepWriter::flush()
{
    if (m_rows.isEmpty())
        return {};
    auto written = m_sqlite ? flushNative() : flushQuery();
    m_rows.clear();
    // Keeps its room for the next jobs.
    m_json.resize(0);
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
            for (int r = 0; r < rowsAStatement; ++r)
                bindRow(*many, 2 * r, m_rows.at(next + r));
            if (auto stepped = run(*many); !stepped)
                return stepped;
        }
    }
    if (next < m_rows.size()) {
        auto one = prepared(m_one, 1);
        if (!one)
            return one.error();
        for (; next < m_rows.size(); ++next) {
            bindRow(*one, 0, m_rows.at(next));
            if (auto stepped = run(*one); !stepped)
                return stepped;
        }
    }
    return {};
}

Result<void> StepWriter::flushQuery()
{
    for (const Row &row : std::as_const(m_rows)) {
        const JobStepList list{row.jobId, QString::fromUtf8(m_json.constData() + row.offset, row.size)};
        if (auto upserted = m_query.upsert(list); !upserted)
            return upserted.error();
    }
    return {};
}

Result<sqlite3_stmt *> StepWriter::prepared(sqlite3_stmt *&statement, int rows)
{
    if (statement)
        return statement;
    // Rows are upserted in order, so that a job given twice ends with its later steps.
    QString sql = store::insertStatement<JobStepList>();
    const QString values = sql.mid(sql.lastIndexOf(u" VALUES "_s) + 8);
    for (int r = 1; r < rows; ++r)
        sql += u", "_s + values;
    sql += u" ON CONFLICT (job_id) DO UPDATE SET steps = excluded.steps"_s;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK)
        return store::sqlite::error(m_sqlite, store::tableName<JobStepList>());
    return statement;
}

void StepWriter::bindRow(sqlite3_stmt *statement, int offset, const Row &row)
{
    sqlite3_bind_int64(statement, offset + 1, row.jobId);
    // m_json stays as it is until the rows are written.
    sqlite3_bind_text(statement, offset + 2, m_json.constData() + row.offset, int(row.size), SQLITE_STATIC);
}

Result<void> StepWriter::run(sqlite3_stmt *statement)
{
    const int status = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (status != SQLITE_DONE)
        return store::sqlite::error(m_sqlite, store::tableName<JobStepList>());
    return {};
}

} // namespace flowdeck::ci::detail
