// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/windowsdialog.h"

#include "common/messagebar.h"
#include "release/audit.h"
#include "release/calendar.h"
#include "store/query.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

#include <optional>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

struct WindowsDialog::Private
{
    std::shared_ptr<const store::Workspace> workspace;
    QList<DeploymentWindow> windows;
    QList<std::pair<Id, QString>> environments;
    DeploymentWindow current;
    bool changed = false;

    QListWidget *list = nullptr;
    QLineEdit *name = nullptr;
    QComboBox *kind = nullptr;
    QComboBox *environment = nullptr;
    QComboBox *recurrence = nullptr;
    QStackedWidget *when = nullptr;
    QList<QCheckBox *> weekdays;
    QTimeEdit *from = nullptr;
    QTimeEdit *to = nullptr;
    QDateTimeEdit *startsAt = nullptr;
    QDateTimeEdit *endsAt = nullptr;
    QComboBox *zone = nullptr;
    QLabel *now = nullptr;
    QPushButton *applyButton = nullptr;
    QPushButton *removeButton = nullptr;
    MessageBar *messages = nullptr;
};

namespace {

QString summary(const DeploymentWindow &window, const QString &environment)
{
    const QString what = window.kind == u"blackout"_s ? WindowsDialog::tr("Blackout") : WindowsDialog::tr("Window");
    return WindowsDialog::tr("%1: %2 (%3)").arg(what, window.name, environment);
}

} // namespace

