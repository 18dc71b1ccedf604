// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ci/mapping/jobmapping.h"
#include "common/generation.h"
#include "domain/delivery.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QUndoStack;

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

class EnvironmentTierModel;
class JobStageModel;

/// The user's corrections to what CI imports guessed: for each pipeline, which stage each job name counts for;
/// for each environment, its tier. Edits are stored at once, one after the other on a worker thread (a mapping
/// may move many stored jobs), and can be undone.
class CiMappingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CiMappingsPanel(QWidget *parent = nullptr);
    ~CiMappingsPanel() override;

    void setWorkspace(std::shared_ptr<const store::Workspace> workspace);
    /// Reads the pipelines, their jobs and the environments again (after a sync).
    void reload();

    QComboBox *pipelineChoice() const { return m_pipeline; }
    QTableView *jobTable() const { return m_jobs; }
    QTableView *environmentTable() const { return m_environments; }
    JobStageModel *jobModel() const { return m_jobModel; }
    EnvironmentTierModel *tierModel() const { return m_tierModel; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Whether edits or loads are still under way.
    bool isBusy() const;

    /// Stores a choice for the jobs called `jobName` of the pipeline (as the stage column does), undoably.
    void chooseStage(Id pipelineId, const QString &jobName, const ci::MappingChoice &choice);
    void chooseTier(Id environmentId, const QString &tier);

Q_SIGNALS:
    /// An edit was stored: pages that show stages or tiers should read the workspace again.
    void workspaceEdited();
    void errorOccurred(const QString &message);
    /// Every edit and load that was started has ended.
    void settled();

private:
    struct Loaded;
    struct Edited;
    class MappingCommand;
    class TierCommand;

    void loadJobs();
    void showLoaded(const Loaded &loaded);
    void showJobs(const std::optional<ci::PipelineJobStages> &stages, const QString &error);
    void enqueue(std::function<Edited()> work);
    void runNextEdit();
    void storeMapping(Id pipelineId, const QString &jobName, const ci::MappingChoice &choice);
    void storeTier(Id environmentId, const QString &tier);
    Id currentPipeline() const;
    void checkSettled();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_loads;
    Generation m_jobLoads;
    int m_loadsRunning = 0;
    QList<std::function<Edited()>> m_queue;
    bool m_editing = false;

    QComboBox *m_pipeline = nullptr;
    QToolButton *m_undoButton = nullptr;
    QToolButton *m_redoButton = nullptr;
    QStackedWidget *m_jobStack = nullptr;
    QTableView *m_jobs = nullptr;
    QLabel *m_jobsEmpty = nullptr;
    QStackedWidget *m_environmentStack = nullptr;
    QTableView *m_environments = nullptr;
    QLabel *m_environmentsEmpty = nullptr;
    JobStageModel *m_jobModel = nullptr;
    EnvironmentTierModel *m_tierModel = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace flowdeck::views
