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
