// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/generation.h"
#include "domain/delivery.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace flowdeck::views {

class CiTokens;

/// The fields of one CI connection: provider, API address (for Jenkins the job's address), project, the service
/// it feeds, the incident label and the token. Checks the fields as they are typed with the core's own rules and
/// says what is wrong next to the field; "Test Connection" asks the server off the GUI thread and shows its answer
/// in place. A token already stored for the server shows as "••• stored" with Replace and Forget.
class CiConnectionForm : public QWidget
{
    Q_OBJECT

public:
    enum class Field
    {
        Url,
        Project
    };

    CiConnectionForm(CiTokens *tokens, QWidget *parent = nullptr);
    ~CiConnectionForm() override;

    /// Shows `source` (id 0 for a new connection); `services` fill the service choice.
    void setSource(const CiSource &source, const QList<Service> &services);
    /// The connection as the fields say, with the id and last sync time of the one shown (not normalised).
    CiSource source() const;
    /// What is wrong with a field, in the user's words; empty when nothing is.
    QString problem(Field field) const;
    bool isValid() const;
    /// Shows every field's problem, also of fields not typed into yet (when the user tries to save).
    void showAllProblems();
    /// The token typed into the form; empty when the stored one (if any) stays.
    QByteArray typedToken() const;
    /// The keychain entry the fields' server uses.
    QString tokenKey() const;
    /// Reads again where the server's token is kept, and shows it.
    void refreshTokenState();
    /// Puts the keyboard focus on the first field.
    void focusFirstField();
    /// Stops a running connection test; its answer is dropped.
    void cancelTest();

Q_SIGNALS:
    void validityChanged(bool valid);
    /// The form's token was forgotten or could not be read; the message says what happened.
    void tokenNotice(const QString &message);

private:
    QString provider() const;
    void providerChanged();
    void fieldEdited(Field field);
    void validate();
    void testConnection();
    void showTestAnswer(bool ok, const QString &text);
    QLabel *problemLabel();
    QWidget *fieldBox(QWidget *field, QLabel *problem, QLabel *hint);

    CiTokens *m_tokens = nullptr;
    CiSource m_shown;
    QString m_lastProvider;
    bool m_urlTouched = false;
    bool m_projectTouched = false;
    /// The user asked to replace the stored token.
    bool m_replacing = false;
    /// Whether reading the keychain is wanted yet: not for the empty form the constructor makes.
    bool m_asksKeychain = false;
    bool m_valid = false;

    QFormLayout *m_layout = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    QLabel *m_urlHint = nullptr;
    QWidget *m_projectBox = nullptr;
    QLineEdit *m_project = nullptr;
    QLabel *m_projectProblem = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_incidentLabel = nullptr;
    QWidget *m_storedRow = nullptr;
    QLabel *m_storedText = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_forget = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenNote = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testAnswer = nullptr;

    Generation m_tests;
    std::shared_ptr<std::atomic_bool> m_testCancel;
};

} // namespace flowdeck::views
