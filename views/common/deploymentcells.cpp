// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/deploymentcells.h"

#include "common/format.h"
#include "common/statusstyle.h"

#include <QGuiApplication>

namespace flowdeck::views {

DeploymentCells::DeploymentCells(Finished finished)
    : m_finished(finished)
    , m_palette(QGuiApplication::palette())
{}

QVariant DeploymentCells::alignment(bool right)
{
    return QVariant::fromValue(right ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
}

QVariant DeploymentCells::data(const DeploymentRow &row, int column, int role) const
{
    if (column < 0 || column >= columns)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return StatusStyle::of(row.status).text();
        if (column == FinishedColumn)
            return finishedToolTip(row);
        return display(row, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return StatusStyle::of(row.status).text();
        return display(row, column);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return StatusStyle::of(row.status).icon(m_palette);
        return {};
    case Qt::TextAlignmentRole:
        return alignment(column == FinishedColumn);
    default:
        return {};
    }
}

QVariant DeploymentCells::display(const DeploymentRow &row, int column) const
{
    switch (column) {
    case ServiceColumn:
        return row.service;
    case EnvironmentColumn:
        return row.environment;
    case VersionColumn:
        return row.version;
    case StatusColumn:
        return StatusStyle::of(row.status).label;
    case FinishedColumn:
        if (!row.finishedAt)
            return format::missing();
        return m_finished == Finished::Age ? format::age(*row.finishedAt, m_now) : format::dateTime(*row.finishedAt);
    default:
        return {};
    }
}

QString DeploymentCells::finishedToolTip(const DeploymentRow &row) const
{
    // The cell shows how long ago: the tooltip gives the exact time. The cell shows the time: the tooltip adds
    // how long ago.
    if (m_finished == Finished::Age) {
        if (row.finishedAt)
            return tr("Finished %1").arg(format::exactDateTime(*row.finishedAt));
        if (row.startedAt)
            return tr("Not finished; started %1").arg(format::exactDateTime(*row.startedAt));
        return tr("Not started yet");
    }
    if (row.finishedAt) {
        return tr("Finished %1, %2").arg(format::exactDateTime(*row.finishedAt), format::age(*row.finishedAt, m_now));
    }
    if (row.startedAt) {
        return tr("Not finished; started %1, %2")
            .arg(format::exactDateTime(*row.startedAt), format::age(*row.startedAt, m_now));
    }
    return tr("Not started yet");
}

QVariant DeploymentCells::headerData(int section, int role)
{
    if (section < 0 || section >= columns)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section == FinishedColumn);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case EnvironmentColumn:
        return tr("Environment");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    case FinishedColumn:
        return tr("Finished");
    default:
        return {};
    }
}

} // namespace flowdeck::views
