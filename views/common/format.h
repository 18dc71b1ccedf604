// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

class QTime;

/// How every page writes numbers, durations and times: in the user's locale (QLocale()), times in local time.
/// The short forms go into cells and labels; the exact forms into their tooltips.
namespace flowdeck::views::format {

/// A duration in its two largest units: "3 d 4 h", "45 min", "2 min 5 s", "12 s", "350 ms".
QString duration(qint64 milliseconds);
/// A duration with every unit down to the millisecond, for tooltips: "3 d 4 h 12 min 5.250 s".
QString exactDuration(qint64 milliseconds);

/// Date and time, local time, the locale's short form, to the minute (the C locale's short form has seconds too).
QString dateTime(Timestamp at);
/// A time of day in the locale's short form, to the minute: "09:00", "9:00 AM".
QString time(QTime time);
/// The date alone, local time, the locale's short form.
QString date(Timestamp at);
/// The locale's long form in local time, then the same moment in UTC (ISO 8601), for tooltips.
QString exactDateTime(Timestamp at);
/// How long ago `at` was, seen from `now`: "just now", "5 min ago", "3 h ago", "5 days ago", "3 months ago".
QString age(Timestamp at, Timestamp now);
/// "first – last" as short dates; one date when both fall on the same day; "–" when there is none.
QString dateRange(OptionalTime first, OptionalTime last);

/// A count with the locale's thousands separators: "20,000".
QString count(qint64 value);

/// Stands for a value that is not there (a running deployment's duration, a service never deployed).
QString missing();

} // namespace flowdeck::views::format
