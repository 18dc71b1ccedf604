// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/drilldown.h"

#include <QChartView>

class QGraphicsSimpleTextItem;

namespace flowdeck::views {

/// What the Metrics page's charts share: the theme following the palette, a size that suits a two-column grid,
/// the text shown when a report holds nothing for the chart, tooltips, and the drill-down signal.
class MetricsChart : public QChartView
{
    Q_OBJECT

public:
    explicit MetricsChart(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The text shown in place of the plot when the report holds nothing for this chart; empty while it shows
    /// data.
    QString emptyStateText() const;

Q_SIGNALS:
    /// The user clicked a bar, a point or an area: the records behind it.
    void drillDown(const flowdeck::views::DrillDown &records);

protected:
    /// Sets the chart's title, the question it answers, which is also its accessible name.
    void setQuestion(const QString &question);
    /// Shows `text` in place of the series, axes and legend; an empty text shows them again.
    void setEmptyState(const QString &text);
    /// Shows `text` as a tooltip at the mouse pointer, or hides the tooltip when `text` is empty.
    void showToolTip(const QString &text);

    /// Applies the palette and font to the chart, its axes and its series. Each chart calls it once it is built;
    /// it runs again when the palette or the font changes.
    virtual void restyle();

    void changeEvent(QEvent *event) override;

private:
    void placeEmptyText();

    QGraphicsSimpleTextItem *m_emptyText = nullptr;
};

} // namespace flowdeck::views
