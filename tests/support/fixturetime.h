// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

namespace flowdeck::testing {

// 2023-11-14 22:13:20 UTC; every time in the hand-built fixtures is an offset from here.
inline constexpr Timestamp T = 1'700'000'000'000;
inline constexpr Timestamp minute = 60'000;
inline constexpr Timestamp hour = 60 * minute;
inline constexpr Timestamp day = 24 * hour;

} // namespace flowdeck::testing
