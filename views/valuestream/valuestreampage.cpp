// SPDX-License-Identifier: GPL-3.0-or-later
// The Value stream page: its layout and actions, the maps shown with their summary, the selection, the step edits
// with undo, and the what-if simulation. valuestreampageload.cpp holds its loading; valuestreampagetools.cpp the
// future state, export and presentation.
#include "valuestream/valuestreampage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "common/pagestyle.h"
#include "store/workspace.h"
#include "valuestream/comparison.h"
#include "valuestream/mapeditor.h"
#include "valuestream/mapedits.h"
#include "valuestream/mapstore.h"
#include "valuestream/presentationwindow.h"
#include "valuestream/simulation.h"
#include "valuestream/stepeditor.h"
#include "valuestream/whatifpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

/// The trials of the what-if prediction, and its seed: the same map always predicts the same figures.
constexpr int simulationTrials = 10'000;
constexpr quint64 simulationSeed = 1;

QString periodText(const valuestream::Map &map)
{
    if (!map.periodFrom || !map.periodTo)
        return {};
    const QLocale locale;
    const QDate from = QDateTime::fromMSecsSinceEpoch(*map.periodFrom).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(*map.periodTo - 1).date();
    return ValueStreamPage::tr("%1 – %2").arg(locale.toString(from, QLocale::ShortFormat),
                                              locale.toString(last, QLocale::ShortFormat));
}

} // namespace

