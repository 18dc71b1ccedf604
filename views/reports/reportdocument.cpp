// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportdocument.h"

#include "report/reporttext.h"
#include "reports/reportpagebuilder.h"
#include "reports/reportwording.h"
#include "valuestream/mapcanvas.h"
#include "valuestream/mappainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QSvgRenderer>

#include <algorithm>
#include <memory>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qreal marginX = 48;
constexpr qreal marginTop = 64;
constexpr qreal marginBottom = 60;
constexpr qreal gap = 8;

QSizeF pointSize(ReportPageSize size)
{
    return size == ReportPageSize::Letter ? QSizeF(612, 792) : QSizeF(595.28, 841.89);
}

/// The title block of page one: what the report is, for which services and which period.
void titleBlock(ReportPageBuilder &pages, const report::ReportData &report)
{
    const ReportStyle &style = pages.style();
    const QString title = ReportWording::title();
    const qreal titleHeight = QFontMetricsF(style.title).lineSpacing() + 4;
    pages.place(titleHeight, [title, style](QPainter &painter, const QRectF &rect) {
        painter.setFont(style.title);
        painter.setPen(style.text);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, title);
    });
    if (!report.workspaceName.isEmpty())
        pages.paragraph(report.workspaceName, style.heading, style.quiet);
    pages.paragraph(ReportWording::tr("Period: %1").arg(ReportWording::periodText(report)), style.bold, style.text);
    pages.paragraph(ReportWording::servicesLine(report), style.bold, style.text);
    pages.paragraph(ReportWording::generatedLine(report), style.small, style.quiet);
    pages.space(gap);
}

/// One DORA tile: the key, its question, the figure, its level as a badge, and the change against the previous
/// period.
void paintTile(QPainter &painter, const QRectF &rect, const report::KeyFigure &figure, const ReportStyle &style,
               qreal questionHeight)
{
    const QColor levelColour = ReportStyle::levelColour(figure.level);
    painter.setPen(QPen(style.rule, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect, 4, 4);
    painter.fillRect(QRectF(rect.left(), rect.top(), 5, rect.height()), levelColour);

    const QRectF inner = rect.adjusted(14, 8, -10, -8);
    qreal y = inner.top();
    // A key's name that is too long for the tile (it may be in a longer language) is set smaller, down to 70 %.
    const QString title = ReportWording::tileTitle(figure.key);
    QFont titleFont = style.bold;
    const qreal titleWidth = QFontMetricsF(titleFont).horizontalAdvance(title);
    if (titleWidth > inner.width()) {
        const qreal scale = std::max(0.7, inner.width() / titleWidth);
        if (titleFont.pointSizeF() > 0)
            titleFont.setPointSizeF(titleFont.pointSizeF() * scale);
        else
            titleFont.setPixelSize(std::max(1, int(titleFont.pixelSize() * scale)));
    }
    painter.setFont(titleFont);
    painter.setPen(style.text);
    const qreal boldLine = QFontMetricsF(style.bold).lineSpacing();
    painter.drawText(QRectF(inner.left(), y, inner.width(), boldLine), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, inner.width()));
    y += boldLine;
    painter.setFont(style.small);
    painter.setPen(style.quiet);
    const QString question = ReportWording::keyQuestion(figure.key);
    painter.drawText(QRectF(inner.left(), y, inner.width(), questionHeight), Qt::AlignLeft | Qt::TextWordWrap,
                     question);
    y += questionHeight + 4;

    const qreal figureLine = QFontMetricsF(style.figure).lineSpacing();
    painter.setFont(style.figure);
    painter.setPen(style.text);
    const QString value = report::Numbers::keyValue(figure.key, figure.value);
    painter.drawText(QRectF(inner.left(), y, inner.width(), figureLine), Qt::AlignLeft | Qt::AlignVCenter, value);

    // The level as a badge at the figure's right: colour and name together. Without data there is no level, and
    // the figure already says so.
    if (figure.level != metrics::Level::None) {
        const QString level = report::ReportText::levelText(figure.level);
        const QFontMetricsF boldMetrics(style.bold);
        const QSizeF badge(boldMetrics.horizontalAdvance(level) + 16, boldLine + 6);
        const QRectF badgeRect(inner.right() - badge.width(), y + (figureLine - badge.height()) / 2, badge.width(),
                               badge.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(levelColour);
        painter.drawRoundedRect(badgeRect, badge.height() / 2, badge.height() / 2);
        painter.setBrush(Qt::NoBrush);
        painter.setFont(style.bold);
        painter.setPen(textOn(levelColour));
        painter.drawText(badgeRect, Qt::AlignCenter, level);
    }
    y += figureLine + 4;

    painter.setFont(style.small);
    const ReportWording::Change change = ReportWording::change(figure);
    painter.setPen(change == ReportWording::Change::Worse    ? QColor(0xb0, 0x40, 0x00)
                   : change == ReportWording::Change::Better ? QColor(0x00, 0x6e, 0x50)
                                                             : style.quiet);
    painter.drawText(QRectF(inner.left(), y, inner.width(), inner.bottom() - y), Qt::AlignLeft | Qt::TextWordWrap,
                     ReportWording::changeText(figure));
}

void doraTiles(ReportPageBuilder &pages, const report::ReportData &report)
{
    const ReportStyle &style = pages.style();
    const qreal tileWidth = (pages.width() - gap * 2) / 2;
    const qreal inner = tileWidth - 24;
    // Every tile as high as the highest, with its figure at the same height, so that the four read as one table.
    qreal questionHeight = 0;
    qreal changeHeight = 0;
    for (const report::KeyFigure &figure : report.keys) {
        questionHeight = std::max(
            questionHeight, ReportPageBuilder::textHeight(ReportWording::keyQuestion(figure.key), style.small, inner));
        changeHeight = std::max(changeHeight,
                                ReportPageBuilder::textHeight(ReportWording::changeText(figure), style.small, inner));
    }
    const qreal tileHeight = QFontMetricsF(style.bold).lineSpacing() + questionHeight +
                             QFontMetricsF(style.figure).lineSpacing() + changeHeight + 16 + 8;
    for (qsizetype first = 0; first < report.keys.size(); first += 2) {
        const QList<report::KeyFigure> row = report.keys.mid(first, 2);
        pages.place(tileHeight + gap * 2, [row, style, tileWidth, tileHeight, questionHeight](QPainter &painter,
                                                                                              const QRectF &rect) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                const QRectF tile(rect.left() + i * (tileWidth + gap * 2), rect.top(), tileWidth, tileHeight);
                paintTile(painter, tile, row.at(i), style, questionHeight);
            }
        });
    }
    pages.paragraph(ReportWording::levelsLegend(report), style.small, style.quiet);
}

