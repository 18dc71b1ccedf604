// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricspageload.h"

#include "metrics/metricsload.h"
#include "metrics/metricspage.h"
#include "metrics/metricssettings.h"
#include "overview/workspacesummary.h"
#include "store/workspace.h"

#include <QSqlDatabase>

#include <algorithm>

namespace flowdeck::views {

MetricsPageLoad loadMetricsPage(const std::shared_ptr<const store::Workspace> &workspace, MetricsPageWork work,
                                ScopeBar::Settings settings, metrics::Options options, const TaskControl &control)
{
    MetricsPageLoad load;
    load.full = work != MetricsPageWork::Recompute;
    load.settings = settings;
    load.options = options;
    // connection() opens this worker thread's own connection.
    const QSqlDatabase db = workspace->connection();
    if (work == MetricsPageWork::Recompute) {
        // A read-only workspace keeps nothing; the figures are computed all the same.
        (void)ScopeBar::writeSettings(*workspace, settings);
        (void)workspace->setSetting(QString::fromLatin1(MetricsPage::benchmarkKey),
                                    metrics::benchmarkName(options.benchmark));
        (void)metricssettings::writeOptions(*workspace, options);
    } else {
        auto summary = loadWorkspaceSummary(db, 0);
        if (!summary) {
            load.error = summary.errorMessage();
            return load;
        }
        load.services = summary->services;
        load.hasHistory = summary->hasHistory();
        load.hasProduction =
            std::any_of(summary->environments.begin(), summary->environments.end(),
                        [](const Environment &e) { return e.tier == QLatin1StringView(Tier::Production); });
        if (work == MetricsPageWork::ReadWorkspace) {
            load.settings = ScopeBar::readSettings(*workspace);
            load.options = metricssettings::readOptions(*workspace);
            load.options.benchmark =
                metrics::benchmarkFromName(workspace->setting(QString::fromLatin1(MetricsPage::benchmarkKey)))
                    .value_or(metrics::Benchmark::Dora2024);
        }
        // A service removed since the scope was kept no longer narrows it.
        QList<Id> known;
        for (const Id id : std::as_const(load.settings.serviceIds)) {
            if (std::any_of(load.services.begin(), load.services.end(), [id](const Service &s) { return s.id == id; }))
                known.append(id);
        }
        load.settings.serviceIds = known;
        if (!load.hasHistory || !load.hasProduction)
            return load;
    }

    const metrics::Scope scope = ScopeBar::scopeOf(load.settings, QDate::currentDate());
    options = load.options;
    // The facts cover all time, and the runs the period before as well, so that one read serves both periods.
    auto data = metrics::loadMetricsData(db, scope, options, control);
    if (!data) {
        load.error = data.errorMessage();
        return load;
    }
    load.report = metrics::computeMetrics(*data, scope, options);
    load.previous = metrics::computeMetrics(*data, scope.previous(), options);
    load.leadTimeChart = LeadTimeChart::prepare(*load.report);
    load.flowChart = CumulativeFlowChart::prepare(*load.report);
    return load;
}

} // namespace flowdeck::views
