// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamworkspacedialog.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "store/serverconnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QUrl>
#include <QUuid>
#include <QVBoxLayout>

namespace flowdeck::app {

using namespace Qt::StringLiterals;
using views::pagestyle::unit;

namespace {

const QString hostKey = u"teamWorkspace/host"_s;
const QString portKey = u"teamWorkspace/port"_s;
const QString databaseKey = u"teamWorkspace/database"_s;
const QString userKey = u"teamWorkspace/user"_s;
const QString sslModeKey = u"teamWorkspace/sslMode"_s;
const QString rememberKey = u"teamWorkspace/rememberPassword"_s;

/// libpq's default TLS mode; an address without sslmode means it.
const QString defaultSslMode = u"prefer"_s;

const QStringList &sslModes()
{
    static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                      u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

/// The host as typed, without the brackets an IPv6 address has in an address.
QString plainHost(const QString &text)
{
    const QString host = text.trimmed();
    if (host.size() > 2 && host.startsWith(u'[') && host.endsWith(u']'))
        return host.mid(1, host.size() - 2);
    return host;
}

/// Whether the database at `address` is empty (holding no table of anyone's), asked on a connection of its own
/// before the workspace is opened, so that "not a workspace yet" can be told from every other failure. A server
/// that cannot be reached fails here, and is not tried a second time by opening: one attempt per click.
Result<bool> probeEmptyDatabase(const QString &address, const std::optional<QString> &typedPassword)
{
    auto parsed = store::Workspace::parseServerAddress(address);
    if (!parsed)
        return parsed.error();
    std::optional<QString> password = typedPassword;
    if (!password) {
        // As open() does: the keychain's entry, else libpq's own sources.
        if (auto stored = secrets::Keychain().read(store::Workspace::keychainKey(address)); stored && *stored)
            password = QString::fromUtf8(**stored);
    }
    const QString name = u"flowdeck-probe-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<bool> empty = false;
    {
        auto db = store::ServerConnection::connect(name, *parsed, password, true);
        if (db) {
            if (auto inspected = store::ServerConnection::inspect(*db))
                empty = inspected->contents == store::ServerConnection::Contents::Empty;
            db->close();
        } else {
            empty = db.error();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return empty;
}

} // namespace

/// What a connection attempt on the worker thread came to.
struct TeamWorkspaceDialog::Attempt
{
    std::shared_ptr<store::Workspace> workspace;
    QString error;
    /// The server answered, and the database holds nothing yet: it can be made a workspace.
    bool emptyDatabase = false;
    bool created = false;
};

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"teamWorkspaceDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    m_intro = views::pagestyle::quietLabel(this);
    layout->addWidget(m_intro);
    layout->addSpacing(unit / 2);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(unit);
    form->setVerticalSpacing(unit);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"hostEdit"_s);
    m_host->setMinimumWidth(32 * unit);
    m_portLabel = new QLabel(this);
    m_port = new QLineEdit(this);
    m_port->setObjectName(u"portEdit"_s);
    m_port->setMaxLength(5);
    m_port->setFixedWidth(m_port->fontMetrics().horizontalAdvance(u"000000"_s) + 2 * unit);
    m_port->setAlignment(Qt::AlignRight);
    m_portLabel->setBuddy(m_port);
    auto *hostRow = new QHBoxLayout;
    hostRow->setSpacing(unit);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_portLabel);
    hostRow->addWidget(m_port);
    m_hostLabel = new QLabel(this);
    m_hostLabel->setBuddy(m_host);
    form->addRow(m_hostLabel, hostRow);

