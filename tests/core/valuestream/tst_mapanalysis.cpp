// SPDX-License-Identifier: GPL-3.0-or-later
// The summary, critical path and bottleneck of small value stream maps; every expected value is worked out by hand
// in the comments next to it.
#include "valuestream/mapanalysis.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

MapStep step(Id id, const QString &name, std::optional<qint64> waitMs, std::optional<qint64> processMs,
             std::optional<double> pct = std::nullopt)
{
    return MapStep{id, name, waitMs, processMs, pct, true};
}

const StepAnalysis &stepOf(const MapAnalysis &analysis, Id id)
{
    for (const StepAnalysis &s : analysis.steps) {
        if (s.id == id)
            return s;
    }
    qFatal("no step %lld in the analysis", qlonglong(id));
}

} // namespace

class TestMapAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void emptyMap();
    void lineOfThreeSteps();
    void parallelBranches();
    void equallyLongBranches();
    void unconnectedStepWithEdges();
    void bottleneckByWait();
    void bottleneckByProcess();
    void bottleneckTies();
    void missingTimesCountZero();
    void zeroLeadTimeHasNoBottleneck();
    void cycleRefused();
    void unknownEdgeRefused();
    void badStepsRefused();
    void durationFormat();
};

void TestMapAnalysis::emptyMap()
{
    const auto analysis = analyseMap({}, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QVERIFY(analysis->criticalPath.isEmpty());
    QCOMPARE(analysis->totalLeadMs, 0);
    QCOMPARE(analysis->totalProcessMs, 0);
    QVERIFY(!analysis->activityRatio);
    QVERIFY(!analysis->rolledPctCompleteAccurate);
    QVERIFY(analysis->steps.isEmpty());
    QVERIFY(!analysis->bottleneck);
}

void TestMapAnalysis::lineOfThreeSteps()
{
    // No edges: Code -> Review -> Deploy in list order.
    // Leads: 1 h + 4 h = 5 h; 20 h + 1 h = 21 h; 2 h + 30 min = 2.5 h. Total 28.5 h, process 5.5 h.
    const QList<MapStep> steps{step(1, u"Code"_s, Hour, 4 * Hour, 90.0), step(2, u"Review"_s, 20 * Hour, Hour, 80.0),
                               step(3, u"Deploy"_s, 2 * Hour, 30 * Minute, 50.0)};
    const auto analysis = analyseMap(steps, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{1, 2, 3}));
    QCOMPARE(analysis->totalLeadMs, 28 * Hour + 30 * Minute);
    QCOMPARE(analysis->totalProcessMs, 5 * Hour + 30 * Minute);
    // 5.5 / 28.5 = 11 / 57.
    QVERIFY(analysis->activityRatio);
    QVERIFY(qFuzzyCompare(*analysis->activityRatio, 11.0 / 57.0));
    // 90 % x 80 % x 50 % = 36 %.
    QVERIFY(analysis->rolledPctCompleteAccurate);
    QVERIFY(qFuzzyCompare(*analysis->rolledPctCompleteAccurate, 36.0));

    QCOMPARE(analysis->steps.size(), 3);
    QCOMPARE(analysis->steps[0].id, 1);
    QCOMPARE(analysis->steps[0].leadMs, 5 * Hour);
    QCOMPARE(analysis->steps[1].leadMs, 21 * Hour);
    QCOMPARE(analysis->steps[2].leadMs, 2 * Hour + 30 * Minute);
    QVERIFY(qFuzzyCompare(analysis->steps[0].share, 5.0 / 28.5));
    QVERIFY(qFuzzyCompare(analysis->steps[1].share, 21.0 / 28.5));
    QVERIFY(qFuzzyCompare(analysis->steps[2].share, 2.5 / 28.5));
    for (const StepAnalysis &s : analysis->steps) {
        QVERIFY(s.onCriticalPath);
        QCOMPARE(s.slackMs, 0);
    }
    // Ranks by share: Review 21 h, Code 5 h, Deploy 2.5 h.
    QCOMPARE(analysis->steps[0].rank, 2);
    QCOMPARE(analysis->steps[1].rank, 1);
    QCOMPARE(analysis->steps[2].rank, 3);

    // Review waits 20 h of 28.5 h: 70.2 %.
    QVERIFY(analysis->bottleneck);
    QCOMPARE(analysis->bottleneck->id, 2);
    QCOMPARE(analysis->bottleneck->waitMs, 20 * Hour);
    QCOMPARE(analysis->bottleneck->processMs, Hour);
    QCOMPARE(analysis->bottleneck->leadMs, 21 * Hour);
    QVERIFY(qFuzzyCompare(analysis->bottleneck->share, 21.0 / 28.5));
    QCOMPARE(analysis->bottleneck->reason, u"waits 20 h before it starts: 70 % of lead time"_s);
}