WindowsDialog::WindowsDialog(std::shared_ptr<const store::Workspace> workspace, QWidget *parent)
    : EntryListDialog(u"window"_s, parent)
    , d(std::make_unique<Private>())
{
    d->workspace = std::move(workspace);
    setObjectName(u"windowsDialog"_s);
    setWindowTitle(tr("Deployment Windows and Blackouts"));
    d->messages = messages();
    d->list = list();
    QPushButton *add = addButton();
    add->setToolTip(tr("Add a window or blackout (Ctrl+N)"));
    d->removeButton = removeButton();
    d->removeButton->setToolTip(tr("Remove the selected entry"));
    d->applyButton = applyButton();
    d->applyButton->setToolTip(tr("Store this entry (Ctrl+S)"));
    QWidget *right = formWidget();
    QFormLayout *form = this->form();
    d->name = new QLineEdit(right);
    d->name->setObjectName(u"windowName"_s);
    d->kind = new QComboBox(right);
    d->kind->setObjectName(u"windowKind"_s);
    d->kind->addItem(tr("Window: deployments are allowed"), u"window"_s);
    d->kind->addItem(tr("Blackout: deployments are held"), u"blackout"_s);
    d->kind->setToolTip(tr("An environment with windows deploys only inside one; a blackout holds deployments "
                           "whatever the windows say"));
    d->environment = new QComboBox(right);
    d->environment->setObjectName(u"windowEnvironment"_s);
    d->recurrence = new QComboBox(right);
    d->recurrence->setObjectName(u"windowRecurrence"_s);
    d->recurrence->addItem(tr("Every week"), u"weekly"_s);
    d->recurrence->addItem(tr("Once"), u"once"_s);

    d->when = new QStackedWidget(right);
    auto *weekly = new QWidget(d->when);
    auto *weeklyLayout = new QVBoxLayout(weekly);
    weeklyLayout->setContentsMargins(0, 0, 0, 0);
    auto *days = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), weekly);
        box->setObjectName(u"weekday%1"_s.arg(day));
        d->weekdays.append(box);
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &WindowsDialog::updateNow);
    }
    days->addStretch();
    weeklyLayout->addLayout(days);
    auto *times = new QHBoxLayout;
    d->from = new QTimeEdit(weekly);
    d->from->setObjectName(u"windowFrom"_s);
    d->from->setDisplayFormat(u"HH:mm"_s);
    d->to = new QTimeEdit(weekly);
    d->to->setObjectName(u"windowTo"_s);
    d->to->setDisplayFormat(u"HH:mm"_s);
    d->to->setToolTip(tr("An end before the start runs past midnight; 00:00 as the end means midnight"));
    times->addWidget(new QLabel(tr("from"), weekly));
    times->addWidget(d->from);
    times->addWidget(new QLabel(tr("to"), weekly));
    times->addWidget(d->to);
    times->addStretch();
    weeklyLayout->addLayout(times);
    weeklyLayout->addStretch();
    auto *onceWidget = new QWidget(d->when);
    auto *onceColumn = new QVBoxLayout(onceWidget);
    onceColumn->setContentsMargins(0, 0, 0, 0);
    auto *onceLayout = new QHBoxLayout;
    onceColumn->addLayout(onceLayout);
    onceColumn->addStretch();
    d->startsAt = new QDateTimeEdit(onceWidget);
    d->startsAt->setObjectName(u"windowStartsAt"_s);
    d->startsAt->setCalendarPopup(true);
    d->startsAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    d->endsAt = new QDateTimeEdit(onceWidget);
    d->endsAt->setObjectName(u"windowEndsAt"_s);
    d->endsAt->setCalendarPopup(true);
    d->endsAt->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    onceLayout->addWidget(new QLabel(tr("from"), onceWidget));
    onceLayout->addWidget(d->startsAt);
    onceLayout->addWidget(new QLabel(tr("until"), onceWidget));
    onceLayout->addWidget(d->endsAt);
    onceLayout->addStretch();
    d->when->addWidget(weekly);
    d->when->addWidget(onceWidget);
    d->when->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    d->zone = new QComboBox(right);
    d->zone->setObjectName(u"windowZone"_s);
    d->zone->setEditable(true);
    d->zone->addItem(u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            d->zone->addItem(QString::fromLatin1(id));
    }
    d->zone->setToolTip(tr("The times are the wall clock of this zone, summer time included"));
    d->now = new QLabel(right);
    d->now->setObjectName(u"windowNow"_s);
    d->now->setWordWrap(true);
    d->now->setTextFormat(Qt::PlainText);

    form->addRow(tr("&Name:"), d->name);
    form->addRow(tr("&Kind:"), d->kind);
    form->addRow(tr("&Environment:"), d->environment);
    form->addRow(tr("&Recurs:"), d->recurrence);
    form->addRow(tr("When:"), d->when);
    form->addRow(tr("Time &zone:"), d->zone);
    form->addRow(tr("Now:"), d->now);
    finishForm();
    resize(900, 460);

    d->environment->addItem(tr("Every environment"), QVariant());
    auto environments = store::runQuery(d->workspace->connection(), tr("the environments"),
                                        u"SELECT id, name FROM environments ORDER BY name"_s);
    while (environments && environments->next()) {
        d->environments.append({environments->value(0).toLongLong(), environments->value(1).toString()});
        d->environment->addItem(environments->value(1).toString(), environments->value(0).toLongLong());
    }

    connect(d->list, &QListWidget::currentRowChanged, this, &WindowsDialog::showWindow);
    connect(add, &QPushButton::clicked, this, &WindowsDialog::addWindow);
    connect(d->removeButton, &QPushButton::clicked, this, &WindowsDialog::removeWindow);
    connect(d->applyButton, &QPushButton::clicked, this, &WindowsDialog::apply);
    connect(d->recurrence, &QComboBox::currentIndexChanged, this, &WindowsDialog::updateForm);
    for (QWidget *field : {static_cast<QWidget *>(d->kind), static_cast<QWidget *>(d->environment)})
        connect(qobject_cast<QComboBox *>(field), &QComboBox::currentIndexChanged, this, &WindowsDialog::updateNow);
    connect(d->zone, &QComboBox::currentTextChanged, this, &WindowsDialog::updateNow);
    connect(d->from, &QTimeEdit::timeChanged, this, &WindowsDialog::updateNow);
    connect(d->to, &QTimeEdit::timeChanged, this, &WindowsDialog::updateNow);
    connect(d->startsAt, &QDateTimeEdit::dateTimeChanged, this, &WindowsDialog::updateNow);
    connect(d->endsAt, &QDateTimeEdit::dateTimeChanged, this, &WindowsDialog::updateNow);
    connect(d->name, &QLineEdit::textChanged, this, &WindowsDialog::updateNow);
    add->setEnabled(!d->workspace->isReadOnly());
    reload(0);
}

