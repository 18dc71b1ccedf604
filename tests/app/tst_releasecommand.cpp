// SPDX-License-Identifier: GPL-3.0-or-later
// `flowdeck release list|trust|run` as users and scripts call it: a separate process on a real workspace whose
// deploys run a /bin/sh script through the process backend. The run is killed with SIGKILL in the middle of a
// deploy and run again: it goes on where it stood and no deploy runs twice.
#include "programrun.h"

#include "release/releasestore.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace flowdeck;
using namespace Qt::StringLiterals;
using flowdeck::testing::runProgram;

namespace {

const QString program = QStringLiteral(FLOWDECK_BINARY);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReleaseCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_workspacePath;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList runs() const
    {
        return QString::fromUtf8(readAll(path(u"runs.log"_s))).split(u'\n', Qt::SkipEmptyParts);
    }

    testing::ProgramRun flowdeck(const QStringList &arguments) const
    {
        return runProgram(program, arguments, m_environment, m_dir.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_environment = testing::isolatedEnvironment(m_dir.path());
        QVERIFY(!m_environment.isEmpty());
        // The deploy: logs its run, prints, and takes a second and a half.
        const QByteArray script = "#!/bin/sh\necho \"$1 $2 $3\" >> '" + m_dir.path().toUtf8() +
                                  "/runs.log'\necho \"deploying $1 $2 to $3\"\nsleep 1.5\necho done\n";
        QFile file(path(u"deploy.sh"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script);
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        m_workspacePath = path(u"releases.flowdeck"_s);
        auto workspace = store::Workspace::create(m_workspacePath);
        QVERIFY2(workspace, qPrintable(workspace.errorMessage()));
        auto exec = [&](const QString &sql, const QVariantList &values = {}) {
            return (*workspace)->write([&](QSqlDatabase &db) -> Result<void> {
                auto ran = store::runQuery(db, u"test"_s, sql, values);
                return ran ? Result<void>() : Result<void>(ran.error());
            });
        };
        QVERIFY(exec(u"INSERT INTO services (name) VALUES ('shop')"_s));
        QVERIFY(exec(
            u"INSERT INTO environments (name, tier) VALUES ('staging', 'staging'), ('production', 'production')"_s));
        const QJsonObject config{{u"program"_s, path(u"deploy.sh"_s)},
                                 {u"arguments"_s, QJsonArray{u"{service}"_s, u"{version}"_s, u"{environment}"_s}}};
        QVERIFY(exec(u"INSERT INTO backends (name, kind, config) VALUES ('script', 'process', ?)"_s,
                     {QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}));
        const QSqlDatabase db = (*workspace)->connection();
        auto id = [&](const QString &sql) {
            auto query = store::runQuery(db, u"test"_s, sql);
            return query && query->next() ? query->value(0).toLongLong() : Id(0);
        };
        const Id service = id(u"SELECT id FROM services"_s);
        const Id staging = id(u"SELECT id FROM environments WHERE name = 'staging'"_s);
        const Id production = id(u"SELECT id FROM environments WHERE name = 'production'"_s);
        const Id backend = id(u"SELECT id FROM backends"_s);

        // Two releases: one with an approval gate, one of two deploys in a row.
        for (const QString &name : {u"gated"_s, u"long"_s}) {
            release::ReleasePlan plan;
            plan.release.name = name;
            plan.release.version = u"2.0.0"_s;
            plan.release.status = release::status::planned;
            plan.release.createdAt = QDateTime::currentMSecsSinceEpoch();
            plan.items = {ReleaseItem{0, 0, service, u"2.0.0"_s}};
            ReleaseTask toStaging = release::newTask(u"staging"_s, release::kind::deploy);
            toStaging.serviceId = service;
            toStaging.environmentId = staging;
            toStaging.backendId = backend;
            ReleaseTask toProduction = toStaging;
            toProduction.name = u"production"_s;
            toProduction.environmentId = production;
            if (name == u"gated"_s) {
                ReleaseTask gate = release::newTask(u"approval"_s, release::kind::approval);
                release::TaskSettings settings;
                settings.approvers = {u"dana"_s};
                gate.config = release::taskConfig(release::kind::approval, settings);
                plan.tasks = {gate, toProduction};
                plan.edges = {{u"approval"_s, u"production"_s}};
            } else {
                plan.tasks = {toStaging, toProduction};
                plan.edges = {{u"staging"_s, u"production"_s}};
            }
            auto saved = release::savePlan(**workspace, plan, u"tester"_s);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
        }
    }

    void listsTheReleases()
    {
        const auto listed = flowdeck({u"release"_s, u"list"_s, u"-w"_s, m_workspacePath, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray releases = QJsonDocument::fromJson(listed.out).object().value(u"releases"_s).toArray();
        QCOMPARE(releases.size(), 2);
        QStringList names;
        for (const QJsonValue &row : releases) {
            names.append(row[u"name"_s].toString());
            QCOMPARE(row[u"status"_s].toString(), u"planned"_s);
            QCOMPARE(row[u"tasks_done"_s].toInt(), 0);
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"gated"_s, u"long"_s}));
        const auto usage = flowdeck({u"release"_s, u"run"_s, u"-w"_s, m_workspacePath});
        QCOMPARE(usage.exitCode, 2);
    }

    void anUntrustedWorkspaceRunsNothingUntilTrusted()
    {
        const auto refused = flowdeck({u"release"_s, u"run"_s, u"long"_s, u"-w"_s, m_workspacePath});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"not trusted"_s) && refused.err.contains(path(u"deploy.sh"_s)),
                 qPrintable(refused.err));
        QVERIFY(runs().isEmpty());
        const auto trusted = flowdeck({u"release"_s, u"trust"_s, u"-w"_s, m_workspacePath});
        QCOMPARE(trusted.exitCode, 0);
        QVERIFY2(trusted.text().contains(path(u"deploy.sh"_s)), qPrintable(trusted.text()));
    }

