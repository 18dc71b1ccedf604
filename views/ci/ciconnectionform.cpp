// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/ciconnectionform.h"

#include "ci/citokens.h"
#include "ci/sync/cisources.h"
#include "ci/sync/cisync.h"
#include "common/background.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

bool isJenkins(const QString &provider)
{
    return provider == QLatin1StringView(ci::Provider::Jenkins);
}

/// A project every provider but Jenkins accepts: for telling an address's problem from the project's.
const QString wellFormedProject = u"group/project"_s;

} // namespace

CiConnectionForm::CiConnectionForm(CiTokens *tokens, QWidget *parent)
    : QWidget(parent)
    , m_tokens(tokens)
    , m_layout(new QFormLayout(this))
{
    setObjectName(u"ciConnectionForm"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(unit);
    m_layout->setVerticalSpacing(unit);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"provider"_s);
    m_provider->addItem(tr("GitHub"), QString::fromLatin1(ci::Provider::GitHub));
    m_provider->addItem(tr("GitLab"), QString::fromLatin1(ci::Provider::GitLab));
    m_provider->addItem(tr("Jenkins"), QString::fromLatin1(ci::Provider::Jenkins));
    m_provider->setToolTip(tr("The CI server the runs, jobs and deployments come from"));
    m_layout->addRow(tr("&Provider:"), m_provider);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"apiUrl"_s);
    m_url->setMinimumWidth(48 * unit);
    m_urlProblem = problemLabel();
    m_urlProblem->setObjectName(u"apiUrlProblem"_s);
    m_urlHint = pagestyle::quietLabel(this);
    m_urlHint->setObjectName(u"apiUrlHint"_s);
    m_urlLabel = new QLabel(this);
    m_urlLabel->setBuddy(m_url);
    m_layout->addRow(m_urlLabel, fieldBox(m_url, m_urlProblem, m_urlHint));

    m_project = new QLineEdit(this);
    m_project->setObjectName(u"project"_s);
    m_projectProblem = problemLabel();
    m_projectProblem->setObjectName(u"projectProblem"_s);
    m_projectBox = fieldBox(m_project, m_projectProblem, nullptr);
    auto *projectLabel = new QLabel(tr("P&roject:"), this);
    projectLabel->setBuddy(m_project);
    m_layout->addRow(projectLabel, m_projectBox);

    m_service = new QComboBox(this);
    m_service->setObjectName(u"service"_s);
    m_service->setToolTip(tr("The service the imported runs, deployments and incidents belong to"));
    m_layout->addRow(tr("&Service:"), m_service);

    m_incidentLabel = new QLineEdit(this);
    m_incidentLabel->setObjectName(u"incidentLabel"_s);
    m_incidentLabel->setPlaceholderText(u"incident"_s);
    m_incidentLabel->setToolTip(tr("Issues with this label are imported as incidents: opened when the issue was "
                                   "opened, resolved when it was closed"));
    m_layout->addRow(tr("&Incident label:"), m_incidentLabel);

    auto *token = new QWidget(this);
    auto *tokenLayout = new QVBoxLayout(token);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->setSpacing(unit / 2);
    m_storedRow = new QWidget(token);
    auto *storedLayout = new QHBoxLayout(m_storedRow);
    storedLayout->setContentsMargins(0, 0, 0, 0);
    storedLayout->setSpacing(unit);
    m_storedText = new QLabel(m_storedRow);
    m_storedText->setObjectName(u"storedToken"_s);
    m_replace = new QPushButton(tr("R&eplace…"), m_storedRow);
    m_replace->setObjectName(u"replaceToken"_s);
    m_replace->setToolTip(tr("Type a new token for this server"));
    m_forget = new QPushButton(tr("&Forget"), m_storedRow);
    m_forget->setObjectName(u"forgetToken"_s);
    m_forget->setToolTip(tr("Remove the stored token of this server, for every connection to it"));
    storedLayout->addWidget(m_storedText, 1);
    storedLayout->addWidget(m_replace);
    storedLayout->addWidget(m_forget);
    m_token = new QLineEdit(token);
    m_token->setObjectName(u"token"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setClearButtonEnabled(true);
    m_tokenNote = pagestyle::quietLabel(token);
    m_tokenNote->setObjectName(u"tokenNote"_s);
    tokenLayout->addWidget(m_storedRow);
    tokenLayout->addWidget(m_token);
    tokenLayout->addWidget(m_tokenNote);
    m_layout->addRow(tr("&Token:"), token);
    if (auto *tokenLabel = qobject_cast<QLabel *>(m_layout->labelForField(token)))
        tokenLabel->setBuddy(m_token);

    auto *test = new QWidget(this);
    auto *testLayout = new QHBoxLayout(test);
    testLayout->setContentsMargins(0, 0, 0, 0);
    testLayout->setSpacing(unit);
    m_test = new QPushButton(tr("Test Co&nnection"), test);
    m_test->setObjectName(u"testConnection"_s);
    m_test->setToolTip(tr("Ask the server whether it answers and the token can read the project"));
    m_testAnswer = new QLabel(test);
    m_testAnswer->setObjectName(u"testAnswer"_s);
    m_testAnswer->setWordWrap(true);
    m_testAnswer->setTextFormat(Qt::PlainText);
    m_testAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(m_test, 0, Qt::AlignTop);
    testLayout->addWidget(m_testAnswer, 1);
    m_layout->addRow(QString(), test);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &CiConnectionForm::providerChanged);
    connect(m_url, &QLineEdit::textEdited, this, [this] { fieldEdited(Field::Url); });
    connect(m_url, &QLineEdit::editingFinished, this, &CiConnectionForm::refreshTokenState);
    connect(m_project, &QLineEdit::textEdited, this, [this] { fieldEdited(Field::Project); });
    connect(m_replace, &QPushButton::clicked, this, [this] {
        m_replacing = true;
        m_token->setVisible(true);
        m_token->setFocus();
    });
    connect(m_forget, &QPushButton::clicked, this, [this] {
        const QString problem = m_tokens->forget(tokenKey());
        refreshTokenState();
        Q_EMIT tokenNotice(problem.isEmpty() ? tr("The token of this server was forgotten.")
                                             : tr("The token could not be removed from the keychain. %1").arg(problem));
    });
    connect(m_test, &QPushButton::clicked, this, &CiConnectionForm::testConnection);

    setSource(CiSource{}, {});
    // From now on the form shows where tokens are; the empty form made above need not ask the keychain.
    m_asksKeychain = true;
}

