// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/carriedservicesmodel.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

CarriedServicesModel::CarriedServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CarriedServicesModel::setServices(const QList<Service> &services)
{
    beginResetModel();
    m_services = services;
    m_rows = rowsFor(m_services, m_items);
    endResetModel();
}

void CarriedServicesModel::setItems(const QList<ReleaseItem> &items)
{
    QList<Row> rows = rowsFor(m_services, items);
    const auto sameRows = std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(), m_rows.cend(),
                                     [](const Row &a, const Row &b) { return a.serviceId == b.serviceId; });
    if (!sameRows) {
        // Rows come and go only for carried services the workspace's list lacks.
        beginResetModel();
        m_items = items;
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_items = items;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CarriedServicesModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<CarriedServicesModel::Row> CarriedServicesModel::rowsFor(const QList<Service> &services,
                                                               const QList<ReleaseItem> &items)
{
    QList<Row> rows;
    for (const Service &service : services)
        rows.append(Row{service.id, service.name});
    for (const ReleaseItem &item : items) {
        const bool listed =
            std::any_of(rows.cbegin(), rows.cend(), [&](const Row &row) { return row.serviceId == item.serviceId; });
        if (!listed)
            rows.append(Row{item.serviceId, tr("#%1").arg(item.serviceId)});
    }
    return rows;
}

const ReleaseItem *CarriedServicesModel::item(Id serviceId) const
{
    for (const ReleaseItem &item : m_items) {
        if (item.serviceId == serviceId)
            return &item;
    }
    return nullptr;
}

Id CarriedServicesModel::serviceId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].serviceId : 0;
}

int CarriedServicesModel::row(Id serviceId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].serviceId == serviceId)
            return int(i);
    }
    return -1;
}

int CarriedServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CarriedServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CarriedServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const ReleaseItem *carried = item(row.serviceId);
    if (index.column() == ServiceColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.name;
        case Qt::CheckStateRole:
            return carried ? Qt::Checked : Qt::Unchecked;
        case Qt::ToolTipRole:
            return carried ? tr("The release carries %1; uncheck to leave it out").arg(row.name)
                           : tr("Check to make the release carry %1").arg(row.name);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return carried ? carried->version : QString();
    case Qt::ToolTipRole:
        return carried ? tr("The version of %1 the release carries; deploy tasks of %1 without a version of "
                            "their own deploy it")
                             .arg(row.name)
                       : tr("Check the service to give it a version");
    case Qt::ForegroundRole:
        return carried ? QVariant() : QVariant(QGuiApplication::palette().color(QPalette::PlaceholderText));
    default:
        return {};
    }
}

bool CarriedServicesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Row &row = m_rows[index.row()];
    const ReleaseItem *carried = item(row.serviceId);
    QList<ReleaseItem> items = m_items;
    if (index.column() == ServiceColumn && role == Qt::CheckStateRole) {
        const bool carry = value.value<Qt::CheckState>() == Qt::Checked;
        if (carry == (carried != nullptr))
            return false;
        if (carry) {
            items.append(ReleaseItem{0, 0, row.serviceId, m_defaultVersion});
            Q_EMIT changeRequested(items, tr("Carry %1").arg(row.name));
        } else {
            items.removeIf([&](const ReleaseItem &item) { return item.serviceId == row.serviceId; });
            Q_EMIT changeRequested(items, tr("Leave out %1").arg(row.name));
        }
        return true;
    }
    if (index.column() == VersionColumn && role == Qt::EditRole && carried) {
        const QString version = value.toString().trimmed();
        if (version == carried->version)
            return false;
        for (ReleaseItem &item : items) {
            if (item.serviceId == row.serviceId)
                item.version = version;
        }
        Q_EMIT changeRequested(items, tr("Change the version of %1").arg(row.name));
        return true;
    }
    return false;
}

QVariant CarriedServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == ServiceColumn ? tr("Service") : tr("Version");
    if (role == Qt::ToolTipRole)
        return section == ServiceColumn ? tr("The services of the workspace; checked ones are carried")
                                        : tr("The version of each carried service");
    return {};
}

Qt::ItemFlags CarriedServicesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable)
        return flags;
    if (index.column() == ServiceColumn)
        flags |= Qt::ItemIsUserCheckable;
    else if (item(m_rows[index.row()].serviceId))
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace flowdeck::views
