// SPDX-License-Identifier: GPL-3.0-or-later
#include "release/calendar.h"

#include "release/audit.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace flowdeck::release {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 minuteMs = 60'000;
constexpr qint64 dayMs = 24 * 60 * minuteMs;
constexpr int minutesPerDay = 24 * 60;

const QString windowKind = u"window"_s;
const QString blackoutKind = u"blackout"_s;
const QString once = u"once"_s;
const QString weekly = u"weekly"_s;

QString quoted(const QString &name)
{
    return DeploymentCalendar::tr("“%1”").arg(name);
}

QTimeZone zoneNamed(const QString &name)
{
    if (name.isEmpty() || name == u"UTC"_s)
        return QTimeZone::utc();
    return QTimeZone(name.toUtf8());
}

/// The window's zone; UTC for a name that is not one (load() and saveWindow() refuse those).
QTimeZone zoneOf(const DeploymentWindow &window)
{
    const QTimeZone zone = zoneNamed(window.timeZone);
    return zone.isValid() ? zone : QTimeZone::utc();
}

bool appliesTo(const DeploymentWindow &window, OptionalId environmentId)
{
    return !window.environmentId || window.environmentId == environmentId;
}

/// Whether a weekly window starts on `date` (bit 0 is Monday).
bool startsOn(const DeploymentWindow &window, QDate date)
{
    return (window.weekdays >> (date.dayOfWeek() - 1)) & 1;
}

/// The moments at which the wall clock of `zone` shows `minute` (0..1440) of `date`: none in a gap of a change to
/// summer time, two in the repeated hour of the change back.
QList<Timestamp> momentsOf(const QTimeZone &zone, QDate date, int minute)
{
    const qint64 wallClock =
        QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() + qint64(minute) * minuteMs;
    QList<Timestamp> moments;
    // The offsets in force a day either side cover any change of offset near this wall-clock time.
    for (const qint64 probe : {wallClock - dayMs, wallClock + dayMs}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, QTimeZone::utc()));
        const Timestamp moment = wallClock - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(moment, QTimeZone::utc())) == offset &&
            !moments.contains(moment))
            moments.append(moment);
    }
    return moments;
}

/// The moments in [from, to] at which `window` may start or stop covering: its starts and ends, and the changes of
/// its zone's offset (when the wall clock jumps into or out of a weekly window).
void addBoundaries(const DeploymentWindow &window, Timestamp from, Timestamp to, std::set<Timestamp> &boundaries)
{
    const auto add = [&](Timestamp moment) {
        if (moment >= from && moment <= to)
            boundaries.insert(moment);
    };
    if (window.recurrence == once) {
        if (window.startsAt)
            add(*window.startsAt);
        if (window.endsAt)
            add(*window.endsAt);
        return;
    }
    const QTimeZone zone = zoneOf(window);
    const QDate first = QDateTime::fromMSecsSinceEpoch(from, zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(to, zone).date().addDays(1);
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        if (!startsOn(window, date))
            continue;
        for (const Timestamp moment : momentsOf(zone, date, window.startMinute))
            add(moment);
        const QDate endDate = window.endMinute > window.startMinute ? date : date.addDays(1);
        for (const Timestamp moment : momentsOf(zone, endDate, window.endMinute))
            add(moment);
    }
    const QList<QTimeZone::OffsetData> transitions = zone.transitions(
        QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()), QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()));
    for (const QTimeZone::OffsetData &transition : transitions)
        add(transition.atUtc.toMSecsSinceEpoch());
}

/// A moment as the window's zone shows it: "2 Jan 2027 00:00 (Europe/Berlin)".
QString formatMoment(Timestamp moment, const DeploymentWindow &window)
{
    const QTimeZone zone = zoneOf(window);
    return DeploymentCalendar::tr("%1 (%2)").arg(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(moment, zone), u"d MMM yyyy HH:mm"_s),
        window.timeZone.isEmpty() ? u"UTC"_s : window.timeZone);
}

