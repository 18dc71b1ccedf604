// SPDX-License-Identifier: GPL-3.0-or-later
// The report as one self-contained HTML5 file. It is also well-formed XML (every element closed, only XML's own
// entities), so that any XML parser can check it; every value from the data goes through toHtmlEscaped().
#include "reports/reportdocument.h"

#include "report/reporttext.h"
#include "reports/reportpagebuilder.h"
#include "reports/reportwording.h"
#include "valuestream/mapcanvas.h"
#include "valuestream/mappainter.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// Printed in the page's <style>: no selector or rule holds a '<' or '&', so the style stays well-formed XML.
const char *const styleSheet = R"(
:root { color: #202020; background: #ffffff; font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
        font-size: 15px; line-height: 1.45; }
body { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem; }
h1 { font-size: 2.2rem; margin: 0 0 0.25rem 0; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #0072b2; padding-bottom: 0.2rem; margin-top: 2.5rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem 0; }
.workspace { font-size: 1.2rem; color: #5f5f5f; margin: 0 0 0.75rem 0; }
.scope p { margin: 0.15rem 0; font-weight: 600; }
.quiet, .made { color: #5f5f5f; font-size: 0.85rem; }
.tiles { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 1rem; }
.tile { border: 1px solid #c8c8c8; border-left: 6px solid #808080; border-radius: 4px; padding: 0.6rem 0.9rem; }
.tile h3 { margin: 0; font-size: 1rem; }
.tile .question { color: #5f5f5f; font-size: 0.85rem; margin: 0.1rem 0 0.4rem 0; }
.tile .figure { font-size: 1.6rem; font-weight: 700; margin: 0; }
.tile .level { display: inline-block; border-radius: 1rem; padding: 0.05rem 0.7rem; font-size: 0.85rem;
               font-weight: 600; background: #f2f2f2; color: #5f5f5f; margin-left: 0.5rem; vertical-align: middle; }
.tile .change { font-size: 0.85rem; margin: 0.4rem 0 0 0; color: #5f5f5f; }
.tile .change.better { color: #006e50; }
.tile .change.worse { color: #b04000; }
.level-elite { border-left-color: #009e73; } .level-elite .level { background: #009e73; color: #ffffff; }
.level-high { border-left-color: #0072b2; } .level-high .level { background: #0072b2; color: #ffffff; }
.level-medium { border-left-color: #e69f00; } .level-medium .level { background: #e69f00; color: #000000; }
.level-low { border-left-color: #d55e00; } .level-low .level { background: #d55e00; color: #ffffff; }
figure { margin: 1rem 0 1.5rem 0; }
figcaption { font-weight: 600; margin-bottom: 0.4rem; }
figure svg { display: block; }
figure:not(.map) svg { width: 100%; height: auto; }
.map { overflow-x: auto; }
figure .description { color: #5f5f5f; font-size: 0.85rem; margin: 0.3rem 0 0 0; }
.bottleneck { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem 0; font-size: 0.9rem; }
th, td { text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
th { background: #f2f2f2; border-bottom: 1.5px solid #909090; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
tbody tr:nth-child(even) { background: #f8f8f8; }
footer { margin-top: 3rem; color: #5f5f5f; font-size: 0.85rem; border-top: 1px solid #c8c8c8; padding-top: 0.5rem; }
@media print {
    @page { margin: 16mm 14mm; }
    :root { font-size: 10.5pt; }
    body { max-width: none; padding: 0; }
    section.newpage { break-before: page; }
    h2, h3, figcaption { break-after: avoid; }
    figure, .tile, tr { break-inside: avoid; }
    thead { display: table-header-group; }
    .map { overflow: visible; }
    .map svg { width: 100%; height: auto; }
    .tiles { gap: 0.6rem; }
}
)";

QString paragraph(const QString &text, const QString &cssClass = {})
{
    if (cssClass.isEmpty())
        return u"<p>"_s + escaped(text) + u"</p>\n"_s;
    return u"<p class=\""_s + cssClass + u"\">"_s + escaped(text) + u"</p>\n"_s;
}

/// An SVG document as an element to inline: the XML prolog and any doctype before <svg> are dropped.
QString inlineSvg(const QByteArray &svg)
{
    const qsizetype start = svg.indexOf("<svg");
    if (start < 0)
        return {};
    return QString::fromUtf8(svg.mid(start)).trimmed();
}

QString table(const ReportTable &table)
{
    if (table.rows.isEmpty())
        return paragraph(table.empty, u"quiet"_s);
    QString html = u"<table>\n<thead><tr>"_s;
    for (qsizetype column = 0; column < table.headers.size(); ++column) {
        html += table.numeric.value(column) ? u"<th class=\"number\">"_s : u"<th>"_s;
        html += escaped(table.headers.at(column)) + u"</th>"_s;
    }
    html += u"</tr></thead>\n<tbody>\n"_s;
    for (const QStringList &row : table.rows) {
        html += u"<tr>"_s;
        for (qsizetype column = 0; column < row.size(); ++column) {
            html += table.numeric.value(column) ? u"<td class=\"number\">"_s : u"<td>"_s;
            html += escaped(row.at(column)) + u"</td>"_s;
        }
        html += u"</tr>\n"_s;
    }
    html += u"</tbody>\n</table>\n"_s;
    return html;
}

QString tile(const report::KeyFigure &figure)
{
    const QString level = metrics::levelName(figure.level);
    QString html = u"<div class=\"tile"_s + (level.isEmpty() ? QString() : u" level-"_s + level) + u"\">\n"_s;
    html += u"<h3>"_s + escaped(report::ReportText::keyTitle(figure.key)) + u"</h3>\n"_s;
    html += paragraph(ReportWording::keyQuestion(figure.key), u"question"_s);
    html += u"<p class=\"figure\">"_s + escaped(report::Numbers::keyValue(figure.key, figure.value));
    // Without data there is no level, and the figure already says so.
    if (figure.level != metrics::Level::None)
        html += u"<span class=\"level\">"_s + escaped(report::ReportText::levelText(figure.level)) + u"</span>"_s;
    html += u"</p>\n"_s;
    const ReportWording::Change change = ReportWording::change(figure);
    const QString changeClass = change == ReportWording::Change::Better  ? u"change better"_s
                                : change == ReportWording::Change::Worse ? u"change worse"_s
                                                                         : u"change"_s;
    html += paragraph(ReportWording::changeText(figure), changeClass);
    html += u"</div>\n"_s;
    return html;
}

QString chart(const report::Chart &chart)
{
    // The SVG draws its own title; the figure names it for readers who cannot see it.
    QString html = u"<figure id=\""_s + escaped(chart.id) + u"\" aria-label=\""_s + escaped(chart.title) + u"\">\n"_s;
    html += inlineSvg(chart.svg) + u'\n';
    if (!chart.description.isEmpty())
        html += paragraph(chart.description, u"description"_s);
    html += u"</figure>\n"_s;
    return html;
}

QString charts(const QList<report::Chart> &all, report::Section section)
{
    QString html;
    for (const report::Chart &one : all) {
        if (one.section == section)
            html += chart(one);
    }
    return html;
}

/// The value stream map's scale in the HTML on screen: below it the type of its data boxes is hard to read.
constexpr double mapScreenScale = 0.6;

/// The value stream map drawn by the map's own painter into SVG, as the map export does.
QString mapSvg(const report::ReportData &report)
{
    MapDrawing drawing;
    drawing.map = *report.map;
    drawing.analysis = report.analysis;
    QFont font = ReportStyle::make().body;
    font.setPixelSize(12);
    const QSizeF size = mapDrawingSize(drawing, font);
    if (size.isEmpty())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96);
    generator.setTitle(ReportWording::tr("Value stream map"));
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    const QPalette palette = lightMapPalette();
    painter.fillRect(QRectF(QPointF(0, 0), size), palette.color(QPalette::Base));
    paintMap(painter, drawing, font, palette);
    painter.end();
    // Sized in pixels at a scale that keeps its type readable; the page scrolls it sideways on screen, and print
    // fits it to the paper's width (see the style sheet).
    QString svg = inlineSvg(bytes);
    static const QRegularExpression sizeAttributes(u"width=\"[^\"]*\"\\s+height=\"[^\"]*\""_s);
    if (const QRegularExpressionMatch match = sizeAttributes.match(svg); match.hasMatch()) {
        svg.replace(match.capturedStart(), match.capturedLength(),
                    u"width=\"%1\" height=\"%2\""_s.arg(qRound(size.width() * mapScreenScale))
                        .arg(qRound(size.height() * mapScreenScale)));
    }
    return svg;
}

QString section(report::Section which, bool newPage)
{
    return u"<section id=\""_s + report::sectionName(which) + u"\""_s +
           (newPage ? u" class=\"newpage\""_s : QString()) + u">\n<h2>"_s + escaped(report::sectionTitle(which)) +
           u"</h2>\n"_s;
}

QString language()
{
    const QString name = QLocale().bcp47Name();
    return name.isEmpty() || name == u"C" ? u"en"_s : name;
}

} // namespace

QByteArray reportHtml(const report::ReportData &report)
{
    const QList<report::Chart> allCharts = report::reportCharts(report);
    QString html = u"<!DOCTYPE html>\n<html lang=\""_s + escaped(language()) + u"\">\n<head>\n"_s;
    html += u"<meta charset=\"utf-8\"/>\n"_s;
    html += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"_s;
    html += u"<meta name=\"generator\" content=\"Flowdeck\"/>\n"_s;
    html += u"<title>"_s + escaped(ReportWording::headerText(report)) + u"</title>\n"_s;
    html += u"<style>"_s + QString::fromUtf8(styleSheet) + u"</style>\n</head>\n<body>\n"_s;

    html += u"<header>\n<h1>"_s + escaped(ReportWording::title()) + u"</h1>\n"_s;
    if (!report.workspaceName.isEmpty())
        html += paragraph(report.workspaceName, u"workspace"_s);
    html += u"<div class=\"scope\">\n"_s;
    html += paragraph(ReportWording::tr("Period: %1").arg(ReportWording::periodText(report)));
    html += paragraph(ReportWording::servicesLine(report));
    html += u"</div>\n"_s + paragraph(ReportWording::generatedLine(report), u"made"_s) + u"</header>\n"_s;

    if (report.has(report::Section::Summary)) {
        html += section(report::Section::Summary, false);
        for (const QString &text : report.summary)
            html += paragraph(text);
        html += u"</section>\n"_s;
    }
    if (report.has(report::Section::Dora) && !report.keys.isEmpty()) {
        html += section(report::Section::Dora, false) + u"<div class=\"tiles\">\n"_s;
        for (const report::KeyFigure &figure : report.keys)
            html += tile(figure);
        html += u"</div>\n"_s + paragraph(ReportWording::levelsLegend(report), u"quiet"_s);
        html += u"</section>\n"_s;
    }
    if (report.has(report::Section::Trends))
        html += section(report::Section::Trends, true) + charts(allCharts, report::Section::Trends) + u"</section>\n"_s;
    if (report.has(report::Section::ValueStream)) {
        html += section(report::Section::ValueStream, true);
        const QString map = report.map && !report.map->steps.isEmpty() ? mapSvg(report) : QString();
        if (map.isEmpty()) {
            html += paragraph(ReportWording::tr("There is no value stream for this scope: no change went through the "
                                                "stages of a pipeline to production in the period."),
                              u"quiet"_s);
        } else {
            html += u"<figure id=\"value-stream-map\" class=\"map\">\n<figcaption>"_s +
                    escaped(ReportWording::tr("Value stream map: %1").arg(report.map->name)) + u"</figcaption>\n"_s +
                    map + u"\n</figure>\n"_s;
        }
        if (const QString bottleneck = ReportWording::bottleneckText(report); !bottleneck.isEmpty())
            html += paragraph(bottleneck, u"bottleneck"_s);
        if (const QString prediction = ReportWording::predictionText(report); !prediction.isEmpty())
            html += paragraph(prediction);
        html += charts(allCharts, report::Section::ValueStream);
        html += u"<h3>"_s + escaped(ReportWording::tr("Top improvement opportunities")) + u"</h3>\n"_s;
        html += table(ReportWording::opportunitiesTable(report));
        if (!report.opportunities.isEmpty())
            html += paragraph(ReportWording::opportunitiesNote(), u"quiet"_s);
        html += u"</section>\n"_s;
    }
    if (report.has(report::Section::LeadTime)) {
        html += section(report::Section::LeadTime, false) + paragraph(ReportWording::leadTimeText(report));
        html += charts(allCharts, report::Section::LeadTime) + u"</section>\n"_s;
    }
    if (report.has(report::Section::Releases)) {
        // Without a release, the table's sentence says it all; an empty chart above it would only repeat it.
        html += section(report::Section::Releases, false) +
                (report.releases.isEmpty() ? QString() : charts(allCharts, report::Section::Releases)) +
                table(ReportWording::releasesTable(report)) + u"</section>\n"_s;
    }
    if (report.has(report::Section::Appendix)) {
        html += section(report::Section::Appendix, true);
        html += u"<h3>"_s + escaped(ReportWording::tr("Definitions")) + u"</h3>\n<dl>\n"_s;
        for (const report::KeyFigure &figure : report.keys) {
            html += u"<dt><strong>"_s + escaped(report::ReportText::keyTitle(figure.key)) + u"</strong></dt>\n<dd>"_s +
                    escaped(ReportWording::keyDefinition(figure.key, report)) + u"</dd>\n"_s;
        }
        html += u"</dl>\n<h3>"_s + escaped(ReportWording::tr("Benchmark")) + u"</h3>\n"_s;
        html += paragraph(ReportWording::benchmarkText(report)) + table(ReportWording::benchmarkTable(report));
        html += u"<h3>"_s + escaped(ReportWording::tr("Data coverage")) + u"</h3>\n"_s +
                table(ReportWording::coverageTable(report));
        html += u"<h3>"_s + escaped(ReportWording::tr("Records left out")) + u"</h3>\n"_s +
                table(ReportWording::exclusionsTable(report)) + u"</section>\n"_s;
    }
    html += u"<footer>"_s + escaped(ReportWording::headerText(report)) + u" · "_s +
            escaped(ReportWording::generatedLine(report)) + u"</footer>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace flowdeck::views
