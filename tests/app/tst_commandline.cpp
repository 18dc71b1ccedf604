// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built flowdeck binary the way users and scripts do, and checks what it prints and writes.
#include "gitcli.h"
#include "githttpserver.h"
#include "postgresqltesting.h"
#include "programrun.h"
#include "scratchfile.h"
#include "store/migrations.h"
#include "store/workspace.h"
#include "workspacefile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace flowdeck;
using flowdeck::testing::countRows;
using flowdeck::testing::writeFile;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

// How many different colours the image holds, sampled on a grid: a blank render has one or two.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void version();
    void help();
    void headlessNeedsNoDisplay_data();
    void headlessNeedsNoDisplay();
    void demoWritesWorkspace();
    void demoRefusesExistingFile();
    void demoUsageErrors();
    void importGitRepository();
    void importGitIntoTeamWorkspace();
    void importNotARepository();
    void importUsageErrors_data();
    void importUsageErrors();
    void credentialsSignInToServer();
    void credentialsUsageErrors_data();
    void credentialsUsageErrors();
    void credentialsWithoutKeychain();
    void screenshotOfPage();
    void screenshotDefaultSize();
    void screenshotOfDemo();
    void screenshotOfWelcomePage();
    void screenshotOfTeamWorkspace();
    void unknownPage();
    void refusedWorkspace();
    void badArguments_data();
    void badArguments();

private:
    Run run(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input = {}) const;
    Run run(const QStringList &arguments) const { return run(arguments, m_environment); }
    QString demoWorkspace();

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_demo;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    // The runs keep their settings and caches in the temporary folder, never in the user's.
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
}

Run TestCommandLine::run(const QStringList &arguments, const QProcessEnvironment &environment,
                         const QByteArray &input) const
{
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), arguments, environment, m_dir.path(), input);
}

QString TestCommandLine::demoWorkspace()
{
    if (m_demo.isEmpty()) {
        const QString path = m_dir.filePath(u"shared-demo.flowdeck"_s);
        const Run result = run({u"demo"_s, u"-w"_s, path});
        if (result.exitCode == 0)
            m_demo = path;
        else
            qWarning() << result.err;
    }
    return m_demo;
}

void TestCommandLine::version()
{
    const Run result = run({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.text().startsWith(u"Flowdeck "_s + QStringLiteral(FLOWDECK_EXPECTED_VERSION) + u'\n'),
             qPrintable(result.text()));
    QVERIFY(result.text().contains(u"Qt "_s + QString::fromLatin1(qVersion())));
    QVERIFY(result.text().contains(u"libgit2 "_s));
    QVERIFY(result.err.isEmpty());
}

void TestCommandLine::help()
{
    const Run result = run({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    for (const QString &option : {u"--demo"_s, u"--page"_s, u"--screenshot"_s, u"--size"_s, u"--version"_s})
        QVERIFY2(result.text().contains(option), qPrintable(option));
    QVERIFY(result.text().contains(u"overview"_s));

    // The commands section lists exactly the commands that exist.
    const qsizetype start = result.text().indexOf(u"Commands:"_s);
    QVERIFY(start >= 0);
    QStringList commands;
    const QStringList lines = result.text().mid(start).split(u'\n');
    static const QRegularExpression commandLine(u"^  (\\S+)\\s+\\S"_s);
    for (const QString &line : lines) {
        const auto match = commandLine.match(line);
        if (match.hasMatch())
            commands.append(match.captured(1));
    }
    QCOMPARE(commands, (QStringList{u"demo"_s, u"import"_s, u"credentials"_s, u"pipeline"_s, u"metrics"_s,
                                    u"valuestream"_s, u"release"_s, u"report"_s, u"workspace"_s}));

    const Run demoHelp = run({u"demo"_s, u"--help"_s});
    QCOMPARE(demoHelp.exitCode, 0);
    for (const QString &option : {u"--workspace"_s, u"--seed"_s, u"--json"_s})
        QVERIFY2(demoHelp.text().contains(option), qPrintable(option));

    const Run importHelp = run({u"import"_s, u"git"_s, u"--help"_s});
    QCOMPARE(importHelp.exitCode, 0);
    for (const QString &option : {u"--workspace"_s, u"--refs"_s, u"--no-stats"_s, u"--json"_s})
        QVERIFY2(importHelp.text().contains(option), qPrintable(option));
}

void TestCommandLine::headlessNeedsNoDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("version") << QStringList{u"--version"_s} << 0;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0;
    QTest::newRow("demo") << QStringList{u"demo"_s, u"-w"_s, u"headless.flowdeck"_s} << 0;
    QTest::newRow("usage error") << QStringList{u"--page"_s, u"nowhere"_s, u"--screenshot"_s, u"x.png"_s} << 2;
}

void TestCommandLine::headlessNeedsNoDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    // A platform plugin that does not exist: creating a QGuiApplication would abort the process.
    QProcessEnvironment environment = m_environment;
    environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    QFile::remove(m_dir.filePath(u"headless.flowdeck"_s));
    const Run result = run(arguments, environment);
    QVERIFY2(result.exitCode == exitCode, qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"no-such-platform"_s), qPrintable(result.err));
}

