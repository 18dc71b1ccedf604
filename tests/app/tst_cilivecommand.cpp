// SPDX-License-Identifier: GPL-3.0-or-later
// `flowdeck import github|gitlab|jenkins` run as a program against the loopback server, which serves the real
// payloads of ../shared/fixtures/ci: the counts it prints, the token it sends (from the environment), that a second
// run adds nothing, and how it fails. The GitHub import runs into a workspace file and again into a postgresql://
// workspace on the test server.
#include "engineworkspaces.h"
#include "githubfixtures.h"
#include "programrun.h"
#include "scratchfile.h"
#include "scriptedhttpserver.h"

#include "store/query.h"
#include "store/workspace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

/// Opens the workspace file, or the workspace on the test server with the server's password.
Result<std::shared_ptr<store::Workspace>> openWorkspace(const QString &location)
{
    store::OpenOptions options;
    if (location.startsWith(u"postgresql://"_s))
        options.password = qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL_PASSWORD");
    return store::Workspace::open(location, options);
}

qint64 rows(const QString &location, const QString &table)
{
    auto workspace = openWorkspace(location);
    if (!workspace)
        return -1;
    auto query = store::runQuery((*workspace)->connection(), table, u"SELECT count(*) FROM "_s + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

/// Every value of every row of `table`, as text.
QString tableText(const QString &location, const QString &table)
{
    auto workspace = openWorkspace(location);
    if (!workspace)
        return {};
    auto query = store::runQuery((*workspace)->connection(), table, u"SELECT * FROM "_s + table);
    QStringList values;
    while (query && query->next()) {
        for (int i = 0; i < query->record().count(); ++i)
            values.append(query->value(i).toString());
    }
    return values.join(u'\n');
}

} // namespace

class TestCiLiveCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    EngineWorkspaces m_server{u"postgresql"_s};

    ProgramRun run(const QStringList &arguments, const QProcessEnvironment &environment) const
    {
        return runProgram(QStringLiteral(FLOWDECK_BINARY), QStringList{u"import"_s} + arguments, environment,
                          m_dir.path());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(m_dir.path());
        QVERIFY(!m_environment.isEmpty());
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        m_environment.remove(u"DISPLAY"_s);
        // libpq's own way to a password: the flowdeck runs sign in to the test server with it.
        m_environment.insert(u"PGPASSWORD"_s, qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL_PASSWORD"));
        FLOWDECK_REQUIRE_ENGINE(m_server);
    }

    void githubWithATokenFromTheEnvironment_data()
    {
        QTest::addColumn<QString>("engine");
        for (const QString &engine : testEngines)
            QTest::newRow(qPrintable(engine)) << engine;
    }

    void githubWithATokenFromTheEnvironment()
    {
        QFETCH(QString, engine);
        ScriptedHttpServer server;
        scriptGithubFixtures(server);
        QProcessEnvironment environment = m_environment;
        environment.insert(u"FLOWDECK_GITHUB_TOKEN"_s, u"ghp_fromenv"_s);
        QString workspace = m_dir.filePath(u"github.flowdeck"_s);
        if (engine == u"postgresql"_s) {
            auto location = m_server.newLocation(u"live_github"_s);
            QVERIFY2(location, qPrintable(location.errorMessage()));
            workspace = *location;
        }

        const ProgramRun first = run(
            {u"github"_s, u"octo/hello"_s, u"--api"_s, server.origin(), u"-w"_s, workspace, u"--json"_s}, environment);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject counts = QJsonDocument::fromJson(first.out).object();
        // The fixtures: one run (its job belongs to another run: a warning), one deployment (its statuses speak of
        // deployment 42: a warning), one pull request, six incident issues in issue-items.json.
        QCOMPARE(counts.value(u"runs"_s).toInt(), 1);
        QCOMPARE(counts.value(u"jobs"_s).toInt(), 0);
        QCOMPARE(counts.value(u"deployments"_s).toInt(), 1);
        QCOMPARE(counts.value(u"pull_requests"_s).toInt(), 1);
        QCOMPARE(counts.value(u"incidents"_s).toInt(), 6);
        QVERIFY(counts.value(u"warnings"_s).toInt() >= 2);
        QVERIFY2(first.err.contains(u"29679449"_s), qPrintable(first.err));
        for (const ReceivedRequest &request : server.requests())
            QCOMPARE(request.header("Authorization"), QByteArray("Bearer ghp_fromenv"));
        if (engine == u"sqlite"_s)
            QVERIFY(!readFileOrStop(workspace).contains("ghp_fromenv"));
        for (const QString &table : {u"ci_sources"_s, u"settings"_s, u"audit_log"_s}) {
            const QString stored = tableText(workspace, table);
            QVERIFY2(!stored.contains(u"ghp_fromenv"_s), qPrintable(table + u": "_s + stored));
        }
        QVERIFY(tableText(workspace, u"ci_sources"_s).contains(u"octo/hello"_s));
        QCOMPARE(rows(workspace, u"ci_sources"_s), 1);

        // Again: the connection is the same, nothing is stored twice.
        const ProgramRun second =
            run({u"github"_s, u"octo/hello"_s, u"--api"_s, server.origin(), u"-w"_s, workspace}, environment);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.text().contains(u"Synced octo/hello"_s), qPrintable(second.text()));
        QCOMPARE(rows(workspace, u"ci_sources"_s), 1);
        QCOMPARE(rows(workspace, u"pipeline_runs"_s), 1);
        QCOMPARE(rows(workspace, u"deployments"_s), 1);
        QCOMPARE(rows(workspace, u"incidents"_s), 6);
    }

    void failuresAreExplained()
    {
        ScriptedHttpServer server;
        server.script(u"/api/v4/projects/group%2Fapp/environments"_s,
                      ScriptedResponse::withStatus(404, "{\"message\":\"404 Project Not Found\"}"));
        const QString workspace = m_dir.filePath(u"gitlab.flowdeck"_s);
        const ProgramRun missing =
            run({u"gitlab"_s, u"group/app"_s, u"--api"_s, server.origin(), u"-w"_s, workspace}, m_environment);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"404"_s) && missing.err.contains(u"/environments"_s), qPrintable(missing.err));

        const ProgramRun since =
            run({u"gitlab"_s, u"group/app"_s, u"--since"_s, u"last week"_s, u"-w"_s, workspace}, m_environment);
        QCOMPARE(since.exitCode, 2);
        QVERIFY2(since.err.contains(u"last week"_s), qPrintable(since.err));

        const ProgramRun project = run({u"github"_s, u"just-a-name"_s, u"-w"_s, workspace}, m_environment);
        QCOMPARE(project.exitCode, 2);
        QVERIFY2(project.err.contains(u"OWNER/REPO"_s), qPrintable(project.err));

        const ProgramRun jenkins =
            run({u"jenkins"_s, u"ftp://ci.example/job/app"_s, u"-w"_s, workspace}, m_environment);
        QCOMPARE(jenkins.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCiLiveCommand)
#include "tst_cilivecommand.moc"
