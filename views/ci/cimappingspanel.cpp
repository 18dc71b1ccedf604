// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/cimappingspanel.h"

#include "ci/choicedelegate.h"
#include "ci/environmenttiermodel.h"
#include "ci/jobstagemodel.h"
#include "common/background.h"
#include "common/flattable.h"
#include "common/format.h"
#include "common/pagestyle.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

struct CiMappingsPanel::Loaded
{
    QList<ci::MappablePipeline> pipelines;
    QList<Environment> environments;
    QString error;
};

struct CiMappingsPanel::Edited
{
    QString error;
    /// The pipeline's jobs as stored after a mapping edit.
    std::optional<ci::PipelineJobStages> jobs;
    /// The environments after a tier edit.
    std::optional<QList<Environment>> environments;
};

/// A stage chosen for the jobs of one name; undoing restores the choice before.
class CiMappingsPanel::MappingCommand : public QUndoCommand
{
public:
    MappingCommand(CiMappingsPanel *panel, Id pipelineId, QString jobName, ci::MappingChoice previous,
                   ci::MappingChoice choice)
        : m_panel(panel)
        , m_pipelineId(pipelineId)
        , m_jobName(std::move(jobName))
        , m_previous(previous)
        , m_choice(choice)
    {
        //: The undo entry of a job mapping edit: "Map job "docs"".
        setText(CiMappingsPanel::tr("Map Job \"%1\"").arg(m_jobName));
    }

    void redo() override { m_panel->storeMapping(m_pipelineId, m_jobName, m_choice); }
    void undo() override { m_panel->storeMapping(m_pipelineId, m_jobName, m_previous); }

private:
    CiMappingsPanel *m_panel;
    Id m_pipelineId;
    QString m_jobName;
    ci::MappingChoice m_previous;
    ci::MappingChoice m_choice;
};

class CiMappingsPanel::TierCommand : public QUndoCommand
{
public:
    TierCommand(CiMappingsPanel *panel, Id environmentId, const QString &name, QString previous, QString tier)
        : m_panel(panel)
        , m_environmentId(environmentId)
        , m_previous(std::move(previous))
        , m_tier(std::move(tier))
    {
        setText(CiMappingsPanel::tr("Set Tier of \"%1\"").arg(name));
    }

    void redo() override { m_panel->storeTier(m_environmentId, m_tier); }
    void undo() override { m_panel->storeTier(m_environmentId, m_previous); }

private:
    CiMappingsPanel *m_panel;
    Id m_environmentId;
    QString m_previous;
    QString m_tier;
};

