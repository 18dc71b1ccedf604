// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/quantiles.h"

#include <algorithm>
#include <cmath>

namespace flowdeck::stats {

std::optional<qint64> median(std::vector<qint64> &values)
{
    if (values.empty())
        return std::nullopt;
    const std::size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(middle), values.end());
    const qint64 upper = values[middle];
    if (values.size() % 2 == 1)
        return upper;
    // The lower middle value is the largest of those before the upper one.
    const qint64 lower = *std::max_element(values.begin(), values.begin() + std::ptrdiff_t(middle));
    // lower <= upper: half their difference added to the lower one is their mean, without the sum's overflow.
    const qint64 difference = upper - lower;
    return lower + difference / 2;
}

std::optional<qint64> percentile(std::vector<qint64> &values, double p)
{
    if (values.empty() || !(p > 0) || p > 100)
        return std::nullopt;
    // Rank n = ceil(p / 100 * count), 1-based.
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(values.size())));
    const std::size_t index = std::clamp<std::size_t>(rank, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(index), values.end());
    return values[index];
}

} // namespace flowdeck::stats
