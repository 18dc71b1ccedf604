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
#include <QTextLayout>

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

/// The narrowest and the widest text column of a box: the narrowest holds a state with its duration.
qreal narrowestText(const QFontMetricsF &metrics)
{
    return std::max<qreal>(160, metrics.averageCharWidth() * 24);
}
qreal widestText(const QFontMetricsF &metrics)
{
    return std::ceil(narrowestText(metrics) * 1.5);
}

/// The name in at most `lines` lines of `width`, broken between words where it can be, the last line elided.
QStringList nameLines(const QString &name, const QFont &bold, qreal width, int lines)
{
    const QFontMetricsF metrics(bold);
    QStringList result;
    QString rest = name;
    while (!rest.isEmpty() && result.size() < lines - 1 && metrics.horizontalAdvance(rest) > width) {
        QTextLayout layout(rest, bold);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(width);
        const int length = std::max(1, line.textLength());
        layout.endLayout();
        result.append(rest.left(length).trimmed());
        rest = rest.mid(length).trimmed();
    }
    if (!rest.isEmpty() || result.isEmpty())
        result.append(metrics.elidedText(rest, Qt::ElideRight, width));
    return result;
}

} // namespace

TaskBoxItem::TaskBoxItem(const ReleaseTask &task, QString subject, const QFont &font, QSizeF size)
    : m_task(task)
    , m_subject(std::move(subject))
    , m_now(QDateTime::currentMSecsSinceEpoch())
    , m_font(font)
    , m_size(size)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    updateToolTip();
}

QString TaskBoxItem::kindLine(const ReleaseTask &task, const QString &subject)
{
    const QString kind = ReleaseStyle::kindLabel(task.kind);
    return subject.isEmpty() ? kind : kind + u" · "_s + subject;
}

QSizeF TaskBoxItem::sizeFor(const QFont &font, const ReleaseTask &task, const QString &subject)
{
    const QFontMetricsF metrics(font);
    const QFont bold = boldOf(font);
    const QFontMetricsF boldMetrics(bold);
    const qreal nameWidth = boldMetrics.horizontalAdvance(task.name);
    const qreal wanted = std::max(nameWidth, metrics.horizontalAdvance(kindLine(task, subject)));
    const qreal text = std::ceil(std::clamp(wanted + 1, narrowestText(metrics), widestText(metrics)));
    const int names = nameWidth + 1 > text ? int(nameLines(task.name, bold, text, 2).size()) : 1;
    const qreal width = text + barWidth + 2 * padding;
    const qreal height = names * boldMetrics.lineSpacing() + 3 * metrics.lineSpacing() + 2 * padding;
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

QStringList TaskBoxItem::nameText() const
{
    const QFontMetricsF metrics(m_font);
    const QFont bold = boldOf(m_font);
    const qreal lineSpacing = QFontMetricsF(bold).lineSpacing();
    // The name takes the lines the box has above the three others.
    const int lines = std::max(1, int((m_size.height() - 2 * padding - 3 * metrics.lineSpacing() + 0.5) / lineSpacing));
    return nameLines(m_task.name, bold, m_size.width() - barWidth - 2 * padding, lines);
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
    for (const QString &line : nameText()) {
        painter->drawText(QRectF(left, y, width, boldMetrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += boldMetrics.lineSpacing();
    }
    // Whatever the name took, the kind line starts under the room the box has for it.
    y = box.bottom() - padding - 3 * metrics.lineSpacing();

    painter->setFont(m_font);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QString kind = kindLine(m_task, m_subject);
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

    // A manual task's owner is its subject, on the kind line already.
    painter->setPen(palette.color(QPalette::PlaceholderText));
    painter->drawText(QRectF(left, y, width, metrics.lineSpacing()), Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(attemptText(), Qt::ElideRight, width));
    painter->restore();
}

} // namespace flowdeck::views
