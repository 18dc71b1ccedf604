// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery.h"

#include <QAbstractTableModel>
#include <QList>

namespace flowdeck::views {

/// The environments of a workspace and their tiers (production, staging, …), for the user to correct the tier an
/// import guessed from the name. Like JobStageModel, a choice is announced (tierRequested()) and shown once stored.
class EnvironmentTierModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EnvironmentColumn,
        TierColumn,
        ColumnCount
    };

    enum Role
    {
        ChoicesRole = Qt::UserRole,
        ChoiceValuesRole,
        /// The tier (one of flowdeck::Tier).
        ChoiceValueRole
    };

    explicit EnvironmentTierModel(QObject *parent = nullptr);

    void setEnvironments(QList<Environment> environments);
    const QList<Environment> &environments() const { return m_environments; }
    void setEditable(bool editable);

    /// The tiers in promotion order, and their translated names.
    static QStringList tiers();
    static QString tierLabel(const QString &tier);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void tierRequested(Id environmentId, const QString &previous, const QString &tier);

private:
    QList<Environment> m_environments;
    bool m_editable = true;
};

} // namespace flowdeck::views
