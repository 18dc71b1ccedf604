// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/backendsdialog.h"

#include "common/messagebar.h"
#include "release/audit.h"
#include "release/backendstore.h"
#include "secrets/keychain.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

struct BackendsDialog::Private
{
    std::shared_ptr<const store::Workspace> workspace;
    QList<Backend> backends;
    /// The backend being edited; id 0 for a new one.
    Backend current;
    bool changed = false;

    QListWidget *list = nullptr;
    QLineEdit *name = nullptr;
    QComboBox *kind = nullptr;
    QCheckBox *enabled = nullptr;
    QPlainTextEdit *config = nullptr;
    QLineEdit *secret = nullptr;
    QLabel *secretState = nullptr;
    QLabel *check = nullptr;
    QPushButton *applyButton = nullptr;
    QPushButton *removeButton = nullptr;
    MessageBar *messages = nullptr;
};

namespace {

QString kindLabel(const QString &kind)
{
    if (kind == u"process"_s)
        return BackendsDialog::tr("Process (a program on this computer)");
    if (kind == u"webhook"_s)
        return BackendsDialog::tr("HTTP webhook");
    if (kind == u"github"_s)
        return BackendsDialog::tr("GitHub Actions");
    if (kind == u"gitlab"_s)
        return BackendsDialog::tr("GitLab pipeline");
    if (kind == u"jenkins"_s)
        return BackendsDialog::tr("Jenkins job");
    if (kind == u"argocd"_s)
        return BackendsDialog::tr("Argo CD application");
    return kind;
}

} // namespace

BackendsDialog::BackendsDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent)
    : EntryListDialog(u"backend"_s, parent)
    , d(std::make_unique<Private>())
{
    d->workspace = std::move(workspace);
    setObjectName(u"backendsDialog"_s);
    setWindowTitle(tr("Deployment Backends"));
    d->messages = messages();
    d->list = list();
    d->list->setToolTip(tr("The backends that deploy tasks run through"));
    QPushButton *add = addButton();
    add->setToolTip(tr("Add a backend (Ctrl+N)"));
    d->removeButton = removeButton();
    d->removeButton->setToolTip(tr("Remove the selected backend; refused while a release that has not ended uses it"));
    d->applyButton = applyButton();
    d->applyButton->setToolTip(tr("Store this backend (Ctrl+S)"));
    QWidget *right = formWidget();
    QFormLayout *form = this->form();
    d->name = new QLineEdit(right);
    d->name->setObjectName(u"backendName"_s);
    d->name->setToolTip(tr("A name of its own; the keychain keeps the credential under it"));
    d->kind = new QComboBox(right);
    d->kind->setObjectName(u"backendKind"_s);
    for (const QString &kind : release::BackendStore::kinds())
        d->kind->addItem(kindLabel(kind), kind);
    d->enabled = new QCheckBox(tr("&Enabled"), right);
    d->enabled->setObjectName(u"backendEnabled"_s);
    d->enabled->setToolTip(tr("A disabled backend runs nothing: its deploy tasks fail with a message"));
    d->config = new QPlainTextEdit(right);
    d->config->setObjectName(u"backendConfig"_s);
    d->config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    d->config->setTabChangesFocus(true);
    d->config->setToolTip(tr("The backend's settings as JSON; docs/backends.md lists them for each kind. "
                             "{service}, {version}, {environment}, {release} and {commit} are filled in per deploy."));
    d->secret = new QLineEdit(right);
    d->secret->setObjectName(u"backendSecret"_s);
    d->secret->setEchoMode(QLineEdit::Password);
    d->secret->setPlaceholderText(tr("Leave empty to keep what the keychain has"));
    d->secret->setToolTip(tr("The token or password the backend signs in with, kept in the desktop's keychain, "
                             "never in the workspace"));
    d->secretState = new QLabel(right);
    d->secretState->setObjectName(u"secretState"_s);
    d->check = new QLabel(right);
    d->check->setObjectName(u"backendCheck"_s);
    d->check->setWordWrap(true);
    d->check->setTextFormat(Qt::PlainText);
    d->check->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("&Name:"), d->name);
    form->addRow(tr("&Kind:"), d->kind);
    form->addRow(QString(), d->enabled);
    form->addRow(tr("&Configuration:"), d->config);
    form->addRow(tr("&Token or password:"), d->secret);
    form->addRow(QString(), d->secretState);
    form->addRow(tr("Would run:"), d->check);
    auto *trustNote =
        new QLabel(tr("A changed backend needs the workspace to be trusted again before releases run."), right);
    trustNote->setWordWrap(true);
    trustNote->setEnabled(false);
    form->addRow(trustNote);
    finishForm();
    resize(880, 520);

    connect(d->list, &QListWidget::currentRowChanged, this, &BackendsDialog::showBackend);
    connect(add, &QPushButton::clicked, this, &BackendsDialog::addBackend);
    connect(d->removeButton, &QPushButton::clicked, this, &BackendsDialog::removeBackend);
    connect(d->applyButton, &QPushButton::clicked, this, &BackendsDialog::apply);
    connect(d->config, &QPlainTextEdit::textChanged, this, &BackendsDialog::updateCheck);
    connect(d->name, &QLineEdit::textChanged, this, &BackendsDialog::updateCheck);
    connect(d->kind, &QComboBox::currentIndexChanged, this, [this] {
        // A new backend starts from the kind's example; an edited one keeps what was typed.
        if (d->current.id == 0)
            d->config->setPlainText(release::BackendStore::exampleConfig(d->kind->currentData().toString()));
        updateCheck();
    });
    const bool writable = !d->workspace->isReadOnly();
    add->setEnabled(writable);
    d->applyButton->setEnabled(writable);
    reload(0);
}

