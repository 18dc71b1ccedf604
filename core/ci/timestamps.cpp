// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/timestamps.h"

#include <cmath>
#include <iterator>
#include <string_view>

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

/// The forms GitHub and GitLab give nearly every time in, `2020-01-22T19:33:08Z`, `2020-01-22T11:33:08.000-08:00`
/// and `2020-01-22T19:33:08.880Z`, read straight from their UTF-8 bytes (a saved folder holds millions of times);
/// nullopt for any other text, which parseIsoTime() then reads.
OptionalTime commonIsoTime(std::string_view text)
{
    static constexpr char shape[] = "0000-00-00T00:00:00";
    constexpr std::size_t dateTime = sizeof shape - 1;
    const std::size_t size = text.size();
    // The date and time, then `Z` or `.123Z`, `+02:00` or `.123+02:00`.
    const bool milliseconds = size > dateTime && text[dateTime] == '.';
    const std::size_t zone = milliseconds ? dateTime + 4 : dateTime;
    if (size != zone + 1 && size != zone + 6)
        return std::nullopt;
    const auto digit = [&text](std::size_t at) {
        return text[at] >= '0' && text[at] <= '9';
    };
    for (std::size_t i = 0; i < dateTime; ++i) {
        if (shape[i] == '0' ? !digit(i) : text[i] != shape[i])
            return std::nullopt;
    }
    const auto number = [&text](std::size_t at, std::size_t count) {
        int value = 0;
        for (std::size_t i = at; i < at + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    if (milliseconds && !(digit(dateTime + 1) && digit(dateTime + 2) && digit(dateTime + 3)))
        return std::nullopt;
    qint64 offsetMs = 0;
    if (size == zone + 1) {
        if (text[zone] != 'Z')
            return std::nullopt;
    } else {
        const char sign = text[zone];
        if ((sign != '+' && sign != '-') || !digit(zone + 1) || !digit(zone + 2) || text[zone + 3] != ':' ||
            !digit(zone + 4) || !digit(zone + 5))
            return std::nullopt;
        const int hours = number(zone + 1, 2);
        const int minutes = number(zone + 4, 2);
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMs = (hours * 60 + minutes) * 60'000LL * (sign == '+' ? -1 : 1);
    }
    const int month = number(5, 2);
    const int day = number(8, 2);
    const int hour = number(11, 2);
    const int minute = number(14, 2);
    const int second = number(17, 2);
    // What parseIsoTime() refuses (or reads as a leap second) is left to it.
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    return daysFromCivil(number(0, 4), unsigned(month), unsigned(day)) * 86'400'000 +
           ((hour * 60 + minute) * 60 + second) * 1000LL + (milliseconds ? number(dateTime + 1, 3) : 0) + offsetMs;
}

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
        const std::string_view text = value.utf8();
        if (const OptionalTime time = commonIsoTime(text))
            return time;
        // Other forms are ASCII too: widened on the stack, not made a QString.
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