void TestMapAnalysis::parallelBranches()
{
    // A -> B -> D and A -> C -> D. Leads: A 2 h, B 3 h, C 6 h, D 1 h.
    // A C D = 9 h (process 1 + 2 + 1 = 4 h); A B D = 6 h, so B could grow by 3 h.
    const QList<MapStep> steps{step(10, u"A"_s, Hour, Hour), step(20, u"B"_s, 2 * Hour, Hour),
                               step(30, u"C"_s, 4 * Hour, 2 * Hour), step(40, u"D"_s, 0, Hour)};
    // Given in no particular order, one of them twice.
    const QList<std::pair<Id, Id>> edges{{30, 40}, {10, 20}, {20, 40}, {10, 30}, {10, 20}};
    const auto analysis = analyseMap(steps, edges);
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{10, 30, 40}));
    QCOMPARE(analysis->totalLeadMs, 9 * Hour);
    QCOMPARE(analysis->totalProcessMs, 4 * Hour);
    QVERIFY(qFuzzyCompare(*analysis->activityRatio, 4.0 / 9.0));
    QVERIFY(!analysis->rolledPctCompleteAccurate);

    const StepAnalysis &b = stepOf(*analysis, 20);
    QVERIFY(!b.onCriticalPath);
    QCOMPARE(b.share, 0.0);
    QCOMPARE(b.slackMs, 3 * Hour);
    QCOMPARE(b.leadMs, 3 * Hour);
    for (Id id : {10, 30, 40}) {
        QVERIFY(stepOf(*analysis, id).onCriticalPath);
        QCOMPARE(stepOf(*analysis, id).slackMs, 0);
    }
    QVERIFY(qFuzzyCompare(stepOf(*analysis, 30).share, 6.0 / 9.0));
    // C 6/9, A 2/9, D 1/9, then B off the path.
    QCOMPARE(stepOf(*analysis, 30).rank, 1);
    QCOMPARE(stepOf(*analysis, 10).rank, 2);
    QCOMPARE(stepOf(*analysis, 40).rank, 3);
    QCOMPARE(b.rank, 4);

    // C waits 4 h of 9 h: 44.4 %.
    QCOMPARE(analysis->bottleneck->id, 30);
    QCOMPARE(analysis->bottleneck->reason, u"waits 4 h before it starts: 44 % of lead time"_s);
}

void TestMapAnalysis::equallyLongBranches()
{
    // B and C both 3 h: the critical path goes through B, listed first; C is as long, so it has no slack.
    const QList<MapStep> steps{step(1, u"A"_s, 0, Hour), step(2, u"B"_s, Hour, 2 * Hour),
                               step(3, u"C"_s, 2 * Hour, Hour), step(4, u"D"_s, 0, Hour)};
    const auto analysis = analyseMap(steps, {{1, 3}, {1, 2}, {3, 4}, {2, 4}});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{1, 2, 4}));
    QCOMPARE(analysis->totalLeadMs, 5 * Hour);
    QCOMPARE(analysis->totalProcessMs, 4 * Hour);
    QVERIFY(!stepOf(*analysis, 3).onCriticalPath);
    QCOMPARE(stepOf(*analysis, 3).slackMs, 0);
    QCOMPARE(stepOf(*analysis, 3).share, 0.0);
    QCOMPARE(analysis->bottleneck->id, 2);
}

void TestMapAnalysis::unconnectedStepWithEdges()
{
    // With edges given, a step no edge names is a map of its own: A -> B (2 h) beside C (5 h).
    const QList<MapStep> steps{step(1, u"A"_s, 0, Hour), step(2, u"B"_s, 0, Hour), step(3, u"C"_s, 5 * Hour, 0)};
    const auto analysis = analyseMap(steps, {{1, 2}});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{3}));
    QCOMPARE(analysis->totalLeadMs, 5 * Hour);
    QCOMPARE(analysis->totalProcessMs, 0);
    QCOMPARE(analysis->activityRatio, std::optional<double>(0.0));
    QCOMPARE(stepOf(*analysis, 1).slackMs, 3 * Hour);
    QCOMPARE(stepOf(*analysis, 2).slackMs, 3 * Hour);
    QCOMPARE(analysis->bottleneck->reason, u"waits 5 h before it starts: 100 % of lead time"_s);
}

