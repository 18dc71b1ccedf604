// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "common/messagebar.h"
#include "secrets/keychain.h"
#include "store/workspace.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace flowdeck::app {

/// Asks where a team workspace lives (a database on a PostgreSQL server: host, port, database, user, password,
/// TLS mode) and opens it. The address the fields make is shown as it is typed, and an address pasted there fills
/// the fields. Connecting runs on a worker thread with a busy indication; a failure is shown in the dialog with
/// every field kept; a database that holds no workspace yet is offered to be made one. The last values are kept
/// in the settings, never the password.
class TeamWorkspaceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);
    ~TeamWorkspaceDialog() override;

    /// Fills the fields from `address` (instead of the values last used).
    void setAddress(const store::ServerAddress &address);
    /// The address the fields make; meaningful when problem() is empty.
    store::ServerAddress address() const;
    QString addressText() const;
    void setPassword(const QString &password);
    void setRemembersPassword(bool remember);

    /// What keeps the fields from making an address, in the user's words; empty when they make one.
    QString problem() const;
    /// The message of the last failed attempt, as the dialog shows it; empty when there is none.
    QString errorText() const;
    bool isConnecting() const { return m_connecting; }

    /// The keychain the password is remembered in; the application's own unless a test gives another.
    void setKeychain(const secrets::Keychain &keychain) { m_keychain = keychain; }
    /// Whether to ask before making an empty database a workspace; a test answers through setCreateAnswer().
    void setCreateAnswer(std::optional<bool> answer) { m_createAnswer = answer; }

    /// The workspace opened, once the dialog is accepted.
    std::shared_ptr<store::Workspace> workspace() const { return m_workspace; }
    /// Why the password could not be remembered, when it could not; the workspace opened all the same.
    QString keychainProblem() const { return m_keychainProblem; }

    /// Connects with what the fields say, on a worker thread; the dialog is accepted when the workspace opened.
    void connectToServer();

    /// The user-facing label of a TLS mode (an sslmode value; empty is libpq's default, prefer).
    static QString sslModeLabel(const QString &mode);
    /// Reads a pasted address. Unlike an address Flowdeck keeps, it may hold a password: that is taken out into
    /// `password` (cleared when there is none), so that pasting a whole connection string fills every field.
    static Result<store::ServerAddress> parsePastedAddress(const QString &text, QString *password);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// An attempt to connect ended without opening (failed or canceled); the dialog stays open.
    void attemptEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Attempt;

    void loadRemembered();
    void saveRemembered() const;
    void fieldsEdited();
    void addressEdited(const QString &text);
    void fillFrom(const store::ServerAddress &address);
    void validate();
    void setConnecting(bool connecting, const QString &host = {});
    void createOnServer(const QString &address, const QString &typedPassword);
    void attemptFinished(const Attempt &attempt);
    void showError(const QString &message, views::MessageBar::Kind kind);
    bool askToCreate(const QString &database);
    void finishOpening(std::shared_ptr<store::Workspace> workspace, const QString &address, const QString &password);
    void retranslate();

    QLabel *m_intro = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_port = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QLabel *m_sslLabel = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLineEdit *m_address = nullptr;
    QLabel *m_problem = nullptr;
    views::MessageBar *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    /// Set while the fields are filled from the address, so that the address is not rebuilt meanwhile.
    bool m_filling = false;
    /// The problem of the address typed into the address field, until the fields are edited again.
    QString m_addressProblem;
    bool m_connecting = false;
    views::Generation m_attempts;
    secrets::Keychain m_keychain;
    std::optional<bool> m_createAnswer;
    std::shared_ptr<store::Workspace> m_workspace;
    QString m_keychainProblem;
};

} // namespace flowdeck::app
