// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck workspace copy ...` as a separate process on the demo workspace: the copy answers
// `flowdeck metrics --json` and `flowdeck valuestream --json` exactly as the original does, and every refusal
// leaves the files as they were; the same through a workspace on the test PostgreSQL server, there and back.
#include "postgresqltesting.h"
#include "programrun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

class TestWorkspaceCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
        m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
        QVERIFY(!m_environment.isEmpty());
        m_demo = m_dir.filePath(u"demo.flowdeck"_s);
        const Run written = run({u"demo"_s, u"-w"_s, m_demo});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
    }

    void copyAnswersLikeTheOriginal()
    {
        const QString copy = m_dir.filePath(u"copy.flowdeck"_s);
        const Run copied = run({u"workspace"_s, u"copy"_s, m_demo, copy, u"--json"_s});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const QJsonObject summary = QJsonDocument::fromJson(copied.out).object();
        QCOMPARE(summary.value(u"from"_s).toString(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(summary.value(u"to"_s).toString(), QFileInfo(copy).absoluteFilePath());
        QVERIFY(summary.value(u"tables"_s).toInt() > 30);
        QVERIFY(summary.value(u"records"_s).toInteger() > 10000);

        for (const QStringList &query :
             {QStringList{u"metrics"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-01"_s, u"--json"_s},
              QStringList{u"valuestream"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-01"_s, u"--json"_s}}) {
            const Run original = run(QStringList{query.first(), u"-w"_s, m_demo} + query.mid(1));
            const Run fromCopy = run(QStringList{query.first(), u"-w"_s, copy} + query.mid(1));
            QVERIFY2(original.exitCode == 0, qPrintable(original.err));
            QVERIFY2(fromCopy.exitCode == 0, qPrintable(fromCopy.err));
            QVERIFY(original.out.size() > 200);
            QCOMPARE(fromCopy.out, original.out);
        }
    }

    void toTheServerAndBack()
    {
        flowdeck::testing::PostgreSqlTestDatabase database(u"copycommand"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, database.password());
        const Run there = flowdeck::testing::runProgram(
            QStringLiteral(FLOWDECK_BINARY), {u"workspace"_s, u"copy"_s, m_demo, database.address(), u"--json"_s},
            environment, m_dir.path());
        QVERIFY2(there.exitCode == 0, qPrintable(there.err));
        const qint64 records = QJsonDocument::fromJson(there.out).object().value(u"records"_s).toInteger();
        QVERIFY(records > 10000);
        QVERIFY(!there.out.contains(database.password().toUtf8()));

        const QStringList metrics{u"metrics"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-01"_s, u"--json"_s};
        const Run onFile = run(QStringList{metrics.first(), u"-w"_s, m_demo} + metrics.mid(1));
        const Run onServer = flowdeck::testing::runProgram(
            QStringLiteral(FLOWDECK_BINARY), QStringList{metrics.first(), u"-w"_s, database.address()} + metrics.mid(1),
            environment, m_dir.path());
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        QCOMPARE(onServer.out, onFile.out);

        const QString back = m_dir.filePath(u"back.flowdeck"_s);
        const Run returned = flowdeck::testing::runProgram(
            QStringLiteral(FLOWDECK_BINARY), {u"workspace"_s, u"copy"_s, database.address(), back, u"--json"_s},
            environment, m_dir.path());
        QVERIFY2(returned.exitCode == 0, qPrintable(returned.err));
        QCOMPARE(QJsonDocument::fromJson(returned.out).object().value(u"records"_s).toInteger(), records);
        const Run onBack = run(QStringList{metrics.first(), u"-w"_s, back} + metrics.mid(1));
        QCOMPARE(onBack.out, onFile.out);

        // The server's database now holds a workspace: a second copy into it is refused, and nothing changes.
        const Run again = flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY),
                                                        {u"workspace"_s, u"copy"_s, m_demo, database.address()},
                                                        environment, m_dir.path());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(!again.err.isEmpty(), "no message");
        QCOMPARE(database.scalar(u"SELECT COUNT(*) FROM jobs"_s).toLongLong() > 0, true);
        const Run stillOnServer = flowdeck::testing::runProgram(
            QStringLiteral(FLOWDECK_BINARY), QStringList{metrics.first(), u"-w"_s, database.address()} + metrics.mid(1),
            environment, m_dir.path());
        QCOMPARE(stillOnServer.out, onFile.out);
    }

    void refusesAnExistingTarget()
    {
        const QString existing = m_dir.filePath(u"existing.flowdeck"_s);
        {
            QFile file(existing);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("someone's notes");
        }
        const QByteArray before = fileHash(existing);
        const Run copied = run({u"workspace"_s, u"copy"_s, m_demo, existing});
        QCOMPARE(copied.exitCode, 1);
        QVERIFY2(copied.err.contains(existing) && copied.err.contains(u"already exists"_s), qPrintable(copied.err));
        QCOMPARE(fileHash(existing), before);
    }

    void missingSourceCreatesNothing()
    {
        const QString target = m_dir.filePath(u"never.flowdeck"_s);
        const QString missing = m_dir.filePath(u"missing.flowdeck"_s);
        const Run copied = run({u"workspace"_s, u"copy"_s, missing, target});
        QCOMPARE(copied.exitCode, 1);
        QVERIFY2(copied.err.contains(missing), qPrintable(copied.err));
        QVERIFY(!QFileInfo::exists(target));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList{} << u"name the action"_s;
        QTest::newRow("unknown action") << QStringList{u"move"_s, u"a"_s, u"b"_s} << u"unknown action move"_s;
        QTest::newRow("no target") << QStringList{u"copy"_s, u"a.flowdeck"_s} << u"FROM TO"_s;
        QTest::newRow("extra") << QStringList{u"copy"_s, u"a"_s, u"b"_s, u"c"_s} << u"FROM TO"_s;
        QTest::newRow("unknown option") << QStringList{u"copy"_s, u"--fast"_s} << u"fast"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run copied = run(QStringList{u"workspace"_s} + arguments);
        QCOMPARE(copied.exitCode, 2);
        QVERIFY2(copied.err.contains(message), qPrintable(copied.err));
    }

private:
    Run run(const QStringList &arguments) const
    {
        return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), arguments, m_environment, m_dir.path());
    }

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_demo;
};

QTEST_GUILESS_MAIN(TestWorkspaceCommand)
#include "tst_workspacecommand.moc"
