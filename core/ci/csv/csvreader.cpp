// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/csv/csvreader.h"

#include <QCoreApplication>
#include <QStringConverter>
#include <QStringDecoder>

#include <array>

namespace flowdeck::ci::csv {

namespace {

struct CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::csv::CsvReader)
};

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

/// The first line that is not UTF-8, counting from 1, or 0 when each line alone decodes (the damage then spans
/// a line break).
int firstLineNotUtf8(const QByteArray &content)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder.decode(QByteArrayView(content).sliced(start, end - start));
        Q_UNUSED(text)
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

Result<QString> decode(const QByteArray &content, const QString &where)
{
    // Without a byte order mark the text is UTF-8: what spreadsheets write as "CSV UTF-8" and what tools emit.
    const QStringConverter::Encoding encoding =
        QStringConverter::encodingForData(content).value_or(QStringConverter::Utf8);
    // Drops a leading byte order mark; stateless, so that a character cut off at the end is an error (the decoder
    // keeps the odd byte of UTF-16 for a next call, which never comes: that is checked by size).
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(content);
    const bool utf16 = encoding == QStringConverter::Utf16LE || encoding == QStringConverter::Utf16BE;
    const bool utf32 = encoding == QStringConverter::Utf32LE || encoding == QStringConverter::Utf32BE;
    const bool cutCharacter = (utf16 && content.size() % 2 != 0) || (utf32 && content.size() % 4 != 0);
    if (!decoder.hasError() && !cutCharacter) {
        // No text a spreadsheet or a tool writes holds a NUL: UTF-16 without a byte order mark does, on every line.
        if (const qsizetype nul = text.indexOf(QChar(u'\0')); nul >= 0) {
            const qsizetype line = QStringView(text).first(nul).count(u'\n') + 1;
            return Error{CsvReader::tr("%1, line %2: holds a NUL character, which is no CSV text (is the file UTF-16 "
                                       "without a byte order mark?); save the file as “CSV UTF-8”")
                             .arg(where, QString::number(line))};
        }
        return text;
    }
    if (encoding == QStringConverter::Utf8) {
        if (const int line = firstLineNotUtf8(content); line > 0) {
            return Error{CsvReader::tr("%1, line %2: not UTF-8 text; save the file as “CSV UTF-8”")
                             .arg(where, QString::number(line))};
        }
        return Error{CsvReader::tr("%1: not UTF-8 text; save the file as “CSV UTF-8”").arg(where)};
    }
    return Error{CsvReader::tr("%1: the text does not match its byte order mark").arg(where)};
}

/// The delimiter the first line uses most outside quotes; comma when it uses none.
QChar detectDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    std::array<int, 3> counts{};
    // Blank lines before the header are skipped by the parser too.
    qsizetype start = 0;
    while (start < text.size() && isLineBreak(text[start]))
        ++start;
    bool quoted = false;
    for (const QChar c : text.sliced(start)) {
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (isLineBreak(c))
            break;
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    size_t best = 0;
    for (size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return QChar(candidates[best]);
}

class Parser
{
public:
    Parser(QStringView text, QChar delimiter, const QString &where)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_where(where)
    {}

    /// The records of the text, or the error that stopped reading.
    Result<QList<CsvRow>> records()
    {
        QList<CsvRow> rows;
        while (m_pos < m_text.size()) {
            // Empty lines separate nothing: a spreadsheet's trailing line end, or blank lines left in the file.
            if (isLineBreak(m_text[m_pos])) {
                skipLineBreak();
                continue;
            }
            CsvRow row;
            row.line = m_line;
            if (auto error = readRecord(row.cells))
                return *error;
            rows.append(std::move(row));
        }
        return rows;
    }

private:
    /// Reads one record and the line break after it.
    std::optional<Error> readRecord(QStringList &cells)
    {
        while (true) {
            QString cell;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                if (auto error = readQuoted(cell, int(cells.size()) + 1))
                    return error;
            } else {
                const qsizetype start = m_pos;
                while (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos]))
                    ++m_pos;
                cell = m_text.sliced(start, m_pos - start).toString();
            }
            cells.append(std::move(cell));
            if (m_pos >= m_text.size())
                return std::nullopt;
            if (m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            skipLineBreak();
            return std::nullopt;
        }
    }

    /// Reads a quoted cell from its opening quote up to the delimiter or line break after the closing quote.
    std::optional<Error> readQuoted(QString &cell, int field)
    {
        const int openedOn = m_line;
        ++m_pos;
        while (true) {
            if (m_pos >= m_text.size()) {
                return Error{CsvReader::tr("%1, line %2: the quote opening field %3 is never closed")
                                 .arg(m_where, QString::number(openedOn), QString::number(field))};
            }
            const QChar c = m_text[m_pos];
            if (c == u'"') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'"') {
                    cell.append(u'"');
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                break;
            }
            if (isLineBreak(c)) {
                skipLineBreak();
                cell.append(u'\n');
                continue;
            }
            // Runs of plain characters are appended at once.
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != u'"' && !isLineBreak(m_text[m_pos]))
                ++m_pos;
            cell.append(m_text.sliced(start, m_pos - start));
        }
        // Spaces between the closing quote and the delimiter are tolerated; anything else is a broken cell.
        while (m_pos < m_text.size() && m_text[m_pos] == u' ')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
            return Error{CsvReader::tr("%1, line %2: text after the closing quote of field %3 (a quote inside a "
                                       "quoted field is written twice: \"\")")
                             .arg(m_where, QString::number(m_line), QString::number(field))};
        }
        return std::nullopt;
    }

    /// Steps over one line break: CRLF, LF or a lone CR.
    void skipLineBreak()
    {
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }

    QStringView m_text;
    QChar m_delimiter;
    const QString &m_where;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

Result<CsvText> readCsvText(const QByteArray &content, const QString &where)
{
    auto text = decode(content, where);
    if (!text)
        return text.error();
    CsvText csv;
    csv.delimiter = detectDelimiter(*text);
    auto rows = Parser(*text, csv.delimiter, where).records();
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{CsvReader::tr("%1: the file is empty; it needs a header line naming its columns").arg(where)};
    csv.header = rows->takeFirst();
    csv.rows = std::move(*rows);
    return csv;
}

} // namespace flowdeck::ci::csv
