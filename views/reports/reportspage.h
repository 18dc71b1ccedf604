// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "common/scopebar.h"
#include "metrics/metricsdata.h"
#include "report/report.h"
#include "reports/reportscopepanel.h"

#include <QDate>
#include <QStringList>

#include <atomic>
#include <memory>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolButton;

namespace flowdeck::views {

class MessageBar;
class PageStack;
class ReportPreviewView;
struct ReportPreview;
struct ReportWorkspaceFacts;

/// The Reports page: a report for leadership, of the period and services of the scope bar at its top (the scope the
/// analytical pages share), its sections and format chosen in a column on the left, previewed page by page on the
/// right as it prints. The report is gathered, laid out and painted on a worker
/// thread, a moment after the choice last changed; Export… (Ctrl+E) gathers it again and writes it in the chosen
/// format, with progress and Cancel, and then offers to open what it wrote.
class ReportsPage : public Page
{
    Q_OBJECT

public:
    /// How long the page waits after a change of the choice before it gathers the report again, in ms.
    static constexpr int rebuildDelayMs = 400;

    explicit ReportsPage(QWidget *parent = nullptr);
    ~ReportsPage() override;

    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    /// The days of `settings` as ScopeBar::scopeOf() reads them on `today` (in local time, as the bar shows them),
    /// both included.
    static std::pair<QDate, QDate> daysOf(const ScopeBar::Settings &settings, const QDate &today);
    /// The report of `settings` on `today`: the bar's days as whole UTC days, as the report prints them and
    /// `flowdeck report` reads them, and its services (empty: every service).
    static report::ReportScope reportScopeOf(const ScopeBar::Settings &settings, const QDate &today);

    ScopeBar *scopeBar() const { return m_scopeBar; }
    ReportScopePanel *scopePanel() const { return m_scope; }
    ReportPreviewView *preview() const { return m_preview; }
    PageStack *pageStack() const { return m_stack; }
    MessageBar *messageBar() const { return m_message; }
    QAction *exportAction() const { return m_exportAction; }
    QPushButton *exportButton() const { return m_exportButton; }
    QProgressBar *exportProgress() const { return m_exportProgress; }
    QPushButton *cancelExportButton() const { return m_cancelExport; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *showInFolderButton() const { return m_showInFolder; }
    /// The report shown in the preview was gathered for this scope.
    const report::ReportScope &previewScope() const { return m_previewScope; }
    /// How many times the preview was rebuilt since the page was made (for tests: a change of the scope rebuilds it).
    int previewBuilds() const { return m_previewBuilds; }

    /// Where Export… proposes to write: the folder last exported to (or the documents folder), and a name made of
    /// the workspace's name and the period, with the format's suffix (none for a CSV folder).
    QString defaultExportPath() const;
    bool isExporting() const { return m_exportCancel != nullptr; }
    /// What the last export wrote; empty when it failed or was canceled.
    QStringList exportedFiles() const { return m_exportedFiles; }

public Q_SLOTS:
    /// Asks where to write the report (a file, or a folder for CSV), then exports it there.
    void exportReport();
    /// Gathers the report of the chosen scope again and writes it to `path` in the chosen format, on a worker thread.
    void exportTo(const QString &path);
    /// Stops the export in flight; what it wrote already is removed.
    void cancelExport();

Q_SIGNALS:
    /// The empty state's button: import a git repository's history.
    void importHistoryRequested();
    /// An export ended: `files` were written, or `error` says why not (empty when it was canceled).
    void exportFinished(const QStringList &files, const QString &error, bool canceled);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createContentView();
    QWidget *createExportStrip(QWidget *parent);
    void readWorkspace();
    void finishWorkspace(const ReportWorkspaceFacts &facts);
    void scopeBarChanged();
    void scopeChosen();
    /// The report the page shows and exports: the scope bar's period and services, the sections chosen and the
    /// options of the Metrics page.
    report::ReportScope chosenScope() const;
    void outputChosen();
    void buildPreview();
    void finishPreview(const ReportPreview &preview);
    void cancelPreview();
    void finishExport(const QString &path, const QStringList &files, const QString &error, bool canceled);
    void showExportProgress();
    void showExportState();
    void openExported();
    void showExportedInFolder();
    void setReady();
    void retranslate();
    /// Widens the column of choices to its longest text (a section's name in a longer language), never narrower
    /// than its usual width.
    void fitChoiceColumn();

    std::shared_ptr<const store::Workspace> m_workspace;
    bool m_ready = false;
    bool m_workspaceRead = false;
    metrics::Options m_options;
    Generation m_loads;
    Generation m_previews;
    Generation m_exports;
    std::shared_ptr<std::atomic_bool> m_previewCancel;
    report::ReportScope m_previewScope;
    /// The paper the latest preview was asked for.
    ReportPageSize m_previewSize = ReportPageSize::A4;
    int m_previewBuilds = 0;
    QTimer *m_rebuild = nullptr;

    std::shared_ptr<std::atomic_bool> m_exportCancel;
    /// The export's progress as the worker reports it, read by a timer on the GUI thread.
    std::shared_ptr<std::atomic<qint64>> m_exportDone;
    std::shared_ptr<std::atomic<qint64>> m_exportTotal;
    QTimer *m_exportPoll = nullptr;
    QString m_exportPath;
    QStringList m_exportedFiles;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    MessageBar *m_message = nullptr;
    PageStack *m_stack = nullptr;
    ScopeBar *m_scopeBar = nullptr;
    ReportScopePanel *m_scope = nullptr;
    ReportPreviewView *m_preview = nullptr;
    QAction *m_exportAction = nullptr;
    QPushButton *m_exportButton = nullptr;
    QScrollArea *m_choiceScroll = nullptr;
    QWidget *m_exportStrip = nullptr;
    QLabel *m_exportText = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_cancelExport = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_showInFolder = nullptr;
    QToolButton *m_closeStrip = nullptr;
};

} // namespace flowdeck::views