    void anApprovalGateStopsTheRunUntilApproveAll()
    {
        const auto stopped = flowdeck({u"release"_s, u"run"_s, u"gated"_s, u"-w"_s, m_workspacePath});
        QCOMPARE(stopped.exitCode, 3);
        QVERIFY2(stopped.err.contains(u"waits for the approval of dana"_s), qPrintable(stopped.err));
        QVERIFY2(stopped.err.contains(u"--approve-all"_s), qPrintable(stopped.err));
        QVERIFY(runs().isEmpty());
        const auto approved =
            flowdeck({u"release"_s, u"run"_s, u"gated"_s, u"-w"_s, m_workspacePath, u"--approve-all"_s, u"--json"_s});
        QCOMPARE(approved.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(approved.out).object();
        QCOMPARE(json[u"status"_s].toString(), u"succeeded"_s);
        const QJsonArray tasks = json[u"tasks"_s].toArray();
        QCOMPARE(tasks.size(), 2);
        QCOMPARE(tasks[0][u"name"_s].toString(), u"approval"_s);
        QCOMPARE(tasks[1][u"state"_s].toString(), u"succeeded"_s);
        QCOMPARE(runs(), QStringList{u"shop 2.0.0 production"_s});
    }

    void aKilledRunGoesOnWhereItStood()
    {
        QFile::remove(path(u"runs.log"_s));
        QProcess run;
        run.setProcessEnvironment(m_environment);
        run.setWorkingDirectory(m_dir.path());
        run.start(program, {u"release"_s, u"run"_s, u"long"_s, u"-w"_s, m_workspacePath});
        QVERIFY(run.waitForStarted());
        // Killed while the first deploy runs: no chance to store anything more.
        QTRY_COMPARE_WITH_TIMEOUT(runs().size(), 1, 20'000);
        QCOMPARE(::kill(pid_t(run.processId()), SIGKILL), 0);
        QVERIFY(run.waitForFinished());
        const auto resumed = flowdeck({u"release"_s, u"run"_s, u"long"_s, u"-w"_s, m_workspacePath, u"--json"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QCOMPARE(QJsonDocument::fromJson(resumed.out).object()[u"status"_s].toString(), u"succeeded"_s);
        // Each deploy ran once: the first was re-attached, not started again.
        QCOMPARE(runs(), (QStringList{u"shop 2.0.0 staging"_s, u"shop 2.0.0 production"_s}));
        auto workspace = store::Workspace::open(m_workspacePath);
        QVERIFY(workspace);
        auto query = store::runQuery((*workspace)->connection(), u"test"_s,
                                     u"SELECT COUNT(*) FROM deployments WHERE status = 'succeeded'"_s);
        QVERIFY(query && query->next());
        QCOMPARE(query->value(0).toInt(), 3);

        // Run again once it has ended (as after a stop just after its end): it says how it ended, and runs nothing.
        const auto again = flowdeck({u"release"_s, u"run"_s, u"long"_s, u"-w"_s, m_workspacePath});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(u"already ended"_s), qPrintable(again.err));
        QCOMPARE(again.text().trimmed(), u"Release long: succeeded"_s);
        const auto againJson = flowdeck({u"release"_s, u"run"_s, u"long"_s, u"-w"_s, m_workspacePath, u"--json"_s});
        QCOMPARE(againJson.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(againJson.out).object()[u"status"_s].toString(), u"succeeded"_s);
        QCOMPARE(runs(), (QStringList{u"shop 2.0.0 staging"_s, u"shop 2.0.0 production"_s}));
    }

    void theDemoReleaseRunsOutOfTheBox()
    {
        // The demo comes with a backend, a template and a planned release, and is trusted when made.
        const QString demo = path(u"demo.flowdeck"_s);
        QCOMPARE(flowdeck({u"demo"_s, u"-w"_s, demo}).exitCode, 0);
        const auto listed = flowdeck({u"release"_s, u"list"_s, u"-w"_s, demo, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray releases = QJsonDocument::fromJson(listed.out).object().value(u"releases"_s).toArray();
        QCOMPARE(releases.size(), 1);
        const QString name = releases.first()[u"name"_s].toString();
        QCOMPARE(releases.first()[u"status"_s].toString(), u"planned"_s);
        // Its script fails now and then; here it is told not to, so that the outcome is certain.
        QProcessEnvironment environment = m_environment;
        environment.insert(u"DEMO_DEPLOY_FAIL"_s, u"never"_s);
        const auto run =
            runProgram(program, {u"release"_s, u"run"_s, name, u"-w"_s, demo, u"--approve-all"_s, u"--json"_s},
                       environment, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json[u"status"_s].toString(), u"succeeded"_s);
        int deployed = 0;
        for (const QJsonValue &task : json[u"tasks"_s].toArray()) {
            const bool rollback = task[u"rollback"_s].toBool();
            QCOMPARE(task[u"state"_s].toString(), rollback ? u"skipped"_s : u"succeeded"_s);
            deployed += task[u"kind"_s].toString() == u"deploy"_s && !rollback;
        }
        QCOMPARE(deployed, 4);
        QVERIFY2(run.err.contains(u"is live in production"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReleaseCommand)
#include "tst_releasecommand.moc"
