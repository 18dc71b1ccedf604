// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Reading CSV text (RFC 4180, as spreadsheets write it) into rows of cells, with the line each row starts on so
/// that messages can point into the file.
namespace flowdeck::ci::csv {

/// One record of a CSV file: its cells, as written (quotes removed, doubled quotes made single, line breaks inside
/// quoted cells kept as "\n").
struct CsvRow
{
    /// The line of the file the record starts on, counting from 1 as a text editor does.
    int line = 0;
    QStringList cells;
};

/// A CSV file read: the header line, then the data rows. Empty lines are skipped.
struct CsvText
{
    /// ',' unless the header line separates its names with ';' or tabs.
    QChar delimiter = u',';
    CsvRow header;
    QList<CsvRow> rows;
};

/// Reads CSV text: UTF-8 (with or without a byte order mark) or UTF-16 with its byte order mark; CRLF, LF or CR
/// line ends; quoted cells holding delimiters, quotes (written twice) and line breaks. The delimiter is the one of
/// ',', ';' and tab that the header line uses most outside quotes, comma when it uses none. Text that is not
/// UTF-8, a quote that is never closed, or text after a closing quote is an error naming `where` and the line;
/// so is a file with no header line.
Result<CsvText> readCsvText(const QByteArray &content, const QString &where);

} // namespace flowdeck::ci::csv