CiConnectionForm::~CiConnectionForm()
{
    cancelTest();
}

QWidget *CiConnectionForm::fieldBox(QWidget *field, QLabel *problem, QLabel *hint)
{
    // The field with what is wrong with it and a hint right beneath, closer than the next field.
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);
    layout->addWidget(field);
    layout->addWidget(problem);
    if (hint)
        layout->addWidget(hint);
    return box;
}

QLabel *CiConnectionForm::problemLabel()
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     StatusStyle::of(QString::fromLatin1(Status::Failed)).colorOn(this->palette()));
    label->setPalette(palette);
    return label;
}

void CiConnectionForm::setSource(const CiSource &source, const QList<Service> &services)
{
    cancelTest();
    m_shown = source;
    m_urlTouched = false;
    m_projectTouched = false;
    m_replacing = false;

    m_service->clear();
    //: The service choice of a CI connection when the user picks none.
    m_service->addItem(tr("Named after the project"), QVariant());
    for (const Service &service : services)
        m_service->addItem(service.name, service.id);
    const int service = source.serviceId ? m_service->findData(*source.serviceId) : 0;
    m_service->setCurrentIndex(std::max(service, 0));

    const QString provider = source.provider.isEmpty() ? QString::fromLatin1(ci::Provider::GitHub) : source.provider;
    {
        const QSignalBlocker blocker(m_provider);
        m_provider->setCurrentIndex(std::max(m_provider->findData(provider), 0));
    }
    m_lastProvider = this->provider();
    if (isJenkins(provider) && !source.baseUrl.isEmpty())
        m_url->setText(source.baseUrl + u'/' + source.project);
    else
        m_url->setText(source.baseUrl.isEmpty() ? ci::defaultApiUrl(provider) : source.baseUrl);
    m_project->setText(isJenkins(provider) ? QString() : source.project);
    m_incidentLabel->setText(source.incidentLabel);
    m_token->clear();
    m_testAnswer->clear();
    providerChanged();
}

QString CiConnectionForm::provider() const
{
    return m_provider->currentData().toString();
}

