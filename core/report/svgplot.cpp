// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/svgplot.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace flowdeck::report::detail {

using namespace Qt::StringLiterals;

namespace {

// The plot's frame inside the chart, in points.
constexpr double left = 58;
constexpr double right = 14;
constexpr double top = 50;
constexpr double bottom = 48;
// Okabe-Ito blue, readable in print and for colour-blind readers; the one colour of every plot.
const QString ink = u"#0072B2"_s;
const QString fontFamily = u"Helvetica, Arial, sans-serif"_s;

QString coordinate(double value)
{
    return QString::number(value, 'f', 1);
}

/// An axis label: a point for decimals in every locale, as the report's other figures.
QString tickText(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

void text(QXmlStreamWriter &xml, double x, double y, const QString &content, double size, const QString &anchor,
          bool bold = false)
{
    xml.writeStartElement(u"text"_s);
    xml.writeAttribute(u"x"_s, coordinate(x));
    xml.writeAttribute(u"y"_s, coordinate(y));
    xml.writeAttribute(u"font-size"_s, QString::number(size));
    xml.writeAttribute(u"text-anchor"_s, anchor);
    if (bold)
        xml.writeAttribute(u"font-weight"_s, u"bold"_s);
    xml.writeCharacters(content);
    xml.writeEndElement();
}

void line(QXmlStreamWriter &xml, double x1, double y1, double x2, double y2, const QString &stroke, double width)
{
    xml.writeEmptyElement(u"line"_s);
    xml.writeAttribute(u"x1"_s, coordinate(x1));
    xml.writeAttribute(u"y1"_s, coordinate(y1));
    xml.writeAttribute(u"x2"_s, coordinate(x2));
    xml.writeAttribute(u"y2"_s, coordinate(y2));
    xml.writeAttribute(u"stroke"_s, stroke);
    xml.writeAttribute(u"stroke-width"_s, QString::number(width));
}

/// How many decimals an axis with this step needs (2.5 needs one), at most `limit`.
int decimalsOf(double step, int limit)
{
    for (int decimals = 0; decimals < limit; ++decimals) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9)
            return decimals;
    }
    return limit;
}

} // namespace

double niceStep(double maximum, int steps)
{
    if (!(maximum > 0) || steps < 1)
        return 1;
    const double raw = maximum / steps;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * power >= raw)
            return factor * power;
    }
    return 10 * power;
}

