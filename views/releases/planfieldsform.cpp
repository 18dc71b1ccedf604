// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/planfieldsform.h"

#include "common/pagestyle.h"
#include "releases/optionaltimeedit.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

QString quoted(const QString &text)
{
    return PlanFieldsForm::tr("“%1”").arg(text);
}

} // namespace

PlanFieldsForm::PlanFieldsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);
    QLabel *title = pagestyle::sectionTitle(this);
    title->setText(tr("Plan"));
    layout->addWidget(title);
    auto *form = new QFormLayout;
    form->setSpacing(unit);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("A name unique among the workspace’s releases and templates"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(u"versionEdit"_s);
    m_version->setAccessibleName(tr("Version"));
    m_version->setPlaceholderText(tr("e.g. 2.4.0"));
    m_version->setToolTip(tr("The release’s version; newly carried services start with it"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setPlaceholderText(tr("What the release brings, for the people approving it"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(6 * unit + 2 * m_description->fontMetrics().lineSpacing());
    m_description->installEventFilter(this);
    m_start = new OptionalTimeEdit(tr("Planned start"), this);
    m_start->setObjectName(u"startEdit"_s);
    m_start->setToolTip(tr("When the release is planned to start (your local time); unticked while it is not "
                           "planned yet"));
    m_end = new OptionalTimeEdit(tr("Planned end"), this);
    m_end->setObjectName(u"endEdit"_s);
    m_end->setToolTip(tr("When the release is planned to be done (your local time)"));
    m_onFailure = new QComboBox(this);
    m_onFailure->setObjectName(u"onFailureChoice"_s);
    m_onFailure->setAccessibleName(tr("When a task fails"));
    m_onFailure->addItem(tr("Stop: start no further task"), u"stop"_s);
    m_onFailure->addItem(tr("Roll back: run the rollback tasks"), u"rollback"_s);
    m_onFailure->setToolTip(tr("What the release does when a task fails for good (after its retries)"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Version:"), m_version);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Planned &start:"), m_start);
    form->addRow(tr("Planned &end:"), m_end);
    form->addRow(tr("On &failure:"), m_onFailure);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &PlanFieldsForm::commitName);
    connect(m_version, &QLineEdit::editingFinished, this, &PlanFieldsForm::commitVersion);
    connect(m_start, &OptionalTimeEdit::timeEdited, this, [this](OptionalTime time) {
        Release after = m_release;
        after.plannedStart = time;
        emitEdit(after, time ? tr("Change the planned start") : tr("Clear the planned start"));
    });
    connect(m_end, &OptionalTimeEdit::timeEdited, this, [this](OptionalTime time) {
        Release after = m_release;
        after.plannedEnd = time;
        emitEdit(after, time ? tr("Change the planned end") : tr("Clear the planned end"));
    });
    connect(m_onFailure, &QComboBox::activated, this, [this](int index) {
        Release after = m_release;
        after.onFailure = m_onFailure->itemData(index).toString();
        emitEdit(after,
                 after.onFailure == u"rollback"_s ? tr("Roll back when a task fails") : tr("Stop when a task fails"));
    });
}

void PlanFieldsForm::setRelease(const Release &release)
{
    m_release = release;
    // Fields are filled only where they show something else, so that the cursor of one being typed in stays.
    if (m_name->text() != release.name)
        m_name->setText(release.name);
    if (m_version->text() != release.version)
        m_version->setText(release.version);
    if (m_description->toPlainText() != release.description)
        m_description->setPlainText(release.description);
    m_start->setTime(release.plannedStart);
    m_end->setTime(release.plannedEnd);
    m_onFailure->setCurrentIndex(std::max(0, m_onFailure->findData(release.onFailure)));
}

void PlanFieldsForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_name->setReadOnly(readOnly);
    m_version->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
    m_start->setReadOnly(readOnly);
    m_end->setReadOnly(readOnly);
    m_onFailure->setEnabled(!readOnly);
}

void PlanFieldsForm::commitPending()
{
    commitName();
    commitVersion();
    commitDescription();
}

void PlanFieldsForm::emitEdit(const Release &after, const QString &actionName)
{
    if (m_readOnly || after == m_release)
        return;
    m_release = after;
    Q_EMIT releaseEdited(after, actionName);
}

void PlanFieldsForm::commitName()
{
    Release after = m_release;
    after.name = m_name->text().trimmed();
    emitEdit(after, tr("Rename the plan to %1").arg(quoted(after.name)));
}

void PlanFieldsForm::commitVersion()
{
    Release after = m_release;
    after.version = m_version->text().trimmed();
    emitEdit(after, tr("Change the version to %1").arg(quoted(after.version)));
}

void PlanFieldsForm::commitDescription()
{
    Release after = m_release;
    after.description = m_description->toPlainText();
    emitEdit(after, tr("Change the description"));
}

bool PlanFieldsForm::eventFilter(QObject *watched, QEvent *event)
{
    // A text box has no editingFinished: leaving it commits it.
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commitDescription();
    return QWidget::eventFilter(watched, event);
}

} // namespace flowdeck::views
