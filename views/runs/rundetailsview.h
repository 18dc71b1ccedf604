// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runs/runlog.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;
class QUrl;

namespace flowdeck::views {

class JobTableModel;
class RunTimeline;

/// The details pane of the Runs page: one run's pipeline, branch, commit and times, a link to it on the CI server,
/// and its jobs as a table with a timeline beside it, row for row.
class RunDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit RunDetailsView(QWidget *parent = nullptr);
    ~RunDetailsView() override;

    /// Shows a quiet line instead of a run ("Select a run…").
    void showPlaceholder(const QString &text);
    /// Shows `run`; its jobs follow with showJobs(). A job still running is drawn up to `now`.
    void showRun(const runs::RunRow &run, Timestamp now);
    /// Shows the jobs of the run shown; ignored for another run.
    void showJobs(Id runId, const QList<runs::JobRow> &jobs);
    void showJobsError(Id runId, const QString &message);

    /// The run shown, or 0.
    Id runId() const { return m_shown ? m_run.id : 0; }
    /// The run shown, as it was given to showRun().
    const runs::RunRow &run() const { return m_run; }
    /// True when the jobs of the run shown are shown (or their error).
    bool hasJobs() const { return m_jobsShown; }

    JobTableModel *jobModel() const { return m_jobs; }
    QTableView *jobTable() const { return m_jobTable; }
    RunTimeline *timeline() const { return m_timeline; }

Q_SIGNALS:
    /// The user followed the link to the run or a job on the CI server.
    void urlActivated(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addField(QGridLayout *grid, int row, int column, QLabel **name);
    void render();
    void renderJobs();
    void retranslate();
    void restyle();
    void alignTimeline();
    void openUrl(const QString &url);

    runs::RunRow m_run;
    QList<runs::JobRow> m_jobRows;
    bool m_shown = false;
    bool m_jobsShown = false;
    Timestamp m_now = 0;
    QString m_placeholder;
    QString m_jobsError;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_placeholderView = nullptr;
    QLabel *m_placeholderText = nullptr;
    QWidget *m_content = nullptr;

    QLabel *m_statusIcon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusText = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_serviceName = nullptr;
    QLabel *m_service = nullptr;
    QLabel *m_branchName = nullptr;
    QLabel *m_branch = nullptr;
    QLabel *m_commitName = nullptr;
    QLabel *m_commit = nullptr;
    QLabel *m_eventName = nullptr;
    QLabel *m_event = nullptr;
    QLabel *m_createdName = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_startedName = nullptr;
    QLabel *m_started = nullptr;
    QLabel *m_finishedName = nullptr;
    QLabel *m_finished = nullptr;
    QLabel *m_waitedName = nullptr;
    QLabel *m_waited = nullptr;
    QLabel *m_ranName = nullptr;
    QLabel *m_ran = nullptr;
    QLabel *m_jobCountName = nullptr;
    QLabel *m_jobCount = nullptr;

    QLabel *m_jobsTitle = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_jobsNote = nullptr;
    QWidget *m_jobsView = nullptr;
    QTableView *m_jobTable = nullptr;
    RunTimeline *m_timeline = nullptr;
    JobTableModel *m_jobs = nullptr;
};

} // namespace flowdeck::views
