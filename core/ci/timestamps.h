// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/json.h"
#include "domain/types.h"

#include <QJsonValue>
#include <QStringView>

/// The time forms CI APIs use, read into milliseconds since the epoch (UTC).
namespace flowdeck::ci {

/// ISO 8601 / RFC 3339 date-times: `2020-01-22T19:33:08Z`, `2016-08-16T23:48:35.000-08:00`,
/// `2015-12-24T15:51:21.880Z`, `+0200` and `+02` offsets, a space instead of the `T`, any number of fraction
/// digits (cut to milliseconds). A date alone is midnight UTC. Anything else is nullopt.
OptionalTime parseIsoTime(QStringView text);

/// A JSON time: an ISO string, or a number of epoch milliseconds (Jenkins). null, absent, 0 and anything
/// unreadable are nullopt.
OptionalTime jsonTime(const QJsonValue &value);
OptionalTime jsonTime(const json::Value &value);

} // namespace flowdeck::ci
