// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "metrics/metrics.h"

#include <algorithm>
#include <vector>

namespace flowdeck::metrics {

inline constexpr qint64 HourMs = 3600 * 1000;
inline constexpr qint64 DayMs = 24 * HourMs;
inline constexpr qint64 WeekMs = 7 * DayMs;

/// A duration in hours.
inline double hoursOf(qint64 ms)
{
    return double(ms) / double(HourMs);
}

/// The period [from, to) of a scope, cut into days (24 h blocks from `from`) and weeks (7-day blocks from `from`);
/// the last day and week may be shorter. Empty when to <= from: no days, no weeks.
class Period
{
public:
    explicit Period(const Scope &scope)
        : m_from(scope.from)
        , m_to(scope.to)
    {}

    Timestamp from() const { return m_from; }
    Timestamp to() const { return m_to; }
    bool isEmpty() const { return m_to <= m_from; }
    bool contains(Timestamp time) const { return time >= m_from && time < m_to; }
    qint64 lengthMs() const { return isEmpty() ? 0 : m_to - m_from; }
    /// The length in days, fractional.
    double lengthDays() const { return double(lengthMs()) / double(DayMs); }

    int dayCount() const { return int((lengthMs() + DayMs - 1) / DayMs); }
    int weekCount() const { return int((lengthMs() + WeekMs - 1) / WeekMs); }
    /// Weeks of a full 7 days.
    int wholeWeekCount() const { return int(lengthMs() / WeekMs); }

    /// The day and week of a time inside the period.
    int dayOf(Timestamp time) const { return int((time - m_from) / DayMs); }
    int weekOf(Timestamp time) const { return int((time - m_from) / WeekMs); }

    Timestamp dayStart(int day) const { return m_from + day * DayMs; }
    Timestamp weekStart(int week) const { return m_from + week * WeekMs; }
    Timestamp weekEnd(int week) const { return std::min(weekStart(week) + WeekMs, m_to); }

private:
    Timestamp m_from = 0;
    Timestamp m_to = 0;
};

/// Count, median, 85th percentile and mean of durations in hours. `hours` are reordered.
Summary summarize(std::vector<double> &hours);

/// The median (interpolatedPercentile() at 50) of `values`; nothing for none. `values` are reordered.
std::optional<double> medianOf(std::vector<double> &values);

} // namespace flowdeck::metrics
