// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyimport.h"

#include "taskindicator.h"
#include "taskprogress.h"

#include "common/background.h"
#include "common/format.h"
#include "git/storedcredentials.h"
#include "history/repositoryimports.h"
#include "store/workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QUrl>

#include <mutex>

namespace flowdeck::app {

using namespace Qt::StringLiterals;

struct HistoryImport::Outcome
{
    /// One line per repository imported.
    QStringList imported;
    QStringList errors;
    QStringList warnings;
    QStringList skipped;
    qint64 newCommits = 0;
    int repositories = 0;
    bool canceled = false;
};

namespace {

// The repository's name as the task shows it: the last part of its folder or URL, without ".git".
QString shortName(const QString &source)
{
    QString trimmed = source.trimmed();
    while (trimmed.endsWith(u'/') || trimmed.endsWith(u'\\'))
        trimmed.chop(1);
    QString name = trimmed.section(QRegularExpression(u"[/\\\\:]"_s), -1);
    if (name.endsWith(u".git"_s))
        name.chop(4);
    return name.isEmpty() ? trimmed : name;
}

QString newCommitsText(qint64 count)
{
    return count == 1 ? HistoryImport::tr("1 new commit")
                      : HistoryImport::tr("%1 new commits").arg(views::format::count(count));
}

struct Answer
{
    git::Credential credential;
    bool remember = false;
};

// Asks for a user name and a password or token for `url`; runs on the GUI thread. `refused` counts the
// answers the server already turned down.
std::optional<Answer> askForCredential(QWidget *parent, const QString &url, int refused)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"signInDialog"_s);
    dialog.setWindowTitle(HistoryImport::tr("Sign In to the Repository"));
    auto *layout = new QFormLayout(&dialog);
    const QString server = QUrl(url).toDisplayString(QUrl::RemoveUserInfo);
    auto *intro = new QLabel(refused > 0 ? HistoryImport::tr("%1 did not accept the user name and password or "
                                                             "token. Check them and try again.")
                                               .arg(server)
                                         : HistoryImport::tr("%1 asks who you are.").arg(server),
                             &dialog);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addRow(intro);
    auto *user = new QLineEdit(QUrl(url).userName(), &dialog);
    user->setObjectName(u"userName"_s);
    auto *secret = new QLineEdit(&dialog);
    secret->setObjectName(u"secret"_s);
    secret->setEchoMode(QLineEdit::Password);
    layout->addRow(HistoryImport::tr("&User name:"), user);
    layout->addRow(HistoryImport::tr("&Password or token:"), secret);
    auto *remember = new QCheckBox(HistoryImport::tr("&Remember in the keychain"), &dialog);
    remember->setObjectName(u"remember"_s);
    remember->setChecked(true);
    remember->setToolTip(HistoryImport::tr("Kept in the desktop's keychain for every repository on this server, "
                                           "once the import has signed in with it; never in the workspace."));
    layout->addRow(remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer{git::Credential{user->text(), secret->text()}, remember->isChecked()};
}

} // namespace

/// What signing in to remotes left to do once an import ends: credentials to remember, and why the keychain
/// could not help. Shared by the worker thread and the questions asked on the GUI thread.
struct HistoryImport::Signing
{
    std::mutex mutex;
    std::optional<std::pair<QString, git::Credential>> toRemember;
    QString keychainProblem;

    /// Stores the credentials the user asked to remember once the import that used them succeeded; returns a
    /// note for the user when the keychain failed, or an empty string.
    QString settle(bool succeeded)
    {
        std::lock_guard lock(mutex);
        QString note = std::exchange(keychainProblem, {});
        const auto remember = std::exchange(toRemember, std::nullopt);
        if (succeeded && remember) {
            if (auto stored = git::storeCredential(secrets::Keychain(), remember->first, remember->second); !stored)
                note = stored.errorMessage();
        }
        return note;
    }
};

HistoryImport::HistoryImport(TaskIndicator *tasks, QWidget *window)
    : QObject(window)
    , m_tasks(tasks)
    , m_window(window)
{}

HistoryImport::~HistoryImport()
{
    cancel();
}

void HistoryImport::cancel()
{
    if (m_task)
        m_task->cancel();
}

void HistoryImport::addRepository(std::shared_ptr<const store::Workspace> workspace, git::GitImportOptions options)
{
    const QString title = tr("Importing %1").arg(shortName(options.source));
    start(std::move(workspace), title, std::move(options));
}

void HistoryImport::importEveryRepository(std::shared_ptr<const store::Workspace> workspace)
{
    start(std::move(workspace), tr("Importing the history of every repository"), std::nullopt);
}

