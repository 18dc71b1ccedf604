// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/statusstyle.h"
#include "domain/types.h"

#include <QColor>
#include <QLocale>
#include <QString>

class QAbstractAxis;
class QCategoryAxis;
class QChart;
class QValueAxis;
class QWidget;

/// How the Metrics page's charts look: the chart theme and fonts follow the widget's palette (light or dark) and
/// font, series take the Okabe–Ito colours, and dates and hours are written in the user's locale.
namespace flowdeck::views::chartstyle {

/// Whether `palette` draws light text on a dark background.
bool isDark(const QPalette &palette);

/// A series colour on `palette`: the Okabe–Ito colour; on a dark background blue becomes sky, and black the text
/// colour.
QColor colour(OkabeIto colour, const QPalette &palette);

/// Sets `chart`'s theme, background, title font and legend (below the plot) from `widget`'s palette and font.
/// Call before colouring series: a theme recolours them.
void applyTheme(QChart *chart, const QWidget *widget);

/// Sets the label and title fonts and colours and the grid of `axis` from `widget`'s palette and font.
void styleAxis(QAbstractAxis *axis, const QWidget *widget);

/// Sets `axis` to count from 0 to a round number at or above `maximum`, with whole-number ticks at 1, 2 or 5
/// times a power of ten (0 to 1 when `maximum` is 0).
void setCountRange(QValueAxis *axis, double maximum);

/// Durations (lead and recovery times) span minutes to months, so their axes are logarithmic: a point lies at the
/// decimal logarithm of its hours, on a category axis labelled with round durations ("1 h", "1 d", "1 w") rather
/// than numbers of hours. Durations under a minute lie on the minute.
inline constexpr double shortestHours = 1.0 / 60.0;
double durationPosition(double hours);
/// Sets `axis` to cover [lowHours, highHours] from the round duration at or below `lowHours` to the one at or
/// above `highHours` (a minute to a year), labelled at the round durations in between.
void setDurationRange(QCategoryAxis *axis, double lowHours, double highHours);

/// The locale's date format without the year and the weekday: "d MMM" or "MMM d" for axes (`month` "MMM"),
/// "d MMMM" for titles ("MMMM").
QString dayMonthFormat(const QLocale &locale, const QString &month);

/// The local day of `at` as on an axis: "3 Mar" (English), "3. März" (German).
QString axisDay(Timestamp at);
/// The local day of `at` as in a title: "3 March".
QString titleDay(Timestamp at);

/// Hours with one decimal in the user's locale and the unit: "51.2 h"; two significant digits below 1 h.
QString hours(double value);

/// A duration as the charts' tooltips write it: humanised, then the exact hours ("2 d 3 h (51.2 h)").
QString durationWithHours(qint64 milliseconds);

} // namespace flowdeck::views::chartstyle