Result<void> validateWindow(const DeploymentWindow &window)
{
    const QString name = quoted(window.name);
    if (window.name.trimmed().isEmpty())
        return Error{DeploymentCalendar::tr("A deployment window needs a name.")};
    if (window.kind != windowKind && window.kind != blackoutKind)
        return Error{DeploymentCalendar::tr("%1 is of the unknown kind %2; it is a “window” or a “blackout”.")
                         .arg(name, quoted(window.kind))};
    if (window.recurrence != once && window.recurrence != weekly)
        return Error{DeploymentCalendar::tr("%1 recurs in the unknown way %2; it happens “once” or “weekly”.")
                         .arg(name, quoted(window.recurrence))};
    if (window.startMinute < 0 || window.startMinute > minutesPerDay || window.endMinute < 0 ||
        window.endMinute > minutesPerDay)
        return Error{DeploymentCalendar::tr("%1 starts at minute %2 and ends at minute %3 of the day; both must be "
                                            "between 0 and 1440.")
                         .arg(name)
                         .arg(window.startMinute)
                         .arg(window.endMinute)};
    if (window.recurrence == weekly) {
        if (window.weekdays <= 0 || window.weekdays > 0x7f)
            return Error{
                DeploymentCalendar::tr("%1 recurs weekly but names no weekday (or an unknown one).").arg(name)};
        if (window.startMinute == window.endMinute)
            return Error{DeploymentCalendar::tr("%1 starts and ends at the same minute of the day.").arg(name)};
    } else {
        if (!window.startsAt || !window.endsAt)
            return Error{DeploymentCalendar::tr("%1 happens once but does not say when it starts and ends.").arg(name)};
        if (*window.startsAt >= *window.endsAt)
            return Error{DeploymentCalendar::tr("%1 ends before it starts.").arg(name)};
    }
    if (!zoneNamed(window.timeZone).isValid())
        return Error{DeploymentCalendar::tr("%1 is in the unknown time zone %2; use a name like “Europe/Berlin” or "
                                            "“UTC”.")
                         .arg(name, quoted(window.timeZone))};
    return {};
}

QString describe(const DeploymentWindow &window)
{
    return window.kind == blackoutKind ? DeploymentCalendar::tr("blackout %1").arg(quoted(window.name))
                                       : DeploymentCalendar::tr("deployment window %1").arg(quoted(window.name));
}

} // namespace

DeploymentCalendar::DeploymentCalendar(QList<DeploymentWindow> windows)
    : m_windows(std::move(windows))
{}

Result<DeploymentCalendar> DeploymentCalendar::load(QSqlDatabase db)
{
    auto windows = store::loadRows<DeploymentWindow>(db);
    if (!windows)
        return windows.error();
    for (const DeploymentWindow &window : std::as_const(*windows)) {
        if (auto valid = validateWindow(window); !valid)
            return Error{tr("The deployment calendar cannot be read: %1").arg(valid.errorMessage())};
    }
    return DeploymentCalendar(*windows);
}

bool DeploymentCalendar::covers(const DeploymentWindow &window, Timestamp at)
{
    if (window.recurrence == once)
        return window.startsAt && window.endsAt && *window.startsAt <= at && at < *window.endsAt;
    if (window.recurrence != weekly)
        return false;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(at, zoneOf(window));
    const QDate date = local.date();
    const qint64 sinceMidnight = local.time().msecsSinceStartOfDay();
    const qint64 start = window.startMinute * minuteMs;
    const qint64 end = window.endMinute * minuteMs;
    if (start < end)
        return startsOn(window, date) && start <= sinceMidnight && sinceMidnight < end;
    if (end < start)
        return (startsOn(window, date) && sinceMidnight >= start) ||
               (startsOn(window, date.addDays(-1)) && sinceMidnight < end);
    return false;
}

bool DeploymentCalendar::isAllowed(OptionalId environmentId, Timestamp at) const
{
    bool anyWindow = false;
    bool inWindow = false;
    for (const DeploymentWindow &window : m_windows) {
        if (!appliesTo(window, environmentId))
            continue;
        if (window.kind == blackoutKind) {
            if (covers(window, at))
                return false;
        } else {
            anyWindow = true;
            inWindow = inWindow || covers(window, at);
        }
    }
    return !anyWindow || inWindow;
}

std::optional<Timestamp> DeploymentCalendar::nextAllowed(OptionalId environmentId, Timestamp at, int horizonDays) const
{
    // Whether a deploy is allowed changes only where a window or blackout starts or ends, or where a zone's clock
    // jumps: the first allowed moment is `at` itself or one of those.
    const Timestamp until = at + qint64(std::max(horizonDays, 0)) * dayMs;
    std::set<Timestamp> candidates{at};
    for (const DeploymentWindow &window : m_windows) {
        if (appliesTo(window, environmentId))
            addBoundaries(window, at, until, candidates);
    }
    for (const Timestamp candidate : candidates) {
        if (isAllowed(environmentId, candidate))
            return candidate;
    }
    return std::nullopt;
}

