// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/levels.h"

#include <QCoreApplication>
#include <QString>

namespace flowdeck::report {

/// The translation context of the report's own words (headings, summary, chart labels, CSV headers stay English).
class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::report::ReportText)

public:
    /// The key's name as a reader knows it: "Deployment frequency", "Lead time for changes", ...
    static QString keyTitle(metrics::Key key);
    /// Stable key names for JSON, CSV and chart ids: "deployment_frequency", "lead_time_for_changes", ...
    static QString keyName(metrics::Key key);
    /// "Elite", "High", ... or "no data" for Level::None.
    static QString levelText(metrics::Level level);
};

} // namespace flowdeck::report
