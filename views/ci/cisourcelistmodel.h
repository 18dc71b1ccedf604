// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"
#include "domain/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace flowdeck::views {

/// The CI connections of a workspace, one row each: its title ("petech/storefront on GitHub") over a quieter
/// line with the service it feeds and when it was last synced.
class CiSourceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        /// The connection's id (qint64).
        SourceIdRole = Qt::UserRole,
        /// The second line: service and last sync.
        DetailRole,
        /// Always false: for TwoLineDelegate's muted role.
        MutedRole
    };

    explicit CiSourceListModel(QObject *parent = nullptr);

    /// Shows `sources`; `services` names the services by id; `now` is what "3 h ago" counts from.
    void setSources(QList<CiSource> sources, QHash<Id, QString> services, Timestamp now);
    const QList<CiSource> &sources() const { return m_sources; }
    /// The row of the connection with this id, or -1.
    int rowOf(Id sourceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString detail(const CiSource &source) const;

    QList<CiSource> m_sources;
    QHash<Id, QString> m_services;
    Timestamp m_now = 0;
};

} // namespace flowdeck::views
