// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/scopebar.h"
#include "domain/delivery.h"
#include "metrics/metricsdata.h"
#include "report/report.h"
#include "reports/reportdocument.h"
#include "taskcontrol.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <memory>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// What the Reports page needs to know of a workspace before it gathers a report: its services, whether it holds
/// any history, the scope the analytical pages share, and the metrics options the Metrics page keeps (so that both
/// show the same figures).
struct ReportWorkspaceFacts
{
    QList<Service> services;
    /// The shared scope, without the services no longer in the workspace.
    ScopeBar::Settings settings;
    bool hasHistory = false;
    metrics::Options options;
    QString error;
};

/// Reads the facts of `workspace` through the calling thread's connection: call it off the GUI thread.
ReportWorkspaceFacts readReportWorkspaceFacts(const std::shared_ptr<const store::Workspace> &workspace);

/// A report gathered for the preview, laid out on pages and painted into images.
struct ReportPreview
{
    report::ReportScope scope;
    /// The pages at `scale` pixels per point, and the same pages small, for the list beside them.
    QList<QImage> pages;
    QList<QImage> thumbnails;
    QSizeF pageSizePoints;
    /// True when the scope holds no production deployment, no change shipped and no release: nothing to show.
    bool empty = false;
    bool canceled = false;
    QString error;
};

/// The width of a page's thumbnail, in pixels.
inline constexpr int reportThumbnailWidth = 96;

/// Gathers the report of `scope`, lays it out on pages of `size` and paints each page at `scale` pixels per point.
/// Runs on a worker thread (with the QGuiApplication of the process for its fonts); stops early when `control` is
/// canceled.
ReportPreview buildReportPreview(const std::shared_ptr<const store::Workspace> &workspace,
                                 const report::ReportScope &scope, ReportPageSize size, double scale,
                                 const TaskControl &control);

/// True when `data` holds nothing to report: no production deployment, no change shipped and no release.
bool isEmptyReport(const report::ReportData &data);

} // namespace flowdeck::views
