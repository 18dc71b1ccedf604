// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitdeploymentsmodel.h"

namespace flowdeck::views {

CommitDeploymentsModel::CommitDeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CommitDeploymentsModel::setDeployments(const QList<history::CommitDeployment> &deployments, Timestamp now)
{
    beginResetModel();
    m_deployments = deployments;
    m_cells.setNow(now);
    endResetModel();
}

void CommitDeploymentsModel::clear()
{
    setDeployments({}, m_cells.now());
}

void CommitDeploymentsModel::setPalette(const QPalette &palette)
{
    m_cells.setPalette(palette);
    if (!m_deployments.isEmpty())
        Q_EMIT dataChanged(index(0, DeploymentCells::StatusColumn),
                           index(rowCount() - 1, DeploymentCells::StatusColumn), {Qt::DecorationRole});
}

int CommitDeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int CommitDeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant CommitDeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_cells.data(m_deployments[index.row()], index.column(), role);
}

QVariant CommitDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    return DeploymentCells::headerData(section, role);
}

} // namespace flowdeck::views
