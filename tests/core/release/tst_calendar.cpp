// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment calendar: weekly windows in their own time zone across changes to and from summer time, windows
// past midnight, one-off blackouts, environment-specific and global entries, and windows stored in a workspace.
// Every expected moment is written as UTC by hand (Europe/Berlin is UTC+1 in winter, UTC+2 in summer; in 2024
// summer time began on 31 March and ended on 27 October, at 01:00 UTC both times).
#include "rowinserter.h"

#include "release/audit.h"
#include "release/calendar.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(flowdeck::DeploymentWindow)

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

namespace {

constexpr int monday = 1 << 0;
constexpr int friday = 1 << 4;
constexpr int saturday = 1 << 5;
constexpr int sunday = 1 << 6;
constexpr int weekdays = 0b0011111;
constexpr int everyDay = 0b1111111;
constexpr Id production = 1;
constexpr Id staging = 2;

Timestamp utc(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc()).toMSecsSinceEpoch();
}

DeploymentWindow weekly(const QString &name, const QString &kind, int days, int start, int end,
                        const QString &zone = u"UTC"_s, OptionalId environment = {})
{
    DeploymentWindow w;
    w.name = name;
    w.kind = kind;
    w.recurrence = u"weekly"_s;
    w.weekdays = days;
    w.startMinute = start;
    w.endMinute = end;
    w.timeZone = zone;
    w.environmentId = environment;
    return w;
}

DeploymentWindow once(const QString &name, const QString &kind, Timestamp from, Timestamp to,
                      const QString &zone = u"UTC"_s, OptionalId environment = {})
{
    DeploymentWindow w;
    w.name = name;
    w.kind = kind;
    w.recurrence = u"once"_s;
    w.startsAt = from;
    w.endsAt = to;
    w.timeZone = zone;
    w.environmentId = environment;
    return w;
}

