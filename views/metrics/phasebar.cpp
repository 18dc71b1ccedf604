// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/phasebar.h"

#include "common/pagestyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QStringList>

#include <algorithm>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

/// Black or white, whichever reads better on `fill`.
QColor textOn(const QColor &fill)
{
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.35 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

PhaseBar::PhaseBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PhaseBar::setPhases(const QList<Phase> &phases)
{
    m_phases = phases;
    const QString text = sharesText();
    setToolTip(text.isEmpty() ? QString() : tr("Each phase's share of the sum of the phases' medians: %1").arg(text));
    setAccessibleDescription(text);
    update();
}

QList<double> PhaseBar::shares() const
{
    double sum = 0;
    for (const Phase &phase : m_phases)
        sum += std::max(0.0, phase.value);
    QList<double> shares;
    for (const Phase &phase : m_phases)
        shares.append(sum > 0 ? std::max(0.0, phase.value) / sum : 0.0);
    return shares;
}

QString PhaseBar::sharesText() const
{
    const QList<double> parts = shares();
    QStringList texts;
    for (qsizetype i = 0; i < m_phases.size(); ++i) {
        if (parts[i] > 0)
            //: A phase and its share of a whole: "Review 25 %".
            texts.append(tr("%1 %2 %").arg(m_phases[i].name, QLocale().toString(qRound(parts[i] * 100))));
    }
    //: Separates the phases' shares: "Coding 50 % · Review 25 %".
    return texts.join(tr(" · "));
}

QList<QColor> PhaseBar::pullRequestColors(const QPalette &palette)
{
    return {isDark(palette) ? QColor(0x56, 0xB4, 0xE9) : QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
            QColor(0x00, 0x9E, 0x73)};
}

QSize PhaseBar::sizeHint() const
{
    return {32 * unit, fontMetrics().height() + unit / 2};
}

QSize PhaseBar::minimumSizeHint() const
{
    return {12 * unit, fontMetrics().height() + unit / 2};
}

void PhaseBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = 3;
    QPainterPath outline;
    outline.addRoundedRect(bar, radius, radius);
    painter.setClipPath(outline);

    const QList<double> parts = shares();
    const QFontMetrics metrics = fontMetrics();
    qreal x = bar.left();
    for (qsizetype i = 0; i < m_phases.size(); ++i) {
        if (parts[i] <= 0)
            continue;
        // The last part ends where the bar does, whatever the rounding.
        const qreal right = i == m_phases.size() - 1 ? bar.right() : x + parts[i] * bar.width();
        const QRectF part(x, bar.top(), right - x, bar.height());
        painter.fillRect(part, m_phases[i].color);
        // The name and share where they fit, else the share alone, else nothing (the tooltip has them all).
        const QString share = QLocale().toString(qRound(parts[i] * 100)) + u" %"_s;
        const QString full = m_phases[i].name + u' ' + share;
        const qreal room = part.width() - unit;
        QString text;
        if (metrics.horizontalAdvance(full) <= room)
            text = full;
        else if (metrics.horizontalAdvance(share) <= room)
            text = share;
        if (!text.isEmpty()) {
            painter.setPen(textOn(m_phases[i].color));
            painter.drawText(part, Qt::AlignCenter, text);
        }
        x = right;
    }
    painter.setClipping(false);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
}

} // namespace flowdeck::views
