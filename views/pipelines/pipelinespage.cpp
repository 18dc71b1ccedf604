// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinespage.h"

#include "common/background.h"
#include "common/format.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "domain/delivery.h"
#include "graph/import/pipelineimport.h"
#include "pipelines/pipelineeditcommand.h"
#include "pipelines/pipelineeditor.h"
#include "pipelines/pipelinefileimport.h"
#include "pipelines/pipelinegraphdata.h"
#include "pipelines/pipelinegraphpanel.h"
#include "pipelines/pipelinegraphview.h"
#include "pipelines/pipelinelistdelegate.h"
#include "pipelines/pipelinelistmodel.h"
#include "pipelines/pipelinescene.h"
#include "pipelines/stageediting.h"
#include "store/workspace.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

PipelinesPage::PipelinesPage(QWidget *parent)
    : Page(parent)
    , m_undoStack(new QUndoStack(this))
    , m_editor(new PipelineEditor(this))
    , m_model(new PipelineListModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(3 * unit, 2 * unit, 3 * unit, unit);
    layout->setSpacing(unit / 2);

    m_title = new QLabel(this);
    m_title->setObjectName(u"pipelinesTitle"_s);
    m_title->setFont(pagestyle::scaledFont(font(), 1.6, QFont::DemiBold));
    m_subtitle = pagestyle::quietLabel(this);
    m_subtitle->setObjectName(u"pipelinesFacts"_s);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(unit);

    m_stack = new PageStack(this);
    m_stack->setContentView(createContent());
    m_importButton = m_stack->emptyStateButton();
    m_importButton->setObjectName(u"importPipelineButton"_s);
    m_importButton->setDefault(true);
    connect(m_importButton, &QPushButton::clicked, this, &PipelinesPage::chooseFileToImport);
    layout->addWidget(m_stack, 1);

    connect(m_editor, &PipelineEditor::applied, this, [this](Id pipelineId) {
        m_ready = false;
        m_preferred = pipelineId;
        m_loads.invalidate();
        updateActions();
    });
    connect(m_editor, &PipelineEditor::finished, this, [this] { load(m_preferred); });
    connect(m_editor, &PipelineEditor::refused, this, &PipelinesPage::editRefused);

    retranslate();
    updateActions();
}

PipelinesPage::~PipelinesPage()
{
    // The commands refer to the editor; they go before it. The drawing's selection changes as its items go, which
    // this page no longer needs to hear about.
    m_undoStack->clear();
    disconnect(m_panel->scene(), nullptr, this, nullptr);
    m_panel->scene()->clearGraph();
}

QWidget *PipelinesPage::createContent()
{
    m_splitter = new QSplitter(Qt::Horizontal, m_stack);
    m_splitter->setObjectName(u"pipelinesSplitter"_s);
    m_splitter->setChildrenCollapsible(false);

    m_list = new QListView(m_splitter);
    m_list->setObjectName(u"pipelineList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PipelineListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMinimumWidth(22 * unit);
    m_list->setUniformItemSizes(true);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const Id id = m_model->idAt(current.row());
                if (id != 0 && id != m_shown) {
                    m_editing->forgetStageToSelect();
                    m_preferred = id;
                    loadGraph(id);
                }
            });

    m_panel = new PipelineGraphPanel(m_splitter);
    m_panel->setObjectName(u"pipelinePanel"_s);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({30 * unit, 120 * unit});

    m_editing = new StageEditing(m_editor, m_undoStack, m_panel, this);
    connect(m_panel->importAction(), &QAction::triggered, this, &PipelinesPage::chooseFileToImport);
    connect(m_panel->addStageAction(), &QAction::triggered, m_editing, &StageEditing::askToAddStage);
    connect(m_panel->renameAction(), &QAction::triggered, m_editing,
            [this] { m_editing->askToRenameStage(m_panel->scene()->selectedStage()); });
    connect(m_panel->deleteAction(), &QAction::triggered, m_editing, &StageEditing::deleteSelected);
    connect(m_panel->connectAction(), &QAction::triggered, m_editing, &StageEditing::askToConnect);
    connect(m_panel->scene(), &QGraphicsScene::selectionChanged, this, &PipelinesPage::updateActions);
    connect(m_panel->view(), &PipelineGraphView::renameRequested, m_editing, &StageEditing::askToRenameStage);
    connect(m_panel->view(), &PipelineGraphView::connectRequested, m_editing, &StageEditing::connectStages);
    return m_splitter;
}

void PipelinesPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool reload = workspace && workspace == m_workspace && m_stack->state() != PageStack::State::Blank;
    m_ready = false;
    if (!reload) {
        m_workspace = std::move(workspace);
        m_editor->setWorkspace(m_workspace);
        m_undoStack->clear();
        m_imports.invalidate();
        m_importing = false;
        m_shown = 0;
        m_preferred = 0;
        m_editing->forgetStageToSelect();
        m_error.clear();
        m_pipelineCount = 0;
        m_model->clear();
        m_panel->scene()->clearGraph();
        m_panel->messageBar()->clear();
        m_subtitle->clear();
    }
    if (!m_workspace) {
        m_loads.invalidate();
        m_stack->setState(PageStack::State::Blank);
        updateActions();
        finishLoading();
        return;
    }
    if (!reload)
        m_stack->setState(PageStack::State::Loading);
    updateActions();
    load(m_shown);
}

bool PipelinesPage::isReady() const
{
    return m_ready;
}

void PipelinesPage::finishLoading()
{
    updateActions();
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void PipelinesPage::load(Id preferred)
{
    if (!m_workspace)
        return;
    m_ready = false;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_loads, [workspace, preferred] { return loadPipelinesSnapshot(workspace->connection(), preferred); },
        [this](const Result<PipelinesSnapshot> &snapshot) {
            if (snapshot)
                showSnapshot(*snapshot);
            else
                showError(snapshot.errorMessage());
        });
}

void PipelinesPage::loadGraph(Id pipelineId)
{
    if (!m_workspace)
        return;
    m_ready = false;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_loads, [workspace, pipelineId] { return loadPipelineGraph(workspace->connection(), pipelineId); },
        [this](const Result<PipelineGraphData> &data) {
            if (data)
                showGraph(*data);
            else
                showError(data.errorMessage());
        });
}

