// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/commitfilesmodel.h"

#include "common/format.h"

#include <QGuiApplication>

namespace flowdeck::views {

CommitFilesModel::CommitFilesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{}

void CommitFilesModel::setFiles(const QList<CommitFile> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

void CommitFilesModel::clear()
{
    setFiles({});
}

void CommitFilesModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1), {Qt::ForegroundRole});
}

int CommitFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int CommitFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant CommitFilesModel::display(const CommitFile &file, int column) const
{
    switch (column) {
    case PathColumn:
        if (file.oldPath && *file.oldPath != file.path)
            //: A renamed file: the old path, then the new one.
            return tr("%1 → %2").arg(*file.oldPath, file.path);
        return file.path;
    case InsertionsColumn:
        if (!file.insertions)
            return tr("binary");
        //: Lines a commit inserted into a file, as in "+12".
        return *file.insertions == 0 ? format::count(0) : tr("+%1").arg(format::count(*file.insertions));
    case DeletionsColumn:
        if (!file.deletions)
            return QString();
        //: Lines a commit deleted from a file, as in "−3".
        return *file.deletions == 0 ? format::count(0) : tr("−%1").arg(format::count(*file.deletions));
    default:
        return {};
    }
}

QVariant CommitFilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CommitFile &file = m_files[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(file, index.column());
    case Qt::ToolTipRole:
        if (index.column() == PathColumn) {
            if (file.oldPath && *file.oldPath != file.path)
                return tr("Renamed from %1 to %2").arg(*file.oldPath, file.path);
            return file.path;
        }
        if (!file.insertions)
            return tr("A binary file: git counts no lines for it.");
        return tr("%1 lines inserted, %2 lines deleted")
            .arg(format::count(*file.insertions), format::count(file.deletions.value_or(0)));
    case Qt::ForegroundRole:
        if (index.column() != PathColumn && !file.insertions)
            return m_palette.brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PathColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CommitFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == PathColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PathColumn:
        return tr("File");
    case InsertionsColumn:
        return tr("Inserted");
    case DeletionsColumn:
        return tr("Deleted");
    default:
        return {};
    }
}

} // namespace flowdeck::views
