// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>

namespace flowdeck::metrics::detail {

/// Options::hotfixPattern, matched against branch names and commit summaries as SQLite stores them (UTF-8). A
/// pattern of plain ASCII words, or of alternatives of them ("hotfix", "hotfix|urgent fix"), is searched for in the
/// bytes of ASCII text directly: hundreds of thousands of summaries are matched per loading, and decoding each for
/// the regular expression would cost more than reading it. Other text, and every other pattern, goes through the
/// case-insensitive regular expression, whose case folding also knows letters outside ASCII.
class HotfixMatcher
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::metrics::HotfixMatcher)

public:
    /// Matches nothing.
    HotfixMatcher() = default;
    /// An empty pattern matches nothing; an invalid one is an Error that names it and says what is wrong.
    static Result<HotfixMatcher> make(const QString &pattern);

    /// Whether anything can match.
    bool isActive() const { return m_active; }
    bool matches(QByteArrayView utf8);

private:
    bool m_active = false;
    QRegularExpression m_expression;
    /// The pattern's alternatives in lower case, when each is plain ASCII text; else empty.
    QByteArrayList m_words;
    QString m_decoded;
};

} // namespace flowdeck::metrics::detail
