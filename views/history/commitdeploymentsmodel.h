// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/commitlog.h"

#include <QAbstractTableModel>
#include <QPalette>

namespace flowdeck::views {

/// The deployments that shipped one commit, oldest first: service, environment, version, status and when each
/// finished.
class CommitDeploymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ServiceColumn,
        EnvironmentColumn,
        VersionColumn,
        StatusColumn,
        FinishedColumn
    };
    static constexpr int columns = FinishedColumn + 1;

    explicit CommitDeploymentsModel(QObject *parent = nullptr);

    /// Shows `deployments`; ages are counted up to `now`.
    void setDeployments(const QList<history::CommitDeployment> &deployments, Timestamp now);
    void clear();
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const history::CommitDeployment &deployment, int column) const;
    QVariant toolTip(const history::CommitDeployment &deployment, int column) const;

    QList<history::CommitDeployment> m_deployments;
    Timestamp m_now = 0;
    QPalette m_palette;
};

} // namespace flowdeck::views
