// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/statusstyle.h"
#include "domain/release.h"
#include "domain/types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace flowdeck::views {

/// How the states of release tasks and the statuses of releases look, and the names of task kinds: a symbol, a
/// colour of the Okabe–Ito palette and a translated label for each, as StatusStyle gives them for runs.
class ReleaseStyle
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::ReleaseStyle)

public:
    /// planned ○, ready ◷, running ●, succeeded ✓, failed ✕, skipped –, aborted –.
    static StatusStyle taskState(const QString &state);
    /// planned ○, running ●, waiting ◷, aborting ●, succeeded ✓, failed ✕, rolled back ↶, aborted –.
    static StatusStyle releaseStatus(const QString &status);
    /// "Deploy", "Manual task", "Approval gate", "Check gate", "Wait"; an unknown kind as itself.
    static QString kindLabel(const QString &kind);
    /// The release statuses in the order a release passes them.
    static QStringList releaseStatuses();
    /// Whether a release in `status` is under way: running, waiting for people or being aborted.
    static bool isActive(const QString &status);
    /// A release's name with its version, unless the name says it already: "Spring release 2.4.0", "Storefront 4.12".
    static QString title(const Release &release);
    /// The planned window: "12/03/2026 09:00 – 11:00", or from a start alone; "–" without one.
    static QString plannedWindow(OptionalTime start, OptionalTime end);
};

} // namespace flowdeck::views
