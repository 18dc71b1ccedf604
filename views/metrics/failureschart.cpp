// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/failureschart.h"

#include "common/format.h"
#include "metrics/chartstyle.h"
#include "metrics/weekaxis.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

constexpr double hourMs = 3600000.0;

} // namespace

FailuresChart::FailuresChart(QWidget *parent)
    : MetricsChart(parent)
    , m_bars(new QBarSeries(this))
    , m_failures(new QBarSet(tr("Change failures"), this))
    , m_recoveries(new QScatterSeries(this))
    , m_median(new QLineSeries(this))
    , m_weekAxis(new QCategoryAxis(this))
    , m_countAxis(new QValueAxis(this))
    , m_durationAxis(new QCategoryAxis(this))
{
    setQuestion(tr("How often do we fail, and how fast do we recover?"));
    m_bars->setObjectName(u"failures"_s);
    m_failures->setObjectName(u"failures"_s);
    m_recoveries->setObjectName(u"recoveries"_s);
    m_median->setObjectName(u"median"_s);
    m_bars->append(m_failures);
    m_bars->setBarWidth(0.7);
    m_recoveries->setName(tr("Recovery time"));
    m_recoveries->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_recoveries->setMarkerSize(10);
    // The recoveries come last, so that they lie on top of the bars and the median line and take the clicks.
    chart()->addSeries(m_bars);
    chart()->addSeries(m_median);
    chart()->addSeries(m_recoveries);
    m_weekAxis->setTitleText(tr("Week starting"));
    m_weekAxis->setGridLineVisible(false);
    m_countAxis->setTitleText(tr("Failures per week"));
    m_durationAxis->setTitleText(tr("Recovery time (log scale)"));
    // The counts' grid is enough: a second grid would cross it.
    m_durationAxis->setGridLineVisible(false);
    chart()->addAxis(m_weekAxis, Qt::AlignBottom);
    chart()->addAxis(m_countAxis, Qt::AlignLeft);
    chart()->addAxis(m_durationAxis, Qt::AlignRight);
    m_bars->attachAxis(m_weekAxis);
    m_bars->attachAxis(m_countAxis);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_recoveries), static_cast<QXYSeries *>(m_median)}) {
        series->attachAxis(m_weekAxis);
        series->attachAxis(m_durationAxis);
    }
    connect(m_failures, &QBarSet::hovered, this, &FailuresChart::showWeek);
    connect(m_failures, &QBarSet::clicked, this, &FailuresChart::drillIntoWeek);
    connect(m_recoveries, &QScatterSeries::hovered, this, &FailuresChart::showRecovery);
    connect(m_recoveries, &QScatterSeries::clicked, this, &FailuresChart::drillIntoRecovery);
    connect(m_median, &QLineSeries::hovered, this, [this](const QPointF &, bool hovered) { showMedian(hovered); });
    // A wider or narrower plot fits more or fewer week labels.
    connect(chart(), &QChart::plotAreaChanged, this, &FailuresChart::labelWeeks);
    restyle();
    setEmptyState(tr("No production deployments in this period"));
}

void FailuresChart::setReport(const metrics::MetricsReport &report)
{
    m_weeks = report.weeks;
    m_allFailures = report.changeFailureRate.failures;
    m_recoverySummary = report.recoveryTime.summary;
    const qsizetype count = m_weeks.size();
    m_weekFailures = QList<QList<metrics::DeploymentFailure>>(count);
    m_weekUnresolved = QList<int>(count, 0);
    for (const metrics::DeploymentFailure &failure : std::as_const(m_allFailures)) {
        if (const qsizetype week = weekaxis::weekOf(m_weeks, failure.finishedAt); week >= 0) {
            m_weekFailures[week].append(failure);
            if (!failure.recoveredAt)
                ++m_weekUnresolved[week];
        }
    }
    QList<qreal> failures;
    int highest = 0;
    bool deployed = !report.deploymentFrequency.deploymentIds.isEmpty();
    for (const metrics::WeekFigures &week : std::as_const(m_weeks)) {
        failures.append(week.failures);
        highest = std::max(highest, week.failures);
        deployed = deployed || week.deployments > 0;
    }
    m_failures->remove(0, m_failures->count());
    m_failures->append(failures);

    m_recoveryRecords.clear();
    m_recoveryPoints.clear();
    double low = std::numeric_limits<double>::max();
    double high = 0;
    for (const metrics::Recovery &recovery : report.recoveryTime.records) {
        const double x = weekaxis::position(m_weeks, recovery.failedAt);
        if (x < -0.5)
            continue;
        const double hours = double(recovery.spanMs) / hourMs;
        m_recoveryRecords.append(recovery);
        m_recoveryPoints.append(QPointF(x, chartstyle::durationPosition(hours)));
        low = std::min(low, hours);
        high = std::max(high, hours);
    }
    m_recoveries->replace(m_recoveryPoints);
    if (m_recoverySummary.medianHours) {
        const double hours = *m_recoverySummary.medianHours;
        const double y = chartstyle::durationPosition(hours);
        m_median->replace(QList<QPointF>{{-0.5, y}, {double(std::max<qsizetype>(count, 1)) - 0.5, y}});
        m_median->setName(tr("Median recovery %1").arg(chartstyle::hours(hours)));
        low = std::min(low, hours);
        high = std::max(high, hours);
    } else {
        m_median->clear();
    }
    if (low > high)
        low = high = 1;
    chartstyle::setDurationRange(m_durationAxis, low, high);

    m_weekLabelStep = 0;
    labelWeeks();
    chartstyle::setCountRange(m_countAxis, highest);
    if (m_allFailures.isEmpty() && highest == 0) {
        setEmptyState(deployed ? tr("No deployment caused a failure in this period")
                               : tr("No production deployments in this period"));
        return;
    }
    setEmptyState({});
    m_median->setVisible(m_recoverySummary.medianHours.has_value());
}

