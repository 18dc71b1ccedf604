// SPDX-License-Identifier: GPL-3.0-or-later
#include "runs/runtimeline.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

/// Round steps for the axis, from a second to a month.
constexpr std::array<qint64, 21> steps{second,  2 * second, 5 * second, 10 * second, 15 * second, 30 * second,
                                       minute,  2 * minute, 5 * minute, 10 * minute, 15 * minute, 30 * minute,
                                       hour,    2 * hour,   3 * hour,   6 * hour,    12 * hour,   day,
                                       2 * day, 7 * day,    30 * day};

/// The axis never has more ticks after zero than this.
constexpr int maxTicks = 4;
/// The narrowest a bar is drawn, so that a job of a second in a run of a day still shows.
constexpr qreal minimumBarWidth = 2.0;

void extend(Timestamp &start, Timestamp &end, bool &any, OptionalTime at)
{
    if (!at)
        return;
    if (!any) {
        start = end = *at;
        any = true;
        return;
    }
    start = std::min(start, *at);
    end = std::max(end, *at);
}

} // namespace

RunTimeline::RunTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"runTimeline"_s);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
}

RunTimeline::~RunTimeline() = default;

void RunTimeline::setJobs(const runs::RunRow &run, const QList<runs::JobRow> &jobs, Timestamp now)
{
    m_jobs = jobs;
    m_now = now;
    m_highlighted = -1;
    Timestamp start = 0;
    Timestamp end = 0;
    bool any = false;
    for (const runs::JobRow &job : jobs) {
        extend(start, end, any, job.queuedAt);
        extend(start, end, any, job.startedAt);
        extend(start, end, any, job.finishedAt);
    }
    if (any) {
        // The run's own span frames its jobs: its creation and end, where known and not contradicting them.
        if (run.createdAt && *run.createdAt <= start)
            start = *run.createdAt;
        if (run.finishedAt && *run.finishedAt >= end)
            end = *run.finishedAt;
        for (const runs::JobRow &job : jobs) {
            if (job.startedAt && !job.finishedAt && now > end)
                end = now;
        }
    }
    m_start = start;
    m_end = end;
    m_hasScale = any;
    updateGeometry();
    update();
}

void RunTimeline::clear()
{
    setJobs({}, {}, 0);
}

void RunTimeline::setRowMetrics(int headerHeight, int rowHeight)
{
    m_headerHeight = headerHeight;
    m_rowHeight = rowHeight;
    updateGeometry();
    update();
}

void RunTimeline::setHighlightedRow(int row)
{
    if (row == m_highlighted)
        return;
    m_highlighted = row;
    update();
}

QSize RunTimeline::sizeHint() const
{
    return {40 * unit, m_headerHeight + int(m_jobs.size()) * m_rowHeight};
}

QSize RunTimeline::minimumSizeHint() const
{
    return {20 * unit, sizeHint().height()};
}

QList<qint64> RunTimeline::ticks() const
{
    const qint64 span = m_end - m_start;
    if (span <= 0)
        return {0};
    qint64 step = steps.back();
    for (qint64 candidate : steps) {
        if (span / candidate <= maxTicks) {
            step = candidate;
            break;
        }
    }
    // Beyond a month, whole months of 30 days.
    while (span / step > maxTicks)
        step += 30 * day;
    QList<qint64> result;
    for (qint64 at = 0; at <= span; at += step)
        result.append(at);
    return result;
}

QRectF RunTimeline::plotArea() const
{
    // Room at both ends for the first and last axis labels' halves.
    const qreal margin = unit;
    return QRectF(margin, m_headerHeight, std::max(1.0, width() - 2 * margin), int(m_jobs.size()) * m_rowHeight);
}

qreal RunTimeline::xOf(Timestamp at, const QRectF &area) const
{
    const qint64 span = std::max<qint64>(1, m_end - m_start);
    return area.left() + area.width() * double(at - m_start) / double(span);
}

QRectF RunTimeline::rowRect(int row) const
{
    return QRectF(0, m_headerHeight + row * m_rowHeight, width(), m_rowHeight);
}

RunTimeline::Bar RunTimeline::barAt(int row) const
{
    Bar bar;
    if (row < 0 || row >= m_jobs.size() || !m_hasScale)
        return bar;
    const runs::JobRow &job = m_jobs.at(row);
    const QRectF area = plotArea();
    const QRectF band = rowRect(row);
    const qreal barHeight = std::max(4.0, std::round(band.height() * 0.45));
    const qreal top = band.center().y() - barHeight / 2;
    bar.open = !job.finishedAt;
    if (job.queuedAt && job.startedAt && *job.startedAt >= *job.queuedAt) {
        const qreal from = xOf(*job.queuedAt, area);
        bar.queue = QRectF(from, top, xOf(*job.startedAt, area) - from, barHeight);
    } else if (job.queuedAt && !job.startedAt && !job.finishedAt) {
        // Still waiting for a runner.
        const qreal from = xOf(*job.queuedAt, area);
        bar.queue = QRectF(from, top, std::max(0.0, area.right() - from), barHeight);
    }
    if (job.startedAt) {
        const bool finished = job.finishedAt && *job.finishedAt >= *job.startedAt;
        const qreal from = xOf(*job.startedAt, area);
        const qreal to = finished ? xOf(*job.finishedAt, area) : area.right();
        if (finished || !job.finishedAt)
            bar.run = QRectF(from, top, std::max(minimumBarWidth, to - from), barHeight);
    }
    return bar;
}

void RunTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor quiet = pal.color(QPalette::PlaceholderText);
    const QRectF area = plotArea();

    if (m_highlighted >= 0 && m_highlighted < m_jobs.size()) {
        QColor highlight = pal.color(QPalette::Highlight);
        highlight.setAlpha(40);
        painter.fillRect(rowRect(m_highlighted), highlight);
    }
    if (m_jobs.isEmpty())
        return;

    // The axis: tick labels level with the table's column titles, faint lines down through the rows.
    QFont small = font();
    small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.9));
    painter.setFont(small);
    const QFontMetricsF metrics(small);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    const QList<qint64> axis = ticks();
    for (qsizetype i = 0; m_hasScale && i < axis.size(); ++i) {
        const qreal x = xOf(m_start + axis[i], area);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        const QString label = axis[i] == 0 ? u"0"_s : format::duration(axis[i]);
        const qreal w = metrics.horizontalAdvance(label);
        const qreal left = std::clamp(x - w / 2, 0.0, width() - w);
        painter.setPen(quiet);
        painter.drawText(QRectF(left, 0, w + 1, m_headerHeight - 1), Qt::AlignVCenter | Qt::AlignLeft, label);
    }
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawLine(QPointF(0, m_headerHeight - 0.5), QPointF(width(), m_headerHeight - 0.5));

    for (int row = 0; row < m_jobs.size(); ++row) {
        const runs::JobRow &job = m_jobs.at(row);
        const Bar bar = barAt(row);
        const QRectF band = rowRect(row);
        const QColor colour = StatusStyle::of(job.status).colorOn(pal);
        if (bar.queue) {
            // Waiting: a thin line with a mark where the job was queued.
            const qreal y = bar.queue->center().y();
            painter.setPen(QPen(quiet, 1.5, bar.run ? Qt::SolidLine : Qt::DashLine, Qt::FlatCap));
            painter.drawLine(QPointF(bar.queue->left(), y), QPointF(bar.queue->right(), y));
            painter.drawLine(QPointF(bar.queue->left(), bar.queue->top()),
                             QPointF(bar.queue->left(), bar.queue->bottom()));
        }
        if (bar.run) {
            // Running: a bar in the status colour; a job that has not finished is drawn hollow up to the end.
            QPainterPath path;
            path.addRoundedRect(*bar.run, 2, 2);
            if (bar.open) {
                QColor fill = colour;
                fill.setAlpha(60);
                painter.fillPath(path, fill);
                painter.setPen(QPen(colour, 1.2));
                painter.drawPath(path);
            } else {
                painter.fillPath(path, colour);
            }
        }
        if (!bar.queue && !bar.run) {
            painter.setPen(quiet);
            painter.drawText(band.adjusted(area.left(), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                             tr("times unknown"));
        }
    }
}

int RunTimeline::rowAt(const QPoint &position) const
{
    if (position.y() < m_headerHeight || m_rowHeight <= 0)
        return -1;
    const int row = (position.y() - m_headerHeight) / m_rowHeight;
    return row < m_jobs.size() ? row : -1;
}

QString RunTimeline::toolTipOf(int row) const
{
    const runs::JobRow &job = m_jobs.at(row);
    QStringList lines{job.attempt > 1 ? tr("%1 (attempt %2)").arg(job.name).arg(job.attempt) : job.name};
    lines.append(StatusStyle::of(job.status).text());
    if (job.queueMs)
        lines.append(tr("Waited for a runner: %1").arg(format::exactDuration(*job.queueMs)));
    if (job.runMs)
        lines.append(tr("Ran: %1").arg(format::exactDuration(*job.runMs)));
    else if (job.startedAt && !job.finishedAt)
        lines.append(tr("Still running, started %1").arg(format::exactDateTime(*job.startedAt)));
    if (job.startedAt && m_hasScale)
        lines.append(tr("Started at %1 on the time axis").arg(format::duration(*job.startedAt - m_start)));
    return lines.join(u'\n');
}

bool RunTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            if (help->pos().y() < m_headerHeight && m_hasScale) {
                QToolTip::showText(help->globalPos(),
                                   tr("Time since the run was created (or its first job was queued, when that was "
                                      "earlier); the axis spans %1")
                                       .arg(format::exactDuration(m_end - m_start)),
                                   this);
            } else {
                QToolTip::hideText();
            }
        } else {
            QToolTip::showText(help->globalPos(), toolTipOf(row), this, rowRect(row).toRect());
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace flowdeck::views
