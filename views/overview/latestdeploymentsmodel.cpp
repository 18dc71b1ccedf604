// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/latestdeploymentsmodel.h"

#include "common/format.h"

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> durationOf(const DeploymentSummary &deployment)
{
    if (!deployment.startedAt || !deployment.finishedAt)
        return std::nullopt;
    return *deployment.finishedAt - *deployment.startedAt;
}

} // namespace

LatestDeploymentsModel::LatestDeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LatestDeploymentsModel::setDeployments(const QList<DeploymentSummary> &deployments, Timestamp now)
{
    beginResetModel();
    m_deployments = deployments;
    m_cells.setNow(now);
    endResetModel();
}

void LatestDeploymentsModel::clear()
{
    beginResetModel();
    m_deployments.clear();
    endResetModel();
}

void LatestDeploymentsModel::setPalette(const QPalette &palette)
{
    m_cells.setPalette(palette);
    if (!m_deployments.isEmpty()) {
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn),
                           {Qt::DecorationRole, Qt::ForegroundRole});
    }
}

int LatestDeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int LatestDeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant LatestDeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeploymentSummary &deployment = m_deployments[index.row()];
    if (role == ValueRole)
        return value(deployment, index.column());
    if (index.column() == DurationColumn)
        return duration(deployment, role);
    if (index.column() == VersionColumn && role == Qt::ToolTipRole) {
        if (deployment.commitOid)
            return tr("%1 from commit %2").arg(deployment.version, *deployment.commitOid);
        return tr("%1 (commit not recorded)").arg(deployment.version);
    }
    return m_cells.data(deployment, index.column(), role);
}

QVariant LatestDeploymentsModel::duration(const DeploymentSummary &deployment, int role) const
{
    const auto took = durationOf(deployment);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return took ? format::duration(*took) : format::missing();
    case Qt::ToolTipRole:
        if (took)
            return tr("%1 from start to finish").arg(format::exactDuration(*took));
        return tr("Start or finish not recorded");
    case Qt::TextAlignmentRole:
        return DeploymentCells::alignment(true);
    default:
        return {};
    }
}

QVariant LatestDeploymentsModel::value(const DeploymentSummary &deployment, int column) const
{
    switch (column) {
    case StatusColumn:
        return deployment.status;
    case FinishedColumn:
        return deployment.finishedAt ? QVariant(*deployment.finishedAt) : QVariant();
    case DurationColumn:
        if (const auto took = durationOf(deployment))
            return *took;
        return {};
    default:
        return m_cells.data(deployment, column, Qt::DisplayRole);
    }
}

QVariant LatestDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section != DurationColumn)
        return DeploymentCells::headerData(section, role);
    if (role == Qt::TextAlignmentRole)
        return DeploymentCells::alignment(true);
    if (role == Qt::DisplayRole)
        return tr("Duration");
    return {};
}

} // namespace flowdeck::views