    m_database = new QLineEdit(this);
    m_database->setObjectName(u"databaseEdit"_s);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setBuddy(m_database);
    form->addRow(m_databaseLabel, m_database);

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"userEdit"_s);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);

    m_password = new QLineEdit(this);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_rememberPassword = new QCheckBox(this);
    m_rememberPassword->setObjectName(u"rememberPasswordCheck"_s);
    form->addRow(QString(), m_rememberPassword);

    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslModeCombo"_s);
    for (const QString &mode : sslModes())
        m_sslMode->addItem(QString(), mode);
    m_sslLabel = new QLabel(this);
    m_sslLabel->setBuddy(m_sslMode);
    form->addRow(m_sslLabel, m_sslMode);

    m_address = new QLineEdit(this);
    m_address->setObjectName(u"addressEdit"_s);
    // Wide enough for a usual address with its TLS mode, so that it reads whole before it is copied.
    m_address->setMinimumWidth(m_address->fontMetrics().horizontalAdvance(
                                   u"postgresql://alice@db.example.com:5432/flowdeck?sslmode=verify-full"_s) +
                               2 * unit);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemText"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    layout->addWidget(m_problem);

    m_error = new views::MessageBar(this);
    m_error->setObjectName(u"connectionError"_s);
    m_error->hide();
    layout->addWidget(m_error);

    auto *busyRow = new QHBoxLayout;
    busyRow->setSpacing(unit);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"connectingProgress"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(16 * unit);
    m_busyText = views::pagestyle::quietLabel(this);
    m_busyText->setObjectName(u"connectingText"_s);
    busyRow->addWidget(m_busy);
    busyRow->addWidget(m_busyText, 1);
    layout->addLayout(busyRow);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TeamWorkspaceDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_host, m_port, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, &TeamWorkspaceDialog::fieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &TeamWorkspaceDialog::fieldsEdited);
    connect(m_address, &QLineEdit::textEdited, this, &TeamWorkspaceDialog::addressEdited);
    // A whole address pasted into the host field is read as one.
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (store::Workspace::isServerAddress(text.trimmed())) {
            m_address->setText(text.trimmed());
            addressEdited(text.trimmed());
        }
    });

    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_rememberPassword);
    setTabOrder(m_rememberPassword, m_sslMode);
    setTabOrder(m_sslMode, m_address);
    setTabOrder(m_address, m_buttons);

    m_port->setText(QString::number(store::ServerAddress().port));
    m_sslMode->setCurrentIndex(int(sslModes().indexOf(defaultSslMode)));
    loadRemembered();
    setConnecting(false);
    retranslate();
    fieldsEdited();
}

TeamWorkspaceDialog::~TeamWorkspaceDialog() = default;

QString TeamWorkspaceDialog::sslModeLabel(const QString &mode)
{
    if (mode == u"disable"_s)
        return tr("No TLS: send everything unencrypted");
    if (mode == u"allow"_s)
        return tr("TLS only when the server insists");
    if (mode.isEmpty() || mode == u"prefer"_s)
        return tr("TLS when the server offers it (default)");
    if (mode == u"require"_s)
        return tr("Require TLS (no certificate check)");
    if (mode == u"verify-ca"_s)
        return tr("Require TLS and verify the server's certificate");
    if (mode == u"verify-full"_s)
        return tr("Verify the server's certificate and name");
    return mode;
}

Result<store::ServerAddress> TeamWorkspaceDialog::parsePastedAddress(const QString &text, QString *password)
{
    QString location = text.trimmed();
    password->clear();
    QUrl url(location, QUrl::StrictMode);
    if (store::Workspace::isServerAddress(location) && url.isValid() && !url.password().isEmpty()) {
        *password = url.password(QUrl::FullyDecoded);
        url.setPassword(QString());
        location = url.toString(QUrl::FullyEncoded);
    }
    return store::Workspace::parseServerAddress(location);
}

void TeamWorkspaceDialog::setAddress(const store::ServerAddress &address)
{
    fillFrom(address);
}

void TeamWorkspaceDialog::fillFrom(const store::ServerAddress &address)
{
    m_filling = true;
    m_host->setText(address.host);
    m_port->setText(QString::number(address.port));
    m_database->setText(address.database);
    m_user->setText(address.user);
    const qsizetype mode = sslModes().indexOf(address.sslMode.isEmpty() ? defaultSslMode : address.sslMode);
    m_sslMode->setCurrentIndex(int(mode < 0 ? sslModes().indexOf(defaultSslMode) : mode));
    m_filling = false;
    m_addressProblem.clear();
    fieldsEdited();
}

