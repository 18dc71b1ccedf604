// SPDX-License-Identifier: GPL-3.0-or-later
// The time forms of the CI fixtures, read into epoch milliseconds. Expected values are worked out by hand from
// the calendar: 2020-01-22 is day 18,283 after 1970-01-01.
#include "ci/timestamps.h"

#include <QJsonValue>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace Qt::StringLiterals;

class TestCiTimestamps : public QObject
{
    Q_OBJECT

private slots:
    void iso_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 day = 18'283LL * 86'400'000; // 2020-01-22T00:00:00Z
        const qint64 at193308 = day + (19 * 3600 + 33 * 60 + 8) * 1000LL;
        QTest::newRow("GitHub run, Z") << u"2020-01-22T19:33:08Z"_s << at193308;
        QTest::newRow("milliseconds and offset") << u"2020-01-22T11:33:08.000-08:00"_s << at193308;
        QTest::newRow("GitLab milliseconds Z") << u"2020-01-22T19:33:08.880Z"_s << at193308 + 880;
        QTest::newRow("microseconds cut") << u"2020-01-22T19:33:08.123456Z"_s << at193308 + 123;
        QTest::newRow("one fraction digit") << u"2020-01-22T19:33:08.5Z"_s << at193308 + 500;
        QTest::newRow("positive offset") << u"2020-01-22T21:33:08+02:00"_s << at193308;
        QTest::newRow("offset without colon") << u"2020-01-22T21:33:08+0200"_s << at193308;
        QTest::newRow("hour-only offset") << u"2020-01-22T21:33:08+02"_s << at193308;
        QTest::newRow("space separator") << u"2020-01-22 19:33:08Z"_s << at193308;
        QTest::newRow("no offset reads as UTC") << u"2020-01-22T19:33:08"_s << at193308;
        QTest::newRow("date only") << u"2020-01-22"_s << day;
        QTest::newRow("offset crosses midnight") << u"2020-01-21T23:30:00-01:00"_s << day + 30 * 60'000LL;
        QTest::newRow("epoch") << u"1970-01-01T00:00:00Z"_s << qint64(0);
        QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_s << qint64(-1000);
        QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << 19'782LL * 86'400'000;
    }
    void iso()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const OptionalTime parsed = parseIsoTime(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, expected);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("words") << u"yesterday"_s;
        QTest::newRow("month 13") << u"2020-13-01T00:00:00Z"_s;
        QTest::newRow("hour 25") << u"2020-01-01T25:00:00Z"_s;
        QTest::newRow("trailing text") << u"2020-01-01T00:00:00Zjunk"_s;
        QTest::newRow("bad offset") << u"2020-01-01T00:00:00+2"_s;
        QTest::newRow("missing minutes") << u"2020-01-01T10Z"_s;
        QTest::newRow("empty fraction") << u"2020-01-01T00:00:00.Z"_s;
    }
    void rejected()
    {
        QFETCH(QString, text);
        QVERIFY(!parseIsoTime(text).has_value());
    }

    /// The same texts as JSON strings of a parsed page, which take a quicker way for the plain `...Z` form.
    void jsonText_data()
    {
        iso_data();
        const qint64 day = 18'283LL * 86'400'000;
        QTest::newRow("leap second") << u"2020-01-22T23:59:60Z"_s << day + 86'400'000;
        QTest::newRow("last second of a day") << u"2020-01-22T23:59:59Z"_s << day + 86'399'000;
        QTest::newRow("31 April is 1 May") << u"2020-04-31T00:00:00Z"_s << 18'383LL * 86'400'000;
        QTest::newRow("year 9999") << u"9999-12-31T23:59:59Z"_s << 253'402'300'799'000LL;
        // A GitHub step's form: milliseconds and an offset, here one that carries the time into the next day.
        QTest::newRow("step time, offset into the next day")
            << u"2020-01-21T20:33:08.250-05:30"_s << day + (2 * 3600 + 3 * 60 + 8) * 1000LL + 250;
        QTest::newRow("offset +00:00") << u"2020-01-22T00:00:00.000+00:00"_s << day;
        QTest::newRow("offset -00:00 without milliseconds") << u"2020-01-22T00:00:00-00:00"_s << day;
    }
    void jsonText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        const QByteArray page = "[\"" + text.toUtf8() + "\"]";
        const json::Document document = json::Document::fromJson(page);
        QCOMPARE(jsonTime(document.root().toArray().first()), OptionalTime(expected));
    }
    void jsonTextRejected_data()
    {
        rejected_data();
        QTest::newRow("lowercase z is not the plain form") << u"2020-01-01T00:00:00z junk"_s;
        QTest::newRow("letter for a digit") << u"2020-01-0xT00:00:00Z"_s;
        QTest::newRow("minute 60") << u"2020-01-01T00:60:00Z"_s;
        QTest::newRow("second 61") << u"2020-01-01T00:00:61Z"_s;
        QTest::newRow("day 0") << u"2020-01-00T00:00:00Z"_s;
        QTest::newRow("day 32") << u"2020-01-32T00:00:00Z"_s;
        QTest::newRow("month 0") << u"2020-00-10T00:00:00Z"_s;
        QTest::newRow("colon for a dash") << u"2020:01-01T00:00:00Z"_s;
        QTest::newRow("offset hour 24") << u"2020-01-01T00:00:00.000+24:00"_s;
        QTest::newRow("offset minute 60") << u"2020-01-01T00:00:00.000+01:60"_s;
        QTest::newRow("two fraction digits then Z with junk") << u"2020-01-01T00:00:00.00ZZ"_s;
        QTest::newRow("offset sign missing") << u"2020-01-01T00:00:00.000 01:00"_s;
        QTest::newRow("fraction letter") << u"2020-01-01T00:00:00.0a0Z"_s;
    }
    void jsonTextRejected()
    {
        QFETCH(QString, text);
        const QByteArray page = "[\"" + text.toUtf8() + "\"]";
        const json::Document document = json::Document::fromJson(page);
        QVERIFY(!jsonTime(document.root().toArray().first()).has_value());
    }

    void json()
    {
        QCOMPARE(jsonTime(QJsonValue(u"2020-01-22T19:33:08Z"_s)), OptionalTime(18'283LL * 86'400'000 + 70'388'000));
        // Jenkins: epoch milliseconds.
        QCOMPARE(jsonTime(QJsonValue(1'490'281'575'000.0)), OptionalTime(1'490'281'575'000));
        QCOMPARE(jsonTime(QJsonValue(0)), OptionalTime());
        QCOMPARE(jsonTime(QJsonValue(-5)), OptionalTime());
        QCOMPARE(jsonTime(QJsonValue(QJsonValue::Null)), OptionalTime());
        QCOMPARE(jsonTime(QJsonValue(QJsonValue::Undefined)), OptionalTime());
        QCOMPARE(jsonTime(QJsonValue(true)), OptionalTime());
    }
};

QTEST_GUILESS_MAIN(TestCiTimestamps)
#include "tst_citimestamps.moc"
