// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/timestamps.h"

#include <cmath>
#include <iterator>

namespace flowdeck::ci {

namespace {

// Days from 1970-01-01 to the given proleptic Gregorian date.
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = unsigned(year - era * 400);
    const unsigned dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + qint64(dayOfEra) - 719468;
}

class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text[m_pos]; }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// Exactly `count` digits.
    bool digits(int count, int &value)
    {
        value = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = peek();
            if (!c.isDigit() || c.unicode() > '9')
                return false;
            value = value * 10 + (c.unicode() - '0');
            ++m_pos;
        }
        return true;
    }
    /// Fraction digits after the decimal point, as milliseconds.
    bool fractionMs(int &ms)
    {
        ms = 0;
        int count = 0;
        while (!atEnd() && peek().unicode() >= '0' && peek().unicode() <= '9') {
            if (count < 3)
                ms = ms * 10 + (peek().unicode() - '0');
            ++count;
            ++m_pos;
        }
        for (int i = count; i < 3; ++i)
            ms *= 10;
        return count > 0;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

OptionalTime parseIsoTime(QStringView text)
{
    text = text.trimmed();
    Scanner in(text);
    int year = 0, month = 0, day = 0;
    if (!in.digits(4, year) || !in.take(u'-') || !in.digits(2, month) || !in.take(u'-') || !in.digits(2, day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return std::nullopt;
    qint64 ms = daysFromCivil(year, unsigned(month), unsigned(day)) * 86'400'000;
    if (in.atEnd())
        return ms;
    if (!in.take(u'T') && !in.take(u't') && !in.take(u' '))
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, fraction = 0;
    if (!in.digits(2, hour) || !in.take(u':') || !in.digits(2, minute))
        return std::nullopt;
    if (in.take(u':') && !in.digits(2, second))
        return std::nullopt;
    if ((in.take(u'.') || in.take(u',')) && !in.fractionMs(fraction))
        return std::nullopt;
    // 24:00:00 is not accepted, 23:59:60 (a leap second) is: it reads as the next second.
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    ms += ((hour * 60 + minute) * 60 + second) * 1000LL + fraction;
    if (in.take(u'Z') || in.take(u'z'))
        return in.atEnd() ? OptionalTime(ms) : std::nullopt;
    if (in.atEnd())
        return ms; // no offset given: read as UTC
    const QChar sign = in.peek();
    if (!in.take(u'+') && !in.take(u'-'))
        return std::nullopt;
    int offsetHours = 0, offsetMinutes = 0;
    if (!in.digits(2, offsetHours))
        return std::nullopt;
    if (!in.atEnd()) {
        in.take(u':');
        if (!in.digits(2, offsetMinutes))
            return std::nullopt;
    }
    if (!in.atEnd() || offsetHours > 23 || offsetMinutes > 59)
        return std::nullopt;
    const qint64 offsetMs = (offsetHours * 60 + offsetMinutes) * 60'000LL;
    return sign == u'+' ? ms - offsetMs : ms + offsetMs;
}

namespace {

/// Epoch milliseconds; 0 is how Jenkins says "not yet".
OptionalTime epochMs(double ms)
{
    if (!std::isfinite(ms) || ms <= 0 || ms > 1e15)
        return std::nullopt;
    return qint64(ms);
}

} // namespace

OptionalTime jsonTime(const QJsonValue &value)
{
    if (value.isString())
        return parseIsoTime(value.toString());
    if (value.isDouble())
        return epochMs(value.toDouble());
    return std::nullopt;
}

OptionalTime jsonTime(const json::Value &value)
{
    if (value.isString()) {
        // A time is ASCII: widened on the stack, not made a QString (a saved folder holds millions of times).
        const std::string_view text = value.utf8();
        char16_t wide[64];
        if (text.size() <= std::size(wide)) {
            bool ascii = true;
            for (std::size_t i = 0; i < text.size() && ascii; ++i) {
                ascii = static_cast<unsigned char>(text[i]) < 0x80;
                wide[i] = char16_t(static_cast<unsigned char>(text[i]));
            }
            if (ascii)
                return parseIsoTime(QStringView(wide, qsizetype(text.size())));
        }
        return parseIsoTime(QString::fromUtf8(text.data(), qsizetype(text.size())));
    }
    if (value.isDouble())
        return epochMs(value.toDouble());
    return std::nullopt;
}

} // namespace flowdeck::ci
