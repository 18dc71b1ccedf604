// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/chartstyle.h"
#include "metrics/cumulativeflowchart.h"
#include "metrics/deploymentschart.h"
#include "metrics/failureschart.h"
#include "metrics/leadtimechart.h"
#include "metrics/leadtimehistogram.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace flowdeck;
using namespace flowdeck::views;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(flowdeck::views::DrillDown)

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 weekMs = 7 * dayMs;

const QString pngFolder = u"/tmp/charts"_s;

// A moment written as "2024-03-05 10:00", in UTC.
Timestamp at(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
    return QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch();
}

metrics::ChangeLeadTime change(Id commit, Id deployment, const QString &deployedAt, qint64 spanMs)
{
    metrics::ChangeLeadTime change;
    change.commitId = commit;
    change.serviceId = 1;
    change.deploymentId = deployment;
    change.deployedAt = at(deployedAt);
    change.start = change.deployedAt - spanMs;
    change.spanMs = spanMs;
    return change;
}

metrics::WeekFigures week(const QString &start, int deployments, int failures)
{
    metrics::WeekFigures figures;
    figures.start = at(start);
    figures.end = figures.start + weekMs;
    figures.deployments = deployments;
    figures.failures = failures;
    return figures;
}

// Three weeks from Monday 4 March 2024: 3 deployments (one failed), none, 2 (one failed); seven changes; one
// recovery; three days of flow.
metrics::MetricsReport smallReport()
{
    metrics::MetricsReport report;
    report.scope.from = at(u"2024-03-04 00:00"_s);
    report.scope.to = at(u"2024-03-25 00:00"_s);
    report.weeks = {week(u"2024-03-04 00:00"_s, 3, 1), week(u"2024-03-11 00:00"_s, 0, 0),
                    week(u"2024-03-18 00:00"_s, 2, 1)};
    report.deploymentFrequency.deploymentIds = {101, 102, 103, 104, 105};
    report.deploymentFrequency.deployments = 5;

    metrics::DeploymentFailure incident;
    incident.deploymentId = 102;
    incident.serviceId = 1;
    incident.finishedAt = at(u"2024-03-05 10:00"_s);
    incident.cause = metrics::FailureCause::Incident;
    incident.incidentIds = {7};
    incident.recoveredAt = at(u"2024-03-05 13:00"_s);
    metrics::DeploymentFailure rollback;
    rollback.deploymentId = 105;
    rollback.serviceId = 1;
    rollback.finishedAt = at(u"2024-03-20 09:00"_s);
    rollback.cause = metrics::FailureCause::Incident;
    rollback.incidentIds = {8};
    report.changeFailureRate.deployments = 5;
    report.changeFailureRate.failed = 2;
    report.changeFailureRate.rate = 0.4;
    report.changeFailureRate.failures = {incident, rollback};
    report.recoveryTime.records = {{102, incident.finishedAt, *incident.recoveredAt, 3 * hourMs}};
    report.recoveryTime.unresolvedDeploymentIds = {105};
    report.recoveryTime.summary = {1, 3.0, 3.0, 3.0};

    report.leadTime.records = {
        change(1, 102, u"2024-03-05 10:00"_s, 30 * minuteMs), // 0.5 h: < 1 h
        change(2, 102, u"2024-03-05 10:00"_s, 2 * hourMs),    // 2 h: 1–4 h
        change(3, 103, u"2024-03-06 12:00"_s, 26 * hourMs),   // 26 h: 1–3 d
        change(4, 104, u"2024-03-12 08:00"_s, 4 * hourMs),    // 4 h exactly: 4–24 h
        change(5, 105, u"2024-03-20 09:00"_s, 5 * dayMs),     // 120 h: 3–7 d
        change(6, 105, u"2024-03-20 09:00"_s, 10 * dayMs),    // 240 h: 1–2 w
        change(7, 105, u"2024-03-22 15:00"_s, 40 * dayMs),    // 960 h: > 4 w
    };
    report.leadTime.excludedRecords = {change(8, 102, u"2024-03-05 11:00"_s, 0)};
    // Sorted hours 0.5, 2, 4, 26, 120, 240, 960: the median is the 4th; the 85th percentile lies at rank
    // 0.85 × 6 = 5.1, a tenth of the way from 240 to 960: 312.
    report.leadTime.summary = {7, 26.0, 312.0, (0.5 + 2 + 4 + 26 + 120 + 240 + 960) / 7};

    auto day = [](const QString &start, int merged, int preproduction, int production) {
        return metrics::FlowDay{at(start), merged, preproduction, production};
    };
    report.flow.days = {day(u"2024-03-04 00:00"_s, 2, 1, 0), day(u"2024-03-05 00:00"_s, 1, 1, 2),
                        day(u"2024-03-06 00:00"_s, 0, 2, 3)};
    return report;
}

