// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/commitlog.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QPalette>

#include <memory>

namespace flowdeck::views {

/// The commits of the History page, one row each. The rows are an immutable snapshot made on a worker thread
/// (already filtered and sorted there); the model hands them to the view in chunks as it scrolls (fetchMore), so
/// that showing 100,000 commits costs the GUI thread no more than showing a few hundred.
class CommitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SummaryColumn,
        RepositoryColumn,
        AuthorColumn,
        DateColumn,
        CommitColumn,
        FilesColumn,
        ChangesColumn
    };
    static constexpr int columns = ChangesColumn + 1;

    enum Role
    {
        /// The commit's id in the workspace.
        IdRole = Qt::UserRole,
        /// The raw value behind a cell: author time in ms, counts (null when there are none).
        ValueRole,
        MergeRole,
        ReachableRole,
    };

    /// How many rows each fetchMore() adds.
    static constexpr int chunkSize = 500;

    using Rows = std::shared_ptr<const QList<history::CommitRow>>;

    explicit CommitTableModel(QObject *parent = nullptr);
    ~CommitTableModel() override;

    /// Shows `rows`, with ages counted up to `now`. The first chunk is shown, or enough chunks to include
    /// `visibleRow`.
    void setRows(Rows rows, Timestamp now, qsizetype visibleRow = -1);
    void setRepositories(const QList<history::RepositoryName> &repositories);
    void clear();
    /// The palette the marks are drawn for (light or dark).
    void setPalette(const QPalette &palette);
    /// Tells the views that every text changed (the language did).
    void retranslate();

    Rows rows() const { return m_rows; }
    /// Every row of the snapshot, shown or not yet fetched.
    qsizetype totalRows() const { return m_rows ? m_rows->size() : 0; }
    /// The commit's position in the snapshot, or -1.
    qsizetype rowOfCommit(Id commitId) const;
    /// Fetches chunks until `row` is shown.
    void fetchUpTo(qsizetype row);
    Id commitAt(int row) const;

    /// The order a click on `column`'s header asks for.
    static history::CommitOrder orderOf(int column);
    /// The column that shows `order`, or -1.
    static int columnOf(history::CommitOrder order);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QVariant display(const history::CommitRow &row, int column) const;
    QVariant toolTip(const history::CommitRow &row, int column) const;
    QVariant value(const history::CommitRow &row, int column) const;
    QString marksText(const history::CommitRow &row) const;
    void replaceRows(Rows rows);

    Rows m_rows;
    int m_fetched = 0;
    bool m_inserting = false;
    bool m_fetchQueued = false;
    Timestamp m_now = 0;
    QHash<Id, QString> m_repositories;
    QPalette m_palette;
    QIcon m_mergeIcon;
    QIcon m_unreachableIcon;
    QIcon m_blankIcon;
    QFont m_oidFont;
};

} // namespace flowdeck::views
