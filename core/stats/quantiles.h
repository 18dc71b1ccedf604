// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <vector>

namespace flowdeck::stats {

/// The median: the middle value, or with an even count the mean of the two middle values, rounded towards
/// negative infinity. Nothing for no values. `values` are reordered.
std::optional<qint64> median(std::vector<qint64> &values);

/// The p-th percentile (0 < p <= 100) by the nearest-rank method: the smallest value that at least p % of the
/// values are less than or equal to. It is always one of the values, as a person checking by hand would pick.
/// Nothing for no values. `values` are reordered.
std::optional<qint64> percentile(std::vector<qint64> &values, double p);

} // namespace flowdeck::stats
