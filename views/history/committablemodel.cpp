// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/committablemodel.h"

#include "common/format.h"
#include "history/commitmarks.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLocale>
#include <QPixmap>
#include <QThreadPool>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

QIcon blankIcon()
{
    // Rows without a mark keep the mark's room, so that every summary starts at the same place.
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    return QIcon(pixmap);
}

} // namespace

CommitTableModel::CommitTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_blankIcon(blankIcon())
    , m_oidFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    setPalette(QGuiApplication::palette());
}

CommitTableModel::~CommitTableModel()
{
    replaceRows(nullptr);
}

void CommitTableModel::replaceRows(Rows rows)
{
    // Freeing a snapshot of 100,000 rows takes the GUI thread several milliseconds: the last reference to an
    // outdated snapshot is dropped on a worker instead.
    Rows old = std::exchange(m_rows, std::move(rows));
    if (old && old.use_count() == 1)
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.reset(); });
}

void CommitTableModel::setRows(Rows rows, Timestamp now, qsizetype visibleRow)
{
    beginResetModel();
    replaceRows(std::move(rows));
    m_now = now;
    const qsizetype total = totalRows();
    qsizetype shown = std::max<qsizetype>(chunkSize, visibleRow + 1);
    // Whole chunks, so that fetching goes on from a round number.
    shown = (shown + chunkSize - 1) / chunkSize * chunkSize;
    m_fetched = int(std::min(shown, total));
    endResetModel();
}

void CommitTableModel::setRepositories(const QList<history::RepositoryName> &repositories)
{
    m_repositories.clear();
    for (const history::RepositoryName &repository : repositories)
        m_repositories.insert(repository.id, repository.name);
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0, RepositoryColumn), index(m_fetched - 1, RepositoryColumn));
}

void CommitTableModel::clear()
{
    beginResetModel();
    replaceRows(nullptr);
    m_fetched = 0;
    endResetModel();
}

void CommitTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    m_mergeIcon = commitmarks::mergeIcon(palette);
    m_unreachableIcon = commitmarks::unreachableIcon();
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_fetched - 1, columns - 1), {Qt::DecorationRole, Qt::ForegroundRole});
}

void CommitTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_fetched - 1, columns - 1));
}

qsizetype CommitTableModel::rowOfCommit(Id commitId) const
{
    if (!m_rows)
        return -1;
    const auto found = std::find_if(m_rows->cbegin(), m_rows->cend(),
                                    [commitId](const history::CommitRow &row) { return row.id == commitId; });
    return found == m_rows->cend() ? -1 : found - m_rows->cbegin();
}

void CommitTableModel::fetchUpTo(qsizetype row)
{
    while (row >= m_fetched && canFetchMore({}))
        fetchMore({});
}

Id CommitTableModel::commitAt(int row) const
{
    if (row < 0 || row >= m_fetched)
        return 0;
    return m_rows->at(row).id;
}

history::CommitOrder CommitTableModel::orderOf(int column)
{
    using history::CommitOrder;
    switch (column) {
    case SummaryColumn:
        return CommitOrder::Summary;
    case RepositoryColumn:
        return CommitOrder::Repository;
    case AuthorColumn:
        return CommitOrder::Author;
    case CommitColumn:
        return CommitOrder::Oid;
    case FilesColumn:
        return CommitOrder::Files;
    case ChangesColumn:
        return CommitOrder::Size;
    case DateColumn:
    default:
        return CommitOrder::Time;
    }
}

int CommitTableModel::columnOf(history::CommitOrder order)
{
    for (int column = 0; column < columns; ++column) {
        if (orderOf(column) == order)
            return column;
    }
    return -1;
}

int CommitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

int CommitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

bool CommitTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < totalRows();
}

void CommitTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_inserting) {
        // A view that reacts to the rows just inserted by asking for more gets them after this insertion is
        // complete, not nested inside it.
        if (!m_fetchQueued) {
            m_fetchQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_fetchQueued = false;
                    fetchMore({});
                },
                Qt::QueuedConnection);
        }
        return;
    }
    const int more = int(std::min<qsizetype>(chunkSize, totalRows() - m_fetched));
    m_inserting = true;
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
    m_inserting = false;
}