void TestCommandLine::demoWritesWorkspace()
{
    const QString path = m_dir.filePath(u"demo-json.flowdeck"_s);
    const Run result = run({u"demo"_s, u"-w"_s, path, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    auto workspace = store::Workspace::open(path);
    QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
    QCOMPARE((*workspace)->schemaVersion(), store::currentSchemaVersion());

    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.text().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"workspace"_s).toString(), QFileInfo(path).absoluteFilePath());
    const QList<std::pair<QString, QString>> keys = {
        {u"services"_s, u"services"_s},   {u"environments"_s, u"environments"_s},
        {u"commits"_s, u"commits"_s},     {u"pipeline_runs"_s, u"pipeline_runs"_s},
        {u"jobs"_s, u"jobs"_s},           {u"deployments"_s, u"deployments"_s},
        {u"incidents"_s, u"incidents"_s},
    };
    for (const auto &[key, table] : keys) {
        QVERIFY2(json.contains(key), qPrintable(key));
        QCOMPARE(qint64(json.value(key).toInteger()), countRows(path, table));
    }
    // The sizes the demo promises.
    QCOMPARE(countRows(path, u"services"_s), 6);
    QVERIFY(countRows(path, u"commits"_s) >= 5000);
    QVERIFY(countRows(path, u"pipeline_runs"_s) >= 3000);
    QVERIFY(countRows(path, u"jobs"_s) >= 20000);
    QVERIFY(countRows(path, u"deployments"_s) >= 600);
    QVERIFY(countRows(path, u"incidents"_s) > 0);

    // The same seed writes the same history; another seed another one.
    const QString again = m_dir.filePath(u"demo-again.flowdeck"_s);
    const QString reseeded = m_dir.filePath(u"demo-reseeded.flowdeck"_s);
    QCOMPARE(run({u"demo"_s, u"-w"_s, again}).exitCode, 0);
    QCOMPARE(run({u"demo"_s, u"--workspace"_s, reseeded, u"--seed"_s, u"7"_s}).exitCode, 0);
    QCOMPARE(countRows(again, u"commits"_s), countRows(path, u"commits"_s));
    QCOMPARE(countRows(again, u"jobs"_s), countRows(path, u"jobs"_s));
    QVERIFY(countRows(reseeded, u"jobs"_s) != countRows(path, u"jobs"_s) ||
            countRows(reseeded, u"commits"_s) != countRows(path, u"commits"_s));

    // Without --json the counts are told in words.
    const QString plain = m_dir.filePath(u"demo-plain.flowdeck"_s);
    const Run words = run({u"demo"_s, u"-w"_s, plain});
    QCOMPARE(words.exitCode, 0);
    QVERIFY(words.text().contains(QFileInfo(plain).absoluteFilePath()));
    QVERIFY(words.text().contains(QString::number(countRows(plain, u"commits"_s)) + u" commits"_s));
}

void TestCommandLine::demoRefusesExistingFile()
{
    const QString path = m_dir.filePath(u"existing.flowdeck"_s);
    QVERIFY(writeFile(path, "keep me"));
    const Run result = run({u"demo"_s, u"-w"_s, path});
    QVERIFY(result.exitCode != 0);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY(result.text().isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestCommandLine::demoUsageErrors()
{
    const Run missing = run({u"demo"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"-w"_s));

    const Run badSeed = run({u"demo"_s, u"-w"_s, m_dir.filePath(u"seed.flowdeck"_s), u"--seed"_s, u"many"_s});
    QCOMPARE(badSeed.exitCode, 2);
    QVERIFY(badSeed.err.contains(u"many"_s));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"seed.flowdeck"_s)));

    const Run unknown = run({u"demo"_s, u"-w"_s, m_dir.filePath(u"opt.flowdeck"_s), u"--colour"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"colour"_s));
}

