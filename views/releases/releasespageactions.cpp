// SPDX-License-Identifier: GPL-3.0-or-later
// What people do on the Releases page: run, trust, abort, act on tasks, and make, edit and delete plans.
#include "releases/releasespage.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "release/audit.h"
#include "release/engine.h"
#include "release/releaseplan.h"
#include "release/trust.h"
#include "releases/backendsdialog.h"
#include "releases/planeditor.h"
#include "releases/releaselistmodel.h"
#include "releases/releaserunner.h"
#include "releases/releasestyle.h"
#include "releases/taskdetails.h"
#include "releases/taskgraphview.h"
#include "releases/windowsdialog.h"
#include "store/workspace.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
namespace status = release::status;

namespace {

/// What the page needs to know before it runs a release.
struct RunCheck
{
    QString name;
    /// The release deploys through backends and the workspace is not trusted here: what trusting it would allow.
    bool needsTrust = false;
    QStringList whatWouldRun;
};

Result<RunCheck> checkRun(const store::Workspace &workspace, Id releaseId)
{
    auto plan = release::loadPlan(workspace.connection(), releaseId);
    if (!plan)
        return plan.error();
    RunCheck check;
    check.name = plan->release.name;
    bool deploys = false;
    for (const ReleaseTask &task : std::as_const(plan->tasks))
        deploys = deploys || task.kind == release::kind::deploy;
    if (!deploys)
        return check;
    auto trusted = release::WorkspaceTrust::isTrusted(workspace);
    if (!trusted)
        return trusted.error();
    if (*trusted)
        return check;
    auto what = release::WorkspaceTrust::whatWouldRun(workspace.connection());
    if (!what)
        return what.error();
    check.needsTrust = true;
    check.whatWouldRun = *what;
    return check;
}

} // namespace

void ReleasesPage::runRelease(Id releaseId)
{
    if (!m_workspace || releaseId == 0 || m_runner->isRunning(releaseId))
        return;
    m_run->setEnabled(false);
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    runInBackground(
        this, [workspace, releaseId] { return checkRun(*workspace, releaseId); },
        [this, workspace, releaseId](const Result<RunCheck> &check) {
            if (workspace != m_workspace)
                return;
            if (!check) {
                m_message->showMessage(tr("The release cannot run: %1").arg(check.errorMessage()));
                updateActions();
                return;
            }
            if (check->needsTrust) {
                promptTrust(releaseId, check->name, check->whatWouldRun);
                return;
            }
            m_message->clear();
            m_runner->run(releaseId);
            updateActions();
            updateRefresh();
        });
}

void ReleasesPage::promptTrust(Id releaseId, const QString &name, const QStringList &whatWouldRun)
{
    if (m_trustPrompt)
        m_trustPrompt->close();
    auto *prompt = new QMessageBox(QMessageBox::Warning, tr("Trust This Workspace?"),
                                   tr("“%1” deploys through the backends of this workspace, which has not been trusted "
                                      "on this computer. Trusting it lets Flowdeck run what its backends name:")
                                       .arg(name),
                                   QMessageBox::Cancel, this);
    prompt->setObjectName(u"trustPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    QStringList lines;
    for (const QString &line : whatWouldRun)
        lines.append(u"• "_s + line);
    prompt->setInformativeText(
        lines.join(u'\n') + u"\n\n"_s +
        tr("Only trust a workspace whose backends you know. A changed backend asks for trust again."));
    QPushButton *trust = prompt->addButton(tr("Trust and Run"), QMessageBox::AcceptRole);
    trust->setObjectName(u"trustAndRunButton"_s);
    prompt->setDefaultButton(QMessageBox::Cancel);
    m_trustPrompt = prompt;
    connect(prompt, &QMessageBox::buttonClicked, this, [this, trust, releaseId](QAbstractButton *button) {
        if (button != trust || !m_workspace)
            return;
        std::shared_ptr<const store::Workspace> workspace = m_workspace;
        runInBackground(
            this, [workspace] { return release::WorkspaceTrust::trust(*workspace); },
            [this, workspace, releaseId](const Result<void> &trusted) {
                if (workspace != m_workspace)
                    return;
                if (!trusted) {
                    m_message->showMessage(tr("The workspace could not be trusted: %1").arg(trusted.errorMessage()));
                    updateActions();
                    return;
                }
                runRelease(releaseId);
            });
    });
    connect(prompt, &QMessageBox::finished, this, [this] { updateActions(); });
    prompt->open();
}

void ReleasesPage::abortRelease()
{
    if (!m_workspace || !m_view || m_view->plan.release.id != m_selected)
        return;
    const Id releaseId = m_selected;
    const QString name = m_view->plan.release.name;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Abort Release"),
                                tr("Abort “%1”? Running jobs are asked to stop, and every unfinished task ends as "
                                   "aborted. An aborted release cannot be resumed.")
                                    .arg(name),
                                QMessageBox::Cancel, this);
    ask->setObjectName(u"abortPrompt"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *abort = ask->addButton(tr("Abort Release"), QMessageBox::DestructiveRole);
    abort->setObjectName(u"confirmAbortButton"_s);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::buttonClicked, this, [this, abort, releaseId, name](QAbstractButton *button) {
        if (button != abort || !m_workspace)
            return;
        std::shared_ptr<const store::Workspace> workspace = m_workspace;
        const QString actor = release::currentUser();
        m_abort->setEnabled(false);
        runInBackground(
            this,
            [workspace, releaseId, actor] { return release::actions::requestAbort(*workspace, releaseId, actor); },
            [this, workspace, name](const Result<void> &asked) {
                if (workspace != m_workspace)
                    return;
                if (!asked)
                    m_message->showMessage(tr("“%1” was not aborted: %2").arg(name, asked.errorMessage()));
                loadList();
                loadRelease();
                updateActions();
            });
    });
    ask->open();
}