// A quarter of a busy team, for the pictures: weeks of 4 to 20 deployments, a few changes each with lead times
// spread over hours to weeks, some failures, and the flow day by day.
metrics::MetricsReport busyReport()
{
    QRandomGenerator random(20240101);
    metrics::MetricsReport report;
    report.scope.from = at(u"2024-01-01 00:00"_s);
    report.scope.to = report.scope.from + 13 * weekMs;
    std::vector<double> leadHours;
    std::vector<double> recoveryHours;
    Id deploymentId = 1;
    Id commitId = 1;
    for (int w = 0; w < 13; ++w) {
        metrics::WeekFigures figures;
        figures.start = report.scope.from + w * weekMs;
        figures.end = figures.start + weekMs;
        figures.deployments = 4 + int(random.bounded(17));
        for (int d = 0; d < figures.deployments; ++d) {
            const Timestamp finished = figures.start + qint64(random.bounded(weekMs));
            report.deploymentFrequency.deploymentIds.append(deploymentId);
            const int changes = 1 + int(random.bounded(4));
            for (int c = 0; c < changes; ++c) {
                const double hours = std::exp(std::log(20.0) + 1.4 * (random.generateDouble() * 2 - 1) * 1.7);
                const qint64 span = qint64(hours * hourMs);
                report.leadTime.records.append({commitId++, 1, deploymentId, finished - span, finished, span});
                leadHours.push_back(hours);
            }
            if (random.bounded(100) < 14) {
                metrics::DeploymentFailure failure;
                failure.deploymentId = deploymentId;
                failure.finishedAt = finished;
                const double hours = std::exp(std::log(3.0) + (random.generateDouble() * 2 - 1) * 2.0);
                failure.recoveredAt = finished + qint64(hours * hourMs);
                report.changeFailureRate.failures.append(failure);
                report.recoveryTime.records.append(
                    {deploymentId, finished, *failure.recoveredAt, *failure.recoveredAt - finished});
                recoveryHours.push_back(hours);
                ++figures.failures;
            }
            ++deploymentId;
        }
        report.weeks.append(figures);
    }
    report.leadTime.summary.count = int(leadHours.size());
    report.leadTime.summary.medianHours = metrics::interpolatedPercentile(leadHours, 50);
    report.leadTime.summary.p85Hours = metrics::interpolatedPercentile(leadHours, 85);
    report.recoveryTime.summary.count = int(recoveryHours.size());
    report.recoveryTime.summary.medianHours = metrics::interpolatedPercentile(recoveryHours, 50);
    int merged = 6;
    int preproduction = 3;
    int production = 0;
    for (int d = 0; d < 91; ++d) {
        const int shipped = std::min(preproduction, int(random.bounded(4)));
        const int promoted = std::min(merged, int(random.bounded(5)));
        production += shipped;
        preproduction += promoted - shipped;
        merged += int(random.bounded(5)) - promoted;
        report.flow.days.append({report.scope.from + d * dayMs, merged, preproduction, production});
    }
    return report;
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2A, 0x2A, 0x2A));
    palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Text, QColor(0xE0, 0xE0, 0xE0));
    palette.setColor(QPalette::WindowText, QColor(0xE0, 0xE0, 0xE0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return palette;
}

template<typename Series>
Series *seriesNamed(QChartView *view, const QString &name)
{
    const QList<QAbstractSeries *> all = view->chart()->series();
    for (QAbstractSeries *series : all) {
        if (series->objectName() == name)
            return qobject_cast<Series *>(series);
    }
    return nullptr;
}

QBarSet *barSet(QAbstractBarSeries *series, const QString &name)
{
    const QList<QBarSet *> sets = series->barSets();
    for (QBarSet *set : sets) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> values;
    for (int i = 0; i < set->count(); ++i)
        values.append(set->at(i));
    return values;
}

QList<Id> commitsOf(const QList<metrics::ChangeLeadTime> &changes)
{
    QList<Id> commits;
    for (const metrics::ChangeLeadTime &change : changes)
        commits.append(change.commitId);
    std::sort(commits.begin(), commits.end());
    return commits;
}

QList<Id> deploymentsOf(const QList<metrics::DeploymentFailure> &failures)
{
    QList<Id> ids;
    for (const metrics::DeploymentFailure &failure : failures)
        ids.append(failure.deploymentId);
    return ids;
}

DrillDown lastDrillDown(const QSignalSpy &spy)
{
    return spy.last().at(0).value<DrillDown>();
}

// A point at a time and a duration in hours, as a control chart draws it.
QPointF onDurationAxis(const QString &time, double hours)
{
    return {double(at(time)), std::log10(hours)};
}

// Where a value of `series` is drawn, in the view's viewport.
QPoint viewportPosition(QChartView *view, const QPointF &value, QAbstractSeries *series)
{
    const QPointF scene = view->chart()->mapToScene(view->chart()->mapToPosition(value, series));
    return view->mapFromScene(scene);
}

void showAt640(QChartView *view)
{
    view->resize(640, 360);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view));
}

void savePng(QWidget *widget, const QString &name, QSize size = {640, 360})
{
    widget->resize(size);
    // The chart lays itself out again on posted events, as it would in the running application.
    QCoreApplication::processEvents();
    QVERIFY(QDir().mkpath(pngFolder));
    QVERIFY(widget->grab().save(pngFolder + u'/' + name + u".png"_s));
}

} // namespace

class tst_MetricsCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void dayMonthFormat_data();
    void dayMonthFormat();
    void countRange();
    void followsThePalette();

    void deploymentsPerWeek();
    void deploymentsDrillDown();
    void deploymentsToolTip();
    void deploymentsEmpty();
    void weekLabelsFitTheWidth();

    void leadTimePoints();
    void leadTimeClickAPoint();
    void leadTimeMergedPoints();
    void leadTimeEmpty();
    void leadTimeManyChanges();

    void histogramBins();
    void histogramBinBounds();
    void histogramDrillDown();
    void histogramEmpty();
    void cycleHistogram();

    void failuresPerWeek();
    void failuresDrillDown();
    void failuresEmpty();

    void cumulativeFlowStacks();
    void cumulativeFlowDrillDown();
    void cumulativeFlowEmpty();

    void pictures();
};

void tst_MetricsCharts::initTestCase()
{
    qRegisterMetaType<DrillDown>();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void tst_MetricsCharts::dayMonthFormat_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("axis");
    QTest::addColumn<QString>("title");
    // The long date formats of Qt's locale data: "dddd, d MMMM yyyy", "dddd, MMMM d, yyyy", "dddd, d. MMMM yyyy",
    // "dddd, d 'de' MMMM 'de' yyyy", "yyyy年M月d日dddd".
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << u"d MMM"_s << u"d MMMM"_s;
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << u"MMM d"_s << u"MMMM d"_s;
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << u"d. MMM"_s << u"d. MMMM"_s;
    QTest::newRow("es_ES") << QLocale(QLocale::Spanish, QLocale::Spain) << u"d 'de' MMM"_s << u"d 'de' MMMM"_s;
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan) << u"M月d日"_s << u"M月d日"_s;
}

void tst_MetricsCharts::dayMonthFormat()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, axis);
    QFETCH(QString, title);
    QCOMPARE(chartstyle::dayMonthFormat(locale, u"MMM"_s), axis);
    QCOMPARE(chartstyle::dayMonthFormat(locale, u"MMMM"_s), title);
}

