// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinelistmodel.h"

namespace flowdeck::views {

PipelineListModel::PipelineListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PipelineListModel::setPipelines(const QList<graph::PipelineListing> &pipelines)
{
    beginResetModel();
    m_pipelines = pipelines;
    endResetModel();
}

void PipelineListModel::clear()
{
    setPipelines({});
}

int PipelineListModel::rowOf(Id id) const
{
    for (qsizetype row = 0; row < m_pipelines.size(); ++row) {
        if (m_pipelines[row].row.id == id)
            return int(row);
    }
    return -1;
}

Id PipelineListModel::idAt(int row) const
{
    return row >= 0 && row < m_pipelines.size() ? m_pipelines[row].row.id : 0;
}

int PipelineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pipelines.size());
}

QString PipelineListModel::detail(const graph::PipelineListing &pipeline)
{
    const QString stages = pipeline.stageCount == 1 ? tr("1 stage") : tr("%n stages", nullptr, pipeline.stageCount);
    if (pipeline.service.isEmpty())
        return stages;
    //: A pipeline's service and its number of stages: "checkout · 11 stages".
    return tr("%1 · %2").arg(pipeline.service, stages);
}

QVariant PipelineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const graph::PipelineListing &pipeline = m_pipelines[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return pipeline.row.name;
    case DetailRole:
        return detail(pipeline);
    case IdRole:
        return pipeline.row.id;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 (%2)").arg(pipeline.row.name, detail(pipeline));
    default:
        return {};
    }
}

} // namespace flowdeck::views
