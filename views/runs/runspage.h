// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"
#include "runs/runlog.h"

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace flowdeck::views {

class PageStack;
class RunDetailsView;
class RunFilterBar;
class RunLogLoader;
class RunTableModel;

/// The pipeline runs of the workspace, newest first: a table to filter by pipeline, status, text and period, and
/// the selected run's details with its jobs and their timeline. Queries run on worker threads; the table reads
/// its runs a page at a time as it scrolls.
class RunsPage : public Page
{
    Q_OBJECT

public:
    explicit RunsPage(QWidget *parent = nullptr);
    ~RunsPage() override;

    /// Shows `workspace`. Given the workspace already shown, reads it again and keeps the filters and the selected
    /// run (after an import, say).
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;

    /// Selects the run in the table (showing its details) when it is among the runs read so far.
    bool selectRun(Id runId);
    /// The selected run, or 0.
    Id selectedRun() const;

    RunFilterBar *filterBar() const { return m_filterBar; }
    RunTableModel *runModel() const { return m_model; }
    QTableView *runTable() const { return m_table; }
    RunDetailsView *detailsView() const { return m_details; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createRunsView();
    void load(bool withFacts);
    void showFacts(const runs::RunLogFacts &facts);
    void showRuns(const runs::RunPage &page, qint64 total);
    void showRunsError(const QString &message);
    void showMore(const runs::RunPage &page);
    void showJobs(Id runId, const QList<runs::JobRow> &jobs);
    void showJobsError(Id runId, const QString &message);
    void currentRowChanged(const QModelIndex &current);
    void updateCounts();
    void updateColumns();
    void finishLoading();
    void retranslate();
    void restyle();

    std::shared_ptr<const store::Workspace> m_workspace;
    RunLogLoader *m_loader = nullptr;
    bool m_ready = false;
    bool m_runsShown = false;
    runs::RunLogFacts m_facts;
    QString m_error;
    /// The run the user chose; kept across filters while the rows list it.
    Id m_selected = 0;
    /// The workspace was read again: the selected run's details are read again too.
    bool m_refreshDetails = false;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;

    RunFilterBar *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_busy = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_tableStack = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_noMatchView = nullptr;
    QLabel *m_noMatchText = nullptr;
    QPushButton *m_clearFiltersButton = nullptr;
    RunTableModel *m_model = nullptr;
    RunDetailsView *m_details = nullptr;
};

} // namespace flowdeck::views
