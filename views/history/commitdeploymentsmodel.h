// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/deploymentcells.h"
#include "history/commitlog.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace flowdeck::views {

/// The deployments that shipped one commit, oldest first: the columns of DeploymentCells (service, environment,
/// version, status and how long ago each finished).
class CommitDeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int columns = DeploymentCells::columns;

    explicit CommitDeploymentsModel(QObject *parent = nullptr);

    /// Shows `deployments`; ages are counted up to `now`.
    void setDeployments(const QList<history::CommitDeployment> &deployments, Timestamp now);
    void clear();
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<history::CommitDeployment> m_deployments;
    DeploymentCells m_cells{DeploymentCells::Finished::Age};
};

} // namespace flowdeck::views
