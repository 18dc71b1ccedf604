// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace flowdeck::release {

/// Deployment windows and blackouts. A deployment to an environment is allowed at a time when no blackout for
/// it (or for every environment) covers that time and, where any window applies to it, a window covers it. An
/// environment without windows may deploy at any time outside blackouts.
class DeploymentCalendar
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::release::DeploymentCalendar)

public:
    DeploymentCalendar() = default;
    explicit DeploymentCalendar(QList<DeploymentWindow> windows);

    static Result<DeploymentCalendar> load(QSqlDatabase db);

    const QList<DeploymentWindow> &windows() const { return m_windows; }

    bool isAllowed(OptionalId environmentId, Timestamp at) const;
    /// The first allowed moment at or after `at`, searching `horizonDays` ahead; nullopt when none.
    std::optional<Timestamp> nextAllowed(OptionalId environmentId, Timestamp at, int horizonDays = 60) const;
    /// Why a deploy to the environment is held at `at`, in plain words ("Blackout 'Year-end freeze' until
    /// 2 Jan 2027 00:00"), or empty when it is allowed.
    QString holdReason(OptionalId environmentId, Timestamp at) const;

    /// Whether one window covers `at` (in its time zone; weekly windows may end past midnight when end < start).
    static bool covers(const DeploymentWindow &window, Timestamp at);

private:
    QList<DeploymentWindow> m_windows;
};

/// Validates (kind, recurrence, minutes in 0..1440, weekdays for weekly, start < end for one-off, a known time
/// zone) and stores a window; id 0 inserts. Audited as calendar.edit.
Result<DeploymentWindow> saveWindow(QSqlDatabase db, DeploymentWindow window, const QString &actor);
Result<void> deleteWindow(QSqlDatabase db, Id windowId, const QString &actor);

} // namespace flowdeck::release
