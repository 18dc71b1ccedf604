// SPDX-License-Identifier: GPL-3.0-or-later
// ci::json reads what QJsonDocument reads: every page of the shared fixtures and of this tree's test data compared
// value by value with Qt's reading of it, Qt's rules for repeated keys and numbers checked on files written for
// them, text only Qt takes (a byte order mark, a tab in a string, a lone surrogate, a 23-digit integer) read
// through Qt, and text neither takes refused with Qt's error at Qt's place.
#include "ci/json.h"

#include "pagetesting.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci;
using namespace Qt::StringLiterals;

namespace {

QString jsonData(const QString &name)
{
    return QStringLiteral(FLOWDECK_TEST_DATA "/ci/json/") + name;
}

QJsonValue qtRoot(const QJsonDocument &document)
{
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

/// Every accessor of `value` answers as Qt's does for `expected`, down to the last item; `path` names the place.
void compareValues(const json::Value &value, const QJsonValue &expected, const QString &path)
{
    const QByteArray place = path.toUtf8();
    const char *where = place.constData();
    QVERIFY2(int(value.type()) == int(expected.type()) ||
                 (value.isUndefined() && expected.type() == QJsonValue::Undefined),
             where);
    QVERIFY2(value.isNull() == expected.isNull(), where);
    QVERIFY2(value.isBool() == expected.isBool(), where);
    QVERIFY2(value.isDouble() == expected.isDouble(), where);
    QVERIFY2(value.isString() == expected.isString(), where);
    QVERIFY2(value.isArray() == expected.isArray(), where);
    QVERIFY2(value.isObject() == expected.isObject(), where);
    QVERIFY2(value.isUndefined() == expected.isUndefined(), where);
    QVERIFY2(value.toBool(true) == expected.toBool(true), where);
    QVERIFY2(value.toString() == expected.toString(), where);
    QVERIFY2(value.toInteger(-7) == expected.toInteger(-7), where);
    QVERIFY2(value.toInt(-7) == expected.toInt(-7), where);
    // Doubles compared bit for bit through their shortest text (0.1 stays 0.1, -0 stays -0).
    QVERIFY2(QString::number(value.toDouble(-7), 'g', 17) == QString::number(expected.toDouble(-7), 'g', 17), where);
    QVERIFY2(value.toQt() == expected, where);
    if (expected.isObject()) {
        const QJsonObject object = expected.toObject();
        const json::Object read = value.toObject();
        QCOMPARE(read.keys(), object.keys());
        QCOMPARE(read.size(), object.size());
        QCOMPARE(read.isEmpty(), object.isEmpty());
        QVERIFY2(read.toQt() == object, where);
        for (const QString &key : object.keys()) {
            const QByteArray latin1 = key.toLatin1();
            if (QString::fromLatin1(latin1) != key)
                continue; // ci::json looks keys up by ASCII names only
            QVERIFY2(read.contains(QLatin1StringView(latin1)), where);
            compareValues(read.value(QLatin1StringView(latin1)), object.value(key), path + u'.' + key);
        }
        QVERIFY(!read.contains("no such key"_L1));
        QVERIFY(read.value("no such key"_L1).isUndefined());
    } else {
        QVERIFY(value.toObject().isEmpty());
        QVERIFY(value.toObject().value("id"_L1).isUndefined());
    }
    if (expected.isArray()) {
        const QJsonArray array = expected.toArray();
        const json::Array read = value.toArray();
        QCOMPARE(read.size(), array.size());
        QCOMPARE(read.isEmpty(), array.isEmpty());
        QVERIFY2(read.toQt() == array, where);
        qsizetype index = 0;
        for (const json::Value item : read) {
            QVERIFY2(index < array.size(), where);
            compareValues(item, array.at(index), path + u'[' + QString::number(index) + u']');
            ++index;
        }
        QCOMPARE(index, array.size());
        // at() in order, backwards, and past the end.
        for (qsizetype i = 0; i < array.size(); ++i)
            QVERIFY2(read.at(i).toQt() == array.at(i), where);
        for (qsizetype i = array.size() - 1; i >= 0; --i)
            QVERIFY2(read.at(i).toQt() == array.at(i), where);
        QVERIFY(read.at(array.size()).isUndefined());
        QVERIFY(read.at(-1).isUndefined());
    } else {
        QCOMPARE(value.toArray().size(), 0);
        QVERIFY(value.toArray().at(0).isUndefined());
    }
}

/// The text read both ways: ci::json as it would be in place (with padding after it) and copied.
void compareWithQt(const QByteArray &text, const QString &name)
{
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);
    QJsonParseError error;
    const json::Document copied = json::Document::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!copied.isNull());
    compareValues(copied.root(), qtRoot(qt), name);