WindowsDialog::~WindowsDialog() = default;

bool WindowsDialog::changedWindows() const
{
    return d->changed;
}

void WindowsDialog::reload(Id select)
{
    auto calendar = release::DeploymentCalendar::load(d->workspace->connection());
    if (!calendar) {
        d->messages->showMessage(calendar.errorMessage());
        return;
    }
    d->windows = calendar->windows();
    const QSignalBlocker blocker(d->list);
    d->list->clear();
    int selected = -1;
    for (qsizetype i = 0; i < d->windows.size(); ++i) {
        const DeploymentWindow &window = d->windows.at(i);
        QString environment = tr("every environment");
        for (const auto &[id, name] : std::as_const(d->environments)) {
            if (window.environmentId == id)
                environment = name;
        }
        d->list->addItem(summary(window, environment));
        if (window.id == select)
            selected = int(i);
    }
    if (d->windows.isEmpty()) {
        addWindow();
        return;
    }
    d->list->setCurrentRow(selected >= 0 ? selected : 0);
    showWindow(d->list->currentRow());
}

void WindowsDialog::showWindow(int row)
{
    if (row < 0 || row >= d->windows.size())
        return;
    d->current = d->windows.at(row);
    const QTimeZone zone(d->current.timeZone.toLatin1());
    d->name->setText(d->current.name);
    d->kind->setCurrentIndex(std::max(0, d->kind->findData(d->current.kind)));
    d->environment->setCurrentIndex(
        d->current.environmentId ? std::max(0, d->environment->findData(*d->current.environmentId)) : 0);
    d->recurrence->setCurrentIndex(std::max(0, d->recurrence->findData(d->current.recurrence)));
    for (int day = 0; day < 7; ++day)
        d->weekdays[day]->setChecked((d->current.weekdays >> day) & 1);
    d->from->setTime(QTime(0, 0).addSecs(d->current.startMinute * 60));
    d->to->setTime(QTime(0, 0).addSecs((d->current.endMinute % (24 * 60)) * 60));
    const QTimeZone shown = zone.isValid() ? zone : QTimeZone::utc();
    if (d->current.startsAt)
        d->startsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(*d->current.startsAt, shown));
    if (d->current.endsAt)
        d->endsAt->setDateTime(QDateTime::fromMSecsSinceEpoch(*d->current.endsAt, shown));
    d->zone->setCurrentText(d->current.timeZone);
    d->removeButton->setEnabled(!d->workspace->isReadOnly());
    updateForm();
}

void WindowsDialog::addWindow()
{
    d->current = DeploymentWindow{};
    d->current.kind = u"window"_s;
    d->current.recurrence = u"weekly"_s;
    d->current.weekdays = 0x0f; // Monday to Thursday
    d->current.startMinute = 9 * 60;
    d->current.endMinute = 17 * 60;
    d->current.timeZone = QString::fromLatin1(QTimeZone::systemTimeZoneId());
    const QSignalBlocker blocker(d->list);
    d->list->setCurrentRow(-1);
    d->name->setText(tr("Working hours"));
    d->kind->setCurrentIndex(0);
    d->environment->setCurrentIndex(0);
    d->recurrence->setCurrentIndex(0);
    for (int day = 0; day < 7; ++day)
        d->weekdays[day]->setChecked((d->current.weekdays >> day) & 1);
    d->from->setTime(QTime(9, 0));
    d->to->setTime(QTime(17, 0));
    const QDateTime start = QDateTime::currentDateTime().addDays(1);
    d->startsAt->setDateTime(QDateTime(start.date(), QTime(0, 0)));
    d->endsAt->setDateTime(QDateTime(start.date().addDays(1), QTime(0, 0)));
    d->zone->setCurrentText(d->current.timeZone);
    d->removeButton->setEnabled(false);
    d->name->setFocus();
    d->name->selectAll();
    updateForm();
}

