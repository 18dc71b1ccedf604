// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releasestore.h"

#include <QCalendarWidget>
#include <QHash>
#include <QList>

namespace flowdeck::views {

/// A month of the deployment calendar: days inside a deployment window shaded green, days touched by a blackout
/// hatched in vermillion, and a dot in each planned release's status colour on the days of its planned window. The
/// dates of planned releases are bold, so that the marks never rest on colour alone. Days are local days.
class ReleaseCalendar : public QCalendarWidget
{
    Q_OBJECT

public:
    /// What falls on one day.
    struct DayMarks
    {
        /// Some deployment window is open during the day.
        bool window = false;
        /// Some blackout covers part of the day.
        bool blackout = false;
        /// The releases planned on the day, in list order.
        QList<Id> releases;
    };

    explicit ReleaseCalendar(QWidget *parent = nullptr);
    ~ReleaseCalendar() override;

    void setPlans(const QList<release::ReleaseSummary> &releases, const QList<DeploymentWindow> &windows);
    void clearPlans();

    DayMarks marks(QDate date) const;
    /// The releases planned on `date`.
    QList<release::ReleaseSummary> releasesOn(QDate date) const;
    /// The windows and blackouts that touch `date`.
    QList<DeploymentWindow> windowsOn(QDate date) const;

    /// Whether `window` is open during part of the local day `date` (a weekly one by its weekdays).
    static bool touches(const DeploymentWindow &window, QDate date);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;

private:
    QList<release::ReleaseSummary> m_releases;
    QList<DeploymentWindow> m_windows;
};

} // namespace flowdeck::views
