// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace flowdeck::views::format {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// The translation context of every string in this file.
struct Format
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::format)
};

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString days(qint64 n)
{
    return Format::tr("%1 d").arg(number(n));
}
QString hours(qint64 n)
{
    return Format::tr("%1 h").arg(number(n));
}
QString minutes(qint64 n)
{
    return Format::tr("%1 min").arg(number(n));
}
QString seconds(qint64 n)
{
    return Format::tr("%1 s").arg(number(n));
}

QString join(const QString &larger, const QString &smaller)
{
    //: Two parts of a duration, the larger unit first, as in "3 d 4 h".
    return Format::tr("%1 %2").arg(larger, smaller);
}

// The larger unit, and the next smaller one unless it is zero.
QString twoUnits(const QString &largeText, qint64 small, const QString &smallText)
{
    return small == 0 ? largeText : join(largeText, smallText);
}

QDateTime localTime(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::LocalTime);
}

// A short format without its seconds: of all locales only C has them there ("d MMM yyyy HH:mm:ss"), and a time to
// the second in a cell reads as more exact than the data is. The exact forms keep them.
QString toTheMinute(QString format)
{
    static const QRegularExpression seconds(u"[:.]s{1,2}"_s);
    return format.remove(seconds);
}

} // namespace

QString duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QLocale().negativeSign() + duration(-milliseconds);
    if (milliseconds < second)
        return Format::tr("%1 ms").arg(number(milliseconds));
    if (milliseconds < minute)
        return seconds(milliseconds / second);
    if (milliseconds < hour) {
        const qint64 m = milliseconds / minute;
        const qint64 s = milliseconds % minute / second;
        return twoUnits(minutes(m), s, seconds(s));
    }
    if (milliseconds < day) {
        const qint64 h = milliseconds / hour;
        const qint64 m = milliseconds % hour / minute;
        return twoUnits(hours(h), m, minutes(m));
    }
    const qint64 d = milliseconds / day;
    const qint64 h = milliseconds % day / hour;
    return twoUnits(days(d), h, hours(h));
}

QString exactDuration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QLocale().negativeSign() + exactDuration(-milliseconds);
    QStringList parts;
    if (const qint64 d = milliseconds / day; d > 0)
        parts.append(days(d));
    if (const qint64 h = milliseconds % day / hour; h > 0)
        parts.append(hours(h));
    if (const qint64 m = milliseconds % hour / minute; m > 0)
        parts.append(minutes(m));
    const qint64 s = milliseconds % minute / second;
    const qint64 ms = milliseconds % second;
    if (ms > 0)
        parts.append(Format::tr("%1 s").arg(QLocale().toString(double(s) + double(ms) / 1000.0, 'f', 3)));
    else if (s > 0 || parts.isEmpty())
        parts.append(seconds(s));
    QString text = parts.takeFirst();
    for (const QString &part : std::as_const(parts))
        text = join(text, part);
    return text;
}

QString dateTime(Timestamp at)
{
    const QLocale locale;
    return locale.toString(localTime(at), toTheMinute(locale.dateTimeFormat(QLocale::ShortFormat)));
}

QString time(QTime time)
{
    const QLocale locale;
    return locale.toString(time, toTheMinute(locale.timeFormat(QLocale::ShortFormat)));
}

QString date(Timestamp at)
{
    return QLocale().toString(localTime(at).date(), QLocale::ShortFormat);
}

QString exactDateTime(Timestamp at)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
    //: A moment in local time, then in UTC: "Tuesday, 14 November 2023 22:13:20 (2023-11-14T22:13:20Z)".
    return Format::tr("%1 (%2)").arg(QLocale().toString(localTime(at), QLocale::LongFormat), utc.toString(Qt::ISODate));
}

QString age(Timestamp at, Timestamp now)
{
    const qint64 ago = now - at;
    if (ago < 0)
        return Format::tr("in %1").arg(duration(-ago));
    if (ago < 45 * second)
        return Format::tr("just now");
    const qint64 m = std::max<qint64>(1, std::llround(double(ago) / minute));
    if (m < 60)
        return Format::tr("%1 min ago").arg(number(m));
    const qint64 h = std::llround(double(ago) / hour);
    if (h < 24)
        return Format::tr("%1 h ago").arg(number(h));
    const qint64 d = std::llround(double(ago) / day);
    if (d == 1)
        return Format::tr("1 day ago");
    if (d < 45)
        return Format::tr("%n days ago", nullptr, int(d));
    const qint64 months = std::llround(double(d) / 30.44);
    if (months < 12)
        return months == 1 ? Format::tr("1 month ago") : Format::tr("%n months ago", nullptr, int(months));
    const qint64 years = std::max<qint64>(1, std::llround(double(d) / 365.25));
    return years == 1 ? Format::tr("1 year ago") : Format::tr("%n years ago", nullptr, int(years));
}

QString dateRange(OptionalTime first, OptionalTime last)
{
    if (!first && !last)
        return missing();
    if (!first || !last)
        return date(first ? *first : *last);
    const QString from = date(*first);
    const QString to = date(*last);
    if (from == to)
        return from;
    //: A span of dates, as in "14/11/2023 – 17/09/2024".
    return Format::tr("%1 – %2").arg(from, to);
}

QString count(qint64 value)
{
    return number(value);
}

QString missing()
{
    return u"—"_s;
}

} // namespace flowdeck::views::format
