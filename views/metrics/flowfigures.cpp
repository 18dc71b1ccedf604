// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/flowfigures.h"
#include "metrics/figurerow.h"

#include "common/format.h"
#include "common/pagestyle.h"
#include "metrics/doratiles.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace flowdeck::views {

using namespace Qt::StringLiterals;
using pagestyle::unit;

FlowFigures::FlowFigures(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"flowFigures"_s);
    m_grid = figurerow::grid(this);
    m_title = figurerow::title(this);
    for (int i = 0; i < figureCount; ++i) {
        auto *caption = figurerow::caption(this);
        m_captions.append(caption);
        // Each figure opens its records.
        QToolButton *value = figurerow::value(this, u"flowFigure%1"_s.arg(i), caption);
        m_values.append(value);
        const auto figure = Figure(i);
        connect(value, &QToolButton::clicked, this, [this, figure] {
            if (m_flow)
                Q_EMIT drillDownRequested(drillDown(figure));
        });
    }
    retranslate();
    setColumns(figureCount);
}

void FlowFigures::setReport(const metrics::MetricsReport &report)
{
    m_flow = report.flow;
    m_shipped = report.leadTime.records;
    m_scope = report.scope;
    showFigures();
}

void FlowFigures::clear()
{
    m_flow.reset();
    m_shipped.clear();
}

QString FlowFigures::figureText(Figure figure) const
{
    return m_values[int(figure)]->text();
}

DrillDown FlowFigures::drillDown(Figure figure) const
{
    DrillDown records;
    if (!m_flow)
        return records;
    const QString period = doratiles::periodText(m_scope);
    switch (figure) {
    case Figure::Throughput:
        records.title = tr("Changes shipped to production, %1").arg(period);
        records.changes = m_shipped;
        break;
    case Figure::FlowEfficiency:
        records.title = tr("Pipeline runs, %1").arg(period);
        records.runs = m_flow->runs;
        break;
    case Figure::WipNow:
        records.title = tr("Changes merged but not in production at the period's end, %1").arg(period);
        records.changes = m_flow->inProgress;
        break;
    case Figure::CycleTime:
        records.title = tr("Cycle times of the changes shipped to production, %1").arg(period);
        records.changes = m_flow->cycleRecords;
        break;
    }
    return records;
}

int FlowFigures::singleLineWidth() const
{
    int width = m_title->sizeHint().width();
    for (int i = 0; i < figureCount; ++i)
        width += m_captions[i]->sizeHint().width() + m_values[i]->sizeHint().width() + unit;
    return width;
}

void FlowFigures::setColumns(int columns)
{
    if (columns == m_columns)
        return;
    m_columns = columns;
    m_grid->removeWidget(m_title);
    for (int i = 0; i < figureCount; ++i) {
        m_grid->removeWidget(m_captions[i]);
        m_grid->removeWidget(m_values[i]);
    }
    m_grid->addWidget(m_title, 0, 0);
    for (int i = 0; i < figureCount; ++i) {
        const int column = 1 + i % columns * 2;
        m_grid->addWidget(m_captions[i], i / columns, column);
        m_grid->addWidget(m_values[i], i / columns, column + 1, Qt::AlignLeft);
    }
    for (int column = 0; column <= 2 * figureCount + 1; ++column)
        m_grid->setColumnStretch(column, column == 1 + 2 * columns ? 1 : 0);
}

void FlowFigures::showFigures()
{
    if (!m_flow)
        return;
    const metrics::Flow &flow = *m_flow;
    auto set = [this](Figure figure, const QString &value, const QString &tip, bool records) {
        QToolButton *button = m_values[int(figure)];
        button->setToolTip(tip);
        button->setText(value);
        button->setEnabled(records);
    };
    set(Figure::Throughput, tr("%1 changes/week").arg(QLocale().toString(flow.throughputPerWeek, 'f', 1)),
        tr("Changes first shipped to production per week of the period: %1. Click to see them.")
            .arg(QLocale().toString(flow.throughputPerWeek, 'f', 3)),
        !m_shipped.isEmpty());
    set(Figure::FlowEfficiency,
        flow.flowEfficiency ? tr("%1 %").arg(doratiles::percent(*flow.flowEfficiency)) : format::missing(),
        flow.flowEfficiency
            ? tr("Work ÷ (queue + work) over the jobs of the pipeline runs that finished in the period (%1): %2 %. "
                 "Click to see the runs.")
                  .arg(format::count(flow.runs.size()), QLocale().toString(*flow.flowEfficiency * 100, 'f', 2))
            : tr("No pipeline run of the period has job times."),
        flow.flowEfficiency.has_value());
    set(Figure::WipNow, flow.wipNow == 1 ? tr("1 change") : tr("%n changes", nullptr, flow.wipNow),
        tr("Changes merged but not in production at the end of the period. Click to see them and how long each has "
           "waited."),
        !flow.inProgress.isEmpty());
    set(Figure::CycleTime,
        flow.cycleTime.medianHours ? doratiles::hours(flow.cycleTime.medianHours) : format::missing(),
        tr("From a change's merge (committer time) to its first production deployment, for the changes shipped in "
           "the period (%1): median %2, 85th percentile %3. Click to see them.")
            .arg(format::count(flow.cycleTime.count), doratiles::exactHours(flow.cycleTime.medianHours),
                 doratiles::exactHours(flow.cycleTime.p85Hours)),
        !flow.cycleRecords.isEmpty());
}

void FlowFigures::retranslate()
{
    m_title->setText(tr("Flow"));
    const QStringList captions = {tr("Throughput"), tr("Flow efficiency"), tr("Work in progress"),
                                  tr("Cycle time (median)")};
    for (int i = 0; i < figureCount; ++i)
        m_captions[i]->setText(captions[i]);
    showFigures();
}

void FlowFigures::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace flowdeck::views
