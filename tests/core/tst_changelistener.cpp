// SPDX-License-Identifier: GPL-3.0-or-later
// Two sessions on one team workspace on the test PostgreSQL server: a committed write of one reaches the other's
// ChangeListener, never its own; a rolled-back write reaches no one; a file workspace's listener stays silent.
#include "postgresqltesting.h"
#include "store/changelistener.h"
#include "store/workspace.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace flowdeck;
using namespace flowdeck::store;
using namespace flowdeck::testing;
using namespace Qt::StringLiterals;

namespace {

/// How long a notification may take to arrive over loopback, and how long silence must last to count as none.
constexpr int arrivalMs = 5000;
constexpr int silenceMs = 1000;

} // namespace

class TestChangeListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWriteOfAnotherSessionArrives()
    {
        PostgreSqlTestDatabase database(u"listener_other"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto a = Workspace::create(database.address(), database.options());
        QVERIFY2(a, qPrintable(a.errorMessage()));
        auto b = Workspace::open(database.address(), database.options());
        QVERIFY2(b, qPrintable(b.errorMessage()));
        QVERIFY((*a)->sessionId() != (*b)->sessionId());

        ChangeListener listener(*a);
        auto listening = listener.listen();
        QVERIFY2(listening, qPrintable(listening.errorMessage()));
        QVERIFY(listener.isListening());
        QSignalSpy changed(&listener, &ChangeListener::changedElsewhere);

        QVERIFY((*b)->setSetting(u"test.written_by"_s, u"b"_s));
        QVERIFY(changed.wait(arrivalMs));
        QCOMPARE((*a)->setting(u"test.written_by"_s), u"b"_s);
        // One write, one notification.
        QVERIFY(!changed.wait(silenceMs));
        QCOMPARE(changed.count(), 1);
    }

    void aSessionsOwnWriteReachesOnlyTheOthers()
    {
        PostgreSqlTestDatabase database(u"listener_own"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto a = Workspace::create(database.address(), database.options());
        QVERIFY2(a, qPrintable(a.errorMessage()));
        auto b = Workspace::open(database.address(), database.options());
        QVERIFY2(b, qPrintable(b.errorMessage()));

        ChangeListener listenerA(*a);
        ChangeListener listenerB(*b);
        QVERIFY(listenerA.listen());
        QVERIFY(listenerB.listen());
        QSignalSpy changedA(&listenerA, &ChangeListener::changedElsewhere);
        QSignalSpy changedB(&listenerB, &ChangeListener::changedElsewhere);

        QVERIFY((*a)->setSetting(u"test.written_by"_s, u"a"_s));
        QVERIFY(changedB.wait(arrivalMs));
        QVERIFY(!changedA.wait(silenceMs));
        QCOMPARE(changedA.count(), 0);
        QCOMPARE(changedB.count(), 1);
    }

    void aRolledBackWriteNotifiesNoOne()
    {
        PostgreSqlTestDatabase database(u"listener_rollback"_s);
        FLOWDECK_REQUIRE_POSTGRESQL(database);
        auto a = Workspace::create(database.address(), database.options());
        QVERIFY2(a, qPrintable(a.errorMessage()));
        auto b = Workspace::open(database.address(), database.options());
        QVERIFY2(b, qPrintable(b.errorMessage()));

        ChangeListener listener(*a);
        QVERIFY(listener.listen());
        QSignalSpy changed(&listener, &ChangeListener::changedElsewhere);

        // The work stores a row, then fails: the row and the notification go together.
        auto failed = (*b)->write([](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            if (!query.exec(u"INSERT INTO settings (key, value) VALUES ('test.rolled_back', 'yes')"_s))
                return Error{query.lastError().text()};
            return Error{u"the work gave up"_s};
        });
        QVERIFY(!failed);
        QCOMPARE(failed.errorMessage(), u"the work gave up"_s);
        // A statement the server refuses aborts the transaction just the same.
        auto refused = (*b)->write([](QSqlDatabase &db) -> Result<void> {
            QSqlQuery query(db);
            if (!query.exec(u"INSERT INTO no_such_table (x) VALUES (1)"_s))
                return Error{query.lastError().text()};
            return {};
        });
        QVERIFY(!refused);
        QVERIFY(!changed.wait(silenceMs));
        QCOMPARE(changed.count(), 0);
        QCOMPARE((*a)->setting(u"test.rolled_back"_s, u"absent"_s), u"absent"_s);

        // The listener still hears the next write that commits.
        QVERIFY((*b)->setSetting(u"test.committed"_s, u"yes"_s));
        QVERIFY(changed.wait(arrivalMs));
    }

    void aFileWorkspaceListenerStaysSilent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"team.flowdeck"_s);
        auto a = Workspace::create(path);
        QVERIFY2(a, qPrintable(a.errorMessage()));
        auto b = Workspace::open(path);
        QVERIFY2(b, qPrintable(b.errorMessage()));

        ChangeListener listener(*a);
        QVERIFY(listener.listen());
        QVERIFY(!listener.isListening());
        QSignalSpy changed(&listener, &ChangeListener::changedElsewhere);
        QVERIFY((*b)->setSetting(u"test.written_by"_s, u"b"_s));
        QVERIFY((*a)->setSetting(u"test.written_by"_s, u"a"_s));
        QVERIFY(!changed.wait(silenceMs));
        QCOMPARE(changed.count(), 0);
        QCOMPARE((*b)->setting(u"test.written_by"_s), u"a"_s);
    }
};

QTEST_GUILESS_MAIN(TestChangeListener)
#include "tst_changelistener.moc"