void tst_MetricsCharts::countRange()
{
    QValueAxis axis;
    chartstyle::setCountRange(&axis, 0);
    QCOMPARE(axis.max(), 1.0);
    QCOMPARE(axis.tickCount(), 2);
    chartstyle::setCountRange(&axis, 3);
    // Steps of 1 up to 3: four ticks, 0 to 3.
    QCOMPARE(axis.max(), 3.0);
    QCOMPARE(axis.tickCount(), 4);
    chartstyle::setCountRange(&axis, 7);
    // Steps of 2 (1 would need 7 intervals): 0 to 8.
    QCOMPARE(axis.max(), 8.0);
    QCOMPARE(axis.tickCount(), 5);
    chartstyle::setCountRange(&axis, 23);
    // Steps of 5: 0 to 25.
    QCOMPARE(axis.max(), 25.0);
    QCOMPARE(axis.tickCount(), 6);
    chartstyle::setCountRange(&axis, 26);
    // Steps of 10: 0 to 30.
    QCOMPARE(axis.max(), 30.0);
    QCOMPARE(axis.tickCount(), 4);
}

void tst_MetricsCharts::followsThePalette()
{
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    DeploymentsChart chart;
    chart.setPalette(light);
    chart.setReport(smallReport());
    auto *series = seriesNamed<QStackedBarSeries>(&chart, u"deployments"_s);
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    QCOMPARE(chart.chart()->titleBrush().color(), QColor(Qt::black));
    QCOMPARE(barSet(series, u"sound"_s)->color(), QColor(0x00, 0x72, 0xB2));
    QCOMPARE(barSet(series, u"failed"_s)->color(), QColor(0xD5, 0x5E, 0x00));
    // On a dark background the blue turns sky, the text light.
    chart.setPalette(darkPalette());
    QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    QCOMPARE(chart.chart()->titleBrush().color(), QColor(0xE0, 0xE0, 0xE0));
    QCOMPARE(chart.chart()->axes(Qt::Vertical).value(0)->labelsColor(), QColor(0xE0, 0xE0, 0xE0));
    QCOMPARE(barSet(series, u"sound"_s)->color(), QColor(0x56, 0xB4, 0xE9));
    QCOMPARE(barSet(series, u"failed"_s)->color(), QColor(0xD5, 0x5E, 0x00));
}

void tst_MetricsCharts::deploymentsPerWeek()
{
    DeploymentsChart chart;
    chart.setReport(smallReport());
    auto *series = seriesNamed<QStackedBarSeries>(&chart, u"deployments"_s);
    QVERIFY(series);
    QBarSet *sound = barSet(series, u"sound"_s);
    QBarSet *failed = barSet(series, u"failed"_s);
    QVERIFY(sound && failed);
    // 3 deployments with 1 failure, none, 2 with 1 failure.
    QCOMPARE(values(sound), (QList<qreal>{2, 0, 1}));
    QCOMPARE(values(failed), (QList<qreal>{1, 0, 1}));
    QVERIFY(chart.emptyStateText().isEmpty());
    QVERIFY(series->isVisible());
    // The weeks' first days label the bars at 0, 1 and 2.
    auto *weeks = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(weeks);
    QCOMPARE(weeks->categoriesLabels(), (QStringList{u"4 Mar"_s, u"11 Mar"_s, u"18 Mar"_s}));
    QCOMPARE(weeks->endValue(u"11 Mar"_s), 1.0);
    QCOMPARE(weeks->min(), -0.5);
    QCOMPARE(weeks->max(), 2.5);
    auto *counts = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(counts);
    QCOMPARE(counts->max(), 3.0);
}

void tst_MetricsCharts::deploymentsDrillDown()
{
    DeploymentsChart chart;
    chart.setReport(smallReport());
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *series = seriesNamed<QStackedBarSeries>(&chart, u"deployments"_s);
    QBarSet *sound = barSet(series, u"sound"_s);
    QBarSet *failed = barSet(series, u"failed"_s);

    // A real click on the lower part of the first week's bar: its three deployments and its failure.
    showAt640(&chart);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPosition(&chart, QPointF(0, 1), series));
    QCOMPARE(spy.count(), 1);
    DrillDown records = lastDrillDown(spy);
    QCOMPARE(records.title, u"Production deployments in the week of 4 March"_s);
    QCOMPARE(records.deploymentIds, (QList<Id>{101, 102, 103}));
    QCOMPARE(deploymentsOf(records.failures), QList<Id>{102});

    // The failed part of the third week's bar: its one failure.
    Q_EMIT failed->clicked(2);
    QCOMPARE(spy.count(), 2);
    records = lastDrillDown(spy);
    QCOMPARE(records.title, u"Deployments that caused a failure in the week of 18 March"_s);
    QCOMPARE(records.deploymentIds, QList<Id>{105});
    QCOMPARE(deploymentsOf(records.failures), QList<Id>{105});

    // The third week's deployments follow the first week's three (the second has none).
    Q_EMIT sound->clicked(2);
    QCOMPARE(lastDrillDown(spy).deploymentIds, (QList<Id>{104, 105}));
    Q_EMIT sound->clicked(1);
    QVERIFY(lastDrillDown(spy).deploymentIds.isEmpty());
}

void tst_MetricsCharts::deploymentsToolTip()
{
    DeploymentsChart chart;
    chart.setReport(smallReport());
    showAt640(&chart);
    auto *series = seriesNamed<QStackedBarSeries>(&chart, u"deployments"_s);
    Q_EMIT barSet(series, u"failed"_s)->hovered(true, 0);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), u"Week of 4 March\nCaused a failure: 1\nProduction deployments: 3"_s);
    Q_EMIT barSet(series, u"failed"_s)->hovered(false, 0);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void tst_MetricsCharts::deploymentsEmpty()
{
    DeploymentsChart chart;
    QCOMPARE(chart.emptyStateText(), u"No production deployments in this period"_s);
    chart.setReport(smallReport());
    QVERIFY(chart.emptyStateText().isEmpty());
    // Weeks without a deployment.
    metrics::MetricsReport none = smallReport();
    none.deploymentFrequency = {};
    none.changeFailureRate = {};
    for (metrics::WeekFigures &figures : none.weeks)
        figures.deployments = figures.failures = 0;
    chart.setReport(none);
    QCOMPARE(chart.emptyStateText(), u"No production deployments in this period"_s);
    QVERIFY(!seriesNamed<QStackedBarSeries>(&chart, u"deployments"_s)->isVisible());
    QVERIFY(!chart.chart()->legend()->isVisible());
    chart.setReport({});
    QCOMPARE(chart.emptyStateText(), u"No production deployments in this period"_s);
}

