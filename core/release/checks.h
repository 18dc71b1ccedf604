// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/calendar.h"
#include "release/releaseplan.h"

#include <QSqlDatabase>

namespace flowdeck::release {

struct CheckResult
{
    bool passed = false;
    /// One line per condition, each saying what was found: "Pipeline runs of storefront 2.4.0: 3, all green".
    QStringList findings;
};

/// Evaluates a check gate's conditions on the workspace at `now`.
Result<CheckResult> evaluateCheck(QSqlDatabase db, const ReleasePlan &plan, const ReleaseTask &task,
                                  const DeploymentCalendar &calendar, Timestamp now);

} // namespace flowdeck::release
