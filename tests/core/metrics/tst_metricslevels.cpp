// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark tables, each bound tested exactly on it and just past it, and the interpolated percentiles,
// worked out by hand.

#include "metricsfacts.h"

#include "metrics/levels.h"
#include "metrics/metrics.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::metrics;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(flowdeck::metrics::Benchmark)
Q_DECLARE_METATYPE(flowdeck::metrics::Key)
Q_DECLARE_METATYPE(flowdeck::metrics::Level)

class TestMetricsLevels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levelOf_data()
    {
        QTest::addColumn<Benchmark>("benchmark");
        QTest::addColumn<Key>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<Level>("level");
        const auto row = [](const char *name, Benchmark benchmark, Key key, double value, Level level) {
            QTest::newRow(name) << benchmark << key << value << level;
        };
        constexpr auto Frequency = Key::DeploymentFrequency;
        constexpr auto Lead = Key::LeadTime;
        constexpr auto Failures = Key::ChangeFailureRate;
        constexpr auto Recovery = Key::RecoveryTime;
        constexpr auto B2021 = Benchmark::Dora2021;
        constexpr auto B2023 = Benchmark::Dora2023;
        constexpr auto B2024 = Benchmark::Dora2024;
        // 2021, deployments per day: elite from 1, high from once a month (1 / 30.4375), medium from once in six
        // months (1 / 182.625).
        row("2021 frequency 2/day", B2021, Frequency, 2, Level::Elite);
        row("2021 frequency 1/day", B2021, Frequency, 1, Level::Elite);
        row("2021 frequency 0.99/day", B2021, Frequency, 0.99, Level::High);
        row("2021 frequency monthly", B2021, Frequency, 1 / 30.4375, Level::High);
        row("2021 frequency 0.03/day", B2021, Frequency, 0.03, Level::Medium);
        row("2021 frequency half-yearly", B2021, Frequency, 1 / 182.625, Level::Medium);
        row("2021 frequency 0.005/day", B2021, Frequency, 0.005, Level::Low);
        row("2021 frequency none", B2021, Frequency, 0, Level::Low);
        // 2021 lead time in hours: 1, one week, six months.
        row("2021 lead 1 h", B2021, Lead, 1, Level::Elite);
        row("2021 lead 1.01 h", B2021, Lead, 1.01, Level::High);
        row("2021 lead 168 h", B2021, Lead, 168, Level::High);
        row("2021 lead 169 h", B2021, Lead, 169, Level::Medium);
        row("2021 lead 4383 h", B2021, Lead, 4383, Level::Medium);
        row("2021 lead 4384 h", B2021, Lead, 4384, Level::Low);
        // 2021 failure rate: 15 %, 30 %; high, medium and low share one range, so there is no medium.
        row("2021 failures 0", B2021, Failures, 0, Level::Elite);
        row("2021 failures 15%", B2021, Failures, 0.15, Level::Elite);
        row("2021 failures 16%", B2021, Failures, 0.16, Level::High);
        row("2021 failures 30%", B2021, Failures, 0.30, Level::High);
        row("2021 failures 31%", B2021, Failures, 0.31, Level::Low);
        // 2021 recovery in hours: 1, one day, one week.
        row("2021 recovery 1 h", B2021, Recovery, 1, Level::Elite);
        row("2021 recovery 2 h", B2021, Recovery, 2, Level::High);
        row("2021 recovery 24 h", B2021, Recovery, 24, Level::High);
        row("2021 recovery 168 h", B2021, Recovery, 168, Level::Medium);
        row("2021 recovery 169 h", B2021, Recovery, 169, Level::Low);

        // 2023: daily, weekly (1 / 7), monthly.
        row("2023 frequency 1/day", B2023, Frequency, 1, Level::Elite);
        row("2023 frequency weekly", B2023, Frequency, 1 / 7.0, Level::High);
        row("2023 frequency 0.1/day", B2023, Frequency, 0.1, Level::Medium);
        row("2023 frequency monthly", B2023, Frequency, 1 / 30.4375, Level::Medium);
        row("2023 frequency 0.03/day", B2023, Frequency, 0.03, Level::Low);
        // 2023 lead time: one day, one week, one month (730.5 h).
        row("2023 lead 24 h", B2023, Lead, 24, Level::Elite);
        row("2023 lead 25 h", B2023, Lead, 25, Level::High);
        row("2023 lead 168 h", B2023, Lead, 168, Level::High);
        row("2023 lead 730.5 h", B2023, Lead, 730.5, Level::Medium);
        row("2023 lead 731 h", B2023, Lead, 731, Level::Low);
        // 2023 failure rate: 5 %, 10 %, 15 %.
        row("2023 failures 5%", B2023, Failures, 0.05, Level::Elite);
        row("2023 failures 10%", B2023, Failures, 0.10, Level::High);
        row("2023 failures 15%", B2023, Failures, 0.15, Level::Medium);
        row("2023 failures 16%", B2023, Failures, 0.16, Level::Low);
        // 2023 recovery: 1 h, one day, one week.
        row("2023 recovery 1 h", B2023, Recovery, 1, Level::Elite);
        row("2023 recovery 24 h", B2023, Recovery, 24, Level::High);
        row("2023 recovery 168 h", B2023, Recovery, 168, Level::Medium);
        row("2023 recovery 168.5 h", B2023, Recovery, 168.5, Level::Low);

        // 2024: frequency and lead time as in 2023.
        row("2024 frequency 1/day", B2024, Frequency, 1, Level::Elite);
        row("2024 frequency weekly", B2024, Frequency, 1 / 7.0, Level::High);
        row("2024 frequency monthly", B2024, Frequency, 1 / 30.4375, Level::Medium);
        row("2024 frequency 0.03/day", B2024, Frequency, 0.03, Level::Low);
        row("2024 lead 24 h", B2024, Lead, 24, Level::Elite);
        row("2024 lead 168 h", B2024, Lead, 168, Level::High);
        row("2024 lead 730.5 h", B2024, Lead, 730.5, Level::Medium);
        row("2024 lead 731 h", B2024, Lead, 731, Level::Low);
        // 2024 failure rate: 5 %, 20 %; medium (10 %) lies inside high.
        row("2024 failures 5%", B2024, Failures, 0.05, Level::Elite);
        row("2024 failures 10%", B2024, Failures, 0.10, Level::High);
        row("2024 failures 20%", B2024, Failures, 0.20, Level::High);
        row("2024 failures 21%", B2024, Failures, 0.21, Level::Low);
        // 2024 recovery: 1 h, one day; medium shares high's range.
        row("2024 recovery 1 h", B2024, Recovery, 1, Level::Elite);
        row("2024 recovery 24 h", B2024, Recovery, 24, Level::High);
        row("2024 recovery 25 h", B2024, Recovery, 25, Level::Low);
    }

    void levelOf()
    {
        QFETCH(Benchmark, benchmark);
        QFETCH(Key, key);
        QFETCH(double, value);
        QFETCH(Level, level);
        QCOMPARE(metrics::levelOf(benchmark, key, value), level);
    }

    void noValueHasNoLevel()
    {
        for (Benchmark benchmark : {Benchmark::Dora2021, Benchmark::Dora2023, Benchmark::Dora2024}) {
            for (Key key : {Key::DeploymentFrequency, Key::LeadTime, Key::ChangeFailureRate, Key::RecoveryTime})
                QCOMPARE(metrics::levelOf(benchmark, key, std::nullopt), Level::None);
        }
    }

    void tablesReadBestFirst()
    {
        // Each table starts at elite and ends at low, and its bounds only get worse on the way.
        for (Benchmark benchmark : {Benchmark::Dora2021, Benchmark::Dora2023, Benchmark::Dora2024}) {
            for (Key key : {Key::DeploymentFrequency, Key::LeadTime, Key::ChangeFailureRate, Key::RecoveryTime}) {
                const QList<Threshold> &rows = thresholds(benchmark, key);
                QVERIFY(rows.size() >= 3);
                QCOMPARE(rows.constFirst().level, Level::Elite);
                QCOMPARE(rows.constLast().level, Level::Low);
                for (qsizetype i = 1; i < rows.size(); ++i) {
                    QVERIFY(rows[i].level < rows[i - 1].level);
                    if (key == Key::DeploymentFrequency)
                        QVERIFY(rows[i].bound < rows[i - 1].bound);
                    else
                        QVERIFY(rows[i].bound > rows[i - 1].bound);
                    QVERIFY(qstrlen(rows[i].reportText) > 0);
                }
            }
        }
        QCOMPARE(QString::fromLatin1(thresholds(Benchmark::Dora2021, Key::ChangeFailureRate)[1].reportText),
                 u"16%-30%"_s);
        QCOMPARE(QString::fromLatin1(thresholds(Benchmark::Dora2023, Key::ChangeFailureRate).constLast().reportText),
                 u"64%"_s);
    }

    void names()
    {
        QCOMPARE(levelName(Level::Elite), u"elite"_s);
        QCOMPARE(levelName(Level::High), u"high"_s);
        QCOMPARE(levelName(Level::Medium), u"medium"_s);
        QCOMPARE(levelName(Level::Low), u"low"_s);
        QCOMPARE(levelName(Level::None), QString());
        // No translation is loaded: the source texts.
        QCOMPARE(levelTitle(Level::Elite), u"Elite"_s);
        QCOMPARE(levelTitle(Level::Low), u"Low"_s);
        QCOMPARE(levelTitle(Level::None), u"No data"_s);
        QCOMPARE(levelFromName(u"medium"_s), std::optional(Level::Medium));
        QCOMPARE(levelFromName(QString()), std::optional(Level::None));
        QVERIFY(!levelFromName(u"Elite"_s));
        QVERIFY(!levelFromName(u"great"_s));

        QCOMPARE(benchmarkName(Benchmark::Dora2021), u"2021"_s);
        QCOMPARE(benchmarkName(Benchmark::Dora2023), u"2023"_s);
        QCOMPARE(benchmarkName(Benchmark::Dora2024), u"2024"_s);
        QCOMPARE(benchmarkFromName(u"2023"_s), std::optional(Benchmark::Dora2023));
        QVERIFY(!benchmarkFromName(u"2022"_s));
        QVERIFY(!benchmarkFromName(QString()));
    }

    void percentile_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // Rank p / 100 * (n - 1), 0-based, between the sorted values.
        // 1 2 3 4: p85 rank 2.55 -> 3 + 0.55 * (4 - 3) = 3.55; p50 rank 1.5 -> 2.5.
        QTest::newRow("1..4 p85") << QList<double>{4, 2, 1, 3} << 85.0 << 3.55;
        QTest::newRow("1..4 p50") << QList<double>{4, 2, 1, 3} << 50.0 << 2.5;
        QTest::newRow("1..4 p0") << QList<double>{4, 2, 1, 3} << 0.0 << 1.0;
        QTest::newRow("1..4 p100") << QList<double>{4, 2, 1, 3} << 100.0 << 4.0;
        // 1 7 10: p50 rank 1 -> 7; p85 rank 1.7 -> 7 + 0.7 * 3 = 9.1.
        QTest::newRow("odd p50") << QList<double>{10, 1, 7} << 50.0 << 7.0;
        QTest::newRow("odd p85") << QList<double>{10, 1, 7} << 85.0 << 9.1;
        // Ties 2 2 2 9: p50 rank 1.5 -> 2; p85 rank 2.55 -> 2 + 0.55 * 7 = 5.85.
        QTest::newRow("ties p50") << QList<double>{2, 9, 2, 2} << 50.0 << 2.0;
        QTest::newRow("ties p85") << QList<double>{2, 9, 2, 2} << 85.0 << 5.85;
        QTest::newRow("one") << QList<double>{5} << 85.0 << 5.0;
        // 10 values 0..9: p85 rank 7.65 -> 7.65.
        QTest::newRow("ten") << QList<double>{9, 0, 8, 1, 7, 2, 6, 3, 5, 4} << 85.0 << 7.65;
    }

    void percentile()
    {
        QFETCH(QList<double>, values);
        QFETCH(double, p);
        QFETCH(double, expected);
        std::vector<double> input(values.cbegin(), values.cend());
        COMPARE_OPTIONAL(interpolatedPercentile(input, p), std::optional(expected));
        // Reordered, but the same values.
        std::sort(input.begin(), input.end());
        std::sort(values.begin(), values.end());
        QCOMPARE(QList<double>(input.cbegin(), input.cend()), values);
        // Whole numbers (durations in milliseconds) give the same, at the scale of milliseconds.
        std::vector<qint64> milliseconds;
        for (const double value : std::as_const(values))
            milliseconds.push_back(qint64(value * 1000));
        std::reverse(milliseconds.begin(), milliseconds.end());
        COMPARE_OPTIONAL(interpolatedPercentile(milliseconds, p), std::optional(expected * 1000));
    }

    void percentileOfNothing()
    {
        std::vector<double> none;
        QVERIFY(!interpolatedPercentile(none, 50));
        std::vector<qint64> noDurations;
        QVERIFY(!interpolatedPercentile(noDurations, 50));
    }
};

QTEST_GUILESS_MAIN(TestMetricsLevels)
#include "tst_metricslevels.moc"