void TestCommandLine::importGitRepository()
{
    testing::GitCli git(m_dir.filePath(u"cli-repository"_s), m_dir.filePath(u"git-home"_s));
    git.init();
    for (int i = 1; i <= 4; ++i) {
        git.writeFile(u"file.txt"_s, QByteArray::number(i) + '\n');
        git.commit(u"Commit %1"_s.arg(i));
    }
    git.tag(u"v1.0"_s, git.oid(u"HEAD~2"_s), u"Version 1.0"_s);
    git.run({u"checkout"_s, u"-q"_s, u"-b"_s, u"topic"_s, u"HEAD~1"_s});
    git.writeFile(u"topic.txt"_s, "topic\n");
    git.tag(u"topic-1"_s, git.commit(u"Topic"_s));
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    QVERIFY(!QTest::currentTestFailed());
    // git's own counts.
    auto count = [&](const QStringList &arguments) {
        return qint64(git.lines(arguments).size());
    };
    const qint64 commits = count({u"rev-list"_s, u"--branches"_s, u"--tags"_s});
    const qint64 tags = count({u"tag"_s});
    const qint64 branches = count({u"branch"_s});
    QCOMPARE(commits, 5);

    // The workspace file does not exist yet: the command creates it.
    const QString workspace = m_dir.filePath(u"imported.flowdeck"_s);
    const Run first = run({u"import"_s, u"git"_s, git.directory(), u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(first.text().toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"repository"_s).toString(), u"cli-repository"_s);
    QCOMPARE(json.value(u"commits"_s).toInteger(), commits);
    QCOMPARE(json.value(u"new_commits"_s).toInteger(), commits);
    QCOMPARE(json.value(u"tags"_s).toInteger(), tags);
    QCOMPARE(json.value(u"branches"_s).toInteger(), branches);
    QVERIFY(json.value(u"seconds"_s).isDouble());
    QCOMPARE(countRows(workspace, u"commits"_s), commits);
    QCOMPARE(countRows(workspace, u"tags"_s), tags);

    // Again: nothing new.
    const Run second = run({u"import"_s, u"git"_s, git.directory(), u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QJsonObject again = QJsonDocument::fromJson(second.text().toUtf8()).object();
    QCOMPARE(again.value(u"commits"_s).toInteger(), commits);
    QCOMPARE(again.value(u"new_commits"_s).toInteger(), 0);
    QCOMPARE(countRows(workspace, u"commits"_s), commits);

    // One more commit, told in words.
    git.writeFile(u"file.txt"_s, "5\n");
    git.commit(u"Commit 5"_s);
    const Run words = run({u"import"_s, u"git"_s, git.directory(), u"-w"_s, workspace});
    QVERIFY2(words.exitCode == 0, qPrintable(words.err));
    QVERIFY2(words.text().contains(u"cli-repository"_s), qPrintable(words.text()));
    QVERIFY2(words.text().contains(QRegularExpression(u"\\b%1 commits\\n"_s.arg(commits + 1))),
             qPrintable(words.text()));
    QVERIFY2(words.text().contains(QRegularExpression(u"\\b1 new commits\\n"_s)), qPrintable(words.text()));

    // Only the refs asked for, without stats, into another workspace.
    const QString selected = m_dir.filePath(u"selected.flowdeck"_s);
    const Run refs = run({u"import"_s, u"git"_s, git.directory(), u"-w"_s, selected, u"--refs"_s, u"refs/heads/topic"_s,
                          u"--refs"_s, u"refs/tags/v*"_s, u"--no-stats"_s, u"--json"_s});
    QVERIFY2(refs.exitCode == 0, qPrintable(refs.err));
    const QJsonObject chosen = QJsonDocument::fromJson(refs.text().toUtf8()).object();
    QCOMPARE(chosen.value(u"commits"_s).toInteger(), count({u"rev-list"_s, u"topic"_s, u"v1.0"_s}));
    QCOMPARE(chosen.value(u"branches"_s).toInteger(), 1);
    QCOMPARE(chosen.value(u"tags"_s).toInteger(), 1);
    QCOMPARE(countRows(selected, u"commit_files"_s), 0);
}

// `flowdeck import git` into a postgresql:// workspace on the test server: the empty database gets the schema, the
// commits, tags and branches git counts are stored, and a second run stores nothing new.
void TestCommandLine::importGitIntoTeamWorkspace()
{
    flowdeck::testing::PostgreSqlTestDatabase database(u"import_git"_s);
    FLOWDECK_REQUIRE_POSTGRESQL(database);
    testing::GitCli git(m_dir.filePath(u"team-repository"_s), m_dir.filePath(u"git-home"_s));
    git.init();
    for (int i = 1; i <= 3; ++i) {
        git.writeFile(u"file.txt"_s, QByteArray::number(i) + '\n');
        git.commit(u"Commit %1"_s.arg(i));
    }
    git.tag(u"v1.0"_s, git.oid(u"HEAD~1"_s), u"Version 1.0"_s);
    git.run({u"checkout"_s, u"-q"_s, u"-b"_s, u"topic"_s, u"HEAD~1"_s});
    git.writeFile(u"topic.txt"_s, "topic\n");
    git.commit(u"Topic"_s);
    git.run({u"checkout"_s, u"-q"_s, u"main"_s});
    QVERIFY(!QTest::currentTestFailed());
    const qint64 commits = git.lines({u"rev-list"_s, u"--branches"_s, u"--tags"_s}).size();
    QCOMPARE(commits, 4);

    QProcessEnvironment environment = m_environment;
    environment.insert(u"PGPASSWORD"_s, database.password());
    const QStringList arguments{u"import"_s, u"git"_s, git.directory(), u"-w"_s, database.address(), u"--json"_s};
    const Run first = run(arguments, environment);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    const QJsonObject json = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(json.value(u"repository"_s).toString(), u"team-repository"_s);
    QCOMPARE(json.value(u"commits"_s).toInteger(), commits);
    QCOMPARE(json.value(u"new_commits"_s).toInteger(), commits);
    QCOMPARE(json.value(u"tags"_s).toInteger(), 1);
    QCOMPARE(json.value(u"branches"_s).toInteger(), 2);
    QCOMPARE(database.scalar(u"SELECT count(*) FROM commits"_s).toLongLong(), commits);
    QCOMPARE(database.scalar(u"SELECT name FROM tags"_s).toString(), u"v1.0"_s);
    QCOMPARE(database.scalar(u"SELECT summary FROM commits WHERE oid = '%1'"_s.arg(git.oid(u"topic"_s))).toString(),
             u"Topic"_s);
    // One file changed by each commit, as git's numstat counts it.
    QCOMPARE(database.scalar(u"SELECT count(*) FROM commit_files"_s).toLongLong(), commits);

    const Run second = run(arguments, environment);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out).object().value(u"new_commits"_s).toInteger(), 0);
    QCOMPARE(database.scalar(u"SELECT count(*) FROM commits"_s).toLongLong(), commits);
}

void TestCommandLine::importNotARepository()
{
    const QString folder = m_dir.filePath(u"plain-folder"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString workspace = m_dir.filePath(u"not-imported.flowdeck"_s);
    const Run result = run({u"import"_s, u"git"_s, folder, u"-w"_s, workspace, u"--json"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(folder), qPrintable(result.err));
    QVERIFY(result.text().isEmpty());
    // The workspace the command would have made holds nothing, so it is not left behind.
    QVERIFY(!QFileInfo::exists(workspace));
}

void TestCommandLine::importUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no source") << QStringList{u"import"_s} << u"git"_s;
    QTest::newRow("unknown source") << QStringList{u"import"_s, u"svn"_s, u"x"_s, u"-w"_s, u"x.flowdeck"_s} << u"svn"_s;
    QTest::newRow("no repository") << QStringList{u"import"_s, u"git"_s, u"-w"_s, u"x.flowdeck"_s} << u"repository"_s;
    QTest::newRow("no workspace") << QStringList{u"import"_s, u"git"_s, u"."_s} << u"-w"_s;
    QTest::newRow("extra argument") << QStringList{u"import"_s, u"git"_s, u"a"_s, u"b"_s, u"-w"_s, u"x.flowdeck"_s}
                                    << u"b"_s;
    QTest::newRow("unknown option") << QStringList{u"import"_s, u"git"_s, u"."_s, u"--colour"_s} << u"colour"_s;
}

void TestCommandLine::importUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.text().isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.flowdeck"_s)));
}

void TestCommandLine::credentialsSignInToServer()
{
    // A repository behind a real smart-HTTP server that wants a password.
    testing::GitCli git(m_dir.filePath(u"private-origin"_s), m_dir.filePath(u"git-home"_s));
    git.init();
    for (int i = 1; i <= 3; ++i) {
        git.writeFile(u"file.txt"_s, QByteArray::number(i) + '\n');
        git.commit(u"Commit %1"_s.arg(i));
    }
    testing::GitCli top(m_dir.path(), m_dir.filePath(u"git-home"_s));
    top.run({u"clone"_s, u"-q"_s, u"--mirror"_s, git.directory(), m_dir.filePath(u"served/private.git"_s)});
    QVERIFY(!QTest::currentTestFailed());
    testing::GitHttpServer server(m_dir.filePath(u"served"_s), u"carol"_s, u"t0ken; rm -rf ~"_s);
    QVERIFY(server.isListening());
    const QString url = server.url(u"private.git"_s);
    const QString workspace = m_dir.filePath(u"private.flowdeck"_s);

    const Run none = run({u"credentials"_s, u"show"_s, url});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"No credentials are stored"_s), qPrintable(none.err));

    // Without credentials the import fails, says why, and tells how to store them.
    const Run refused = run({u"import"_s, u"git"_s, url, u"-w"_s, workspace});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"no credentials were given"_s), qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"flowdeck credentials set "_s + url), qPrintable(refused.err));

    // The secret comes on standard input, never as an argument.
    const Run set = run({u"credentials"_s, u"set"_s, url, u"--user"_s, u"carol"_s}, m_environment, "t0ken; rm -rf ~\n");
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run shown = run({u"credentials"_s, u"show"_s, u"http://127.0.0.1:%1/another.git"_s.arg(QUrl(url).port())});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.text().contains(u"carol"_s), qPrintable(shown.text()));
    QVERIFY2(!shown.text().contains(u"t0ken"_s), qPrintable(shown.text()));

    const Run imported = run({u"import"_s, u"git"_s, url, u"-w"_s, workspace, u"--json"_s});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject json = QJsonDocument::fromJson(imported.text().toUtf8()).object();
    QCOMPARE(json.value(u"commits"_s).toInteger(), qint64(git.lines({u"rev-list"_s, u"--all"_s}).size()));
    QCOMPARE(countRows(workspace, u"commits"_s), 3);

    const Run removed = run({u"credentials"_s, u"remove"_s, url});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const Run removedAgain = run({u"credentials"_s, u"remove"_s, url});
    QCOMPARE(removedAgain.exitCode, 1);
    // An empty secret is refused rather than stored.
    const Run empty = run({u"credentials"_s, u"set"_s, url}, m_environment, "\n");
    QCOMPARE(empty.exitCode, 2);
    QCOMPARE(run({u"credentials"_s, u"show"_s, url}).exitCode, 1);
}

