// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runs/runlog.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace flowdeck::views {

/// The jobs of one run, in the order they were queued: name and attempt, stage, status, how long each waited for a
/// runner and how long it ran, and the runner.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        StageColumn,
        StatusColumn,
        QueueColumn,
        DurationColumn,
        RunnerColumn
    };
    static constexpr int columns = RunnerColumn + 1;

    enum Role
    {
        IdRole = Qt::UserRole,
        /// The raw value behind a cell: durations in ms (null when unknown), the attempt.
        ValueRole,
        /// The job's address on the CI server, or an empty string.
        UrlRole,
    };

    explicit JobTableModel(QObject *parent = nullptr);

    void setJobs(const QList<runs::JobRow> &jobs);
    void clear();
    void setPalette(const QPalette &palette);
    void retranslate();

    const QList<runs::JobRow> &jobs() const { return m_jobs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const runs::JobRow &job, int column) const;
    QVariant toolTip(const runs::JobRow &job, int column) const;

    QList<runs::JobRow> m_jobs;
    QPalette m_palette;
};

} // namespace flowdeck::views