void ReleasesPage::connectTaskActions()
{
    using Workspace = store::Workspace;
    connect(m_details, &TaskDetailsView::approveRequested, this, [this](Id taskId, const QString &comment) {
        //: An approval the release core refused: "“Go/no-go” was not approved: dana has already decided on …".
        taskAction(taskId, tr("“%1” was not approved: %2"),
                   [taskId, comment](const Workspace &workspace, const QString &actor) {
                       return release::actions::approve(workspace, taskId, actor, comment);
                   });
    });
    connect(m_details, &TaskDetailsView::rejectRequested, this, [this](Id taskId, const QString &comment) {
        taskAction(taskId, tr("“%1” was not rejected: %2"),
                   [taskId, comment](const Workspace &workspace, const QString &actor) {
                       return release::actions::reject(workspace, taskId, actor, comment);
                   });
    });
    connect(m_details, &TaskDetailsView::markDoneRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("“%1” was not marked done: %2"),
                   [taskId](const Workspace &workspace, const QString &actor) {
                       return release::actions::markDone(workspace, taskId, actor);
                   });
    });
    connect(m_details, &TaskDetailsView::retryRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("“%1” was not retried: %2"), [taskId](const Workspace &workspace, const QString &actor) {
            return release::actions::retry(workspace, taskId, actor);
        });
    });
    connect(m_details, &TaskDetailsView::skipRequested, this, [this](Id taskId) {
        taskAction(taskId, tr("“%1” was not skipped: %2"), [taskId](const Workspace &workspace, const QString &actor) {
            return release::actions::skip(workspace, taskId, actor);
        });
    });
}

void ReleasesPage::taskAction(Id taskId, const QString &refusal,
                              std::function<Result<void>(const store::Workspace &, const QString &actor)> action)
{
    if (!m_workspace || !m_view || taskId == 0)
        return;
    const ReleaseTask *task = m_view->plan.task(taskId);
    if (!task)
        return;
    const QString name = task->name;
    const Id releaseId = m_view->plan.release.id;
    const QString actor = release::currentUser();
    std::shared_ptr<const store::Workspace> workspace = m_workspace;
    m_details->setBusy(true);
    runInBackground(
        this, [workspace, actor, action] { return action(*workspace, actor); },
        [this, workspace, name, refusal, releaseId, taskId](const Result<void> &result) {
            if (workspace != m_workspace)
                return;
            m_details->setBusy(false);
            if (!result) {
                m_message->showMessage(refusal.arg(name, result.errorMessage()));
                return;
            }
            m_message->clear();
            if (m_details->taskId() == taskId)
                m_details->commentEdit()->clear();
            loadList();
            loadRelease();
            resumeAfterAction(releaseId);
        });
}

void ReleasesPage::resumeAfterAction(Id releaseId)
{
    // A person's action lets the release go on; when no engine runs it (Flowdeck was closed while it waited, or it
    // stopped on a failure), this page runs it on.
    if (!m_view || m_view->plan.release.id != releaseId || m_runner->isRunning(releaseId) ||
        !m_view->lockHolder.isEmpty())
        return;
    const Release &release = m_view->plan.release;
    if (!release.startedAt || release.isTemplate || release.status == status::aborted ||
        release.status == status::rolledBack || release.status == status::succeeded)
        return;
    runRelease(releaseId);
}

