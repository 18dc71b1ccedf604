// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck import files ...` and `flowdeck import csv ...` as a separate process, on copies of the shared CI
// fixtures and on the CSV samples of tests/core/data/ci/csv, and checks what it prints and stores. The expected
// numbers are counted from the fixture files, as the comments say. The imports of saved files and of CSV files run
// into a workspace file and again into a postgresql:// workspace on the test server.
#include "engineworkspaces.h"
#include "programrun.h"
#include "store/query.h"
#include "store/workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using flowdeck::testing::countRows;
using flowdeck::testing::EngineWorkspaces;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

QString csvSample(const QString &name)
{
    return QStringLiteral(FLOWDECK_CSV_SAMPLES) + u'/' + name;
}

/// Copies every fixture of `provider` into `folder`, names unchanged.
bool copyFixtures(const QString &provider, const QString &folder)
{
    QDir().mkpath(folder);
    const QDir source(QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/"_s + provider);
    const QStringList names = source.entryList(QDir::Files);
    for (const QString &name : names) {
        if (!QFile::copy(source.filePath(name), folder + u'/' + name))
            return false;
    }
    return !names.isEmpty();
}

QJsonObject parseObject(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning() << "not a JSON object:" << error.errorString() << bytes.left(500);
    return document.object();
}

/// The lines of standard error that start with "Warning: ".
QStringList warningLines(const Run &run)
{
    QStringList lines;
    for (const QString &line : run.err.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"Warning: "_s))
            lines.append(line);
    }
    return lines;
}

bool onServer(const QString &workspace)
{
    return workspace.startsWith(u"postgresql://"_s);
}

/// Opens the workspace file, or the workspace on the test server with the server's password.
Result<std::shared_ptr<store::Workspace>> openWorkspace(const QString &workspace)
{
    store::OpenOptions options;
    if (onServer(workspace))
        options.password = qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL_PASSWORD");
    return store::Workspace::open(workspace, options);
}

/// The first column of what `sql` selects in the workspace, as strings.
QStringList column(const QString &workspace, const QString &sql)
{
    QStringList values;
    auto opened = openWorkspace(workspace);
    if (!opened) {
        qWarning() << opened.errorMessage();
        return values;
    }
    auto query = store::runQuery((*opened)->connection(), u"test"_s, sql);
    while (query && query->next())
        values.append(query->value(0).toString());
    return values;
}

/// How many rows `table` holds: read straight from a workspace file, or through a session on the server; -1 when it
/// cannot be read.
qint64 rowCount(const QString &workspace, const QString &table)
{
    if (!onServer(workspace))
        return countRows(workspace, table);
    const QStringList counted = column(workspace, u"SELECT count(*) FROM "_s + table);
    return counted.size() == 1 ? counted.constFirst().toLongLong() : -1;
}

QList<qint64> rowCounts(const QString &workspace)
{
    QList<qint64> counts;
    for (const auto table : {"services", "environments", "pipeline_runs", "jobs", "job_steps", "deployments",
                             "deployment_statuses", "pull_requests", "incidents", "ci_releases"})
        counts.append(rowCount(workspace, QString::fromLatin1(table)));
    return counts;
}

} // namespace

class TestCiImportCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void help();
    void importFiles_data();
    void importFiles();
    void filesWithServiceAndProject();
    void badSavedFile();
    void missingFolder();
    void csvDeploymentsAndIncidents_data();
    void csvDeploymentsAndIncidents();
    void csvFromASpreadsheet();
    void badCsvStoresNothing();
    void usageErrors_data();
    void usageErrors();

private:
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    /// A place for a new workspace called `name` on `engine`: a file that does not exist yet, or an empty database
    /// on the test server (empty, with the test failed, when that cannot be made).
    QString newWorkspace(const QString &engine, const QString &name);

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    EngineWorkspaces m_server{u"postgresql"_s};
};

void TestCiImportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    // Headless: no display at all is needed.
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);
    // libpq's own way to a password: the flowdeck runs sign in to the test server with it.
    m_environment.insert(u"PGPASSWORD"_s, qEnvironmentVariable("FLOWDECK_TEST_POSTGRESQL_PASSWORD"));
    FLOWDECK_REQUIRE_ENGINE(m_server);
}

QString TestCiImportCommand::newWorkspace(const QString &engine, const QString &name)
{
    if (engine == u"sqlite"_s)
        return path(name + u".flowdeck"_s);
    auto location = m_server.newLocation(name);
    if (!location) {
        QTest::qFail(qPrintable(location.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *location;
}

Run TestCiImportCommand::run(const QStringList &arguments) const
{
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), QStringList{u"import"_s} + arguments,
                                         m_environment, m_dir.path());
}

void TestCiImportCommand::help()
{
    const Run files = run({u"files"_s, u"--help"_s});
    QCOMPARE(files.exitCode, 0);
    for (const QString &option : {u"--workspace"_s, u"--provider"_s, u"--service"_s, u"--project"_s, u"--json"_s})
        QVERIFY2(files.text().contains(option), qPrintable(option));
    const Run csv = run({u"csv"_s, u"--help"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.text().contains(u"deployments|incidents"_s));
    QVERIFY(csv.text().contains(u"--json"_s));
    QVERIFY(!csv.text().contains(u"--provider"_s));
    // `flowdeck import --help` points to them.
    const Run import = run({u"--help"_s});
    QCOMPARE(import.exitCode, 0);
    QVERIFY(import.text().contains(u"flowdeck import files --help"_s));
    QVERIFY(import.text().contains(u"flowdeck import csv --help"_s));
}

void TestCiImportCommand::importFiles_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("runs");
    QTest::addColumn<int>("jobs");
    QTest::addColumn<int>("deployments");
    QTest::addColumn<int>("pullRequests");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("runIds");

    for (const QString &engine : flowdeck::testing::testEngines) {
        // One workflow run; the job belongs to run 29679449, which no file holds; deployment 1 is in two files
        // (deployment-items.json and deployment.json); one pull request. status.json (a commit status), tag-items.json,
        // workflow-paginated.json (workflows) and workflow-run-usage.json are no pages of records.
        QTest::addRow("github on %s", qPrintable(engine))
            << engine << u"github"_s << 1 << 0 << 2 << 1 << 7 << 4 << QStringList{u"30433642"_s};
        // Pipelines 47 and 48 from the list, 287 on its own; all jobs and the bridge belong to pipeline 6, which no
        // file holds; deployments 41 and 42 from the list, 42 on its own, 100 as the environment's last one.
        QTest::addRow("gitlab on %s", qPrintable(engine))
            << engine << u"gitlab"_s << 3 << 0 << 4 << 0 << 9 << 0 << QStringList{u"287"_s, u"47"_s, u"48"_s};
        // wfapi runs 2 + 1 + 3, run 16 described again, build fish #10 (the job info lists builds by number only);
        // stages 6 + 2 + 6 + 3, and stage 5 of run 16 from its node page (the failed node is of run 17: not held).
        QTest::addRow("jenkins on %s", qPrintable(engine)) << engine << u"jenkins"_s << 8 << 18 << 0 << 0 << 9 << 0
                                                           << QStringList{u"/jenkins/job/Test%20Workflow/15/"_s,
                                                                          u"/jenkins/job/Test%20Workflow/16/"_s,
                                                                          u"/job/cd/1/"_s,
                                                                          u"/job/cd/2/"_s,
                                                                          u"/job/cd/3/"_s,
                                                                          u"http://localhost:32769/job/fish/10/"_s};
    }
}

void TestCiImportCommand::importFiles()
{
    QFETCH(QString, engine);
    QFETCH(QString, provider);
    QFETCH(int, runs);
    QFETCH(int, jobs);
    QFETCH(int, deployments);
    QFETCH(int, pullRequests);
    QFETCH(int, files);
    QFETCH(int, skipped);
    QFETCH(QStringList, runIds);

    const QString folder = path(u"saved-"_s + provider);
    QVERIFY(QFileInfo::exists(folder) || copyFixtures(provider, folder));
    const QString workspace = newWorkspace(engine, u"files-"_s + provider);
    QVERIFY(!workspace.isEmpty());
    const QStringList arguments = {u"files"_s, folder, u"-w"_s, workspace, u"--provider"_s, provider, u"--json"_s};
    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject json = parseObject(result.out);
    // QJsonObject's keys are sorted.
    QCOMPARE(json.keys(), QStringList({u"deployments"_s, u"files"_s, u"incidents"_s, u"jobs"_s, u"pull_requests"_s,
                                       u"runs"_s, u"skipped"_s, u"warnings"_s}));
    QCOMPARE(json.value(u"runs"_s).toInt(), runs);
    QCOMPARE(json.value(u"jobs"_s).toInt(), jobs);
    QCOMPARE(json.value(u"deployments"_s).toInt(), deployments);
    QCOMPARE(json.value(u"pull_requests"_s).toInt(), pullRequests);
    QCOMPARE(json.value(u"incidents"_s).toInt(), 0);
    QCOMPARE(json.value(u"files"_s).toInt(), files);
    QCOMPARE(json.value(u"skipped"_s).toInt(), skipped);
    // Each skipped file and each warning is one line of standard error.
    const QStringList warnings = warningLines(result);
    QCOMPARE(warnings.size(), skipped + json.value(u"warnings"_s).toInt());
    QCOMPARE(std::count_if(warnings.begin(), warnings.end(),
                           [](const QString &line) { return line.contains(u" skipped: "_s); }),
             skipped);
    QCOMPARE(column(workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s), runIds);
    // The service is the folder's name.
    QCOMPARE(column(workspace, u"SELECT name FROM services"_s), QStringList{u"saved-"_s + provider});

    // Again: the same counts, and not a row more.
    const QList<qint64> before = rowCounts(workspace);
    const Run again = run(arguments);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(parseObject(again.out), json);
    QCOMPARE(rowCounts(workspace), before);

    // Without --json: a summary for people.
    const Run text = run({u"files"_s, folder, u"-w"_s, workspace, u"--provider"_s, provider});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(u"Imported %1 files of %2"_s.arg(files).arg(folder)), qPrintable(text.text()));
}

