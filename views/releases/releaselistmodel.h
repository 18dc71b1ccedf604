// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releasestore.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace flowdeck::views {

/// The releases (or templates) of the Releases page, planned start first: name, version, status with its symbol and
/// colour, planned window, carried services with their versions, and tasks done of all.
class ReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VersionColumn,
        StatusColumn,
        WindowColumn,
        ServicesColumn,
        TasksColumn
    };
    static constexpr int columns = TasksColumn + 1;

    enum Role
    {
        /// The release's id in the workspace.
        IdRole = Qt::UserRole,
        /// The release's status as stored ("running").
        StatusRole,
        /// Whether the row is a template.
        TemplateRole,
    };

    explicit ReleaseListModel(QObject *parent = nullptr);
    ~ReleaseListModel() override;

    /// Shows `releases`. When they are the same releases in the same order as before, only the changed cells are
    /// announced, so that views keep their selection and scroll position while a release runs.
    void setReleases(const QList<release::ReleaseSummary> &releases);
    void clear();
    /// The palette the status icons are drawn for (light or dark).
    void setPalette(const QPalette &palette);
    /// Tells the views that every text changed (the language did).
    void retranslate();

    const release::ReleaseSummary *releaseAt(int row) const;
    /// The row of the release, or -1.
    int rowOf(Id releaseId) const;
    const QList<release::ReleaseSummary> &releases() const { return m_releases; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const release::ReleaseSummary &summary, int column) const;
    QVariant toolTip(const release::ReleaseSummary &summary, int column) const;

    QList<release::ReleaseSummary> m_releases;
    QPalette m_palette;
};

/// Shows the releases whose status is one of a set; all of them while the set is empty.
class ReleaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStatuses(const QStringList &statuses);
    QStringList statuses() const { return m_statuses; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_statuses;
};

} // namespace flowdeck::views
