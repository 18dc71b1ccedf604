// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QGridLayout;
class QLabel;
class QToolButton;
class QWidget;

namespace flowdeck::views::figurerow {

// The parts of a row of figures under the Metrics page's tiles (flow, pull requests): a bold title, then per
// figure a quiet caption and its value as a flat button that opens the figure's records.

/// The row's grid, without margins, on `row`.
QGridLayout *grid(QWidget *row);
/// The row's title label.
QLabel *title(QWidget *row);
/// A figure's caption, spaced from the figure before it.
QLabel *caption(QWidget *row);
/// A figure's value, named `objectName`, with `caption` as its buddy.
QToolButton *value(QWidget *row, const QString &objectName, QLabel *caption);

} // namespace flowdeck::views::figurerow