void tst_MetricsCharts::weekLabelsFitTheWidth()
{
    metrics::MetricsReport report;
    report.scope.from = at(u"2024-01-01 00:00"_s);
    report.scope.to = report.scope.from + 26 * weekMs;
    for (int w = 0; w < 26; ++w) {
        report.weeks.append(week(u"2024-01-01 00:00"_s, 1, 0));
        report.weeks.last().start += w * weekMs;
        report.weeks.last().end += w * weekMs;
        report.deploymentFrequency.deploymentIds.append(w + 1);
    }
    DeploymentsChart chart;
    chart.setReport(report);
    auto *weeks = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    showAt640(&chart);
    QCoreApplication::processEvents();
    // 26 weeks in about 560 pixels leave some 21 pixels a week: a label ("22 Jan") fits every few weeks.
    const QStringList narrow = weeks->categoriesLabels();
    QVERIFY2(narrow.size() > 4 && narrow.size() < 13, qPrintable(narrow.join(u", "_s)));
    const qsizetype step = qsizetype(weeks->endValue(narrow.at(1)));
    QCOMPARE(narrow.first(), u"1 Jan"_s);
    QCOMPARE(narrow.size(), (26 + step - 1) / step);
    QCOMPARE(narrow.at(1), chartstyle::axisDay(report.weeks.at(step).start));
    // Twice as wide, more.
    chart.resize(1280, 360);
    QTRY_VERIFY(weeks->count() > narrow.size());
}

void tst_MetricsCharts::leadTimePoints()
{
    LeadTimeChart chart;
    chart.setReport(smallReport());
    auto *changes = seriesNamed<QLineSeries>(&chart, u"changes"_s);
    auto *median = seriesNamed<QLineSeries>(&chart, u"median"_s);
    auto *p85 = seriesNamed<QLineSeries>(&chart, u"p85"_s);
    QVERIFY(changes && median && p85);
    // Lead times lie at the logarithm of their hours.
    const QList<QPointF> expected = {
        {double(at(u"2024-03-05 10:00"_s)), std::log10(0.5)},   {double(at(u"2024-03-05 10:00"_s)), std::log10(2.0)},
        {double(at(u"2024-03-06 12:00"_s)), std::log10(26.0)},  {double(at(u"2024-03-12 08:00"_s)), std::log10(4.0)},
        {double(at(u"2024-03-20 09:00"_s)), std::log10(120.0)}, {double(at(u"2024-03-20 09:00"_s)), std::log10(240.0)},
        {double(at(u"2024-03-22 15:00"_s)), std::log10(960.0)},
    };
    QCOMPARE(changes->points(), expected);
    // The median and the 85th percentile run across the period.
    const double from = double(at(u"2024-03-04 00:00"_s));
    const double to = double(at(u"2024-03-25 00:00"_s));
    QCOMPARE(median->points(), (QList<QPointF>{{from, std::log10(26.0)}, {to, std::log10(26.0)}}));
    QCOMPARE(p85->points(), (QList<QPointF>{{from, std::log10(312.0)}, {to, std::log10(312.0)}}));
    QCOMPARE(median->name(), u"Median 26.0 h"_s);
    QCOMPARE(p85->name(), u"85th percentile 312.0 h"_s);
    QVERIFY(median->isVisible() && p85->isVisible());
    // 0.5 h to 960 h: from 10 minutes to 12 weeks, every round duration labelled.
    auto *durations = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(durations);
    QCOMPARE(durations->min(), std::log10(1.0 / 6));
    QCOMPARE(durations->max(), std::log10(2016.0));
    QCOMPARE(durations->categoriesLabels(), (QStringList{u"10 min"_s, u"1 h"_s, u"4 h"_s, u"1 d"_s, u"3 d"_s, u"1 w"_s,
                                                         u"2 w"_s, u"4 w"_s, u"12 w"_s}));
    QCOMPARE(durations->endValue(u"1 d"_s), std::log10(24.0));
    auto *time = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QCOMPARE(time->min().toMSecsSinceEpoch(), at(u"2024-03-04 00:00"_s));
    QCOMPARE(time->max().toMSecsSinceEpoch(), at(u"2024-03-25 00:00"_s));
    QCOMPARE(time->format(), u"d MMM"_s);
}

void tst_MetricsCharts::leadTimeClickAPoint()
{
    LeadTimeChart chart;
    chart.setReport(smallReport());
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *changes = seriesNamed<QLineSeries>(&chart, u"changes"_s);
    showAt640(&chart);
    // A real click on the change deployed on 6 March with 26 h of lead time (on the median line).
    const QPoint third = viewportPosition(&chart, onDurationAxis(u"2024-03-06 12:00"_s, 26.0), changes);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, third);
    QCOMPARE(spy.count(), 1);
    DrillDown records = lastDrillDown(spy);
    QCOMPARE(commitsOf(records.changes), QList<Id>{3});
    QCOMPARE(records.changes.first().spanMs, 26 * hourMs);
    QVERIFY(records.deploymentIds.isEmpty());
    QVERIFY2(records.title.contains(u"1 d 2 h"_s), qPrintable(records.title));

    // A click a little off the point (as a click lands) still finds it; one in an empty place finds nothing.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, third + QPoint(3, -2));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), QList<Id>{3});
    const QPoint nowhere = viewportPosition(&chart, onDurationAxis(u"2024-03-15 00:00"_s, 0.2), changes);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, nowhere);
    QCOMPARE(spy.count(), 2);

    // Changes 5 and 6 share a deployment but not a lead time: a point each.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {},
                      viewportPosition(&chart, onDurationAxis(u"2024-03-20 09:00"_s, 240.0), changes));
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), QList<Id>{6});

    // Hovering names the exact lead time and how many changes are at the point.
    QTest::mouseMove(chart.viewport(), nowhere);
    QTest::mouseMove(chart.viewport(), third);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().startsWith(u"Lead time: 1 d 2 h (26.0 h)\nDeployed: "_s), qPrintable(QToolTip::text()));
    QVERIFY2(QToolTip::text().endsWith(u"\nChanges here: 1"_s), qPrintable(QToolTip::text()));

    // Two changes with the same deployment and lead time are one point: a click shows both.
    metrics::MetricsReport twins = smallReport();
    twins.leadTime.records.append(change(11, 103, u"2024-03-06 12:00"_s, 26 * hourMs));
    chart.setReport(twins);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, third);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), (QList<Id>{3, 11}));
}

