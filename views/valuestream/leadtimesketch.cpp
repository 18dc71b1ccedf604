// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/leadtimesketch.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "common/statusstyle.h"
#include "valuestream/whatifpanel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

QString durationText(double ms)
{
    return format::duration(std::llround(ms));
}

QString percentText(double percent)
{
    return WhatIfPanel::percentText(percent);
}

} // namespace

QColor LeadTimeSketch::currentColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return okabeIto(dark ? OkabeIto::Sky : OkabeIto::Blue);
}

QColor LeadTimeSketch::futureColour()
{
    return okabeIto(OkabeIto::Orange);
}

LeadTimeSketch::LeadTimeSketch(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(WhatIfPanel::tr("Distribution of the predicted lead time"));
}

void LeadTimeSketch::setCurves(QList<double> current, QList<double> future)
{
    m_current = std::move(current);
    m_future = std::move(future);
    update();
}

QSize LeadTimeSketch::sizeHint() const
{
    return {40 * unit, 22 * unit};
}

QSize LeadTimeSketch::minimumSizeHint() const
{
    return {24 * unit, 22 * unit};
}

bool LeadTimeSketch::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void LeadTimeSketch::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics metrics(font());
    const QRectF plot = plotRect();
    const double maxMs = scaleMs();

    // The share axis: 0, 50, 85, 95 and 100 %, the percentiles the panel names; a label that would overlap one
    // drawn before is left out (on a short sketch, 95 % next to 100 %), its grid line stays.
    QPen grid(pal.color(QPalette::Mid), 1, Qt::DotLine);
    painter.setFont(font());
    QList<double> labelled;
    for (const int percent : {0, 100, 50, 85, 95}) {
        const double y = plot.bottom() - plot.height() * percent / 100.0;
        painter.setPen(percent == 0 ? QPen(pal.color(QPalette::Mid), 1) : grid);
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const bool overlaps = std::any_of(labelled.cbegin(), labelled.cend(),
                                          [&](double other) { return std::abs(other - y) < metrics.height(); });
        if (overlaps)
            continue;
        labelled.append(y);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString label = WhatIfPanel::tr("%1 %").arg(percent);
        painter.drawText(QRectF(0, y - metrics.height() / 2.0, plot.left() - unit / 2.0, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, label);
    }
    // The time axis: 0, half and the longest trial.
    painter.setPen(pal.color(QPalette::PlaceholderText));
    for (const double fraction : {0.0, 0.5, 1.0}) {
        const double x = plot.left() + plot.width() * fraction;
        // The origin is 0 in any unit.
        const QString label = fraction == 0.0 ? u"0"_s : durationText(maxMs * fraction);
        const double width = metrics.horizontalAdvance(label);
        const double left = std::clamp(x - width / 2, 0.0, double(this->width()) - width);
        painter.drawText(QRectF(left, plot.bottom() + unit / 2.0, width + 1, metrics.height()), Qt::AlignLeft, label);
    }

    if (!m_current.isEmpty())
        paintCurve(painter, m_current, currentColour(pal), Qt::SolidLine, plot, maxMs);
    if (!m_future.isEmpty())
        paintCurve(painter, m_future, futureColour(), Qt::DashLine, plot, maxMs);
    paintLegend(painter, plot.bottom() + unit + metrics.height());
}

QRectF LeadTimeSketch::plotRect() const
{
    const QFontMetrics metrics(font());
    const double left = metrics.horizontalAdvance(WhatIfPanel::tr("%1 %").arg(100)) + unit;
    const double bottom = height() - 2 * metrics.height() - 2 * unit;
    return QRectF(left, unit, std::max(1.0, width() - left - unit), std::max(1.0, bottom - unit));
}

double LeadTimeSketch::scaleMs() const
{
    double longest = 0;
    if (!m_current.isEmpty())
        longest = std::max(longest, m_current.last());
    if (!m_future.isEmpty())
        longest = std::max(longest, m_future.last());
    return longest > 0 ? longest : 1.0;
}

// At most one point per pixel: a curve of 10,000 trials stays quick to draw.
void LeadTimeSketch::paintCurve(QPainter &painter, const QList<double> &sorted, const QColor &colour,
                                Qt::PenStyle style, const QRectF &plot, double maxMs)
{
    const qsizetype n = sorted.size();
    const qsizetype points = std::min<qsizetype>(n, std::max<qsizetype>(2, qsizetype(plot.width())));
    QPainterPath path(QPointF(plot.left() + plot.width() * sorted.first() / maxMs, plot.bottom()));
    for (qsizetype k = 0; k < points; ++k) {
        const qsizetype i = points == 1 ? n - 1 : k * (n - 1) / (points - 1);
        const double x = plot.left() + plot.width() * sorted[i] / maxMs;
        const double y = plot.bottom() - plot.height() * double(i + 1) / double(n);
        path.lineTo(x, y);
    }
    painter.setPen(QPen(colour, 2, style, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
}

void LeadTimeSketch::paintLegend(QPainter &painter, double top) const
{
    const QFontMetrics metrics(font());
    double x = plotRect().left();
    const auto entry = [&](const QString &label, const QColor &colour, Qt::PenStyle style) {
        const double y = top + metrics.height() / 2.0;
        painter.setPen(QPen(colour, 2, style));
        painter.drawLine(QPointF(x, y), QPointF(x + 3 * unit, y));
        x += 3 * unit + unit / 2.0;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QPointF(x, top + metrics.ascent()), label);
        x += metrics.horizontalAdvance(label) + 2 * unit;
    };
    if (!m_current.isEmpty())
        entry(WhatIfPanel::tr("Current state"), currentColour(palette()), Qt::SolidLine);
    if (!m_future.isEmpty())
        entry(WhatIfPanel::tr("Future state"), futureColour(), Qt::DashLine);
}

QString LeadTimeSketch::tipAt(QPoint pos) const
{
    const QRectF plot = plotRect();
    if (m_current.isEmpty() && m_future.isEmpty())
        return {};
    if (pos.x() < plot.left() || pos.x() > plot.right())
        return {};
    const double ms = (pos.x() - plot.left()) / plot.width() * scaleMs();
    const auto share = [ms](const QList<double> &sorted) {
        const auto done = std::upper_bound(sorted.cbegin(), sorted.cend(), ms) - sorted.cbegin();
        return percentText(100.0 * double(done) / double(sorted.size()));
    };
    QStringList lines{WhatIfPanel::tr("Done within %1:").arg(durationText(ms))};
    if (!m_current.isEmpty())
        lines.append(
            WhatIfPanel::tr("current state: %1 of %2 trials").arg(share(m_current), format::count(m_current.size())));
    if (!m_future.isEmpty())
        lines.append(
            WhatIfPanel::tr("future state: %1 of %2 trials").arg(share(m_future), format::count(m_future.size())));
    return lines.join(u'\n');
}

} // namespace flowdeck::views
