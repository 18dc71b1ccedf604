// SPDX-License-Identifier: GPL-3.0-or-later
// The Value stream page's loading: a workspace given to the page, the scope's request derived on a worker thread,
// its result handed to the editors (or the empty or failed state), and Refresh from Data. valuestreampage.cpp holds
// the page's layout, showing and editing; valuestreampagetools.cpp the future state, export and presentation.
#include "valuestream/valuestreampage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestack.h"
#include "store/workspace.h"
#include "valuestream/mapeditor.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

void ValueStreamPage::setWorkspace(std::shared_ptr<const store::Workspace> workspace)
{
    const bool again = workspace && workspace == m_workspace && m_workspaceRead;
    m_ready = false;
    if (!again) {
        m_workspace = std::move(workspace);
        m_workspaceRead = false;
        m_load.reset();
        m_undo->clear();
        m_currentEditor->setWorkspace(m_workspace);
        m_futureEditor->setWorkspace(m_workspace);
        m_message->clear();
        m_message->hide();
        m_selected[0] = m_selected[1] = 0;
        m_active = Side::Current;
        setPresenting(false);
    }
    if (!m_workspace) {
        cancelLoad();
        m_loads.invalidate();
        m_simulations.invalidate();
        m_stack->setState(PageStack::State::Blank);
        finishLoading();
        return;
    }
    if (!again) {
        m_stack->setLoadingText(tr("Deriving the value stream…"));
        m_stack->setState(PageStack::State::Loading);
    }
    start(!again);
}

void ValueStreamPage::start(bool readWorkspace)
{
    m_ready = false;
    cancelLoad();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ValueStreamRequest request;
    request.readWorkspace = readWorkspace;
    request.settings = m_scopeBar->settings();
    if (!readWorkspace) {
        if (m_service->isVisible() && m_service->currentIndex() >= 0)
            request.service = m_service->currentData().toLongLong();
        request.statistic = valuestream::statisticFromKey(m_statistic->currentData().toString());
    }
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runLatest(
        this, m_loads,
        [workspace, request, cancel = m_cancel] {
            return loadValueStream(workspace, request, TaskControl({}, cancel.get()));
        },
        [this](const ValueStreamLoad &load) { finishLoad(load); });
}

void ValueStreamPage::cancelLoad()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
}

void ValueStreamPage::finishLoad(const ValueStreamLoad &load)
{
    m_cancel.reset();
    if (!load.error.isEmpty()) {
        if (m_stack->state() == PageStack::State::Content) {
            m_message->showMessage(tr("The value stream could not be derived: %1").arg(load.error));
        } else {
            m_stack->setErrorText(tr("The value stream could not be derived.") + u"\n\n"_s + load.error);
            m_stack->setState(PageStack::State::Failed);
        }
        finishLoading();
        return;
    }
    m_workspaceRead = true;
    m_message->clear();
    m_message->hide();
    {
        const QSignalBlocker scopeBlocker(m_scopeBar);
        m_scopeBar->setServices(load.services);
        m_scopeBar->setSettings(load.settings);
        const QSignalBlocker statisticBlocker(m_statistic);
        m_statistic->setCurrentIndex(m_statistic->findData(valuestream::statisticKey(load.current.statistic)));
    }
    // Edits of another map cannot be undone on this one.
    const bool sameMaps = m_load && m_load->current.id != 0 && m_load->current.id == load.current.id &&
                          m_load->future.has_value() == load.future.has_value() &&
                          (!load.future || m_load->future->id == load.future->id);
    if (!sameMaps)
        m_undo->clear();
    m_load = load;
    showServiceChoice();
    m_settingMaps = true;
    m_currentEditor->setMap(load.current);
    if (load.future)
        m_futureEditor->setMap(*load.future);
    else
        m_futureEditor->setWorkspace(m_workspace);
    m_settingMaps = false;
    if (!load.future && m_active == Side::Future)
        m_active = Side::Current;

    if (load.current.steps.isEmpty() && !load.future) {
        showEmpty();
        finishLoading();
        return;
    }
    // With nothing selected, the bottleneck is: the step editor shows its figures at once.
    if (m_selected[0] == 0 && m_selected[1] == 0 && m_active == Side::Current) {
        if (auto analysis = valuestream::analyse(load.current); analysis && analysis->bottleneck)
            m_selected[0] = analysis->bottleneck->id;
    }
    m_stack->setState(PageStack::State::Content);
    showMaps();
    scheduleSimulation();
}

void ValueStreamPage::showServiceChoice()
{
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    const ScopeBar::Settings settings = m_scopeBar->settings();
    for (const Service &service : m_scopeBar->services()) {
        if (settings.serviceIds.contains(service.id))
            m_service->addItem(service.name, service.id);
    }
    if (m_load && m_load->serviceId)
        m_service->setCurrentIndex(m_service->findData(*m_load->serviceId));
    // A map covers one service, or all together: a choice only when the scope names several.
    const bool several = m_service->count() > 1;
    m_service->setVisible(several);
    m_serviceLabel->setVisible(several);
}

void ValueStreamPage::showEmpty()
{
    m_stack->setEmptyTitle(tr("Nothing to map yet"));
    m_stack->setEmptyText(
        tr("A value stream map is derived from the pull requests, pipeline runs and deployments of the chosen "
           "services and period, and this scope has none. Import the history of a repository or connect a CI "
           "server, or choose a longer period above."));
    m_stack->emptyStateButton()->setText(tr("Import Git History…"));
    m_stack->emptyStateButton()->setToolTip(tr("Add a git repository to the workspace and import its history"));
    m_stack->setState(PageStack::State::Empty);
    updateActions();
}

void ValueStreamPage::finishLoading()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void ValueStreamPage::refreshFromData()
{
    if (!m_workspace)
        return;
    m_message->clear();
    m_message->hide();
    start(false);
}

} // namespace flowdeck::views