void tst_MetricsCharts::leadTimeMergedPoints()
{
    LeadTimeChart chart;
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *changes = seriesNamed<QLineSeries>(&chart, u"changes"_s);
    showAt640(&chart);
    chart.setReport(smallReport());
    // Seven changes far apart: a point each, nothing merged.
    QCOMPARE(chart.drawnPoints(), qsizetype(7));
    QVERIFY(!chart.hasMergedPoints());
    QCOMPARE(changes->name(), u"Changes"_s);

    // Change 21 was deployed a minute after change 4, with a minute more of lead time: a tenth of a pixel away on
    // a 640 px chart of three weeks and 10 min to 12 weeks. Change 22 lies exactly on change 4.
    metrics::MetricsReport near = smallReport();
    near.leadTime.records.append(change(21, 106, u"2024-03-12 08:01"_s, 4 * hourMs + minuteMs));
    near.leadTime.records.append(change(22, 104, u"2024-03-12 08:00"_s, 4 * hourMs));
    chart.setReport(near);
    QCoreApplication::processEvents();
    QCOMPARE(chart.drawnPoints(), qsizetype(7));
    QVERIFY(chart.hasMergedPoints());
    QCOMPARE(changes->count(), 7);
    QCOMPARE(changes->name(), u"Changes (near ones drawn as one point)"_s);
    // The point is drawn where the first of its changes lies.
    QVERIFY(changes->points().contains(QPointF(double(at(u"2024-03-12 08:00"_s)), std::log10(4.0))));

    // Its tooltip counts all three and gives the range of their lead times and deployments; a click lists them.
    const QPoint fourth = viewportPosition(&chart, onDurationAxis(u"2024-03-12 08:00"_s, 4.0), changes);
    QTest::mouseMove(chart.viewport(), fourth);
    QTRY_VERIFY(QToolTip::isVisible());
    const QString tip = QToolTip::text();
    QVERIFY2(tip.startsWith(u"Lead time: 4 h (4.0 h) – "_s), qPrintable(tip));
    QVERIFY2(tip.contains(u"\nDeployed: "_s) && tip.contains(u" – "_s), qPrintable(tip));
    QVERIFY2(tip.endsWith(u"\nChanges here: 3 (near points drawn as one)"_s), qPrintable(tip));
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, fourth);
    QCOMPARE(spy.count(), 1);
    const DrillDown records = lastDrillDown(spy);
    QCOMPARE(commitsOf(records.changes), (QList<Id>{4, 21, 22}));
    QVERIFY2(records.title.contains(u" – "_s), qPrintable(records.title));
}

void tst_MetricsCharts::leadTimeEmpty()
{
    LeadTimeChart chart;
    QCOMPARE(chart.emptyStateText(), u"No changes reached production in this period"_s);
    chart.setReport(smallReport());
    QVERIFY(chart.emptyStateText().isEmpty());
    metrics::MetricsReport none = smallReport();
    none.leadTime = {};
    chart.setReport(none);
    QCOMPARE(chart.emptyStateText(), u"No changes reached production in this period"_s);
    QVERIFY(seriesNamed<QLineSeries>(&chart, u"changes"_s)->points().isEmpty());
    QVERIFY(!seriesNamed<QLineSeries>(&chart, u"changes"_s)->isVisible());
}

void tst_MetricsCharts::leadTimeManyChanges()
{
    metrics::MetricsReport report;
    report.scope.from = at(u"2024-01-01 00:00"_s);
    report.scope.to = report.scope.from + 90 * dayMs;
    QRandomGenerator random(7);
    for (int i = 0; i < 10000; ++i) {
        const Timestamp deployed = report.scope.from + qint64(random.bounded(90 * dayMs));
        const qint64 span = 1 + qint64(random.bounded(30 * dayMs));
        report.leadTime.records.append({i + 1, 1, i / 3 + 1, deployed - span, deployed, span});
    }
    report.leadTime.summary = {10000, 360.0, 612.0, 360.0};
    for (int d = 0; d < 90; ++d)
        report.flow.days.append({report.scope.from + d * dayMs, 30, 20, 100 * d});

    LeadTimeChart control;
    LeadTimeHistogram histogram;
    CumulativeFlowChart flow;
    showAt640(&control);
    QElapsedTimer timer;
    timer.start();
    control.setReport(report);
    const qint64 controlMs = timer.restart();
    histogram.setReport(report);
    const qint64 histogramMs = timer.restart();
    flow.setReport(report);
    const qint64 flowMs = timer.elapsed();
    qInfo("10,000 changes: control chart %lld ms, histogram %lld ms, cumulative flow (90 days) %lld ms", controlMs,
          histogramMs, flowMs);
    // 10,000 changes in some 560 x 250 pixels: near ones share a point.
    const qsizetype drawn = seriesNamed<QLineSeries>(&control, u"changes"_s)->count();
    QVERIFY2(drawn > 1000 && drawn < 10000, qPrintable(QString::number(drawn)));
    QCOMPARE(control.drawnPoints(), drawn);
    QVERIFY(control.hasMergedPoints());
    // A second report replaces the points rather than adding to them.
    timer.restart();
    control.setReport(report);
    qInfo("again: control chart %lld ms", timer.elapsed());
    QCOMPARE(seriesNamed<QLineSeries>(&control, u"changes"_s)->count(), drawn);
    timer.restart();
    QCoreApplication::processEvents();
    QVERIFY(!control.grab().isNull());
    qInfo("laying out and painting the control chart: %lld ms", timer.elapsed());
    // The first look for the point under the mouse works out where all points are drawn; later ones reuse it.
    const QPoint middle = control.viewport()->rect().center();
    timer.restart();
    QTest::mouseMove(control.viewport(), middle);
    const qint64 firstMoveMs = timer.restart();
    QTest::mouseMove(control.viewport(), middle + QPoint(5, 5));
    qInfo("finding the point under the mouse: %lld ms the first time, %lld ms then", firstMoveMs, timer.elapsed());
    QCOMPARE(control.accessibleName(), u"How long do changes take to reach production?"_s);
}

