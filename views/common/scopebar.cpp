// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/scopebar.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

Timestamp startOfDay(const QDate &date)
{
    return date.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

QDate firstDayOfQuarter(const QDate &date)
{
    return QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
}

/// The first and last day (both included) of `settings`' period seen on `today`.
std::pair<QDate, QDate> days(const ScopeBar::Settings &settings, const QDate &today)
{
    switch (settings.period) {
    case ScopeBar::Period::Last30Days:
        return {today.addDays(-29), today};
    case ScopeBar::Period::Last90Days:
        break;
    case ScopeBar::Period::ThisQuarter:
        return {firstDayOfQuarter(today), today};
    case ScopeBar::Period::Last12Months:
        return {today.addMonths(-12).addDays(1), today};
    case ScopeBar::Period::Custom:
        if (settings.from.isValid() && settings.to.isValid())
            return {std::min(settings.from, settings.to), std::max(settings.from, settings.to)};
        break;
    }
    return {today.addDays(-89), today};
}

} // namespace

ScopeBar::Settings ScopeBar::readSettings(const store::Workspace &workspace)
{
    Settings settings;
    const QStringList ids = workspace.setting(QString::fromLatin1(servicesKey)).split(u',', Qt::SkipEmptyParts);
    for (const QString &text : ids) {
        bool ok = false;
        const Id id = text.trimmed().toLongLong(&ok);
        if (ok && !settings.serviceIds.contains(id))
            settings.serviceIds.append(id);
    }
    settings.period = periodFromName(workspace.setting(QString::fromLatin1(periodKey))).value_or(Period::Last90Days);
    settings.from = QDate::fromString(workspace.setting(QString::fromLatin1(fromKey)), Qt::ISODate);
    settings.to = QDate::fromString(workspace.setting(QString::fromLatin1(toKey)), Qt::ISODate);
    return settings;
}

Result<void> ScopeBar::writeSettings(const store::Workspace &workspace, const Settings &settings)
{
    QStringList ids;
    for (const Id id : settings.serviceIds)
        ids.append(QString::number(id));
    const QList<std::pair<const char *, QString>> values = {
        {servicesKey, ids.join(u',')},
        {periodKey, periodName(settings.period)},
        {fromKey, settings.from.isValid() ? settings.from.toString(Qt::ISODate) : QString()},
        {toKey, settings.to.isValid() ? settings.to.toString(Qt::ISODate) : QString()},
    };
    for (const auto &[key, value] : values) {
        Result<void> written = workspace.setSetting(QString::fromLatin1(key), value);
        if (!written)
            return written;
    }
    return {};
}

metrics::Scope ScopeBar::scopeOf(const Settings &settings, const QDate &today)
{
    const auto [first, last] = days(settings, today);
    return {startOfDay(first), startOfDay(last.addDays(1)), settings.serviceIds};
}

