// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitdeploymentsmodel.h"

#include "common/format.h"
#include "common/statusstyle.h"

#include <QGuiApplication>

namespace flowdeck::views {

CommitDeploymentsModel::CommitDeploymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{}

void CommitDeploymentsModel::setDeployments(const QList<history::CommitDeployment> &deployments, Timestamp now)
{
    beginResetModel();
    m_deployments = deployments;
    m_now = now;
    endResetModel();
}

void CommitDeploymentsModel::clear()
{
    setDeployments({}, m_now);
}

void CommitDeploymentsModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_deployments.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

int CommitDeploymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size());
}

int CommitDeploymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant CommitDeploymentsModel::display(const history::CommitDeployment &deployment, int column) const
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
        return deployment.finishedAt ? format::age(*deployment.finishedAt, m_now) : format::missing();
    default:
        return {};
    }
}

QVariant CommitDeploymentsModel::toolTip(const history::CommitDeployment &deployment, int column) const
{
    switch (column) {
    case StatusColumn:
        return StatusStyle::of(deployment.status).text();
    case FinishedColumn:
        if (deployment.finishedAt)
            return tr("Finished %1").arg(format::exactDateTime(*deployment.finishedAt));
        if (deployment.startedAt)
            return tr("Not finished; started %1").arg(format::exactDateTime(*deployment.startedAt));
        return tr("Not started yet");
    default:
        return display(deployment, column);
    }
}

QVariant CommitDeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const history::CommitDeployment &deployment = m_deployments[index.row()];
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
        if (index.column() == FinishedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CommitDeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == FinishedColumn)
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
    default:
        return {};
    }
}

} // namespace flowdeck::views