ValueStreamPage::ValueStreamPage(QWidget *parent)
    : Page(parent)
    , m_currentEditor(new MapEditor(this))
    , m_futureEditor(new MapEditor(this))
    , m_undo(new QUndoStack(this))
    , m_simulationTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_scopeBar = new ScopeBar(this);
    m_serviceLabel = new QLabel(m_scopeBar);
    m_service = new QComboBox(m_scopeBar);
    m_service->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_serviceLabel->setBuddy(m_service);
    m_statistic = new QComboBox(m_scopeBar);
    m_statistic->addItem(QString(), valuestream::statisticKey(valuestream::Statistic::Median));
    m_statistic->addItem(QString(), valuestream::statisticKey(valuestream::Statistic::P85));
    m_scopeBar->addTrailingWidget(m_serviceLabel);
    m_scopeBar->addTrailingWidget(m_service);
    m_scopeBar->addTrailingWidget(m_statistic);
    layout->addWidget(m_scopeBar);

    // The actions, in the order of the tool bar.
    auto action = [this](const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(this);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_addStep = action(QKeySequence(Qt::Key_Insert), &ValueStreamPage::addStep);
    m_removeStep = action(QKeySequence::Delete, &ValueStreamPage::removeStep);
    m_moveLeft = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), [this] { moveSelected(-1); });
    m_moveRight = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), [this] { moveSelected(1); });
    m_refresh = action(QKeySequence::Refresh, &ValueStreamPage::refreshFromData);
    m_copyFuture = action(QKeySequence(), &ValueStreamPage::copyAsFuture);
    m_deleteFuture = action(QKeySequence(), &ValueStreamPage::deleteFuture);
    m_presentation = action(QKeySequence(Qt::Key_F11), [this] { setPresenting(!isPresenting()); });
    m_presentation->setShortcutContext(Qt::WindowShortcut);
    m_export = action(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &ValueStreamPage::exportMaps);
    m_zoomIn = action(QKeySequence::ZoomIn, [this] { m_currentCanvas->zoomIn(); });
    m_zoomOut = action(QKeySequence::ZoomOut, [this] { m_currentCanvas->zoomOut(); });
    m_actualSize = action(QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_currentCanvas->setZoom(1.0); });
    m_fitWidth = action(QKeySequence(), [this](bool checked) { m_currentCanvas->setFitToWidth(checked); });
    m_fitWidth->setCheckable(true);

    m_stack = new PageStack(this);
    auto *view = new QWidget(m_stack);
    auto *viewLayout = new QVBoxLayout(view);
    viewLayout->setContentsMargins(2 * pagestyle::unit, pagestyle::unit, 2 * pagestyle::unit, 0);
    viewLayout->setSpacing(pagestyle::unit);

    // A tool bar folds what does not fit into its extension menu, so that the page never widens the window.
    auto *toolBar = new QToolBar(view);
    toolBar->setObjectName(u"valueStreamTools"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_addStep, m_removeStep, m_moveLeft, m_moveRight});
    toolBar->addSeparator();
    toolBar->addAction(m_refresh);
    toolBar->addSeparator();
    toolBar->addActions({m_copyFuture, m_deleteFuture});
    toolBar->addSeparator();
    toolBar->addActions({m_presentation, m_export});
    toolBar->addSeparator();
    toolBar->addActions({m_zoomOut, m_zoomIn, m_actualSize, m_fitWidth});
    m_zoomLabel = new QLabel(toolBar);
    m_zoomLabel->setMinimumWidth(5 * pagestyle::unit);
    toolBar->addWidget(m_zoomLabel);
    viewLayout->addWidget(toolBar);

    m_summary = pagestyle::quietLabel(view);
    m_summary->setObjectName(u"valueStreamSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    viewLayout->addWidget(m_summary);

    m_message = new MessageBar(view);
    m_message->setObjectName(u"valueStreamMessage"_s);
    m_message->hide();
    viewLayout->addWidget(m_message);

    // The map takes the page's whole width, so that a long stream fits; the step editor and the what-if sit
    // beneath it, side by side.
    auto *splitter = new QSplitter(Qt::Vertical, view);
    splitter->setChildrenCollapsible(false);
    m_scroll = new QScrollArea(splitter);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *maps = new QWidget(m_scroll);
    auto *mapsLayout = new QVBoxLayout(maps);
    mapsLayout->setContentsMargins(0, 0, 0, 0);
    mapsLayout->setSpacing(2 * pagestyle::unit);
    m_currentCanvas = new MapCanvas(maps);
    m_currentCanvas->setObjectName(u"currentStateMap"_s);
    m_futureCanvas = new MapCanvas(maps);
    m_futureCanvas->setObjectName(u"futureStateMap"_s);
    m_futureCanvas->hide();
    // One zoom for both states, so that their timeline bars keep one time scale.
    m_currentCanvas->shareZoomWith(m_futureCanvas);
    mapsLayout->addWidget(m_currentCanvas, 0, Qt::AlignLeft | Qt::AlignTop);
    mapsLayout->addWidget(m_futureCanvas, 0, Qt::AlignLeft | Qt::AlignTop);
    mapsLayout->addStretch(1);
    m_scroll->setWidget(maps);

    auto *panels = new QSplitter(Qt::Horizontal, splitter);
    panels->setChildrenCollapsible(false);
    m_stepEditor = new StepEditor(panels);
    m_whatIf = new WhatIfPanel(panels);
    panels->setStretchFactor(0, 1);
    panels->setStretchFactor(1, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({440, 300});
    viewLayout->addWidget(splitter, 1);

    m_stack->setContentView(view);
    connect(m_stack->emptyStateButton(), &QPushButton::clicked, this, &ValueStreamPage::importHistoryRequested);
    layout->addWidget(m_stack, 1);

    for (const Side s : {Side::Current, Side::Future}) {
        MapCanvas *canvas = canvasOf(s);
        connect(canvas, &MapCanvas::stepSelected, this, [this, s](Id id) { canvasSelected(s, id); });
        connect(canvas, &MapCanvas::stepActivated, this, [this, s](Id id) {
            canvasSelected(s, id);
            // The editor's first field takes the focus.
            if (QWidget *first = m_stepEditor->nextInFocusChain())
                first->setFocus(Qt::OtherFocusReason);
        });
        connect(canvas, &MapCanvas::moveRequested, this, [this, s](Id id, int index) {
            m_active = s;
            moveStep(id, index);
        });
        connect(canvas, &MapCanvas::contextMenuRequested, this,
                [this, s](Id id, QPoint at) { contextMenu(s, id, at); });
        MapEditor *mapEditor = editor(s);
        connect(mapEditor, &MapEditor::changed, this, [this] { mapChanged(); });
        connect(mapEditor, &MapEditor::saved, this, [this] { mapChanged(); });
        connect(mapEditor, &MapEditor::refused, this, [this, s](const QString &message) {
            m_message->showMessage(
                tr("Your change to the %1 could not be stored: %2 Press %3 to reload the map; the change stays on the "
                   "undo stack to make again.")
                    .arg(s == Side::Future ? tr("future state") : tr("current state"), message,
                         m_refresh->shortcut().toString(QKeySequence::NativeText)));
        });
    }
    connect(m_stepEditor, &StepEditor::stepEdited, this, &ValueStreamPage::stepEdited);
    connect(m_currentCanvas, &MapCanvas::zoomChanged, this, &ValueStreamPage::showZoom);
    connect(m_currentCanvas, &MapCanvas::fitToWidthChanged, m_fitWidth, &QAction::setChecked);
    m_fitWidth->setChecked(m_currentCanvas->fitsToWidth());

    m_simulationTimer->setSingleShot(true);
    m_simulationTimer->setInterval(250);
    connect(m_simulationTimer, &QTimer::timeout, this, &ValueStreamPage::simulate);

    connect(m_scopeBar, &ScopeBar::scopeChanged, this, [this] {
        if (m_workspace && m_workspaceRead)
            start(false);
    });
    connect(m_service, &QComboBox::activated, this, [this] {
        if (m_workspace && m_workspaceRead)
            start(false);
    });
    connect(m_statistic, &QComboBox::activated, this, [this] {
        if (m_workspace && m_workspaceRead)
            start(false);
    });

    retranslate();
    m_stack->setState(PageStack::State::Blank);
    updateActions();
}

ValueStreamPage::~ValueStreamPage()
{
    cancelLoad();
    if (m_presentationWindow)
        delete m_presentationWindow.data();
}

bool ValueStreamPage::isReady() const
{
    return m_ready;
}

QUndoStack *ValueStreamPage::undoStack() const
{
    return m_undo;
}

const MapCanvas *ValueStreamPage::canvas(Side side) const
{
    return canvasOf(side);
}

std::optional<valuestream::Map> ValueStreamPage::map(Side side) const
{
    const MapEditor *mapEditor = editor(side);
    if (!mapEditor->hasMap())
        return std::nullopt;
    return mapEditor->map();
}

MapEditor *ValueStreamPage::editor(Side side) const
{
    return side == Side::Future ? m_futureEditor : m_currentEditor;
}

MapCanvas *ValueStreamPage::canvasOf(Side side) const
{
    return side == Side::Future ? m_futureCanvas : m_currentCanvas;
}

MapDrawing ValueStreamPage::drawingOf(Side side) const
{
    MapDrawing drawing;
    const MapEditor *mapEditor = editor(side);
    if (!mapEditor->hasMap())
        return drawing;
    drawing.map = mapEditor->map();
    if (auto analysis = valuestream::analyse(drawing.map))
        drawing.analysis = *analysis;
    const bool future = side == Side::Future;
    drawing.caption =
        future ? tr("Future state: %1").arg(drawing.map.name) : tr("Current state: %1").arg(drawing.map.name);
    drawing.selectedStepId = m_active == side ? m_selected[future ? 1 : 0] : 0;
    m_selectedPlace[future ? 1 : 0] = drawing.map.indexOfStep(m_selected[future ? 1 : 0]);
    return drawing;
}

void ValueStreamPage::showMaps()
{
    const bool hasFuture = m_futureEditor->hasMap();
    MapDrawing current = drawingOf(Side::Current);
    MapDrawing future = hasFuture ? drawingOf(Side::Future) : MapDrawing();
    // Side by side, both maps share one time scale, so that the shorter lead time looks shorter.
    if (hasFuture) {
        const qint64 scale = std::max(current.analysis ? current.analysis->totalLeadMs : 0,
                                      future.analysis ? future.analysis->totalLeadMs : 0);
        current.scaleMs = scale;
        future.scaleMs = scale;
    }
    m_currentCanvas->setDrawing(current);
    m_futureCanvas->setVisible(hasFuture);
    if (hasFuture)
        m_futureCanvas->setDrawing(future);
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    m_currentCanvas->setEditable(writable && current.map.edges.isEmpty());
    m_futureCanvas->setEditable(writable && future.map.edges.isEmpty());
    if (m_presentationCanvas) {
        MapDrawing shown = m_active == Side::Future && hasFuture ? future : current;
        shown.presentation = true;
        m_presentationCanvas->setDrawing(shown);
    }

    // What the map is, where its figures come from, and whether it is kept.
    const valuestream::Map &map = current.map;
    QStringList parts;
    const QString period = periodText(map);
    int measured = 0;
    int estimates = 0;
    for (const valuestream::Step &step : map.steps)
        (step.measured ? measured : estimates)++;
    parts.append(map.statistic == valuestream::Statistic::P85
                     ? tr("%1: 85th percentiles of the data, %2.").arg(map.name, period)
                     : tr("%1: medians of the data, %2.").arg(map.name, period));
    parts.append(tr("%n measured step(s)", nullptr, measured) + u", "_s + tr("%n estimate(s)", nullptr, estimates) +
                 u"."_s);
    parts.append(map.id == 0 ? tr("Derived from the data; your first edit keeps the map in the workspace.")
                             : tr("Kept in the workspace; edits are stored as you make them."));
    if (current.analysis && current.analysis->bottleneck) {
        const valuestream::Bottleneck &bottleneck = *current.analysis->bottleneck;
        const int index = map.indexOfStep(bottleneck.id);
        if (index >= 0)
            parts.append(tr("Bottleneck: %1, which %2.").arg(map.steps.at(index).name, bottleneck.reason));
    }
    m_summary->setText(parts.join(u' '));
    updateEditor();
    updateActions();
}

void ValueStreamPage::mapChanged()
{
    // A load or a new future state shows both maps itself, once, when it has given them to the editors.
    if (m_settingMaps)
        return;
    if (m_stack->state() == PageStack::State::Content ||
        (m_currentEditor->hasMap() && !m_currentEditor->map().steps.isEmpty())) {
        // A selected step that a save gave its stored id is found again by its place.
        for (const Side s : {Side::Current, Side::Future}) {
            const int i = s == Side::Future ? 1 : 0;
            const valuestream::Map &map = editor(s)->map();
            if (m_selected[i] != 0 && map.indexOfStep(m_selected[i]) < 0) {
                const int place = m_selectedPlace[i];
                m_selected[i] = place >= 0 && place < map.steps.size() ? map.steps.at(place).id : 0;
            }
        }
        showMaps();
        if (m_stack->state() != PageStack::State::Content && m_workspaceRead)
            m_stack->setState(PageStack::State::Content);
        scheduleSimulation();
    }
}

void ValueStreamPage::scheduleSimulation()
{
    m_whatIf->setRunning(true);
    m_simulationTimer->start();
}

void ValueStreamPage::simulate()
{
    if (!m_currentEditor->hasMap()) {
        finishLoading();
        return;
    }
    const valuestream::Map current = m_currentEditor->map();
    const std::optional<valuestream::Map> future =
        m_futureEditor->hasMap() ? std::optional<valuestream::Map>(m_futureEditor->map()) : std::nullopt;
    runLatest(
        this, m_simulations,
        [current, future] { return predictLeadTimes(current, future, simulationTrials, simulationSeed); },
        [this](const LeadTimePrediction &prediction) {
            m_whatIf->setRunning(false);
            m_whatIf->setCurrentSimulation(prediction.current);
            m_whatIf->setFutureSimulation(prediction.future);
            m_whatIf->setComparison(prediction.comparison);
            m_whatIf->setMessage(prediction.error);
            finishLoading();
        });
}

void ValueStreamPage::updateEditor()
{
    const MapEditor *mapEditor = editor(m_active);
    const Id selected = m_selected[m_active == Side::Future ? 1 : 0];
    const int index = mapEditor->hasMap() ? mapEditor->map().indexOfStep(selected) : -1;
    if (index < 0) {
        m_stepEditor->clear();
        return;
    }
    m_stepEditor->setStep(mapEditor->map().steps.at(index), mapEditor->map().statistic);
    m_stepEditor->setReadOnly(!m_workspace || m_workspace->isReadOnly());
}

void ValueStreamPage::updateActions()
{
    const bool content = m_stack->state() == PageStack::State::Content;
    const bool writable = content && m_workspace && !m_workspace->isReadOnly();
    const MapEditor *mapEditor = editor(m_active);
    const Id selected = m_selected[m_active == Side::Future ? 1 : 0];
    const int index = mapEditor->hasMap() ? mapEditor->map().indexOfStep(selected) : -1;
    const bool line = mapEditor->hasMap() && mapEditor->map().edges.isEmpty();
    const int count = mapEditor->hasMap() ? int(mapEditor->map().steps.size()) : 0;
    m_addStep->setEnabled(writable && mapEditor->hasMap());
    m_removeStep->setEnabled(writable && index >= 0);
    m_moveLeft->setEnabled(writable && line && index > 0);
    m_moveRight->setEnabled(writable && line && index >= 0 && index + 1 < count);
    m_refresh->setEnabled(m_workspace && m_workspaceRead);
    m_copyFuture->setEnabled(writable && !m_futureEditor->hasMap() && !m_currentEditor->isSaving() &&
                             m_currentEditor->hasMap() && !m_currentEditor->map().steps.isEmpty());
    m_deleteFuture->setEnabled(writable && m_futureEditor->hasMap() && m_futureEditor->map().id != 0);
    m_presentation->setEnabled(content);
    m_export->setEnabled(content && !m_exporting);
}

void ValueStreamPage::canvasSelected(Side side, Id stepId)
{
    m_active = side;
    m_selected[side == Side::Future ? 1 : 0] = stepId;
    // One selection at a time: the other map's focus frame goes.
    m_selected[side == Side::Future ? 0 : 1] = 0;
    showMaps();
}

void ValueStreamPage::selectStep(Side side, Id stepId)
{
    canvasSelected(side, stepId);
}

void ValueStreamPage::edit(Side side, const valuestream::Map &after, const QString &text)
{
    MapEditor *mapEditor = editor(side);
    if (!mapEditor->hasMap())
        return;
    m_active = side;
    m_undo->push(new MapEditCommand(mapEditor, mapEditor->map(), after, text));
}

void ValueStreamPage::stepEdited(const valuestream::Step &after, const QString &actionName)
{
    const MapEditor *mapEditor = editor(m_active);
    const int index = mapEditor->map().indexOfStep(after.id);
    if (index < 0)
        return;
    valuestream::Map map = mapEditor->map();
    map.steps[index] = after;
    edit(m_active, map, actionName);
}

void ValueStreamPage::addStep()
{
    MapEditor *mapEditor = editor(m_active);
    if (!mapEditor->hasMap())
        return;
    const Id selected = m_selected[m_active == Side::Future ? 1 : 0];
    const valuestream::Map &map = mapEditor->map();
    const Id after = map.indexOfStep(selected) >= 0 ? selected : (map.steps.isEmpty() ? 0 : map.steps.last().id);
    valuestream::Step step;
    step.id = mapEditor->newStepId();
    step.name = tr("New step");
    step.kind = QString::fromLatin1(valuestream::StepKind::Other);
    step.measured = false;
    step.waitMs = 0;
    step.processMs = 0;
    edit(m_active, valuestream::withStepAfter(map, after, step), tr("Add step"));
    m_selected[m_active == Side::Future ? 1 : 0] = step.id;
    showMaps();
}

void ValueStreamPage::removeStep()
{
    const MapEditor *mapEditor = editor(m_active);
    const Id selected = m_selected[m_active == Side::Future ? 1 : 0];
    const int index = mapEditor->map().indexOfStep(selected);
    if (index < 0)
        return;
    const valuestream::Map &map = mapEditor->map();
    const QString name = map.steps.at(index).name;
    valuestream::Map after = valuestream::withoutStep(map, selected);
    // The step that took its place is selected, so that Delete can go on.
    m_selected[m_active == Side::Future ? 1 : 0] =
        after.steps.isEmpty() ? 0 : after.steps.at(std::min<int>(index, int(after.steps.size()) - 1)).id;
    edit(m_active, after, tr("Remove “%1”").arg(name));
}

void ValueStreamPage::moveStep(Id stepId, int newIndex)
{
    const MapEditor *mapEditor = editor(m_active);
    const valuestream::Map &map = mapEditor->map();
    const int index = map.indexOfStep(stepId);
    if (index < 0 || !map.edges.isEmpty())
        return;
    newIndex = std::clamp(newIndex, 0, int(map.steps.size()) - 1);
    if (newIndex == index)
        return;
    valuestream::Map after = map;
    after.steps.move(index, newIndex);
    m_selected[m_active == Side::Future ? 1 : 0] = stepId;
    edit(m_active, after, tr("Move “%1”").arg(map.steps.at(index).name));
}

void ValueStreamPage::moveSelected(int delta)
{
    const Id selected = m_selected[m_active == Side::Future ? 1 : 0];
    const int index = editor(m_active)->map().indexOfStep(selected);
    if (index >= 0)
        moveStep(selected, index + delta);
}

void ValueStreamPage::showZoom()
{
    //: The zoom of the value stream map, as in "36 %".
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_currentCanvas->zoom() * 100)));
}

void ValueStreamPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Page::changeEvent(event);
}

} // namespace flowdeck::views