store::ServerAddress TeamWorkspaceDialog::address() const
{
    store::ServerAddress address;
    address.host = plainHost(m_host->text());
    address.port = m_port->text().trimmed().toInt();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    const QString mode = m_sslMode->currentData().toString();
    // The default stays out of the address, as libpq reads it without one.
    address.sslMode = mode == defaultSslMode ? QString() : mode;
    return address;
}

QString TeamWorkspaceDialog::addressText() const
{
    return m_address->text();
}

void TeamWorkspaceDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void TeamWorkspaceDialog::setRemembersPassword(bool remember)
{
    m_rememberPassword->setChecked(remember);
}

QString TeamWorkspaceDialog::problem() const
{
    if (!m_addressProblem.isEmpty())
        return m_addressProblem;
    const QString host = plainHost(m_host->text());
    if (host.isEmpty())
        return tr("Enter the host name or IP address of the PostgreSQL server.");
    static const QList<QChar> notInHost = {u' ', u'/', u'@', u'?', u'#', u'\t'};
    for (const QChar c : notInHost) {
        if (host.contains(c))
            return tr("“%1” is not a host name or IP address: it cannot contain “%2”.").arg(host, c);
    }
    bool number = false;
    const int port = m_port->text().trimmed().toInt(&number);
    if (m_port->text().trimmed().isEmpty())
        return tr("Enter the server's port: PostgreSQL's usual port is 5432.");
    if (!number || port < 1 || port > 65535)
        return tr("The port “%1” is out of range: a port is a number from 1 to 65535.").arg(m_port->text().trimmed());
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the name of the database that holds, or is to hold, the team workspace.");
    return {};
}

QString TeamWorkspaceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void TeamWorkspaceDialog::fieldsEdited()
{
    if (m_filling)
        return;
    m_addressProblem.clear();
    // The address follows the fields while they make one; while they do not, it is empty rather than stale.
    m_address->setText(problem().isEmpty() ? address().toString() : QString());
    m_address->setCursorPosition(0);
    validate();
}

void TeamWorkspaceDialog::addressEdited(const QString &text)
{
    QString password;
    auto parsed = parsePastedAddress(text, &password);
    if (!parsed) {
        m_addressProblem = parsed.errorMessage();
        validate();
        return;
    }
    fillFrom(*parsed);
    if (!password.isEmpty()) {
        m_password->setText(password);
        // The password leaves the address as soon as it is in its own field.
        m_address->setText(address().toString());
    }
}

void TeamWorkspaceDialog::validate()
{
    const QString problem = this->problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_connecting);
    // A fresh dialog with nothing typed shows no problem yet: the disabled button says enough.
    const bool untouched = m_host->text().trimmed().isEmpty() && m_database->text().trimmed().isEmpty() &&
                           m_address->text().trimmed().isEmpty();
    const bool show = !problem.isEmpty() && !untouched;
    m_problem->setText(show ? problem : QString());
    m_problem->setVisible(show);
}

void TeamWorkspaceDialog::setConnecting(bool connecting, const QString &host)
{
    m_connecting = connecting;
    for (QWidget *field : std::initializer_list<QWidget *>{m_host, m_port, m_database, m_user, m_password,
                                                           m_rememberPassword, m_sslMode, m_address})
        field->setEnabled(!connecting);
    m_busy->setVisible(connecting);
    m_busyText->setVisible(connecting);
    m_busyText->setText(connecting ? tr("Connecting to %1…").arg(host) : QString());
    validate();
}

void TeamWorkspaceDialog::connectToServer()
{
    if (m_connecting || !problem().isEmpty())
        return;
    m_error->hide();
    // What was last tried is what the next dialog starts with, whether or not it connects: a typo is then fixed
    // rather than typed again.
    saveRemembered();
    const QString address = this->address().toString();
    const QString typed = m_password->text();
    const std::optional<QString> password = typed.isEmpty() ? std::nullopt : std::optional<QString>(typed);
    setConnecting(true, this->address().host);
    views::runLatest(
        this, m_attempts,
        [address, password] {
            store::OpenOptions options;
            options.password = password;
            Attempt attempt;
            auto empty = probeEmptyDatabase(address, password);
            if (!empty) {
                attempt.error = empty.errorMessage();
                return attempt;
            }
            auto opened = store::Workspace::open(address, options);
            if (opened) {
                attempt.workspace = std::move(*opened);
                return attempt;
            }
            attempt.error = opened.errorMessage();
            attempt.emptyDatabase = *empty;
            return attempt;
        },
        [this, address, typed](const Attempt &attempt) {
            setConnecting(false);
            if (attempt.workspace) {
                finishOpening(attempt.workspace, address, typed);
                return;
            }
            if (attempt.emptyDatabase) {
                if (askToCreate(this->address().database)) {
                    createOnServer(address, typed);
                    return;
                }
            }
            attemptFinished(attempt);
        });
}

