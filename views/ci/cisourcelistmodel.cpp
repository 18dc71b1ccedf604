// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/cisourcelistmodel.h"

#include "ci/sync/cisources.h"
#include "common/format.h"

namespace flowdeck::views {

CiSourceListModel::CiSourceListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void CiSourceListModel::setSources(QList<CiSource> sources, QHash<Id, QString> services, Timestamp now)
{
    beginResetModel();
    m_sources = std::move(sources);
    m_services = std::move(services);
    m_now = now;
    endResetModel();
}

int CiSourceListModel::rowOf(Id sourceId) const
{
    for (qsizetype row = 0; row < m_sources.size(); ++row) {
        if (m_sources[row].id == sourceId)
            return int(row);
    }
    return -1;
}

int CiSourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

QString CiSourceListModel::detail(const CiSource &source) const
{
    const QString synced =
        source.lastSyncAt ? tr("last synced %1").arg(format::age(*source.lastSyncAt, m_now)) : tr("never synced");
    const QString service = source.serviceId ? m_services.value(*source.serviceId) : QString();
    //: A CI connection's second line: "service storefront · last synced 3 h ago".
    return service.isEmpty() ? synced : tr("service %1 · %2").arg(service, synced);
}

QVariant CiSourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CiSource &source = m_sources[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return ci::sourceTitle(source);
    case DetailRole:
    case Qt::AccessibleDescriptionRole:
        return detail(source);
    case Qt::ToolTipRole: {
        QString tip = ci::sourceTitle(source) + u'\n' + source.baseUrl;
        if (source.lastSyncAt)
            tip += u'\n' + tr("Last synced: %1").arg(format::exactDateTime(*source.lastSyncAt));
        return tip;
    }
    case SourceIdRole:
        return source.id;
    case MutedRole:
        return false;
    default:
        return {};
    }
}

} // namespace flowdeck::views
