// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/page.h"
#include "common/scopebar.h"
#include "valuestream/mapcanvas.h"
#include "valuestream/valuestreamload.h"

#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QUndoStack;

namespace flowdeck::views {

class MapEditor;
class MessageBar;
class PresentationWindow;
class PageStack;
class StepEditor;
class WhatIfPanel;

/// The value stream of the chosen service and period, in the notation lean practitioners know: derived from the
/// data, edited live in a workshop (steps edited, added, removed and reordered, kaizen ideas, with undo and redo),
/// its bottleneck highlighted, and a future state copied from it, compared side by side and simulated. Edits are
/// stored in the workspace as they are made; F11 presents the map full screen for a projector.
class ValueStreamPage : public Page
{
    Q_OBJECT

public:
    explicit ValueStreamPage(QWidget *parent = nullptr);
    ~ValueStreamPage() override;

    void setWorkspace(std::shared_ptr<const store::Workspace> workspace) override;
    bool isReady() const override;
    QUndoStack *undoStack() const override;

    /// Which map the step editor and the edit actions work on.
    enum class Side
    {
        Current,
        Future
    };

    const MapCanvas *canvas(Side side) const;
    /// The map of one side as edited; nothing when it has none.
    std::optional<valuestream::Map> map(Side side) const;
    Side activeSide() const { return m_active; }
    /// Selects a step of one side, as a click on it would.
    void selectStep(Side side, Id stepId);

    /// The page's actions, for the tests and the window's menus.
    QAction *addStepAction() const { return m_addStep; }
    QAction *removeStepAction() const { return m_removeStep; }
    QAction *moveLeftAction() const { return m_moveLeft; }
    QAction *moveRightAction() const { return m_moveRight; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *futureStateAction() const { return m_copyFuture; }
    QAction *deleteFutureAction() const { return m_deleteFuture; }
    QAction *presentationAction() const { return m_presentation; }
    QAction *exportAction() const { return m_export; }
    StepEditor *stepEditor() const { return m_stepEditor; }
    WhatIfPanel *whatIfPanel() const { return m_whatIf; }

    /// Writes the maps on show (one, or current and future state) to `path`: SVG or PNG by its suffix. An SVG is
    /// written at once; a PNG's image is painted at once and encoded and written on a worker thread, with Export…
    /// disabled meanwhile. Either way exportFinished() tells the outcome, from the event loop, and the message bar
    /// shows it. Edits made while a PNG is written go into the next export, not this one.
    void exportTo(const QString &path);
    bool isExporting() const { return m_exporting; }
    /// Shows the maps full screen in large type (F11), or closes that view.
    void setPresenting(bool presenting);
    bool isPresenting() const;

Q_SIGNALS:
    /// The empty state's button: import a git repository's history.
    void importHistoryRequested();
    /// An export ended: written to `path`, or not, and then `error` says why.
    void exportFinished(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(bool readWorkspace);
    void cancelLoad();
    void finishLoad(const ValueStreamLoad &load);
    void showEmpty();
    void showMaps();
    void mapChanged();
    void scheduleSimulation();
    void simulate();
    void updateActions();
    void updateEditor();
    void showServiceChoice();
    void finishLoading();
    void retranslate();
    void showZoom();

    MapEditor *editor(Side side) const;
    MapCanvas *canvasOf(Side side) const;
    MapDrawing drawingOf(Side side) const;
    void edit(Side side, const valuestream::Map &after, const QString &text);
    void stepEdited(const valuestream::Step &after, const QString &actionName);
    void addStep();
    void removeStep();
    void moveStep(Id stepId, int newIndex);
    void moveSelected(int delta);
    void refreshFromData();
    void copyAsFuture();
    void deleteFuture();
    void exportMaps();
    void canvasSelected(Side side, Id stepId);
    void contextMenu(Side side, Id stepId, QPoint globalPos);

    std::shared_ptr<const store::Workspace> m_workspace;
    bool m_ready = false;
    bool m_workspaceRead = false;
    /// Set while a load or a new future state gives the editors their maps: the page shows them once, after.
    bool m_settingMaps = false;
    /// Set while a PNG export is written on a worker thread.
    bool m_exporting = false;
    Generation m_loads;
    Generation m_simulations;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<ValueStreamLoad> m_load;
    Side m_active = Side::Current;
    Id m_selected[2] = {0, 0};
    /// Where the selected steps stand, to find them again when a save gives a new step its stored id.
    mutable int m_selectedPlace[2] = {-1, -1};

    ScopeBar *m_scopeBar = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_statistic = nullptr;
    PageStack *m_stack = nullptr;
    MessageBar *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    MapCanvas *m_currentCanvas = nullptr;
    MapCanvas *m_futureCanvas = nullptr;
    StepEditor *m_stepEditor = nullptr;
    WhatIfPanel *m_whatIf = nullptr;
    MapEditor *m_currentEditor = nullptr;
    MapEditor *m_futureEditor = nullptr;
    QUndoStack *m_undo = nullptr;
    QTimer *m_simulationTimer = nullptr;
    QPointer<PresentationWindow> m_presentationWindow;
    MapCanvas *m_presentationCanvas = nullptr;

    QAction *m_addStep = nullptr;
    QAction *m_removeStep = nullptr;
    QAction *m_moveLeft = nullptr;
    QAction *m_moveRight = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_copyFuture = nullptr;
    QAction *m_deleteFuture = nullptr;
    QAction *m_presentation = nullptr;
    QAction *m_export = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_fitWidth = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace flowdeck::views
