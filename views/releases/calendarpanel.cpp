// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/calendarpanel.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "releases/releasecalendar.h"
#include "releases/releasestyle.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QTime>
#include <QVBoxLayout>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr int releaseIdRole = Qt::UserRole;

QString minuteText(int minute)
{
    return format::time(QTime(0, 0).addSecs(std::min(minute, 24 * 60 - 1) * 60));
}

/// When a release is planned, seen from one of its days: the times alone when it starts and ends that day, since the
/// day's title gives the date.
QString plannedOn(QDate date, OptionalTime start, OptionalTime end)
{
    const QDateTime from = start ? QDateTime::fromMSecsSinceEpoch(*start) : QDateTime();
    const QDateTime to = end ? QDateTime::fromMSecsSinceEpoch(*end) : QDateTime();
    if (!start || from.date() != date || (end && to.date() != date))
        return ReleaseStyle::plannedWindow(start, end);
    if (!end)
        return format::time(from.time());
    //: A release's planned hours on the chosen day: "09:00 – 11:00".
    return CalendarPanel::tr("%1 – %2").arg(format::time(from.time()), format::time(to.time()));
}

} // namespace

CalendarPanel::CalendarPanel(QWidget *parent)
    : QWidget(parent)
{
    // The month with its legend, and beside it what is planned on the chosen day: the whole month shows in a low
    // row. A lower window still scrolls the panel rather than cut the calendar's last week.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"calendarScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    outer->addWidget(m_scroll);
    auto *content = new QWidget(m_scroll);
    content->setObjectName(u"calendarContent"_s);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    auto *month = new QVBoxLayout;
    month->setSpacing(unit / 2);
    m_calendar = new ReleaseCalendar(content);
    m_calendar->setObjectName(u"releaseCalendar"_s);
    m_calendar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    month->addWidget(m_calendar);
    // Lines of their own rather than wrapped, so that the panel's height does not depend on its width.
    m_legend = pagestyle::quietLabel(content);
    m_legend->setObjectName(u"calendarLegend"_s);
    m_legend->setWordWrap(false);
    month->addWidget(m_legend);
    month->addStretch();
    layout->addLayout(month);

    auto *day = new QVBoxLayout;
    day->setSpacing(unit / 2);
    m_dayTitle = pagestyle::sectionTitle(content);
    m_dayTitle->setObjectName(u"calendarDayTitle"_s);
    day->addWidget(m_dayTitle);
    m_dayList = new QListWidget(content);
    m_dayList->setObjectName(u"calendarDayList"_s);
    m_dayList->setFrameShape(QFrame::NoFrame);
    // Long entries wrap to the list's width rather than scroll sideways.
    m_dayList->setWordWrap(true);
    m_dayList->setTextElideMode(Qt::ElideNone);
    m_dayList->setResizeMode(QListView::Adjust);
    m_dayList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_dayList->setMinimumSize(18 * unit, 6 * unit);
    day->addWidget(m_dayList, 1);
    layout->addLayout(day, 1);
    m_scroll->setWidget(content);

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

int CalendarPanel::fullHeight() const
{
    // The calendar's size depends on the style, which is not applied before the panel is first shown.
    ensurePolished();
    const QSize month = m_calendar->sizeHint();
    return month.height() + unit / 2 + m_legend->sizeHint().height();
}

QSize CalendarPanel::sizeHint() const
{
    ensurePolished();
    const int dayWidth = std::max(m_dayList->minimumWidth(), 40 * fontMetrics().averageCharWidth());
    return {m_calendar->sizeHint().width() + unit + dayWidth + m_scroll->verticalScrollBar()->sizeHint().width(),
            fullHeight()};
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
        //: A release on the chosen day: "Spring release 2.4.0 — Planned, 09:00 – 11:00".
        const QString text = tr("%1 — %2, %3")
                                 .arg(ReleaseStyle::title(summary.release), style.label,
                                      plannedOn(date, summary.release.plannedStart, summary.release.plannedEnd));
        auto *item = new QListWidgetItem(style.icon(palette()), text);
        item->setData(releaseIdRole, summary.release.id);
        //: The tooltip of a release in the calendar's day list: what the line says, then what a click does.
        item->setToolTip(tr("%1\nClick to select this release.").arg(text));
        m_dayList->addItem(item);
    }
    for (const DeploymentWindow &window : m_calendar->windowsOn(date)) {
        auto *item = new QListWidgetItem(windowText(window));
        item->setToolTip(item->text());
        m_dayList->addItem(item);
    }
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
    //: The calendar's legend in two lines (<br>); %1, %2 and %3 are the marks for a window, a blackout and a planned
    //: release.
    m_legend->setText(
        tr("%1 window &nbsp; %2 blackout<br>%3 planned (bold date)")
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
