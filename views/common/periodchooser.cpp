// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/periodchooser.h"

#include "common/pagestyle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

Timestamp startOfDay(const QDate &date)
{
    return date.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

PeriodChooser::PeriodChooser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(unit);

    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodFilter"_s);
    for (int i = 0; i <= int(Period::Custom); ++i)
        m_period->addItem(QString(), i);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        updateRange();
        Q_EMIT periodChanged();
    });

    m_range = new QWidget(this);
    auto *range = new QHBoxLayout(m_range);
    range->setContentsMargins(0, 0, 0, 0);
    range->setSpacing(unit / 2);
    m_from = new QDateEdit(m_range);
    m_from->setObjectName(u"fromDate"_s);
    m_to = new QDateEdit(m_range);
    m_to->setObjectName(u"toDate"_s);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today.addYears(10));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    auto *dash = new QLabel(u"–"_s, m_range);
    range->addWidget(m_from);
    range->addWidget(dash);
    range->addWidget(m_to);
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        m_to->setMinimumDate(from);
        Q_EMIT periodChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodChooser::periodChanged);
    m_to->setMinimumDate(m_from->date());

    layout->addWidget(m_period);
    layout->addWidget(m_range);
    retranslate();
    updateRange();
}

PeriodChooser::~PeriodChooser() = default;

PeriodChooser::Period PeriodChooser::period() const
{
    return Period(m_period->currentData().toInt());
}

void PeriodChooser::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

OptionalTime PeriodChooser::from() const
{
    const QDate today = QDate::currentDate();
    switch (period()) {
    case Period::AnyTime:
        return std::nullopt;
    case Period::Last7Days:
        return startOfDay(today.addDays(-6));
    case Period::Last30Days:
        return startOfDay(today.addDays(-29));
    case Period::Last90Days:
        return startOfDay(today.addDays(-89));
    case Period::Last12Months:
        return startOfDay(today.addMonths(-12).addDays(1));
    case Period::Custom:
        return startOfDay(m_from->date());
    }
    return std::nullopt;
}

OptionalTime PeriodChooser::to() const
{
    if (period() != Period::Custom)
        return std::nullopt;
    return startOfDay(m_to->date().addDays(1));
}

void PeriodChooser::updateRange()
{
    m_range->setVisible(period() == Period::Custom);
}

void PeriodChooser::retranslate()
{
    const QStringList periods = {tr("Any time"),     tr("Last 7 days"),    tr("Last 30 days"),
                                 tr("Last 90 days"), tr("Last 12 months"), tr("Custom range…")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    m_period->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
}

void PeriodChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
