// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpreviewload.h"

#include "metrics/metricspage.h"
#include "metrics/metricssettings.h"
#include "overview/workspacesummary.h"
#include "store/workspace.h"

#include <QPainter>

#include <algorithm>

namespace flowdeck::views {

ReportWorkspaceFacts readReportWorkspaceFacts(const std::shared_ptr<const store::Workspace> &workspace)
{
    ReportWorkspaceFacts facts;
    // connection() opens this worker thread's own connection.
    auto summary = loadWorkspaceSummary(workspace->connection(), 0);
    if (!summary) {
        facts.error = summary.errorMessage();
        return facts;
    }
    facts.services = summary->services;
    facts.hasHistory = summary->hasHistory();
    facts.settings = ScopeBar::readSettings(*workspace);
    // A service removed since the scope was kept no longer narrows it.
    QList<Id> known;
    for (const Id id : std::as_const(facts.settings.serviceIds)) {
        if (std::any_of(facts.services.begin(), facts.services.end(), [id](const Service &s) { return s.id == id; }))
            known.append(id);
    }
    facts.settings.serviceIds = known;
    // The figures of the Metrics page: its benchmark and options, as the workspace keeps them.
    facts.options = metricssettings::readOptions(*workspace);
    facts.options.benchmark =
        metrics::benchmarkFromName(workspace->setting(QString::fromLatin1(MetricsPage::benchmarkKey)))
            .value_or(metrics::Benchmark::Dora2024);
    return facts;
}

bool isEmptyReport(const report::ReportData &data)
{
    return data.metrics.deploymentFrequency.deployments == 0 && data.leadTimeHours.isEmpty() && data.releases.isEmpty();
}

ReportPreview buildReportPreview(const std::shared_ptr<const store::Workspace> &workspace,
                                 const report::ReportScope &scope, ReportPageSize size, double scale,
                                 const TaskControl &control)
{
    ReportPreview preview;
    preview.scope = scope;
    auto gathered = report::gatherReport(*workspace, scope, control);
    if (control.isCanceled()) {
        preview.canceled = true;
        return preview;
    }
    if (!gathered) {
        preview.error = gathered.errorMessage();
        return preview;
    }
    if (isEmptyReport(*gathered)) {
        preview.empty = true;
        return preview;
    }

    // Laid out and painted here, on the worker thread: a long report would keep the GUI thread busy too long.
    const ReportDocument document(*gathered, size);
    preview.pageSizePoints = document.pageSizePoints();
    const QSize pixels = (preview.pageSizePoints * scale).toSize();
    for (int i = 0; i < document.pageCount(); ++i) {
        if (control.isCanceled()) {
            preview.canceled = true;
            return preview;
        }
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        // Paper is white in light and dark themes alike.
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                                   QPainter::SmoothPixmapTransform);
            painter.scale(scale, scale);
            document.paintPage(painter, i);
        }
        preview.thumbnails.append(image.scaledToWidth(reportThumbnailWidth, Qt::SmoothTransformation));
        preview.pages.append(std::move(image));
    }
    return preview;
}

} // namespace flowdeck::views
