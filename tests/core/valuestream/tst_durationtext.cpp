// SPDX-License-Identifier: GPL-3.0-or-later
// Durations read as people type them and as formatDuration() writes them; every expected value is worked out by hand.
#include "valuestream/durationtext.h"
#include "valuestream/mapanalysis.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Week = 7 * Day;

} // namespace

class TestDurationText : public QObject
{
    Q_OBJECT

private slots:
    void reads_data();
    void reads();
    void emptyClears();
    void invalidRefused_data();
    void invalidRefused();
    void readsWhatFormatDurationWrites();
};

void TestDurationText::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("days and hours") << u"3 d 4 h"_s << 3 * Day + 4 * Hour;
    QTest::newRow("no space before the unit") << u"2h 5min"_s << 2 * Hour + 5 * Minute;
    QTest::newRow("minutes") << u"45 min"_s << 45 * Minute;
    QTest::newRow("decimal hours") << u"1.5 h"_s << 90 * Minute;
    QTest::newRow("decimal comma") << u"1,5 h"_s << 90 * Minute;
    QTest::newRow("m is minutes") << u"90m"_s << 90 * Minute;
    QTest::newRow("weeks") << u"2 w"_s << 2 * Week;
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("a number alone is hours") << u"8"_s << 8 * Hour;
    QTest::newRow("a decimal alone is hours") << u"0.25"_s << 15 * Minute;
    QTest::newRow("leading decimal point") << u".5 h"_s << 30 * Minute;
    QTest::newRow("parts run together") << u"1d2h3m"_s << Day + 2 * Hour + 3 * Minute;
    QTest::newRow("upper case") << u"3D 4H"_s << 3 * Day + 4 * Hour;
    QTest::newRow("blanks around") << u"  45 min \t"_s << 45 * Minute;
    QTest::newRow("seconds") << u"1 h 30 min 15 s"_s << Hour + 30 * Minute + 15 * Second;
    QTest::newRow("words") << u"2 weeks 1 day 3 hours 20 minutes"_s << 2 * Week + Day + 3 * Hour + 20 * Minute;
    QTest::newRow("hrs and mins") << u"1 hr 5 mins"_s << Hour + 5 * Minute;
    QTest::newRow("German abbreviations") << u"3 T 4 Std."_s << 3 * Day + 4 * Hour;
    QTest::newRow("German minutes") << u"5 Min."_s << 5 * Minute;
    QTest::newRow("German decimal") << u"1,5 Std"_s << 90 * Minute;
    QTest::newRow("German words") << u"2 Wochen 2 Tage 3 Stunden"_s << 2 * Week + 2 * Day + 3 * Hour;
    QTest::newRow("German seconds") << u"10 Sekunden"_s << 10 * Second;
    QTest::newRow("under a minute") << u"under 1 min"_s << qint64(0);
    QTest::newRow("unter 1 Min.") << u"unter 1 Min."_s << qint64(0);
    // 1/3 h is 1,200,000 ms exactly; 0.1 s rounds to 100 ms.
    QTest::newRow("thirds") << u"20 min 0.1 s"_s << 20 * Minute + 100;
    // 100 years are 36,500 days: 5214 weeks (36,498 days) are under the limit.
    QTest::newRow("just under 100 years") << u"5214 w"_s << 5214 * Week;
}

void TestDurationText::reads()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const auto read = readDuration(text);
    QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
    QVERIFY(read->has_value());
    QCOMPARE(**read, expected);
    QCOMPARE(parseDuration(text), std::optional<qint64>(expected));
}

void TestDurationText::emptyClears()
{
    for (const QString &text : {QString(), u""_s, u"   "_s, u"\t\n"_s}) {
        const auto read = readDuration(text);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(!read->has_value());
        QVERIFY(!parseDuration(text));
    }
}

void TestDurationText::invalidRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");

    QTest::newRow("words") << u"soon"_s << u"is not a duration"_s;
    QTest::newRow("unknown unit") << u"3 x"_s << u"“x” is not a unit of time"_s;
    QTest::newRow("years") << u"1 y"_s << u"“y” is not a unit of time"_s;
    QTest::newRow("exponent") << u"1e5 h"_s << u"“e” is not a unit of time"_s;
    QTest::newRow("a unit alone") << u"h"_s << u"is not a duration"_s;
    QTest::newRow("number without unit after a part") << u"1 h 30"_s << u"give each number its unit"_s;
    QTest::newRow("two bare numbers") << u"1 30"_s << u"give each number its unit"_s;
    QTest::newRow("two decimal points") << u"3..5 h"_s << u"is not a duration"_s;
    QTest::newRow("separator without digits") << u"3. h"_s << u"is not a duration"_s;
    QTest::newRow("minus") << u"-1"_s << u"is negative"_s;
    QTest::newRow("formatDuration's minus") << u"−2 h"_s << u"is negative"_s;
    QTest::newRow("trailing dash") << u"2 h -"_s << u"is not a duration"_s;
    QTest::newRow("comma between parts") << u"3 d, 4 h"_s << u"is not a duration"_s;
    QTest::newRow("over 100 years") << u"5215 w"_s << u"longer than 100 years"_s;
}

void TestDurationText::invalidRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    const auto read = readDuration(text);
    QVERIFY(!read.ok());
    const QString message = read.errorMessage();
    QVERIFY2(message.contains(u"“"_s + text.trimmed() + u"”"_s), qPrintable(message));
    QVERIFY2(message.contains(says), qPrintable(message));
    QVERIFY(!parseDuration(text));
}

void TestDurationText::readsWhatFormatDurationWrites()
{
    // formatDuration() rounds to the minute (half a minute up), so reading its text gives the rounded duration.
    const QList<std::pair<qint64, qint64>> cases{
        {0, 0},
        {1, 0},                                         // "under 1 min"
        {29 * Second + 999, 0},                         // "under 1 min"
        {30 * Second, Minute},                          // "1 min"
        {59 * Minute + 31 * Second, Hour},              // "1 h"
        {2 * Hour + 5 * Minute, 2 * Hour + 5 * Minute}, // "2 h 5 min"
        {3 * Day + 4 * Hour + 12 * Minute + 40 * Second, 3 * Day + 4 * Hour + 13 * Minute},
        {400 * Day + 59 * Minute, 400 * Day + 59 * Minute},
    };
    for (const auto &[ms, rounded] : cases) {
        const QString text = formatDuration(ms);
        QCOMPARE(parseDuration(text), std::optional<qint64>(rounded));
    }
}

QTEST_GUILESS_MAIN(TestDurationText)
#include "tst_durationtext.moc"