/// A chart drawn as vectors from its SVG (which holds its own title), as wide as the page allows, with the
/// sentence that describes it.
void chart(ReportPageBuilder &pages, const report::Chart &chart)
{
    const ReportStyle &style = pages.style();
    auto renderer = std::make_shared<QSvgRenderer>(chart.svg);
    if (!renderer->isValid()) {
        pages.paragraph(ReportWording::tr("The chart \"%1\" could not be drawn.").arg(chart.title), style.body,
                        style.quiet);
        return;
    }
    QSizeF size(chart.width, chart.height);
    if (size.isEmpty())
        size = renderer->viewBoxF().size();
    if (size.isEmpty())
        return;
    const qreal scale = std::min(pages.width() / size.width(), 380.0 / size.height());
    const QSizeF drawn = size * scale;
    const qreal described = ReportPageBuilder::textHeight(chart.description, style.small, pages.width());
    if (drawn.height() + described + 4 > pages.remaining())
        pages.breakPage();
    pages.place(drawn.height(), [renderer, drawn](QPainter &painter, const QRectF &rect) {
        renderer->render(&painter, QRectF(rect.left(), rect.top(), drawn.width(), drawn.height()));
    });
    pages.space(4);
    if (!chart.description.isEmpty())
        pages.paragraph(chart.description, style.small, style.quiet);
    pages.space(gap);
}

void charts(ReportPageBuilder &pages, const QList<report::Chart> &all, report::Section section)
{
    for (const report::Chart &one : all) {
        if (one.section == section)
            chart(pages, one);
    }
}

/// Where a map too wide for the page is cut into strips: right after a process box, so that every box and the
/// wait in front of it stay whole. Each strip reaches from a little above its highest box (room for the callouts
/// and kaizen bursts) to the bottom of the drawing, where the timeline ladder is. In drawing coordinates.
QList<QRectF> mapStrips(const MapDrawing &drawing, const QFont &font, const QSizeF &size, qreal stripWidth)
{
    QList<QRectF> boxes;
    for (const valuestream::Step &step : drawing.map.steps) {
        if (const QRectF box = stepRect(drawing, font, step.id); !box.isEmpty())
            boxes.append(box);
    }
    std::sort(boxes.begin(), boxes.end(), [](const QRectF &a, const QRectF &b) { return a.left() < b.left(); });
    // Boxes of parallel branches overlap along the stream: a cut goes only where no box spans.
    QList<std::pair<qreal, qreal>> spans;
    for (const QRectF &box : std::as_const(boxes)) {
        if (!spans.isEmpty() && box.left() <= spans.last().second)
            spans.last().second = std::max(spans.last().second, box.right());
        else
            spans.append({box.left(), box.right()});
    }
    constexpr qreal afterBox = 6;
    constexpr qreal aboveBoxes = 64;
    QList<QRectF> strips;
    qreal left = 0;
    while (left < size.width() - 1) {
        qreal right = std::min(size.width(), left + stripWidth);
        if (right < size.width()) {
            for (const auto &span : std::as_const(spans)) {
                const qreal cut = span.second + afterBox;
                if (cut <= left + stripWidth && cut > left + stripWidth / 3)
                    right = cut;
            }
        }
        qreal top = size.height();
        for (const QRectF &box : std::as_const(boxes)) {
            if (box.right() > left && box.left() < right)
                top = std::min(top, box.top() - aboveBoxes);
        }
        top = std::clamp(top, 0.0, size.height());
        strips.append(QRectF(left, top, right - left, size.height() - top));
        left = right;
    }
    return strips;
}