void PipelinesPage::showPipeline(Id pipelineId)
{
    const int row = m_model->rowOf(pipelineId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void PipelinesPage::showSnapshot(const PipelinesSnapshot &snapshot)
{
    m_pipelineCount = int(snapshot.pipelines.size());
    {
        // The reset would select a row and load it; the snapshot has the pipeline to show already.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_model->setPipelines(snapshot.pipelines);
        if (snapshot.shown) {
            const int row = m_model->rowOf(snapshot.shown->pipeline.row.id);
            m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect);
        }
    }
    updateFacts();
    if (!snapshot.shown) {
        m_shown = 0;
        m_panel->scene()->clearGraph();
        m_stack->setState(PageStack::State::Empty);
        finishLoading();
        return;
    }
    m_stack->setState(PageStack::State::Content);
    showGraph(*snapshot.shown);
}

void PipelinesPage::showGraph(const PipelineGraphData &data)
{
    PipelineScene *scene = m_panel->scene();
    PipelineGraphView *view = m_panel->view();
    const Id id = data.pipeline.row.id;
    // The same pipeline drawn again (after an edit) keeps its zoom, its place and its selection.
    const bool keepView = id == m_shown && scene->isLaidOut();
    const QPointF centre = view->mapToScene(view->viewport()->rect().center());
    const qreal zoom = view->zoom();
    QString select = m_editing->takeStageToSelect();
    if (keepView && select.isEmpty())
        select = scene->selectedStage();
    m_shown = id;
    m_preferred = id;

    if (m_editor->noteLoaded(data.pipeline) == PipelineEditor::Loaded::ChangedElsewhere && hasEditsOf(id)) {
        m_undoStack->clear();
        m_panel->messageBar()->showMessage(tr("“%1” was changed elsewhere; the page shows it as it is stored now. "
                                              "The edits made here before can no longer be undone.")
                                               .arg(data.pipeline.row.name),
                                           MessageBar::Kind::Information);
    }
    scene->setGraph(data);
    updateHeading();
    if (data.pipeline.spec.stages.isEmpty()) {
        m_panel->setNote(tr("“%1” has no stages yet. Add the first one with Add Stage.").arg(data.pipeline.row.name));
        finishLoading();
        return;
    }
    m_panel->setNote({});
    m_ready = false;
    updateActions();
    const layout::LayoutRequest request = scene->layoutRequest();
    if (request.nodes.isEmpty()) {
        // No stage is connected to another: nothing for Graphviz to rank, the stages stand in a grid.
        m_loads.invalidate();
        showLayout(layout::GraphLayout{}, keepView, centre, zoom, select);
        return;
    }
    runLatest(
        this, m_loads, [request] { return layout::layoutGraph(request); },
        [this, keepView, centre, zoom, select](const Result<layout::GraphLayout> &layout) {
            showLayout(layout, keepView, centre, zoom, select);
        });
}

void PipelinesPage::showLayout(const Result<layout::GraphLayout> &layout, bool keepView, QPointF centre, qreal zoom,
                               const QString &select)
{
    PipelineScene *scene = m_panel->scene();
    PipelineGraphView *view = m_panel->view();
    if (!layout) {
        m_panel->setNote(tr("The pipeline could not be laid out: %1").arg(layout.errorMessage()));
        finishLoading();
        return;
    }
    scene->applyLayout(*layout);
    if (keepView) {
        view->setZoom(zoom);
        view->centerOn(centre);
    } else {
        view->showStart();
    }
    if (StageCardItem *card = scene->card(select)) {
        scene->selectStage(select);
        view->ensureVisible(card, 2 * unit, 2 * unit);
    }
    finishLoading();
}

void PipelinesPage::showError(const QString &message)
{
    m_error = message;
    const QString name = m_workspace ? m_workspace->displayName() : QString();
    m_stack->setErrorText(tr("The pipelines of %1 could not be read.").arg(name) + u"\n\n"_s + message);
    m_stack->setErrorIcon(StatusStyle::of(QString::fromLatin1(Status::Failed)).icon(palette()));
    m_stack->setState(PageStack::State::Failed);
    finishLoading();
}

void PipelinesPage::updateFacts()
{
    if (!m_workspace || m_pipelineCount == 0) {
        m_subtitle->clear();
        return;
    }
    m_subtitle->setText(m_pipelineCount == 1 ? tr("1 pipeline") : tr("%n pipelines", nullptr, m_pipelineCount));
}

void PipelinesPage::updateHeading()
{
    const PipelineGraphData &data = m_panel->scene()->graph();
    const graph::PipelineSpec &spec = data.pipeline.spec;
    int needs = 0;
    for (const graph::StageSpec &stage : spec.stages)
        needs += int(stage.needs.size());
    const int stages = int(spec.stages.size());
    QStringList facts{stages == 1 ? tr("1 stage") : tr("%n stages", nullptr, stages),
                      needs == 1 ? tr("1 connection") : tr("%n connections", nullptr, needs)};
    // Where an imported pipeline came from; a pipeline made in Flowdeck says nothing.
    if (data.pipeline.row.definition && data.pipeline.row.format) {
        if (const auto format = graph::pipelineFormatFromName(*data.pipeline.row.format);
            format && *format != graph::PipelineFormat::Flowdeck)
            facts.append(tr("imported from %1").arg(pipelineFormatLabel(*format)));
    }
    //: Separates the facts after the pipeline's name: "11 stages · 12 connections".
    m_panel->setHeading(data.pipeline.row.name, facts.join(tr(" · ")));

    if (!data.criticalPathError.isEmpty()) {
        m_panel->setCriticalPath(tr("No critical path"), data.criticalPathError, false);
    } else if (!data.hasCriticalPath()) {
        m_panel->setCriticalPath(stages == 0 ? QString() : tr("Critical path: not known until jobs are imported"),
                                 tr("The critical path is the longest chain of stages by their median queue and run "
                                    "times, which come from the jobs imported for them."),
                                 false);
    } else {
        const graph::CriticalPath &path = data.criticalPath;
        // The stage that takes the largest part of it: where shortening the pipeline starts.
        const graph::StageTiming *longest = nullptr;
        for (const graph::StageTiming &timing : path.stages) {
            if (timing.onCriticalPath && (!longest || timing.duration > longest->duration))
                longest = &timing;
        }
        QString text = tr("Critical path: %1 through %2 of %3 stages")
                           .arg(format::duration(path.length))
                           .arg(path.path.size())
                           .arg(stages);
        if (longest && path.path.size() > 1) {
            //: After the critical path: the stage that takes the largest part of it, and how long it takes.
            text = tr("%1, longest %2 (%3)").arg(text, longest->name, format::duration(longest->duration));
        }
        m_panel->setCriticalPath(text,
                                 tr("The longest chain of stages by median queue plus run time, %1:\n%2")
                                     .arg(format::exactDuration(path.length), path.path.join(u" → "_s)),
                                 true);
    }
}

void PipelinesPage::updateActions()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const bool editable = writable && !m_importing && m_shown != 0 && m_editor->spec(m_shown) &&
                          m_stack->state() == PageStack::State::Content;
    m_editing->setPipeline(editable ? m_shown : 0, writable);
    m_panel->updateActions(editable, writable && !m_importing);
    m_importButton->setEnabled(writable && !m_importing);
}