void TeamWorkspaceDialog::createOnServer(const QString &address, const QString &typed)
{
    const std::optional<QString> password = typed.isEmpty() ? std::nullopt : std::optional<QString>(typed);
    setConnecting(true, this->address().host);
    m_busyText->setText(tr("Creating the team workspace in %1…").arg(this->address().database));
    views::runLatest(
        this, m_attempts,
        [address, password] {
            store::OpenOptions options;
            options.password = password;
            Attempt attempt;
            auto created = store::Workspace::create(address, options);
            if (created) {
                attempt.workspace = std::move(*created);
                attempt.created = true;
            } else {
                attempt.error = created.errorMessage();
            }
            return attempt;
        },
        [this, address, typed](const Attempt &attempt) {
            setConnecting(false);
            if (attempt.workspace)
                finishOpening(attempt.workspace, address, typed);
            else
                attemptFinished(attempt);
        });
}

void TeamWorkspaceDialog::attemptFinished(const Attempt &attempt)
{
    showError(attempt.error, views::MessageBar::Kind::Error);
    Q_EMIT attemptEnded();
}

void TeamWorkspaceDialog::showError(const QString &message, views::MessageBar::Kind kind)
{
    m_error->showMessage(message, kind);
    // Grows to fit the message, so that the form above it keeps its height.
    if (QLayout *layout = this->layout())
        layout->activate();
    if (height() < sizeHint().height())
        resize(width(), sizeHint().height());
}

bool TeamWorkspaceDialog::askToCreate(const QString &database)
{
    if (m_createAnswer)
        return *m_createAnswer;
    QMessageBox box(QMessageBox::Question, tr("Create Team Workspace"),
                    tr("Create a team workspace in %1?").arg(database), QMessageBox::Cancel, this);
    box.setInformativeText(tr("The database %1 on %2 holds no tables yet. Flowdeck creates the workspace's tables "
                              "there; everyone who opens this address then shares the workspace.")
                               .arg(database, address().host));
    QPushButton *create = box.addButton(tr("&Create"), QMessageBox::AcceptRole);
    box.setDefaultButton(create);
    box.exec();
    return box.clickedButton() == create;
}

void TeamWorkspaceDialog::finishOpening(std::shared_ptr<store::Workspace> workspace, const QString &address,
                                        const QString &password)
{
    m_workspace = std::move(workspace);
    // The keychain answers on this, the main, thread. A password typed with the box unchecked is not kept, and an
    // older one under the same key goes, so that the keychain never holds a password the user chose not to keep.
    m_keychainProblem.clear();
    const QString key = store::Workspace::keychainKey(address);
    if (!password.isEmpty() && !key.isEmpty()) {
        if (m_rememberPassword->isChecked()) {
            if (auto stored = m_keychain.write(key, password.toUtf8()); !stored)
                m_keychainProblem = stored.errorMessage();
        } else {
            // A keychain that cannot be reached holds nothing to remove either.
            (void)m_keychain.remove(key);
        }
    }
    accept();
}

void TeamWorkspaceDialog::reject()
{
    // Cancel while connecting stops waiting and gives the fields back; the attempt's late answer is dropped.
    if (m_connecting) {
        m_attempts.invalidate();
        setConnecting(false);
        showError(tr("Connecting was canceled. Correct the fields and try again, or close the dialog."),
                  views::MessageBar::Kind::Information);
        Q_EMIT attemptEnded();
        return;
    }
    QDialog::reject();
}

