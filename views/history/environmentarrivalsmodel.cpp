// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/environmentarrivalsmodel.h"

#include "common/format.h"

namespace flowdeck::views {

EnvironmentArrivalsModel::EnvironmentArrivalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EnvironmentArrivalsModel::setArrivals(const QList<history::EnvironmentArrival> &arrivals)
{
    beginResetModel();
    m_arrivals = arrivals;
    endResetModel();
}

void EnvironmentArrivalsModel::clear()
{
    setArrivals({});
}

int EnvironmentArrivalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_arrivals.size());
}

int EnvironmentArrivalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant EnvironmentArrivalsModel::display(const history::EnvironmentArrival &arrival, int column) const
{
    switch (column) {
    case EnvironmentColumn:
        return arrival.environment;
    case ArrivedColumn:
        return format::dateTime(arrival.at);
    case AfterColumn:
        return format::duration(arrival.afterMs);
    case DeploymentColumn:
        //: The deployment that brought a commit to an environment: service and version, as in "cart 1.0.1".
        return tr("%1 %2").arg(arrival.service, arrival.version);
    default:
        return {};
    }
}

QVariant EnvironmentArrivalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const history::EnvironmentArrival &arrival = m_arrivals[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(arrival, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ArrivedColumn:
            return tr("First successful deployment to %1 finished %2")
                .arg(arrival.environment, format::exactDateTime(arrival.at));
        case AfterColumn:
            return tr("%1 after the commit was written").arg(format::exactDuration(arrival.afterMs));
        default:
            return display(arrival, index.column());
        }
    case Qt::TextAlignmentRole:
        if (index.column() == AfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        if (index.column() == ArrivedColumn)
            return arrival.at;
        if (index.column() == AfterColumn)
            return arrival.afterMs;
        return display(arrival, index.column());
    default:
        return {};
    }
}

QVariant EnvironmentArrivalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == AfterColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn:
        return tr("Environment");
    case ArrivedColumn:
        return tr("Arrived");
    case AfterColumn:
        return tr("After");
    case DeploymentColumn:
        return tr("Deployment");
    default:
        return {};
    }
}

} // namespace flowdeck::views
