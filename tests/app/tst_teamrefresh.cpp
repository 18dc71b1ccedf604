// SPDX-License-Identifier: GPL-3.0-or-later
// A window on a team workspace on the test PostgreSQL server shows what another session writes: the pages reload
// once the changes settle, with a word in the status bar; the window's own writes do not reload it, and while the
// window's own CI sync or git import runs, others' changes wait for it to end.
#include "application.h"
#include "ciconnections.h"
#include "historyimport.h"
#include "mainwindow.h"

#include "ci/sync/cisources.h"
#include "common/page.h"
#include "postgresqltesting.h"
#include "scriptedhttpserver.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <memory>

using namespace flowdeck;
using namespace flowdeck::app;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr int loadTimeoutMs = 30'000;
/// Notification over loopback, the one second of settling, and the reload.
constexpr int refreshTimeoutMs = 8000;

const QString updatedMessage = u"Updated with changes made elsewhere."_s;

Result<void> addService(const Workspace &workspace, const QString &name)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto inserted = TableWriter<Service>(db).insert(Service{0, name, {}, {}});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

Result<void> addEnvironment(const Workspace &workspace, const QString &name)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto inserted =
            TableWriter<Environment>(db).insert(Environment{0, name, QString::fromLatin1(Tier::Production), 0});
        if (!inserted)
            return inserted.error();
        return {};
    });
}

qsizetype messagesShown(const QSignalSpy &spy, const QString &message)
{
    qsizetype count = 0;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.value(0).toString() == message)
            ++count;
    }
    return count;
}

} // namespace

class TestTeamRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::setIdentity();
    }

    void showsWritesOfAnotherSession()
    {
        PostgreSqlTestDatabase database(u"team_refresh"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto mine = Workspace::create(database.address(), database.options());
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        auto theirs = Workspace::open(database.address(), database.options());
        QVERIFY2(theirs, qPrintable(theirs.errorMessage()));

        MainWindow window;
        window.setRemembersSession(false);
        window.openWorkspace(*mine);
        window.show();
        QCOMPARE(window.workspace(), *mine);
        views::Page *overview = window.currentPage();
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);
        // The facts under the workspace's name: none for an empty workspace.
        auto *facts = overview->findChild<QLabel *>(u"workspaceFacts"_s);
        QVERIFY(facts);
        QCOMPARE(facts->text(), QString());
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);

        // Another session adds a service and an environment.
        QVERIFY(addService(**theirs, u"checkout"_s));
        QVERIFY(addEnvironment(**theirs, u"production"_s));
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), updatedMessage, refreshTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(facts->text(), u"1 service · 1 environment"_s, loadTimeoutMs);
        QCOMPARE(messagesShown(messages, updatedMessage), 1);

        // A burst of writes, each within the settling second of the one before: one reload at the end.
        messages.clear();
        window.statusBar()->clearMessage();
        // On a loaded machine a write can take long enough to end the settling second: then only fewer reloads than
        // writes can be asked for.
        QElapsedTimer sinceLastWrite;
        qint64 longestGap = 0;
        for (const QString &name : {u"billing"_s, u"search"_s, u"mail"_s, u"ledger"_s}) {
            QVERIFY(addService(**theirs, name));
            // From one commit (and its notification) to the next.
            if (sinceLastWrite.isValid())
                longestGap = std::max(longestGap, sinceLastWrite.elapsed());
            sinceLastWrite.start();
            QTest::qWait(300);
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.statusBar()->currentMessage(), updatedMessage, refreshTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(facts->text(), u"5 services · 1 environment"_s, loadTimeoutMs);
        QTest::qWait(2000);
        if (longestGap < 800)
            QCOMPARE(messagesShown(messages, updatedMessage), 1);
        else
            QVERIFY2(messagesShown(messages, updatedMessage) < 4, qPrintable(QString::number(longestGap)));

        // The window's own write is no news to it.
        messages.clear();
        window.statusBar()->clearMessage();
        QVERIFY(addService(*window.workspace(), u"own"_s));
        QTest::qWait(3000);
        QCOMPARE(messagesShown(messages, updatedMessage), 0);
        QCOMPARE(facts->text(), u"5 services · 1 environment"_s);
    }

    void changesElsewhereWaitForTheWindowsOwnImport_data()
    {
        QTest::addColumn<bool>("gitImport");
        QTest::newRow("CI sync") << false;
        QTest::newRow("git import") << true;
    }

    void changesElsewhereWaitForTheWindowsOwnImport()
    {
        QFETCH(bool, gitImport);
        // A GitHub connection whose runs page answers only after 8 s holds the window's sync open meanwhile; a
        // repository whose first answer comes after 8 s (and says there is none) holds its git import open.
        ScriptedHttpServer server;
        QVERIFY(server.isListening());
        const QString repo = u"/repos/octo/hello"_s;
        ScriptedResponse slow = ScriptedResponse::ok(R"({"total_count": 0, "workflow_runs": []})");
        slow.delay = std::chrono::milliseconds(8000);
        server.script(repo + u"/actions/runs"_s, slow);
        for (const QString &path : {u"/deployments"_s, u"/pulls"_s, u"/releases"_s, u"/issues"_s})
            server.script(repo + path, ScriptedResponse::ok("[]"));
        const QString refs = u"/shop.git/info/refs"_s;
        ScriptedResponse missing = ScriptedResponse::withStatus(404);
        missing.delay = std::chrono::milliseconds(8000);
        server.script(refs, missing);
        QTemporaryDir clones;
        QVERIFY(clones.isValid());

        PostgreSqlTestDatabase database(u"team_refresh_import"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto mine = Workspace::create(database.address(), database.options());
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        auto theirs = Workspace::open(database.address(), database.options());
        QVERIFY2(theirs, qPrintable(theirs.errorMessage()));
        if (!gitImport) {
            CiSource source;
            source.provider = u"github"_s;
            source.baseUrl = server.origin();
            source.project = u"octo/hello"_s;
            auto saved = ci::saveSource(**mine, source);
            QVERIFY2(saved, qPrintable(saved.errorMessage()));
        }

        MainWindow window;
        window.setRemembersSession(false);
        window.openWorkspace(*mine);
        window.show();
        views::Page *overview = window.currentPage();
        QVERIFY(overview);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);
        auto *facts = overview->findChild<QLabel *>(u"workspaceFacts"_s);
        QVERIFY(facts);
        // The CI connection made the service hello, for its project.
        const QString before = gitImport ? QString() : u"1 service · 0 environments"_s;
        const QString after = gitImport ? u"1 service · 0 environments"_s : u"2 services · 0 environments"_s;
        QCOMPARE(facts->text(), before);
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        QSignalSpy reloads(overview, &views::Page::ready);

        const auto running = [&] {
            return gitImport ? window.historyImport()->isRunning() : window.ciConnections()->isSyncing();
        };
        if (gitImport) {
            git::GitImportOptions options;
            options.source = server.url(u"/shop.git"_s).toString();
            options.cloneDirectory = clones.path();
            window.historyImport()->addRepository(*mine, options);
            QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(refs) == 1, loadTimeoutMs);
        } else {
            window.ciConnections()->sync(*mine);
            QTRY_VERIFY_WITH_TIMEOUT(server.requestCount(repo + u"/actions/runs"_s) == 1, loadTimeoutMs);
        }
        QVERIFY(running());
        // Another session adds a service while the import waits: past the settling second nothing reloads, and the
        // overview still shows the workspace as it was.
        QVERIFY(addService(**theirs, u"checkout"_s));
        QTest::qWait(3000);
        QVERIFY2(running(), "the import ended before the test could look");
        QCOMPARE(messagesShown(messages, updatedMessage), 0);
        QCOMPARE(reloads.size(), 0);
        QCOMPARE(facts->text(), before);

        // When the import ends, the change made meanwhile is shown, once.
        QTRY_VERIFY_WITH_TIMEOUT(!running(), loadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(messagesShown(messages, updatedMessage), 1, refreshTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(overview->isReady(), loadTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(facts->text(), after, loadTimeoutMs);
        QTest::qWait(1500);
        QCOMPARE(messagesShown(messages, updatedMessage), 1);
    }

    void closingTheWorkspaceStopsListening()
    {
        PostgreSqlTestDatabase database(u"team_refresh_closed"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto mine = Workspace::create(database.address(), database.options());
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        auto theirs = Workspace::open(database.address(), database.options());
        QVERIFY2(theirs, qPrintable(theirs.errorMessage()));

        MainWindow window;
        window.setRemembersSession(false);
        window.openWorkspace(*mine);
        window.show();
        window.closeWorkspace();
        QVERIFY(!window.workspace());
        QSignalSpy messages(window.statusBar(), &QStatusBar::messageChanged);
        QVERIFY(addService(**theirs, u"checkout"_s));
        QTest::qWait(3000);
        QCOMPARE(messagesShown(messages, updatedMessage), 0);
        QVERIFY(window.isShowingWelcome());
    }
};

QTEST_MAIN(TestTeamRefresh)
#include "tst_teamrefresh.moc"