QString ScopeBar::periodName(Period period)
{
    switch (period) {
    case Period::Last30Days:
        return u"last-30-days"_s;
    case Period::Last90Days:
        return u"last-90-days"_s;
    case Period::ThisQuarter:
        return u"this-quarter"_s;
    case Period::Last12Months:
        return u"last-12-months"_s;
    case Period::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<ScopeBar::Period> ScopeBar::periodFromName(const QString &name)
{
    for (int i = 0; i <= int(Period::Custom); ++i) {
        if (periodName(Period(i)) == name)
            return Period(i);
    }
    return std::nullopt;
}

ScopeBar::ScopeBar(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(unit);

    m_servicesButton = new QPushButton(this);
    m_servicesButton->setObjectName(u"scopeServices"_s);
    m_servicesMenu = new QMenu(m_servicesButton);
    m_servicesMenu->setObjectName(u"scopeServicesMenu"_s);
    // Several services are chosen in one visit: a click checks a service and leaves the menu open.
    m_servicesMenu->installEventFilter(this);
    m_servicesButton->setMenu(m_servicesMenu);

    m_period = new QComboBox(this);
    m_period->setObjectName(u"scopePeriod"_s);
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i <= int(Period::Custom); ++i)
        m_period->addItem(QString(), i);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ScopeBar::periodChosen);

    m_range = new QWidget(this);
    auto *range = new QHBoxLayout(m_range);
    range->setContentsMargins(0, 0, 0, 0);
    range->setSpacing(unit / 2);
    m_from = new QDateEdit(m_range);
    m_from->setObjectName(u"scopeFrom"_s);
    m_to = new QDateEdit(m_range);
    m_to->setObjectName(u"scopeTo"_s);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &ScopeBar::rangeEdited);
    }
    range->addWidget(m_from);
    range->addWidget(new QLabel(u"–"_s, m_range));
    range->addWidget(m_to);

    m_dates = pagestyle::quietLabel(this);
    m_dates->setObjectName(u"scopeDates"_s);
    m_dates->setWordWrap(false);

    m_layout->addWidget(m_servicesButton);
    m_layout->addWidget(m_period);
    m_layout->addWidget(m_range);
    m_layout->addWidget(m_dates);
    m_layout->addStretch(1);

    retranslate();
}

ScopeBar::~ScopeBar() = default;

void ScopeBar::setServices(const QList<Service> &services)
{
    m_services = services;
    QList<Id> kept;
    for (const Id id : m_settings.serviceIds) {
        if (std::any_of(services.begin(), services.end(), [id](const Service &s) { return s.id == id; }))
            kept.append(id);
    }
    m_settings.serviceIds = kept;
    fillServiceMenu();
    showSettings();
}

void ScopeBar::setSettings(const Settings &settings)
{
    m_settings = settings;
    // Only services still offered stay chosen (the workspace's services are known once it is read).
    if (!m_services.isEmpty())
        setServices(m_services);
    else
        showSettings();
}

metrics::Scope ScopeBar::scope() const
{
    return scopeOf(m_settings, QDate::currentDate());
}

void ScopeBar::addTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void ScopeBar::fillServiceMenu()
{
    m_servicesMenu->clear();
    QAction *all = m_servicesMenu->addAction(tr("All services"));
    all->setObjectName(u"allServices"_s);
    all->setCheckable(true);
    all->setChecked(m_settings.serviceIds.isEmpty());
    connect(all, &QAction::triggered, this, &ScopeBar::allServicesChosen);
    if (!m_services.isEmpty())
        m_servicesMenu->addSeparator();
    for (const Service &service : m_services) {
        QAction *action = m_servicesMenu->addAction(service.name);
        action->setCheckable(true);
        action->setChecked(m_settings.serviceIds.contains(service.id));
        action->setData(service.id);
        if (!service.description.isEmpty())
            action->setToolTip(service.description);
        const Id id = service.id;
        connect(action, &QAction::toggled, this, [this, id](bool checked) { serviceToggled(id, checked); });
    }
}

void ScopeBar::serviceToggled(Id serviceId, bool checked)
{
    if (m_updating)
        return;
    if (checked && !m_settings.serviceIds.contains(serviceId))
        m_settings.serviceIds.append(serviceId);
    else if (!checked)
        m_settings.serviceIds.removeAll(serviceId);
    // The menu's order, so that the same choice is always kept the same way.
    QList<Id> ordered;
    for (const Service &service : m_services) {
        if (m_settings.serviceIds.contains(service.id))
            ordered.append(service.id);
    }
    m_settings.serviceIds = ordered;
    showSettings();
    emitScope();
}

void ScopeBar::allServicesChosen()
{
    if (m_updating)
        return;
    const bool changed = !m_settings.serviceIds.isEmpty();
    m_settings.serviceIds.clear();
    showSettings();
    if (changed)
        emitScope();
}

