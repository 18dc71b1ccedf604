// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/calendarpanel.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "releases/releasecalendar.h"
#include "releases/releasestyle.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTime>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr int releaseIdRole = Qt::UserRole;

QString minuteText(int minute)
{
    return QLocale().toString(QTime(0, 0).addSecs(std::min(minute, 24 * 60 - 1) * 60), QLocale::ShortFormat);
}

} // namespace

CalendarPanel::CalendarPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit / 2);

    m_calendar = new ReleaseCalendar(this);
    m_calendar->setObjectName(u"releaseCalendar"_s);
    layout->addWidget(m_calendar, 3);

    m_legend = pagestyle::quietLabel(this);
    m_legend->setObjectName(u"calendarLegend"_s);
    layout->addWidget(m_legend);

    m_dayTitle = pagestyle::sectionTitle(this);
    m_dayTitle->setObjectName(u"calendarDayTitle"_s);
    layout->addSpacing(unit / 2);
    layout->addWidget(m_dayTitle);

    m_dayList = new QListWidget(this);
    m_dayList->setObjectName(u"calendarDayList"_s);
    m_dayList->setFrameShape(QFrame::NoFrame);
    m_dayList->setMinimumHeight(4 * unit);
    layout->addWidget(m_dayList, 2);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &CalendarPanel::showDay);
    const auto choose = [this](QListWidgetItem *item) {
        const Id id = item ? item->data(releaseIdRole).toLongLong() : 0;
        if (id != 0)
            Q_EMIT releaseChosen(id);
    };
    connect(m_dayList, &QListWidget::itemActivated, this, choose);
    connect(m_dayList, &QListWidget::itemClicked, this, choose);

    retranslate();
}

CalendarPanel::~CalendarPanel() = default;

void CalendarPanel::setPlans(const QList<release::ReleaseSummary> &releases, const QList<DeploymentWindow> &windows,
                             const QHash<Id, QString> &environments)
{
    m_environments = environments;
    m_calendar->setPlans(releases, windows);
    showDay();
}

void CalendarPanel::clear()
{
    m_environments.clear();
    m_calendar->clearPlans();
    showDay();
}

void CalendarPanel::showDate(QDate date)
{
    m_calendar->setSelectedDate(date);
    m_calendar->setCurrentPage(date.year(), date.month());
    showDay();
}

QString CalendarPanel::windowText(const DeploymentWindow &window) const
{
    const QString where = window.environmentId
                              ? m_environments.value(*window.environmentId, tr("an unknown environment"))
                              : tr("all environments");
    QString when;
    if (window.recurrence == u"weekly"_s) {
        //: The hours of a weekly deployment window in its time zone: "09:00–17:00 Europe/Berlin".
        when = tr("%1–%2 %3").arg(minuteText(window.startMinute), minuteText(window.endMinute), window.timeZone);
    } else if (window.startsAt && window.endsAt) {
        when = tr("%1 – %2").arg(format::dateTime(*window.startsAt), format::dateTime(*window.endsAt));
    }
    if (window.kind == u"blackout"_s)
        //: A blackout on the chosen day: "▨ Blackout “Year-end freeze”, all environments, 20/12 00:00 – 02/01 00:00".
        return tr("▨ Blackout “%1”, %2, %3").arg(window.name, where, when);
    return tr("■ Deployment window “%1”, %2, %3").arg(window.name, where, when);
}

void CalendarPanel::showDay()
{
    const QDate date = m_calendar->selectedDate();
    m_dayTitle->setText(QLocale().toString(date, QLocale::LongFormat));
    m_dayList->clear();
    for (const release::ReleaseSummary &summary : m_calendar->releasesOn(date)) {
        const StatusStyle style = ReleaseStyle::releaseStatus(summary.release.status);
        //: A release on the chosen day: "Spring release 2.4.0 — Planned, 10/03/2026 09:00 – 11:00".
        auto *item = new QListWidgetItem(
            style.icon(palette()),
            tr("%1 — %2, %3")
                .arg(ReleaseStyle::title(summary.release), style.label,
                     ReleaseStyle::plannedWindow(summary.release.plannedStart, summary.release.plannedEnd)));
        item->setData(releaseIdRole, summary.release.id);
        item->setToolTip(tr("Select this release"));
        m_dayList->addItem(item);
    }
    for (const DeploymentWindow &window : m_calendar->windowsOn(date))
        m_dayList->addItem(windowText(window));
    if (m_dayList->count() == 0) {
        auto *item = new QListWidgetItem(tr("Nothing planned on this day."));
        item->setFlags(Qt::NoItemFlags);
        m_dayList->addItem(item);
    }
}

void CalendarPanel::retranslate()
{
    const auto mark = [](OkabeIto colour, const QString &symbol) {
        return u"<span style=\"color:%1\">%2</span>"_s.arg(okabeIto(colour).name(), symbol);
    };
    m_legend->setTextFormat(Qt::RichText);
    //: The calendar's legend; %1, %2 and %3 are the marks for a window, a blackout and a planned release.
    m_legend->setText(
        tr("%1 window &nbsp; %2 blackout &nbsp; %3 planned (bold date)")
            .arg(mark(OkabeIto::Green, u"■"_s), mark(OkabeIto::Vermillion, u"▨"_s), mark(OkabeIto::Blue, u"●"_s)));
    m_calendar->setToolTip(tr("Planned releases and deployment windows by day; choose a day to see what is planned"));
    m_calendar->setAccessibleName(tr("Deployment calendar"));
    m_dayList->setAccessibleName(tr("Planned on the chosen day"));
    showDay();
}

void CalendarPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        showDay();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
