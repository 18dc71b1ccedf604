// SPDX-License-Identifier: GPL-3.0-or-later
// Syncing CI connections from the main window against a loopback server that serves the shared GitHub fixtures:
// the menu's Sync CI History and the dialog's Sync, the rate-limit wait shown in the status bar's task, Cancel,
// a refused token explained in place, and the summary with its warnings.
#include "application.h"
#include "ciconnections.h"
#include "mainwindow.h"
#include "taskindicator.h"

#include "ci/ciconnectionsdialog.h"
#include "ci/cisourcelistmodel.h"
#include "ci/sync/cisources.h"
#include "common/messagebar.h"
#include "scriptedhttpserver.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace flowdeck;
using namespace flowdeck::app;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int timeoutMs = 30'000;
const QString repo = u"/repos/octo/hello"_s;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(FLOWDECK_SHARED_FIXTURES "/ci/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(name));
    return file.readAll();
}

/// job-paginated.json's one job, moved into the fixture run 30433642 (its own run is not on the runs page).
QByteArray jobsOfTheFixtureRun()
{
    QJsonObject page = QJsonDocument::fromJson(fixture(u"github/job-paginated.json"_s)).object();
    QJsonArray jobs = page.value(u"jobs").toArray();
    QJsonObject job = jobs.at(0).toObject();
    job.insert(u"run_id"_s, 30433642);
    jobs.replace(0, job);
    page.insert(u"jobs"_s, jobs);
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

/// Every endpoint of a GitHub sync: one run (workflow-run-paginated.json) with one job, one deployment
/// (deployment-items.json) whose status page speaks of another deployment (42), one pull request, no releases and
/// no issues. `runs` answers the runs page.
void scriptGitHub(ScriptedHttpServer &server, const QList<ScriptedResponse> &runs)
{
    server.script(repo + u"/actions/runs"_s, runs);
    server.script(repo + u"/actions/runs/30433642/jobs"_s, ScriptedResponse::ok(jobsOfTheFixtureRun()));
    server.script(repo + u"/deployments"_s, ScriptedResponse::ok(fixture(u"github/deployment-items.json"_s)));
    server.script(repo + u"/deployments/1/statuses"_s,
                  ScriptedResponse::ok(fixture(u"github/deployment-status-items.json"_s)));
    server.script(repo + u"/pulls"_s, ScriptedResponse::ok(fixture(u"github/pull-request-simple-items.json"_s)));
    server.script(repo + u"/releases"_s, ScriptedResponse::ok("[]"));
    server.script(repo + u"/issues"_s, ScriptedResponse::ok("[]"));
}

qint64 count(const store::Workspace &workspace, const QString &table)
{
    auto query = store::runQuery(workspace.connection(), table, u"SELECT count(*) FROM "_s + table);
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

/// The title labels of the status bar's tasks.
QStringList taskTexts(TaskIndicator *tasks)
{
    QStringList texts;
    for (QLabel *label : tasks->findChildren<QLabel *>())
        texts.append(label->text() + u' ' + label->toolTip());
    return texts;
}

} // namespace

class TestCiSyncWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// A window on a new workspace with one GitHub connection to `server`.
    std::shared_ptr<store::Workspace> open(MainWindow &window, const ScriptedHttpServer &server)
    {
        window.setRemembersSession(false);
        if (!window.createWorkspace(m_dir.filePath(u"sync-%1.flowdeck"_s.arg(++m_files))))
            return {};
        CiSource source;
        source.provider = u"github"_s;
        source.baseUrl = server.origin();
        source.project = u"octo/hello"_s;
        if (auto saved = ci::saveSource(*window.workspace(), source); !saved) {
            qWarning("%s", qPrintable(saved.errorMessage()));
            return {};
        }
        return window.workspace();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setIdentity();
        QCoreApplication::setApplicationName(u"Flowdeck CI sync test"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void syncFromTheMenuWaitsOutARateLimit()
    {
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        scriptGitHub(server,
                     {ScriptedResponse::withStatus(429, R"({"message": "slow down"})").withHeader("Retry-After", "2"),
                      ScriptedResponse::ok(fixture(u"github/workflow-run-paginated.json"_s))});
        MainWindow window;
        window.resize(1400, 900);
        auto workspace = open(window, server);
        QVERIFY(workspace);
        window.show();

        QSignalSpy succeeded(window.ciConnections(), &CiConnections::succeeded);
        QAction *sync = window.findChild<QAction *>(u"syncCiAction"_s);
        QVERIFY(sync && sync->isEnabled());
        sync->trigger();
        QVERIFY(window.ciConnections()->isSyncing());
        QVERIFY(!sync->isEnabled());
        // The wait shows in the task's line while it lasts.
        QTRY_VERIFY_WITH_TIMEOUT(taskTexts(window.taskIndicator()).join(u'\n').contains(u"Rate limit"_s), timeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, timeoutMs);
        QVERIFY(sync->isEnabled());
        QCOMPARE(window.taskIndicator()->taskCount(), 0);

        // What was stored, by the fixtures: one run, its job, one deployment, one pull request, no incidents.
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1);
        QCOMPARE(count(*workspace, u"jobs"_s), 1);
        QCOMPARE(count(*workspace, u"deployments"_s), 1);
        QCOMPARE(count(*workspace, u"pull_requests"_s), 1);
        const QString message = window.messageBar()->text();
        QVERIFY2(message.startsWith(u"Synced 1 CI connection: 1 run, 1 job, 1 deployment, 1 pull request, "
                                    u"0 incidents."_s),
                 qPrintable(message));
        QCOMPARE(window.messageBar()->kind(), views::MessageBar::Kind::Information);
        // The status page speaks of deployment 42, which the sync did not see: a warning, in the details.
        const QStringList details = window.messageBar()->details();
        QVERIFY(!details.isEmpty());
        QVERIFY2(details.join(u'\n').contains(u"42"_s), qPrintable(details.join(u'\n')));
        QVERIFY2(message.contains(u"warning"_s), qPrintable(message));
        auto *detailsButton = window.messageBar()->findChild<QToolButton *>(u"messageDetailsButton"_s);
        QVERIFY(detailsButton && detailsButton->isVisible());
        QTest::mouseClick(detailsButton, Qt::LeftButton);
        QVERIFY(window.messageBar()->findChild<QWidget *>(u"messageDetails"_s)->isVisible());

        // The connection knows when it was synced.
        auto sources = ci::loadSources(*workspace);
        QVERIFY(sources && sources->size() == 1 && sources->constFirst().lastSyncAt.has_value());
    }

    void syncFromTheDialogAnswersThere()
    {
        ScriptedHttpServer server;
        scriptGitHub(server, {ScriptedResponse::ok(fixture(u"github/workflow-run-paginated.json"_s))});
        MainWindow window;
        auto workspace = open(window, server);
        QVERIFY(workspace);
        window.show();
        window.findChild<QAction *>(u"ciConnectionsAction"_s)->trigger();
        views::CiConnectionsDialog *dialog = window.ciConnections()->dialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->sourceModel()->index(0).data(views::CiSourceListModel::DetailRole).toString(),
                 u"service hello · never synced"_s);

        QSignalSpy running(window.ciConnections(), &CiConnections::runningChanged);
        auto *syncButton = dialog->findChild<QPushButton *>(u"syncConnection"_s);
        QVERIFY(syncButton->isEnabled());
        QTest::mouseClick(syncButton, Qt::LeftButton);
        QVERIFY(!syncButton->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(running.count(), 2, timeoutMs);
        QVERIFY(syncButton->isEnabled());
        // The answer is shown where the sync was asked for, and the list says it was synced.
        QVERIFY2(dialog->messageBar()->text().startsWith(u"Synced 1 CI connection"_s),
                 qPrintable(dialog->messageBar()->text()));
        QVERIFY(!window.messageBar()->isVisible());
        QCOMPARE(dialog->sourceModel()->index(0).data(views::CiSourceListModel::DetailRole).toString(),
                 u"service hello · last synced just now"_s);
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 1);

        // Closing the workspace closes its dialog.
        window.closeWorkspace();
        QTRY_VERIFY(!window.ciConnections()->dialog());
    }

    void cancelStopsTheSync()
    {
        ScriptedHttpServer server;
        ScriptedResponse slow = ScriptedResponse::ok(fixture(u"github/workflow-run-paginated.json"_s));
        slow.delay = std::chrono::milliseconds(20'000);
        scriptGitHub(server, {slow});
        MainWindow window;
        auto workspace = open(window, server);
        QVERIFY(workspace);
        window.show();
        QSignalSpy canceled(window.ciConnections(), &CiConnections::canceled);
        window.ciConnections()->sync(workspace);
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(repo + u"/actions/runs"_s) == 1, timeoutMs);
        QToolButton *cancel = nullptr;
        for (QToolButton *button : window.taskIndicator()->findChildren<QToolButton *>())
            cancel = button;
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(canceled.count(), 1, 10'000);
        QVERIFY(canceled.first().first().toString().contains(u"canceled"_s));
        QVERIFY(!window.ciConnections()->isSyncing());
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 0);
    }

    void aRefusedTokenIsExplained()
    {
        ScriptedHttpServer server;
        scriptGitHub(server, {ScriptedResponse::withStatus(401, R"({"message": "Bad credentials"})")});
        MainWindow window;
        auto workspace = open(window, server);
        QVERIFY(workspace);
        window.show();
        QSignalSpy failed(window.ciConnections(), &CiConnections::failed);
        window.ciConnections()->sync(workspace);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, timeoutMs);
        const QString message = window.messageBar()->text();
        QCOMPARE(window.messageBar()->kind(), views::MessageBar::Kind::Error);
        QVERIFY2(message.contains(u"octo/hello on GitHub"_s) && message.contains(u"401"_s), qPrintable(message));
        QCOMPARE(count(*workspace, u"pipeline_runs"_s), 0);
    }

    void withoutConnectionsTheDialogOpens()
    {
        MainWindow window;
        window.setRemembersSession(false);
        QVERIFY(window.createWorkspace(m_dir.filePath(u"empty.flowdeck"_s)));
        window.show();
        window.findChild<QAction *>(u"syncCiAction"_s)->trigger();
        QVERIFY(!window.ciConnections()->isSyncing());
        QVERIFY(window.ciConnections()->dialog() && window.ciConnections()->dialog()->isVisible());
    }
};

QTEST_MAIN(TestCiSyncWindow)
#include "tst_cisyncwindow.moc"
