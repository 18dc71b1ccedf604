// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/release.h"

#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QSizeF>

namespace flowdeck::views {

/// One task of a release's graph: its name, its kind with what it acts on ("storefront 2.4.0 → production"), its
/// state as symbol, label and colour (the colour also on the box's edge), how long it took or has been running, and
/// its attempt. Selectable; the graph view tells the page which task is selected.
class TaskBoxItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::TaskBoxItem)

public:
    enum
    {
        Type = UserType + 40
    };

    /// A box of `size`, as sizeFor() gave it to the layout.
    TaskBoxItem(const ReleaseTask &task, QString subject, const QFont &font, QSizeF size);

    /// The size of the task's box in `font`: as wide as its name and its kind line need, from about 24 to 36
    /// characters; a name longer than that wraps to a second line. Measures with `font` alone, so that the layout
    /// may ask on a worker thread.
    static QSizeF sizeFor(const QFont &font, const ReleaseTask &task, const QString &subject);
    /// The line under the name: the kind and what it acts on, "Deploy · storefront 2.4.0 → production".
    static QString kindLine(const ReleaseTask &task, const QString &subject);

    /// Shows the task as it is now; `now` decides the duration of a running task.
    void setTask(const ReleaseTask &task, QString subject, Timestamp now);
    const ReleaseTask &task() const { return m_task; }
    QString subject() const { return m_subject; }
    /// The duration as drawn: how long the task took, or has run so far; empty before it started.
    QString durationText() const;
    /// The attempt line as drawn: "attempt 2 of 4", or empty before the first attempt.
    QString attemptText() const;
    /// The name as drawn, a line each: whole when the box is wide enough, else wrapped to the lines the box has and
    /// elided at the end of the last.
    QStringList nameText() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateToolTip();

    ReleaseTask m_task;
    QString m_subject;
    Timestamp m_now = 0;
    QFont m_font;
    QSizeF m_size;
};

} // namespace flowdeck::views
