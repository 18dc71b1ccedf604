// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/cumulativeflowchart.h"

#include "common/format.h"
#include "metrics/chartstyle.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 dayMs = 24 * 3600000LL;

} // namespace

CumulativeFlowChart::CumulativeFlowChart(QWidget *parent)
    : MetricsChart(parent)
    , m_productionTop(new QLineSeries(this))
    , m_preproductionTop(new QLineSeries(this))
    , m_mergedTop(new QLineSeries(this))
    , m_production(new QAreaSeries(m_productionTop))
    , m_preproduction(new QAreaSeries(m_preproductionTop, m_productionTop))
    , m_merged(new QAreaSeries(m_mergedTop, m_preproductionTop))
    , m_timeAxis(new QDateTimeAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setQuestion(tr("How does work flow towards production?"));
    m_production->setObjectName(u"production"_s);
    m_preproduction->setObjectName(u"preproduction"_s);
    m_merged->setObjectName(u"merged"_s);
    m_production->setName(tr("In production"));
    m_preproduction->setName(tr("In pre-production"));
    m_merged->setName(tr("Merged, not deployed"));
    // Bottom-up in flow order: what is done lies at the bottom, what waits longest on top.
    chart()->addSeries(m_production);
    chart()->addSeries(m_preproduction);
    chart()->addSeries(m_merged);
    m_timeAxis->setTitleText(tr("Day"));
    m_timeAxis->setFormat(chartstyle::dayMonthFormat(QLocale(), u"MMM"_s));
    m_timeAxis->setTickCount(6);
    m_countAxis->setTitleText(tr("Changes"));
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    for (QAreaSeries *band : {m_production, m_preproduction, m_merged}) {
        band->attachAxis(m_timeAxis);
        band->attachAxis(m_countAxis);
    }
    connect(m_production, &QAreaSeries::clicked, this, &CumulativeFlowChart::drillIntoProduction);
    viewport()->setMouseTracking(true);
    restyle();
    setEmptyState(tr("No changes merged or deployed in this period"));
}

CumulativeFlowChart::Data CumulativeFlowChart::prepare(const metrics::MetricsReport &report)
{
    Data data;
    data.days = report.flow.days;
    data.from = report.scope.from;
    data.shipped = report.leadTime.records + report.leadTime.excludedRecords;
    std::sort(
        data.shipped.begin(), data.shipped.end(),
        [](const metrics::ChangeLeadTime &a, const metrics::ChangeLeadTime &b) { return a.deployedAt < b.deployedAt; });
    data.productionTop.reserve(data.days.size());
    data.preproductionTop.reserve(data.days.size());
    data.mergedTop.reserve(data.days.size());
    for (const metrics::FlowDay &day : std::as_const(data.days)) {
        const double x = double(day.day);
        const int top = day.production + day.preproduction + day.merged;
        data.productionTop.append(QPointF(x, day.production));
        data.preproductionTop.append(QPointF(x, day.production + day.preproduction));
        data.mergedTop.append(QPointF(x, top));
        data.highest = std::max(data.highest, top);
    }
    return data;
}

void CumulativeFlowChart::setReport(const metrics::MetricsReport &report)
{
    setData(prepare(report));
}

void CumulativeFlowChart::setData(const Data &data)
{
    m_data = data;
    m_hoveredDay = -1;
    m_productionTop->replace(m_data.productionTop);
    m_preproductionTop->replace(m_data.preproductionTop);
    m_mergedTop->replace(m_data.mergedTop);
    if (!m_data.days.isEmpty()) {
        const Timestamp first = m_data.days.first().day;
        const Timestamp last = std::max(m_data.days.last().day, first + dayMs);
        m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    }
    chartstyle::setCountRange(m_countAxis, m_data.highest);
    setEmptyState(m_data.highest == 0 ? tr("No changes merged or deployed in this period") : QString());
}

void CumulativeFlowChart::restyle()
{
    MetricsChart::restyle();
    const QPalette &palette = this->palette();
    const QColor edge = palette.color(QPalette::Base);
    m_production->setColor(chartstyle::colour(OkabeIto::Green, palette));
    m_preproduction->setColor(chartstyle::colour(OkabeIto::Sky, palette));
    m_merged->setColor(chartstyle::colour(OkabeIto::Orange, palette));
    for (QAreaSeries *band : {m_production, m_preproduction, m_merged})
        band->setBorderColor(edge);
}

qsizetype CumulativeFlowChart::dayAt(double x) const
{
    if (m_data.days.isEmpty())
        return -1;
    const auto next = std::partition_point(m_data.days.cbegin(), m_data.days.cend(),
                                           [x](const metrics::FlowDay &day) { return double(day.day) < x; });
    if (next == m_data.days.cbegin())
        return 0;
    if (next == m_data.days.cend())
        return m_data.days.size() - 1;
    const auto before = next - 1;
    return (x - double(before->day) <= double(next->day) - x ? before : next) - m_data.days.cbegin();
}

void CumulativeFlowChart::mouseMoveEvent(QMouseEvent *event)
{
    MetricsChart::mouseMoveEvent(event);
    const QPointF at = chart()->mapFromScene(mapToScene(event->position().toPoint()));
    qsizetype index = -1;
    if (m_production->isVisible() && chart()->plotArea().contains(at))
        index = dayAt(chart()->mapToValue(at, m_production).x());
    if (index == m_hoveredDay)
        return;
    m_hoveredDay = index;
    showDay(index);
}

void CumulativeFlowChart::leaveEvent(QEvent *event)
{
    MetricsChart::leaveEvent(event);
    if (m_hoveredDay >= 0)
        showToolTip({});
    m_hoveredDay = -1;
}

void CumulativeFlowChart::showDay(qsizetype index)
{
    if (index < 0) {
        showToolTip({});
        return;
    }
    const metrics::FlowDay &day = m_data.days.at(index);
    showToolTip(tr("End of %1\nMerged, not deployed: %2\nIn pre-production: %3\nIn production: %4")
                    .arg(format::date(day.day), format::count(day.merged), format::count(day.preproduction),
                         format::count(day.production)));
}

void CumulativeFlowChart::drillIntoProduction(const QPointF &point)
{
    const qsizetype index = dayAt(point.x());
    if (index < 0)
        return;
    const Timestamp end = m_data.days.at(index).day + dayMs;
    DrillDown records;
    records.title = tr("Changes in production by the end of %1").arg(format::date(m_data.days.at(index).day));
    for (const metrics::ChangeLeadTime &change : std::as_const(m_data.shipped)) {
        if (change.deployedAt >= end)
            break;
        if (change.deployedAt >= m_data.from)
            records.changes.append(change);
    }
    Q_EMIT drillDown(records);
}

} // namespace flowdeck::views
