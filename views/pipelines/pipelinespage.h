// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "domain/types.h"
#include "layout/graphlayout.h"
#include "result.h"

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QUndoStack;

namespace flowdeck::views {

class PageStack;
class PipelineEditor;
class PipelineGraphPanel;
class PipelineListModel;
class StageEditing;
struct PipelineGraphData;
struct PipelinesSnapshot;

/// The workspace's pipelines: a list on the left, and the selected pipeline drawn as a graph of stage cards
/// (median queue and run time, success rate, runs) with its critical path marked, laid out on a worker thread.
/// Stages are added, renamed, deleted and connected in place; every edit is saved to the workspace, can be undone,
/// and is refused when the pipeline changed elsewhere meanwhile or when it would close a cycle. Pipeline files of
/// GitHub Actions, GitLab CI, Concourse and Flowdeck are imported from here.
class PipelinesPage : public Page
{
    Q_OBJECT

public:
    explicit PipelinesPage(QWidget *parent = nullptr);
    ~PipelinesPage() override;

    /// Shows `workspace`; given the one shown, reads it again and keeps the pipeline shown.
    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    /// True when the list and the selected pipeline's drawing (or the empty state, or an error) are shown.
    bool isReady() const override;
    QUndoStack *undoStack() const override { return m_undoStack; }

    /// The pipeline drawn, or 0.
    Id shownPipeline() const { return m_shown; }
    /// Selects pipeline `pipelineId` in the list and draws it.
    void showPipeline(Id pipelineId);

    /// The edits of the pipeline shown.
    StageEditing *editing() const { return m_editing; }

    /// Imports the pipeline file at `path` on a worker thread, saves it and shows it; what the import has to say
    /// appears in the message area.
    void importFile(const QString &path);
    bool isImporting() const { return m_importing; }

    PipelineGraphPanel *panel() const { return m_panel; }
    PipelineListModel *listModel() const { return m_model; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    /// An import ended, stored or not.
    void importFinished(bool stored);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createContent();
    void load(Id preferred);
    void loadGraph(Id pipelineId);
    void showSnapshot(const PipelinesSnapshot &snapshot);
    void showGraph(const PipelineGraphData &data);
    void showLayout(const Result<layout::GraphLayout> &layout, bool keepView, QPointF centre, qreal zoom,
                    const QString &select);
    void showError(const QString &message);
    void finishLoading();
    void showProblem(const QString &message);
    bool hasEditsOf(Id pipelineId) const;
    void editRefused(Id pipelineId, const QString &message);
    void chooseFileToImport();
    void updateActions();
    void updateHeading();
    void updateFacts();
    void retranslate();

    std::shared_ptr<const store::Workspace> m_workspace;
    Generation m_loads;
    Generation m_imports;
    bool m_ready = false;
    bool m_importing = false;
    /// The pipeline drawn, and the one to draw after the edits being saved (an undo may change another one).
    Id m_shown = 0;
    Id m_preferred = 0;
    QString m_error;
    int m_pipelineCount = 0;

    QUndoStack *m_undoStack = nullptr;
    PipelineEditor *m_editor = nullptr;
    StageEditing *m_editing = nullptr;
    PipelineListModel *m_model = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    PageStack *m_stack = nullptr;
    QPushButton *m_importButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QListView *m_list = nullptr;
    PipelineGraphPanel *m_panel = nullptr;
};

} // namespace flowdeck::views
