// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releaselistmodel.h"

#include "common/format.h"
#include "releases/releasestyle.h"

#include <QGuiApplication>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

bool sameRows(const QList<release::ReleaseSummary> &a, const QList<release::ReleaseSummary> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].release.id != b[i].release.id)
            return false;
    }
    return true;
}

bool sameSummary(const release::ReleaseSummary &a, const release::ReleaseSummary &b)
{
    return a.release == b.release && a.tasks == b.tasks && a.tasksDone == b.tasksDone && a.items == b.items &&
           a.environmentIds == b.environmentIds;
}

} // namespace

ReleaseListModel::ReleaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{}

ReleaseListModel::~ReleaseListModel() = default;

void ReleaseListModel::setReleases(const QList<release::ReleaseSummary> &releases)
{
    if (!sameRows(m_releases, releases)) {
        beginResetModel();
        m_releases = releases;
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < releases.size(); ++i) {
        if (sameSummary(m_releases[i], releases[i]))
            continue;
        m_releases[i] = releases[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), columns - 1));
    }
}

void ReleaseListModel::clear()
{
    beginResetModel();
    m_releases.clear();
    endResetModel();
}

void ReleaseListModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_releases.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

void ReleaseListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_releases.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

const release::ReleaseSummary *ReleaseListModel::releaseAt(int row) const
{
    if (row < 0 || row >= m_releases.size())
        return nullptr;
    return &m_releases.at(row);
}

int ReleaseListModel::rowOf(Id releaseId) const
{
    for (qsizetype i = 0; i < m_releases.size(); ++i) {
        if (m_releases[i].release.id == releaseId)
            return int(i);
    }
    return -1;
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const release::ReleaseSummary &summary = m_releases.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(summary, index.column());
    case Qt::ToolTipRole:
        return toolTip(summary, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && !summary.release.isTemplate)
            return ReleaseStyle::releaseStatus(summary.release.status).icon(m_palette);
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == TasksColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                                 : Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return summary.release.id;
    case StatusRole:
        return summary.release.status;
    case TemplateRole:
        return summary.release.isTemplate;
    default:
        return {};
    }
}

QVariant ReleaseListModel::display(const release::ReleaseSummary &summary, int column) const
{
    const Release &release = summary.release;
    switch (column) {
    case NameColumn:
        return release.name;
    case VersionColumn:
        return release.version.isEmpty() ? format::missing() : release.version;
    case StatusColumn:
        return release.isTemplate ? tr("Template") : ReleaseStyle::releaseStatus(release.status).label;
    case WindowColumn:
        return ReleaseStyle::plannedWindow(release.plannedStart, release.plannedEnd);
    case ServicesColumn:
        return summary.items.isEmpty() ? format::missing() : summary.items.join(u", "_s);
    case TasksColumn:
        if (release.isTemplate)
            return summary.tasks == 1 ? tr("1 task") : tr("%1 tasks").arg(summary.tasks);
        //: Tasks done of all the release's tasks: "3 of 7".
        return tr("%1 of %2").arg(summary.tasksDone).arg(summary.tasks);
    default:
        return {};
    }
}

QVariant ReleaseListModel::toolTip(const release::ReleaseSummary &summary, int column) const
{
    const Release &release = summary.release;
    switch (column) {
    case NameColumn:
        return release.description.isEmpty() ? release.name : release.name + u"\n\n"_s + release.description;
    case StatusColumn: {
        if (release.isTemplate)
            return tr("A reusable plan: make a release from it with New release…");
        QString text = ReleaseStyle::releaseStatus(release.status).text();
        if (release.startedAt)
            text += u'\n' + tr("Started %1").arg(format::exactDateTime(*release.startedAt));
        if (release.finishedAt)
            text += u'\n' + tr("Finished %1").arg(format::exactDateTime(*release.finishedAt));
        return text;
    }
    case WindowColumn:
        if (!release.plannedStart)
            return tr("No planned window");
        if (!release.plannedEnd)
            return tr("Planned to start %1").arg(format::exactDateTime(*release.plannedStart));
        return tr("Planned from %1\nto %2")
            .arg(format::exactDateTime(*release.plannedStart), format::exactDateTime(*release.plannedEnd));
    case ServicesColumn:
        return summary.items.join(u'\n');
    case TasksColumn:
        //: Tooltip of the tasks column: "3 of 7 tasks succeeded or skipped".
        return release.isTemplate
                   ? QVariant()
                   : QVariant(tr("%1 of %2 tasks succeeded or skipped").arg(summary.tasksDone).arg(summary.tasks));
    default:
        return {};
    }
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == TasksColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case WindowColumn:
        return tr("Planned window");
    case ServicesColumn:
        return tr("Services");
    case TasksColumn:
        return tr("Tasks done");
    default:
        return {};
    }
}

void ReleaseFilterModel::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateFilter();
}

bool ReleaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_statuses.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_statuses.contains(index.data(ReleaseListModel::StatusRole).toString());
}

} // namespace flowdeck::views
