// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/stagekindstyle.h"

#include "common/vectoricon.h"
#include "domain/pipeline.h"

#include <QPainter>
#include <QPainterPath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QPolygonF polygon(const QRectF &box, std::initializer_list<QPointF> unitPoints)
{
    QPolygonF points;
    for (const QPointF &point : unitPoints)
        points.append(QPointF(box.x() + point.x() * box.width(), box.y() + point.y() * box.height()));
    return points;
}

} // namespace

StageKindStyle StageKindStyle::of(const QString &kind)
{
    StageKindStyle style;
    style.kind = kind;
    if (kind == QLatin1StringView(StageKind::Build)) {
        style.label = tr("Build");
        style.shape = Shape::Square;
    } else if (kind == QLatin1StringView(StageKind::Test)) {
        style.label = tr("Test");
        style.shape = Shape::Circle;
    } else if (kind == QLatin1StringView(StageKind::Security)) {
        style.label = tr("Security");
        style.shape = Shape::Shield;
    } else if (kind == QLatin1StringView(StageKind::Approval)) {
        style.label = tr("Approval");
        style.shape = Shape::Diamond;
    } else if (kind == QLatin1StringView(StageKind::Deploy)) {
        style.label = tr("Deploy");
        style.shape = Shape::Arrow;
    } else if (kind.isEmpty() || kind == QLatin1StringView(StageKind::Other)) {
        style.kind = QString::fromLatin1(StageKind::Other);
        style.label = tr("Other");
        style.shape = Shape::Ring;
    } else {
        style.label = kind;
        style.shape = Shape::Ring;
    }
    return style;
}

QStringList StageKindStyle::kinds()
{
    return {QString::fromLatin1(StageKind::Build),    QString::fromLatin1(StageKind::Test),
            QString::fromLatin1(StageKind::Security), QString::fromLatin1(StageKind::Approval),
            QString::fromLatin1(StageKind::Deploy),   QString::fromLatin1(StageKind::Other)};
}

QColor StageKindStyle::colorOn(const QPalette &palette) const
{
    switch (shape) {
    case Shape::Square:
        return okabeIto(OkabeIto::Orange);
    case Shape::Circle:
        return okabeIto(OkabeIto::Green);
    case Shape::Shield:
        return okabeIto(OkabeIto::Purple);
    case Shape::Diamond:
        return okabeIto(OkabeIto::Yellow);
    case Shape::Arrow:
        return palette.color(QPalette::Text);
    case Shape::Ring:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

void StageKindStyle::paint(QPainter *painter, const QRectF &box, const QPalette &palette) const
{
    const qreal side = std::min(box.width(), box.height());
    const QRectF square(box.center().x() - side / 2, box.center().y() - side / 2, side, side);
    const QColor colour = colorOn(palette);
    // Yellow needs an edge to stand out on a light background; the other shapes are filled plainly.
    const QPen outline(isDark(palette) ? colour : palette.color(QPalette::Text), std::max(1.0, side / 12));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    switch (shape) {
    case Shape::Square:
        painter->drawRoundedRect(square.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1), side * 0.12,
                                 side * 0.12);
        break;
    case Shape::Circle:
        painter->drawEllipse(square.center(), side * 0.42, side * 0.42);
        break;
    case Shape::Shield: {
        QPainterPath path;
        path.moveTo(square.x() + side * 0.5, square.y() + side * 0.04);
        path.lineTo(square.x() + side * 0.9, square.y() + side * 0.2);
        path.cubicTo(square.x() + side * 0.9, square.y() + side * 0.62, square.x() + side * 0.7,
                     square.y() + side * 0.84, square.x() + side * 0.5, square.y() + side * 0.97);
        path.cubicTo(square.x() + side * 0.3, square.y() + side * 0.84, square.x() + side * 0.1,
                     square.y() + side * 0.62, square.x() + side * 0.1, square.y() + side * 0.2);
        path.closeSubpath();
        painter->drawPath(path);
        break;
    }
    case Shape::Diamond:
        painter->setPen(outline);
        painter->drawPolygon(polygon(square, {{0.5, 0.06}, {0.94, 0.5}, {0.5, 0.94}, {0.06, 0.5}}));
        break;
    case Shape::Arrow:
        painter->drawPolygon(polygon(square, {{0.12, 0.1}, {0.92, 0.5}, {0.12, 0.9}, {0.34, 0.5}}));
        break;
    case Shape::Ring:
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(colour, std::max(1.2, side / 7)));
        painter->drawEllipse(square.center(), side * 0.34, side * 0.34);
        break;
    }
    painter->restore();
}

QIcon StageKindStyle::icon(const QPalette &palette) const
{
    const StageKindStyle style = *this;
    return vectorIcon(colorOn(palette),
                      [style, palette](const IconCanvas &canvas) { style.paint(canvas.painter, canvas.box, palette); });
}

QColor criticalPathColor(const QPalette &palette)
{
    return okabeIto(isDark(palette) ? OkabeIto::Sky : OkabeIto::Blue);
}

} // namespace flowdeck::views
