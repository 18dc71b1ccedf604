// SPDX-License-Identifier: GPL-3.0-or-later
// The progress line of command-line imports: its text, and how often it is written to a terminal or a log.
#include "consoleprogress.h"

#include <QLocale>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using namespace flowdeck::app;
using namespace Qt::StringLiterals;

namespace {

struct FileCloser
{
    void operator()(std::FILE *file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

QByteArray contents(std::FILE *file)
{
    std::fflush(file);
    std::rewind(file);
    QByteArray bytes;
    char buffer[4096];
    while (const std::size_t read = std::fread(buffer, 1, sizeof buffer, file))
        bytes.append(buffer, qsizetype(read));
    return bytes;
}

} // namespace

class TestConsoleProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void describe_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("perSecond");
        QTest::addColumn<QString>("text");
        QTest::newRow("total unknown") << qint64(10) << qint64(0) << 0.0 << u"10"_s;
        QTest::newRow("rate unknown") << qint64(10) << qint64(40) << 0.0 << u"10 of 40"_s;
        // (5678 - 1234) / 100 = 44.4 s, rounded up.
        QTest::newRow("seconds left") << qint64(1234) << qint64(5678) << 100.0
                                      << u"1234 of 5678, 100 commits/s, about 45 s left"_s;
        // 9000 / 40 = 225 s.
        QTest::newRow("minutes left") << qint64(1000) << qint64(10000) << 40.0
                                      << u"1000 of 10000, 40 commits/s, about 3 min 45 s left"_s;
        // 100000 / 20 = 5000 s = 1 h 23 min 20 s.
        QTest::newRow("hours left") << qint64(0) << qint64(100000) << 20.0
                                    << u"0 of 100000, 20 commits/s, about 1 h 23 min left"_s;
        QTest::newRow("done") << qint64(50) << qint64(50) << 12.4 << u"50 of 50, 12 commits/s"_s;
    }

    void describe()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(double, perSecond);
        QFETCH(QString, text);
        QCOMPARE(ConsoleProgress::describe(done, total, perSecond), text);
    }

    void describeAnotherRate()
    {
        // (11 - 6) / 2 = 2.5 s, rounded up.
        QCOMPARE(ConsoleProgress::describe(6, 11, 2.0, u"%1 files/s"_s), u"6 of 11, 2 files/s, about 3 s left"_s);
    }

    void terminalLineIsRewrittenInPlace()
    {
        File file(std::tmpfile());
        QVERIFY(file);
        {
            ConsoleProgress progress(u"Importing api"_s, file.get(), true);
            progress.report(1, 10);
            // Too soon after the start: nothing yet.
            QCOMPARE(contents(file.get()), QByteArray());
            QThread::msleep(150);
            progress.report(5, 10);
            progress.report(6, 10);
            progress.finish();
        }
        const QByteArray written = contents(file.get());
        // One line, written after a carriage return and closed by "erase to the end of the line"; finish() clears it.
        QVERIFY2(written.startsWith("\rImporting api: 5 of 10"), written.constData());
        QVERIFY2(written.endsWith("\x1b[K\r\x1b[K"), written.constData());
        QCOMPARE(written.count('\r'), 2);
        QVERIFY(!written.contains('\n'));
    }

    void logStaysQuietAtFirst()
    {
        File file(std::tmpfile());
        QVERIFY(file);
        {
            ConsoleProgress progress(u"Importing api"_s, file.get(), false);
            progress.report(1, 10);
            QThread::msleep(150);
            progress.report(5, 10);
            progress.finish();
        }
        // Within the first seconds a log gets nothing, and never a carriage return or an escape sequence.
        QCOMPARE(contents(file.get()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestConsoleProgress)
#include "tst_consoleprogress.moc"