void TestMapAnalysis::bottleneckByWait()
{
    // Approval waits 3 d 4 h = 76 h and takes 2 h (lead 78 h); Build takes 46 h. Total 124 h; 76 / 124 = 61.3 %.
    const QList<MapStep> steps{step(1, u"Build"_s, 0, 46 * Hour), step(2, u"Approval"_s, 3 * Day + 4 * Hour, 2 * Hour)};
    const auto analysis = analyseMap(steps, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->totalLeadMs, 124 * Hour);
    QCOMPARE(analysis->bottleneck->id, 2);
    QVERIFY(qFuzzyCompare(analysis->bottleneck->share, 78.0 / 124.0));
    QCOMPARE(analysis->bottleneck->reason, u"waits 3 d 4 h before it starts: 61 % of lead time"_s);
}

void TestMapAnalysis::bottleneckByProcess()
{
    // Test waits 30 min and takes 2 h 5 min (lead 155 min); Deploy waits 1 h and takes 1 h (lead 120 min).
    // Total 275 min; the process time is 125 / 275 = 45.5 % of it.
    const QList<MapStep> steps{step(7, u"Test"_s, 30 * Minute, 2 * Hour + 5 * Minute),
                               step(8, u"Deploy"_s, Hour, Hour)};
    const auto analysis = analyseMap(steps, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->totalLeadMs, 275 * Minute);
    QCOMPARE(analysis->bottleneck->id, 7);
    QCOMPARE(analysis->bottleneck->reason, u"takes 2 h 5 min to process: 45 % of lead time"_s);
}

void TestMapAnalysis::bottleneckTies()
{
    {
        // S1 and S2 both lead 4 h; S2 waits longer (3 h against 1 h), so it is the bottleneck although listed
        // later. Total 4 + 4 + 2 = 10 h; S2's wait is 30 % of it.
        const QList<MapStep> steps{step(1, u"S1"_s, Hour, 3 * Hour), step(2, u"S2"_s, 3 * Hour, Hour),
                                   step(3, u"S3"_s, 0, 2 * Hour)};
        const auto analysis = analyseMap(steps, {});
        QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
        QCOMPARE(analysis->bottleneck->id, 2);
        QCOMPARE(analysis->bottleneck->reason, u"waits 3 h before it starts: 30 % of lead time"_s);
        QCOMPARE(stepOf(*analysis, 2).rank, 1);
        QCOMPARE(stepOf(*analysis, 1).rank, 2);
        QCOMPARE(stepOf(*analysis, 3).rank, 3);
    }
    {
        // Same lead and same wait: the earlier step.
        const QList<MapStep> steps{step(5, u"T1"_s, 2 * Hour, Hour), step(6, u"T2"_s, 2 * Hour, Hour)};
        const auto analysis = analyseMap(steps, {});
        QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
        QCOMPARE(analysis->bottleneck->id, 5);
        QCOMPARE(stepOf(*analysis, 5).rank, 1);
        QCOMPARE(stepOf(*analysis, 6).rank, 2);
        // Wait 2 h of 6 h.
        QCOMPARE(analysis->bottleneck->reason, u"waits 2 h before it starts: 33 % of lead time"_s);
    }
    {
        // Wait equal to process is not "most of its lead": the reason names the process time. 1 h of 2 h.
        const QList<MapStep> steps{step(1, u"Even"_s, Hour, Hour)};
        const auto analysis = analyseMap(steps, {});
        QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
        QCOMPARE(analysis->bottleneck->reason, u"takes 1 h to process: 50 % of lead time"_s);
    }
}

void TestMapAnalysis::missingTimesCountZero()
{
    // A: no wait, 2 h process; B: 1 h wait, no process; C: neither. Leads 2 h, 1 h, 0; total 3 h, process 2 h.
    const QList<MapStep> steps{step(1, u"A"_s, std::nullopt, 2 * Hour, 95.0), step(2, u"B"_s, Hour, std::nullopt),
                               step(3, u"C"_s, std::nullopt, std::nullopt)};
    const auto analysis = analyseMap(steps, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{1, 2, 3}));
    QCOMPARE(analysis->totalLeadMs, 3 * Hour);
    QCOMPARE(analysis->totalProcessMs, 2 * Hour);
    QVERIFY(qFuzzyCompare(*analysis->activityRatio, 2.0 / 3.0));
    // Only A has a %C&A.
    QVERIFY(qFuzzyCompare(*analysis->rolledPctCompleteAccurate, 95.0));
    QCOMPARE(stepOf(*analysis, 3).leadMs, 0);
    QCOMPARE(stepOf(*analysis, 3).share, 0.0);
    QVERIFY(stepOf(*analysis, 3).onCriticalPath);
    QCOMPARE(stepOf(*analysis, 3).rank, 3);
    QCOMPARE(analysis->bottleneck->id, 1);
    QCOMPARE(analysis->bottleneck->reason, u"takes 2 h to process: 67 % of lead time"_s);
}

