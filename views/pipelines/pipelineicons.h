// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>

/// The icons of the Pipelines page's tool bar, drawn as vector shapes in `colour` (the palette's text colour).
namespace flowdeck::views::pipelineicons {

QIcon importFile(const QColor &colour);
QIcon addStage(const QColor &colour);
QIcon rename(const QColor &colour);
QIcon remove(const QColor &colour);
QIcon connectStages(const QColor &colour);
QIcon zoomIn(const QColor &colour);
QIcon zoomOut(const QColor &colour);
QIcon fit(const QColor &colour);

} // namespace flowdeck::views::pipelineicons
