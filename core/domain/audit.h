// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QString>

namespace flowdeck {

/// One entry of the append-only audit log: who did what, when, to what, and how it ended.
struct AuditEntry
{
    Id id = 0;
    Timestamp at = 0;
    QString actor;
    QString action;
    QString subjectType;
    OptionalId subjectId;
    QString outcome;
    QString detail;

    bool operator==(const AuditEntry &) const = default;
};

struct Setting
{
    QString key;
    QString value;

    bool operator==(const Setting &) const = default;
};

} // namespace flowdeck
