// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/files/jsontext.h"

#include <QStringDecoder>
#include <QVarLengthArray>

#include <cstring>

namespace flowdeck::ci::files {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/// The index just after the string that starts at `start` (a '"'), or `size` when it is never closed. The scanners
/// read raw bytes: they run over every byte of a saved folder, some of them twice. Most of those bytes are inside
/// strings (URLs, names), so the closing quote is looked for with memchr(), many bytes at a time, instead of byte by
/// byte; a quote found after an odd number of backslashes is escaped and the search goes on after it.
qsizetype endOfString(const char *text, qsizetype size, qsizetype start)
{
    qsizetype from = start + 1;
    while (from < size) {
        const auto *quote = static_cast<const char *>(std::memchr(text + from, '"', std::size_t(size - from)));
        if (!quote)
            return size;
        const qsizetype at = quote - text;
        qsizetype backslashes = 0;
        while (at - backslashes - 1 > start && text[at - backslashes - 1] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            return at + 1;
        from = at + 1;
    }
    return size;
}

/// The index of the bracket that closes the innermost open array or object at `start`, or `size`.
qsizetype closingBracket(const char *text, qsizetype size, qsizetype start)
{
    int depth = 0;
    for (qsizetype i = start; i < size;) {
        const char c = text[i];
        if (c == '"') {
            i = endOfString(text, size, i);
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
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (true) {
        while (i < size && isSpace(data[i]))
            ++i;
        if (i >= size)
            break;
        const qsizetype start = i;
        if (data[i] != '[' && data[i] != '{') {
            spans.append(JsonSpan{start, text.sliced(start)});
            break;
        }
        const qsizetype close = closingBracket(data, size, i + 1);
        i = close < size ? close + 1 : size;
        spans.append(JsonSpan{start, text.sliced(start, i - start)});
    }
    return spans;
}

namespace {

/// firstItemsOutline(), and where the text ended: `open` holds the arrays and objects still open at its end,
/// `cutInRest` whether it ended while the rest of an array was being cut.
QByteArray outline(QByteArrayView text, QVarLengthArray<char, 32> &open, bool &cutInRest)
{
    QByteArray outline;
    const char *data = text.data();
    const qsizetype size = text.size();
    qsizetype copied = 0; // text before this index is in the outline, or was cut
    qsizetype i = 0;
    cutInRest = false;
    while (i < size) {
        const char c = data[i];
        if (c == '"') {
            i = endOfString(data, size, i);
            continue;
        }
        if (c == '[' || c == '{') {
            open.append(c);
        } else if (c == ']' || c == '}') {
            if (!open.isEmpty())
                open.removeLast();
            if (open.isEmpty()) {
                // The first document ends here; what follows it is not looked at.
                ++i;
                break;
            }
        } else if (c == ',' && !open.isEmpty() && open.last() == '[') {
            // The array's first element is complete: keep it, cut the rest up to the closing bracket.
            outline.append(text.sliced(copied, i - copied));
            i = closingBracket(data, size, i + 1);
            copied = i;
            cutInRest = i >= size;
            continue;
        }
        ++i;
    }
    outline.append(text.sliced(copied, i - copied));
    return outline;
}

} // namespace

QByteArray firstItemsOutline(QByteArrayView text)
{
    QVarLengthArray<char, 32> open;
    bool cutInRest = false;
    return outline(text, open, cutInRest);
}

std::optional<QByteArray> headOutline(QByteArrayView head)
{
    QVarLengthArray<char, 32> open;
    bool cutInRest = false;
    QByteArray result = outline(head, open, cutInRest);
    if (open.isEmpty())
        return result;
    if (!cutInRest)
        return std::nullopt;
    for (qsizetype i = open.size() - 1; i >= 0; --i)
        result.append(open.at(i) == '[' ? ']' : '}');
    return result;
}

} // namespace flowdeck::ci::files