void TestCommandLine::credentialsUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no action") << QStringList{u"credentials"_s} << u"set, show or remove"_s;
    QTest::newRow("unknown action") << QStringList{u"credentials"_s, u"list"_s, u"https://a.example/x.git"_s}
                                    << u"no action called \"list\""_s;
    QTest::newRow("no url") << QStringList{u"credentials"_s, u"show"_s} << u"name the server"_s;
    QTest::newRow("not a url") << QStringList{u"credentials"_s, u"show"_s, u"some/folder"_s} << u"is not a URL"_s;
    QTest::newRow("extra") << QStringList{u"credentials"_s, u"show"_s, u"https://a.example"_s, u"more"_s}
                           << u"unexpected argument more"_s;
}

void TestCommandLine::credentialsUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCommandLine::credentialsWithoutKeychain()
{
    // A session without a keychain: the command says so instead of failing silently or storing elsewhere.
    QProcessEnvironment environment = m_environment;
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
    const Run result = run({u"credentials"_s, u"set"_s, u"https://a.example/x.git"_s}, environment, "secret\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"keychain"_s), qPrintable(result.err));
    QVERIFY2(!result.err.contains(u"secret"_s), qPrintable(result.err));
}

void TestCommandLine::screenshotOfPage()
{
    const QString workspace = demoWorkspace();
    QVERIFY(!workspace.isEmpty());
    const QString png = m_dir.filePath(u"overview.png"_s);
    // Making the demo trusted it in the settings; the screenshot must change nothing there.
    const QString settings = m_dir.filePath(u"xdg_config_home/Flowdeck/Flowdeck.conf"_s);
    const auto settingsText = [&settings] {
        QFile file(settings);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = settingsText();
    const Run result = run({workspace, u"--page"_s, u"overview"_s, u"--screenshot"_s, png, u"--size"_s, u"1000x700"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 700));
    QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));
    // The screenshot leaves the settings alone: no recent workspace was recorded.
    QCOMPARE(settingsText(), before);
    QVERIFY(!before.contains("recent"));
}

