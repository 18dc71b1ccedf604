// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page's export: where to write, the export on a worker thread with its progress, and what it wrote.
#include "reports/reportspage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "reports/reportdocument.h"
#include "store/workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

/// The QSettings key of the folder the last export went to.
constexpr auto exportFolderKey = "reports/exportFolder";

/// The share of the progress bar that gathering takes; writing takes the rest.
constexpr qint64 gatherShare = 90;

struct ExportResult
{
    QStringList files;
    QString error;
    bool canceled = false;
    /// The CSV folder did not exist before: removing what was written removes it too.
    bool createdFolder = false;
};

/// Removes what an export wrote to `path`, so that a canceled export leaves nothing behind.
void removeWritten(const ExportResult &result, const QString &path)
{
    for (const QString &file : result.files)
        QFile::remove(QFileInfo(file).isAbsolute() ? file : QDir(path).filePath(file));
    if (result.createdFolder)
        QDir().rmdir(path);
}

/// Gathers the report and writes it; a cancel seen after writing removes what was written.
ExportResult exportReportFile(const std::shared_ptr<const store::Workspace> &workspace,
                              const report::ReportScope &scope, report::Format format, ReportPageSize size,
                              const QString &path, const std::shared_ptr<std::atomic_bool> &cancel,
                              const std::shared_ptr<std::atomic<qint64>> &percent)
{
    ExportResult result;
    const TaskControl control(
        [percent](qint64 done, qint64 total) {
            if (total > 0)
                percent->store(std::clamp(done * gatherShare / total, qint64(0), gatherShare));
        },
        cancel.get());
    auto gathered = report::gatherReport(*workspace, scope, control);
    if (control.isCanceled()) {
        result.canceled = true;
        return result;
    }
    if (!gathered) {
        result.error = gathered.errorMessage();
        return result;
    }
    percent->store(gatherShare);
    result.createdFolder = format == report::Format::Csv && !QFileInfo::exists(path);
    auto written = writeReport(*gathered, format, path, size);
    if (!written) {
        result.error = written.errorMessage();
        return result;
    }
    result.files = *written;
    if (control.isCanceled()) {
        removeWritten(result, path);
        result.files.clear();
        result.canceled = true;
        return result;
    }
    percent->store(100);
    return result;
}

QString suffixOf(report::Format format)
{
    switch (format) {
    case report::Format::Pdf:
        return u".pdf"_s;
    case report::Format::Html:
        return u".html"_s;
    case report::Format::Json:
        return u".json"_s;
    case report::Format::Csv:
        break;
    }
    return {};
}

} // namespace

QWidget *ReportsPage::createExportStrip(QWidget *parent)
{
    auto *strip = new QWidget(parent);
    strip->setObjectName(u"reportExportStrip"_s);
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    m_exportText = new QLabel(strip);
    m_exportText->setObjectName(u"reportExportText"_s);
    m_exportText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportProgress = new QProgressBar(strip);
    m_exportProgress->setObjectName(u"reportExportProgress"_s);
    m_exportProgress->setRange(0, 100);
    m_exportProgress->setMaximumWidth(30 * unit);
    m_cancelExport = new QPushButton(strip);
    m_cancelExport->setObjectName(u"reportCancelExport"_s);
    m_open = new QPushButton(strip);
    m_open->setObjectName(u"reportOpenExported"_s);
    m_showInFolder = new QPushButton(strip);
    m_showInFolder->setObjectName(u"reportShowExported"_s);
    m_closeStrip = new QToolButton(strip);
    m_closeStrip->setObjectName(u"reportCloseExportStrip"_s);
    m_closeStrip->setAutoRaise(true);
    m_closeStrip->setText(u"✕"_s);
    layout->addWidget(m_exportText, 1);
    layout->addWidget(m_exportProgress);
    layout->addWidget(m_cancelExport);
    layout->addWidget(m_open);
    layout->addWidget(m_showInFolder);
    layout->addWidget(m_closeStrip);

    connect(m_cancelExport, &QPushButton::clicked, this, &ReportsPage::cancelExport);
    connect(m_open, &QPushButton::clicked, this, &ReportsPage::openExported);
    connect(m_showInFolder, &QPushButton::clicked, this, &ReportsPage::showExportedInFolder);
    connect(m_closeStrip, &QToolButton::clicked, this, [this] {
        m_exportedFiles.clear();
        m_exportPath.clear();
        showExportState();
    });
    return strip;
}