void tst_MetricsCharts::histogramBins()
{
    LeadTimeHistogram chart;
    chart.setReport(smallReport());
    auto *series = seriesNamed<QBarSeries>(&chart, u"bins"_s);
    QVERIFY(series);
    QBarSet *changes = barSet(series, u"changes"_s);
    // 0.5 h, 2 h, 4 h, 26 h, 120 h, 240 h, none in 2–4 w, 960 h.
    QCOMPARE(values(changes), (QList<qreal>{1, 1, 1, 1, 1, 1, 0, 1}));
    auto *bins = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(bins);
    // The axis draws rich text, so its labels are escaped.
    QCOMPARE(bins->categories(), (QStringList{u"&lt; 1 h"_s, u"1–4 h"_s, u"4–24 h"_s, u"1–3 d"_s, u"3–7 d"_s,
                                              u"1–2 w"_s, u"2–4 w"_s, u"&gt; 4 w"_s}));
    QCOMPARE(LeadTimeHistogram::binLabel(0), u"< 1 h"_s);
    QCOMPARE(bins->titleText(), u"Lead time of 7 changes"_s);
}

void tst_MetricsCharts::histogramBinBounds()
{
    // Each bin holds its lower bound and stops short of its upper one.
    QCOMPARE(LeadTimeHistogram::binOf(1), 0);
    QCOMPARE(LeadTimeHistogram::binOf(hourMs - 1), 0);
    QCOMPARE(LeadTimeHistogram::binOf(hourMs), 1);
    QCOMPARE(LeadTimeHistogram::binOf(4 * hourMs - 1), 1);
    QCOMPARE(LeadTimeHistogram::binOf(4 * hourMs), 2);
    QCOMPARE(LeadTimeHistogram::binOf(dayMs), 3);
    QCOMPARE(LeadTimeHistogram::binOf(3 * dayMs), 4);
    QCOMPARE(LeadTimeHistogram::binOf(7 * dayMs - 1), 4);
    QCOMPARE(LeadTimeHistogram::binOf(7 * dayMs), 5);
    QCOMPARE(LeadTimeHistogram::binOf(14 * dayMs), 6);
    QCOMPARE(LeadTimeHistogram::binOf(28 * dayMs - 1), 6);
    QCOMPARE(LeadTimeHistogram::binOf(28 * dayMs), 7);
    QCOMPARE(LeadTimeHistogram::binOf(400 * dayMs), 7);
}

void tst_MetricsCharts::histogramDrillDown()
{
    metrics::MetricsReport report = smallReport();
    // Two more changes between 1 and 4 hours.
    report.leadTime.records.append(change(9, 104, u"2024-03-12 08:00"_s, hourMs));
    report.leadTime.records.append(change(10, 104, u"2024-03-12 08:00"_s, 3 * hourMs + 59 * minuteMs));
    LeadTimeHistogram chart;
    chart.setReport(report);
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *series = seriesNamed<QBarSeries>(&chart, u"bins"_s);
    QBarSet *changes = barSet(series, u"changes"_s);
    QCOMPARE(values(changes), (QList<qreal>{1, 3, 1, 1, 1, 1, 0, 1}));

    showAt640(&chart);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPosition(&chart, QPointF(1, 1.5), series));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastDrillDown(spy).title, u"Changes with a lead time of 1–4 h"_s);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), (QList<Id>{2, 9, 10}));

    Q_EMIT changes->clicked(7);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), QList<Id>{7});
    // An empty bin has nothing to show.
    Q_EMIT changes->clicked(6);
    QCOMPARE(spy.count(), 2);

    Q_EMIT changes->hovered(true, 1);
    QTRY_VERIFY(QToolTip::isVisible());
    // 3 of 9 changes: 33 %.
    QCOMPARE(QToolTip::text(), u"Lead time 1–4 h\nChanges: 3 (33 % of 9)"_s);
}

void tst_MetricsCharts::histogramEmpty()
{
    LeadTimeHistogram chart;
    QCOMPARE(chart.emptyStateText(), u"No changes reached production in this period"_s);
    chart.setReport(smallReport());
    QVERIFY(chart.emptyStateText().isEmpty());
    chart.setReport({});
    QCOMPARE(chart.emptyStateText(), u"No changes reached production in this period"_s);
    QCOMPARE(values(barSet(seriesNamed<QBarSeries>(&chart, u"bins"_s), u"changes"_s)),
             (QList<qreal>{0, 0, 0, 0, 0, 0, 0, 0}));
}

