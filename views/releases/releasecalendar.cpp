// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/releasecalendar.h"

#include "common/statusstyle.h"
#include "releases/releasestyle.h"

#include <QDateTime>
#include <QPainter>
#include <QTextCharFormat>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

QDate localDate(Timestamp at)
{
    return QDateTime::fromMSecsSinceEpoch(at).date();
}

Timestamp dayStart(QDate date)
{
    return QDateTime(date, QTime(0, 0)).toMSecsSinceEpoch();
}

bool isPlannedOn(const release::ReleaseSummary &summary, QDate date)
{
    if (!summary.release.plannedStart)
        return false;
    const QDate first = localDate(*summary.release.plannedStart);
    const QDate last = summary.release.plannedEnd ? localDate(*summary.release.plannedEnd) : first;
    return first <= date && date <= std::max(first, last);
}

} // namespace

ReleaseCalendar::ReleaseCalendar(QWidget *parent)
    : QCalendarWidget(parent)
{
    setGridVisible(false);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
}

ReleaseCalendar::~ReleaseCalendar() = default;

void ReleaseCalendar::setPlans(const QList<release::ReleaseSummary> &releases, const QList<DeploymentWindow> &windows)
{
    m_releases = releases;
    m_windows = windows;
    // Bold dates for planned releases, so that a day with one reads differently without its colour.
    setDateTextFormat(QDate(), QTextCharFormat());
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    for (const release::ReleaseSummary &summary : std::as_const(m_releases)) {
        if (!summary.release.plannedStart)
            continue;
        const QDate first = localDate(*summary.release.plannedStart);
        const QDate last = summary.release.plannedEnd ? localDate(*summary.release.plannedEnd) : first;
        // A window of more than a few months is a mistake in the data: mark its first day only.
        const QDate end = first.daysTo(last) > 93 ? first : std::max(first, last);
        for (QDate day = first; day <= end; day = day.addDays(1))
            setDateTextFormat(day, bold);
    }
    updateCells();
}

void ReleaseCalendar::clearPlans()
{
    setPlans({}, {});
}

bool ReleaseCalendar::touches(const DeploymentWindow &window, QDate date)
{
    if (window.recurrence == u"weekly"_s) {
        if (window.startMinute == window.endMinute)
            return false;
        return (window.weekdays & (1 << (date.dayOfWeek() - 1))) != 0;
    }
    if (!window.startsAt || !window.endsAt)
        return false;
    return *window.startsAt < dayStart(date.addDays(1)) && *window.endsAt > dayStart(date);
}

ReleaseCalendar::DayMarks ReleaseCalendar::marks(QDate date) const
{
    DayMarks marks;
    for (const DeploymentWindow &window : m_windows) {
        if (!touches(window, date))
            continue;
        if (window.kind == u"blackout"_s)
            marks.blackout = true;
        else
            marks.window = true;
    }
    for (const release::ReleaseSummary &summary : m_releases) {
        if (isPlannedOn(summary, date))
            marks.releases.append(summary.release.id);
    }
    return marks;
}

QList<release::ReleaseSummary> ReleaseCalendar::releasesOn(QDate date) const
{
    QList<release::ReleaseSummary> on;
    for (const release::ReleaseSummary &summary : m_releases) {
        if (isPlannedOn(summary, date))
            on.append(summary);
    }
    return on;
}

QList<DeploymentWindow> ReleaseCalendar::windowsOn(QDate date) const
{
    QList<DeploymentWindow> on;
    for (const DeploymentWindow &window : m_windows) {
        if (touches(window, date))
            on.append(window);
    }
    return on;
}

void ReleaseCalendar::paintCell(QPainter *painter, const QRect &rect, QDate date) const
{
    // The cell's own painting fills it with the base colour first, so the shading goes over it, light enough for the
    // date to stay readable.
    QCalendarWidget::paintCell(painter, rect, date);

    const DayMarks day = marks(date);
    const QRect cell = rect.adjusted(1, 1, -1, -1);
    painter->save();
    if (day.window) {
        QColor green = okabeIto(OkabeIto::Green);
        green.setAlphaF(0.22f);
        painter->fillRect(cell, green);
    }
    if (day.blackout) {
        QColor vermillion = okabeIto(OkabeIto::Vermillion);
        vermillion.setAlphaF(0.16f);
        painter->fillRect(cell, vermillion);
        vermillion.setAlphaF(0.45f);
        painter->fillRect(cell, QBrush(vermillion, Qt::BDiagPattern));
    }
    painter->restore();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (date == QDate::currentDate()) {
        painter->setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(cell).adjusted(0.75, 0.75, -0.75, -0.75));
    }
    if (!day.releases.isEmpty()) {
        // One dot per release, in its status colour, at most three (then the last says there are more).
        const qreal radius = std::max<qreal>(2.5, rect.height() / 10.0);
        const int shown = int(std::min<qsizetype>(day.releases.size(), 3));
        const qreal spacing = radius * 3;
        qreal x = rect.center().x() - (shown - 1) * spacing / 2;
        const qreal y = rect.bottom() - radius - 1;
        for (int i = 0; i < shown; ++i) {
            QString status;
            for (const release::ReleaseSummary &summary : m_releases) {
                if (summary.release.id == day.releases[i])
                    status = summary.release.status;
            }
            painter->setPen(Qt::NoPen);
            painter->setBrush(ReleaseStyle::releaseStatus(status).colorOn(palette()));
            painter->drawEllipse(QPointF(x, y), radius, radius);
            x += spacing;
        }
    }
    painter->restore();
}

} // namespace flowdeck::views
