// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"
#include "result.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <memory>

class QPainter;

namespace flowdeck::views {

enum class ReportPageSize
{
    A4,
    Letter,
};

/// "a4", "letter".
QString pageSizeName(ReportPageSize size);
std::optional<ReportPageSize> pageSizeFromName(const QString &name);

/// A report laid out on printed pages: a title page that a leader understands without help (the executive summary
/// and the DORA tiles), then the sections the report holds, with a header (the report's title and period) and a
/// footer (page N of M) on every page. Charts and the value stream map are drawn as vectors. Needs a
/// QGuiApplication (the offscreen platform will do) for its fonts; lay out and paint on one thread.
class ReportDocument
{
public:
    ReportDocument(const report::ReportData &report, ReportPageSize size);
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    int pageCount() const;
    /// The page's size in points (1/72 inch).
    QSizeF pageSizePoints() const;
    /// Paints page `index` (0-based) with the painter's coordinates in points, (0, 0) at the page's top left.
    void paintPage(QPainter &painter, int index) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Writes the report as a PDF file. Errors name the file.
Result<void> writeReportPdf(const report::ReportData &report, ReportPageSize size, const QString &path);

/// The report as one self-contained HTML5 document: inline CSS and SVG charts (the value stream map included), no
/// script and nothing fetched, laid out to print well; every value from the data is escaped.
QByteArray reportHtml(const report::ReportData &report);

/// Writes the report in `format` to `path`: a file for PDF, HTML and JSON, a folder for CSV. Returns the files
/// written. Errors name the file.
Result<QStringList> writeReport(const report::ReportData &report, report::Format format, const QString &path,
                                ReportPageSize size = ReportPageSize::A4);

} // namespace flowdeck::views
