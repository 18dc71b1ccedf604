// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "valuestream/mapcanvas.h"

#include <QImage>
#include <QList>
#include <QString>

namespace flowdeck::views {

/// Writes the drawings (one map, or current and future state one above the other) as an SVG file with vector
/// shapes and real text. Errors name the file.
Result<void> exportMapSvg(const QList<MapDrawing> &drawings, const QFont &font, const QString &path);

/// Writes the drawings as a PNG at `scale` times the 1:1 size (2 for sharp slides). Errors name the file.
/// paintMapImage() and then writeMapPng().
Result<void> exportMapPng(const QList<MapDrawing> &drawings, const QFont &font, const QString &path, qreal scale = 2.0);

/// The drawings painted on an opaque image at `scale` times the 1:1 size, for a PNG at `path` (named in errors:
/// no drawings, a scale out of range, an image too large). Paints text, so it runs on the GUI thread.
Result<QImage> paintMapImage(const QList<MapDrawing> &drawings, const QFont &font, const QString &path, qreal scale);

/// Encodes `image` as a PNG and writes it to `path`, whole or not at all (a file already there keeps its contents
/// when this fails). Touches no font or widget, so it can run on any thread: encoding a long map's image takes
/// seconds, painting it a fraction of that.
Result<void> writeMapPng(const QImage &image, const QString &path);

} // namespace flowdeck::views