void tst_MetricsCharts::cycleHistogram()
{
    // The cycle times, not the lead times of smallReport(): 30 min, 3 h, 5 h, 23 h 59 min, 2 d, 20 d and 40 d.
    metrics::MetricsReport report = smallReport();
    report.flow.cycleRecords = {
        change(21, 101, u"2024-03-05 10:00"_s, 30 * minuteMs), change(22, 101, u"2024-03-05 10:00"_s, 3 * hourMs),
        change(23, 102, u"2024-03-06 09:00"_s, 5 * hourMs),    change(24, 102, u"2024-03-06 09:00"_s, dayMs - minuteMs),
        change(25, 104, u"2024-03-12 08:00"_s, 2 * dayMs),     change(26, 104, u"2024-03-12 08:00"_s, 20 * dayMs),
        change(27, 105, u"2024-03-20 16:00"_s, 40 * dayMs),
    };
    LeadTimeHistogram chart(LeadTimeHistogram::Span::CycleTime);
    QCOMPARE(chart.span(), LeadTimeHistogram::Span::CycleTime);
    QCOMPARE(chart.accessibleName(), u"How long from merge to production?"_s);
    chart.setReport(report);
    QVERIFY(chart.emptyStateText().isEmpty());
    auto *series = seriesNamed<QBarSeries>(&chart, u"bins"_s);
    QVERIFY(series);
    QBarSet *changes = barSet(series, u"changes"_s);
    // < 1 h: 30 min; 1–4 h: 3 h; 4–24 h: 5 h and 23 h 59 min; 1–3 d: 2 d; 2–4 w: 20 d; > 4 w: 40 d.
    QCOMPARE(values(changes), (QList<qreal>{1, 1, 2, 1, 0, 0, 1, 1}));
    auto *bins = qobject_cast<QBarCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(bins);
    QCOMPARE(bins->titleText(), u"Cycle time of 7 changes"_s);

    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    showAt640(&chart);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPosition(&chart, QPointF(2, 1.5), series));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(lastDrillDown(spy).title, u"Changes with a cycle time of 4–24 h"_s);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), (QList<Id>{23, 24}));
    Q_EMIT changes->clicked(6);
    QCOMPARE(lastDrillDown(spy).title, u"Changes with a cycle time of 2–4 w"_s);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), QList<Id>{26});

    Q_EMIT changes->hovered(true, 2);
    QTRY_VERIFY(QToolTip::isVisible());
    // 2 of 7 changes: 28.6 %, shown as 29 %.
    QCOMPARE(QToolTip::text(), u"Cycle time 4–24 h\nChanges: 2 (29 % of 7)"_s);

    // Lead times alone draw nothing here.
    metrics::MetricsReport leadOnly = smallReport();
    leadOnly.flow.cycleRecords.clear();
    chart.setReport(leadOnly);
    QCOMPARE(chart.emptyStateText(), u"No changes reached production in this period"_s);
    QCOMPARE(values(changes), (QList<qreal>{0, 0, 0, 0, 0, 0, 0, 0}));
}

void tst_MetricsCharts::failuresPerWeek()
{
    FailuresChart chart;
    chart.setReport(smallReport());
    auto *bars = seriesNamed<QBarSeries>(&chart, u"failures"_s);
    auto *recoveries = seriesNamed<QScatterSeries>(&chart, u"recoveries"_s);
    auto *median = seriesNamed<QLineSeries>(&chart, u"median"_s);
    QVERIFY(bars && recoveries && median);
    QCOMPARE(values(barSet(bars, u"failures"_s)), (QList<qreal>{1, 0, 1}));
    // The recovery of 5 March 10:00 lies 34 h into the first week's 168 h, within its bar [-0.5, 0.5]; 3 h long.
    QCOMPARE(recoveries->count(), 1);
    QCOMPARE(recoveries->at(0).x(), -0.5 + 34.0 / 168.0);
    QCOMPARE(recoveries->at(0).y(), std::log10(3.0));
    QCOMPARE(median->points(), (QList<QPointF>{{-0.5, std::log10(3.0)}, {2.5, std::log10(3.0)}}));
    // 3 h: from 1 h to 4 h.
    auto *durations = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Vertical).value(1));
    QVERIFY(durations);
    QCOMPARE(durations->categoriesLabels(), (QStringList{u"1 h"_s, u"4 h"_s}));
    QCOMPARE(median->name(), u"Median recovery 3.0 h"_s);
    QVERIFY(chart.emptyStateText().isEmpty());
}

void tst_MetricsCharts::failuresDrillDown()
{
    FailuresChart chart;
    chart.setReport(smallReport());
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *bars = seriesNamed<QBarSeries>(&chart, u"failures"_s);
    auto *recoveries = seriesNamed<QScatterSeries>(&chart, u"recoveries"_s);
    showAt640(&chart);

    // A real click on the third week's bar, below the median line.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPosition(&chart, QPointF(2, 0.3), bars));
    QCOMPARE(spy.count(), 1);
    DrillDown records = lastDrillDown(spy);
    QCOMPARE(records.title, u"Change failures in the week of 18 March"_s);
    QCOMPARE(records.deploymentIds, QList<Id>{105});
    QCOMPARE(deploymentsOf(records.failures), QList<Id>{105});
    QVERIFY(!records.failures.first().recoveredAt);

    // A real click on the recovery point: the failure of deployment 102 and its incident.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, viewportPosition(&chart, recoveries->at(0), recoveries));
    QCOMPARE(spy.count(), 2);
    records = lastDrillDown(spy);
    QCOMPARE(records.deploymentIds, QList<Id>{102});
    QCOMPARE(deploymentsOf(records.failures), QList<Id>{102});
    QCOMPARE(records.failures.first().incidentIds, QList<Id>{7});

    Q_EMIT barSet(bars, u"failures"_s)->hovered(true, 2);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(),
             u"Week of 18 March\nChange failures: 1\nProduction deployments: 2\nNot recovered yet: 1"_s);
}

void tst_MetricsCharts::failuresEmpty()
{
    FailuresChart chart;
    QCOMPARE(chart.emptyStateText(), u"No production deployments in this period"_s);
    metrics::MetricsReport sound = smallReport();
    sound.changeFailureRate.failures.clear();
    sound.recoveryTime = {};
    for (metrics::WeekFigures &figures : sound.weeks)
        figures.failures = 0;
    chart.setReport(sound);
    QCOMPARE(chart.emptyStateText(), u"No deployment caused a failure in this period"_s);
    chart.setReport({});
    QCOMPARE(chart.emptyStateText(), u"No production deployments in this period"_s);
    chart.setReport(smallReport());
    QVERIFY(chart.emptyStateText().isEmpty());
    QVERIFY(seriesNamed<QBarSeries>(&chart, u"failures"_s)->isVisible());
}

