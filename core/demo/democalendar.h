// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoprofile.h"
#include "demo/demorandom.h"
#include "domain/types.h"

#include <QList>

namespace flowdeck::demo {

// The demo company's calendar: when people work, when the change advisory board meets, when a service releases.

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

/// Whether `t` falls on a weekday between 08:00 and 18:00 at the given offset from UTC.
bool isWorkingTime(Timestamp t, int offsetMinutes);

/// The last four days of a month, when everyone lands their work before the close and the runners queue up.
bool isMonthEnd(Timestamp t);

/// `t` if it falls in working hours (CET), else a moment early on the next working day.
Timestamp nextWorkingMoment(Timestamp t, DemoRandom &random);

/// The change advisory board meets on Tuesdays and Thursdays at 10:00 UTC: its first meeting after `t`.
Timestamp nextAdvisoryBoard(Timestamp t);

/// The on-call approver reviews standard changes on weekdays at 10:00 and 15:00 UTC: the first review after `t`.
Timestamp nextStandardChangeReview(Timestamp t);

/// The mornings (09:00 UTC) from `start`'s day to `end`'s on which a service of the given cadence releases; none for
/// a continuous one.
QList<Timestamp> releaseDates(Cadence cadence, Timestamp start, Timestamp end);

} // namespace flowdeck::demo