void CiConnectionForm::providerChanged()
{
    const QString provider = this->provider();
    // An address the user did not type follows the provider.
    if (m_url->text().trimmed().isEmpty() || m_url->text().trimmed() == ci::defaultApiUrl(m_lastProvider))
        m_url->setText(ci::defaultApiUrl(provider));
    m_lastProvider = provider;

    const bool jenkins = isJenkins(provider);
    const bool github = provider == QLatin1StringView(ci::Provider::GitHub);
    m_urlLabel->setText(jenkins ? tr("Job &URL:") : tr("API &URL:"));
    if (jenkins) {
        m_url->setPlaceholderText(tr("https://jenkins.example.com/job/shop/job/main/"));
        m_url->setToolTip(tr("The job's address, as the browser shows it on the job's page"));
        m_urlHint->setText(tr("The address names the server and the job; folders and branches included."));
        m_token->setPlaceholderText(tr("USER:API_TOKEN"));
        m_token->setToolTip(tr("A Jenkins API token is written with the user it belongs to: USER:API_TOKEN"));
    } else if (github) {
        m_url->setPlaceholderText(ci::defaultApiUrl(provider));
        m_url->setToolTip(tr("GitHub's API address: https://api.github.com, or https://HOST/api/v3 for GitHub "
                             "Enterprise Server"));
        m_urlHint->setText(tr("For GitHub Enterprise Server: https://HOST/api/v3."));
        m_project->setPlaceholderText(tr("OWNER/REPO"));
        m_project->setToolTip(tr("The repository, as in its address: OWNER/REPO"));
        m_token->setPlaceholderText(tr("Personal access token (optional for public repositories)"));
        m_token->setToolTip(tr("A fine-grained token with read access to Actions, Deployments, Contents, Issues "
                               "and Pull requests, or a classic token with the repo scope"));
    } else {
        m_url->setPlaceholderText(ci::defaultApiUrl(provider));
        m_url->setToolTip(tr("The GitLab server: https://gitlab.com, or the address of your own"));
        m_urlHint->setText(tr("For a self-managed GitLab: the server's address, without /api/v4."));
        m_project->setPlaceholderText(tr("group/project or project id"));
        m_project->setToolTip(tr("The project's path, as in its address (group/subgroup/project), or its "
                                 "numeric id"));
        m_token->setPlaceholderText(tr("Personal or project access token (optional for public projects)"));
        m_token->setToolTip(tr("An access token with the read_api scope"));
    }
    m_layout->setRowVisible(m_projectBox, !jenkins);
    m_layout->setRowVisible(m_incidentLabel, github);
    m_testAnswer->clear();
    cancelTest();
    refreshTokenState();
    validate();
}

CiSource CiConnectionForm::source() const
{
    CiSource source;
    source.id = m_shown.id;
    source.provider = provider();
    source.baseUrl = m_url->text().trimmed();
    source.project = isJenkins(source.provider) ? QString() : m_project->text().trimmed();
    if (m_service->currentData().isValid())
        source.serviceId = m_service->currentData().toLongLong();
    const QString label = m_incidentLabel->text().trimmed();
    source.incidentLabel = label.isEmpty() ? u"incident"_s : label;
    source.lastSyncAt = m_shown.lastSyncAt;
    return source;
}

QString CiConnectionForm::problem(Field field) const
{
    const CiSource source = this->source();
    if (isJenkins(source.provider)) {
        if (field == Field::Project)
            return {};
        if (source.baseUrl.isEmpty())
            return tr("Enter the address of the Jenkins job, as the browser shows it on the job's page.");
        return ci::normalisedSource(source).errorMessage();
    }
    CiSource probe = source;
    probe.project = wellFormedProject;
    const QString urlProblem = ci::normalisedSource(probe).errorMessage();
    if (field == Field::Url)
        return urlProblem;
    if (source.project.isEmpty()) {
        return source.provider == QLatin1StringView(ci::Provider::GitHub)
                   ? tr("Enter the repository as OWNER/REPO.")
                   : tr("Enter the project's path (group/project) or its numeric id.");
    }
    if (!urlProblem.isEmpty())
        return {};
    return ci::normalisedSource(source).errorMessage();
}

bool CiConnectionForm::isValid() const
{
    return ci::normalisedSource(source()).ok();
}

void CiConnectionForm::fieldEdited(Field field)
{
    (field == Field::Url ? m_urlTouched : m_projectTouched) = true;
    m_testAnswer->clear();
    cancelTest();
    validate();
}

void CiConnectionForm::showAllProblems()
{
    m_urlTouched = true;
    m_projectTouched = true;
    validate();
}

void CiConnectionForm::validate()
{
    const QString url = m_urlTouched ? problem(Field::Url) : QString();
    m_urlProblem->setText(url.isEmpty() ? QString() : u"✕ "_s + url);
    m_urlProblem->setVisible(!url.isEmpty());
    m_url->setAccessibleDescription(url);

    const bool jenkins = isJenkins(provider());
    const QString project = m_projectTouched && !jenkins ? problem(Field::Project) : QString();
    m_projectProblem->setText(project.isEmpty() ? QString() : u"✕ "_s + project);
    m_projectProblem->setVisible(!project.isEmpty());
    m_project->setAccessibleDescription(project);

    const bool valid = isValid();
    m_test->setEnabled(valid);
    if (valid != m_valid) {
        m_valid = valid;
        Q_EMIT validityChanged(valid);
    }
}

