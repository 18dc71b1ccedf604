// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QTableView;

namespace flowdeck::views::flattable {

/// The 8 px grid of the History page.
inline constexpr int unit = 8;

/// A read-only table of whole-row selection, in the page's flat look: no frame, no grid, quiet column titles on
/// the base colour. Call again when the palette changes.
void style(QTableView *table);

/// Sizes `table` to show all of its rows, but no more than `maxRows` (it scrolls beyond that).
void fitRows(QTableView *table, int maxRows);

/// A row height with room around the text of `font`.
int rowHeight(const QFont &font);

/// `base` scaled by `factor`, with `weight`.
QFont scaledFont(const QFont &base, double factor, QFont::Weight weight);

} // namespace flowdeck::views::flattable