/// Monday to Friday, 09:00 to 17:00 in Berlin.
DeploymentWindow officeHours()
{
    return weekly(u"Office hours"_s, u"window"_s, weekdays, 9 * 60, 17 * 60, u"Europe/Berlin"_s);
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void weeklyWindowAcrossSummerTime()
    {
        const DeploymentWindow w = officeHours();
        // Friday 29 March 2024, winter time: 08:00 to 16:00 UTC.
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 29, 7, 59, 59, 999)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 3, 29, 8, 0)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 3, 29, 15, 59)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 29, 16, 0)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 30, 10, 0)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 31, 10, 0)));
        // Monday 1 April 2024, summer time: 07:00 to 15:00 UTC.
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 1, 6, 59)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 4, 1, 7, 0)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 4, 1, 14, 59, 59, 999)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 1, 15, 0)));

        const DeploymentCalendar calendar({w});
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 29, 16, 0)), utc(2024, 4, 1, 7, 0));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 29, 10, 30, 15)), utc(2024, 3, 29, 10, 30, 15));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 4, 1, 6, 59, 30, 500)), utc(2024, 4, 1, 7, 0));
        // And back: Friday 25 October closes at 15:00 UTC, Monday 28 October opens at 08:00 UTC.
        QVERIFY(calendar.isAllowed(production, utc(2024, 10, 25, 14, 59)));
        QVERIFY(!calendar.isAllowed(production, utc(2024, 10, 25, 15, 0)));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 10, 25, 15, 0)), utc(2024, 10, 28, 8, 0));
        // Monday 07:00 UTC is 09:00 only 45 hours after Saturday 10:00: one day is too short a horizon.
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 30, 10, 0), 1), std::nullopt);
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 30, 10, 0), 2), utc(2024, 4, 1, 7, 0));

        QCOMPARE(calendar.holdReason(production, utc(2024, 3, 30, 10, 0)),
                 u"Outside every deployment window until 1 Apr 2024 09:00 (Europe/Berlin)"_s);
        QCOMPARE(calendar.holdReason(production, utc(2024, 4, 1, 7, 0)), QString());
    }

    void windowInTheSkippedHour()
    {
        // Sundays 02:30 to 04:00 in Berlin. On 31 March 2024 the clock jumps from 02:00 to 03:00 at 01:00 UTC, so
        // that Sunday the window opens with the jump and closes at 04:00 summer time, 02:00 UTC.
        const DeploymentWindow w = weekly(u"Sunday maintenance"_s, u"window"_s, sunday, 150, 240, u"Europe/Berlin"_s);
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 31, 0, 59)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 3, 31, 1, 0)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 3, 31, 1, 59)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 3, 31, 2, 0)));
        const DeploymentCalendar calendar({w});
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 30, 12, 0)), utc(2024, 3, 31, 1, 0));
        // A week earlier, in winter time, it opens at 02:30 CET, 01:30 UTC.
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 3, 23, 12, 0)), utc(2024, 3, 24, 1, 30));
    }

    void windowPastMidnight()
    {
        // Saturdays 22:00 to Sunday 02:00 UTC.
        const DeploymentWindow w = weekly(u"Night"_s, u"window"_s, saturday, 22 * 60, 2 * 60);
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 6, 21, 59)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 4, 6, 22, 0)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 4, 6, 23, 30)));
        QVERIFY(DeploymentCalendar::covers(w, utc(2024, 4, 7, 1, 59)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 7, 2, 0)));
        // Friday night and Sunday night are not Saturday night.
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 5, 23, 0)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 6, 1, 0)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 7, 23, 0)));
        QVERIFY(!DeploymentCalendar::covers(w, utc(2024, 4, 8, 1, 0)));
        const DeploymentCalendar calendar({w});
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 4, 6, 12, 0)), utc(2024, 4, 6, 22, 0));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 4, 7, 2, 0)), utc(2024, 4, 13, 22, 0));

        // The same in Berlin over the night summer time begins: from 21:00 UTC until the clock jumps from 02:00
        // to 03:00 at 01:00 UTC.
        const DeploymentWindow berlin = weekly(u"Night"_s, u"window"_s, saturday, 22 * 60, 2 * 60, u"Europe/Berlin"_s);
        QVERIFY(!DeploymentCalendar::covers(berlin, utc(2024, 3, 30, 20, 59)));
        QVERIFY(DeploymentCalendar::covers(berlin, utc(2024, 3, 30, 21, 0)));
        QVERIFY(DeploymentCalendar::covers(berlin, utc(2024, 3, 31, 0, 59)));
        QVERIFY(!DeploymentCalendar::covers(berlin, utc(2024, 3, 31, 1, 0)));
        // The whole day: 0 to 1440.
        const DeploymentWindow allDay = weekly(u"Mondays"_s, u"window"_s, monday, 0, 24 * 60);
        QVERIFY(DeploymentCalendar::covers(allDay, utc(2024, 4, 8, 0, 0)));
        QVERIFY(DeploymentCalendar::covers(allDay, utc(2024, 4, 8, 23, 59, 59, 999)));
        QVERIFY(!DeploymentCalendar::covers(allDay, utc(2024, 4, 9, 0, 0)));
    }

    void blackoutBeatsWindow()
    {
        // Production may deploy any time, except during the year-end freeze of every environment: from
        // 20 December 2026 00:00 to 2 January 2027 00:00 Berlin time, 19 December 23:00 to 1 January 23:00 UTC.
        const DeploymentCalendar calendar({weekly(u"Always"_s, u"window"_s, everyDay, 0, 24 * 60, u"UTC"_s, production),
                                           once(u"Year-end freeze"_s, u"blackout"_s, utc(2026, 12, 19, 23, 0),
                                                utc(2027, 1, 1, 23, 0), u"Europe/Berlin"_s)});
        QVERIFY(calendar.isAllowed(production, utc(2026, 12, 19, 22, 59, 59, 999)));
        QVERIFY(!calendar.isAllowed(production, utc(2026, 12, 19, 23, 0)));
        QVERIFY(!calendar.isAllowed(production, utc(2026, 12, 25, 12, 0)));
        QVERIFY(!calendar.isAllowed(production, utc(2027, 1, 1, 22, 59, 59, 999)));
        QVERIFY(calendar.isAllowed(production, utc(2027, 1, 1, 23, 0)));
        QCOMPARE(calendar.nextAllowed(production, utc(2026, 12, 25, 12, 0)), utc(2027, 1, 1, 23, 0));
        QCOMPARE(calendar.holdReason(production, utc(2026, 12, 25, 12, 0)),
                 u"Blackout “Year-end freeze” until 2 Jan 2027 00:00 (Europe/Berlin)"_s);
        // Staging has no window, so it may deploy at any time but in the freeze.
        QVERIFY(calendar.isAllowed(staging, utc(2026, 12, 18, 3, 0)));
        QVERIFY(!calendar.isAllowed(staging, utc(2026, 12, 25, 12, 0)));

        // A weekly blackout: its hold ends with this week's occurrence.
        const DeploymentCalendar fridays({weekly(u"Friday afternoon"_s, u"blackout"_s, friday, 12 * 60, 17 * 60)});
        QCOMPARE(fridays.holdReason(production, utc(2024, 4, 12, 13, 0)),
                 u"Blackout “Friday afternoon” until 12 Apr 2024 17:00 (UTC)"_s);
        QCOMPARE(fridays.nextAllowed(production, utc(2024, 4, 12, 13, 0)), utc(2024, 4, 12, 17, 0));
    }

    void environmentSpecificAndGlobal()
    {
        const DeploymentCalendar calendar(
            {weekly(u"Weekdays"_s, u"window"_s, weekdays, 9 * 60, 17 * 60),
             weekly(u"No Friday afternoons"_s, u"blackout"_s, friday, 12 * 60, 17 * 60, u"UTC"_s, production),
             weekly(u"Saturday morning"_s, u"window"_s, saturday, 10 * 60, 12 * 60, u"UTC"_s, production)});
        // Friday 12 April 2024, 13:00 UTC: the production blackout holds production only.
        QVERIFY(calendar.isAllowed(staging, utc(2024, 4, 12, 13, 0)));
        QVERIFY(!calendar.isAllowed(production, utc(2024, 4, 12, 13, 0)));
        QVERIFY(calendar.isAllowed(std::nullopt, utc(2024, 4, 12, 13, 0)));
        // Saturday 11:00: only production has a window.
        QVERIFY(calendar.isAllowed(production, utc(2024, 4, 13, 11, 0)));
        QVERIFY(!calendar.isAllowed(staging, utc(2024, 4, 13, 11, 0)));
        QVERIFY(!calendar.isAllowed(std::nullopt, utc(2024, 4, 13, 11, 0)));
        QVERIFY(!calendar.isAllowed(production, utc(2024, 4, 13, 13, 0)));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 4, 12, 12, 30)), utc(2024, 4, 13, 10, 0));
        QCOMPARE(calendar.nextAllowed(staging, utc(2024, 4, 12, 17, 0)), utc(2024, 4, 15, 9, 0));
        QCOMPARE(calendar.nextAllowed(production, utc(2024, 4, 13, 12, 0)), utc(2024, 4, 15, 9, 0));

        // A window for production alone leaves staging free at any time.
        const DeploymentCalendar productionOnly(
            {weekly(u"Saturday morning"_s, u"window"_s, saturday, 10 * 60, 12 * 60, u"UTC"_s, production)});
        QVERIFY(productionOnly.isAllowed(staging, utc(2024, 4, 14, 3, 0)));
        QVERIFY(!productionOnly.isAllowed(production, utc(2024, 4, 14, 3, 0)));
        QVERIFY(DeploymentCalendar().isAllowed(production, utc(2024, 4, 14, 3, 0)));
    }

    void storedWindows()
    {
        auto created = store::Workspace::create(m_dir.filePath(u"calendar.flowdeck"_s));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        const store::Workspace &workspace = **created;
        testing::RowInserter rows(workspace);
        const Id productionId = rows.add(Environment{0, u"production"_s, u"production"_s, 0});
        QVERIFY2(rows.error().isEmpty(), qPrintable(rows.error()));
        const QSqlDatabase db = workspace.connection();

        DeploymentWindow office = officeHours();
        office.environmentId = productionId;
        auto saved = saveWindow(db, office, u"dana"_s);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QVERIFY(saved->id > 0);
        auto freeze = saveWindow(db,
                                 once(u"Year-end freeze"_s, u"blackout"_s, utc(2026, 12, 19, 23, 0),
                                      utc(2027, 1, 1, 23, 0), u"Europe/Berlin"_s),
                                 u"dana"_s);
        QVERIFY2(freeze.ok(), qPrintable(freeze.errorMessage()));

        auto loaded = DeploymentCalendar::load(db);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->windows(), (QList<DeploymentWindow>{*saved, *freeze}));
        QVERIFY(!loaded->isAllowed(productionId, utc(2024, 3, 30, 10, 0)));

        DeploymentWindow renamed = *saved;
        renamed.name = u"Core hours"_s;
        renamed.startMinute = 10 * 60;
        QVERIFY(saveWindow(db, renamed, u"lee"_s).ok());
        loaded = DeploymentCalendar::load(db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->windows().constFirst(), renamed);

        QVERIFY(deleteWindow(db, freeze->id, u"lee"_s).ok());
        loaded = DeploymentCalendar::load(db);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->windows(), QList<DeploymentWindow>{renamed});
        QVERIFY(!deleteWindow(db, freeze->id, u"lee"_s).ok());

        auto audit = auditEntries(db, u"deployment_window"_s);
        QVERIFY(audit.ok());
        QCOMPARE(audit->size(), 4);
        for (const AuditEntry &entry : std::as_const(*audit))
            QCOMPARE(entry.action, u"calendar.edit"_s);
        QCOMPARE(audit->at(2).actor, u"lee"_s);
        QVERIFY2(audit->at(3).detail.contains(u"“Year-end freeze”"_s), qPrintable(audit->at(3).detail));

        // A window changed outside Flowdeck to a zone that does not exist makes the calendar unreadable, by name.
        auto broken =
            store::runQuery(db, u"deployment_windows"_s, u"UPDATE deployment_windows SET time_zone = 'Mars/Olympus'"_s);
        QVERIFY(broken.ok());
        loaded = DeploymentCalendar::load(db);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.errorMessage().contains(u"“Core hours”"_s) &&
                     loaded.errorMessage().contains(u"“Mars/Olympus”"_s),
                 qPrintable(loaded.errorMessage()));
    }

    void invalidWindowsRefused_data()
    {
        QTest::addColumn<DeploymentWindow>("window");
        QTest::addColumn<QString>("mention");

        DeploymentWindow w = officeHours();
        w.timeZone = u"Mars/Olympus"_s;
        QTest::newRow("unknown zone") << w << u"“Mars/Olympus”"_s;
        w = officeHours();
        w.weekdays = 0;
        QTest::newRow("no weekday") << w << u"weekday"_s;
        w.weekdays = 128;
        QTest::newRow("eighth weekday") << w << u"weekday"_s;
        w = officeHours();
        w.endMinute = w.startMinute;
        QTest::newRow("empty") << w << u"same minute"_s;
        w = officeHours();
        w.endMinute = 1500;
        QTest::newRow("minute past the day") << w << u"1500"_s;
        w = officeHours();
        w.startMinute = -1;
        QTest::newRow("negative minute") << w << u"-1"_s;
        w = officeHours();
        w.kind = u"holiday"_s;
        QTest::newRow("unknown kind") << w << u"“holiday”"_s;
        w = officeHours();
        w.recurrence = u"daily"_s;
        QTest::newRow("unknown recurrence") << w << u"“daily”"_s;
        w = once(u"Freeze"_s, u"blackout"_s, utc(2027, 1, 2, 0, 0), utc(2026, 12, 20, 0, 0));
        QTest::newRow("ends before it starts") << w << u"ends before it starts"_s;
        w = once(u"Freeze"_s, u"blackout"_s, utc(2027, 1, 2, 0, 0), utc(2026, 12, 20, 0, 0));
        w.endsAt.reset();
        QTest::newRow("no end") << w << u"does not say when"_s;
        w = officeHours();
        w.environmentId = 999;
        QTest::newRow("unknown environment") << w << u"999"_s;
        w = officeHours();
        w.id = 999;
        QTest::newRow("deleted elsewhere") << w << u"deleted"_s;
    }

    void invalidWindowsRefused()
    {
        QFETCH(DeploymentWindow, window);
        QFETCH(QString, mention);
        auto created = store::Workspace::create(m_dir.filePath(
            u"invalid-%1.flowdeck"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'))));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        auto saved = saveWindow((*created)->connection(), window, u"dana"_s);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorMessage().contains(u"“%1”"_s.arg(window.name)), qPrintable(saved.errorMessage()));
        QVERIFY2(saved.errorMessage().contains(mention), qPrintable(saved.errorMessage()));
        auto stored = store::runQuery((*created)->connection(), u"count"_s,
                                      u"SELECT (SELECT count(*) FROM deployment_windows) + "
                                      u"(SELECT count(*) FROM audit_log)"_s);
        QVERIFY(stored.ok() && stored->next());
        QCOMPARE(stored->value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