void TeamWorkspaceDialog::loadRemembered()
{
    const QSettings settings;
    m_filling = true;
    m_host->setText(settings.value(hostKey).toString());
    const int port = settings.value(portKey, store::ServerAddress().port).toInt();
    m_port->setText(QString::number(port));
    m_database->setText(settings.value(databaseKey).toString());
    m_user->setText(settings.value(userKey).toString());
    const qsizetype mode = sslModes().indexOf(settings.value(sslModeKey, defaultSslMode).toString());
    if (mode >= 0)
        m_sslMode->setCurrentIndex(int(mode));
    m_rememberPassword->setChecked(settings.value(rememberKey, true).toBool());
    m_filling = false;
}

void TeamWorkspaceDialog::saveRemembered() const
{
    // Never the password: that goes to the keychain, when the user asks, and nowhere else.
    QSettings settings;
    const store::ServerAddress current = address();
    settings.setValue(hostKey, current.host);
    settings.setValue(portKey, current.port);
    settings.setValue(databaseKey, current.database);
    settings.setValue(userKey, current.user);
    settings.setValue(sslModeKey, m_sslMode->currentData().toString());
    settings.setValue(rememberKey, m_rememberPassword->isChecked());
}

void TeamWorkspaceDialog::retranslate()
{
    setWindowTitle(tr("Open Team Workspace"));
    m_intro->setText(tr("A team workspace lives in a database on a PostgreSQL server, where everyone on the team "
                        "opens it. Ask whoever runs the server for these details."));
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("db.example.com"));
    m_host->setToolTip(tr("The PostgreSQL server's host name or IP address (an IPv6 address without brackets)"));
    m_host->setAccessibleName(tr("Host"));
    m_portLabel->setText(tr("&Port:"));
    m_port->setToolTip(tr("The server's port, 1 to 65535; PostgreSQL's usual port is 5432"));
    m_port->setAccessibleName(tr("Port"));
    m_databaseLabel->setText(tr("&Database:"));
    m_database->setPlaceholderText(tr("flowdeck"));
    m_database->setToolTip(tr("The database that holds the workspace. An empty database can be made one."));
    m_database->setAccessibleName(tr("Database"));
    m_userLabel->setText(tr("&User:"));
    const QString login = loginName();
    m_user->setPlaceholderText(login.isEmpty() ? tr("Your login name") : tr("%1 (your login name)").arg(login));
    m_user->setToolTip(tr("The database user to connect as; empty means your login name on this computer"));
    m_user->setAccessibleName(tr("User"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setPlaceholderText(tr("From the keychain or ~/.pgpass when empty"));
    m_password->setToolTip(tr("The database user's password. Left empty, Flowdeck uses the one kept in the keychain "
                              "for this address, then PGPASSWORD or ~/.pgpass."));
    m_password->setAccessibleName(tr("Password"));
    m_rememberPassword->setText(tr("&Remember the password in the keychain"));
    m_rememberPassword->setToolTip(tr("Keep the typed password in the desktop's keychain, so that the workspace "
                                      "opens from Open Recent without asking. It is never written to a file."));
    m_sslLabel->setText(tr("&TLS:"));
    m_sslMode->setToolTip(tr("How the connection is encrypted and whether the server's certificate is checked "
                             "(libpq's sslmode)"));
    m_sslMode->setAccessibleName(tr("TLS mode"));
    for (int i = 0; i < m_sslMode->count(); ++i) {
        const QString mode = m_sslMode->itemData(i).toString();
        m_sslMode->setItemText(i, sslModeLabel(mode));
        m_sslMode->setItemData(i, u"sslmode=%1"_s.arg(mode), Qt::ToolTipRole);
    }
    m_addressLabel->setText(tr("&Address:"));
    m_address->setPlaceholderText(tr("postgresql://user@host:5432/database"));
    m_address->setToolTip(tr("The address the fields make, to copy for the command line (flowdeck … -w ADDRESS). "
                             "Paste an address here to fill the fields."));
    m_address->setAccessibleName(tr("Address"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));
    validate();
}

void TeamWorkspaceDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace flowdeck::app
