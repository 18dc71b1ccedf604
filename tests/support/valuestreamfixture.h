// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small delivery history of March 2024 whose value stream is worked out by hand, shared by the value stream
// command and page tests.

#include "domain/types.h"
#include "store/workspace.h"

#include <QString>

namespace flowdeck::testing {

/// What buildValueStreamHistory() wrote. The service "shop" (repository "retail") has three merged pull requests:
/// coding (first commit -> opened) 4 h, 2 h, 6 h (median 4 h, p85 5.4 h); review (opened -> merged) 24 h, 6 h,
/// 18 h (median 18 h). Its pipeline build -> change-approval (kind approval) -> deploy-production ran three times:
/// build waits 2, 4, 6 min (median 4 min) and takes 10, 12, 8 min (median 10 min); the approval waits 40, 20, 30 h
/// (median 30 h, p85 37 h) and takes 5 min; the deploy waits 1 min and takes 10, 20, 30 min (median 20 min). Every
/// first attempt passes. So the map is Coding 4 h, Review 18 h, build 14 min, change-approval 30 h 5 min,
/// deploy-production 21 min: a lead time of 52 h 40 min with 4 h 35 min of process, the approval its bottleneck.
/// The service "search" has no history.
struct ValueStreamHistory
{
    Id shop = 0;
    Id search = 0;
    Id production = 0;
    Id pipeline = 0;
};

/// Writes that history into `workspace`; the error of the first row that could not be written, if any.
ValueStreamHistory buildValueStreamHistory(const store::Workspace &workspace, QString *error);

/// A moment of March 2024, UTC.
Timestamp march2024(int day, int hourOfDay, int minuteOfHour = 0);

} // namespace flowdeck::testing
