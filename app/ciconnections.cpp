// SPDX-License-Identifier: GPL-3.0-or-later
#include "ciconnections.h"

#include "taskindicator.h"
#include "taskprogress.h"

#include "ci/ciconnectionsdialog.h"
#include "ci/sync/cisources.h"
#include "ci/sync/cisync.h"
#include "common/background.h"
#include "common/format.h"
#include "common/messagebar.h"
#include "store/workspace.h"

#include <QWidget>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

struct CiConnections::Outcome
{
    ci::StoreCounts counts;
    /// "title: message" for each connection that failed.
    QStringList errors;
    /// "title: warning", the sync's own and the keychain's.
    QStringList warnings;
    int synced = 0;
    bool canceled = false;
    /// Started from the dialog: its answer is shown there.
    bool fromDialog = false;
};

namespace {

/// One connection to sync, with its token read on the GUI thread (where the keychain answers).
struct Job
{
    CiSource source;
    QString title;
    QByteArray token;
    /// Why the keychain could not give the token, when it could not.
    QString keychainProblem;
};

/// "1 run" or "1,204 runs": `one` for exactly one, `many` (with %1 for the count) otherwise.
QString quantity(qint64 count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(views::format::count(count));
}

QString countsText(const ci::StoreCounts &counts)
{
    //: What a CI sync stored, as in "120 runs, 1,400 jobs, 12 deployments, 30 pull requests, 2 incidents".
    return CiConnections::tr("%1, %2, %3, %4, %5")
        .arg(quantity(counts.runs, CiConnections::tr("1 run"), CiConnections::tr("%1 runs")),
             quantity(counts.jobs, CiConnections::tr("1 job"), CiConnections::tr("%1 jobs")),
             quantity(counts.deployments, CiConnections::tr("1 deployment"), CiConnections::tr("%1 deployments")),
             quantity(counts.pullRequests, CiConnections::tr("1 pull request"), CiConnections::tr("%1 pull requests")),
             quantity(counts.incidents, CiConnections::tr("1 incident"), CiConnections::tr("%1 incidents")));
}

} // namespace

CiConnections::CiConnections(TaskIndicator *tasks, QWidget *window)
    : QObject(window)
    , m_tasks(tasks)
    , m_window(window)
{}

CiConnections::~CiConnections()
{
    cancel();
}

void CiConnections::cancel()
{
    if (m_task)
        m_task->cancel();
}

