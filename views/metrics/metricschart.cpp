// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metricschart.h"

#include "common/pagestyle.h"
#include "metrics/chartstyle.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QToolTip>

namespace flowdeck::views {

MetricsChart::MetricsChart(QWidget *parent)
    : QChartView(parent)
{
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    auto *plot = new QChart;
    // setChart() releases the chart the view made for itself without deleting it.
    QChart *made = chart();
    setChart(plot);
    delete made;
    m_emptyText = new QGraphicsSimpleTextItem(plot);
    m_emptyText->setVisible(false);
    m_emptyText->setZValue(10);
    connect(plot, &QChart::plotAreaChanged, this, &MetricsChart::placeEmptyText);
}

QSize MetricsChart::sizeHint() const
{
    // Two charts side by side fill the Metrics page of a 1280 px wide window.
    return {70 * pagestyle::unit, 42 * pagestyle::unit};
}

QSize MetricsChart::minimumSizeHint() const
{
    // Titles, axis titles and legends stay whole down to this size.
    return {55 * pagestyle::unit, 35 * pagestyle::unit};
}

QString MetricsChart::emptyStateText() const
{
    return m_emptyText->isVisible() ? m_emptyText->text() : QString();
}

void MetricsChart::setQuestion(const QString &question)
{
    chart()->setTitle(question);
    setAccessibleName(question);
}

void MetricsChart::setEmptyState(const QString &text)
{
    const bool empty = !text.isEmpty();
    m_emptyText->setText(text);
    m_emptyText->setVisible(empty);
    setAccessibleDescription(text);
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *one : series)
        one->setVisible(!empty);
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        axis->setVisible(!empty);
    chart()->legend()->setVisible(!empty);
    placeEmptyText();
}

void MetricsChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, viewport());
}

void MetricsChart::restyle()
{
    chartstyle::applyTheme(chart(), this);
    setBackgroundBrush(palette().brush(QPalette::Base));
    m_emptyText->setFont(font());
    m_emptyText->setBrush(palette().color(QPalette::PlaceholderText));
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes)
        chartstyle::styleAxis(axis, this);
    // Lines and points show in the legend as they are drawn (a dashed line, a diamond); bars and areas keep
    // their filled squares.
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *one : series) {
        if (one->type() != QAbstractSeries::SeriesTypeLine && one->type() != QAbstractSeries::SeriesTypeScatter)
            continue;
        const QList<QLegendMarker *> markers = chart()->legend()->markers(one);
        for (QLegendMarker *marker : markers)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    placeEmptyText();
}

void MetricsChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

void MetricsChart::placeEmptyText()
{
    const QRectF area = chart()->plotArea();
    const QRectF text = m_emptyText->boundingRect();
    m_emptyText->setPos(area.center() - QPointF(text.width() / 2, text.height() / 2));
}

} // namespace flowdeck::views
