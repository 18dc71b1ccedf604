// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinestore.h"

#include <QAbstractListModel>
#include <QList>

namespace flowdeck::views {

/// The pipelines of the workspace as the Pipelines page lists them: the name over its service and stage count.
class PipelineListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        /// The quieter second line: "checkout · 11 stages".
        DetailRole = Qt::UserRole,
        /// The pipeline's id (Id).
        IdRole
    };

    explicit PipelineListModel(QObject *parent = nullptr);

    void setPipelines(const QList<graph::PipelineListing> &pipelines);
    void clear();

    /// The row of pipeline `id`, or -1.
    int rowOf(Id id) const;
    Id idAt(int row) const;
    const QList<graph::PipelineListing> &pipelines() const { return m_pipelines; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    /// The second line of a pipeline.
    static QString detail(const graph::PipelineListing &pipeline);

private:
    QList<graph::PipelineListing> m_pipelines;
};

} // namespace flowdeck::views
