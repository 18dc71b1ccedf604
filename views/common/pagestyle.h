// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>

class QLabel;
class QWidget;

/// The look every page shares: the 8 px grid, type sizes and the quiet secondary text.
namespace flowdeck::views::pagestyle {

/// The 8 px grid.
inline constexpr int unit = 8;

/// `base` scaled by `factor`, with `weight`.
QFont scaledFont(const QFont &base, double factor, QFont::Weight weight);

/// A label for secondary, word-wrapped text in the palette's placeholder colour, so that it follows light and
/// dark themes.
QLabel *quietLabel(QWidget *parent);

/// A label for the title of a section of a page: a little larger than the text, and bold.
QLabel *sectionTitle(QWidget *parent);

} // namespace flowdeck::views::pagestyle