void TestCommandLine::screenshotOfTeamWorkspace()
{
    flowdeck::testing::PostgreSqlTestDatabase database(u"screenshot"_s);
    FLOWDECK_REQUIRE_POSTGRESQL(database);
    QProcessEnvironment environment = m_environment;
    environment.insert(u"PGPASSWORD"_s, database.password());
    const Run written = run({u"demo"_s, u"-w"_s, database.address()}, environment);
    QVERIFY2(written.exitCode == 0, qPrintable(written.err));

    // The address stands where a file would, and the window opens it without asking, the password coming from
    // PGPASSWORD.
    const QString png = m_dir.filePath(u"team.png"_s);
    const Run shot = run({database.address(), u"--page"_s, u"overview"_s, u"--screenshot"_s, png}, environment);
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1400, 900));
    QVERIFY2(distinctColours(image) > 8, qPrintable(QString::number(distinctColours(image))));

    // A server that is not there: the error names it, and no image is written.
    const QString none = m_dir.filePath(u"none.png"_s);
    const Run refused = run({u"postgresql://flowdeck@127.0.0.1:1/nothing"_s, u"--screenshot"_s, none}, environment);
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(u"127.0.0.1"_s), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(none));
}

void TestCommandLine::screenshotDefaultSize()
{
    const QString workspace = demoWorkspace();
    QVERIFY(!workspace.isEmpty());
    const QString png = m_dir.filePath(u"default-size.png"_s);
    const Run result = run({workspace, u"--screenshot"_s, png});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(QImage(png).size(), QSize(1400, 900));
}

