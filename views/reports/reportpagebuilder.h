// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportwording.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace flowdeck::views {

/// Something drawn on a page: its box in points and how to draw it there.
struct ReportItem
{
    QRectF rect;
    std::function<void(QPainter &, const QRectF &)> paint;
};

/// The type and colours of a printed report. Fonts are sized in pixels, which the report's coordinates make points,
/// so that a page measures and paints the same on a PDF, a screen and an image.
struct ReportStyle
{
    QFont body;
    QFont small;
    QFont bold;
    QFont heading;
    QFont title;
    QFont figure;
    QColor text = QColor(0x20, 0x20, 0x20);
    QColor quiet = QColor(0x5f, 0x5f, 0x5f);
    QColor rule = QColor(0xc8, 0xc8, 0xc8);
    QColor shade = QColor(0xf2, 0xf2, 0xf2);
    QColor accent = QColor(0x00, 0x72, 0xb2);

    static ReportStyle make();
    /// The colour of a level (Okabe–Ito), always shown with its name.
    static QColor levelColour(metrics::Level level);
};

/// Fills pages from top to bottom: blocks go where the last one ended, onto a new page when they do not fit.
/// Paragraphs break between lines and tables between rows (their header repeated), so nothing is cut.
class ReportPageBuilder
{
public:
    ReportPageBuilder(const QRectF &body, const ReportStyle &style);

    QList<QList<ReportItem>> takePages();

    void newPage();
    /// Starts a new page unless the current one is still empty.
    void breakPage();
    qreal remaining() const;
    void space(qreal height);
    /// A block of `height` on this page, or on the next when it does not fit.
    void place(qreal height, std::function<void(QPainter &, const QRectF &)> paint);

    /// A section heading, kept on one page with at least `keepWith` points of what follows.
    void heading(const QString &text, qreal keepWith = 120);
    /// Wrapped text, broken between lines across pages.
    void paragraph(const QString &text, const QFont &font, const QColor &colour);
    void paragraph(const QString &text) { paragraph(text, m_style.body, m_style.text); }
    void table(const ReportTable &table);

    qreal width() const { return m_body.width(); }
    const ReportStyle &style() const { return m_style; }

    /// The height of `text` wrapped to `width` in `font`.
    static qreal textHeight(const QString &text, const QFont &font, qreal width);

private:
    void tableRow(const ReportTable &table, const QStringList &cells, bool header, bool shaded);
    qreal rowHeight(const ReportTable &table, const QStringList &cells, const QFont &font) const;

    QRectF m_body;
    ReportStyle m_style;
    QList<QList<ReportItem>> m_pages;
    qreal m_y = 0;
};

} // namespace flowdeck::views
