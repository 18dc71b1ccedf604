// SPDX-License-Identifier: GPL-3.0-or-later
// The what-if simulation: exact answers on deterministic maps, the empirical and triangular draws against their
// known distributions, reproducibility by seed, and refusal of maps it cannot simulate.

#include "valuestream/simulation.h"

#include <QTest>

#include <atomic>
#include <cmath>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 hourMs = 3600 * 1000;

using Edges = QList<std::pair<Id, Id>>;

SimStep step(Id id, const QString &name, Duration wait, Duration process)
{
    return SimStep{id, std::move(wait), std::move(process), name};
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    void deterministicMapGivesTheLongestPath()
    {
        // Plan (1) -> Build (2) and Plan -> Test (3) in parallel, both -> Release (4).
        // Plan finishes at 1 + 2 = 3 h; Build at 3 + 3 + 1 = 7 h; Test at 3 + 0 + 5 = 8 h;
        // Release starts at max(7, 8) = 8 h and finishes at 8 + 1 + 1 = 10 h. Build's one observed value and Test's
        // triangle with min = mode = max are deterministic too.
        const QList<SimStep> steps{
            step(1, u"Plan"_s, Duration::fixed(1 * hourMs), Duration::fixed(2 * hourMs)),
            step(2, u"Build"_s, Duration::fixed(3 * hourMs), Duration::empirical({1 * hourMs})),
            step(3, u"Test"_s, Duration::fixed(0), Duration::triangular(5 * hourMs, 5 * hourMs, 5 * hourMs)),
            step(4, u"Release"_s, Duration::fixed(1 * hourMs), Duration::fixed(1 * hourMs)),
        };
        const QList<std::pair<Id, Id>> edges{{1, 2}, {1, 3}, {2, 4}, {3, 4}};
        const auto result = simulate(steps, edges, 500, 7);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        const double expected = 10.0 * hourMs;
        QCOMPARE(result->trials, 500);
        QCOMPARE(result->p50Ms, expected);
        QCOMPARE(result->p85Ms, expected);
        QCOMPARE(result->p95Ms, expected);
        QCOMPARE(result->meanMs, expected);
        QCOMPARE(result->minMs, expected);
        QCOMPARE(result->maxMs, expected);
        QCOMPARE(result->leadTimesMs.size(), 500);
        for (const double lead : result->leadTimesMs)
            QCOMPARE(lead, expected);
    }

    void withoutEdgesTheStepsFormALine()
    {
        // 1 + 2 + 3 + 4 + 5 + 6 = 21 h in list order.
        const QList<SimStep> steps{
            step(10, u"Code"_s, Duration::fixed(1 * hourMs), Duration::fixed(2 * hourMs)),
            step(20, u"Review"_s, Duration::fixed(3 * hourMs), Duration::fixed(4 * hourMs)),
            step(30, u"Deploy"_s, Duration::fixed(5 * hourMs), Duration::fixed(6 * hourMs)),
        };
        const auto result = simulate(steps, {}, 10, 1);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        QCOMPARE(result->p50Ms, 21.0 * hourMs);
        QCOMPARE(result->maxMs, 21.0 * hourMs);
    }

    void parallelBranchesTakeTheMaximum()
    {
        // Fast (1) is 1 h or 5 h, Slow (2) always 3 h, both -> Join (3) of 0 h. The lead time is max(Fast, 3 h):
        // 3 h or 5 h, each about half the time; a sum (4 h or 8 h) or Fast alone (1 h) would show here.
        const QList<SimStep> steps{
            step(1, u"Fast"_s, Duration::fixed(0), Duration::empirical({1 * hourMs, 5 * hourMs})),
            step(2, u"Slow"_s, Duration::fixed(0), Duration::fixed(3 * hourMs)),
            step(3, u"Join"_s, Duration::fixed(0), Duration::fixed(0)),
        };
        const auto result = simulate(steps, {{1, 3}, {2, 3}}, 2000, 99);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        int threes = 0;
        int fives = 0;
        for (const double lead : result->leadTimesMs) {
            if (lead == 3.0 * hourMs)
                ++threes;
            else if (lead == 5.0 * hourMs)
                ++fives;
            else
                QFAIL(qPrintable(u"unexpected lead time %1 ms"_s.arg(lead)));
        }
        // Binomial(2000, 1/2): standard deviation sqrt(2000 / 4) = 22.4; 5 of them either side is 112.
        QVERIFY2(std::abs(threes - 1000) <= 112, qPrintable(QString::number(threes)));
        QCOMPARE(threes + fives, 2000);
        QCOMPARE(result->minMs, 3.0 * hourMs);
        QCOMPARE(result->maxMs, 5.0 * hourMs);
    }

    void sameSeedSameResultOtherSeedOtherResult()
    {
        const QList<SimStep> steps{
            step(1, u"Code"_s, Duration::empirical({hourMs, 2 * hourMs, 7 * hourMs}),
                 Duration::triangular(0, hourMs, 4 * hourMs)),
            step(2, u"Review"_s, Duration::triangular(hourMs, 2 * hourMs, 9 * hourMs),
                 Duration::empirical({10, 20, 30 * hourMs})),
            step(3, u"Approval"_s, Duration::triangular(0, 24 * hourMs, 72 * hourMs), Duration::fixed(600000)),
        };
        const QList<std::pair<Id, Id>> edges{{1, 3}, {2, 3}};
        const auto first = simulate(steps, edges, 3000, 42);
        const auto again = simulate(steps, edges, 3000, 42);
        const auto other = simulate(steps, edges, 3000, 43);
        QVERIFY(first.ok() && again.ok() && other.ok());
        QCOMPARE(*first, *again);
        QVERIFY(first->leadTimesMs != other->leadTimesMs);
        QVERIFY(first->p50Ms != other->p50Ms);
        QVERIFY(std::is_sorted(first->leadTimesMs.cbegin(), first->leadTimesMs.cend()));
    }

    void drawsFollowTheEnginesSequence()
    {
        // std::mt19937_64 seeded with 5489 (its default seed) starts 14514284786278117030, 4620546740167642908 on
        // every standard library. The wait draws an index among 1000 values: 14514284786278117030 mod 1000 = 30. The
        // process turns the second output into u = (output >> 11) / 2^53 and inverts the triangle (0, 0, 1000):
        // 1000 - sqrt((1 - u) * 1000 * 1000). A platform-dependent distribution would miss these values.
        QList<qint64> thousand;
        for (qint64 ms = 0; ms < 1000; ++ms)
            thousand.append(ms);
        const QList<SimStep> steps{step(1, u"Code"_s, Duration::empirical(thousand), Duration::triangular(0, 0, 1000))};
        const auto result = simulate(steps, {}, 1, 5489);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        const double u = double(quint64(4620546740167642908ULL) >> 11) / 9007199254740992.0;
        const double expected = 30 + 1000 - std::sqrt((1 - u) * 1000 * 1000);
        QCOMPARE(result->p50Ms, expected);
    }

    void empiricalDrawsEachObservedValueEqually()
    {
        const int trials = 20000;
        const QList<SimStep> steps{step(1, u"Review"_s, Duration::fixed(0),
                                        Duration::empirical({1 * hourMs, 2 * hourMs, 3 * hourMs, 4 * hourMs}))};
        const auto result = simulate(steps, {}, trials, 2024);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        // Each count is Binomial(20000, 1/4): mean 5000, standard deviation sqrt(20000 * 1/4 * 3/4) = 61.2.
        // Allowing 5 standard deviations (306) a correct sampler fails with a chance below 1e-6 per value, while a
        // sampler off by 2 percentage points (400) fails.
        for (int hours = 1; hours <= 4; ++hours) {
            const auto count = result->leadTimesMs.count(double(hours * hourMs));
            QVERIFY2(std::abs(count - trials / 4) <= 306, qPrintable(u"%1 h drawn %2 times"_s.arg(hours).arg(count)));
        }
        QVERIFY(result->p50Ms >= 2.0 * hourMs);
        QVERIFY(result->p50Ms <= 3.0 * hourMs);
        QCOMPARE(result->minMs, 1.0 * hourMs);
        QCOMPARE(result->maxMs, 4.0 * hourMs);
    }

    void triangularMeanMatchesTheDistribution()
    {
        const int trials = 20000;
        const QList<SimStep> steps{
            step(1, u"Change advisory board"_s, Duration::triangular(0, 0, 3 * hourMs), Duration::fixed(0))};
        const auto result = simulate(steps, {}, trials, 5);
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        // Triangular(a = 0, c = 0, b = 3 h): mean (a + b + c) / 3 = 1 h; variance
        // (a² + b² + c² - ab - ac - bc) / 18 = 9 / 18 = 0.5 h², standard deviation 0.707 h. The mean of 20,000 draws
        // has a standard error of 0.707 / sqrt(20000) = 0.005 h; 5 of them is 0.025 h.
        const double standardError = std::sqrt(0.5) / std::sqrt(double(trials)) * hourMs;
        QVERIFY2(std::abs(result->meanMs - hourMs) <= 5 * standardError, qPrintable(QString::number(result->meanMs)));
        // The median of this triangle is b - b / sqrt(2) = 0.879 h.
        QVERIFY2(std::abs(result->p50Ms - (3 - 3 / std::sqrt(2.0)) * hourMs) <= 0.03 * hourMs,
                 qPrintable(QString::number(result->p50Ms)));
        QVERIFY(result->minMs >= 0);
        QVERIFY(result->maxMs <= 3.0 * hourMs);
    }

    void refusesWhatItCannotSimulate_data()
    {
        QTest::addColumn<QList<SimStep>>("steps");
        QTest::addColumn<Edges>("edges");
        QTest::addColumn<int>("trials");
        QTest::addColumn<QStringList>("mentions");

        const SimStep code = step(1, u"Code"_s, Duration::fixed(hourMs), Duration::fixed(hourMs));
        const SimStep review = step(2, u"Review"_s, Duration::fixed(hourMs), Duration::fixed(hourMs));
        const SimStep deploy = step(3, u"Deploy"_s, Duration::fixed(hourMs), Duration::fixed(hourMs));
        const Edges none;

        QTest::newRow("no trials") << QList<SimStep>{code} << none << 0 << QStringList{u"0"_s};
        QTest::newRow("negative trials") << QList<SimStep>{code} << none << -5 << QStringList{u"-5"_s};
        QTest::newRow("no steps") << QList<SimStep>{} << none << 10 << QStringList{u"no steps"_s};
        QTest::newRow("unknown edge id") << QList<SimStep>{code, review} << Edges{{1, 77}} << 10
                                         << QStringList{u"77"_s};
        QTest::newRow("cycle") << QList<SimStep>{code, review, deploy} << Edges{{1, 2}, {2, 3}, {3, 2}} << 10
                               << QStringList{u"cycle"_s};
        QTest::newRow("self loop") << QList<SimStep>{code, review} << Edges{{2, 2}} << 10
                                   << QStringList{u"cycle"_s, u"Review"_s};
        QTest::newRow("duplicate id") << QList<SimStep>{code, step(1, u"Copy"_s, Duration{}, Duration{})} << none << 10
                                      << QStringList{u"Code"_s, u"Copy"_s};
        QTest::newRow("min above mode") << QList<SimStep>{code, step(2, u"Review"_s, Duration::triangular(5, 4, 10),
                                                                     Duration::fixed(0))}
                                        << none << 10 << QStringList{u"Review"_s, u"wait"_s};
        QTest::newRow("mode above max") << QList<SimStep>{code, step(2, u"Review"_s, Duration::fixed(0),
                                                                     Duration::triangular(1, 11, 10))}
                                        << none << 10 << QStringList{u"Review"_s, u"process time"_s};
        QTest::newRow("negative triangle")
            << QList<SimStep>{step(9, {}, Duration::triangular(-1, 0, 10), Duration::fixed(0))} << none << 10
            << QStringList{u"step 9"_s};
        QTest::newRow("no observed values")
            << QList<SimStep>{step(2, u"Review"_s, Duration::empirical({}), Duration::fixed(0))} << none << 10
            << QStringList{u"Review"_s, u"observed"_s};
        QTest::newRow("negative observed value")
            << QList<SimStep>{step(2, u"Review"_s, Duration::fixed(0), Duration::empirical({5, -3}))} << none << 10
            << QStringList{u"Review"_s, u"-3"_s};
        QTest::newRow("negative fixed value")
            << QList<SimStep>{step(2, u"Review"_s, Duration::fixed(-8), Duration::fixed(0))} << none << 10
            << QStringList{u"Review"_s, u"-8"_s};
    }

    void refusesWhatItCannotSimulate()
    {
        QFETCH(QList<SimStep>, steps);
        QFETCH(Edges, edges);
        QFETCH(int, trials);
        QFETCH(QStringList, mentions);
        const auto result = simulate(steps, edges, trials, 1);
        QVERIFY(!result.ok());
        for (const QString &mention : mentions)
            QVERIFY2(result.errorMessage().contains(mention), qPrintable(result.errorMessage()));
    }

    void stopsWhenCanceled()
    {
        std::atomic_bool cancel{false};
        qint64 lastDone = -1;
        TaskControl control(
            [&](qint64 done, qint64) {
                lastDone = done;
                if (done >= 2000)
                    cancel = true;
            },
            &cancel);
        const QList<SimStep> steps{step(1, u"Code"_s, Duration::fixed(1), Duration::empirical({1, 2, 3}))};
        const auto result = simulate(steps, {}, 100000, 3, control);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), TaskControl::canceledMessage());
        // Canceled at the first check after 2000 trials, not run to the end.
        QCOMPARE(lastDone, 2000);
    }
};

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
