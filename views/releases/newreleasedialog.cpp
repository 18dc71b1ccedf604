// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planeditor.h"

#include "common/background.h"
#include "common/messagebar.h"
#include "common/pagestyle.h"
#include "release/audit.h"
#include "release/releasestore.h"
#include "releases/optionaltimeedit.h"
#include "releases/planchoices.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

struct NewReleaseDialog::Private
{
    NewReleaseDialog *q;
    std::shared_ptr<const store::Workspace> workspace;
    PlanChoices choices;
    QList<release::ReleaseSummary> templates;
    release::ReleasePlan chosen;
    Id createdId = 0;
    bool saving = false;
    /// Whether the user typed a name of their own; until then the name follows the template and version.
    bool nameTyped = false;

    MessageBar *messages = nullptr;
    QComboBox *templateChoice = nullptr;
    QLineEdit *version = nullptr;
    QLineEdit *name = nullptr;
    OptionalTimeEdit *start = nullptr;
    QLabel *servicesNote = nullptr;
    QWidget *servicesBox = nullptr;
    QFormLayout *servicesForm = nullptr;
    /// The carried services in the order shown, each with its version field.
    QList<std::pair<Id, QLineEdit *>> serviceVersions;
    QDialogButtonBox *buttons = nullptr;

    void loadTemplates();
    void showTemplate();
    void suggestName();
    void updateButtons();
    /// What an empty version field of a service stands for.
    QString placeholder() const;
    /// The services the release carries: the template's, then those its forward deploy tasks deploy.
    QList<Id> carriedServices() const;
};

void NewReleaseDialog::Private::loadTemplates()
{
    templates.clear();
    if (workspace) {
        auto choicesRead = PlanChoices::load(workspace->connection());
        if (choicesRead)
            choices = std::move(*choicesRead);
        else
            messages->showMessage(choicesRead.errorMessage());
        auto listed = release::listReleases(workspace->connection(), true);
        if (listed)
            templates = std::move(*listed);
        else
            messages->showMessage(listed.errorMessage());
    }
    templateChoice->clear();
    for (const release::ReleaseSummary &summary : std::as_const(templates)) {
        templateChoice->addItem(summary.release.name, summary.release.id);
        templateChoice->setItemData(
            templateChoice->count() - 1,
            NewReleaseDialog::tr("%n task(s); carries %1", nullptr, summary.tasks)
                .arg(summary.items.isEmpty() ? NewReleaseDialog::tr("no service yet") : summary.items.join(u", "_s)),
            Qt::ToolTipRole);
    }
    if (templates.isEmpty() && messages->text().isEmpty())
        messages->showMessage(
            NewReleaseDialog::tr("There is no release template yet. Make one with “New Template…” on the Releases "
                                 "page; releases are made from templates."),
            MessageBar::Kind::Information);
}

QList<Id> NewReleaseDialog::Private::carriedServices() const
{
    QList<Id> services;
    for (const ReleaseItem &item : chosen.items) {
        if (!services.contains(item.serviceId))
            services.append(item.serviceId);
    }
    for (const ReleaseTask &task : chosen.tasks) {
        if (task.kind == release::kind::deploy && !task.isRollback && task.serviceId &&
            !services.contains(*task.serviceId))
            services.append(*task.serviceId);
    }
    return services;
}

void NewReleaseDialog::Private::showTemplate()
{
    chosen = {};
    const Id templateId = templateChoice->currentData().toLongLong();
    if (templateId > 0 && workspace) {
        auto loaded = release::loadPlan(workspace->connection(), templateId);
        if (loaded) {
            chosen = std::move(*loaded);
            messages->clear();
        } else {
            messages->showMessage(loaded.errorMessage());
        }
    }

    // One version field per carried service, starting with the template's version of it.
    while (servicesForm->rowCount() > 0)
        servicesForm->removeRow(0);
    serviceVersions.clear();
    for (Id serviceId : carriedServices()) {
        auto *field = new QLineEdit(servicesBox);
        const QString serviceName = choices.serviceName(serviceId);
        field->setObjectName(u"serviceVersion_"_s + serviceName);
        field->setAccessibleName(NewReleaseDialog::tr("Version of %1").arg(serviceName));
        field->setToolTip(
            NewReleaseDialog::tr("The version of %1 the release carries and deploys; left empty, the release’s "
                                 "version")
                .arg(serviceName));
        for (const ReleaseItem &item : std::as_const(chosen.items)) {
            if (item.serviceId == serviceId)
                field->setText(item.version);
        }
        field->setPlaceholderText(placeholder());
        servicesForm->addRow(NewReleaseDialog::tr("%1:").arg(serviceName), field);
        serviceVersions.append({serviceId, field});
    }
    servicesNote->setText(
        serviceVersions.isEmpty()
            ? NewReleaseDialog::tr("The template deploys no service.")
            : NewReleaseDialog::tr("The version of each service the release carries; an empty field takes the "
                                   "release’s version."));
    if (!chosen.release.description.isEmpty())
        templateChoice->setToolTip(chosen.release.description);
    else
        templateChoice->setToolTip(NewReleaseDialog::tr("The template whose tasks the release copies"));
    suggestName();
    updateButtons();
}

void NewReleaseDialog::Private::suggestName()
{
    if (nameTyped)
        return;
    const QString templateName = chosen.release.name;
    const QString typedVersion = version->text().trimmed();
    name->setText(typedVersion.isEmpty() ? templateName
                                         : NewReleaseDialog::tr("%1 %2").arg(templateName, typedVersion));
}

QString NewReleaseDialog::Private::placeholder() const
{
    const QString typed = version->text().trimmed();
    return typed.isEmpty() ? NewReleaseDialog::tr("the release’s version") : typed;
}

