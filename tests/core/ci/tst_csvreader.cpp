// SPDX-License-Identifier: GPL-3.0-or-later
// CSV text as spreadsheets and scripts write it, read into rows of cells with the line each row starts on.
#include "ci/csv/csvreader.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::ci::csv;
using namespace Qt::StringLiterals;

namespace {

CsvText read(const QByteArray &content)
{
    auto csv = readCsvText(content, u"t.csv"_s);
    if (!csv)
        qWarning("%s", qPrintable(csv.errorMessage()));
    return csv ? *csv : CsvText{};
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void plainRows()
    {
        const CsvText csv = read("a,b,c\n1,2,3\n4,5,6\n");
        QCOMPARE(csv.delimiter, QChar(u','));
        QCOMPARE(csv.header.line, 1);
        QCOMPARE(csv.header.cells, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(csv.rows.size(), 2);
        QCOMPARE(csv.rows[0].line, 2);
        QCOMPARE(csv.rows[0].cells, QStringList({u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(csv.rows[1].line, 3);
        QCOMPARE(csv.rows[1].cells, QStringList({u"4"_s, u"5"_s, u"6"_s}));
    }

    void quoting()
    {
        // Row 2: a comma, a doubled quote and an empty quoted cell; row 3 spans lines 3 to 5 with an LF and a CRLF
        // inside its quotes (both read as "\n"); row 6 ends with an empty cell after the last delimiter.
        const CsvText csv = read("a,b,c\n"
                                 "\"x, y\",\"say \"\"hi\"\"\",\"\"\n"
                                 "\"one\ntwo\r\nthree\",plain,\"\"\"\"\n"
                                 "last,,\n");
        QCOMPARE(csv.rows.size(), 3);
        QCOMPARE(csv.rows[0].line, 2);
        QCOMPARE(csv.rows[0].cells, QStringList({u"x, y"_s, u"say \"hi\""_s, QString()}));
        QCOMPARE(csv.rows[1].line, 3);
        QCOMPARE(csv.rows[1].cells, QStringList({u"one\ntwo\nthree"_s, u"plain"_s, u"\""_s}));
        QCOMPARE(csv.rows[2].line, 6);
        QCOMPARE(csv.rows[2].cells, QStringList({u"last"_s, QString(), QString()}));
    }

    void quotesInsideUnquotedCellAreText()
    {
        // A cell that does not start with a quote is taken as written; formulas stay text.
        const CsvText csv = read("a,b\n5\" screen,=SUM(A1:A2)\n");
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows[0].cells, QStringList({u"5\" screen"_s, u"=SUM(A1:A2)"_s}));
    }

    void spacesAfterClosingQuote()
    {
        const CsvText csv = read("a,b\n\"x\"  ,y\n");
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows[0].cells, QStringList({u"x"_s, u"y"_s}));
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("LF") << QByteArray("h1,h2\nv1,v2\n\nw1,w2\n");
        QTest::newRow("CRLF") << QByteArray("h1,h2\r\nv1,v2\r\n\r\nw1,w2\r\n");
        QTest::newRow("CR") << QByteArray("h1,h2\rv1,v2\r\rw1,w2\r");
        QTest::newRow("no final line end") << QByteArray("h1,h2\nv1,v2\n\nw1,w2");
        QTest::newRow("trailing empty lines") << QByteArray("h1,h2\nv1,v2\n\nw1,w2\n\n\n");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, content);
        const CsvText csv = read(content);
        QCOMPARE(csv.header.cells, QStringList({u"h1"_s, u"h2"_s}));
        QCOMPARE(csv.rows.size(), 2);
        QCOMPARE(csv.rows[0].line, 2);
        QCOMPARE(csv.rows[0].cells, QStringList({u"v1"_s, u"v2"_s}));
        // Line 3 is empty: the next row starts on line 4.
        QCOMPARE(csv.rows[1].line, 4);
        QCOMPARE(csv.rows[1].cells, QStringList({u"w1"_s, u"w2"_s}));
    }

    void byteOrderMarks()
    {
        // UTF-8 with its mark (EF BB BF): the mark is not part of the first header name.
        const CsvText utf8 = read("\xEF\xBB\xBFna\xC3\xAFve,b\n\xE2\x82\xAC,2\n");
        QCOMPARE(utf8.header.cells, QStringList({u"naïve"_s, u"b"_s}));
        QCOMPARE(utf8.rows.size(), 1);
        QCOMPARE(utf8.rows[0].cells, QStringList({u"€"_s, u"2"_s}));

        // UTF-16 little endian with its mark, tab separated: what spreadsheets save as "Unicode text".
        QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray utf16 = encoder.encode(u"name\tprice\nnaïve\t€\n"_s);
        QCOMPARE(utf16.left(2), QByteArray("\xFF\xFE"));
        const CsvText csv = read(utf16);
        QCOMPARE(csv.delimiter, QChar(u'\t'));
        QCOMPARE(csv.header.cells, QStringList({u"name"_s, u"price"_s}));
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows[0].cells, QStringList({u"naïve"_s, u"€"_s}));
    }

    void delimiterFromHeader_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("comma") << QByteArray("a,b\n1;2,3\n") << QChar(u',') << QStringList({u"1;2"_s, u"3"_s});
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;3\n") << QChar(u';') << QStringList({u"1,5"_s, u"3"_s});
        QTest::newRow("tab") << QByteArray("a\tb\n1,2\t3;4\n") << QChar(u'\t') << QStringList({u"1,2"_s, u"3;4"_s});
        // The header's quoted comma does not count: it separates its names with semicolons.
        QTest::newRow("quoted comma in header")
            << QByteArray("\"a,x\";b;c\n1;2;3\n") << QChar(u';') << QStringList({u"1"_s, u"2"_s, u"3"_s});
        QTest::newRow("one column") << QByteArray("a\n1;2\n") << QChar(u',') << QStringList({u"1;2"_s});
        // Blank lines before the header: the delimiter still comes from the header.
        QTest::newRow("blank lines first")
            << QByteArray("\n\na;b\n1;2\n") << QChar(u';') << QStringList({u"1"_s, u"2"_s});
    }
    void delimiterFromHeader()
    {
        QFETCH(QByteArray, content);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, row);
        const CsvText csv = read(content);
        QCOMPARE(csv.delimiter, delimiter);
        QCOMPARE(csv.rows.size(), 1);
        QCOMPARE(csv.rows[0].cells, row);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray()
                               << u"t.csv: the file is empty; it needs a header line naming its "
                                  "columns"_s;
        QTest::newRow("only line ends") << QByteArray("\r\n\r\n")
                                        << u"t.csv: the file is empty; it needs a header line naming its columns"_s;
        QTest::newRow("only a byte order mark")
            << QByteArray("\xEF\xBB\xBF") << u"t.csv: the file is empty; it needs a header line naming its columns"_s;
        // The quote opens field 2 of the record on line 3 and is still open at the end of line 5.
        QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"four\nfive\nsix\n")
                                        << u"t.csv, line 3: the quote opening field 2 is never closed"_s;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b,c\n1,\"2\nx\",3\n4,\"5\"6,7\n")
            << u"t.csv, line 4: text after the closing quote of field 2 (a quote inside a quoted field is written "
               "twice: \"\")"_s;
        // Latin-1 "é" (E9) on line 3: a file saved in a legacy encoding.
        QTest::newRow("not UTF-8") << QByteArray("a,b\n1,2\ncaf\xE9,3\n")
                                   << u"t.csv, line 3: not UTF-8 text; save the file as “CSV UTF-8”"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const auto csv = readCsvText(content, u"t.csv"_s);
        QVERIFY(!csv);
        QCOMPARE(csv.errorMessage(), message);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
