// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/format.h"

#include <QLocale>
#include <QTest>
#include <QTime>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

namespace {

// 2023-11-14 22:13:20 UTC; the test runs with TZ=UTC, so local time is UTC.
constexpr Timestamp T = 1'700'000'000'000;
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);

} // namespace

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(english); }
    void cleanupTestCase() { QLocale::setDefault(QLocale::system()); }

    void durationKeepsTheTwoLargestUnits_data()
    {
        QTest::addColumn<qint64>("milliseconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << u"0 ms"_s;
        QTest::newRow("under a second") << qint64(350) << u"350 ms"_s;
        QTest::newRow("seconds") << 12 * second << u"12 s"_s;
        QTest::newRow("seconds, fraction dropped") << 12 * second + 999 << u"12 s"_s;
        QTest::newRow("whole minutes") << 45 * minute << u"45 min"_s;
        QTest::newRow("minutes and seconds") << 2 * minute + 5 * second << u"2 min 5 s"_s;
        QTest::newRow("hours") << 5 * hour << u"5 h"_s;
        QTest::newRow("hours and minutes") << 5 * hour + 7 * minute + 30 * second << u"5 h 7 min"_s;
        QTest::newRow("days and hours") << 3 * day + 4 * hour + 12 * minute << u"3 d 4 h"_s;
        QTest::newRow("whole days") << 3 * day + 59 * minute << u"3 d"_s;
        QTest::newRow("thousands of days") << 1234 * day << u"1,234 d"_s;
        QTest::newRow("negative") << -(minute + 30 * second) << u"-1 min 30 s"_s;
    }
    void durationKeepsTheTwoLargestUnits()
    {
        QFETCH(qint64, milliseconds);
        QFETCH(QString, expected);
        QCOMPARE(format::duration(milliseconds), expected);
    }

    void exactDurationKeepsEveryUnit()
    {
        QCOMPARE(format::exactDuration(3 * day + 4 * hour + 12 * minute + 5 * second + 250),
                 u"3 d 4 h 12 min 5.250 s"_s);
        QCOMPARE(format::exactDuration(hour), u"1 h"_s);
        QCOMPARE(format::exactDuration(day + 3 * second), u"1 d 3 s"_s);
        QCOMPARE(format::exactDuration(0), u"0 s"_s);
        QLocale::setDefault(german);
        QCOMPARE(format::exactDuration(5 * second + 250), u"5,250 s"_s);
    }

    void countUsesTheLocalesSeparators()
    {
        QCOMPARE(format::count(20000), u"20,000"_s);
        QCOMPARE(format::count(999), u"999"_s);
        QLocale::setDefault(german);
        QCOMPARE(format::count(1234567), u"1.234.567"_s);
    }

    void ageSaysHowLongAgo_data()
    {
        QTest::addColumn<qint64>("ago");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 10 * second << u"just now"_s;
        QTest::newRow("a minute") << 50 * second << u"1 min ago"_s;
        QTest::newRow("minutes") << 5 * minute << u"5 min ago"_s;
        QTest::newRow("hours") << 3 * hour + 10 * minute << u"3 h ago"_s;
        QTest::newRow("one day") << day + 2 * hour << u"1 day ago"_s;
        QTest::newRow("days") << 5 * day << u"5 days ago"_s;
        QTest::newRow("weeks count in days") << 40 * day << u"40 days ago"_s;
        QTest::newRow("months") << 90 * day << u"3 months ago"_s;
        QTest::newRow("one month") << 45 * day << u"1 month ago"_s;
        QTest::newRow("six and a half weeks") << 46 * day << u"2 months ago"_s;
        QTest::newRow("a year") << 400 * day << u"1 year ago"_s;
        QTest::newRow("years") << 800 * day << u"2 years ago"_s;
        QTest::newRow("future") << -2 * minute << u"in 2 min"_s;
    }
    void ageSaysHowLongAgo()
    {
        QFETCH(qint64, ago);
        QFETCH(QString, expected);
        QCOMPARE(format::age(T - ago, T), expected);
    }

    void timesAreLocalInTheUsersLocale()
    {
        QLocale::setDefault(german);
        QCOMPARE(format::dateTime(T), u"14.11.23 22:13"_s);
        QCOMPARE(format::date(T), u"14.11.23"_s);
        QLocale::setDefault(english);
        QCOMPARE(format::dateTime(T), u"11/14/23 10:13 PM"_s);
        QCOMPARE(format::date(T + 2 * hour), u"11/15/23"_s);
    }

    void shortTimesStopAtTheMinute()
    {
        // The C locale's short form is "d MMM yyyy HH:mm:ss"; to the minute, as every other locale's.
        QLocale::setDefault(QLocale::c());
        QCOMPARE(format::dateTime(T), u"14 Nov 2023 22:13"_s);
        QCOMPARE(format::time(QTime(9, 5, 30)), u"09:05"_s);
        QLocale::setDefault(german);
        QCOMPARE(format::time(QTime(9, 5, 30)), u"09:05"_s);
        QLocale::setDefault(english);
        QCOMPARE(format::time(QTime(21, 5)), u"9:05 PM"_s);
    }

    void exactTimeAddsUtc()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(format::exactDateTime(T), u"Tuesday, 14 November 2023 22:13:20 UTC (2023-11-14T22:13:20Z)"_s);
    }

    void dateRanges()
    {
        QLocale::setDefault(german);
        QCOMPARE(format::dateRange(T, T + 400 * day), u"14.11.23 – 18.12.24"_s);
        QCOMPARE(format::dateRange(T, T + hour), u"14.11.23"_s);
        QCOMPARE(format::dateRange(std::nullopt, T), u"14.11.23"_s);
        QCOMPARE(format::dateRange(std::nullopt, std::nullopt), format::missing());
        QCOMPARE(format::missing(), u"—"_s);
    }
};

QTEST_MAIN(TestFormat)
#include "tst_format.moc"
