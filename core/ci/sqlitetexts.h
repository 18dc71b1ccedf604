// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/asciicopy.h"
#include "store/rows.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace flowdeck::ci::detail {

/// The texts of the rows one statement writes, bound as UTF-8 from one buffer: SQLite takes them as they are
/// (SQLITE_STATIC), where a QString bound as UTF-16 costs SQLite a conversion into memory of its own, and
/// store::sqlite::bind a QByteArray and SQLite's copy of it, for every text of every row.
class Utf8Texts
{
public:
    /// Empties the buffer and makes room for `utf16Units` UTF-16 code units of text: what the statement's texts
    /// add up to. The texts bound stay valid until the next start().
    void start(qsizetype utf16Units)
    {
        m_bytes.resize(0);
        m_bytes.reserve(3 * utf16Units);
    }

    /// Binds `text` at `index`; a text longer than the room made is bound as a copy.
    void bind(sqlite3_stmt *statement, int index, const QString &text)
    {
        const qsizetype start = m_bytes.size();
        if (start + 3 * text.size() > m_bytes.capacity()) {
            const QByteArray utf8 = text.toUtf8();
            sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            return;
        }
        // Nearly every text is ASCII: copied eight units at a time (copyAscii()); other text through Qt's UTF-8
        // encoder.
        m_bytes.resize(start + text.size());
        char *out = m_bytes.data() + start;
        if (copyAscii<AsciiKind::Any>(out, text.constData(), text.size()) < text.size()) {
            m_bytes.resize(start);
            m_bytes.append(text.toUtf8());
        }
        sqlite3_bind_text(statement, index, m_bytes.constData() + start, int(m_bytes.size() - start), SQLITE_STATIC);
    }

    void bind(sqlite3_stmt *statement, int index, const std::optional<QString> &text)
    {
        if (text)
            bind(statement, index, *text);
        else
            sqlite3_bind_null(statement, index);
    }

    /// Numbers and their optional forms, as store::sqlite binds them.
    template<typename V>
    void bind(sqlite3_stmt *statement, int index, const V &value)
    {
        store::sqlite::bind(statement, index, value);
    }

    /// The UTF-16 code units of a text, for start().
    static qsizetype units(const QString &text) { return text.size(); }
    static qsizetype units(const std::optional<QString> &text) { return text ? text->size() : 0; }
    template<typename V>
    static qsizetype units(const V &)
    {
        return 0;
    }

private:
    QByteArray m_bytes;
};

} // namespace flowdeck::ci::detail