void TestMapAnalysis::zeroLeadTimeHasNoBottleneck()
{
    const QList<MapStep> steps{step(1, u"Estimate"_s, std::nullopt, std::nullopt), step(2, u"Gate"_s, 0, 0)};
    const auto analysis = analyseMap(steps, {});
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
    QCOMPARE(analysis->criticalPath, (QList<Id>{1, 2}));
    QCOMPARE(analysis->totalLeadMs, 0);
    QVERIFY(!analysis->activityRatio);
    QVERIFY(!analysis->bottleneck);
}

void TestMapAnalysis::cycleRefused()
{
    const QList<MapStep> steps{step(1, u"A"_s, 0, Hour), step(2, u"B"_s, 0, Hour), step(3, u"C"_s, 0, Hour)};
    const auto analysis = analyseMap(steps, {{1, 2}, {2, 3}, {3, 2}});
    QVERIFY(!analysis.ok());
    QCOMPARE(analysis.errorMessage(), u"The value stream has a cycle: “B” → “C” → “B”."_s);

    const auto selfLoop = analyseMap(steps, {{1, 2}, {3, 3}});
    QVERIFY(!selfLoop.ok());
    QCOMPARE(selfLoop.errorMessage(), u"The value stream has a cycle: “C” → “C”."_s);
}

void TestMapAnalysis::unknownEdgeRefused()
{
    const QList<MapStep> steps{step(1, u"A"_s, 0, Hour), step(2, u"B"_s, 0, Hour)};
    const auto to = analyseMap(steps, {{1, 2}, {2, 99}});
    QVERIFY(!to.ok());
    QCOMPARE(to.errorMessage(), u"The value stream has an edge from “B” to step 99, but no step 99 is on the map."_s);

    const auto from = analyseMap(steps, {{42, 1}});
    QVERIFY(!from.ok());
    QCOMPARE(from.errorMessage(), u"The value stream has an edge from step 42 to “A”, but no step 42 is on the map."_s);
}

void TestMapAnalysis::badStepsRefused()
{
    const auto negative = analyseMap({step(1, u"A"_s, 0, Hour), step(2, u"B"_s, -5, Hour)}, {});
    QVERIFY(!negative.ok());
    QCOMPARE(negative.errorMessage(), u"The step “B” has a negative wait time (-5 ms)."_s);

    const auto negativeProcess = analyseMap({step(1, u"A"_s, 0, -1)}, {});
    QCOMPARE(negativeProcess.errorMessage(), u"The step “A” has a negative process time (-1 ms)."_s);

    const auto pct = analyseMap({step(1, u"A"_s, 0, Hour, 120.0)}, {});
    QVERIFY(!pct.ok());
    QCOMPARE(pct.errorMessage(), u"The step “A” has a %C&A of 120; it must be between 0 and 100 %."_s);

    const auto duplicate = analyseMap({step(4, u"A"_s, 0, Hour), step(4, u"B"_s, 0, Hour)}, {});
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.errorMessage(), u"The steps “A” and “B” have the same id 4."_s);
}

void TestMapAnalysis::durationFormat()
{
    QCOMPARE(formatDuration(0), u"0 min"_s);
    QCOMPARE(formatDuration(10'000), u"under 1 min"_s);
    QCOMPARE(formatDuration(45 * Minute), u"45 min"_s);
    QCOMPARE(formatDuration(Hour + 30 * Minute), u"1 h 30 min"_s);
    QCOMPARE(formatDuration(3 * Day + 4 * Hour), u"3 d 4 h"_s);
    QCOMPARE(formatDuration(Day + 5 * Minute), u"1 d 5 min"_s);
    // Rounded to the minute: 59 min 40 s is 1 h.
    QCOMPARE(formatDuration(59 * Minute + 40'000), u"1 h"_s);
}

QTEST_GUILESS_MAIN(TestMapAnalysis)
#include "tst_mapanalysis.moc"
