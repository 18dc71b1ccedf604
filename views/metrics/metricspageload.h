// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/scopebar.h"
#include "domain/delivery.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/leadtimechart.h"
#include "metrics/metrics.h"
#include "taskcontrol.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// What the Metrics page's load does: read the workspace (its services, and the scope, benchmark and options it
/// keeps) and compute; read it again but keep the scope and options chosen (after an import); or only compute
/// again with the scope and options chosen, keeping them in the workspace.
enum class MetricsPageWork
{
    ReadWorkspace,
    ReadAgain,
    Recompute
};

/// What a load of the Metrics page found out, read and computed on a worker thread.
struct MetricsPageLoad
{
    bool full = false;
    QString error;
    QList<Service> services;
    bool hasHistory = false;
    bool hasProduction = false;
    ScopeBar::Settings settings;
    metrics::Options options;
    std::optional<metrics::MetricsReport> report;
    std::optional<metrics::MetricsReport> previous;
    /// What the charts with many points draw of the report, prepared here so that the GUI thread only shows it.
    LeadTimeChart::Data leadTimeChart;
    CumulativeFlowChart::Data flowChart;
};

/// Does `work` for the Metrics page on the calling (worker) thread: the report of the scope's period and of the
/// period before, from one read of the workspace. A failure is in the result's error.
MetricsPageLoad loadMetricsPage(const std::shared_ptr<const store::Workspace> &workspace, MetricsPageWork work,
                                ScopeBar::Settings settings, metrics::Options options, const TaskControl &control);

} // namespace flowdeck::views