void ScopeBar::periodChosen()
{
    if (m_updating)
        return;
    const auto period = Period(m_period->currentData().toInt());
    if (period == m_settings.period)
        return;
    if (period == Period::Custom && (!m_settings.from.isValid() || !m_settings.to.isValid())) {
        // A custom range starts as the period chosen before, so that the dates only need adjusting.
        const metrics::Scope shown = scope();
        m_settings.from = QDateTime::fromMSecsSinceEpoch(shown.from, Qt::LocalTime).date();
        m_settings.to = QDateTime::fromMSecsSinceEpoch(shown.to, Qt::LocalTime).date().addDays(-1);
    }
    m_settings.period = period;
    showSettings();
    emitScope();
}

void ScopeBar::rangeEdited()
{
    if (m_updating)
        return;
    const Settings before = m_settings;
    m_settings.from = m_from->date();
    m_settings.to = std::max(m_from->date(), m_to->date());
    showSettings();
    if (m_settings != before)
        emitScope();
}

void ScopeBar::showSettings()
{
    m_updating = true;
    const QList<QAction *> actions = m_servicesMenu->actions();
    for (QAction *action : actions) {
        if (!action->isCheckable())
            continue;
        if (action->data().isValid())
            action->setChecked(m_settings.serviceIds.contains(action->data().toLongLong()));
        else
            action->setChecked(m_settings.serviceIds.isEmpty());
    }
    QStringList names;
    for (const Service &service : m_services) {
        if (m_settings.serviceIds.contains(service.id))
            names.append(service.name);
    }
    if (m_settings.serviceIds.isEmpty() || names.isEmpty()) {
        m_servicesButton->setText(tr("All services"));
        m_servicesButton->setToolTip(tr("Every service of the workspace counts. Choose some to narrow the figures."));
    } else if (names.size() == 1) {
        m_servicesButton->setText(names.first());
        m_servicesButton->setToolTip(tr("Only %1 counts.").arg(names.first()));
    } else {
        m_servicesButton->setText(tr("%n services", nullptr, int(names.size())));
        //: Followed by the chosen services, one per line.
        m_servicesButton->setToolTip(tr("These services count:") + u"\n"_s + names.join(u'\n'));
    }

    m_period->setCurrentIndex(m_period->findData(int(m_settings.period)));
    const bool custom = m_settings.period == Period::Custom;
    m_range->setVisible(custom);
    const metrics::Scope shown = scope();
    const QDate first = QDateTime::fromMSecsSinceEpoch(shown.from, Qt::LocalTime).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(shown.to, Qt::LocalTime).date().addDays(-1);
    // The minimum first: a date before the old minimum would be clamped to it.
    m_to->setMinimumDate(first);
    m_from->setDate(first);
    m_to->setDate(last);
    m_dates->setVisible(!custom);
    m_dates->setText(format::dateRange(shown.from, startOfDay(last)));
    const qint64 dayCount = first.daysTo(last) + 1;
    m_dates->setToolTip(
        dayCount == 1 ? tr("One day, from its start to its end")
                      : tr("%n days, from the start of the first to the end of the last", nullptr, int(dayCount)));
    m_updating = false;
}

void ScopeBar::emitScope()
{
    Q_EMIT scopeChanged(scope());
}

void ScopeBar::retranslate()
{
    const QStringList periods = {tr("Last 30 days"), tr("Last 90 days"), tr("This quarter"), tr("Last 12 months"),
                                 tr("Custom range")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    m_servicesButton->setAccessibleName(tr("Services"));
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("The period the figures cover; each is compared with the period of the same length "
                            "before it"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    fillServiceMenu();
    showSettings();
}

void ScopeBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ScopeBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_servicesMenu) {
        QAction *action = m_servicesMenu->activeAction();
        const bool checkable = action && action->isCheckable() && action->isEnabled();
        if (event->type() == QEvent::MouseButtonRelease && checkable) {
            action->trigger();
            return true;
        }
        if (event->type() == QEvent::KeyPress && checkable) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
                action->trigger();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace flowdeck::views
