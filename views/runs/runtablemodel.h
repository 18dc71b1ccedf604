// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runs/runlog.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QPalette>

namespace flowdeck::views {

/// The runs of the Runs page, newest first, one row each. The model holds the pages read so far; when the view
/// scrolls to the end it asks for the next page (moreRequested()), which a loader reads off the GUI thread and
/// hands back with appendRuns(). 100,000 runs cost no more than the pages the user looked at.
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        PipelineColumn,
        NumberColumn,
        BranchColumn,
        CommitColumn,
        EventColumn,
        CreatedColumn,
        QueueColumn,
        DurationColumn,
        JobsColumn,
        FailedColumn
    };
    static constexpr int columns = FailedColumn + 1;

    enum Role
    {
        /// The run's id in the workspace.
        IdRole = Qt::UserRole,
        /// The raw value behind a cell: times and durations in ms, counts; null when unknown.
        ValueRole,
        /// The run's address on the CI server, or an empty string.
        UrlRole,
    };

    /// How many characters of a commit id the table shows.
    static constexpr int shortOidLength = 10;

    explicit RunTableModel(QObject *parent = nullptr);
    ~RunTableModel() override;

    /// Shows the first page of a new list of `total` runs.
    void setRuns(const runs::RunPage &page, qint64 total);
    /// Adds the next page, asked for with moreRequested().
    void appendRuns(const runs::RunPage &page);
    /// The next page could not be read: no more are asked for until setRuns().
    void stopFetching();
    void clear();
    /// The palette the status icons are drawn for (light or dark).
    void setPalette(const QPalette &palette);
    /// Tells the views that every text changed (the language did).
    void retranslate();

    /// How many runs match, read or not yet.
    qint64 totalRuns() const { return m_total; }
    /// The run shown in `row`, or null.
    const runs::RunRow *runAt(int row) const;
    /// The row of the run, or -1 when it is not among the runs read so far.
    int rowOfRun(Id runId) const;
    bool isFetching() const { return m_fetching; }

    /// The run's pipeline as a row names it: the pipeline's name, else the CI server's name for the run.
    static QString pipelineText(const runs::RunRow &run);
    /// "#123", or nothing without a number.
    static QString numberText(const runs::RunRow &run);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    /// The view wants the page after `after`.
    void moreRequested(const runs::RunCursor &after);

private:
    QVariant display(const runs::RunRow &run, int column) const;
    QVariant toolTip(const runs::RunRow &run, int column) const;
    QVariant value(const runs::RunRow &run, int column) const;

    QList<runs::RunRow> m_runs;
    std::optional<runs::RunCursor> m_next;
    qint64 m_total = 0;
    bool m_fetching = false;
    QPalette m_palette;
    QFont m_oidFont;
};

} // namespace flowdeck::views
