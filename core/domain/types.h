// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>

namespace flowdeck {

/// Row id of a workspace table (INTEGER PRIMARY KEY).
using Id = qint64;

/// A point in time: milliseconds since the Unix epoch, UTC, as stored in every workspace table.
using Timestamp = qint64;

using OptionalId = std::optional<Id>;
using OptionalTime = std::optional<Timestamp>;

} // namespace flowdeck