DeploymentWindow WindowsDialog::edited() const
{
    DeploymentWindow window = d->current;
    window.name = d->name->text().trimmed();
    window.kind = d->kind->currentData().toString();
    const QVariant environment = d->environment->currentData();
    window.environmentId = environment.isValid() ? OptionalId(environment.toLongLong()) : std::nullopt;
    window.recurrence = d->recurrence->currentData().toString();
    window.timeZone = d->zone->currentText().trimmed();
    if (window.recurrence == u"weekly"_s) {
        window.weekdays = 0;
        for (int day = 0; day < 7; ++day)
            window.weekdays |= d->weekdays[day]->isChecked() ? (1 << day) : 0;
        window.startMinute = d->from->time().msecsSinceStartOfDay() / 60'000;
        const int end = d->to->time().msecsSinceStartOfDay() / 60'000;
        window.endMinute = end == 0 ? 24 * 60 : end;
        window.startsAt.reset();
        window.endsAt.reset();
    } else {
        const QTimeZone zone(window.timeZone.toLatin1());
        const QTimeZone used = zone.isValid() ? zone : QTimeZone::utc();
        window.startsAt = QDateTime(d->startsAt->date(), d->startsAt->time(), used).toMSecsSinceEpoch();
        window.endsAt = QDateTime(d->endsAt->date(), d->endsAt->time(), used).toMSecsSinceEpoch();
        window.weekdays = 0;
        window.startMinute = 0;
        window.endMinute = 24 * 60;
    }
    return window;
}

void WindowsDialog::updateForm()
{
    d->when->setCurrentIndex(d->recurrence->currentData().toString() == u"weekly"_s ? 0 : 1);
    updateNow();
}

void WindowsDialog::updateNow()
{
    // What the calendar, with this entry as edited, means for each environment now.
    QList<DeploymentWindow> windows;
    for (const DeploymentWindow &window : std::as_const(d->windows)) {
        if (window.id != d->current.id || d->current.id == 0)
            windows.append(window);
    }
    const DeploymentWindow entry = edited();
    windows.append(entry);
    const release::DeploymentCalendar calendar(windows);
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    QStringList lines;
    for (const auto &[id, name] : std::as_const(d->environments)) {
        const QString held = calendar.holdReason(id, now);
        lines.append(held.isEmpty() ? tr("%1: deployments allowed").arg(name) : tr("%1: %2").arg(name, held));
    }
    d->now->setText(lines.isEmpty() ? tr("The workspace has no environments yet.") : lines.join(u'\n'));
}

void WindowsDialog::apply()
{
    // The entry and its audit entry are stored together.
    std::optional<DeploymentWindow> saved;
    auto stored = d->workspace->write([&](QSqlDatabase &db) -> Result<void> {
        auto written = release::saveWindow(db, edited(), release::currentUser());
        if (!written)
            return written.error();
        saved = *written;
        return {};
    });
    if (!stored) {
        d->messages->showMessage(stored.errorMessage());
        return;
    }
    d->changed = true;
    d->messages->showMessage(tr("Stored %1.").arg(saved->name), MessageBar::Kind::Information);
    reload(saved->id);
}

void WindowsDialog::removeWindow()
{
    if (d->current.id == 0)
        return;
    auto removed = d->workspace->write(
        [&](QSqlDatabase &db) { return release::deleteWindow(db, d->current.id, release::currentUser()); });
    if (!removed) {
        d->messages->showMessage(removed.errorMessage());
        return;
    }
    d->changed = true;
    d->messages->showMessage(tr("Removed %1.").arg(d->current.name), MessageBar::Kind::Information);
    reload(0);
}

} // namespace flowdeck::views