void tst_MetricsCharts::cumulativeFlowStacks()
{
    CumulativeFlowChart chart;
    chart.setReport(smallReport());
    auto *production = seriesNamed<QAreaSeries>(&chart, u"production"_s);
    auto *preproduction = seriesNamed<QAreaSeries>(&chart, u"preproduction"_s);
    auto *merged = seriesNamed<QAreaSeries>(&chart, u"merged"_s);
    QVERIFY(production && preproduction && merged);
    const double d4 = double(at(u"2024-03-04 00:00"_s));
    const double d5 = double(at(u"2024-03-05 00:00"_s));
    const double d6 = double(at(u"2024-03-06 00:00"_s));
    // (merged, pre-production, production) per day: (2, 1, 0), (1, 1, 2), (0, 2, 3), stacked from production up.
    QVERIFY(!production->lowerSeries());
    QCOMPARE(production->upperSeries()->points(), (QList<QPointF>{{d4, 0}, {d5, 2}, {d6, 3}}));
    QCOMPARE(preproduction->lowerSeries(), production->upperSeries());
    QCOMPARE(preproduction->upperSeries()->points(), (QList<QPointF>{{d4, 1}, {d5, 3}, {d6, 5}}));
    QCOMPARE(merged->lowerSeries(), preproduction->upperSeries());
    QCOMPARE(merged->upperSeries()->points(), (QList<QPointF>{{d4, 3}, {d5, 4}, {d6, 5}}));
    // The legend reads in flow order from the bottom band.
    QCOMPARE(chart.chart()->series().indexOf(production), 0);
    QCOMPARE(chart.chart()->series().indexOf(merged), 2);
    auto *counts = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
    QCOMPARE(counts->max(), 5.0);
}

void tst_MetricsCharts::cumulativeFlowDrillDown()
{
    CumulativeFlowChart chart;
    chart.setReport(smallReport());
    QSignalSpy spy(&chart, &MetricsChart::drillDown);
    auto *production = seriesNamed<QAreaSeries>(&chart, u"production"_s);
    showAt640(&chart);
    // A real click on the production band early on 5 March (2 changes in production then): the changes deployed
    // by the end of that day, the one with a span of 0 included (it is in production too).
    const QPoint fifth = viewportPosition(&chart, QPointF(double(at(u"2024-03-05 02:00"_s)), 1.0), production);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, fifth);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), (QList<Id>{1, 2, 8}));
    QVERIFY(lastDrillDown(spy).title.startsWith(u"Changes in production by the end of "_s));
    // Nearer 6 March: change 3 as well.
    Q_EMIT production->clicked(QPointF(double(at(u"2024-03-05 20:00"_s)), 1.0));
    QCOMPARE(commitsOf(lastDrillDown(spy).changes), (QList<Id>{1, 2, 3, 8}));
    // The merged band has no records in the report to show.
    const QPoint merged = viewportPosition(&chart, QPointF(double(at(u"2024-03-05 02:00"_s)), 3.5), production);
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, merged);
    QCOMPARE(spy.count(), 2);

    // Anywhere over the plot, the tooltip gives the day's counts.
    QTest::mouseMove(chart.viewport(), merged);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().endsWith(u"\nMerged, not deployed: 1\nIn pre-production: 1\nIn production: 2"_s),
             qPrintable(QToolTip::text()));
    QTest::mouseMove(chart.viewport(),
                     viewportPosition(&chart, QPointF(double(at(u"2024-03-06 00:00"_s)), 0.5), production));
    QTRY_VERIFY(QToolTip::text().endsWith(u"\nMerged, not deployed: 0\nIn pre-production: 2\nIn production: 3"_s));
}

void tst_MetricsCharts::cumulativeFlowEmpty()
{
    CumulativeFlowChart chart;
    QCOMPARE(chart.emptyStateText(), u"No changes merged or deployed in this period"_s);
    metrics::MetricsReport idle = smallReport();
    for (metrics::FlowDay &day : idle.flow.days)
        day.merged = day.preproduction = day.production = 0;
    chart.setReport(idle);
    QCOMPARE(chart.emptyStateText(), u"No changes merged or deployed in this period"_s);
    chart.setReport(smallReport());
    QVERIFY(chart.emptyStateText().isEmpty());
}

void tst_MetricsCharts::pictures()
{
    const metrics::MetricsReport report = busyReport();
    DeploymentsChart deployments;
    LeadTimeChart leadTime;
    LeadTimeHistogram histogram;
    FailuresChart failures;
    CumulativeFlowChart flow;
    const QList<std::pair<MetricsChart *, QString>> charts = {
        {&deployments, u"deployments"_s}, {&leadTime, u"leadtime"_s},   {&histogram, u"histogram"_s},
        {&failures, u"failures"_s},       {&flow, u"cumulativeflow"_s},
    };
    deployments.setReport(report);
    leadTime.setReport(report);
    histogram.setReport(report);
    failures.setReport(report);
    flow.setReport(report);
    for (const auto &[chart, name] : charts)
        savePng(chart, name);
    // Each chart at its smallest, in a narrow window.
    for (const auto &[chart, name] : charts)
        savePng(chart, name + u"-narrow"_s, chart->minimumSizeHint());
    for (const auto &[chart, name] : charts)
        chart->setPalette(darkPalette());
    for (const auto &[chart, name] : charts)
        savePng(chart, name + u"-dark"_s);
    DeploymentsChart empty;
    savePng(&empty, u"empty"_s);
    // The small report, too: few bars and points.
    deployments.setPalette(QPalette());
    leadTime.setPalette(QPalette());
    failures.setPalette(QPalette());
    deployments.setReport(smallReport());
    leadTime.setReport(smallReport());
    failures.setReport(smallReport());
    savePng(&deployments, u"deployments-small"_s);
    savePng(&leadTime, u"leadtime-small"_s);
    savePng(&failures, u"failures-small"_s);
}

QTEST_MAIN(tst_MetricsCharts)
#include "tst_metricscharts.moc"