QByteArray plotSvg(const PlotSpec &spec)
{
    const double plotLeft = left;
    const double plotRight = plotWidth - right;
    const double plotTop = top;
    const double plotBottom = plotHeight - bottom;

    double maximum = 0;
    bool any = false;
    for (const std::optional<double> &value : spec.values) {
        if (value && std::isfinite(*value)) {
            maximum = std::max(maximum, *value);
            any = true;
        }
    }
    double step = niceStep(maximum, 4);
    if (spec.decimals == 0)
        step = std::max(1.0, std::ceil(step));
    const double axisMax = std::max(step, std::ceil(maximum / step - 1e-9) * step);
    const int decimals = decimalsOf(step, spec.decimals);
    const auto yOf = [&](double value) {
        return plotBottom - (plotBottom - plotTop) * value / axisMax;
    };

    QByteArray svg;
    QXmlStreamWriter xml(&svg);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"svg"_s);
    xml.writeDefaultNamespace(u"http://www.w3.org/2000/svg"_s);
    xml.writeAttribute(u"version"_s, u"1.1"_s);
    xml.writeAttribute(u"width"_s, QString::number(plotWidth));
    xml.writeAttribute(u"height"_s, QString::number(plotHeight));
    xml.writeAttribute(u"viewBox"_s, u"0 0 %1 %2"_s.arg(plotWidth).arg(plotHeight));
    xml.writeAttribute(u"role"_s, u"img"_s);
    xml.writeAttribute(u"font-family"_s, fontFamily);
    xml.writeTextElement(u"title"_s, spec.title);
    xml.writeTextElement(u"desc"_s, spec.description);

    xml.writeEmptyElement(u"rect"_s);
    xml.writeAttribute(u"width"_s, QString::number(plotWidth));
    xml.writeAttribute(u"height"_s, QString::number(plotHeight));
    xml.writeAttribute(u"fill"_s, u"#ffffff"_s);

    text(xml, 8, 17, spec.title, 12, u"start"_s, true);
    text(xml, 8, 33, spec.subtitle, 9, u"start"_s);

    // Gridlines and the value axis' labels at every step.
    for (int i = 0; i * step <= axisMax + step / 1000; ++i) {
        const double value = i * step;
        const double y = yOf(value);
        line(xml, plotLeft, y, plotRight, y, i == 0 ? u"#000000"_s : u"#d9d9d9"_s, i == 0 ? 1 : 0.6);
        text(xml, plotLeft - 5, y + 3, tickText(value, decimals), 8.5, u"end"_s);
    }
    line(xml, plotLeft, plotTop, plotLeft, plotBottom, u"#000000"_s, 1);
    // The value axis' title, turned to run up the left edge.
    xml.writeStartElement(u"text"_s);
    xml.writeAttribute(u"transform"_s, u"translate(13 %1) rotate(-90)"_s.arg(coordinate((plotTop + plotBottom) / 2)));
    xml.writeAttribute(u"font-size"_s, u"9"_s);
    xml.writeAttribute(u"text-anchor"_s, u"middle"_s);
    xml.writeCharacters(spec.yLabel);
    xml.writeEndElement();
    text(xml, (plotLeft + plotRight) / 2, plotHeight - 8, spec.xLabel, 9, u"middle"_s);

    const qsizetype count = spec.categories.size();
    const double slot = count > 0 ? (plotRight - plotLeft) / double(count) : 0;
    // At most eight category labels, so that they never overlap.
    const qsizetype every = std::max<qsizetype>(1, (count + 7) / 8);
    for (qsizetype i = 0; i < count; i += every)
        text(xml, plotLeft + slot * (i + 0.5), plotBottom + 14, spec.categories.at(i), 8.5, u"middle"_s);

    if (!any) {
        text(xml, (plotLeft + plotRight) / 2, (plotTop + plotBottom) / 2, spec.emptyText, 10, u"middle"_s);
    } else if (spec.line) {
        // The line, broken where a category has no value.
        QString path;
        bool drawing = false;
        for (qsizetype i = 0; i < count && i < spec.values.size(); ++i) {
            const std::optional<double> &value = spec.values.at(i);
            if (!value) {
                drawing = false;
                continue;
            }
            path += (drawing ? u" L "_s : u" M "_s) + coordinate(plotLeft + slot * (i + 0.5)) + u' ' +
                    coordinate(yOf(*value));
            drawing = true;
        }
        xml.writeEmptyElement(u"path"_s);
        xml.writeAttribute(u"d"_s, path.trimmed());
        xml.writeAttribute(u"fill"_s, u"none"_s);
        xml.writeAttribute(u"stroke"_s, ink);
        xml.writeAttribute(u"stroke-width"_s, u"1.5"_s);
        for (qsizetype i = 0; i < count && i < spec.values.size(); ++i) {
            if (!spec.values.at(i))
                continue;
            xml.writeStartElement(u"circle"_s);
            xml.writeAttribute(u"cx"_s, coordinate(plotLeft + slot * (i + 0.5)));
            xml.writeAttribute(u"cy"_s, coordinate(yOf(*spec.values.at(i))));
            xml.writeAttribute(u"r"_s, u"2.5"_s);
            xml.writeAttribute(u"fill"_s, ink);
            xml.writeTextElement(u"title"_s, spec.tooltips.value(i));
            xml.writeEndElement();
        }
    } else {
        for (qsizetype i = 0; i < count && i < spec.values.size(); ++i) {
            const std::optional<double> &value = spec.values.at(i);
            if (!value || !(*value > 0))
                continue;
            const double y = yOf(*value);
            xml.writeStartElement(u"rect"_s);
            xml.writeAttribute(u"x"_s, coordinate(plotLeft + slot * (i + 0.15)));
            xml.writeAttribute(u"y"_s, coordinate(y));
            xml.writeAttribute(u"width"_s, coordinate(slot * 0.7));
            xml.writeAttribute(u"height"_s, coordinate(plotBottom - y));
            xml.writeAttribute(u"fill"_s, ink);
            xml.writeTextElement(u"title"_s, spec.tooltips.value(i));
            xml.writeEndElement();
        }
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return svg;
}

} // namespace flowdeck::report::detail
