// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runtablemodel.h"

#include "common/format.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"

#include <QFontDatabase>
#include <QGuiApplication>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

bool isNumeric(int column)
{
    return column == RunTableModel::QueueColumn || column == RunTableModel::DurationColumn ||
           column == RunTableModel::JobsColumn || column == RunTableModel::FailedColumn;
}

QVariant alignment(int column)
{
    return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                 : Qt::AlignLeft | Qt::AlignVCenter);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

RunTableModel::RunTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
    , m_oidFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{}

RunTableModel::~RunTableModel() = default;

void RunTableModel::setRuns(const runs::RunPage &page, qint64 total)
{
    beginResetModel();
    m_runs = page.rows;
    m_next = page.next;
    m_total = std::max<qint64>(total, m_runs.size());
    m_fetching = false;
    endResetModel();
}

void RunTableModel::appendRuns(const runs::RunPage &page)
{
    m_fetching = false;
    m_next = page.next;
    if (page.rows.isEmpty())
        return;
    const int first = int(m_runs.size());
    beginInsertRows({}, first, first + int(page.rows.size()) - 1);
    m_runs += page.rows;
    endInsertRows();
    // Runs added since the count was taken (an import meanwhile) are shown all the same.
    m_total = std::max<qint64>(m_total, m_runs.size());
}

void RunTableModel::stopFetching()
{
    m_fetching = false;
    m_next.reset();
}

void RunTableModel::clear()
{
    beginResetModel();
    m_runs.clear();
    m_next.reset();
    m_total = 0;
    m_fetching = false;
    endResetModel();
}

void RunTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

void RunTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

const runs::RunRow *RunTableModel::runAt(int row) const
{
    if (row < 0 || row >= m_runs.size())
        return nullptr;
    return &m_runs.at(row);
}

int RunTableModel::rowOfRun(Id runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == runId)
            return int(i);
    }
    return -1;
}

QString RunTableModel::pipelineText(const runs::RunRow &run)
{
    if (!run.pipeline.isEmpty())
        return run.pipeline;
    return run.name;
}

QString RunTableModel::numberText(const runs::RunRow &run)
{
    //: A run's number on its CI server, as in "#123".
    return run.number ? tr("#%1").arg(*run.number) : QString();
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

bool RunTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next && !m_fetching;
}

void RunTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreRequested(*m_next);
}

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runs::RunRow &run = m_runs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(run, column);
    case Qt::ToolTipRole:
        return toolTip(run, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusStyle::of(run.status).text();
        return display(run, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::of(run.status).icon(m_palette);
        return {};
    case Qt::FontRole:
        if (column == CommitColumn)
            return m_oidFont;
        return {};
    case Qt::ForegroundRole:
        if (column == FailedColumn && run.failedJobs > 0)
            return StatusStyle::of(QString::fromLatin1(Status::Failed)).colorOn(m_palette);
        if ((column == QueueColumn && !run.queueMs) || (column == DurationColumn && !run.runMs))
            return m_palette.brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return alignment(column);
    case IdRole:
        return run.id;
    case ValueRole:
        return value(run, column);
    case UrlRole:
        return run.url;
    default:
        return {};
    }
}

QVariant RunTableModel::display(const runs::RunRow &run, int column) const
{
    switch (column) {
    case StatusColumn:
        return StatusStyle::of(run.status).label;
    case PipelineColumn: {
        const QString name = pipelineText(run);
        return name.isEmpty() ? format::missing() : name;
    }
    case NumberColumn:
        return numberText(run);
    case BranchColumn:
        return run.branch;
    case CommitColumn:
        return run.commitOid.left(shortOidLength);
    case EventColumn:
        return run.event;
    case CreatedColumn:
        return run.createdAt ? format::dateTime(*run.createdAt) : format::missing();
    case QueueColumn:
        return run.queueMs ? format::duration(*run.queueMs) : format::missing();
    case DurationColumn:
        return run.runMs ? format::duration(*run.runMs) : format::missing();
    case JobsColumn:
        return format::count(run.jobs);
    case FailedColumn:
        // Quiet when nothing failed: the failures stand out.
        return run.failedJobs > 0 ? format::count(run.failedJobs) : QString();
    default:
        return {};
    }
}

QVariant RunTableModel::toolTip(const runs::RunRow &run, int column) const
{
    switch (column) {
    case StatusColumn:
        return StatusStyle::of(run.status).text();
    case PipelineColumn: {
        QStringList lines;
        if (!run.pipeline.isEmpty())
            lines.append(tr("Pipeline: %1").arg(run.pipeline));
        if (!run.name.isEmpty() && run.name != run.pipeline)
            lines.append(tr("Named on the CI server: %1").arg(run.name));
        if (!run.service.isEmpty())
            lines.append(tr("Service: %1").arg(run.service));
        return lines.isEmpty() ? tr("Not linked to a pipeline or service of the workspace") : lines.join(u'\n');
    }
    case NumberColumn:
        if (run.attempt > 1)
            return tr("Run %1, attempt %2").arg(numberText(run)).arg(run.attempt);
        return numberText(run);
    case CommitColumn:
        return run.commitOid;
    case CreatedColumn:
        return run.createdAt ? tr("Created %1").arg(format::exactDateTime(*run.createdAt))
                             : tr("The CI server did not say when the run was created.");
    case QueueColumn:
        if (run.queueMs)
            return tr("Waited %1 from its creation until it started").arg(format::exactDuration(*run.queueMs));
        return tr("Unknown: the creation or the start of the run is not known.");
    case DurationColumn:
        if (run.runMs)
            return tr("Ran %1 from its start until it finished").arg(format::exactDuration(*run.runMs));
        if (run.startedAt && !run.finishedAt)
            return tr("Not finished; started %1").arg(format::exactDateTime(*run.startedAt));
        return tr("Unknown: the start or the end of the run is not known.");
    case JobsColumn:
        return run.jobs == 1 ? tr("1 job") : tr("%n jobs", nullptr, run.jobs);
    case FailedColumn:
        if (run.failedJobs == 0)
            return tr("No job failed");
        return run.failedJobs == 1
                   ? tr("1 job failed (a retried job counts each failed attempt)")
                   : tr("%n jobs failed (a retried job counts each failed attempt)", nullptr, run.failedJobs);
    default:
        return display(run, column);
    }
}

QVariant RunTableModel::value(const runs::RunRow &run, int column) const
{
    switch (column) {
    case NumberColumn:
        return optionalValue(run.number);
    case CreatedColumn:
        return optionalValue(run.createdAt);
    case QueueColumn:
        return optionalValue(run.queueMs);
    case DurationColumn:
        return optionalValue(run.runMs);
    case JobsColumn:
        return run.jobs;
    case FailedColumn:
        return run.failedJobs;
    case StatusColumn:
        return run.status;
    case CommitColumn:
        return run.commitOid;
    default:
        return display(run, column);
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case QueueColumn:
            return tr("How long the run waited from its creation until it started");
        case DurationColumn:
            return tr("How long the run took from its start until it finished");
        case FailedColumn:
            return tr("Failed jobs; a retried job counts each failed attempt");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case PipelineColumn:
        return tr("Pipeline");
    case NumberColumn:
        return tr("Run");
    case BranchColumn:
        return tr("Branch");
    case CommitColumn:
        return tr("Commit");
    case EventColumn:
        return tr("Event");
    case CreatedColumn:
        return tr("Created");
    case QueueColumn:
        return tr("Waited");
    case DurationColumn:
        return tr("Ran");
    case JobsColumn:
        return tr("Jobs");
    case FailedColumn:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace flowdeck::views