void PipelinesPage::showProblem(const QString &message)
{
    m_panel->messageBar()->showMessage(message, MessageBar::Kind::Error);
}

bool PipelinesPage::hasEditsOf(Id pipelineId) const
{
    for (int i = 0; i < m_undoStack->count(); ++i) {
        const auto *command = dynamic_cast<const PipelineEditCommand *>(m_undoStack->command(i));
        if (command && command->pipelineId() == pipelineId)
            return true;
    }
    return false;
}

void PipelinesPage::editRefused(Id pipelineId, const QString &message)
{
    // What the undo history remembers no longer matches the workspace: it goes, and the page shows what is stored.
    m_undoStack->clear();
    m_editor->forget();
    m_editing->forgetStageToSelect();
    showProblem(message + u"\n"_s +
                tr("The page now shows the pipeline as it is stored; make the edit again from there."));
    load(pipelineId);
}

void PipelinesPage::chooseFileToImport()
{
    if (!m_workspace || m_workspace->isReadOnly() || m_importing)
        return;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Pipeline"), directory,
                                                      tr("Pipeline definitions (*.yml *.yaml);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void PipelinesPage::importFile(const QString &path)
{
    if (!m_workspace || m_workspace->isReadOnly() || m_importing)
        return;
    m_importing = true;
    updateActions();
    m_panel->messageBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)),
                                       MessageBar::Kind::Information);
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_imports, [workspace, path] { return importPipelineFileInto(*workspace, path); },
        [this, path](const Result<PipelineFileImport> &imported) {
            m_importing = false;
            if (!imported) {
                showProblem(tr("%1 was not imported.").arg(QFileInfo(path).fileName()) + u"\n"_s +
                            imported.errorMessage());
                updateActions();
                Q_EMIT importFinished(false);
                return;
            }
            QString message = describeImport(*imported, path);
            if (hasEditsOf(imported->pipelineId)) {
                m_undoStack->clear();
                message += u"\n"_s + tr("The edits made to it before can no longer be undone.");
            }
            m_panel->messageBar()->showMessage(message, MessageBar::Kind::Information);
            m_editing->forgetStageToSelect();
            m_stack->setState(PageStack::State::Content);
            // A new pipeline is drawn from its start; one imported again keeps the view if it is the one shown.
            load(imported->pipelineId);
            Q_EMIT importFinished(true);
        });
}

void PipelinesPage::retranslate()
{
    m_title->setText(tr("Pipelines"));
    m_stack->setLoadingText(tr("Reading the pipelines…"));
    m_stack->setEmptyTitle(tr("No pipelines yet"));
    m_stack->setEmptyText(tr("This page draws each delivery pipeline as a graph of its stages, with how long each "
                             "waits and runs, how often it succeeds, and the critical path that sets the pace. "
                             "Import a pipeline definition — a GitHub Actions workflow, a GitLab CI file, a "
                             "Concourse pipeline or a Flowdeck pipeline file — to fill it."));
    m_importButton->setText(tr("Import Pipeline…"));
    m_importButton->setToolTip(tr("Choose a .yml or .yaml pipeline definition to import"));
    m_list->setAccessibleName(tr("Pipelines"));
    updateFacts();
    if (m_panel->scene()->isLaidOut() || !m_panel->scene()->cards().isEmpty())
        updateHeading();
    if (m_stack->state() == PageStack::State::Failed)
        showError(m_error);
}

void PipelinesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace flowdeck::views
