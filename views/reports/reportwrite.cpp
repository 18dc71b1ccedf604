// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a report to files: the PDF through QPdfWriter, the HTML and JSON as one file, the CSV as a folder.
#include "reports/reportdocument.h"

#include "reports/reportwording.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

Error writeError(const QString &path, const QString &why)
{
    return Error{ReportWording::tr("Could not write the report to %1: %2.").arg(QDir::toNativeSeparators(path), why)};
}

/// Opens `path` for writing, saying which folder is missing when that is what stops it.
Result<void> openForWriting(QSaveFile &file, const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return writeError(path, ReportWording::tr("it is a folder"));
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        return writeError(
            path, ReportWording::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.path())));
    }
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    return {};
}

Result<void> writeBytes(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (auto opened = openForWriting(file, path); !opened)
        return opened;
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return writeError(path, why);
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

} // namespace

Result<void> writeReportPdf(const report::ReportData &report, ReportPageSize size, const QString &path)
{
    QSaveFile file(path);
    if (auto opened = openForWriting(file, path); !opened)
        return opened;
    const ReportDocument document(report, size);
    {
        QPdfWriter writer(&file);
        writer.setTitle(ReportWording::headerText(report));
        writer.setCreator(u"Flowdeck"_s);
        const QPageSize pageSize(size == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4);
        writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return writeError(path, ReportWording::tr("the PDF could not be started"));
        }
        // The document paints in points; the writer's device units are its resolution's dots.
        const qreal scale = writer.resolution() / 72.0;
        for (int page = 0; page < document.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            document.paintPage(painter, page);
            painter.restore();
        }
        painter.end();
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return {};
}

Result<QStringList> writeReport(const report::ReportData &report, report::Format format, const QString &path,
                                ReportPageSize size)
{
    if (path.isEmpty())
        return Error{ReportWording::tr("Could not write the report: no file was named.")};
    switch (format) {
    case report::Format::Pdf:
        if (auto written = writeReportPdf(report, size, path); !written)
            return written.error();
        return QStringList{path};
    case report::Format::Html:
        if (auto written = writeBytes(reportHtml(report), path); !written)
            return written.error();
        return QStringList{path};
    case report::Format::Json:
        if (auto written = writeBytes(report::reportJson(report), path); !written)
            return written.error();
        return QStringList{path};
    case report::Format::Csv:
        break;
    }
    if (QFileInfo(path).isFile())
        return writeError(path, ReportWording::tr("CSV reports are written into a folder, and this is a file"));
    return report::writeReportCsv(report, path);
}

} // namespace flowdeck::views