QString DeploymentCalendar::holdReason(OptionalId environmentId, Timestamp at) const
{
    if (isAllowed(environmentId, at))
        return {};
    constexpr int horizonDays = 60;
    const Timestamp until = at + horizonDays * dayMs;
    for (const DeploymentWindow &window : m_windows) {
        if (window.kind != blackoutKind || !appliesTo(window, environmentId) || !covers(window, at))
            continue;
        std::set<Timestamp> boundaries;
        addBoundaries(window, at + 1, until, boundaries);
        const auto end = std::find_if(boundaries.cbegin(), boundaries.cend(),
                                      [&](Timestamp moment) { return !covers(window, moment); });
        if (end == boundaries.cend())
            return tr("Blackout %1, which lasts beyond the next %n day(s)", nullptr, horizonDays)
                .arg(quoted(window.name));
        return tr("Blackout %1 until %2").arg(quoted(window.name), formatMoment(*end, window));
    }
    const std::optional<Timestamp> next = nextAllowed(environmentId, at, horizonDays);
    if (!next)
        return tr("Outside every deployment window, and deploying is not allowed within the next %n day(s)", nullptr,
                  horizonDays);
    // Show the moment in the zone of a window that opens then.
    const auto opening = std::find_if(m_windows.cbegin(), m_windows.cend(), [&](const DeploymentWindow &window) {
        return window.kind == windowKind && appliesTo(window, environmentId) && covers(window, *next);
    });
    DeploymentWindow zoneSource;
    if (opening != m_windows.cend())
        zoneSource = *opening;
    return tr("Outside every deployment window until %1").arg(formatMoment(*next, zoneSource));
}

Result<DeploymentWindow> saveWindow(QSqlDatabase db, DeploymentWindow window, const QString &actor)
{
    if (auto valid = validateWindow(window); !valid)
        return valid.error();
    if (window.environmentId) {
        auto environment = store::runQuery(db, u"environments"_s, u"SELECT 1 FROM environments WHERE id = ?"_s,
                                           {*window.environmentId});
        if (!environment)
            return environment.error();
        if (!environment->next())
            return Error{DeploymentCalendar::tr("%1 is for the environment with id %2, which the workspace does not "
                                                "have.")
                             .arg(quoted(window.name))
                             .arg(*window.environmentId)};
    }
    if (window.id == 0) {
        store::TableWriter<DeploymentWindow> writer(db);
        auto id = writer.insert(window);
        if (!id)
            return id.error();
        window.id = *id;
    } else {
        QStringList assignments;
        for (const QString &column : store::columnNames<DeploymentWindow>())
            assignments.append(column + u" = ?"_s);
        QSqlQuery update(db);
        if (!update.prepare(u"UPDATE deployment_windows SET "_s + assignments.join(u", "_s) + u" WHERE id = ?"_s))
            return store::sqlError(u"deployment_windows"_s, update.lastError());
        store::bindColumns(update, window);
        update.addBindValue(window.id);
        if (!update.exec())
            return store::sqlError(u"deployment_windows"_s, update.lastError());
        if (update.numRowsAffected() == 0)
            return Error{
                DeploymentCalendar::tr("The %1 cannot be saved: it was deleted elsewhere.").arg(describe(window))};
    }
    auto audited =
        appendAudit(db, AuditEntry{0, 0, actor, u"calendar.edit"_s, u"deployment_window"_s, window.id, u"succeeded"_s,
                                   DeploymentCalendar::tr("Saved the %1").arg(describe(window))});
    if (!audited)
        return audited.error();
    return window;
}

Result<void> deleteWindow(QSqlDatabase db, Id windowId, const QString &actor)
{
    auto stored = store::loadRows<DeploymentWindow>(db, u"id = ?"_s, {windowId});
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error{DeploymentCalendar::tr("There is no deployment window with the id %1.").arg(windowId)};
    auto removed =
        store::runQuery(db, u"deployment_windows"_s, u"DELETE FROM deployment_windows WHERE id = ?"_s, {windowId});
    if (!removed)
        return removed.error();
    return appendAudit(db, AuditEntry{0, 0, actor, u"calendar.edit"_s, u"deployment_window"_s, windowId, u"succeeded"_s,
                                      DeploymentCalendar::tr("Deleted the %1").arg(describe(stored->constFirst()))});
}

} // namespace flowdeck::release