QByteArray CiConnectionForm::typedToken() const
{
    return m_token->text().trimmed().toUtf8();
}

QString CiConnectionForm::tokenKey() const
{
    auto normalised = ci::normalisedSource(source());
    const CiSource &source = normalised ? *normalised : this->source();
    return ci::tokenKey(source.provider, source.baseUrl);
}

void CiConnectionForm::refreshTokenState()
{
    if (!m_asksKeychain) {
        m_storedRow->setVisible(false);
        return;
    }
    const bool addressKnown = ci::normalisedSource([this] {
                                  CiSource probe = source();
                                  if (!isJenkins(probe.provider))
                                      probe.project = wellFormedProject;
                                  return probe;
                              }())
                                  .ok();
    const CiTokens::Outcome stored = addressKnown ? m_tokens->read(tokenKey()) : CiTokens::Outcome{};
    const bool has = stored.place != CiTokens::Place::None;
    m_storedRow->setVisible(has);
    if (stored.place == CiTokens::Place::Keychain) {
        //: A token stored for a CI server; the dots stand for the hidden token.
        m_storedText->setText(tr("••• stored in the keychain"));
        m_storedText->setToolTip(tr("A token for this server is stored in the desktop's keychain"));
    } else if (stored.place == CiTokens::Place::Session) {
        m_storedText->setText(tr("••• kept for this session"));
        m_storedText->setToolTip(tr("No keychain could store the token: Flowdeck keeps it until this window is "
                                    "closed"));
    }
    // A stored token hides the field until the user asks to replace it.
    m_token->setVisible(!has || m_replacing || !m_token->text().isEmpty());
    if (stored.place == CiTokens::Place::Session) {
        m_tokenNote->setText(tr("Kept for this session only, as no keychain could store it: forgotten when this "
                                "window closes."));
        m_tokenNote->setToolTip(QString());
    } else if (stored.problem.isEmpty()) {
        m_tokenNote->setText(tr("Stored in the desktop's keychain, never in the workspace; shared by every "
                                "connection to this server."));
        m_tokenNote->setToolTip(QString());
    } else {
        m_tokenNote->setText(tr("No keychain answers in this session: a token typed here is kept until this window "
                                "closes, never in the workspace."));
        m_tokenNote->setToolTip(stored.problem);
    }
}

void CiConnectionForm::focusFirstField()
{
    m_provider->setFocus(Qt::OtherFocusReason);
}

void CiConnectionForm::cancelTest()
{
    if (m_testCancel)
        m_testCancel->store(true);
    m_testCancel.reset();
    m_tests.invalidate();
    m_test->setEnabled(m_valid);
}

void CiConnectionForm::testConnection()
{
    auto normalised = ci::normalisedSource(source());
    if (!normalised) {
        showAllProblems();
        return;
    }
    QByteArray token = typedToken();
    if (token.isEmpty())
        token = m_tokens->read(tokenKey()).token;
    cancelTest();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_testCancel = cancel;
    m_test->setEnabled(false);
    m_testAnswer->setPalette(palette());
    m_testAnswer->setText(tr("Asking %1…").arg(ci::sourceTitle(*normalised)));
    runLatest(
        this, m_tests,
        [source = *normalised, token, cancel]() -> std::pair<bool, QString> {
            auto answer = ci::testConnection(source, token, {}, TaskControl({}, cancel.get()));
            return {answer.ok(), answer ? *answer : answer.errorMessage()};
        },
        [this](const std::pair<bool, QString> &answer) {
            m_testCancel.reset();
            m_test->setEnabled(m_valid);
            showTestAnswer(answer.first, answer.second);
        });
}

void CiConnectionForm::showTestAnswer(bool ok, const QString &text)
{
    const StatusStyle style = StatusStyle::of(QString::fromLatin1(ok ? Status::Succeeded : Status::Failed));
    QPalette palette = m_testAnswer->palette();
    palette.setColor(QPalette::WindowText, style.colorOn(this->palette()));
    m_testAnswer->setPalette(palette);
    m_testAnswer->setText(style.symbol + u' ' + text);
    m_testAnswer->setAccessibleDescription(text);
}

} // namespace flowdeck::views
