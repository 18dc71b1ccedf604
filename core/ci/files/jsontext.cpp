// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/jsontext.h"

#include <QStringDecoder>
#include <QVarLengthArray>

namespace flowdeck::ci::files {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The index just after the string that starts at `start` (a '"'), or the end of the text when it is never closed.
qsizetype endOfString(QByteArrayView text, qsizetype start)
{
    const qsizetype size = text.size();
    for (qsizetype i = start + 1; i < size; ++i) {
        const char c = text[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
    }
    return size;
}

/// The index of the bracket that closes the innermost open array or object at `start`, or the end of the text.
qsizetype closingBracket(QByteArrayView text, qsizetype start)
{
    int depth = 0;
    const qsizetype size = text.size();
    for (qsizetype i = start; i < size;) {
        const char c = text[i];
        if (c == '"') {
            i = endOfString(text, i);
            continue;
        }
        if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (depth == 0)
                return i;
            --depth;
        }
        ++i;
    }
    return size;
}

} // namespace

QByteArray jsonUtf8(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    const bool littleEndian = bytes.startsWith("\xFF\xFE");
    if (!littleEndian && !bytes.startsWith("\xFE\xFF"))
        return bytes;
    QStringDecoder decoder(littleEndian ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                           QStringConverter::Flag::Stateless);
    return QString(decoder.decode(QByteArrayView(bytes).sliced(2))).toUtf8();
}

QList<JsonSpan> splitJsonDocuments(QByteArrayView text)
{
    QList<JsonSpan> spans;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (true) {
        while (i < size && isSpace(text[i]))
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        if (text[i] != '[' && text[i] != '{') {
            spans.append(JsonSpan{start, text.sliced(start)});
            break;
        }
        const qsizetype close = closingBracket(text, i + 1);
        i = close < size ? close + 1 : size;
        spans.append(JsonSpan{start, text.sliced(start, i - start)});
    }
    return spans;
}

QByteArray firstItemsOutline(QByteArrayView document)
{
    QByteArray outline;
    outline.reserve(qMin<qsizetype>(document.size(), 64 * 1024));
    QVarLengthArray<char, 32> open;
    const qsizetype size = document.size();
    qsizetype copied = 0; // text before this index is in the outline, or was cut
    for (qsizetype i = 0; i < size;) {
        const char c = document[i];
        if (c == '"') {
            i = endOfString(document, i);
            continue;
        }
        if (c == '[' || c == '{') {
            open.append(c);
        } else if (c == ']' || c == '}') {
            if (!open.isEmpty())
                open.removeLast();
        } else if (c == ',' && !open.isEmpty() && open.last() == '[') {
            // The array's first element is complete: keep it, cut the rest up to the closing bracket.
            outline.append(document.sliced(copied, i - copied));
            i = closingBracket(document, i + 1);
            copied = i;
            continue;
        }
        ++i;
    }
    outline.append(document.sliced(copied));
    return outline;
}

} // namespace flowdeck::ci::files
