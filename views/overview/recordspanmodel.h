// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/workspacesummary.h"

#include <QAbstractTableModel>

#include <array>

namespace flowdeck::views {

/// What the workspace holds: for commits, pipeline runs, jobs, deployments and incidents, how many there are, the
/// dates of the first and the last, and how many that makes per week.
class RecordSpanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Row
    {
        CommitsRow,
        PipelineRunsRow,
        JobsRow,
        DeploymentsRow,
        IncidentsRow
    };
    static constexpr int rows = IncidentsRow + 1;
    enum Column
    {
        KindColumn,
        CountColumn,
        FirstColumn,
        LastColumn,
        RateColumn
    };
    static constexpr int columns = RateColumn + 1;

    enum Role
    {
        /// The raw value: count (qint64), first or last time (ms since the epoch, UTC), rate per week (double).
        ValueRole = Qt::UserRole,
    };

    explicit RecordSpanModel(QObject *parent = nullptr);

    /// Shows the spans of `summary`; without a summary every row reads zero.
    void setSummary(const WorkspaceSummary &summary);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Records per week over the span first…last; none when the span is shorter than a week.
    static std::optional<double> perWeek(const RecordSpan &span);

private:
    QString kindName(int row) const;
    QVariant display(const RecordSpan &span, int column, int row) const;
    QVariant toolTip(const RecordSpan &span, int column, int row) const;
    QVariant value(const RecordSpan &span, int column) const;

    std::array<RecordSpan, rows> m_spans{};
};

} // namespace flowdeck::views
