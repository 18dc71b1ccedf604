// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/deploymentcells.h"
#include "overview/workspacesummary.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace flowdeck::views {

/// The most recent deployments, newest first: service, environment, version, status, when it finished and how long
/// it took.
class LatestDeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn = DeploymentCells::ServiceColumn,
        EnvironmentColumn = DeploymentCells::EnvironmentColumn,
        VersionColumn = DeploymentCells::VersionColumn,
        StatusColumn = DeploymentCells::StatusColumn,
        FinishedColumn = DeploymentCells::FinishedColumn,
        DurationColumn
    };
    static constexpr int columns = DurationColumn + 1;

    enum Role
    {
        /// The raw value behind a cell: status string, finish time or duration in ms (null when unknown).
        ValueRole = Qt::UserRole,
    };

    explicit LatestDeploymentsModel(QObject *parent = nullptr);

    /// Shows `deployments`; ages are counted up to `now`.
    void setDeployments(const QList<DeploymentSummary> &deployments, Timestamp now);
    void clear();
    /// The palette the status icons are drawn for (light or dark).
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant duration(const DeploymentSummary &deployment, int role) const;
    QVariant value(const DeploymentSummary &deployment, int column) const;

    QList<DeploymentSummary> m_deployments;
    DeploymentCells m_cells{DeploymentCells::Finished::DateTime};
};

} // namespace flowdeck::views
