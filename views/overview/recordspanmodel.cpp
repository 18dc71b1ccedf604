// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview/recordspanmodel.h"

#include "common/format.h"

#include <QLocale>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 week = 7LL * 24 * 60 * 60 * 1000;

} // namespace

RecordSpanModel::RecordSpanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RecordSpanModel::setSummary(const WorkspaceSummary &summary)
{
    beginResetModel();
    m_spans = {summary.commits, summary.pipelineRuns, summary.jobs, summary.deployments, summary.incidents};
    endResetModel();
}

void RecordSpanModel::clear()
{
    beginResetModel();
    m_spans = {};
    endResetModel();
}

std::optional<double> RecordSpanModel::perWeek(const RecordSpan &span)
{
    if (!span.first || !span.last || *span.last - *span.first < week)
        return std::nullopt;
    return double(span.count) * double(week) / double(*span.last - *span.first);
}

int RecordSpanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows;
}

int RecordSpanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns;
}

QString RecordSpanModel::kindName(int row) const
{
    switch (row) {
    case CommitsRow:
        return tr("Commits");
    case PipelineRunsRow:
        return tr("Pipeline runs");
    case JobsRow:
        return tr("Jobs");
    case DeploymentsRow:
        return tr("Deployments");
    case IncidentsRow:
        return tr("Incidents");
    default:
        return {};
    }
}

QVariant RecordSpanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordSpan &span = m_spans[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(span, index.column(), index.row());
    case Qt::ToolTipRole:
        return toolTip(span, index.column(), index.row());
    case Qt::TextAlignmentRole:
        if (index.column() == KindColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole:
        return value(span, index.column());
    default:
        return {};
    }
}

QVariant RecordSpanModel::display(const RecordSpan &span, int column, int row) const
{
    switch (column) {
    case KindColumn:
        return kindName(row);
    case CountColumn:
        return format::count(span.count);
    case FirstColumn:
        return span.first ? format::date(*span.first) : format::missing();
    case LastColumn:
        return span.last ? format::date(*span.last) : format::missing();
    case RateColumn:
        if (const auto rate = perWeek(span)) {
            const int decimals = *rate < 10 ? 1 : 0;
            //: A rate, as in "96/week".
            return tr("%1/week").arg(QLocale().toString(*rate, 'f', decimals));
        }
        return format::missing();
    default:
        return {};
    }
}

QVariant RecordSpanModel::toolTip(const RecordSpan &span, int column, int row) const
{
    switch (column) {
    case FirstColumn:
        if (span.first)
            return tr("Earliest: %1").arg(format::exactDateTime(*span.first));
        return tr("None recorded");
    case LastColumn:
        if (span.last)
            return tr("Latest: %1").arg(format::exactDateTime(*span.last));
        return tr("None recorded");
    case RateColumn:
        if (const auto rate = perWeek(span)) {
            return tr("%1 over %2, %3 per week")
                .arg(format::count(span.count), format::exactDuration(*span.last - *span.first),
                     QLocale().toString(*rate, 'f', 2));
        }
        return tr("Needs records spread over at least a week");
    default:
        return display(span, column, row);
    }
}

QVariant RecordSpanModel::value(const RecordSpan &span, int column) const
{
    switch (column) {
    case CountColumn:
        return span.count;
    case FirstColumn:
        return span.first ? QVariant(*span.first) : QVariant();
    case LastColumn:
        return span.last ? QVariant(*span.last) : QVariant();
    case RateColumn:
        if (const auto rate = perWeek(span))
            return *rate;
        return {};
    default:
        return {};
    }
}

QVariant RecordSpanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columns)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == KindColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Records");
    case CountColumn:
        return tr("Count");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case RateColumn:
        return tr("Per week");
    default:
        return {};
    }
}

} // namespace flowdeck::views