BackendsDialog::~BackendsDialog() = default;

bool BackendsDialog::changedBackends() const
{
    return d->changed;
}

void BackendsDialog::reload(Id select)
{
    auto backends = release::BackendStore::list(d->workspace->connection());
    if (!backends) {
        d->messages->showMessage(backends.errorMessage());
        return;
    }
    d->backends = *backends;
    const QSignalBlocker blocker(d->list);
    d->list->clear();
    int selected = -1;
    for (qsizetype i = 0; i < d->backends.size(); ++i) {
        const Backend &backend = d->backends.at(i);
        auto *item = new QListWidgetItem(backend.enabled ? backend.name : tr("%1 (disabled)").arg(backend.name));
        item->setToolTip(kindLabel(backend.kind));
        d->list->addItem(item);
        if (backend.id == select)
            selected = int(i);
    }
    if (d->backends.isEmpty()) {
        addBackend();
        return;
    }
    d->list->setCurrentRow(selected >= 0 ? selected : 0);
    showBackend(d->list->currentRow());
}

void BackendsDialog::showBackend(int row)
{
    if (row < 0 || row >= d->backends.size())
        return;
    d->current = d->backends.at(row);
    const QSignalBlocker kindBlocker(d->kind);
    d->name->setText(d->current.name);
    d->kind->setCurrentIndex(std::max(0, d->kind->findData(d->current.kind)));
    d->enabled->setChecked(d->current.enabled);
    const QJsonDocument config = QJsonDocument::fromJson(d->current.config.toUtf8());
    d->config->setPlainText(config.isObject() ? QString::fromUtf8(config.toJson(QJsonDocument::Indented))
                                              : d->current.config);
    d->secret->clear();
    auto stored = secrets::Keychain().read(release::backendSecretKey(d->current.name));
    d->secretState->setText(!stored   ? tr("The keychain cannot be read: %1").arg(stored.errorMessage())
                            : *stored ? tr("The keychain has a credential for this backend.")
                                      : tr("The keychain has no credential for this backend."));
    d->removeButton->setEnabled(!d->workspace->isReadOnly());
    updateCheck();
}

void BackendsDialog::addBackend()
{
    d->current = Backend{};
    d->current.kind = u"process"_s;
    const QSignalBlocker listBlocker(d->list);
    d->list->clearSelection();
    d->list->setCurrentRow(-1);
    const QSignalBlocker kindBlocker(d->kind);
    d->name->clear();
    d->kind->setCurrentIndex(0);
    d->enabled->setChecked(true);
    d->config->setPlainText(release::BackendStore::exampleConfig(u"process"_s));
    d->secret->clear();
    d->secretState->setText(tr("A process backend needs no credential."));
    d->removeButton->setEnabled(false);
    d->name->setFocus();
    updateCheck();
}

void BackendsDialog::updateCheck()
{
    Backend edited = d->current;
    edited.name = d->name->text().trimmed();
    edited.kind = d->kind->currentData().toString();
    edited.config = d->config->toPlainText();
    auto checked = release::BackendStore::check(edited);
    d->check->setText(checked ? *checked : tr("Nothing yet: %1").arg(checked.errorMessage()));
    d->applyButton->setEnabled(!d->workspace->isReadOnly() && checked.ok());
}

void BackendsDialog::apply()
{
    Backend edited = d->current;
    const QString previousName = edited.name;
    edited.name = d->name->text().trimmed();
    edited.kind = d->kind->currentData().toString();
    edited.enabled = d->enabled->isChecked();
    // Stored compact, as the workspace keeps JSON.
    const QJsonDocument config = QJsonDocument::fromJson(d->config->toPlainText().toUtf8());
    edited.config =
        config.isObject() ? QString::fromUtf8(config.toJson(QJsonDocument::Compact)) : d->config->toPlainText();
    auto saved = release::BackendStore::save(*d->workspace, edited, release::currentUser());
    if (!saved) {
        d->messages->showMessage(saved.errorMessage());
        return;
    }
    d->changed = true;
    QStringList notes;
    const secrets::Keychain keychain;
    if (!previousName.isEmpty() && previousName != saved->name) {
        // The credential follows the backend's new name.
        auto old = keychain.read(release::backendSecretKey(previousName));
        if (old && *old && d->secret->text().isEmpty()) {
            if (auto moved = keychain.write(release::backendSecretKey(saved->name), **old); !moved)
                notes.append(moved.errorMessage());
        }
        (void)keychain.remove(release::backendSecretKey(previousName));
    }
    if (!d->secret->text().isEmpty()) {
        if (auto kept = keychain.write(release::backendSecretKey(saved->name), d->secret->text().toUtf8()); !kept)
            notes.append(tr("The credential was not kept: %1").arg(kept.errorMessage()));
    }
    if (notes.isEmpty())
        d->messages->showMessage(tr("Stored the backend %1.").arg(saved->name), MessageBar::Kind::Information);
    else
        d->messages->showMessage(notes.join(u'\n'), MessageBar::Kind::Error);
    reload(saved->id);
}

void BackendsDialog::removeBackend()
{
    if (d->current.id == 0)
        return;
    auto removed = release::BackendStore::remove(*d->workspace, d->current.id, release::currentUser());
    if (!removed) {
        d->messages->showMessage(removed.errorMessage());
        return;
    }
    (void)secrets::Keychain().remove(release::backendSecretKey(d->current.name));
    d->changed = true;
    d->messages->showMessage(tr("Removed the backend %1.").arg(d->current.name), MessageBar::Kind::Information);
    reload(0);
}

} // namespace flowdeck::views
