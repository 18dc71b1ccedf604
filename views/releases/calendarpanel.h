// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "release/releasestore.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QScrollArea;

namespace flowdeck::views {

class ReleaseCalendar;

/// The deployment calendar beside the release list: the month with its marks and a legend, and beside it what is
/// planned on the chosen day (its releases, windows and blackouts). Choosing a release there selects it in the list.
class CalendarPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPanel(QWidget *parent = nullptr);
    ~CalendarPanel() override;

    void setPlans(const QList<release::ReleaseSummary> &releases, const QList<DeploymentWindow> &windows,
                  const QHash<Id, QString> &environments);
    void clear();

    ReleaseCalendar *calendar() const { return m_calendar; }
    QListWidget *dayList() const { return m_dayList; }
    /// Shows the month of `date` and what is planned on it.
    void showDate(QDate date);
    /// The height that shows the whole month and its legend without scrolling.
    int fullHeight() const;
    /// The whole month, and room beside it for a day's entries of about 40 characters a line.
    QSize sizeHint() const override;

Q_SIGNALS:
    /// A release of the day was chosen (clicked or Enter).
    void releaseChosen(Id releaseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDay();
    void retranslate();
    QString windowText(const DeploymentWindow &window) const;

    QScrollArea *m_scroll = nullptr;
    ReleaseCalendar *m_calendar = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_dayTitle = nullptr;
    QListWidget *m_dayList = nullptr;
    QHash<Id, QString> m_environments;
};

} // namespace flowdeck::views