views::CiConnectionsDialog *CiConnections::showDialog(std::shared_ptr<const store::Workspace> workspace)
{
    if (!workspace)
        return nullptr;
    if (m_dialog && m_dialog->workspace() != workspace)
        closeDialog();
    if (!m_dialog) {
        auto *dialog = new views::CiConnectionsDialog(workspace, &m_tokens, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setSyncRunning(isSyncing());
        connect(dialog, &views::CiConnectionsDialog::syncRequested, this,
                [this, dialog](const QList<Id> &ids) { sync(dialog->workspace(), ids); });
        connect(dialog, &views::CiConnectionsDialog::syncCancelRequested, this, &CiConnections::cancel);
        connect(dialog, &views::CiConnectionsDialog::workspaceEdited, this, &CiConnections::workspaceEdited);
        m_dialog = dialog;
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void CiConnections::closeDialog()
{
    if (m_dialog) {
        m_dialog->close();
        delete m_dialog;
    }
}

void CiConnections::sync(std::shared_ptr<const store::Workspace> workspace, const QList<Id> &sourceIds)
{
    if (m_task || !workspace || workspace->isReadOnly())
        return;
    auto loaded = ci::loadSources(*workspace);
    if (!loaded) {
        Q_EMIT failed(loaded.errorMessage(), {});
        return;
    }
    // Tokens are read here: the keychain answers on this thread, which must not wait for the worker meanwhile.
    QList<Job> jobs;
    for (const CiSource &source : std::as_const(*loaded)) {
        if (!sourceIds.isEmpty() && !sourceIds.contains(source.id))
            continue;
        const views::CiTokens::Outcome token = m_tokens.read(ci::tokenKey(source.provider, source.baseUrl));
        jobs.append(Job{source, ci::sourceTitle(source), token.token, token.problem});
    }
    if (jobs.isEmpty()) {
        showDialog(workspace);
        return;
    }

    const bool fromDialog = m_dialog && m_dialog->isVisible() && m_dialog->workspace() == workspace;
    auto task = std::make_shared<TaskProgress>(jobs.size() == 1 ? tr("Syncing %1").arg(jobs.first().title)
                                                                : tr("Syncing %1 CI connections").arg(jobs.size()));
    m_task = task;
    m_tasks->track(task);
    if (m_dialog)
        m_dialog->setSyncRunning(true);
    Q_EMIT runningChanged(true);

    views::runInBackground(
        this,
        [workspace, task, jobs, fromDialog]() -> Outcome {
            Outcome outcome;
            outcome.fromDialog = fromDialog;
            for (const Job &job : jobs) {
                if (task->isCanceled()) {
                    outcome.canceled = true;
                    break;
                }
                const bool several = jobs.size() > 1;
                task->setMessage(several ? job.title : QString());
                const ci::SyncNotice notice = [task, job, several](const QString &message) {
                    //: What a sync of several connections does now: "petech/storefront on GitHub — page 3".
                    task->setMessage(several ? tr("%1 — %2").arg(job.title, message) : message);
                };
                auto report = ci::syncSource(*workspace, job.source, job.token, {}, task->control(), notice);
                if (!report) {
                    if (task->isCanceled()) {
                        outcome.canceled = true;
                        break;
                    }
                    QString error = tr("%1: %2").arg(job.title, report.errorMessage());
                    // A public project needs no token: the keychain matters only when the server wanted one.
                    if (job.token.isEmpty() && !job.keychainProblem.isEmpty())
                        error +=
                            u' ' +
                            tr("No token was sent, as the keychain could not be read: %1").arg(job.keychainProblem);
                    outcome.errors.append(error);
                    continue;
                }
                ++outcome.synced;
                for (const QString &warning : std::as_const(report->counts.warnings))
                    outcome.warnings.append(tr("%1: %2").arg(job.title, warning));
                ci::StoreCounts counts = report->counts;
                counts.warnings.clear();
                outcome.counts.add(counts);
            }
            return outcome;
        },
        [this, task](const Outcome &outcome) {
            m_tasks->finish(task);
            m_task.reset();
            if (m_dialog) {
                m_dialog->setSyncRunning(false);
                m_dialog->reload();
            }
            Q_EMIT runningChanged(false);
            finish(outcome);
        });
}

void CiConnections::finish(const Outcome &outcome)
{
    views::CiConnectionsDialog *dialog =
        outcome.fromDialog && m_dialog && m_dialog->isVisible() ? m_dialog.data() : nullptr;
    if (outcome.canceled) {
        const QString message = tr("The sync was canceled. What it had stored is kept, and the next sync goes on "
                                   "from there.");
        if (dialog)
            dialog->messageBar()->showMessage(message, views::MessageBar::Kind::Information);
        Q_EMIT canceled(message);
        return;
    }
    const QString stored = countsText(outcome.counts);
    QString warnings;
    if (!outcome.warnings.isEmpty())
        warnings = u' ' + quantity(outcome.warnings.size(), tr("1 warning."), tr("%1 warnings."));
    if (!outcome.errors.isEmpty()) {
        QString message = tr("The sync did not complete.") + u'\n' + outcome.errors.join(u'\n');
        if (outcome.synced > 0)
            message += u'\n' + tr("The other connections stored %1.").arg(stored) + warnings;
        if (dialog)
            dialog->messageBar()->showMessage(message, views::MessageBar::Kind::Error, outcome.warnings);
        else
            Q_EMIT failed(message, outcome.warnings);
        return;
    }
    //: The end of a CI sync: "Synced 2 CI connections: 120 runs, 1,400 jobs, …".
    const QString message =
        (outcome.synced == 1 ? tr("Synced 1 CI connection: %1.").arg(stored)
                             : tr("Synced %1 CI connections: %2.").arg(outcome.synced).arg(stored)) +
        warnings;
    if (dialog)
        dialog->messageBar()->showMessage(message, views::MessageBar::Kind::Information, outcome.warnings);
    else
        Q_EMIT succeeded(message, outcome.warnings);
}

} // namespace flowdeck::app
