// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overview/workspacesummary.h"

#include <QAbstractTableModel>
#include <QHash>

namespace flowdeck::views {

/// Services (rows) by environments in promotion order (columns 1…n; column 0 names the service): the version each
/// service runs in each environment now, that is its last successful deployment there, and since when.
class EnvironmentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        /// The second, quieter line of a cell: how long ago (versions) or the description (services).
        DetailRole = Qt::UserRole,
        /// When the version was deployed (qint64 ms since the epoch, UTC); null for the service column and gaps.
        SinceRole,
        /// The full commit id of the running version, when known.
        CommitRole,
        /// True where nothing was ever deployed successfully.
        MissingRole,
    };

    explicit EnvironmentMatrixModel(QObject *parent = nullptr);

    /// Shows `summary`; ages are counted up to `now`.
    void setSummary(const WorkspaceSummary &summary, Timestamp now);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant serviceData(const Service &service, int role) const;
    QVariant versionData(const Service &service, const Environment &environment, int role) const;

    QList<Service> m_services;
    QList<Environment> m_environments;
    QHash<QPair<Id, Id>, RunningVersion> m_running;
    Timestamp m_now = 0;
};

} // namespace flowdeck::views