    QByteArray padded = text;
    padded.reserve(text.size() + json::padding);
    const json::Document inPlace = json::Document::fromJson(padded, &error, true);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(inPlace.root().toQt() == qtRoot(qt));
}

} // namespace

class TestCiJson : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &folder :
             {QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci"), QStringLiteral(FLOWDECK_TEST_DATA "/ci")}) {
            QDirIterator files(folder, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QJsonParseError error;
                QJsonDocument::fromJson(ci::testing::fileContents(path), &error);
                // Files kept to test a parser's refusal are compared in refusedAsQt; the lone surrogate of
                // qt-only.json is the one value read otherwise (textOnlyQtTakes).
                if (error.error == QJsonParseError::NoError && !path.endsWith(u"/qt-only.json"_s))
                    QTest::newRow(qPrintable(QDir(folder).relativeFilePath(path))) << path;
            }
        }
    }
    void sameAsQt()
    {
        QFETCH(QString, path);
        compareWithQt(ci::testing::fileContents(path), QFileInfo(path).fileName());
    }

    void repeatedKeys()
    {
        const json::Document document =
            json::Document::fromJson(ci::testing::fileContents(jsonData(u"repeated-keys.json"_s)));
        const json::Object object = document.root().toObject();
        // The last "b" and the last "a" count; keys are listed once, sorted.
        QCOMPARE(object.value("b"_L1).toInteger(), 3);
        QVERIFY(object.value("a"_L1).isObject());
        QCOMPARE(object.value("a"_L1).toObject().value("c"_L1).toBool(), true);
        QCOMPARE(object.keys(), (QStringList{u"a"_s, u"b"_s, u"list"_s}));
        QCOMPARE(object.size(), 3);
        const json::Array list = object.value("list"_L1).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value("x"_L1).toString(), u"second"_s);
        compareWithQt(ci::testing::fileContents(jsonData(u"repeated-keys.json"_s)), u"repeated-keys.json"_s);
    }

    /// Objects of as many keys as an object notes for its look-ups (48), one more, and far more, each with a key
    /// given twice (its second value counts) and an empty key; every key looked up in any order.
    void keysOfLargeObjects_data()
    {
        QTest::addColumn<int>("keys");
        for (const int keys : {1, 47, 48, 49, 120})
            QTest::newRow(qPrintable(QString::number(keys))) << keys;
    }
    void keysOfLargeObjects()
    {
        QFETCH(int, keys);
        QByteArray text = "{\"twice\": 1, \"\": \"empty\"";
        for (int i = 0; i < keys; ++i)
            text += ", \"key" + QByteArray::number(i) + "\": " + QByteArray::number(i * 10);
        text += ", \"twice\": 2}";
        const json::Document document = json::Document::fromJson(text);
        const json::Object object = document.root().toObject();
        // From the last key back to the first, then the repeated and the empty one, then one that is not there.
        for (int i = keys - 1; i >= 0; --i)
            QCOMPARE(object.value(QLatin1StringView("key" + QByteArray::number(i))).toInteger(), i * 10);
        QCOMPARE(object.value("twice"_L1).toInteger(), 2);
        QCOMPARE(object.value(""_L1).toString(), u"empty"_s);
        QVERIFY(object.value("key"_L1).isUndefined());
        QVERIFY(!object.contains(QLatin1StringView("key" + QByteArray::number(keys))));
        QCOMPARE(object.size(), keys + 2);
        compareWithQt(text, u"object of %1 keys"_s.arg(keys));
    }

    void numbers()
    {
        const json::Document document =
            json::Document::fromJson(ci::testing::fileContents(jsonData(u"numbers.json"_s)));
        const json::Object object = document.root().toObject();
        const auto number = [&](const char *key) {
            return object.value(QLatin1StringView(key));
        };
        QCOMPARE(number("whole").toInteger(-1), 1);
        QCOMPARE(number("negativeZero").toInteger(-1), 0);
        QCOMPARE(number("half").toInteger(-1), -1);
        QCOMPARE(number("half").toDouble(), 2.5);
        QCOMPARE(number("largest").toInteger(-1), std::numeric_limits<qint64>::max());
        // Past 64 bits a number is a double, which is no whole number of 64 bits.
        QCOMPARE(number("pastLargest").toInteger(-1), -1);
        QCOMPARE(number("pastLargest").toDouble(), 9223372036854775808.0);
        QCOMPARE(number("unsigned").toInteger(-1), -1);
        QCOMPARE(number("twentyDigits").toDouble(), 1e20);
        QCOMPARE(number("twentyDigits").toInteger(-1), -1);
        QCOMPARE(number("tiny").toDouble(), 1e-310);
        QCOMPARE(number("pastInt").toInt(-1), -1);
        QCOMPARE(number("pastInt").toInteger(-1), 2147483648LL);
        QCOMPARE(number("negative").toInt(), -42);
        QCOMPARE(number("exponent").toInteger(-1), 300);
        QVERIFY(number("exponent").isDouble());
        QCOMPARE(number("exponent").toString(), QString());
        compareWithQt(ci::testing::fileContents(jsonData(u"numbers.json"_s)), u"numbers.json"_s);
    }

    void textOnlyQtTakes()
    {
        const QByteArray text = ci::testing::fileContents(jsonData(u"qt-only.json"_s));
        QJsonParseError error;
        const json::Document document = json::Document::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const json::Array items = document.root().toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toString(), u"tab\there"_s);
        // Qt keeps the lone surrogate; simdjson cannot hold one, and reads U+FFFD in its place.
        QCOMPARE(items.at(1).toString(), u"lone \uFFFD surrogate"_s);
        QCOMPARE(items.at(2).toObject().value("id"_L1).toDouble(), 12345678901234567890123.0);
        QCOMPARE(items.at(2).toObject().value("id"_L1).toInteger(-1), -1);

        const QByteArray marked = ci::testing::fileContents(jsonData(u"byte-order-mark.json"_s));
        const json::Document withMark = json::Document::fromJson(marked, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(withMark.root().toObject().value("name"_L1).toString(), u"byte order mark"_s);
        compareWithQt(marked, u"byte-order-mark.json"_s);
    }

    void refusedAsQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("white space") << " \n "_ba;
        QTest::newRow("a number alone") << "42"_ba;
        QTest::newRow("a string alone") << "\"text\""_ba;
        QTest::newRow("two documents") << "[1] [2]"_ba;
        QTest::newRow("comma before the brace") << "{\"a\": 1,}"_ba;
        QTest::newRow("cut short") << "{\"jobs\": [{\"id\": 1"_ba;
        QTest::newRow("invalid UTF-8") << "[\"\x80\"]"_ba;
        QTest::newRow("number too large") << "[1e400]"_ba;
        QTest::newRow("single quotes") << "{'a': 1}"_ba;
        QTest::newRow("html") << "<html><body>Bad gateway</body></html>"_ba;
    }
    void refusedAsQt()
    {
        QFETCH(QByteArray, text);
        QJsonParseError qtError;
        QJsonDocument::fromJson(text, &qtError);
        QVERIFY(qtError.error != QJsonParseError::NoError);
        QJsonParseError error;
        const json::Document document = json::Document::fromJson(text, &error);
        QVERIFY(document.isNull());
        QVERIFY(document.root().isUndefined());
        QCOMPARE(error.error, qtError.error);
        QCOMPARE(error.offset, qtError.offset);
    }

    void notUtf8Refused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("offset");
        // Latin-1 ü, a lead byte without its continuation, an overlong '/', an encoded surrogate: Qt reads each as
        // U+FFFD; they are refused at their first byte.
        QTest::newRow("Latin-1") << "[\"f\xfcr\"]"_ba << 3;
        QTest::newRow("cut sequence") << "{\"a\": \"\xc3\"}"_ba << 7;
        QTest::newRow("overlong") << "[\"\xc0\xaf\"]"_ba << 2;
        QTest::newRow("surrogate") << "[1, \"\xed\xa0\x80\"]"_ba << 5;
    }
    void notUtf8Refused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, offset);
        QJsonParseError error;
        const json::Document document = json::Document::fromJson(text, &error);
        QVERIFY(document.isNull());
        QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);
        QCOMPARE(error.offset, offset);
        // Valid UTF-8 beyond ASCII is read as it is.
        QCOMPARE(json::Document::fromJson("[\"f\xc3\xbcr\t\"]"_ba).root().toArray().at(0).toString(), u"f\u00fcr\t"_s);
    }

    void documentsLiveTogether()
    {
        // Several documents parsed on one thread at once keep their own values.
        std::vector<json::Document> documents;
        for (int i = 0; i < 8; ++i)
            documents.push_back(json::Document::fromJson(u"{\"id\": %1}"_s.arg(i).toUtf8()));
        for (int i = 0; i < 8; ++i)
            QCOMPARE(documents[std::size_t(i)].root().toObject().value("id"_L1).toInteger(), i);
        json::Document moved = std::move(documents.front());
        QCOMPARE(moved.root().toObject().value("id"_L1).toInteger(), 0);
        QVERIFY(json::Document().isNull());
        QVERIFY(json::Document::fromQt(QJsonDocument()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCiJson)
#include "tst_cijson.moc"
