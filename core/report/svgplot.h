// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::report::detail {

/// A simple chart: one value per category, drawn as bars or as a line through points, with a titled value axis
/// starting at 0 and gridlines at round values.
struct PlotSpec
{
    QString title;
    /// A second line under the title: what the chart covers (services, period).
    QString subtitle;
    /// One sentence for readers who cannot see the chart (the SVG's <desc>).
    QString description;
    QString xLabel;
    /// The value axis' title, with its unit.
    QString yLabel;
    QStringList categories;
    /// Nothing: no value for the category (no bar; a gap in the line).
    QList<std::optional<double>> values;
    /// The exact value and what it counts, shown on hover (each bar's or point's <title>).
    QStringList tooltips;
    bool line = false;
    /// The decimals of the value axis' labels at most; 0 keeps its steps whole.
    int decimals = 0;
    /// Shown in the plot when no category has a value.
    QString emptyText;
};

/// The natural size of every chart, in points: wide enough for a portrait A4 or Letter page's text block.
inline constexpr double plotWidth = 480;
inline constexpr double plotHeight = 250;

/// The chart as a standalone SVG document; every text is escaped by QXmlStreamWriter.
QByteArray plotSvg(const PlotSpec &spec);

/// A round step for an axis from 0 to `maximum` in about `steps` steps: 1, 2, 2.5 or 5 times a power of ten.
double niceStep(double maximum, int steps);

} // namespace flowdeck::report::detail
