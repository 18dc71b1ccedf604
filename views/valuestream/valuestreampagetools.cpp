// SPDX-License-Identifier: GPL-3.0-or-later
// The Value stream page's actions beyond editing steps: the future state (copy, delete), export, presentation, the
// context menu, and the texts of the page's actions. valuestreampage.cpp holds the page's layout, showing and
// editing; valuestreampageload.cpp its loading.
#include "valuestream/valuestreampage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "store/workspace.h"
#include "valuestream/mapeditor.h"
#include "valuestream/mapexport.h"
#include "valuestream/mapstore.h"
#include "valuestream/presentationwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

void ValueStreamPage::copyAsFuture()
{
    if (!m_currentEditor->hasMap() || m_currentEditor->isSaving() || !m_workspace)
        return;
    const valuestream::Map current = m_currentEditor->map();
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    m_copyFuture->setEnabled(false);
    // A map derived from the data is kept first, so that its future state can name it.
    runInBackground(
        this,
        [workspace, current]() -> Result<std::pair<valuestream::Map, valuestream::Map>> {
            valuestream::Map stored = current;
            if (stored.id == 0) {
                auto saved = valuestream::saveMap(*workspace, stored);
                if (!saved)
                    return saved.error();
                stored = *saved;
            }
            auto future = valuestream::copyAsFutureState(*workspace, stored.id);
            if (!future)
                return future.error();
            return std::pair{stored, *future};
        },
        [this](const Result<std::pair<valuestream::Map, valuestream::Map>> &result) {
            if (!result) {
                m_message->showMessage(tr("The future state could not be made: %1").arg(result.errorMessage()));
                updateActions();
                return;
            }
            valuestream::Map current = result->first;
            valuestream::Map future = result->second;
            if (m_load) {
                valuestream::attachSamples(current, m_load->derived);
                valuestream::attachSamples(future, m_load->derived);
            }
            m_undo->clear();
            m_settingMaps = true;
            m_currentEditor->setMap(current);
            m_futureEditor->setMap(future);
            m_settingMaps = false;
            m_active = Side::Future;
            m_selected[0] = 0;
            m_selected[1] = future.steps.isEmpty() ? 0 : future.steps.constFirst().id;
            showMaps();
            scheduleSimulation();
        });
}

void ValueStreamPage::deleteFuture()
{
    if (!m_futureEditor->hasMap() || !m_workspace)
        return;
    const valuestream::Map future = m_futureEditor->map();
    QMessageBox ask(
        QMessageBox::Question, tr("Delete Future State"),
        tr("Delete the future state “%1” with its steps and ideas? This cannot be undone.").arg(future.name),
        QMessageBox::Cancel, this);
    QPushButton *remove = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runInBackground(
        this, [workspace, future] { return valuestream::deleteMap(*workspace, future.id, future.revision); },
        [this](const Result<void> &result) {
            if (!result) {
                m_message->showMessage(tr("The future state could not be deleted: %1").arg(result.errorMessage()));
                return;
            }
            m_undo->clear();
            m_futureEditor->setWorkspace(m_workspace);
            m_active = Side::Current;
            m_selected[1] = 0;
            showMaps();
            scheduleSimulation();
        });
}

void ValueStreamPage::exportTo(const QString &path)
{
    if (m_exporting)
        return;
    QList<MapDrawing> drawings;
    MapDrawing current = m_currentCanvas->drawing();
    current.selectedStepId = 0;
    drawings.append(current);
    if (m_futureEditor->hasMap()) {
        MapDrawing future = m_futureCanvas->drawing();
        future.selectedStepId = 0;
        drawings.append(future);
    }
    const auto finish = [this, path](const Result<void> &written) {
        if (written) {
            m_message->showMessage(tr("The map was written to %1.").arg(QDir::toNativeSeparators(path)),
                                   MessageBar::Kind::Information);
        } else {
            m_message->showMessage(written.errorMessage());
        }
        Q_EMIT exportFinished(path, written.errorMessage());
    };
    // The outcome is told from the event loop in every case, as it is for a PNG written in the background.
    const auto finishLater = [this, finish](const Result<void> &written) {
        QMetaObject::invokeMethod(
            this, [finish, written] { finish(written); }, Qt::QueuedConnection);
    };
    if (QFileInfo(path).suffix().compare(u"png"_s, Qt::CaseInsensitive) != 0) {
        finishLater(exportMapSvg(drawings, font(), path));
        return;
    }
    // Painting takes text, which stays on the GUI thread; encoding the image is most of the time, and goes to a
    // worker thread. A page closed meanwhile does not stop it: the file is finished, and no one is told.
    auto image = paintMapImage(drawings, font(), path, 2.0);
    if (!image) {
        finishLater(image.error());
        return;
    }
    m_exporting = true;
    updateActions();
    m_message->showMessage(tr("Exporting the map to %1…").arg(QDir::toNativeSeparators(path)),
                           MessageBar::Kind::Information);
    runInBackground(
        this, [image = *image, path] { return writeMapPng(image, path); },
        [this, finish](const Result<void> &written) {
            m_exporting = false;
            updateActions();
            finish(written);
        });
}

