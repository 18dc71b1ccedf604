// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "valuestream/mapcanvas.h"

#include <QList>
#include <QString>

namespace flowdeck::views {

/// Writes the drawings (one map, or current and future state one above the other) as an SVG file with vector
/// shapes and real text. Errors name the file.
Result<void> exportMapSvg(const QList<MapDrawing> &drawings, const QFont &font, const QString &path);

/// Writes the drawings as a PNG at `scale` times the 1:1 size (2 for sharp slides). Errors name the file.
Result<void> exportMapPng(const QList<MapDrawing> &drawings, const QFont &font, const QString &path, qreal scale = 2.0);

} // namespace flowdeck::views
