// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/mapping/jobmapping.h"

#include <QAbstractTableModel>

namespace flowdeck::views {

/// The job names of one pipeline's runs and the stage each belongs to, for the user to correct: the stage
/// column offers "(automatic: …)", "(no stage)" and the pipeline's stages. The model changes nothing itself: a
/// choice is announced with mappingRequested(), and the model shows the stored result when it comes back.
class JobStageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        JobColumn,
        CountColumn,
        StageColumn,
        ColumnCount
    };

    enum Role
    {
        /// The labels of the stage choices (QStringList).
        ChoicesRole = Qt::UserRole,
        /// Their values (QVariantList of qint64): see choiceValue().
        ChoiceValuesRole,
        /// The current choice's value.
        ChoiceValueRole,
        /// Whether the stage was found automatically (bool): shown quieter.
        AutomaticRole
    };

    explicit JobStageModel(QObject *parent = nullptr);

    void setJobStages(ci::PipelineJobStages stages);
    const ci::PipelineJobStages &jobStages() const { return m_stages; }
    /// Makes every cell read-only (a workspace opened read-only) or editable.
    void setEditable(bool editable);

    /// A choice as one value: -1 automatic, 0 no stage, else the stage's id.
    static qint64 choiceValue(const ci::MappingChoice &choice);
    static ci::MappingChoice choiceFromValue(qint64 value);
    /// The stage's name, or an empty string.
    QString stageName(OptionalId stageId) const;
    /// "(automatic: build)": what an automatic choice gives this job.
    QString automaticText(const ci::JobStage &job) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    /// The user chose `choice` for the jobs called `jobName` of the pipeline shown.
    void mappingRequested(Id pipelineId, const QString &jobName, const ci::MappingChoice &previous,
                          const ci::MappingChoice &choice);

private:
    QString stageText(const ci::JobStage &job) const;
    QString stageToolTip(const ci::JobStage &job) const;

    ci::PipelineJobStages m_stages;
    bool m_editable = true;
};

} // namespace flowdeck::views
