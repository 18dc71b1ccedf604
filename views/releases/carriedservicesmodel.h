// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "domain/release.h"

#include <QAbstractTableModel>

namespace flowdeck::views {

/// The services a release could carry, one row each: checked when the release carries it, with the version it
/// carries. Like PlanTaskModel it changes nothing in place: a check or a typed version asks for the change
/// (changeRequested) and the editor hands back the items after it (setItems).
class CarriedServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        VersionColumn,
        ColumnCount
    };

    explicit CarriedServicesModel(QObject *parent = nullptr);

    /// The workspace's services; carried services the list lacks are shown by id.
    void setServices(const QList<Service> &services);
    void setItems(const QList<ReleaseItem> &items);
    void setEditable(bool editable);
    /// The version a newly carried service starts with (the release's own version).
    void setDefaultVersion(const QString &version) { m_defaultVersion = version; }

    Id serviceId(int row) const;
    int row(Id serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The items after the user's change, and what the change was ("Carry “payments”").
    void changeRequested(const QList<flowdeck::ReleaseItem> &items, const QString &actionName);

private:
    struct Row
    {
        Id serviceId = 0;
        QString name;
    };

    static QList<Row> rowsFor(const QList<Service> &services, const QList<ReleaseItem> &items);
    const ReleaseItem *item(Id serviceId) const;

    QList<Service> m_services;
    QList<ReleaseItem> m_items;
    QList<Row> m_rows;
    QString m_defaultVersion;
    bool m_editable = true;
};

} // namespace flowdeck::views
