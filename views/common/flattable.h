// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPalette>

class QTableView;

namespace flowdeck::views::flattable {

/// A read-only table of whole-row selection, in the pages' flat look: no frame, no grid, quiet column titles on
/// the base colour. Call again when the palette or the font changes.
void style(QTableView *table);

/// Only the palette-dependent part of style(): the frameless cells and column titles in the quiet colour of
/// `palette` (the page's, during a palette change that has not reached the table yet).
void styleSheet(QTableView *table, const QPalette &palette);

/// Sizes `table` to show all of its rows, but no more than `maxRows` (it scrolls beyond that).
void fitRows(QTableView *table, int maxRows);

/// A row height with room around the text of `font`.
int rowHeight(const QFont &font);

} // namespace flowdeck::views::flattable