git::CredentialProvider HistoryImport::credentialProvider(const std::shared_ptr<Signing> &signing) const
{
    QPointer<QWidget> window = m_window;
    // Called on the worker thread: the question is asked on the GUI thread, which the worker waits for. The
    // application object outlives every window, so the call always has a receiver.
    git::CredentialProvider ask = [window, signing](const QString &url, int refused) -> std::optional<git::Credential> {
        std::optional<Answer> answer;
        QMetaObject::invokeMethod(
            qApp,
            [window, url, refused] {
                return window ? askForCredential(window, url, refused) : std::optional<Answer>();
            },
            Qt::BlockingQueuedConnection, &answer);
        if (!answer)
            return std::nullopt;
        std::lock_guard lock(signing->mutex);
        if (answer->remember)
            signing->toRemember = {url, answer->credential};
        else
            signing->toRemember.reset();
        return answer->credential;
    };
    return git::keychainCredentials(secrets::Keychain(), std::move(ask), [signing](const QString &message) {
        std::lock_guard lock(signing->mutex);
        signing->keychainProblem = message;
    });
}

void HistoryImport::start(std::shared_ptr<const store::Workspace> workspace, const QString &title,
                          std::optional<git::GitImportOptions> single)
{
    if (m_task || !workspace)
        return;
    auto task = std::make_shared<TaskProgress>(title);
    //: The speed of a git import in the status bar.
    task->setRateFormat(tr("%1 commits/s"));
    m_task = task;
    m_tasks->track(task);
    Q_EMIT runningChanged(true);

    auto signing = std::make_shared<Signing>();
    const git::CredentialProvider credentials = credentialProvider(signing);
    views::runInBackground(
        this,
        [workspace, task, single, credentials, signing]() -> Outcome {
            Outcome outcome;
            QList<git::GitImportOptions> imports;
            QStringList names;
            if (single) {
                imports.append(*single);
                names.append(shortName(single->source));
            } else {
                auto plan = history::importsForEveryRepository(workspace->connection());
                if (!plan) {
                    outcome.errors.append(plan.errorMessage());
                    return outcome;
                }
                imports = plan->imports;
                names = plan->names;
                outcome.skipped = plan->skipped;
            }
            for (qsizetype i = 0; i < imports.size(); ++i) {
                if (task->isCanceled()) {
                    outcome.canceled = true;
                    break;
                }
                git::GitImportOptions options = imports[i];
                options.credentials = credentials;
                auto result = git::importGitHistory(*workspace, options, task->control());
                if (auto note = signing->settle(result.ok()); !note.isEmpty())
                    outcome.warnings.append(tr("%1: %2").arg(names[i], note));
                if (!result) {
                    if (task->isCanceled()) {
                        outcome.canceled = true;
                        break;
                    }
                    //: A repository that failed to import, then why: "shop: … is not a git repository."
                    outcome.errors.append(tr("%1: %2").arg(names[i], result.errorMessage()));
                    continue;
                }
                ++outcome.repositories;
                outcome.newCommits += result->newCommits;
                //: One repository's import: "shop: 12 new commits, 340 in all".
                outcome.imported.append(tr("%1: %2, %3 in all")
                                            .arg(result->repository, newCommitsText(result->newCommits),
                                                 views::format::count(result->commits)));
                for (const QString &warning : std::as_const(result->warnings))
                    outcome.warnings.append(tr("%1: %2").arg(result->repository, warning));
            }
            return outcome;
        },
        [this, task](const Outcome &outcome) {
            m_tasks->finish(task);
            m_task.reset();
            Q_EMIT runningChanged(false);
            finish(outcome);
        });
}

void HistoryImport::finish(const Outcome &outcome)
{
    QStringList notes = outcome.warnings;
    if (!outcome.skipped.isEmpty()) {
        notes.append(tr("Not imported, as they record neither a folder nor a clone URL: %1.")
                         .arg(outcome.skipped.join(u", "_s)));
    }
    if (outcome.canceled) {
        Q_EMIT canceled(tr("The import was canceled. What it had stored is kept, and the next import goes on from "
                           "there."));
        return;
    }
    if (!outcome.errors.isEmpty()) {
        QStringList lines = outcome.errors;
        if (!outcome.imported.isEmpty())
            lines += outcome.imported;
        Q_EMIT failed(tr("The import did not complete.") + u'\n' + (lines + notes).join(u'\n'));
        return;
    }
    QString summary;
    if (outcome.repositories == 1)
        summary = tr("Imported %1.").arg(outcome.imported.constFirst());
    else if (outcome.repositories == 0)
        summary = tr("There are no repositories to import: add one first.");
    else
        summary = tr("Imported %1 repositories: %2.").arg(outcome.repositories).arg(newCommitsText(outcome.newCommits));
    if (!notes.isEmpty())
        summary += u'\n' + notes.join(u'\n');
    Q_EMIT succeeded(summary);
}

} // namespace flowdeck::app
