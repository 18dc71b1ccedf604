// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/jobtablemodel.h"

#include "common/format.h"
#include "common/statusstyle.h"

#include <QGuiApplication>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

bool isNumeric(int column)
{
    return column == JobTableModel::QueueColumn || column == JobTableModel::DurationColumn;
}

QVariant alignment(int column)
{
    return QVariant::fromValue(isNumeric(column) ? Qt::AlignRight | Qt::AlignVCenter
                                                 : Qt::AlignLeft | Qt::AlignVCenter);
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_palette(QGuiApplication::palette())
{}

void JobTableModel::setJobs(const QList<runs::JobRow> &jobs)
{
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void JobTableModel::clear()
{
    setJobs({});
}

void JobTableModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn), {Qt::DecorationRole});
}

void JobTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runs::JobRow &job = m_jobs.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(job, column);
    case Qt::ToolTipRole:
        return toolTip(job, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusStyle::of(job.status).text();
        return display(job, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::of(job.status).icon(m_palette);
        return {};
    case Qt::ForegroundRole:
        if ((column == QueueColumn && !job.queueMs) || (column == DurationColumn && !job.runMs) ||
            (column == StageColumn && job.stage.isEmpty()) || (column == RunnerColumn && job.runner.isEmpty()))
            return m_palette.brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        return alignment(column);
    case IdRole:
        return job.id;
    case ValueRole:
        if (column == QueueColumn)
            return job.queueMs ? QVariant(*job.queueMs) : QVariant();
        if (column == DurationColumn)
            return job.runMs ? QVariant(*job.runMs) : QVariant();
        if (column == NameColumn)
            return job.attempt;
        return display(job, column);
    case UrlRole:
        return job.url;
    default:
        return {};
    }
}

QVariant JobTableModel::display(const runs::JobRow &job, int column) const
{
    switch (column) {
    case NameColumn:
        //: A job that ran again: "test (attempt 2)".
        return job.attempt > 1 ? tr("%1 (attempt %2)").arg(job.name).arg(job.attempt) : job.name;
    case StageColumn:
        return job.stage.isEmpty() ? format::missing() : job.stage;
    case StatusColumn:
        return StatusStyle::of(job.status).label;
    case QueueColumn:
        return job.queueMs ? format::duration(*job.queueMs) : format::missing();
    case DurationColumn:
        return job.runMs ? format::duration(*job.runMs) : format::missing();
    case RunnerColumn:
        return job.runner.isEmpty() ? format::missing() : job.runner;
    default:
        return {};
    }
}

QVariant JobTableModel::toolTip(const runs::JobRow &job, int column) const
{
    switch (column) {
    case NameColumn: {
        QStringList lines{job.name};
        if (!job.group.isEmpty() && job.group != job.stage)
            lines.append(tr("Group on the CI server: %1").arg(job.group));
        if (job.attempt > 1)
            lines.append(tr("Attempt %1").arg(job.attempt));
        if (!job.url.isEmpty())
            lines.append(tr("Double-click to open the job on the CI server"));
        return lines.join(u'\n');
    }
    case StageColumn:
        return job.stage.isEmpty() ? tr("Not mapped to a stage of the pipeline") : tr("Stage %1").arg(job.stage);
    case StatusColumn:
        return StatusStyle::of(job.status).text();
    case QueueColumn:
        if (job.queueMs) {
            return tr("Waited %1 for a runner: queued %2, started %3")
                .arg(format::exactDuration(*job.queueMs), format::exactDateTime(*job.queuedAt),
                     format::exactDateTime(*job.startedAt));
        }
        return tr("Unknown: the queue or start time of the job is not known.");
    case DurationColumn: {
        if (!job.runMs) {
            if (job.startedAt && !job.finishedAt)
                return tr("Not finished; started %1").arg(format::exactDateTime(*job.startedAt));
            return tr("Unknown: the start or the end of the job is not known.");
        }
        QString text = tr("Ran %1: started %2, finished %3")
                           .arg(format::exactDuration(*job.runMs), format::exactDateTime(*job.startedAt),
                                format::exactDateTime(*job.finishedAt));
        if (job.pausedMs && *job.pausedMs > 0)
            text += u'\n' + tr("Of which paused, waiting for input: %1").arg(format::exactDuration(*job.pausedMs));
        return text;
    }
    case RunnerColumn:
        return job.runner.isEmpty() ? tr("The CI server names no runner") : job.runner;
    default:
        return display(job, column);
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole) {
        if (section == QueueColumn)
            return tr("How long the job waited for a runner, from queued to started");
        if (section == DurationColumn)
            return tr("How long the job ran, from started to finished");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case StageColumn:
        return tr("Stage");
    case StatusColumn:
        return tr("Status");
    case QueueColumn:
        return tr("Waited");
    case DurationColumn:
        return tr("Ran");
    case RunnerColumn:
        return tr("Runner");
    default:
        return {};
    }
}

} // namespace flowdeck::views