/// The value stream map, drawn by the map's own painter (the same map as on the Value stream page). A map too wide
/// to read at the page's width is cut into strips one under the other.
void valueStreamMap(ReportPageBuilder &pages, const report::ReportData &report)
{
    const ReportStyle &style = pages.style();
    if (!report.map || report.map->steps.isEmpty()) {
        pages.paragraph(ReportWording::tr("There is no value stream for this scope: no change went through the "
                                          "stages of a pipeline to production in the period."),
                        style.body, style.quiet);
        return;
    }
    MapDrawing drawing;
    drawing.map = *report.map;
    drawing.analysis = report.analysis;
    QFont font = style.body;
    font.setPixelSize(12);
    const QSizeF size = mapDrawingSize(drawing, font);
    if (size.isEmpty())
        return;
    // Below this the type of the map's data boxes gets too small to read on paper (it stays sharp when zoomed in).
    constexpr qreal smallestScale = 0.45;
    const qreal fit = pages.width() / size.width();
    const qreal scale = std::min({1.0, std::max(fit, smallestScale), 420.0 / size.height()});
    const QList<QRectF> strips = scale <= fit ? QList<QRectF>{QRectF(QPointF(0, 0), size)}
                                              : mapStrips(drawing, font, size, pages.width() / scale);
    if (strips.first().height() * scale > pages.remaining())
        pages.breakPage();
    for (qsizetype i = 0; i < strips.size(); ++i) {
        const QRectF strip = strips.at(i);
        pages.place(strip.height() * scale, [drawing, font, scale, strip](QPainter &painter, const QRectF &rect) {
            painter.save();
            painter.setClipRect(QRectF(rect.topLeft(), strip.size() * scale));
            painter.translate(rect.left() - strip.left() * scale, rect.top() - strip.top() * scale);
            painter.scale(scale, scale);
            paintMap(painter, drawing, font, lightMapPalette());
            painter.restore();
        });
        if (i + 1 < strips.size()) {
            const QString more = ReportWording::tr("The map continues below.");
            pages.paragraph(u"↓ "_s + more, style.small, style.quiet);
        }
    }
    pages.space(gap);
}

} // namespace

QString pageSizeName(ReportPageSize size)
{
    return size == ReportPageSize::Letter ? u"letter"_s : u"a4"_s;
}

std::optional<ReportPageSize> pageSizeFromName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"a4")
        return ReportPageSize::A4;
    if (lower == u"letter")
        return ReportPageSize::Letter;
    return std::nullopt;
}

struct ReportDocument::Private
{
    report::ReportData report;
    QSizeF page;
    ReportStyle style;
    QList<QList<ReportItem>> pages;
    QString header;
    QString period;
    QString generated;

    void layOut();
    void paintFrame(QPainter &painter, int index) const;
};

