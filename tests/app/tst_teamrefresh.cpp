// SPDX-License-Identifier: GPL-3.0-or-later
// A window on a team workspace on the test PostgreSQL server shows what another session writes: the pages reload
// once the changes settle, with a word in the status bar; the window's own writes do not reload it.
#include "application.h"
#include "mainwindow.h"

#include "common/page.h"
#include "postgresqltesting.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
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
