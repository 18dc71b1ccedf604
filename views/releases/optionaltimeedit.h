// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace flowdeck::views {

/// A point in time that may be left unset: a check box that says whether there is one, and the date and time
/// (local time, with a calendar) beside it. Emits timeEdited only for the user's edits, once each: a tick, or
/// leaving (or pressing Enter in) the date and time. The field's label is the form's; the widget passes the focus
/// to its check box, so that the label can be its buddy.
class OptionalTimeEdit : public QWidget
{
    Q_OBJECT

public:
    /// `name` names the time for accessibility and tooltips ("Planned start").
    explicit OptionalTimeEdit(const QString &name, QWidget *parent = nullptr);

    /// Shows `time` (unticked when unset). Emits nothing.
    void setTime(OptionalTime time);
    OptionalTime time() const;
    void setReadOnly(bool readOnly);

    QCheckBox *checkBox() const { return m_set; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }

    /// The locale's short date and time, to the minute.
    static QString displayFormat();
    /// The next full hour from now: what a newly ticked time starts at.
    static Timestamp nextFullHour();

Q_SIGNALS:
    void timeEdited(flowdeck::OptionalTime time);

private:
    void commitEdit();

    QCheckBox *m_set = nullptr;
    QDateTimeEdit *m_edit = nullptr;
    OptionalTime m_time;
};

} // namespace flowdeck::views
