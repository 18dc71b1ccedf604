// SPDX-License-Identifier: GPL-3.0-or-later
#include "releases/taskboxitem.h"

#include "common/format.h"
#include "release/releaseplan.h"
#include "releases/releasestyle.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal padding = 8;
constexpr qreal barWidth = 6;
constexpr qreal radius = 5;

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    return bold;
}

} // namespace

TaskBoxItem::TaskBoxItem(const ReleaseTask &task, QString subject, const QFont &font)
    : m_task(task)
    , m_subject(std::move(subject))
    , m_now(QDateTime::currentMSecsSinceEpoch())
    , m_font(font)
    , m_size(sizeFor(font))
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    updateToolTip();
}

QSizeF TaskBoxItem::sizeFor(const QFont &font)
{
    const QFontMetricsF metrics(font);
    const QFontMetricsF bold(boldOf(font));
    const qreal width = std::max<qreal>(160, metrics.averageCharWidth() * 24) + barWidth + 2 * padding;
    const qreal height = bold.lineSpacing() + 3 * metrics.lineSpacing() + 2 * padding;
    return {std::ceil(width), std::ceil(height)};
}

void TaskBoxItem::setTask(const ReleaseTask &task, QString subject, Timestamp now)
{
    m_task = task;
    m_subject = std::move(subject);
    m_now = now;
    updateToolTip();
    update();
}

QString TaskBoxItem::durationText() const
{
    if (!m_task.startedAt)
        return {};
    if (m_task.finishedAt)
        return format::duration(std::max<qint64>(0, *m_task.finishedAt - *m_task.startedAt));
    // The state beside it says that the task runs: the time so far alone.
    if (m_task.state == release::state::running || m_task.state == release::state::ready)
        return format::duration(std::max<qint64>(0, m_now - *m_task.startedAt));
    return {};
}

QString TaskBoxItem::attemptText() const
{
    if (m_task.attempt <= 0)
        return {};
    if (m_task.maxRetries > 0)
        //: The attempt of a task that may be retried: "attempt 2 of 4".
        return tr("attempt %1 of %2").arg(m_task.attempt).arg(m_task.maxRetries + 1);
    return tr("attempt %1").arg(m_task.attempt);
}

void TaskBoxItem::updateToolTip()
{
    const StatusStyle style = ReleaseStyle::taskState(m_task.state);
    QStringList lines{m_task.name,
                      ReleaseStyle::kindLabel(m_task.kind) + (m_subject.isEmpty() ? QString() : u": "_s + m_subject),
                      style.text()};
    if (m_task.startedAt)
        lines.append(tr("Started %1").arg(format::exactDateTime(*m_task.startedAt)));
    if (m_task.finishedAt)
        lines.append(tr("Finished %1").arg(format::exactDateTime(*m_task.finishedAt)));
    if (m_task.startedAt && m_task.finishedAt)
        lines.append(tr("Took %1").arg(format::exactDuration(*m_task.finishedAt - *m_task.startedAt)));
    if (const QString attempt = attemptText(); !attempt.isEmpty())
        lines.append(attempt);
    if (m_task.isRollback)
        lines.append(tr("A rollback task: runs only when the release rolls back."));
    setToolTip(lines.join(u'\n'));
}

QRectF TaskBoxItem::boundingRect() const
{
    return QRectF(QPointF(-3, -3), m_size + QSizeF(6, 6));
}

void TaskBoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette palette = scene() ? scene()->palette() : QPalette();
    const StatusStyle style = ReleaseStyle::taskState(m_task.state);
    const QColor colour = style.colorOn(palette);
    const QRectF box(QPointF(0, 0), m_size);
    const bool active = m_task.state == release::state::running;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        QColor halo = palette.color(QPalette::Highlight);
        halo.setAlphaF(0.35f);
        painter->setPen(QPen(halo, 6));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box, radius, radius);
    }
    painter->setBrush(palette.color(QPalette::Base));
    QPen outline(isSelected() ? palette.color(QPalette::Highlight) : colour, active || isSelected() ? 2.5 : 1.25);
    if (m_task.state == release::state::planned && !isSelected())
        outline.setStyle(Qt::DashLine);
    painter->setPen(outline);
    painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    // The state's colour as a bar down the left side.
    QPainterPath bar;
    bar.addRoundedRect(QRectF(box.left() + 1.5, box.top() + 1.5, barWidth, box.height() - 3), 2, 2);
    painter->fillPath(bar, colour);

    const QFontMetricsF metrics(m_font);
    const QFont bold = boldOf(m_font);
    const QFontMetricsF boldMetrics(bold);
    const qreal left = box.left() + barWidth + padding;
    const qreal width = box.right() - padding - left;
    qreal y = box.top() + padding;

    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    painter->drawText(QRectF(left, y, width, boldMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(m_task.name, Qt::ElideRight, width));
    y += boldMetrics.lineSpacing();

    painter->setFont(m_font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    QString kind = ReleaseStyle::kindLabel(m_task.kind);
    if (!m_subject.isEmpty())
        kind += u" · "_s + m_subject;
    painter->drawText(QRectF(left, y, width, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(kind, Qt::ElideRight, width));
    y += metrics.lineSpacing();

    const QString duration = durationText();
    const qreal durationWidth = duration.isEmpty() ? 0 : metrics.horizontalAdvance(duration) + padding;
    const qreal iconSide = metrics.height();
    style.icon(palette).paint(painter, QRectF(left, y, iconSide, metrics.lineSpacing()).toRect());
    painter->setPen(colour);
    const qreal stateLeft = left + iconSide + 4;
    painter->drawText(QRectF(stateLeft, y, width - iconSide - 4 - durationWidth, metrics.lineSpacing()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(style.label, Qt::ElideRight, width - iconSide - 4 - durationWidth));
    painter->setPen(palette.color(QPalette::Text));
    if (!duration.isEmpty()) {
        painter->drawText(QRectF(left, y, width, metrics.lineSpacing()), Qt::AlignRight | Qt::AlignVCenter, duration);
    }
    y += metrics.lineSpacing();

    painter->setPen(palette.color(QPalette::PlaceholderText));
    QStringList notes;
    if (const QString attempt = attemptText(); !attempt.isEmpty())
        notes.append(attempt);
    if (m_task.owner && !m_task.owner->isEmpty() && m_task.kind == release::kind::manual)
        notes.append(tr("owner %1").arg(*m_task.owner));
    painter->drawText(QRectF(left, y, width, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(notes.join(u" · "_s), Qt::ElideRight, width));
    painter->restore();
}

} // namespace flowdeck::views