void FailuresChart::labelWeeks()
{
    const qsizetype step = weekaxis::labelStep(m_weekAxis, m_weeks, chart()->plotArea().width());
    if (step == m_weekLabelStep)
        return;
    m_weekLabelStep = step;
    weekaxis::fill(m_weekAxis, m_weeks, step);
}

void FailuresChart::restyle()
{
    MetricsChart::restyle();
    const QPalette &palette = this->palette();
    m_failures->setColor(chartstyle::colour(OkabeIto::Vermillion, palette));
    m_failures->setBorderColor(palette.color(QPalette::Base));
    m_recoveries->setColor(chartstyle::colour(OkabeIto::Blue, palette));
    m_recoveries->setBorderColor(palette.color(QPalette::Base));
    m_median->setPen(QPen(chartstyle::colour(OkabeIto::Blue, palette), 2, Qt::DashLine));
    // Another font fits another number of labels.
    m_weekLabelStep = 0;
    labelWeeks();
}

qsizetype FailuresChart::recoveryAt(const QPointF &point) const
{
    // The series names the point itself; nearest, in the axes' proportions, in case it is not exactly one of ours.
    const double xSpan = std::max(1e-9, m_weekAxis->max() - m_weekAxis->min());
    const double ySpan = std::max(1e-9, m_durationAxis->max() - m_durationAxis->min());
    qsizetype nearest = -1;
    double best = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < m_recoveryPoints.size(); ++i) {
        const double dx = (m_recoveryPoints.at(i).x() - point.x()) / xSpan;
        const double dy = (m_recoveryPoints.at(i).y() - point.y()) / ySpan;
        if (const double distance = dx * dx + dy * dy; distance < best) {
            best = distance;
            nearest = i;
        }
    }
    return nearest;
}

void FailuresChart::showWeek(bool hovered, int week)
{
    if (!hovered || week < 0 || week >= m_weeks.size()) {
        showToolTip({});
        return;
    }
    const metrics::WeekFigures &figures = m_weeks.at(week);
    QString text = tr("Week of %1\nChange failures: %2\nProduction deployments: %3")
                       .arg(chartstyle::titleDay(figures.start), format::count(figures.failures),
                            format::count(figures.deployments));
    if (const int unresolved = m_weekUnresolved.at(week); unresolved > 0)
        text += u'\n' + tr("Not recovered yet: %1").arg(format::count(unresolved));
    showToolTip(text);
}

void FailuresChart::drillIntoWeek(int week)
{
    if (week < 0 || week >= m_weeks.size())
        return;
    DrillDown records;
    records.title = tr("Change failures in the week of %1").arg(chartstyle::titleDay(m_weeks.at(week).start));
    records.failures = m_weekFailures.at(week);
    for (const metrics::DeploymentFailure &failure : std::as_const(records.failures))
        records.deploymentIds.append(failure.deploymentId);
    Q_EMIT drillDown(records);
}

void FailuresChart::showRecovery(const QPointF &point, bool hovered)
{
    const qsizetype index = hovered ? recoveryAt(point) : -1;
    if (index < 0) {
        showToolTip({});
        return;
    }
    const metrics::Recovery &recovery = m_recoveryRecords.at(index);
    showToolTip(tr("Recovered after: %1\nFailed: %2\nRecovered: %3")
                    .arg(chartstyle::durationWithHours(recovery.spanMs), format::dateTime(recovery.failedAt),
                         format::dateTime(recovery.recoveredAt)));
}

void FailuresChart::drillIntoRecovery(const QPointF &point)
{
    const qsizetype index = recoveryAt(point);
    if (index < 0)
        return;
    const metrics::Recovery &recovery = m_recoveryRecords.at(index);
    DrillDown records;
    records.title = tr("Failure of %1, recovered after %2")
                        .arg(format::dateTime(recovery.failedAt), format::duration(recovery.spanMs));
    records.deploymentIds.append(recovery.deploymentId);
    for (const metrics::DeploymentFailure &failure : std::as_const(m_allFailures)) {
        if (failure.deploymentId == recovery.deploymentId)
            records.failures.append(failure);
    }
    Q_EMIT drillDown(records);
}

void FailuresChart::showMedian(bool hovered)
{
    if (!hovered || !m_recoverySummary.medianHours) {
        showToolTip({});
        return;
    }
    const qint64 median = qint64(std::llround(*m_recoverySummary.medianHours * hourMs));
    showToolTip(tr("Median recovery time: %1\nRecoveries: %2")
                    .arg(chartstyle::durationWithHours(median), format::count(m_recoverySummary.count)));
}

} // namespace flowdeck::views
