// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/environmentmatrixmodel.h"

#include "common/format.h"

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype shortOidLength = 8;

} // namespace

EnvironmentMatrixModel::EnvironmentMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void EnvironmentMatrixModel::setSummary(const WorkspaceSummary &summary, Timestamp now)
{
    beginResetModel();
    m_services = summary.services;
    m_environments = summary.environments;
    m_running.clear();
    for (const RunningVersion &running : summary.running)
        m_running.insert({running.serviceId, running.environmentId}, running);
    m_now = now;
    endResetModel();
}

void EnvironmentMatrixModel::clear()
{
    beginResetModel();
    m_services.clear();
    m_environments.clear();
    m_running.clear();
    endResetModel();
}

int EnvironmentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int EnvironmentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_environments.size());
}

QVariant EnvironmentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service &service = m_services[index.row()];
    if (index.column() == 0)
        return serviceData(service, role);
    return versionData(service, m_environments[index.column() - 1], role);
}

QVariant EnvironmentMatrixModel::serviceData(const Service &service, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return service.name;
    case DetailRole:
        return service.description;
    case Qt::ToolTipRole:
        return service.description.isEmpty() ? service.name : service.name + u'\n' + service.description;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case MissingRole:
        return false;
    default:
        return {};
    }
}

QVariant EnvironmentMatrixModel::versionData(const Service &service, const Environment &environment, int role) const
{
    const auto found = m_running.constFind({service.id, environment.id});
    if (found == m_running.constEnd()) {
        switch (role) {
        case Qt::DisplayRole:
            return format::missing();
        case Qt::ToolTipRole:
            return tr("%1 has never been deployed successfully to %2.").arg(service.name, environment.name);
        case Qt::AccessibleTextRole:
            return tr("not deployed");
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        case MissingRole:
            return true;
        default:
            return {};
        }
    }
    const RunningVersion &running = *found;
    switch (role) {
    case Qt::DisplayRole:
        return running.version;
    case DetailRole:
        return format::age(running.since, m_now);
    case Qt::ToolTipRole: {
        QString tip = tr("%1 %2 runs in %3").arg(service.name, running.version, environment.name) + u'\n' +
                      tr("since %1, %2").arg(format::exactDateTime(running.since), format::age(running.since, m_now));
        if (running.commitOid)
            tip += u'\n' + tr("commit %1").arg(running.commitOid->left(shortOidLength));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, deployed %2").arg(running.version, format::age(running.since, m_now));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case SinceRole:
        return running.since;
    case CommitRole:
        return running.commitOid ? QVariant(*running.commitOid) : QVariant();
    case MissingRole:
        return false;
    default:
        return {};
    }
}

QVariant EnvironmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0) {
        if (role == Qt::DisplayRole)
            return tr("Service");
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }
    const Environment &environment = m_environments[section - 1];
    switch (role) {
    case Qt::DisplayRole:
        return environment.name;
    case Qt::ToolTipRole:
        return tr("%1: the version each service runs there now, from its last successful deployment")
            .arg(environment.name);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace flowdeck::views
