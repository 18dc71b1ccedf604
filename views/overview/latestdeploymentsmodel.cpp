// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/latestdeploymentsmodel.h"

#include "common/format.h"
#include "common/statusstyle.h"

#include <QGuiApplication>

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
    , m_palette(QGuiApplication::palette())
{}

void LatestDeploymentsModel::setDeployments(const QList<DeploymentSummary> &deployments, Timestamp now)
{
    beginResetModel();
    m_deployments = deployments;
    m_now = now;
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
    m_palette = palette;
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
    switch (role) {
    case Qt::DisplayRole:
        return display(deployment, index.column());
    case Qt::ToolTipRole:
        return toolTip(deployment, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == StatusColumn)
            return StatusStyle::of(deployment.status).text();
        return display(deployment, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusStyle::of(deployment.status).icon(m_palette);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FinishedColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        return value(deployment, index.column());
    default:
        return {};
    }
}

QVariant LatestDeploymentsModel::display(const DeploymentSummary &deployment, int column) const
{
    switch (column) {
    case ServiceColumn:
        return deployment.service;
    case EnvironmentColumn:
        return deployment.environment;
    case VersionColumn:
        return deployment.version;
    case StatusColumn:
        return StatusStyle::of(deployment.status).label;
    case FinishedColumn:
        return deployment.finishedAt ? format::dateTime(*deployment.finishedAt) : format::missing();
    case DurationColumn:
        if (const auto took = durationOf(deployment))
            return format::duration(*took);
        return format::missing();
    default:
        return {};
    }
}

QVariant LatestDeploymentsModel::toolTip(const DeploymentSummary &deployment, int column) const
{
    switch (column) {
    case VersionColumn:
        if (deployment.commitOid)
            return tr("%1 from commit %2").arg(deployment.version, *deployment.commitOid);
        return tr("%1 (commit not recorded)").arg(deployment.version);
    case StatusColumn:
        return StatusStyle::of(deployment.status).text();
    case FinishedColumn:
        if (deployment.finishedAt) {
            return tr("Finished %1, %2")
                .arg(format::exactDateTime(*deployment.finishedAt), format::age(*deployment.finishedAt, m_now));
        }
        if (deployment.startedAt) {
            return tr("Not finished; started %1, %2")
                .arg(format::exactDateTime(*deployment.startedAt), format::age(*deployment.startedAt, m_now));
        }
        return tr("Not started yet");
    case DurationColumn:
        if (const auto took = durationOf(deployment))
            return tr("%1 from start to finish").arg(format::exactDuration(*took));
        return tr("Start or finish not recorded");
    default:
        return display(deployment, column);
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
        return display(deployment, column);
    }
}

QVariant LatestDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == FinishedColumn || section == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case EnvironmentColumn:
        return tr("Environment");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}

} // namespace flowdeck::views
