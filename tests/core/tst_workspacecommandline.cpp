// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on a workspace on a PostgreSQL server (the test server of scripts/test-postgresql.sh), run as a
// separate process as users and scripts run it: -w takes a postgresql:// address wherever it takes a file, the
// password comes from PGPASSWORD, and a command whose reads do not run on a server yet says so.
#include "postgresqltesting.h"
#include "programrun.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

// Four deployments of one service, three to production (one failed) and one to staging, in March 2024.
const char *const deploymentsCsv = "service,environment,version,commit,started_at,finished_at,status,id,tier\n"
                                   "checkout,staging,1.4.2,9fceb02,2024-03-05T08:00:00Z,2024-03-05T08:04:59Z,"
                                   "success,dep-100,staging\n"
                                   "checkout,production,1.4.2,9fceb02,2024-03-05T10:15:00Z,2024-03-05T10:21:30Z,"
                                   "success,dep-101,production\n"
                                   "checkout,production,1.4.3,a1b2c3d,2024-03-12T09:00:00Z,2024-03-12T09:10:00Z,"
                                   "failure,dep-102,production\n"
                                   "checkout,production,1.4.4,b2c3d4e,2024-03-13T09:00:00Z,2024-03-13T09:08:00Z,"
                                   "success,dep-103,production\n";

} // namespace

class TestWorkspaceCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_csv;

    ProgramRun flowdeck(const QStringList &arguments, const QString &password) const
    {
        QProcessEnvironment environment = m_environment;
        environment.insert(u"PGPASSWORD"_s, password);
        return runProgram(QStringLiteral(FLOWDECK_BINARY), arguments, environment, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(m_dir.filePath(u"home"_s));
        QVERIFY(!m_environment.isEmpty());
        m_csv = m_dir.filePath(u"deployments.csv"_s);
        QFile csv(m_csv);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(deploymentsCsv);
    }

    // Created through the command line in an empty database, imported into twice, and measured: the same figures
    // as from a workspace file with the same data.
    void importsAndMeasuresOnAServer()
    {
        PostgreSqlTestDatabase database(u"cli_metrics"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        for (int round = 0; round < 2; ++round) {
            const ProgramRun imported =
                flowdeck({u"import"_s, u"csv"_s, u"deployments"_s, m_csv, u"-w"_s, database.address(), u"--json"_s},
                         database.password());
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
            QCOMPARE(QJsonDocument::fromJson(imported.out).object().value(u"deployments"_s).toInt(), 4);
        }
        QCOMPARE(database.scalar(u"SELECT schema_version FROM flowdeck_workspace"_s).toInt() > 0, true);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM deployments"_s).toInt(), 4);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM deployments WHERE status = 'failed'"_s).toInt(), 1);
        QCOMPARE(database.scalar(u"SELECT count(*) FROM environments"_s).toInt(), 2);

        const QString file = m_dir.filePath(u"same.flowdeck"_s);
        const ProgramRun local =
            flowdeck({u"import"_s, u"csv"_s, u"deployments"_s, m_csv, u"-w"_s, file}, database.password());
        QVERIFY2(local.exitCode == 0, qPrintable(local.err));

        const QStringList period{u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-04-01"_s, u"--json"_s};
        const ProgramRun onServer =
            flowdeck(QStringList{u"metrics"_s, u"-w"_s, database.address()} + period, database.password());
        QVERIFY2(onServer.exitCode == 0, qPrintable(onServer.err));
        const ProgramRun onFile = flowdeck(QStringList{u"metrics"_s, u"-w"_s, file} + period, database.password());
        QVERIFY2(onFile.exitCode == 0, qPrintable(onFile.err));
        const QJsonObject server = QJsonDocument::fromJson(onServer.out).object();
        QVERIFY(!server.isEmpty());
        QCOMPARE(server, QJsonDocument::fromJson(onFile.out).object());
        QCOMPARE(server.value(u"from"_s).toString(), u"2024-03-01"_s);
        // Deployment frequency counts the successful production deployments: three to production, one failed.
        QCOMPARE(server.value(u"deployment_frequency"_s).toObject().value(u"deployments"_s).toInt(), 2);
    }

    void valueStreamAndReportOnAServer()
    {
        // The demo, written with the same seed on the same day, holds the same records in a file and on the server:
        // the value stream and the report read the same from both.
        PostgreSqlTestDatabase database(u"cli_valuestream"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        const QString file = m_dir.filePath(u"demo-twin.flowdeck"_s);
        for (const QString &workspace : {database.address(), file}) {
            const ProgramRun written = flowdeck({u"demo"_s, u"-w"_s, workspace}, database.password());
            QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        }
        const QStringList period{u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-01"_s};
        const ProgramRun serverMap = flowdeck(
            QStringList{u"valuestream"_s, u"-w"_s, database.address(), u"--json"_s} + period, database.password());
        const ProgramRun fileMap =
            flowdeck(QStringList{u"valuestream"_s, u"-w"_s, file, u"--json"_s} + period, database.password());
        QVERIFY2(serverMap.exitCode == 0, qPrintable(serverMap.err));
        QVERIFY2(fileMap.exitCode == 0, qPrintable(fileMap.err));
        QVERIFY(fileMap.out.contains("\"bottleneck\""));
        QCOMPARE(serverMap.out, fileMap.out);

        QJsonObject reports[2];
        const QStringList workspaces{database.address(), file};
        for (int i = 0; i < 2; ++i) {
            const QString out = m_dir.filePath(u"report-%1.json"_s.arg(i));
            const ProgramRun report = flowdeck(
                QStringList{u"report"_s, u"-w"_s, workspaces.at(i), u"--format"_s, u"json"_s, u"-o"_s, out} + period,
                database.password());
            QVERIFY2(report.exitCode == 0, qPrintable(report.err));
            QFile json(out);
            QVERIFY(json.open(QIODevice::ReadOnly));
            reports[i] = QJsonDocument::fromJson(json.readAll()).object();
        }
        for (const QString &key : {u"keys"_s, u"summary"_s, u"valuestream"_s, u"opportunities"_s, u"releases"_s}) {
            QVERIFY2(reports[1].contains(key), qPrintable(key));
            QCOMPARE(reports[0].value(key), reports[1].value(key));
        }
    }

    void explainsConnectionProblems()
    {
        PostgreSqlTestDatabase database(u"cli_errors"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        const store::ServerAddress address = *store::Workspace::parseServerAddress(database.address());
        const QString where = u"%1:%2/%3"_s.arg(address.host).arg(address.port).arg(address.database);

        const ProgramRun wrong = flowdeck({u"metrics"_s, u"-w"_s, database.address()}, u"not the password"_s);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(u"refused the password"_s), qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(where));

        const ProgramRun empty = flowdeck({u"metrics"_s, u"-w"_s, database.address()}, database.password());
        QCOMPARE(empty.exitCode, 1);
        QVERIFY2(empty.err.contains(u"the database is empty"_s), qPrintable(empty.err));

        QString withPassword = database.address();
        withPassword.replace(u"flowdeck@"_s, u"flowdeck:"_s + database.password() + u'@');
        const ProgramRun secret = flowdeck({u"metrics"_s, u"-w"_s, withPassword}, database.password());
        QCOMPARE(secret.exitCode, 1);
        QVERIFY2(secret.err.contains(u"contains a password"_s), qPrintable(secret.err));
        QVERIFY(!secret.err.contains(database.password()));
        QVERIFY(!secret.out.contains(database.password().toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceCommandLine)
#include "tst_workspacecommandline.moc"