void TestCommandLine::screenshotOfDemo()
{
    const QString png = m_dir.filePath(u"demo.png"_s);
    const Run result = run({u"--demo"_s, u"--page"_s, u"overview"_s, u"--screenshot"_s, png});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1400, 900));
    QVERIFY(distinctColours(image) > 8);
    // The demo is kept in the cache folder for the next start.
    QStringList cached;
    QDirIterator files(m_dir.filePath(u"xdg_cache_home/Flowdeck/Flowdeck/demo"_s), QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        cached.append(QFileInfo(files.next()).fileName());
    QCOMPARE(cached, QStringList{u"PETech demo.flowdeck"_s});
}

void TestCommandLine::screenshotOfWelcomePage()
{
    const QString png = m_dir.filePath(u"welcome.png"_s);
    const Run result = run({u"--screenshot"_s, png, u"--size"_s, u"900x600"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(900, 600));
    QVERIFY(distinctColours(image) > 8);
}

void TestCommandLine::unknownPage()
{
    const QString png = m_dir.filePath(u"nowhere.png"_s);
    const Run result = run({u"--demo"_s, u"--page"_s, u"nowhere"_s, u"--screenshot"_s, png});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"nowhere"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"overview"_s), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(png));
}

void TestCommandLine::refusedWorkspace()
{
    const QString bogus = m_dir.filePath(u"text.flowdeck"_s);
    QVERIFY(writeFile(bogus, "plain text\n"));
    const QString png = m_dir.filePath(u"refused.png"_s);
    const Run result = run({bogus, u"--page"_s, u"overview"_s, u"--screenshot"_s, png});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(bogus), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(png));
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("missing file") << QStringList{u"no-such-file.flowdeck"_s} << u"no-such-file.flowdeck"_s;
    QTest::newRow("bad size") << QStringList{u"--screenshot"_s, u"x.png"_s, u"--size"_s, u"big"_s} << u"big"_s;
    QTest::newRow("page without workspace")
        << QStringList{u"--page"_s, u"overview"_s, u"--screenshot"_s, u"x.png"_s} << u"--demo"_s;
    QTest::newRow("demo and file") << QStringList{u"--demo"_s, u"demo-json.flowdeck"_s} << u"--demo"_s;
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
    QVERIFY(result.text().isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