void ValueStreamPage::exportMaps()
{
    if (!m_currentEditor->hasMap() || m_exporting)
        return;
    QString selectedFilter;
    const QString svg = tr("SVG image (*.svg)");
    const QString png = tr("PNG image (*.png)");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export Value Stream Map"), m_currentEditor->map().name + u".svg"_s,
                                     svg + u";;"_s + png, &selectedFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selectedFilter == png ? u".png"_s : u".svg"_s;
    exportTo(path);
}

void ValueStreamPage::setPresenting(bool presenting)
{
    if (presenting == isPresenting())
        return;
    if (!presenting) {
        m_presentationWindow->close();
        m_presentationWindow->deleteLater();
        m_presentationWindow = nullptr;
        m_presentationCanvas = nullptr;
        return;
    }
    auto *window = new PresentationWindow;
    m_presentationCanvas = window->canvas();
    connect(window, &PresentationWindow::endRequested, this, [this] { setPresenting(false); });
    connect(m_presentationCanvas, &MapCanvas::stepSelected, this, [this](Id id) { canvasSelected(m_active, id); });
    connect(window, &QObject::destroyed, this, [this] { m_presentationCanvas = nullptr; });
    m_presentationWindow = window;
    showMaps();
    window->present();
}

bool ValueStreamPage::isPresenting() const
{
    return !m_presentationWindow.isNull();
}

void ValueStreamPage::contextMenu(Side side, Id stepId, QPoint globalPos)
{
    if (stepId != 0)
        canvasSelected(side, stepId);
    else
        m_active = side;
    updateActions();
    QMenu menu(this);
    menu.addAction(m_addStep);
    menu.addAction(m_removeStep);
    menu.addSeparator();
    menu.addAction(m_moveLeft);
    menu.addAction(m_moveRight);
    menu.exec(globalPos);
}

void ValueStreamPage::retranslate()
{
    m_serviceLabel->setText(tr("&Map of:"));
    m_service->setToolTip(tr("A value stream map covers one service: the one of the chosen services to map"));
    m_statistic->setItemText(0, tr("Median times"));
    m_statistic->setItemText(1, tr("85th percentile times"));
    m_statistic->setToolTip(tr("How the measured times of each step are summarised from its records"));
    m_statistic->setAccessibleName(tr("Statistic"));

    m_addStep->setText(tr("Add Step"));
    m_addStep->setToolTip(tr("Add a workshop step after the selected one, as an estimate (Insert)"));
    m_removeStep->setText(tr("Remove Step"));
    m_removeStep->setToolTip(tr("Remove the selected step; the steps around it are joined (Delete)"));
    m_moveLeft->setText(tr("Move Left"));
    m_moveLeft->setToolTip(tr("Move the selected step one place earlier in the stream (Ctrl+Shift+Left)"));
    m_moveRight->setText(tr("Move Right"));
    m_moveRight->setToolTip(tr("Move the selected step one place later in the stream (Ctrl+Shift+Right)"));
    m_refresh->setText(tr("Refresh from Data"));
    m_refresh->setToolTip(tr("Derive the measured steps again from the data of the scope; workshop steps, names, "
                             "notes and ideas stay (F5)"));
    m_copyFuture->setText(tr("Copy as Future State"));
    m_copyFuture->setToolTip(
        tr("Copy this map as its future state, to change and compare side by side with the current state"));
    m_deleteFuture->setText(tr("Delete Future State"));
    m_deleteFuture->setToolTip(tr("Delete the future state of this map"));
    m_presentation->setText(tr("Present"));
    m_presentation->setToolTip(tr("Show the map full screen in large type, for a projector (F11)"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Write the map as an SVG or PNG image (Ctrl+Shift+E)"));
    m_zoomIn->setText(tr("Zoom In"));
    m_zoomIn->setToolTip(tr("Show the map larger (Ctrl++)"));
    m_zoomOut->setText(tr("Zoom Out"));
    m_zoomOut->setToolTip(tr("Show more of the map (Ctrl+-)"));
    m_actualSize->setText(tr("Actual Size"));
    m_actualSize->setToolTip(tr("Show the map at 100 % (Ctrl+0)"));
    m_fitWidth->setText(tr("Fit Width"));
    m_fitWidth->setToolTip(tr("Scale the map to the width of the page, down to a size that stays readable"));
    showZoom();
    m_currentCanvas->setAccessibleName(tr("Current state map"));
    m_futureCanvas->setAccessibleName(tr("Future state map"));
    if (m_stack->state() == PageStack::State::Content)
        showMaps();
}

} // namespace flowdeck::views
