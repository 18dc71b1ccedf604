// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/hotfixmatcher.h"

namespace flowdeck::metrics::detail {

namespace {

/// Whether `pattern` holds no character that the regular expression syntax gives a meaning to.
bool isPlainAscii(QByteArrayView pattern)
{
    static constexpr QByteArrayView special("\\^$.[]|()?*+{}");
    for (const char c : pattern) {
        if (c < 0x20 || c > 0x7e || special.contains(c))
            return false;
    }
    return !pattern.isEmpty();
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

bool isAscii(QByteArrayView text)
{
    unsigned char any = 0;
    for (const char c : text)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

/// Whether ASCII `text` contains `word` (lower case), ignoring the case of letters.
bool containsWord(QByteArrayView text, QByteArrayView word)
{
    const char first = word.front();
    const char firstUpper = first >= 'a' && first <= 'z' ? char(first - ('a' - 'A')) : first;
    const qsizetype last = text.size() - word.size();
    for (qsizetype i = 0; i <= last; ++i) {
        if (text[i] != first && text[i] != firstUpper)
            continue;
        qsizetype j = 1;
        while (j < word.size() && lowerAscii(text[i + j]) == word[j])
            ++j;
        if (j == word.size())
            return true;
    }
    return false;
}

} // namespace

Result<HotfixMatcher> HotfixMatcher::make(const QString &pattern)
{
    HotfixMatcher matcher;
    if (pattern.isEmpty())
        return matcher;
    matcher.m_expression = QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!matcher.m_expression.isValid()) {
        return Error{tr("The hotfix pattern \"%1\" is not a regular expression: %2 at character %3.")
                         .arg(pattern, matcher.m_expression.errorString())
                         .arg(matcher.m_expression.patternErrorOffset() + 1)};
    }
    matcher.m_expression.optimize();
    matcher.m_active = true;
    const QByteArray latin = pattern.toLatin1();
    if (QString::fromLatin1(latin) == pattern) {
        const QByteArrayList words = latin.split('|');
        if (std::all_of(words.cbegin(), words.cend(), [](const QByteArray &word) { return isPlainAscii(word); })) {
            for (const QByteArray &word : words)
                matcher.m_words.append(word.toLower());
        }
    }
    return matcher;
}

bool HotfixMatcher::matches(QByteArrayView utf8)
{
    if (!m_active)
        return false;
    if (!m_words.isEmpty() && isAscii(utf8)) {
        return std::any_of(m_words.cbegin(), m_words.cend(),
                           [&](const QByteArray &word) { return containsWord(utf8, word); });
    }
    m_decoded = QString::fromUtf8(utf8);
    return m_expression.match(m_decoded).hasMatch();
}

} // namespace flowdeck::metrics::detail