void ReportDocument::Private::layOut()
{
    const QRectF body(marginX, marginTop, page.width() - 2 * marginX, page.height() - marginTop - marginBottom);
    ReportPageBuilder pages(body, style);
    const QList<report::Chart> allCharts = report::reportCharts(report);

    titleBlock(pages, report);
    if (report.has(report::Section::Summary)) {
        pages.heading(report::sectionTitle(report::Section::Summary), 60);
        for (const QString &paragraph : report.summary)
            pages.paragraph(paragraph);
        pages.space(gap);
    }
    if (report.has(report::Section::Dora) && !report.keys.isEmpty()) {
        pages.heading(report::sectionTitle(report::Section::Dora), 200);
        doraTiles(pages, report);
    }
    if (report.has(report::Section::Trends)) {
        pages.breakPage();
        pages.heading(report::sectionTitle(report::Section::Trends));
        charts(pages, allCharts, report::Section::Trends);
    }
    if (report.has(report::Section::ValueStream)) {
        pages.breakPage();
        pages.heading(report::sectionTitle(report::Section::ValueStream));
        valueStreamMap(pages, report);
        if (const QString bottleneck = ReportWording::bottleneckText(report); !bottleneck.isEmpty())
            pages.paragraph(bottleneck, style.bold, style.text);
        if (const QString prediction = ReportWording::predictionText(report); !prediction.isEmpty())
            pages.paragraph(prediction);
        charts(pages, allCharts, report::Section::ValueStream);
        pages.paragraph(ReportWording::tr("Top improvement opportunities"), style.bold, style.text);
        pages.table(ReportWording::opportunitiesTable(report));
        if (!report.opportunities.isEmpty())
            pages.paragraph(ReportWording::opportunitiesNote(), style.small, style.quiet);
    }
    if (report.has(report::Section::LeadTime)) {
        pages.heading(report::sectionTitle(report::Section::LeadTime), 260);
        pages.paragraph(ReportWording::leadTimeText(report));
        charts(pages, allCharts, report::Section::LeadTime);
    }
    if (report.has(report::Section::Releases)) {
        pages.heading(report::sectionTitle(report::Section::Releases));
        // Without a release, the table's sentence says it all; an empty chart above it would only repeat it.
        if (!report.releases.isEmpty())
            charts(pages, allCharts, report::Section::Releases);
        pages.table(ReportWording::releasesTable(report));
    }
    if (report.has(report::Section::Appendix)) {
        pages.breakPage();
        pages.heading(report::sectionTitle(report::Section::Appendix));
        pages.paragraph(ReportWording::tr("Definitions"), style.bold, style.text);
        for (const report::KeyFigure &figure : report.keys) {
            pages.paragraph(report::ReportText::keyTitle(figure.key), style.bold, style.text);
            pages.paragraph(ReportWording::keyDefinition(figure.key, report));
        }
        pages.space(gap);
        pages.paragraph(ReportWording::tr("Benchmark"), style.bold, style.text);
        pages.paragraph(ReportWording::benchmarkText(report));
        pages.table(ReportWording::benchmarkTable(report));
        pages.paragraph(ReportWording::tr("Data coverage"), style.bold, style.text);
        pages.table(ReportWording::coverageTable(report));
        pages.paragraph(ReportWording::tr("Records left out"), style.bold, style.text);
        pages.table(ReportWording::exclusionsTable(report));
    }
    this->pages = pages.takePages();
}

void ReportDocument::Private::paintFrame(QPainter &painter, int index) const
{
    const qreal headerY = 28;
    const qreal footerY = page.height() - 40;
    const qreal width = page.width() - 2 * marginX;
    painter.setFont(style.small);
    painter.setPen(style.quiet);
    painter.drawText(QRectF(marginX, headerY, width * 0.6, 14), Qt::AlignLeft | Qt::AlignVCenter, header);
    painter.drawText(QRectF(marginX + width * 0.4, headerY, width * 0.6, 14), Qt::AlignRight | Qt::AlignVCenter,
                     period);
    painter.setPen(QPen(style.rule, 0.75));
    painter.drawLine(QPointF(marginX, headerY + 18), QPointF(marginX + width, headerY + 18));
    painter.drawLine(QPointF(marginX, footerY), QPointF(marginX + width, footerY));
    painter.setPen(style.quiet);
    painter.drawText(QRectF(marginX, footerY + 4, width * 0.7, 14), Qt::AlignLeft | Qt::AlignVCenter, generated);
    //: The footer of every page of a report.
    painter.drawText(QRectF(marginX + width * 0.5, footerY + 4, width * 0.5, 14), Qt::AlignRight | Qt::AlignVCenter,
                     ReportWording::tr("Page %1 of %2").arg(index + 1).arg(pages.size()));
}

ReportDocument::ReportDocument(const report::ReportData &report, ReportPageSize size)
    : d(std::make_unique<Private>())
{
    d->report = report;
    d->page = pointSize(size);
    d->style = ReportStyle::make();
    d->header = ReportWording::headerText(report);
    d->period = ReportWording::periodText(report);
    d->generated = ReportWording::generatedLine(report) + u" · "_s + ReportWording::servicesLine(report);
    d->layOut();
}

ReportDocument::~ReportDocument() = default;

int ReportDocument::pageCount() const
{
    return int(d->pages.size());
}

QSizeF ReportDocument::pageSizePoints() const
{
    return d->page;
}

void ReportDocument::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= d->pages.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), d->page), Qt::white);
    d->paintFrame(painter, index);
    for (const ReportItem &item : d->pages.at(index)) {
        painter.save();
        item.paint(painter, item.rect);
        painter.restore();
    }
    painter.restore();
}

} // namespace flowdeck::views