void ReleasesPage::runnerFinished(Id releaseId, const QString &releaseStatus)
{
    const StatusStyle style = ReleaseStyle::releaseStatus(releaseStatus);
    const bool good = releaseStatus == status::succeeded;
    //: A release run from the page ended: "“Spring release” ended: ✓ Succeeded."
    m_message->showMessage(tr("“%1” ended: %2.").arg(releaseName(releaseId), style.text()),
                           good ? MessageBar::Kind::Information : MessageBar::Kind::Error);
    loadList();
    if (releaseId == m_selected)
        loadRelease();
}

void ReleasesPage::newRelease()
{
    if (!m_workspace)
        return;
    auto *dialog = new NewReleaseDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (isShowingTemplates() && m_selected != 0)
        dialog->setTemplate(m_selected);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Id created = dialog->createdId();
        showTemplates(false);
        m_selected = created;
        m_selectedTask = 0;
        m_view.reset();
        loadList();
    });
    dialog->open();
}

void ReleasesPage::newTemplate()
{
    if (!m_workspace)
        return;
    release::ReleasePlan plan;
    plan.release.isTemplate = true;
    plan.release.status = status::planned;
    auto *dialog = new PlanEditorDialog(m_workspace, plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Id created = dialog->plan().release.id;
        showTemplates(true);
        m_selected = created;
        m_selectedTask = 0;
        m_view.reset();
        loadList();
    });
    dialog->open();
}

void ReleasesPage::editPlan()
{
    if (!m_workspace || !m_view || m_view->plan.release.id != m_selected || !m_editPlan->isEnabled())
        return;
    auto *dialog = new PlanEditorDialog(m_workspace, m_view->plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        loadList();
        loadRelease();
    });
    dialog->open();
}

void ReleasesPage::editBackends()
{
    if (!m_workspace || !m_backends->isEnabled())
        return;
    auto *dialog = new BackendsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, workspace = m_workspace] {
        // The task details name the backends; whether the workspace is trusted is read again at the next Run.
        if (dialog->changedBackends() && workspace == m_workspace)
            reload();
    });
    dialog->open();
}

void ReleasesPage::editWindows()
{
    if (!m_workspace || !m_windows->isEnabled())
        return;
    auto *dialog = new WindowsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, workspace = m_workspace] {
        if (dialog->changedWindows() && workspace == m_workspace)
            reload();
    });
    dialog->open();
}

void ReleasesPage::reload()
{
    loadList();
    loadRelease();
}

void ReleasesPage::deleteRelease()
{
    if (!m_workspace || !m_view || m_view->plan.release.id != m_selected || !m_delete->isEnabled())
        return;
    const Release target = m_view->plan.release;
    auto *ask = new QMessageBox(
        QMessageBox::Question, target.isTemplate ? tr("Delete Template") : tr("Delete Release"),
        target.isTemplate ? tr("Delete the template “%1”? Releases made from it keep their plans.").arg(target.name)
                          : tr("Delete the release “%1” with its plan? Its audit entries stay.").arg(target.name),
        QMessageBox::Cancel, this);
    ask->setObjectName(u"deletePrompt"_s);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = ask->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDeleteButton"_s);
    ask->setDefaultButton(QMessageBox::Cancel);
    connect(ask, &QMessageBox::buttonClicked, this, [this, remove, target](QAbstractButton *button) {
        if (button != remove || !m_workspace)
            return;
        std::shared_ptr<const store::Workspace> workspace = m_workspace;
        const QString actor = release::currentUser();
        runInBackground(
            this, [workspace, id = target.id, actor] { return release::deleteRelease(*workspace, id, actor); },
            [this, workspace, target](const Result<void> &deleted) {
                if (workspace != m_workspace)
                    return;
                if (!deleted) {
                    m_message->showMessage(tr("“%1” was not deleted: %2").arg(target.name, deleted.errorMessage()));
                    return;
                }
                if (m_selected == target.id) {
                    m_selected = 0;
                    m_selectedTask = 0;
                    m_view.reset();
                }
                loadList();
            });
    });
    ask->open();
}

void ReleasesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid())
        return;
    selectRelease(index.data(ReleaseListModel::IdRole).toLongLong());
    QMenu menu(this);
    if (!isShowingTemplates()) {
        menu.addAction(m_run);
        menu.addAction(m_abort);
        menu.addSeparator();
    } else {
        menu.addAction(m_newRelease);
    }
    menu.addAction(m_editPlan);
    menu.addAction(m_delete);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace flowdeck::views