QVariant CommitTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const history::CommitRow &row = m_rows->at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        if (column == SummaryColumn && (row.isMerge || !row.reachable))
            return QString(marksText(row) + u": "_s + row.summary);
        return display(row, column);
    case Qt::DecorationRole:
        if (column != SummaryColumn)
            return {};
        if (!row.reachable)
            return m_unreachableIcon;
        return row.isMerge ? m_mergeIcon : m_blankIcon;
    case Qt::FontRole: {
        if (column != CommitColumn && row.reachable)
            return {};
        QFont font = column == CommitColumn ? m_oidFont : QFont();
        font.setItalic(!row.reachable);
        return font;
    }
    case Qt::ForegroundRole:
        if (!row.reachable)
            return m_palette.brush(QPalette::PlaceholderText);
        if ((column == FilesColumn || column == ChangesColumn) && !row.size())
            return m_palette.brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column == FilesColumn || column == ChangesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.id;
    case ValueRole:
        return value(row, column);
    case MergeRole:
        return row.isMerge;
    case ReachableRole:
        return row.reachable;
    default:
        return {};
    }
}

QVariant CommitTableModel::display(const history::CommitRow &row, int column) const
{
    switch (column) {
    case SummaryColumn:
        return row.summary;
    case RepositoryColumn:
        return m_repositories.value(row.repositoryId);
    case AuthorColumn:
        return row.authorName;
    case DateColumn:
        return format::age(row.authorTime, m_now);
    case CommitColumn:
        return row.shortOid;
    case FilesColumn:
        return row.filesChanged ? format::count(*row.filesChanged) : format::missing();
    case ChangesColumn:
        if (row.isMerge)
            //: In the Changes column of a merge commit, which has no line counts of its own.
            return tr("merge");
        if (!row.size())
            return format::missing();
        //: Lines inserted and deleted by a commit, as in "+50 −2".
        return tr("+%1 −%2").arg(format::count(row.insertions.value_or(0)), format::count(row.deletions.value_or(0)));
    default:
        return {};
    }
}

QString CommitTableModel::marksText(const history::CommitRow &row) const
{
    if (!row.reachable && row.isMerge)
        return tr("Unreachable merge commit");
    if (!row.reachable)
        return tr("Unreachable commit");
    if (row.isMerge)
        return tr("Merge commit");
    return {};
}

QVariant CommitTableModel::toolTip(const history::CommitRow &row, int column) const
{
    const QString unreachable = tr("No imported branch or tag reaches this commit any more: a branch was deleted or "
                                   "force-pushed after it was imported.");
    switch (column) {
    case SummaryColumn: {
        QString text = row.summary;
        if (row.isMerge)
            text += u"\n\n"_s + tr("A merge commit: it joins the work of two or more parents.");
        if (!row.reachable)
            text += u"\n\n"_s + unreachable;
        return text;
    }
    case AuthorColumn:
        return tr("%1 <%2>").arg(row.authorName, row.authorEmail);
    case DateColumn: {
        const QDateTime own =
            QDateTime::fromMSecsSinceEpoch(row.authorTime, Qt::OffsetFromUTC, row.authorOffsetMinutes * 60);
        return tr("Written %1\nIn the author's time zone: %2")
            .arg(format::exactDateTime(row.authorTime), QLocale().toString(own, QLocale::LongFormat));
    }
    case CommitColumn:
        return row.reachable ? tr("Commit %1").arg(row.shortOid) : tr("Commit %1\n\n%2").arg(row.shortOid, unreachable);
    case FilesColumn:
    case ChangesColumn:
        if (row.isMerge)
            return tr("A merge commit: like git log, Flowdeck counts no files or lines for merges.");
        if (!row.size())
            return tr("Imported without diff statistics.");
        if (column == FilesColumn) {
            const int files = row.filesChanged.value_or(0);
            return files == 1 ? tr("1 file changed") : tr("%n files changed", nullptr, files);
        }
        return tr("%1 lines inserted, %2 lines deleted")
            .arg(format::count(row.insertions.value_or(0)), format::count(row.deletions.value_or(0)));
    default:
        return display(row, column);
    }
}

QVariant CommitTableModel::value(const history::CommitRow &row, int column) const
{
    const auto optional = [](const auto &v) {
        return v ? QVariant(qint64(*v)) : QVariant();
    };
    switch (column) {
    case DateColumn:
        return row.authorTime;
    case FilesColumn:
        return optional(row.filesChanged);
    case ChangesColumn:
        return optional(row.size());
    default:
        return display(row, column);
    }
}

QVariant CommitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == FilesColumn || section == ChangesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == ChangesColumn)
        return tr("Lines inserted and deleted; sorts by lines changed");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SummaryColumn:
        return tr("Summary");
    case RepositoryColumn:
        return tr("Repository");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Written");
    case CommitColumn:
        return tr("Commit");
    case FilesColumn:
        return tr("Files");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

} // namespace flowdeck::views
