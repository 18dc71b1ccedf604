// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace flowdeck::views {

/// The period a filter bar narrows to: any time, a preset that ends today (last 7, 30 or 90 days, last 12 months),
/// or a custom range of whole days, all in local time. The dates of a custom range show only while it is chosen.
class PeriodChooser : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        AnyTime,
        Last7Days,
        Last30Days,
        Last90Days,
        Last12Months,
        Custom
    };

    explicit PeriodChooser(QWidget *parent = nullptr);
    ~PeriodChooser() override;

    Period period() const;
    void setPeriod(Period period);
    /// The start of the chosen period (inclusive): the start of its first day; nothing for any time.
    OptionalTime from() const;
    /// The end of the chosen period (exclusive): the start of the day after a custom range; nothing otherwise,
    /// since a preset runs up to now.
    OptionalTime to() const;
    bool isSet() const { return period() != Period::AnyTime; }

Q_SIGNALS:
    /// The period, or a date of the custom range, changed.
    void periodChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRange();
    void retranslate();

    QComboBox *m_period = nullptr;
    QWidget *m_range = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace flowdeck::views