QString ReportsPage::defaultExportPath() const
{
    QString folder = QSettings().value(QString::fromLatin1(exportFolderKey)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const ReportScopePanel::Choice choice = m_scope->choice();
    const auto [first, last] = daysOf(m_scopeBar->settings(), QDate::currentDate());
    const QString workspace = m_workspace ? m_workspace->displayName() : QString();
    //: The proposed name of an exported report: %1 is the workspace, %2 and %3 the period's first and last day (ISO).
    QString name =
        tr("%1 report %2 to %3").arg(workspace, first.toString(Qt::ISODate), last.toString(Qt::ISODate)).trimmed();
    // A file name holds no folder separators, whatever the workspace is called.
    name.replace(u'/', u'-');
    name.replace(u'\\', u'-');
    return QDir(folder).filePath(name + suffixOf(ReportScopePanel::formatOf(choice.output)));
}

void ReportsPage::exportReport()
{
    if (!m_exportAction->isEnabled() || isExporting())
        return;
    const ReportScopePanel::Output output = m_scope->choice().output;
    const report::Format format = ReportScopePanel::formatOf(output);
    QFileDialog dialog(this);
    dialog.setObjectName(u"reportExportDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(defaultExportPath());
    switch (format) {
    case report::Format::Pdf:
        dialog.setWindowTitle(tr("Export the Report as PDF"));
        dialog.setNameFilter(tr("PDF documents (*.pdf)"));
        dialog.setDefaultSuffix(u"pdf"_s);
        break;
    case report::Format::Html:
        dialog.setWindowTitle(tr("Export the Report as HTML"));
        dialog.setNameFilter(tr("HTML pages (*.html *.htm)"));
        dialog.setDefaultSuffix(u"html"_s);
        break;
    case report::Format::Json:
        dialog.setWindowTitle(tr("Export the Report as JSON"));
        dialog.setNameFilter(tr("JSON files (*.json)"));
        dialog.setDefaultSuffix(u"json"_s);
        break;
    case report::Format::Csv:
        // The tables go into a folder of their own, made when it does not exist: the name typed is the folder's.
        dialog.setWindowTitle(tr("Export the Report's Tables as CSV into a Folder"));
        dialog.setLabelText(QFileDialog::FileName, tr("Folder:"));
        break;
    }
    dialog.setLabelText(QFileDialog::Accept, tr("Export"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst());
}

void ReportsPage::exportTo(const QString &path)
{
    if (!m_workspace || !m_workspaceRead || isExporting() || path.isEmpty())
        return;
    if (!m_scope->hasSomethingToReport()) {
        m_message->showMessage(m_scope->nothingToReportReason());
        m_message->show();
        return;
    }
    QSettings().setValue(QString::fromLatin1(exportFolderKey), QFileInfo(path).absolutePath());
    m_message->clear();
    m_message->hide();
    m_exportedFiles.clear();
    m_exportPath = QFileInfo(path).absoluteFilePath();
    const report::ReportScope scope = chosenScope();
    const ReportScopePanel::Output output = m_scope->choice().output;
    m_exportCancel = std::make_shared<std::atomic_bool>(false);
    m_exportDone = std::make_shared<std::atomic<qint64>>(0);
    m_exportPoll->start();
    showExportState();
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    const QString target = m_exportPath;
    const quint64 request = m_exports.start();
    runInBackground(
        this,
        [workspace, scope, output, target, cancel = m_exportCancel, percent = m_exportDone] {
            return exportReportFile(workspace, scope, ReportScopePanel::formatOf(output),
                                    ReportScopePanel::pageSizeOf(output), target, cancel, percent);
        },
        [this, request, target, cancel = m_exportCancel](ExportResult result) {
            if (!m_exports.isLatest(request))
                return;
            // Canceled once the worker had looked for the last time: what it wrote goes all the same.
            if (cancel->load() && !result.canceled && result.error.isEmpty()) {
                removeWritten(result, target);
                result.files.clear();
                result.canceled = true;
            }
            finishExport(target, result.files, result.error, result.canceled);
        });
}

void ReportsPage::cancelExport()
{
    if (!m_exportCancel)
        return;
    m_exportCancel->store(true);
    m_cancelExport->setEnabled(false);
    m_exportText->setText(tr("Canceling the export…"));
}

void ReportsPage::finishExport(const QString &path, const QStringList &files, const QString &error, bool canceled)
{
    m_exportCancel.reset();
    m_exportDone.reset();
    m_exportPoll->stop();
    m_exportedFiles = files;
    if (canceled) {
        m_exportPath.clear();
        m_message->showMessage(
            tr("The export was canceled; nothing was written to %1.").arg(QDir::toNativeSeparators(path)),
            MessageBar::Kind::Information);
        m_message->show();
    } else if (!error.isEmpty()) {
        m_exportPath.clear();
        m_message->showMessage(
            tr("The report could not be exported to %1: %2").arg(QDir::toNativeSeparators(path), error));
        m_message->show();
    }
    showExportState();
    Q_EMIT exportFinished(files, error, canceled);
}

void ReportsPage::showExportProgress()
{
    if (m_exportDone)
        m_exportProgress->setValue(int(m_exportDone->load()));
}

void ReportsPage::showExportState()
{
    const bool exporting = isExporting();
    const bool written = !exporting && !m_exportedFiles.isEmpty() && !m_exportPath.isEmpty();
    const bool content = m_workspace && m_workspaceRead && m_stack->state() == PageStack::State::Content;
    m_exportAction->setEnabled(content && !exporting && m_scope->hasSomethingToReport());
    m_exportButton->setEnabled(m_exportAction->isEnabled());
    m_exportStrip->setVisible(exporting || written);
    m_exportProgress->setVisible(exporting);
    m_cancelExport->setVisible(exporting);
    m_open->setVisible(written);
    m_showInFolder->setVisible(written);
    m_closeStrip->setVisible(written);
    const QString name = QDir::toNativeSeparators(m_exportPath);
    if (exporting) {
        m_cancelExport->setEnabled(!m_exportCancel->load());
        if (!m_exportCancel->load())
            m_exportText->setText(tr("Exporting the report to %1…").arg(QFileInfo(m_exportPath).fileName()));
        m_exportText->setToolTip(name);
        m_exportProgress->setValue(m_exportDone ? int(m_exportDone->load()) : 0);
    } else if (written) {
        const bool folder = QFileInfo(m_exportPath).isDir();
        m_exportText->setText(
            folder ? tr("✓ The report's tables were written to %1 (%n files).", nullptr, int(m_exportedFiles.size()))
                         .arg(QFileInfo(m_exportPath).fileName())
                   : tr("✓ The report was written to %1.").arg(QFileInfo(m_exportPath).fileName()));
        m_exportText->setToolTip(name);
        m_open->setToolTip(folder ? tr("Open the folder %1").arg(name) : tr("Open %1 in its application").arg(name));
        m_showInFolder->setToolTip(tr("Show the folder that holds %1").arg(name));
    }
}

void ReportsPage::openExported()
{
    if (!m_exportPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_exportPath));
}

void ReportsPage::showExportedInFolder()
{
    if (!m_exportPath.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_exportPath).absolutePath()));
}

} // namespace flowdeck::views
