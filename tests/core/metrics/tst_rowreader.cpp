// SPDX-License-Identifier: GPL-3.0-or-later
// RowReader on a real SQLite file, through a connection of its own (SQLite's API) and through Qt's driver: each
// column read as null or number, as text, and as both in either order, row after row and statement after statement,
// so that no value of one row is read in another.
#include "metrics/readconnection.h"
#include "metrics/rowreader.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::metrics::detail;
using namespace Qt::StringLiterals;

class TestRowReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

    /// Reads the rows of `t` in id order: "id|n or null|text", each column asked for in the order given.
    static QStringList readAll(RowReader &rows, bool textFirst,
                               const char *sql = "SELECT id, n, t FROM t WHERE id >= ? ORDER BY id")
    {
        QStringList lines;
        if (!rows.run(sql, {1}))
            return {u"run failed"_s};
        while (rows.next()) {
            QString text;
            QString number;
            if (textFirst)
                text = rows.isNull(2) ? u"null"_s : rows.text(2);
            number = rows.isNull(1) ? u"null"_s : QString::number(rows.integer(1));
            // Asked again, the same column gives the same value within a row.
            if (!rows.isNull(1) && rows.integer(1) != rows.optionalInteger(1).value_or(-1))
                return {u"second read differs"_s};
            if (!textFirst)
                text = rows.isNull(2) ? u"null"_s : rows.text(2);
            lines.append(u"%1|%2|%3"_s.arg(rows.integer(0)).arg(number, text));
        }
        return rows.status() ? lines : QStringList{u"status failed"_s};
    }

    const QStringList expected{u"1|7|seven"_s, u"2|null|none"_s, u"3|-3|null"_s, u"4|9007199254740993|ünïcode"_s};

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"rows.sqlite"_s);
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, t TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO t VALUES (1, 7, 'seven'), (2, NULL, 'none'), (3, -3, NULL), "
                           u"(4, 9007199254740993, 'ünïcode')"_s));
        // A row of 70 columns, past the values a row keeps at hand.
        QStringList columns;
        QStringList values;
        for (int i = 0; i < 70; ++i) {
            columns.append(u"c%1 INTEGER"_s.arg(i));
            values.append(QString::number(i * 11));
        }
        QVERIFY(query.exec(u"CREATE TABLE wide (%1)"_s.arg(columns.join(u", "_s))));
        QVERIFY(query.exec(u"INSERT INTO wide VALUES (%1)"_s.arg(values.join(u", "_s))));
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"setup"_s);
    }

    void ownConnection_data()
    {
        QTest::addColumn<bool>("textFirst");
        QTest::newRow("number first") << false;
        QTest::newRow("text first") << true;
    }

    void ownConnection()
    {
        QFETCH(bool, textFirst);
        ReadConnection connection(m_file.toUtf8());
        QVERIFY(connection.handle());
        RowReader rows(connection.handle(), u"t"_s);
        QCOMPARE(readAll(rows, textFirst), expected);
        // The same statement again, and another in between: nothing of the last row carries over.
        QCOMPARE(readAll(rows, !textFirst), expected);
        QVERIFY(rows.run("SELECT n FROM t WHERE id = ?", {3}));
        QVERIFY(rows.next());
        QCOMPARE(rows.integer(0), qint64(-3));
        QVERIFY(!rows.next());
        QVERIFY(rows.run("SELECT n FROM t WHERE id = ?", {2}));
        QVERIFY(rows.next());
        QVERIFY(rows.isNull(0));
        QCOMPARE(readAll(rows, textFirst), expected);
    }

    void rowsInSeveralPlaces()
    {
        // Two reads merged in order: SQLite hands over the rows of each in registers of its own, taking turns.
        ReadConnection connection(m_file.toUtf8());
        RowReader rows(connection.handle(), u"t"_s);
        const char *merged = "SELECT id, n, t FROM t WHERE id IN (1, 3) AND id >= ? UNION ALL "
                             "SELECT id, n, t FROM t WHERE id IN (2, 4) ORDER BY 1";
        QCOMPARE(readAll(rows, false, merged), expected);
        QCOMPARE(readAll(rows, true, merged), expected);
    }

    void equalsAsSqlDoes()
    {
        // A column compared with 1 as SQL's "= 1" compares it: an integer or a whole real of 1, not text or null.
        ReadConnection connection(m_file.toUtf8());
        RowReader rows(connection.handle(), u"t"_s);
        QVERIFY(rows.run("SELECT 1, 1.0, 1.5, '1', NULL, 2, n = 1, ? FROM t WHERE id = 1", {1}));
        QVERIFY(rows.next());
        QVERIFY(rows.equals(0, 1));
        QVERIFY(rows.equals(1, 1));
        QVERIFY(!rows.equals(2, 1));
        QVERIFY(!rows.equals(3, 1));
        QVERIFY(!rows.equals(4, 1));
        QVERIFY(!rows.equals(5, 1));
        QVERIFY(rows.equals(5, 2));
        QVERIFY(!rows.equals(6, 1));
        QVERIFY(rows.equals(7, 1));
        QVERIFY(!rows.next());
    }

    void qtConnection()
    {
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"qt"_s);
            db.setDatabaseName(m_file);
            QVERIFY(db.open());
            RowReader rows(db, u"t"_s);
            QCOMPARE(readAll(rows, false), expected);
            QCOMPARE(readAll(rows, true), expected);
        }
        QSqlDatabase::removeDatabase(u"qt"_s);
    }

    void wideRow()
    {
        ReadConnection connection(m_file.toUtf8());
        RowReader rows(connection.handle(), u"wide"_s);
        QVERIFY(rows.run("SELECT * FROM wide"));
        QVERIFY(rows.next());
        for (int column = 69; column >= 0; --column) {
            QVERIFY(!rows.isNull(column));
            QCOMPARE(rows.integer(column), qint64(column) * 11);
            QCOMPARE(rows.utf8(column).toByteArray(), QByteArray::number(column * 11));
        }
        QVERIFY(!rows.next());
        QVERIFY(rows.status());
    }
};

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_rowreader.moc"