void TestCiImportCommand::filesWithServiceAndProject()
{
    const QString folder = path(u"wfapi"_s);
    QDir().mkpath(folder);
    QVERIFY(QFile::copy(QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/jenkins/wfapi-readme-runs.json"_s,
                        folder + u"/runs.json"_s));
    const QString workspace = path(u"wfapi.flowdeck"_s);
    const Run result = run({u"files"_s, folder, u"-w"_s, workspace, u"--provider"_s, u"jenkins"_s, u"--service"_s,
                            u"checkout"_s, u"--project"_s, u"https://ci.example.com/jenkins/job/Test%20Workflow/"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(column(workspace, u"SELECT name FROM services"_s), QStringList{u"checkout"_s});
    // The runs' links name their builds on the job's server.
    QCOMPARE(column(workspace, u"SELECT external_id FROM pipeline_runs ORDER BY external_id"_s),
             QStringList({u"https://ci.example.com/jenkins/job/Test%20Workflow/15/"_s,
                          u"https://ci.example.com/jenkins/job/Test%20Workflow/16/"_s}));
}

void TestCiImportCommand::badSavedFile()
{
    const QString folder = path(u"cut"_s);
    QVERIFY(copyFixtures(u"gitlab"_s, folder));
    // A download cut short.
    QFile file(folder + u"/jobs-list-project.json"_s);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(200));
    file.close();
    const QString workspace = path(u"cut.flowdeck"_s);
    const Run result = run({u"files"_s, folder, u"-w"_s, workspace, u"--provider"_s, u"gitlab"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(result.err.contains(folder + u"/jobs-list-project.json: not JSON (at byte "_s), qPrintable(result.err));
    // The other eight files are stored before it.
    QVERIFY2(result.err.contains(u"The 8 files stored before it stay stored"_s), qPrintable(result.err));
    QCOMPARE(countRows(workspace, u"pipeline_runs"_s), 3);
}

void TestCiImportCommand::missingFolder()
{
    const QString workspace = path(u"never.flowdeck"_s);
    const QString folder = path(u"no-such-folder"_s);
    const Run result = run({u"files"_s, folder, u"-w"_s, workspace, u"--provider"_s, u"github"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(folder), qPrintable(result.err));
    // The workspace this run made holds nothing: it is not left behind.
    QVERIFY(!QFileInfo::exists(workspace));
}

void TestCiImportCommand::csvDeploymentsAndIncidents_data()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : flowdeck::testing::testEngines)
        QTest::newRow(qPrintable(engine)) << engine;
}

void TestCiImportCommand::csvDeploymentsAndIncidents()
{
    QFETCH(QString, engine);
    const QString workspace = newWorkspace(engine, u"csv"_s);
    QVERIFY(!workspace.isEmpty());
    // deployments.csv: checkout to production (dep-101) and staging, payments EU (dep-102), search, billing; an
    // empty line and a row of empty cells are skipped. Warnings: the column "notes", and billing's "ok" without a
    // finish.
    const Run deployments =
        run({u"csv"_s, u"deployments"_s, csvSample(u"deployments.csv"_s), u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(deployments.exitCode == 0, qPrintable(deployments.err));
    QCOMPARE(parseObject(deployments.out), (QJsonObject{{u"deployments"_s, 5}, {u"warnings"_s, 2}}));
    QCOMPARE(warningLines(deployments).size(), 2);
    QVERIFY(deployments.err.contains(u"notes"_s));
    QCOMPARE(column(workspace, u"SELECT name FROM services ORDER BY name"_s),
             QStringList({u"billing"_s, u"checkout"_s, u"payments, EU"_s, u"search"_s}));
    QCOMPARE(column(workspace, u"SELECT name || ' ' || tier FROM environments ORDER BY name"_s),
             QStringList({u"production production"_s, u"staging staging"_s}));
    QCOMPARE(column(workspace, u"SELECT DISTINCT source FROM deployments"_s), QStringList{u"csv"_s});
    QCOMPARE(column(workspace, u"SELECT external_id FROM deployments WHERE external_id LIKE 'dep-%' "
                               u"ORDER BY external_id"_s),
             QStringList({u"dep-101"_s, u"dep-102"_s}));

    // incidents.tsv (tab-separated): inc-7 caused by dep-101, payments EU by commit 9fceb02d, and search.
    const Run incidents =
        run({u"csv"_s, u"incidents"_s, csvSample(u"incidents.tsv"_s), u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(incidents.exitCode == 0, qPrintable(incidents.err));
    QCOMPARE(parseObject(incidents.out), (QJsonObject{{u"incidents"_s, 3}, {u"warnings"_s, 0}}));
    QCOMPARE(rowCount(workspace, u"incidents"_s), 3);
    QCOMPARE(column(workspace, u"SELECT d.external_id FROM incidents i JOIN deployments d ON d.id = i.deployment_id "
                               u"WHERE i.external_id = 'inc-7'"_s),
             QStringList{u"dep-101"_s});

    // Importing the files again changes nothing.
    const QList<qint64> before = rowCounts(workspace);
    QCOMPARE(run({u"csv"_s, u"deployments"_s, csvSample(u"deployments.csv"_s), u"-w"_s, workspace}).exitCode, 0);
    const Run text = run({u"csv"_s, u"incidents"_s, csvSample(u"incidents.tsv"_s), u"-w"_s, workspace});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.text().contains(u"Imported 3 incidents from "_s), qPrintable(text.text()));
    QCOMPARE(rowCounts(workspace), before);
}

void TestCiImportCommand::csvFromASpreadsheet()
{
    // Semicolons, a byte order mark, CRLF and headers in any case: two deployments of checkout to production.
    const QString workspace = path(u"excel.flowdeck"_s);
    const Run result =
        run({u"csv"_s, u"deployments"_s, csvSample(u"deployments-excel.csv"_s), u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(parseObject(result.out), (QJsonObject{{u"deployments"_s, 2}, {u"warnings"_s, 0}}));
    QCOMPARE(column(workspace, u"SELECT version FROM deployments ORDER BY started_at"_s),
             QStringList({u"1.4.2"_s, u"1;4;3"_s}));
}

void TestCiImportCommand::badCsvStoresNothing()
{
    // Line 5 starts "yesterday"; line 6 finishes before it starts and has the status "rolled back".
    const QString bad = csvSample(u"deployments-bad.csv"_s);
    const QString fresh = path(u"bad.flowdeck"_s);
    const Run refused = run({u"csv"_s, u"deployments"_s, bad, u"-w"_s, fresh, u"--json"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.out.isEmpty());
    for (const QString &place :
         {u"line 5, column started_at"_s, u"line 6, column finished_at"_s, u"line 6, column status"_s})
        QVERIFY2(refused.err.contains(bad + u", "_s + place), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(fresh));

    // Into a workspace that holds deployments: not one more.
    const QString workspace = path(u"kept.flowdeck"_s);
    QCOMPARE(run({u"csv"_s, u"deployments"_s, csvSample(u"deployments.csv"_s), u"-w"_s, workspace}).exitCode, 0);
    const QList<qint64> before = rowCounts(workspace);
    QCOMPARE(run({u"csv"_s, u"deployments"_s, bad, u"-w"_s, workspace}).exitCode, 1);
    QCOMPARE(rowCounts(workspace), before);
}

void TestCiImportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString folder = QStringLiteral(FLOWDECK_SHARED_FIXTURES) + u"/ci/github"_s;
    const QString w = u"u.flowdeck"_s;
    QTest::newRow("no provider") << QStringList{u"files"_s, folder, u"-w"_s, w} << u"--provider"_s;
    QTest::newRow("unknown provider") << QStringList{u"files"_s, folder, u"-w"_s, w, u"--provider"_s, u"travis"_s}
                                      << u"travis"_s;
    QTest::newRow("no folder") << QStringList{u"files"_s, u"-w"_s, w, u"--provider"_s, u"github"_s}
                               << u"name the folder"_s;
    QTest::newRow("two folders") << QStringList{u"files"_s, folder, folder, u"-w"_s, w, u"--provider"_s, u"github"_s}
                                 << u"unexpected argument"_s;
    QTest::newRow("files without workspace")
        << QStringList{u"files"_s, folder, u"--provider"_s, u"github"_s} << u"-w FILE"_s;
    QTest::newRow("unknown option") << QStringList{u"files"_s,      folder,      u"-w"_s,      w,
                                                   u"--provider"_s, u"github"_s, u"--since"_s, u"2024-01-01"_s}
                                    << u"since"_s;
    QTest::newRow("unknown table") << QStringList{u"csv"_s, u"releases"_s, u"x.csv"_s, u"-w"_s, w} << u"releases"_s;
    QTest::newRow("no csv file") << QStringList{u"csv"_s, u"deployments"_s, u"-w"_s, w} << u"the file"_s;
    QTest::newRow("csv without workspace") << QStringList{u"csv"_s, u"incidents"_s, u"x.csv"_s} << u"-w FILE"_s;
    // Options may come before the source.
    QTest::newRow("options first") << QStringList{u"-w"_s, w, u"--provider"_s, u"gitlab"_s, u"files"_s}
                                   << u"name the folder"_s;
}

void TestCiImportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFileInfo::exists(path(u"u.flowdeck"_s)));
}

QTEST_GUILESS_MAIN(TestCiImportCommand)
#include "tst_ciimportcommand.moc"
