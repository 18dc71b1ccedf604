// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/jobstagemodel.h"

#include "common/format.h"

#include <QFont>

namespace flowdeck::views {

using ci::MappingChoice;
using ci::StageMatch;

JobStageModel::JobStageModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void JobStageModel::setJobStages(ci::PipelineJobStages stages)
{
    beginResetModel();
    m_stages = std::move(stages);
    endResetModel();
}

void JobStageModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (!m_stages.jobs.isEmpty())
        Q_EMIT dataChanged(index(0, StageColumn), index(rowCount() - 1, StageColumn));
}

qint64 JobStageModel::choiceValue(const MappingChoice &choice)
{
    switch (choice.kind) {
    case MappingChoice::Kind::Automatic:
        return -1;
    case MappingChoice::Kind::NoStage:
        return 0;
    case MappingChoice::Kind::Stage:
        return choice.stageId;
    }
    return -1;
}

MappingChoice JobStageModel::choiceFromValue(qint64 value)
{
    if (value < 0)
        return MappingChoice::automatic();
    return value == 0 ? MappingChoice::noStage() : MappingChoice::stage(value);
}

QString JobStageModel::stageName(OptionalId stageId) const
{
    if (!stageId)
        return {};
    for (const Stage &stage : m_stages.stages) {
        if (stage.id == *stageId)
            return stage.name;
    }
    return {};
}

QString JobStageModel::automaticText(const ci::JobStage &job) const
{
    const QString stage = stageName(job.automatic.stageId);
    //: The stage choice that leaves it to the rules; %1 is the stage they find.
    return stage.isEmpty() ? tr("(automatic: no stage)") : tr("(automatic: %1)").arg(stage);
}

QString JobStageModel::stageText(const ci::JobStage &job) const
{
    switch (job.choice.kind) {
    case MappingChoice::Kind::Automatic:
        return automaticText(job);
    case MappingChoice::Kind::NoStage:
        return tr("(no stage)");
    case MappingChoice::Kind::Stage:
        return stageName(OptionalId(job.choice.stageId));
    }
    return {};
}

QString JobStageModel::stageToolTip(const ci::JobStage &job) const
{
    if (job.choice.kind == MappingChoice::Kind::NoStage)
        return tr("Mapped to no stage: these jobs count for none of the pipeline's stages.");
    if (job.choice.kind == MappingChoice::Kind::Stage)
        return tr("Mapped by you onto the stage \"%1\".").arg(stageName(OptionalId(job.choice.stageId)));
    const QString stage = stageName(job.automatic.stageId);
    switch (job.automatic.match) {
    case StageMatch::Name:
        return tr("Found automatically: the stage \"%1\" has the job's name.").arg(stage);
    case StageMatch::Matrix:
        return tr("Found automatically: the stage \"%1\" has the job's name without its matrix values.").arg(stage);
    case StageMatch::Group:
        return tr("Found automatically: the stage \"%1\" has the name of the job's group on the CI server.").arg(stage);
    case StageMatch::Mapping:
    case StageMatch::None:
        break;
    }
    return tr("No stage has the job's name, its name without matrix values, or its group's name: choose one.");
}

int JobStageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stages.jobs.size());
}

int JobStageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobStageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ci::JobStage &job = m_stages.jobs[index.row()];
    const bool automatic = job.choice.kind == MappingChoice::Kind::Automatic;
    switch (index.column()) {
    case JobColumn:
        if (role == Qt::DisplayRole)
            return job.jobName;
        if (role == Qt::ToolTipRole && job.group)
            return tr("%1\nGroup on the CI server: %2").arg(job.jobName, *job.group);
        break;
    case CountColumn:
        if (role == Qt::DisplayRole)
            return format::count(job.jobs);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole) {
            return job.jobs == 0 ? tr("No stored job has this name: the mapping waits for the next sync.")
                                 : tr("%1 stored jobs of this name").arg(format::count(job.jobs));
        }
        break;
    case StageColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return stageText(job);
        case Qt::ToolTipRole:
            return stageToolTip(job);
        case Qt::FontRole:
            if (automatic) {
                QFont font;
                font.setItalic(true);
                return font;
            }
            break;
        case ChoicesRole: {
            QStringList labels{automaticText(job), tr("(no stage)")};
            for (const Stage &stage : m_stages.stages)
                labels.append(stage.name);
            return labels;
        }
        case ChoiceValuesRole: {
            QVariantList values{qint64(-1), qint64(0)};
            for (const Stage &stage : m_stages.stages)
                values.append(stage.id);
            return values;
        }
        case ChoiceValueRole:
            return choiceValue(job.choice);
        case AutomaticRole:
            return automatic;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

bool JobStageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ChoiceValueRole || index.column() != StageColumn || !m_editable ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const ci::JobStage &job = m_stages.jobs[index.row()];
    const MappingChoice choice = choiceFromValue(value.toLongLong());
    if (choice == job.choice)
        return false;
    Q_EMIT mappingRequested(m_stages.pipelineId, job.jobName, job.choice, choice);
    return true;
}

QVariant JobStageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case JobColumn:
            return tr("Job");
        case CountColumn:
            return tr("Jobs");
        case StageColumn:
            return tr("Stage");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case JobColumn:
            return tr("The job's name on the CI server");
        case CountColumn:
            return tr("How many stored jobs have this name");
        case StageColumn:
            return tr("The pipeline stage these jobs count for; choose to correct it");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && section == CountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags JobStageModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StageColumn && m_editable)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace flowdeck::views
