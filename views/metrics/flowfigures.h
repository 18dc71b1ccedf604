// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/drilldown.h"
#include "metrics/metrics.h"

#include <QList>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QToolButton;

namespace flowdeck::views {

/// The Metrics page's row of flow figures beneath the tiles: throughput, flow efficiency, work in progress and the
/// median cycle time, each opening the records behind it.
class FlowFigures : public QWidget
{
    Q_OBJECT

public:
    enum class Figure
    {
        Throughput,
        FlowEfficiency,
        WipNow,
        CycleTime
    };
    static constexpr int figureCount = 4;

    explicit FlowFigures(QWidget *parent = nullptr);

    /// Shows the flow figures of `report`.
    void setReport(const metrics::MetricsReport &report);
    /// Forgets the report shown: the figures open nothing until the next one.
    void clear();

    /// The value shown for a figure.
    QString figureText(Figure figure) const;
    QToolButton *button(Figure figure) const { return m_values.value(int(figure)); }
    QLabel *titleLabel() const { return m_title; }

    /// The records behind a figure of the report shown; empty without a report.
    DrillDown drillDown(Figure figure) const;

    /// The width the row takes with its figures in one line.
    int singleLineWidth() const;
    /// Lays the figures out in `columns` (4 or 2) a line.
    void setColumns(int columns);

Q_SIGNALS:
    /// A figure was clicked: show the records behind it.
    void drillDownRequested(const flowdeck::views::DrillDown &records);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFigures();
    void retranslate();

    /// The flow of the report shown, the changes it shipped (throughput's records), and its period.
    std::optional<metrics::Flow> m_flow;
    QList<metrics::ChangeLeadTime> m_shipped;
    metrics::Scope m_scope;
    int m_columns = 0;
    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QList<QLabel *> m_captions;
    QList<QToolButton *> m_values;
};

} // namespace flowdeck::views
