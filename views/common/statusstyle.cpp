// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/statusstyle.h"

#include "common/vectoricon.h"
#include "domain/delivery.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Draws the symbol of `shape`, sharp at any size.
void paintShape(StatusStyle::Shape shape, const IconCanvas &canvas)
{
    QPainter *painter = canvas.painter;
    const qreal side = canvas.side;
    auto at = [&canvas](qreal x, qreal y) {
        return canvas.at(x, y);
    };
    painter->setPen(canvas.pen(1.5, 7.0));
    switch (shape) {
    case StatusStyle::Shape::Check: {
        QPainterPath path(at(0.18, 0.54));
        path.lineTo(at(0.41, 0.77));
        path.lineTo(at(0.84, 0.26));
        painter->drawPath(path);
        break;
    }
    case StatusStyle::Shape::Cross:
        painter->drawLine(at(0.24, 0.24), at(0.76, 0.76));
        painter->drawLine(at(0.76, 0.24), at(0.24, 0.76));
        break;
    case StatusStyle::Shape::Dot:
        painter->setPen(Qt::NoPen);
        painter->setBrush(canvas.colour);
        painter->drawEllipse(at(0.5, 0.5), side * 0.3, side * 0.3);
        break;
    case StatusStyle::Shape::Clock:
        painter->setPen(canvas.pen(1.2, 10.0));
        painter->drawEllipse(at(0.5, 0.5), side * 0.38, side * 0.38);
        painter->drawLine(at(0.5, 0.5), at(0.5, 0.27));
        painter->drawLine(at(0.5, 0.5), at(0.68, 0.5));
        break;
    case StatusStyle::Shape::Dash:
        painter->drawLine(at(0.24, 0.5), at(0.76, 0.5));
        break;
    case StatusStyle::Shape::Unknown:
        painter->setPen(canvas.pen(1.2, 10.0));
        painter->drawEllipse(at(0.5, 0.5), side * 0.3, side * 0.3);
        break;
    }
}

} // namespace

QColor okabeIto(OkabeIto colour)
{
    switch (colour) {
    case OkabeIto::Blue:
        return QColor(0x00, 0x72, 0xB2);
    case OkabeIto::Orange:
        return QColor(0xE6, 0x9F, 0x00);
    case OkabeIto::Green:
        return QColor(0x00, 0x9E, 0x73);
    case OkabeIto::Vermillion:
        return QColor(0xD5, 0x5E, 0x00);
    case OkabeIto::Purple:
        return QColor(0xCC, 0x79, 0xA7);
    case OkabeIto::Sky:
        return QColor(0x56, 0xB4, 0xE9);
    case OkabeIto::Yellow:
        return QColor(0xF0, 0xE4, 0x42);
    case OkabeIto::Black:
        break;
    }
    return QColor(0x00, 0x00, 0x00);
}

StatusStyle StatusStyle::of(const QString &status)
{
    using S = StatusStyle::Shape;
    const auto is = [&](const char *name) {
        return status == QLatin1StringView(name);
    };
    if (is(Status::Succeeded))
        return {status, u"✓"_s, tr("Succeeded"), S::Check, OkabeIto::Green};
    if (is(Status::Failed))
        return {status, u"✕"_s, tr("Failed"), S::Cross, OkabeIto::Vermillion};
    if (is(Status::Running))
        return {status, u"●"_s, tr("Running"), S::Dot, OkabeIto::Blue};
    if (is(Status::Waiting))
        return {status, u"◷"_s, tr("Waiting"), S::Clock, OkabeIto::Orange};
    if (is(Status::Queued))
        return {status, u"◷"_s, tr("Queued"), S::Clock, OkabeIto::Orange};
    if (is(Status::Skipped))
        return {status, u"–"_s, tr("Skipped"), S::Dash, OkabeIto::Black};
    if (is(Status::Canceled))
        return {status, u"–"_s, tr("Canceled"), S::Dash, OkabeIto::Black};
    return {status, u"?"_s, status, S::Unknown, OkabeIto::Black};
}

QColor StatusStyle::colorOn(const QPalette &palette) const
{
    if (isDark(palette)) {
        if (colour == OkabeIto::Blue)
            return okabeIto(OkabeIto::Sky);
        if (colour == OkabeIto::Black)
            return palette.color(QPalette::Text);
    }
    return okabeIto(colour);
}

QString StatusStyle::text() const
{
    return symbol + u' ' + label;
}

QIcon StatusStyle::icon(const QPalette &palette) const
{
    return vectorIcon(colorOn(palette), [shape = shape](const IconCanvas &canvas) { paintShape(shape, canvas); });
}

} // namespace flowdeck::views
