// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/optionaltimeedit.h"

#include "common/pagestyle.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

OptionalTimeEdit::OptionalTimeEdit(const QString &name, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(pagestyle::unit);
    m_set = new QCheckBox(this);
    m_set->setAccessibleName(name);
    m_set->setToolTip(tr("Ticked: the time beside it is set; unticked: there is none"));
    m_edit = new QDateTimeEdit(this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(displayFormat());
    m_edit->setAccessibleName(name);
    m_edit->setEnabled(false);
    m_edit->setDateTime(QDateTime::fromMSecsSinceEpoch(nextFullHour()));
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_set);

    connect(m_set, &QCheckBox::clicked, this, [this](bool checked) {
        m_edit->setEnabled(checked && m_set->isEnabled());
        m_time = checked ? OptionalTime(m_edit->dateTime().toMSecsSinceEpoch()) : OptionalTime();
        Q_EMIT timeEdited(m_time);
    });
    connect(m_edit, &QDateTimeEdit::editingFinished, this, &OptionalTimeEdit::commitEdit);
}

QString OptionalTimeEdit::displayFormat()
{
    const QLocale locale;
    // Minutes are as precise as a plan gets.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    time.remove(u":ss"_s);
    return locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
}

Timestamp OptionalTimeEdit::nextFullHour()
{
    constexpr qint64 hour = 60 * 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return (now / hour + 1) * hour;
}

void OptionalTimeEdit::setTime(OptionalTime time)
{
    m_time = time;
    m_set->setChecked(time.has_value());
    m_edit->setEnabled(time.has_value() && m_set->isEnabled());
    // An unset time keeps what the field showed, so that ticking the box again brings it back.
    if (time && m_edit->dateTime().toMSecsSinceEpoch() != *time)
        m_edit->setDateTime(QDateTime::fromMSecsSinceEpoch(*time));
}

OptionalTime OptionalTimeEdit::time() const
{
    return m_time;
}

void OptionalTimeEdit::setReadOnly(bool readOnly)
{
    m_set->setEnabled(!readOnly);
    m_edit->setEnabled(!readOnly && m_time.has_value());
}

void OptionalTimeEdit::commitEdit()
{
    if (!m_time)
        return;
    const Timestamp shown = m_edit->dateTime().toMSecsSinceEpoch();
    // The field shows minutes: an unchanged field keeps the seconds of a stored time.
    if (shown / 60'000 == *m_time / 60'000)
        return;
    m_time = shown;
    Q_EMIT timeEdited(m_time);
}

} // namespace flowdeck::views