namespace {

QTableView *choiceTable(QAbstractItemModel *model, int choicesRole, int valuesRole, int valueRole, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setModel(model);
    flattable::style(table);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    // A click on the selected row, a double click, F2 or typing on the choice cell opens its list; moving
    // through the rows does not, so that the arrow keys never change a choice by accident.
    table->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::DoubleClicked |
                           QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    table->setItemDelegateForColumn(model->columnCount() - 1,
                                    new ChoiceDelegate(choicesRole, valuesRole, valueRole, table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QLabel *emptyLabel(QWidget *parent)
{
    QLabel *label = pagestyle::quietLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(2 * unit);
    return label;
}

} // namespace

CiMappingsPanel::CiMappingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_jobModel(new JobStageModel(this))
    , m_tierModel(new EnvironmentTierModel(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(u"ciMappingsPanel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(unit, unit, unit, unit);
    layout->setSpacing(3 * unit);

    // Jobs onto stages.
    auto *jobs = new QVBoxLayout;
    jobs->setSpacing(unit);
    QLabel *jobsTitle = pagestyle::sectionTitle(this);
    jobsTitle->setText(tr("Jobs onto pipeline stages"));
    jobs->addWidget(jobsTitle);
    QLabel *jobsHint = pagestyle::quietLabel(this);
    jobsHint->setText(tr("Statistics by stage count each job where it is mapped. Without a mapping, a job goes to "
                         "the stage of its name, of its name without matrix values (\"test (ubuntu)\" → "
                         "\"test\"), or of its group on the CI server."));
    jobs->addWidget(jobsHint);
    auto *pipelineRow = new QHBoxLayout;
    pipelineRow->setSpacing(unit);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(u"pipelineChoice"_s);
    m_pipeline->setToolTip(tr("The pipeline whose jobs are shown"));
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipeline);
    pipelineRow->addWidget(pipelineLabel);
    pipelineRow->addWidget(m_pipeline, 1);

    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    addAction(undo);
    addAction(redo);
    m_undoButton = new QToolButton(this);
    m_undoButton->setObjectName(u"undoMapping"_s);
    m_undoButton->setDefaultAction(undo);
    m_undoButton->setAutoRaise(true);
    m_redoButton = new QToolButton(this);
    m_redoButton->setObjectName(u"redoMapping"_s);
    m_redoButton->setDefaultAction(redo);
    m_redoButton->setAutoRaise(true);
    pipelineRow->addWidget(m_undoButton);
    pipelineRow->addWidget(m_redoButton);
    jobs->addLayout(pipelineRow);

    m_jobStack = new QStackedWidget(this);
    m_jobs = choiceTable(m_jobModel, JobStageModel::ChoicesRole, JobStageModel::ChoiceValuesRole,
                         JobStageModel::ChoiceValueRole, m_jobStack);
    m_jobs->setObjectName(u"jobStageTable"_s);
    m_jobs->setAccessibleName(tr("Jobs and their stages"));
    m_jobs->horizontalHeader()->setSectionResizeMode(JobStageModel::JobColumn, QHeaderView::Stretch);
    m_jobs->horizontalHeader()->setSectionResizeMode(JobStageModel::CountColumn, QHeaderView::ResizeToContents);
    m_jobs->horizontalHeader()->setSectionResizeMode(JobStageModel::StageColumn, QHeaderView::Interactive);
    m_jobs->horizontalHeader()->resizeSection(JobStageModel::StageColumn, 24 * unit);
    m_jobs->horizontalHeader()->setStretchLastSection(false);
    m_jobsEmpty = emptyLabel(m_jobStack);
    m_jobsEmpty->setObjectName(u"jobsEmpty"_s);
    m_jobStack->addWidget(m_jobs);
    m_jobStack->addWidget(m_jobsEmpty);
    jobs->addWidget(m_jobStack, 1);
    layout->addLayout(jobs, 3);

    // Environment tiers.
    auto *environments = new QVBoxLayout;
    environments->setSpacing(unit);
    QLabel *environmentsTitle = pagestyle::sectionTitle(this);
    environmentsTitle->setText(tr("Environment tiers"));
    environments->addWidget(environmentsTitle);
    QLabel *environmentsHint = pagestyle::quietLabel(this);
    environmentsHint->setText(tr("Guessed from the names when deployments were imported. Deployments to "
                                 "production environments are the ones the delivery metrics count."));
    environments->addWidget(environmentsHint);
    m_environmentStack = new QStackedWidget(this);
    m_environments = choiceTable(m_tierModel, EnvironmentTierModel::ChoicesRole, EnvironmentTierModel::ChoiceValuesRole,
                                 EnvironmentTierModel::ChoiceValueRole, m_environmentStack);
    m_environments->setObjectName(u"environmentTierTable"_s);
    m_environments->setAccessibleName(tr("Environments and their tiers"));
    m_environments->horizontalHeader()->setSectionResizeMode(EnvironmentTierModel::EnvironmentColumn,
                                                             QHeaderView::Stretch);
    m_environments->horizontalHeader()->setSectionResizeMode(EnvironmentTierModel::TierColumn,
                                                             QHeaderView::Interactive);
    m_environments->horizontalHeader()->resizeSection(EnvironmentTierModel::TierColumn, 16 * unit);
    m_environments->horizontalHeader()->setStretchLastSection(false);
    m_environmentsEmpty = emptyLabel(m_environmentStack);
    m_environmentsEmpty->setObjectName(u"environmentsEmpty"_s);
    m_environmentsEmpty->setText(tr("No environments yet. They are made when deployments to them are imported."));
    m_environmentStack->addWidget(m_environments);
    m_environmentStack->addWidget(m_environmentsEmpty);
    environments->addWidget(m_environmentStack, 1);
    layout->addLayout(environments, 2);

    connect(m_pipeline, &QComboBox::currentIndexChanged, this, &CiMappingsPanel::loadJobs);
    connect(m_jobModel, &JobStageModel::mappingRequested, this,
            [this](Id pipelineId, const QString &jobName, const ci::MappingChoice &previous,
                   const ci::MappingChoice &choice) {
                m_undo->push(new MappingCommand(this, pipelineId, jobName, previous, choice));
            });
    connect(m_tierModel, &EnvironmentTierModel::tierRequested, this,
            [this](Id environmentId, const QString &previous, const QString &tier) {
                QString name;
                for (const Environment &environment : m_tierModel->environments()) {
                    if (environment.id == environmentId)
                        name = environment.name;
                }
                m_undo->push(new TierCommand(this, environmentId, name, previous, tier));
            });
}

CiMappingsPanel::~CiMappingsPanel() = default;

void CiMappingsPanel::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_undo->clear();
    const bool editable = m_workspace && !m_workspace->isReadOnly();
    m_jobModel->setEditable(editable);
    m_tierModel->setEditable(editable);
    reload();
}

bool CiMappingsPanel::isBusy() const
{
    return m_editing || !m_queue.isEmpty() || m_loadsRunning > 0;
}

void CiMappingsPanel::checkSettled()
{
    if (!isBusy())
        Q_EMIT settled();
}

Id CiMappingsPanel::currentPipeline() const
{
    return m_pipeline->currentData().toLongLong();
}

void CiMappingsPanel::reload()
{
    if (!m_workspace) {
        showLoaded(Loaded{});
        return;
    }
    const quint64 request = m_loads.start();
    ++m_loadsRunning;
    runInBackground(
        this,
        [workspace = m_workspace]() -> Loaded {
            Loaded loaded;
            auto pipelines = ci::mappablePipelines(*workspace);
            if (!pipelines)
                return Loaded{{}, {}, pipelines.errorMessage()};
            loaded.pipelines = std::move(*pipelines);
            auto environments = store::loadRows<Environment>(workspace->connection(), {}, {}, u"position, name, id"_s);
            if (!environments)
                return Loaded{{}, {}, environments.errorMessage()};
            loaded.environments = std::move(*environments);
            return loaded;
        },
        [this, request](const Loaded &loaded) {
            --m_loadsRunning;
            if (m_loads.isLatest(request)) {
                if (!loaded.error.isEmpty())
                    Q_EMIT errorOccurred(loaded.error);
                showLoaded(loaded);
            }
            checkSettled();
        });
}

void CiMappingsPanel::showLoaded(const Loaded &loaded)
{
    const Id shown = currentPipeline();
    {
        const QSignalBlocker blocker(m_pipeline);
        m_pipeline->clear();
        for (const ci::MappablePipeline &pipeline : loaded.pipelines) {
            //: A pipeline in the mapping's choice: "CI — storefront (1,204 jobs)".
            const QString label =
                pipeline.serviceName.isEmpty()
                    ? tr("%1 (%2 jobs)").arg(pipeline.name, format::count(pipeline.jobs))
                    : tr("%1 — %2 (%3 jobs)").arg(pipeline.name, pipeline.serviceName, format::count(pipeline.jobs));
            m_pipeline->addItem(label, pipeline.id);
        }
        m_pipeline->setCurrentIndex(std::max(m_pipeline->findData(shown), 0));
    }
    m_pipeline->setEnabled(!loaded.pipelines.isEmpty());
    m_tierModel->setEnvironments(loaded.environments);
    m_environmentStack->setCurrentWidget(loaded.environments.isEmpty() ? static_cast<QWidget *>(m_environmentsEmpty)
                                                                       : m_environments);
    loadJobs();
}

void CiMappingsPanel::loadJobs()
{
    const Id pipeline = currentPipeline();
    if (!m_workspace || pipeline == 0) {
        m_jobLoads.invalidate();
        showJobs(std::nullopt, {});
        return;
    }
    const quint64 request = m_jobLoads.start();
    ++m_loadsRunning;
    runInBackground(
        this,
        [workspace = m_workspace, pipeline]() -> std::pair<std::optional<ci::PipelineJobStages>, QString> {
            auto stages = ci::jobStages(*workspace, pipeline);
            if (!stages)
                return {std::nullopt, stages.errorMessage()};
            return {std::move(*stages), QString()};
        },
        [this, request](const std::pair<std::optional<ci::PipelineJobStages>, QString> &loaded) {
            --m_loadsRunning;
            if (m_jobLoads.isLatest(request))
                showJobs(loaded.first, loaded.second);
            checkSettled();
        });
}

void CiMappingsPanel::showJobs(const std::optional<ci::PipelineJobStages> &stages, const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT errorOccurred(error);
    m_jobModel->setJobStages(stages.value_or(ci::PipelineJobStages{}));
    if (stages && !stages->jobs.isEmpty()) {
        m_jobStack->setCurrentWidget(m_jobs);
        return;
    }
    m_jobsEmpty->setText(m_pipeline->count() == 0
                             ? tr("No pipeline has imported jobs yet. Runs count for a pipeline of the workspace "
                                  "when they have its name: import the pipeline's file (Import > Import Pipeline…), "
                                  "then sync the CI connection.")
                             : tr("This pipeline's runs have no jobs."));
    m_jobStack->setCurrentWidget(m_jobsEmpty);
}

void CiMappingsPanel::chooseStage(Id pipelineId, const QString &jobName, const ci::MappingChoice &choice)
{
    ci::MappingChoice previous;
    if (pipelineId == m_jobModel->jobStages().pipelineId) {
        for (const ci::JobStage &job : m_jobModel->jobStages().jobs) {
            if (job.jobName == jobName)
                previous = job.choice;
        }
    }
    if (previous == choice)
        return;
    m_undo->push(new MappingCommand(this, pipelineId, jobName, previous, choice));
}

void CiMappingsPanel::chooseTier(Id environmentId, const QString &tier)
{
    for (const Environment &environment : m_tierModel->environments()) {
        if (environment.id == environmentId && environment.tier != tier)
            m_undo->push(new TierCommand(this, environmentId, environment.name, environment.tier, tier));
    }
}

void CiMappingsPanel::storeMapping(Id pipelineId, const QString &jobName, const ci::MappingChoice &choice)
{
    enqueue([workspace = m_workspace, pipelineId, jobName, choice]() -> Edited {
        auto changed = ci::setJobMapping(*workspace, pipelineId, jobName, choice);
        if (!changed)
            return Edited{changed.errorMessage(), {}, {}};
        auto stages = ci::jobStages(*workspace, pipelineId);
        if (!stages)
            return Edited{stages.errorMessage(), {}, {}};
        return Edited{{}, std::move(*stages), {}};
    });
}

void CiMappingsPanel::storeTier(Id environmentId, const QString &tier)
{
    enqueue([workspace = m_workspace, environmentId, tier]() -> Edited {
        auto set = ci::setEnvironmentTier(*workspace, environmentId, tier);
        if (!set)
            return Edited{set.errorMessage(), {}, {}};
        auto environments = store::loadRows<Environment>(workspace->connection(), {}, {}, u"position, name, id"_s);
        if (!environments)
            return Edited{environments.errorMessage(), {}, {}};
        return Edited{{}, {}, std::move(*environments)};
    });
}

void CiMappingsPanel::enqueue(std::function<Edited()> work)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    m_queue.append(std::move(work));
    runNextEdit();
}

void CiMappingsPanel::runNextEdit()
{
    // One edit at a time, in the order they were made: an undo must not overtake the edit it undoes.
    if (m_editing || m_queue.isEmpty()) {
        checkSettled();
        return;
    }
    m_editing = true;
    runInBackground(this, m_queue.takeFirst(), [this](const Edited &edited) {
        m_editing = false;
        if (!edited.error.isEmpty()) {
            Q_EMIT errorOccurred(edited.error);
        } else {
            // The rows stay where they were: keep the keyboard's place in the tables.
            if (edited.jobs && edited.jobs->pipelineId == currentPipeline()) {
                const int row = m_jobs->currentIndex().row();
                m_jobModel->setJobStages(*edited.jobs);
                if (row >= 0 && row < m_jobModel->rowCount())
                    m_jobs->setCurrentIndex(m_jobModel->index(row, JobStageModel::StageColumn));
            }
            if (edited.environments) {
                const int row = m_environments->currentIndex().row();
                m_tierModel->setEnvironments(*edited.environments);
                if (row >= 0 && row < m_tierModel->rowCount())
                    m_environments->setCurrentIndex(m_tierModel->index(row, EnvironmentTierModel::TierColumn));
            }
            Q_EMIT workspaceEdited();
        }
        runNextEdit();
    });
}

} // namespace flowdeck::views
