// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/environmenttiermodel.h"

namespace flowdeck::views {

using namespace Qt::StringLiterals;

EnvironmentTierModel::EnvironmentTierModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EnvironmentTierModel::setEnvironments(QList<Environment> environments)
{
    beginResetModel();
    m_environments = std::move(environments);
    endResetModel();
}

void EnvironmentTierModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_environments.isEmpty())
        Q_EMIT dataChanged(index(0, TierColumn), index(rowCount() - 1, TierColumn));
}

QStringList EnvironmentTierModel::tiers()
{
    return {QString::fromLatin1(Tier::Development), QString::fromLatin1(Tier::Testing),
            QString::fromLatin1(Tier::Staging), QString::fromLatin1(Tier::Production),
            QString::fromLatin1(Tier::Other)};
}

QString EnvironmentTierModel::tierLabel(const QString &tier)
{
    if (tier == QLatin1StringView(Tier::Development))
        return tr("Development");
    if (tier == QLatin1StringView(Tier::Testing))
        return tr("Testing");
    if (tier == QLatin1StringView(Tier::Staging))
        return tr("Staging");
    if (tier == QLatin1StringView(Tier::Production))
        return tr("Production");
    return tr("Other");
}

int EnvironmentTierModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int EnvironmentTierModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentTierModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Environment &environment = m_environments[index.row()];
    if (index.column() == EnvironmentColumn)
        return role == Qt::DisplayRole ? QVariant(environment.name) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tierLabel(environment.tier);
    case Qt::ToolTipRole:
        return environment.tier == QLatin1StringView(Tier::Production)
                   ? tr("Deployments to %1 count as production deployments in the metrics.").arg(environment.name)
                   : tr("Deployments to %1 do not count as production deployments; choose Production if they "
                        "should.")
                         .arg(environment.name);
    case ChoicesRole: {
        QStringList labels;
        for (const QString &tier : tiers())
            labels.append(tierLabel(tier));
        return labels;
    }
    case ChoiceValuesRole: {
        QVariantList values;
        for (const QString &tier : tiers())
            values.append(tier);
        return values;
    }
    case ChoiceValueRole:
        return environment.tier.isEmpty() ? QString::fromLatin1(Tier::Other) : environment.tier;
    default:
        return {};
    }
}

bool EnvironmentTierModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ChoiceValueRole || index.column() != TierColumn || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Environment &environment = m_environments[index.row()];
    const QString tier = value.toString();
    if (tier == environment.tier || !tiers().contains(tier))
        return false;
    Q_EMIT tierRequested(environment.id, environment.tier, tier);
    return true;
}

QVariant EnvironmentTierModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return section == EnvironmentColumn ? tr("Environment") : tr("Tier");
    if (role == Qt::ToolTipRole) {
        return section == EnvironmentColumn ? tr("Environments are made when deployments to them are imported")
                                            : tr("What the environment is: production deployments count for the "
                                                 "DORA metrics");
    }
    return {};
}

Qt::ItemFlags EnvironmentTierModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TierColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace flowdeck::views
