// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace flowdeck::valuestream {

/// Reads a duration as people type it into a step's wait or process time, and as formatDuration() writes it.
///
/// The text is one or more parts, each a number (a decimal point or comma allowed: "1.5", "1,5") followed by a unit,
/// with or without a space between them and between parts: "3 d 4 h", "2h 5min", "45 min", "1.5 h", "90m", "2 w".
/// Units, in any case and with or without a trailing full stop: weeks (w, wk, week, weeks, Wo, Woche, Wochen), days
/// (d, day, days, T, Tag, Tage, Tagen), hours (h, hr, hrs, hour, hours, Std, Stunde, Stunden), minutes (m, min, mins,
/// minute, minutes, Minute, Minuten), seconds (s, sec, secs, second, seconds, Sek, Sekunde, Sekunden). Both the
/// English and the German abbreviations are accepted whatever the language the program runs in, so that a text
/// written by formatDuration() in either language reads back.
///
/// A number alone means hours ("8" is 8 h, "0" is nothing at all), the unit workshop estimates are most often given
/// in. In a text of several parts every number needs its unit.
///
/// formatDuration()'s "under 1 min" (and "unter 1 Min.") reads as 0: formatDuration() rounds to the minute, and so
/// reading what it wrote gives back the duration rounded to the minute.
///
/// Returns nothing for a text that is empty or only blanks: the caller clears the value. Returns an Error naming
/// the text for anything else that is not a duration, for a negative duration and for one over 100 years.
/// The value is in milliseconds, rounded to the nearest millisecond.
Result<std::optional<qint64>> readDuration(const QString &text);

/// readDuration()'s duration, or nothing when the text is empty or is not a duration. For callers that need not
/// tell the two apart; an editor that must (empty clears the value, invalid is an error) calls readDuration().
std::optional<qint64> parseDuration(const QString &text);

} // namespace flowdeck::valuestream
