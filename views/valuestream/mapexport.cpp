// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapexport.h"

#include "common/pagestyle.h"
#include "valuestream/mappainter.h"
#include "valuestream/mappaintertext.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

/// The room between two drawings stacked one above the other.
constexpr qreal drawingGap = 4 * pagestyle::unit;

/// The stack's size: as wide as the widest drawing.
QSizeF stackSize(const QList<MapDrawing> &drawings, const QFont &font)
{
    QSizeF size(0, 0);
    for (const MapDrawing &drawing : drawings) {
        const QSizeF one = mapDrawingSize(drawing, font);
        size.setWidth(std::max(size.width(), one.width()));
        size.setHeight(size.height() + (size.height() > 0 ? drawingGap : 0) + one.height());
    }
    return size;
}

void paintStack(QPainter &painter, const QList<MapDrawing> &drawings, const QFont &font, const QSizeF &size)
{
    const QPalette palette = lightMapPalette();
    painter.fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::Base));
    qreal y = 0;
    for (const MapDrawing &drawing : drawings) {
        painter.save();
        painter.translate(0, y);
        paintMap(painter, drawing, font, palette);
        painter.restore();
        y += mapDrawingSize(drawing, font).height() + drawingGap;
    }
}

/// Opens `path` for writing, saying which folder is missing when that is what stops it.
Result<void> openForWriting(QSaveFile &file, const QString &path)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    if (!folder.exists()) {
        return Error{MapText::tr("Could not write the map to %1: the folder %2 does not exist.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder.path()))};
    }
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{
            MapText::tr("Could not write the map to %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Result<void> commit(QSaveFile &file, const QString &path)
{
    if (!file.commit()) {
        return Error{
            MapText::tr("Could not write the map to %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

Result<void> checkDrawings(const QList<MapDrawing> &drawings, const QString &path)
{
    if (drawings.isEmpty())
        return Error{MapText::tr("Could not write the map to %1: there is no map to export.")
                         .arg(QDir::toNativeSeparators(path))};
    return {};
}

} // namespace

Result<void> exportMapSvg(const QList<MapDrawing> &drawings, const QFont &font, const QString &path)
{
    if (auto checked = checkDrawings(drawings, path); !checked)
        return checked;
    QSaveFile file(path);
    if (auto opened = openForWriting(file, path); !opened)
        return opened;

    const QSizeF size = stackSize(drawings, font);
    QStringList captions;
    QStringList names;
    for (const MapDrawing &drawing : drawings) {
        if (!drawing.caption.isEmpty())
            captions.append(drawing.caption);
        if (!drawing.map.name.isEmpty() && !names.contains(drawing.map.name))
            names.append(drawing.map.name);
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(names.isEmpty() ? MapText::tr("Value stream map")
                                       : MapText::tr("Value stream map: %1").arg(names.join(u", "_s)));
    //: The exported SVG's description: the captions of the maps in it, e.g. "Current state, Future state".
    generator.setDescription(
        MapText::tr("A value stream map in lean notation. %1").arg(captions.join(u", "_s)).trimmed());
    QPainter painter;
    if (!painter.begin(&generator)) {
        file.cancelWriting();
        return Error{MapText::tr("Could not write the map to %1: the SVG could not be started.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    paintStack(painter, drawings, font, size);
    painter.end();
    return commit(file, path);
}

Result<QImage> paintMapImage(const QList<MapDrawing> &drawings, const QFont &font, const QString &path, qreal scale)
{
    if (auto checked = checkDrawings(drawings, path); !checked)
        return checked.error();
    if (!(scale > 0.0 && scale <= 8.0)) {
        return Error{MapText::tr("Could not write the map to %1: the scale %2 is not between 0 and 8.")
                         .arg(QDir::toNativeSeparators(path), QString::number(scale))};
    }
    const QSizeF size = stackSize(drawings, font);
    const QSize pixels(qCeil(size.width() * scale), qCeil(size.height() * scale));
    // Past this the image would take gigabytes; a map this large is better exported as SVG.
    if (qint64(pixels.width()) * pixels.height() > 200'000'000LL) {
        return Error{MapText::tr("Could not write the map to %1: at %2 × %3 pixels it is too large for a PNG; "
                                 "export it as SVG or at a smaller scale.")
                         .arg(QDir::toNativeSeparators(path), QString::number(pixels.width()),
                              QString::number(pixels.height()))};
    }
    // Opaque: the PNG needs no alpha channel, which makes encoding it about a sixth faster.
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull()) {
        return Error{MapText::tr("Could not write the map to %1: there is not enough memory for a %2 × %3 image.")
                         .arg(QDir::toNativeSeparators(path), QString::number(pixels.width()),
                              QString::number(pixels.height()))};
    }
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintStack(painter, drawings, font, size);
    painter.end();
    return image;
}

Result<void> writeMapPng(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (auto opened = openForWriting(file, path); !opened)
        return opened;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return Error{MapText::tr("Could not write the map to %1: the PNG could not be encoded.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    return commit(file, path);
}

Result<void> exportMapPng(const QList<MapDrawing> &drawings, const QFont &font, const QString &path, qreal scale)
{
    auto image = paintMapImage(drawings, font, path, scale);
    if (!image)
        return image.error();
    return writeMapPng(*image, path);
}

} // namespace flowdeck::views
