// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpagebuilder.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <utility>

namespace flowdeck::views {

namespace {

/// Room inside a table cell.
constexpr qreal cellPadding = 4;
constexpr qreal paragraphGap = 6;

QFont sized(const QFont &base, int pixels, QFont::Weight weight)
{
    QFont font = base;
    font.setPixelSize(pixels);
    font.setWeight(weight);
    // Unhinted, so that text measures the same on every device the page is painted on.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

/// The lines of `text` wrapped to `width`.
QStringList wrappedLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    for (const QString &part : text.split(u'\n')) {
        QTextLayout layout(part, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(part.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        if (part.isEmpty())
            lines.append(QString());
    }
    return lines;
}

} // namespace

ReportStyle ReportStyle::make()
{
    const QFont base = QGuiApplication::font();
    ReportStyle style;
    style.body = sized(base, 10, QFont::Normal);
    style.small = sized(base, 8, QFont::Normal);
    style.bold = sized(base, 10, QFont::DemiBold);
    style.heading = sized(base, 16, QFont::DemiBold);
    style.title = sized(base, 28, QFont::Bold);
    style.figure = sized(base, 20, QFont::Bold);
    return style;
}

QColor ReportStyle::levelColour(metrics::Level level)
{
    switch (level) {
    case metrics::Level::Elite:
        return QColor(0x00, 0x9e, 0x73);
    case metrics::Level::High:
        return QColor(0x00, 0x72, 0xb2);
    case metrics::Level::Medium:
        return QColor(0xe6, 0x9f, 0x00);
    case metrics::Level::Low:
        return QColor(0xd5, 0x5e, 0x00);
    case metrics::Level::None:
        break;
    }
    return QColor(0x80, 0x80, 0x80);
}

ReportPageBuilder::ReportPageBuilder(const QRectF &body, const ReportStyle &style)
    : m_body(body)
    , m_style(style)
{
    newPage();
}

QList<QList<ReportItem>> ReportPageBuilder::takePages()
{
    // A last page left empty by a page break is not printed.
    if (m_pages.size() > 1 && m_pages.last().isEmpty())
        m_pages.removeLast();
    return std::exchange(m_pages, {});
}

void ReportPageBuilder::newPage()
{
    m_pages.append(QList<ReportItem>());
    m_y = m_body.top();
}

void ReportPageBuilder::breakPage()
{
    if (!m_pages.last().isEmpty())
        newPage();
}

qreal ReportPageBuilder::remaining() const
{
    return m_body.bottom() - m_y;
}

void ReportPageBuilder::space(qreal height)
{
    m_y = std::min(m_y + height, m_body.bottom());
}

void ReportPageBuilder::place(qreal height, std::function<void(QPainter &, const QRectF &)> paint)
{
    if (height > remaining() && !m_pages.last().isEmpty())
        newPage();
    m_pages.last().append({QRectF(m_body.left(), m_y, m_body.width(), height), std::move(paint)});
    m_y += height;
}

void ReportPageBuilder::heading(const QString &text, qreal keepWith)
{
    const QFont font = m_style.heading;
    const qreal height = textHeight(text, font, m_body.width()) + 8;
    if (height + keepWith > remaining())
        breakPage();
    const QColor colour = m_style.text;
    const QColor rule = m_style.accent;
    place(height, [text, font, colour, rule](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(colour);
        painter.drawText(rect.adjusted(0, 0, 0, -8), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
        painter.setPen(QPen(rule, 1.5));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - 3), QPointF(rect.right(), rect.bottom() - 3));
    });
    space(6);
}

void ReportPageBuilder::paragraph(const QString &text, const QFont &font, const QColor &colour)
{
    const qreal lineHeight = QFontMetricsF(font).lineSpacing();
    for (const QString &line : wrappedLines(text, font, m_body.width())) {
        place(lineHeight, [line, font, colour](QPainter &painter, const QRectF &rect) {
            painter.setFont(font);
            painter.setPen(colour);
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, line);
        });
    }
    space(paragraphGap);
}

qreal ReportPageBuilder::textHeight(const QString &text, const QFont &font, qreal width)
{
    return wrappedLines(text, font, width).size() * QFontMetricsF(font).lineSpacing();
}

qreal ReportPageBuilder::rowHeight(const ReportTable &table, const QStringList &cells, const QFont &font) const
{
    qreal height = 0;
    for (qsizetype column = 0; column < cells.size(); ++column) {
        const qreal width = table.widths.value(column) * m_body.width() - 2 * cellPadding;
        height = std::max(height, textHeight(cells.at(column), font, width));
    }
    return height + 2 * cellPadding;
}

void ReportPageBuilder::tableRow(const ReportTable &table, const QStringList &cells, bool header, bool shaded)
{
    const QFont font = header ? m_style.bold : m_style.body;
    const qreal height = rowHeight(table, cells, font);
    const QColor text = m_style.text;
    const QColor rule = m_style.rule;
    const QColor shade = shaded ? m_style.shade : QColor(Qt::transparent);
    QList<qreal> widths;
    for (const double share : table.widths)
        widths.append(share * m_body.width());
    const QList<bool> numeric = table.numeric;
    QList<QStringList> lines;
    for (qsizetype column = 0; column < cells.size(); ++column)
        lines.append(wrappedLines(cells.at(column), font, widths.value(column) - 2 * cellPadding));
    place(height, [=](QPainter &painter, const QRectF &rect) {
        if (shade.alpha() > 0)
            painter.fillRect(rect, shade);
        painter.setFont(font);
        painter.setPen(text);
        const qreal lineHeight = QFontMetricsF(font).lineSpacing();
        qreal x = rect.left();
        for (qsizetype column = 0; column < lines.size(); ++column) {
            const qreal width = widths.value(column);
            const Qt::Alignment align = (numeric.value(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            qreal y = rect.top() + cellPadding;
            for (const QString &line : lines.at(column)) {
                painter.drawText(QRectF(x + cellPadding, y, width - 2 * cellPadding, lineHeight), align, line);
                y += lineHeight;
            }
            x += width;
        }
        painter.setPen(QPen(rule, header ? 1.0 : 0.5));
        painter.drawLine(rect.bottomLeft(), rect.bottomRight());
    });
}

void ReportPageBuilder::table(const ReportTable &table)
{
    if (table.rows.isEmpty()) {
        paragraph(table.empty, m_style.body, m_style.quiet);
        return;
    }
    // The header and the first row stay together; a row that does not fit goes to the next page under the header.
    const qreal headerHeight = rowHeight(table, table.headers, m_style.bold);
    if (headerHeight + rowHeight(table, table.rows.first(), m_style.body) > remaining())
        breakPage();
    tableRow(table, table.headers, true, true);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        if (rowHeight(table, row, m_style.body) > remaining()) {
            newPage();
            tableRow(table, table.headers, true, true);
        }
        tableRow(table, row, false, i % 2 == 1);
    }
    space(2 * paragraphGap);
}

} // namespace flowdeck::views