void NewReleaseDialog::Private::updateButtons()
{
    const bool writable = workspace && !workspace->isReadOnly();
    buttons->button(QDialogButtonBox::Ok)->setEnabled(writable && !saving && chosen.release.id != 0);
}

NewReleaseDialog::NewReleaseDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->workspace = std::move(workspace);
    setObjectName(u"newReleaseDialog"_s);
    setWindowTitle(tr("New Release"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2 * unit);
    d->messages = new MessageBar(this);
    d->messages->setObjectName(u"newReleaseMessages"_s);
    layout->addWidget(d->messages);

    auto *form = new QFormLayout;
    form->setSpacing(unit);
    d->templateChoice = new QComboBox(this);
    d->templateChoice->setObjectName(u"templateChoice"_s);
    d->templateChoice->setAccessibleName(tr("Template"));
    d->version = new QLineEdit(this);
    d->version->setObjectName(u"versionEdit"_s);
    d->version->setAccessibleName(tr("Version"));
    d->version->setPlaceholderText(tr("e.g. 2.4.0"));
    d->version->setToolTip(tr("The release’s version; services without a version of their own get it"));
    d->name = new QLineEdit(this);
    d->name->setObjectName(u"nameEdit"_s);
    d->name->setAccessibleName(tr("Name"));
    d->name->setToolTip(tr("A name unique among the workspace’s releases; suggested from the template and version"));
    d->start = new OptionalTimeEdit(tr("Planned start"), this);
    d->start->setObjectName(u"startEdit"_s);
    d->start->setToolTip(tr("When the release is planned to start (your local time)"));
    form->addRow(tr("&Template:"), d->templateChoice);
    form->addRow(tr("&Version:"), d->version);
    form->addRow(tr("&Name:"), d->name);
    form->addRow(tr("Planned &start:"), d->start);
    layout->addLayout(form);

    QLabel *servicesTitle = pagestyle::sectionTitle(this);
    servicesTitle->setText(tr("Carried services"));
    layout->addWidget(servicesTitle);
    d->servicesNote = pagestyle::quietLabel(this);
    layout->addWidget(d->servicesNote);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    d->servicesBox = new QWidget(scroll);
    d->servicesForm = new QFormLayout(d->servicesBox);
    d->servicesForm->setContentsMargins(0, 0, 0, 0);
    d->servicesForm->setSpacing(unit);
    scroll->setWidget(d->servicesBox);
    layout->addWidget(scroll, 1);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    d->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    d->buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Makes a planned release from the template"));
    connect(d->buttons, &QDialogButtonBox::accepted, this, &NewReleaseDialog::accept);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &NewReleaseDialog::reject);
    layout->addWidget(d->buttons);

    connect(d->templateChoice, &QComboBox::currentIndexChanged, this, [this] { d->showTemplate(); });
    connect(d->version, &QLineEdit::textChanged, this, [this] {
        for (const auto &[serviceId, field] : std::as_const(d->serviceVersions))
            field->setPlaceholderText(d->placeholder());
        d->suggestName();
    });
    connect(d->name, &QLineEdit::textEdited, this,
            [this](const QString &text) { d->nameTyped = !text.trimmed().isEmpty(); });

    if (d->workspace && d->workspace->isReadOnly())
        d->messages->showMessage(tr("The workspace is open read-only: no release can be made in it."),
                                 MessageBar::Kind::Information);
    d->loadTemplates();
    d->showTemplate();
    resize(70 * unit, 60 * unit);
    d->version->setFocus();
}

NewReleaseDialog::~NewReleaseDialog() = default;

void NewReleaseDialog::setTemplate(Id templateId)
{
    const int index = d->templateChoice->findData(templateId);
    if (index >= 0)
        d->templateChoice->setCurrentIndex(index);
}

Id NewReleaseDialog::createdId() const
{
    return d->createdId;
}

void NewReleaseDialog::accept()
{
    if (d->saving || !d->workspace || d->workspace->isReadOnly() || d->chosen.release.id == 0)
        return;
    const QString name = d->name->text().trimmed();
    const QString version = d->version->text().trimmed();
    if (name.isEmpty()) {
        d->messages->showMessage(tr("Give the release a name."));
        d->name->setFocus();
        return;
    }
    QList<ReleaseItem> items;
    for (const auto &[serviceId, field] : std::as_const(d->serviceVersions)) {
        const QString typed = field->text().trimmed();
        if (typed.isEmpty() && version.isEmpty()) {
            d->messages->showMessage(tr("Give the version of %1 the release carries, or a version of the release.")
                                         .arg(d->choices.serviceName(serviceId)));
            field->setFocus();
            return;
        }
        items.append(ReleaseItem{0, 0, serviceId, typed.isEmpty() ? version : typed});
    }

    d->saving = true;
    d->updateButtons();
    d->messages->showMessage(tr("Creating the release…"), MessageBar::Kind::Information);
    std::shared_ptr<const store::Workspace> workspace = d->workspace;
    const Id templateId = d->chosen.release.id;
    const OptionalTime start = d->start->time();
    const QString actor = release::currentUser();
    runInBackground(
        this,
        [workspace, templateId, name, version, items, start, actor] {
            return release::releaseFromTemplate(*workspace, templateId, name, version, items, start, actor);
        },
        [this](const Result<release::ReleasePlan> &created) {
            d->saving = false;
            d->updateButtons();
            if (!created) {
                d->messages->showMessage(created.errorMessage());
                return;
            }
            d->messages->clear();
            d->createdId = created->release.id;
            QDialog::accept();
        });
}

} // namespace flowdeck::views
