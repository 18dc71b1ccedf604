// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/ciconnectionsdialog.h"

#include "ci/ciconnectionform.h"
#include "ci/cimappingspanel.h"
#include "ci/cisourcelistmodel.h"
#include "ci/citokens.h"
#include "ci/sync/cisources.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "overview/twolinedelegate.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

CiConnectionsDialog::CiConnectionsDialog(std::shared_ptr<const store::Workspace> workspace, CiTokens *tokens,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(std::move(workspace))
    , m_tokens(tokens)
    , m_model(new CiSourceListModel(this))
{
    setObjectName(u"ciConnectionsDialog"_s);
    setWindowTitle(tr("CI Connections"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(unit);

    m_messages = new MessageBar(this);
    m_messages->setObjectName(u"ciMessages"_s);
    layout->addWidget(m_messages);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"ciTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createConnectionsTab(), tr("&Connections"));
    m_mappings = new CiMappingsPanel(m_tabs);
    m_tabs->addTab(m_mappings, tr("&Mappings"));
    m_tabs->setTabToolTip(0, tr("The GitHub, GitLab and Jenkins projects this workspace imports from"));
    m_tabs->setTabToolTip(1, tr("Which stage each job counts for, and which environments are production"));
    layout->addWidget(m_tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_mappings, &CiMappingsPanel::workspaceEdited, this, &CiConnectionsDialog::workspaceEdited);
    connect(m_mappings, &CiMappingsPanel::errorOccurred, this, &CiConnectionsDialog::showProblem);

    resize(110 * unit, 70 * unit);
    m_mappings->setWorkspace(m_workspace);
    reload();
}

CiConnectionsDialog::~CiConnectionsDialog() = default;

QWidget *CiConnectionsDialog::createConnectionsTab()
{
    auto *tab = new QWidget(this);
    auto *tabLayout = new QVBoxLayout(tab);
    tabLayout->setContentsMargins(unit, unit, unit, 0);
    m_connectionPages = new QStackedWidget(tab);
    tabLayout->addWidget(m_connectionPages);

    // The list of connections and what can be done with them.
    auto *listPage = new QWidget(m_connectionPages);
    auto *listLayout = new QHBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(2 * unit);
    m_listStack = new QStackedWidget(listPage);
    m_list = new QListView(m_listStack);
    m_list->setObjectName(u"ciSourceList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TwoLineDelegate(CiSourceListModel::DetailRole, CiSourceListModel::MutedRole, m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("CI connections"));
    m_listStack->addWidget(m_list);

    m_empty = new QWidget(m_listStack);
    m_empty->setObjectName(u"ciSourcesEmpty"_s);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(1);
    QLabel *emptyText = pagestyle::quietLabel(m_empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setText(tr("No CI connections yet. Add one to import runs, jobs and deployments from GitHub, GitLab "
                          "or Jenkins."));
    emptyLayout->addWidget(emptyText);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    const std::pair<const char *, QString> providers[] = {{ci::Provider::GitHub, tr("Connect &GitHub…")},
                                                          {ci::Provider::GitLab, tr("Connect G&itLab…")},
                                                          {ci::Provider::Jenkins, tr("Connect &Jenkins…")}};
    for (const auto &[provider, label] : providers) {
        auto *button = new QPushButton(label, m_empty);
        button->setObjectName(u"connect_"_s + QLatin1StringView(provider));
        const QString id = QString::fromLatin1(provider);
        connect(button, &QPushButton::clicked, this, [this, id] { addConnection(id); });
        emptyButtons->addWidget(button);
    }
    emptyButtons->addStretch(1);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_listStack->addWidget(m_empty);
    listLayout->addWidget(m_listStack, 1);

    auto *side = new QVBoxLayout;
    side->setSpacing(unit);
    m_add = new QPushButton(tr("&Add…"), listPage);
    m_add->setObjectName(u"addConnection"_s);
    m_add->setToolTip(tr("Connect a GitHub repository, a GitLab project or a Jenkins job"));
    m_edit = new QPushButton(tr("&Edit…"), listPage);
    m_edit->setObjectName(u"editConnection"_s);
    m_edit->setToolTip(tr("Change the selected connection or its token"));
    m_remove = new QPushButton(tr("&Remove"), listPage);
    m_remove->setObjectName(u"removeConnection"_s);
    m_remove->setToolTip(tr("Remove the selected connection; what it imported stays in the workspace"));
    m_sync = new QPushButton(tr("&Sync"), listPage);
    m_sync->setObjectName(u"syncConnection"_s);
    m_sync->setToolTip(tr("Fetch what is new from the selected connection"));
    m_syncAll = new QPushButton(tr("Sync A&ll"), listPage);
    m_syncAll->setObjectName(u"syncAllConnections"_s);
    m_syncAll->setToolTip(tr("Fetch what is new from every connection"));
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_remove);
    side->addSpacing(2 * unit);
    side->addWidget(m_sync);
    side->addWidget(m_syncAll);
    side->addStretch(1);
    m_syncState = pagestyle::quietLabel(listPage);
    m_syncState->setObjectName(u"syncState"_s);
    m_syncState->setText(tr("Syncing… The status bar shows the progress."));
    m_syncState->setMaximumWidth(20 * unit);
    m_syncState->hide();
    m_cancelSync = new QPushButton(tr("Cancel S&ync"), listPage);
    m_cancelSync->setObjectName(u"cancelSync"_s);
    m_cancelSync->setToolTip(tr("Stop the sync; what it stored so far stays, and the next sync goes on from there"));
    m_cancelSync->hide();
    side->addWidget(m_syncState);
    side->addWidget(m_cancelSync);
    listLayout->addLayout(side);
    m_connectionPages->addWidget(listPage);

    // The form of one connection.
    auto *formPage = new QWidget(m_connectionPages);
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->setSpacing(2 * unit);
    m_formTitle = pagestyle::sectionTitle(formPage);
    m_formTitle->setObjectName(u"formTitle"_s);
    formLayout->addWidget(m_formTitle);
    m_form = new CiConnectionForm(m_tokens, formPage);
    formLayout->addWidget(m_form);
    formLayout->addStretch(1);
    m_formButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, formPage);
    m_formButtons->setObjectName(u"formButtons"_s);
    formLayout->addWidget(m_formButtons);
    m_connectionPages->addWidget(formPage);

    connect(m_add, &QPushButton::clicked, this, [this] { addConnection(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editConnection(currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeConnection(currentRow()); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) { editConnection(index.row()); });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] { removeConnection(currentRow()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &CiConnectionsDialog::updateButtons);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (const int row = currentRow(); row >= 0)
            Q_EMIT syncRequested({m_model->sources()[row].id});
    });
    connect(m_syncAll, &QPushButton::clicked, this, [this] { Q_EMIT syncRequested({}); });
    connect(m_cancelSync, &QPushButton::clicked, this, &CiConnectionsDialog::syncCancelRequested);
    connect(m_formButtons, &QDialogButtonBox::accepted, this, &CiConnectionsDialog::saveForm);
    connect(m_formButtons, &QDialogButtonBox::rejected, this, &CiConnectionsDialog::cancelForm);
    connect(m_form, &CiConnectionForm::tokenNotice, this,
            [this](const QString &message) { m_messages->showMessage(message, MessageBar::Kind::Information); });
    return tab;
}

void CiConnectionsDialog::reload()
{
    const Id selected = currentRow() >= 0 ? m_model->sources()[currentRow()].id : 0;
    QList<CiSource> sources;
    QHash<Id, QString> serviceNames;
    m_services.clear();
    if (m_workspace) {
        // Both tables hold a handful of rows: read on the GUI thread, like a settings file.
        auto loaded = ci::loadSources(*m_workspace);
        if (loaded)
            sources = std::move(*loaded);
        else
            showProblem(loaded.errorMessage());
        auto services = store::loadRows<Service>(m_workspace->connection(), {}, {}, u"name"_s);
        if (services)
            m_services = std::move(*services);
        else
            showProblem(services.errorMessage());
    }
    for (const Service &service : std::as_const(m_services))
        serviceNames.insert(service.id, service.name);
    m_model->setSources(std::move(sources), std::move(serviceNames), QDateTime::currentMSecsSinceEpoch());
    m_listStack->setCurrentWidget(m_model->rowCount() == 0 ? m_empty : static_cast<QWidget *>(m_list));
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(std::max(row, 0)));
    updateButtons();
    m_mappings->reload();
}

int CiConnectionsDialog::currentRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void CiConnectionsDialog::updateButtons()
{
    const bool writable = m_workspace && !m_workspace->isReadOnly();
    const bool selected = currentRow() >= 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
    m_sync->setEnabled(writable && selected && !m_syncRunning);
    m_syncAll->setEnabled(writable && m_model->rowCount() > 0 && !m_syncRunning);
    for (auto *button : m_empty->findChildren<QPushButton *>())
        button->setEnabled(writable);
}

void CiConnectionsDialog::setSyncRunning(bool running)
{
    m_syncRunning = running;
    m_syncState->setVisible(running);
    m_cancelSync->setVisible(running);
    m_cancelSync->setEnabled(running);
    updateButtons();
}

void CiConnectionsDialog::showConnections()
{
    m_tabs->setCurrentIndex(0);
}

void CiConnectionsDialog::showMappings()
{
    m_tabs->setCurrentWidget(m_mappings);
}

bool CiConnectionsDialog::isEditing() const
{
    return m_connectionPages->currentIndex() == 1;
}

void CiConnectionsDialog::addConnection(const QString &provider)
{
    if (!m_workspace || m_workspace->isReadOnly())
        return;
    showConnections();
    CiSource source;
    source.provider = provider.isEmpty() ? QString::fromLatin1(ci::Provider::GitHub) : provider;
    m_form->setSource(source, m_services);
    m_formTitle->setText(tr("New Connection"));
    m_connectionPages->setCurrentIndex(1);
    m_form->focusFirstField();
}

void CiConnectionsDialog::editConnection(int row)
{
    if (!m_workspace || m_workspace->isReadOnly() || row < 0 || row >= m_model->rowCount())
        return;
    showConnections();
    const CiSource &source = m_model->sources()[row];
    m_form->setSource(source, m_services);
    m_formTitle->setText(tr("Edit %1").arg(ci::sourceTitle(source)));
    m_connectionPages->setCurrentIndex(1);
    m_form->focusFirstField();
}

void CiConnectionsDialog::cancelForm()
{
    m_form->cancelTest();
    m_connectionPages->setCurrentIndex(0);
    m_list->setFocus();
}

bool CiConnectionsDialog::saveForm()
{
    if (!m_workspace || !isEditing())
        return false;
    const CiSource given = m_form->source();
    auto normalised = ci::normalisedSource(given);
    if (!normalised) {
        m_form->showAllProblems();
        return false;
    }
    // The same server and project keep their sync state; another one is another connection, which replaces this.
    const CiSource *original = nullptr;
    for (const CiSource &source : m_model->sources()) {
        if (source.id == given.id)
            original = &source;
    }
    CiSource toSave = given;
    const bool moved =
        original && (normalised->provider != original->provider || normalised->baseUrl != original->baseUrl ||
                     normalised->project != original->project);
    if (moved)
        toSave.lastSyncAt.reset();
    auto saved = ci::saveSource(*m_workspace, toSave);
    if (!saved) {
        showProblem(saved.errorMessage());
        return false;
    }
    if (moved && original->id != saved->id) {
        if (auto removed = ci::removeSource(*m_workspace, original->id); !removed)
            showProblem(removed.errorMessage());
    }

    const QByteArray token = m_form->typedToken();
    if (!token.isEmpty()) {
        const CiTokens::Outcome stored = m_tokens->store(ci::tokenKey(saved->provider, saved->baseUrl), token);
        if (!stored.problem.isEmpty()) {
            m_messages->showMessage(tr("The token could not be stored in the keychain, so Flowdeck keeps it for this "
                                       "session only: it is forgotten when this window closes. %1")
                                        .arg(stored.problem),
                                    MessageBar::Kind::Error);
        } else {
            m_messages->clear();
        }
    }
    m_form->cancelTest();
    m_connectionPages->setCurrentIndex(0);
    reload();
    if (const int row = m_model->rowOf(saved->id); row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
    m_list->setFocus();
    Q_EMIT workspaceEdited();
    return true;
}

void CiConnectionsDialog::removeConnection(int row)
{
    if (!m_workspace || m_workspace->isReadOnly() || row < 0 || row >= m_model->rowCount())
        return;
    const CiSource source = m_model->sources()[row];
    auto *question =
        new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                        tr("Remove the connection %1?").arg(ci::sourceTitle(source)), QMessageBox::NoButton, this);
    question->setObjectName(u"removeQuestion"_s);
    question->setInformativeText(tr("The runs, jobs and deployments it imported stay in the workspace. The token "
                                    "of its server stays in the keychain."));
    QPushButton *remove = question->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemove"_s);
    question->addButton(QMessageBox::Cancel);
    question->setDefaultButton(QMessageBox::Cancel);
    connect(question, &QMessageBox::finished, this, [this, question, remove, source] {
        question->deleteLater();
        if (question->clickedButton() != remove)
            return;
        if (auto removed = ci::removeSource(*m_workspace, source.id); !removed) {
            showProblem(removed.errorMessage());
            return;
        }
        reload();
        Q_EMIT workspaceEdited();
    });
    question->open();
}

void CiConnectionsDialog::reject()
{
    // Escape in the form leaves the form, not the dialog, so that a half-typed connection is not lost by accident.
    if (isEditing()) {
        cancelForm();
        return;
    }
    QDialog::reject();
}

void CiConnectionsDialog::showProblem(const QString &message)
{
    m_messages->showMessage(message, MessageBar::Kind::Error);
}

} // namespace flowdeck::views
