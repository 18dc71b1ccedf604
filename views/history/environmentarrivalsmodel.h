// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/commitlog.h"

#include <QAbstractTableModel>

namespace flowdeck::views {

/// When one commit first ran in each environment, in the order it got there, and how long after it was written.
class EnvironmentArrivalsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EnvironmentColumn,
        ArrivedColumn,
        AfterColumn,
        DeploymentColumn
    };
    static constexpr int columns = DeploymentColumn + 1;

    enum Role
    {
        /// The raw value behind a cell: arrival time or delay in ms.
        ValueRole = Qt::UserRole,
    };

    explicit EnvironmentArrivalsModel(QObject *parent = nullptr);

    void setArrivals(const QList<history::EnvironmentArrival> &arrivals);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const history::EnvironmentArrival &arrival, int column) const;

    QList<history::EnvironmentArrival> m_arrivals;
};

} // namespace flowdeck::views
