// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democalendar.h"

#include <QDateTime>

namespace flowdeck::demo {

namespace {

QDateTime utc(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC);
}

} // namespace

bool isWorkingTime(Timestamp t, int offsetMinutes)
{
    const QDateTime local = utc(t + offsetMinutes * minute);
    const int hourOfDay = local.time().hour();
    return local.date().dayOfWeek() <= 5 && hourOfDay >= 8 && hourOfDay < 18;
}

bool isMonthEnd(Timestamp t)
{
    const QDate date = utc(t).date();
    return date.day() > date.daysInMonth() - 4;
}

Timestamp nextWorkingMoment(Timestamp t, DemoRandom &random)
{
    if (isWorkingTime(t, 60))
        return t;
    QDateTime next = utc(t + 60 * minute);
    QDate date = next.time().hour() >= 18 ? next.date().addDays(1) : next.date();
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    const QDateTime morning(date, QTime(8, 0), Qt::UTC);
    return morning.toMSecsSinceEpoch() - 60 * minute + random.between(15, 120) * minute;
}

Timestamp nextAdvisoryBoard(Timestamp t)
{
    QDate date = utc(t).date();
    for (;;) {
        const int weekday = date.dayOfWeek();
        if (weekday == Qt::Tuesday || weekday == Qt::Thursday) {
            const Timestamp meeting = QDateTime(date, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
            if (meeting > t)
                return meeting;
        }
        date = date.addDays(1);
    }
}

Timestamp nextStandardChangeReview(Timestamp t)
{
    for (QDate date = utc(t).date();; date = date.addDays(1)) {
        if (date.dayOfWeek() > 5)
            continue;
        for (const int hourOfDay : {10, 15}) {
            const Timestamp review = QDateTime(date, QTime(hourOfDay, 0), Qt::UTC).toMSecsSinceEpoch();
            if (review > t)
                return review;
        }
    }
}

QList<Timestamp> releaseDates(Cadence cadence, Timestamp start, Timestamp end)
{
    QList<Timestamp> dates;
    QDate date = utc(start).date();
    const QDate last = utc(end).date();
    int week = 0;
    for (; date <= last; date = date.addDays(1)) {
        const int weekday = date.dayOfWeek();
        bool release = false;
        switch (cadence) {
        case Cadence::Continuous:
            break;
        case Cadence::Weekly:
            release = weekday == Qt::Wednesday;
            break;
        case Cadence::TwiceWeekly:
            release = weekday == Qt::Monday || weekday == Qt::Thursday;
            break;
        case Cadence::Fortnightly:
            release = weekday == Qt::Tuesday && (week++ % 2 == 0);
            break;
        case Cadence::Monthly:
            release = weekday == Qt::Wednesday && date.day() <= 7;
            break;
        }
        if (release)
            dates.append(QDateTime(date, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch());
    }
    return dates;
}

} // namespace flowdeck::demo
