// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison of a current and a future state: rows paired, ordered and compared, and the summaries' deltas; every
// expected value is worked out by hand in the comments next to it.
#include "valuestream/comparison.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

Step step(Id id, const QString &key, const QString &name, const char *kind, std::optional<qint64> waitMs,
          std::optional<qint64> processMs, std::optional<double> pct)
{
    Step s;
    s.id = id;
    s.sourceKey = key;
    s.name = name;
    s.kind = QString::fromLatin1(kind);
    s.waitMs = waitMs;
    s.processMs = processMs;
    s.pctCompleteAccurate = pct;
    s.measured = !key.isEmpty();
    return s;
}

Step named(Id id, const QString &key, const QString &name)
{
    return step(id, key, name, StepKind::Other, Hour, Hour, std::nullopt);
}

QStringList rowNames(const MapComparison &comparison)
{
    QStringList names;
    for (const StepComparison &row : comparison.rows)
        names.append(row.name);
    return names;
}

/// The stream from first commit to production, with a security gate and a change advisory board.
Map currentState()
{
    Map map;
    map.name = u"Checkout"_s;
    map.state = MapState::Current;
    map.steps = {
        step(1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 8 * Hour, 95.0),
        step(2, u"review"_s, u"Review"_s, StepKind::Review, 16 * Hour, Hour, 90.0),
        step(3, u"stage:build"_s, u"Build"_s, StepKind::Build, 10 * Minute, 20 * Minute, 80.0),
        step(4, u"stage:security-review"_s, u"Security review"_s, StepKind::Approval, 2 * Day, Hour, 100.0),
        step(5, QString(), u"Change advisory board"_s, StepKind::Approval, 3 * Day, 2 * Hour, 90.0),
        step(6, u"promotion:production"_s, u"Deploy"_s, StepKind::Deploy, 4 * Hour, 30 * Minute, 95.0),
    };
    return map;
}

/// The future state: the security gate removed for an automated scan, the review's wait cut and its %C&A raised,
/// the advisory board meeting daily instead of every three days.
Map futureState()
{
    Map map;
    map.name = u"Checkout (future)"_s;
    map.state = MapState::Future;
    map.basedOnId = 7;
    map.steps = {
        step(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 8 * Hour, 95.0),
        step(-2, u"review"_s, u"Code review"_s, StepKind::Review, 4 * Hour, Hour, 95.0),
        step(-3, u"stage:build"_s, u"Build"_s, StepKind::Build, 10 * Minute, 20 * Minute, 80.0),
        step(-4, QString(), u"Automated security scan"_s, StepKind::Security, 0, 15 * Minute, 98.0),
        step(-5, QString(), u"change advisory board"_s, StepKind::Approval, Day, 2 * Hour, 90.0),
        step(-6, u"promotion:production"_s, u"Deploy"_s, StepKind::Deploy, 4 * Hour, 30 * Minute, 95.0),
    };
    return map;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void futureStateOfAStream();
    void pairingRules();
    void removedStepsKeepTheirPlace();
    void missingTimes();
    void emptyMaps();
    void analysisErrorsNameTheMap();
};

void TestComparison::futureStateOfAStream()
{
    const auto result = compareMaps(currentState(), futureState());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const MapComparison &comparison = *result;

    // The security review was between Build and the advisory board: its row follows Build's, before the scan
    // that the future map puts there.
    QCOMPARE(rowNames(comparison),
             (QStringList{u"Coding"_s, u"Code review"_s, u"Build"_s, u"Security review"_s, u"Automated security scan"_s,
                          u"change advisory board"_s, u"Deploy"_s}));
    const QList<StepComparison> &rows = comparison.rows;

    // Coding: the same on both maps.
    QCOMPARE(rows[0].change, StepChange::Unchanged);
    QCOMPARE(rows[0].currentStepId, std::optional<Id>(1));
    QCOMPARE(rows[0].futureStepId, std::optional<Id>(-1));
    QCOMPARE(rows[0].leadMs.delta, std::optional<qint64>(0));
    QCOMPARE(rows[0].pctCompleteAccurate.delta, std::optional<double>(0.0));

    // Review, renamed and paired by its source key: wait 16 h -> 4 h (-12 h), process 1 h both, lead 17 h -> 5 h,
    // %C&A 90 -> 95 (+5 points).
    const StepComparison &review = rows[1];
    QCOMPARE(review.change, StepChange::Changed);
    QCOMPARE(review.kind, u"review"_s);
    QCOMPARE(review.currentStepId, std::optional<Id>(2));
    QCOMPARE(review.futureStepId, std::optional<Id>(-2));
    QCOMPARE(review.waitMs, (Compared<qint64>{16 * Hour, 4 * Hour, -12 * Hour}));
    QCOMPARE(review.processMs, (Compared<qint64>{Hour, Hour, 0}));
    QCOMPARE(review.leadMs, (Compared<qint64>{17 * Hour, 5 * Hour, -12 * Hour}));
    QCOMPARE(review.pctCompleteAccurate, (Compared<double>{90.0, 95.0, 5.0}));

    QCOMPARE(rows[2].change, StepChange::Unchanged);

    // The removed gate: wait 2 d, process 1 h, lead 49 h, all gone; no %C&A delta without a future value.
    const StepComparison &gate = rows[3];
    QCOMPARE(gate.change, StepChange::Removed);
    QCOMPARE(gate.kind, u"approval"_s);
    QCOMPARE(gate.currentStepId, std::optional<Id>(4));
    QCOMPARE(gate.futureStepId, std::optional<Id>());
    QCOMPARE(gate.waitMs, (Compared<qint64>{2 * Day, std::nullopt, -2 * Day}));
    QCOMPARE(gate.processMs, (Compared<qint64>{Hour, std::nullopt, -Hour}));
    QCOMPARE(gate.leadMs, (Compared<qint64>{49 * Hour, std::nullopt, -49 * Hour}));
    QCOMPARE(gate.pctCompleteAccurate, (Compared<double>{100.0, std::nullopt, std::nullopt}));

    // The added automation: no wait, 15 min of process.
    const StepComparison &scan = rows[4];
    QCOMPARE(scan.change, StepChange::Added);
    QCOMPARE(scan.kind, u"security"_s);
    QCOMPARE(scan.currentStepId, std::optional<Id>());
    QCOMPARE(scan.futureStepId, std::optional<Id>(-4));
    QCOMPARE(scan.waitMs, (Compared<qint64>{std::nullopt, 0, 0}));
    QCOMPARE(scan.processMs, (Compared<qint64>{std::nullopt, 15 * Minute, 15 * Minute}));
    QCOMPARE(scan.leadMs, (Compared<qint64>{std::nullopt, 15 * Minute, 15 * Minute}));
    QCOMPARE(scan.pctCompleteAccurate, (Compared<double>{std::nullopt, 98.0, std::nullopt}));

    // The advisory board, a workshop step paired by its name in another case: the wait cut from 3 d to 1 d.
    const StepComparison &board = rows[5];
    QCOMPARE(board.change, StepChange::Changed);
    QCOMPARE(board.currentStepId, std::optional<Id>(5));
    QCOMPARE(board.futureStepId, std::optional<Id>(-5));
    QCOMPARE(board.waitMs.delta, std::optional<qint64>(-2 * Day));
    QCOMPARE(board.leadMs, (Compared<qint64>{74 * Hour, 26 * Hour, -48 * Hour}));

    QCOMPARE(rows[6].change, StepChange::Unchanged);
    QCOMPARE(rows[6].currentStepId, std::optional<Id>(6));

    // Current lead: 8 h + 17 h + 30 min + 49 h + 74 h + 4 h 30 min = 153 h.
    // Future lead: 8 h + 5 h + 30 min + 15 min + 26 h + 4 h 30 min = 44 h 15 min.
    QCOMPARE(comparison.totalLeadMs,
             (Compared<qint64>{153 * Hour, 44 * Hour + 15 * Minute, -(108 * Hour + 45 * Minute)}));
    // Current process: 8 h + 1 h + 20 min + 1 h + 2 h + 30 min = 12 h 50 min (770 min).
    // Future process: 8 h + 1 h + 20 min + 15 min + 2 h + 30 min = 12 h 5 min (725 min).
    QCOMPARE(comparison.totalProcessMs, (Compared<qint64>{770 * Minute, 725 * Minute, -45 * Minute}));
    // Activity ratio: 770 / 9180 min = 77 / 918 before, 725 / 2655 min = 145 / 531 after.
    QVERIFY(comparison.activityRatio.current && comparison.activityRatio.future && comparison.activityRatio.delta);
    QVERIFY(qFuzzyCompare(*comparison.activityRatio.current, 77.0 / 918.0));
    QVERIFY(qFuzzyCompare(*comparison.activityRatio.future, 145.0 / 531.0));
    QVERIFY(qFuzzyCompare(*comparison.activityRatio.delta, 145.0 / 531.0 - 77.0 / 918.0));
    // Rolled %C&A: 0.95 x 0.90 x 0.80 x 1.00 x 0.90 x 0.95 = 0.58482 before;
    // 0.95 x 0.95 x 0.80 x 0.98 x 0.90 x 0.95 = 0.6049638 after: +2.01438 points.
    QVERIFY(comparison.rolledPctCompleteAccurate.current && comparison.rolledPctCompleteAccurate.future);
    QVERIFY(qFuzzyCompare(*comparison.rolledPctCompleteAccurate.current, 58.482));
    QVERIFY(qFuzzyCompare(*comparison.rolledPctCompleteAccurate.future, 60.49638));
    QVERIFY(qFuzzyCompare(*comparison.rolledPctCompleteAccurate.delta, 2.01438));

    // The analyses behind it: the advisory board is the bottleneck of both states.
    QVERIFY(comparison.currentAnalysis.bottleneck);
    QCOMPARE(comparison.currentAnalysis.bottleneck->id, 5);
    QVERIFY(comparison.futureAnalysis.bottleneck);
    QCOMPARE(comparison.futureAnalysis.bottleneck->id, -5);
}

void TestComparison::pairingRules()
{
    Map current;
    current.steps = {
        named(1, u"stage:build"_s, u"Build"_s),     // a different key on the future map: not the same step
        named(2, u"promotion:prod"_s, u"Deploy"_s), // the future step has no key: paired by name
        named(3, QString(), u"Test"_s),             // two workshop steps of one name: the first pairs
        named(4, QString(), u"Test"_s),
        named(5, u"review"_s, u"Review"_s), // paired by key although the names differ
    };
    Map future;
    future.steps = {
        named(11, u"review"_s, u"Peer review"_s),
        named(12, u"stage:compile"_s, u"Build"_s),
        named(13, QString(), u" DEPLOY "_s),
        named(14, QString(), u"test"_s),
    };
    const auto result = compareMaps(current, future);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const QList<StepComparison> &rows = result->rows;

    // Build (1) has no paired step before it: at the top. Test (4) follows Test (3), which pairs with 14, the last
    // row. Review (5) pairs with 11 and is last on the current map but first on the future one.
    QCOMPARE(rowNames(*result),
             (QStringList{u"Build"_s, u"Peer review"_s, u"Build"_s, u" DEPLOY "_s, u"test"_s, u"Test"_s}));
    QCOMPARE(rows[0].change, StepChange::Removed);
    QCOMPARE(rows[0].currentStepId, std::optional<Id>(1));
    QCOMPARE(rows[1].currentStepId, std::optional<Id>(5));
    QCOMPARE(rows[1].futureStepId, std::optional<Id>(11));
    QCOMPARE(rows[1].change, StepChange::Changed);
    QCOMPARE(rows[2].change, StepChange::Added);
    QCOMPARE(rows[2].futureStepId, std::optional<Id>(12));
    QCOMPARE(rows[3].currentStepId, std::optional<Id>(2));
    QCOMPARE(rows[3].futureStepId, std::optional<Id>(13));
    QCOMPARE(rows[4].currentStepId, std::optional<Id>(3));
    QCOMPARE(rows[4].futureStepId, std::optional<Id>(14));
    QCOMPARE(rows[5].change, StepChange::Removed);
    QCOMPARE(rows[5].currentStepId, std::optional<Id>(4));
}

void TestComparison::removedStepsKeepTheirPlace()
{
    Map current;
    current.steps = {named(1, QString(), u"Intake"_s), named(2, QString(), u"A"_s), named(3, QString(), u"Gate 1"_s),
                     named(4, QString(), u"Gate 2"_s), named(5, QString(), u"B"_s), named(6, QString(), u"Sign-off"_s)};
    Map future;
    future.steps = {named(11, QString(), u"A"_s), named(12, QString(), u"New"_s), named(13, QString(), u"B"_s)};
    const auto result = compareMaps(current, future);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    // Intake before everything kept: first. Both gates after A, in their order, before the new step. Sign-off after B.
    QCOMPARE(rowNames(*result),
             (QStringList{u"Intake"_s, u"A"_s, u"Gate 1"_s, u"Gate 2"_s, u"New"_s, u"B"_s, u"Sign-off"_s}));
}

void TestComparison::missingTimes()
{
    // A workshop step without times on the current map and with a wait on the future one.
    Map current;
    current.steps = {step(1, QString(), u"Planning"_s, StepKind::Other, std::nullopt, std::nullopt, std::nullopt)};
    Map future;
    future.steps = {step(2, QString(), u"Planning"_s, StepKind::Other, 2 * Hour, std::nullopt, 50.0)};
    const auto result = compareMaps(current, future);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    const StepComparison &row = result->rows.value(0);
    QCOMPARE(row.change, StepChange::Changed);
    // The missing wait counts 0: +2 h. Neither side has a process time: no delta. Lead is 0 h -> 2 h.
    QCOMPARE(row.waitMs, (Compared<qint64>{std::nullopt, 2 * Hour, 2 * Hour}));
    QCOMPARE(row.processMs, (Compared<qint64>{}));
    QCOMPARE(row.leadMs, (Compared<qint64>{0, 2 * Hour, 2 * Hour}));
    QCOMPARE(row.pctCompleteAccurate, (Compared<double>{std::nullopt, 50.0, std::nullopt}));
    // No %C&A before: no rolled %C&A, and so no delta; the ratio 0 / 2 h after, none at a lead of 0 before.
    QCOMPARE(result->rolledPctCompleteAccurate, (Compared<double>{std::nullopt, 50.0, std::nullopt}));
    QCOMPARE(result->activityRatio, (Compared<double>{std::nullopt, 0.0, std::nullopt}));
    QCOMPARE(result->totalLeadMs, (Compared<qint64>{0, 2 * Hour, 2 * Hour}));
}

void TestComparison::emptyMaps()
{
    const auto result = compareMaps(Map{}, Map{});
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QVERIFY(result->rows.isEmpty());
    QCOMPARE(result->totalLeadMs, (Compared<qint64>{0, 0, 0}));
    QCOMPARE(result->totalProcessMs, (Compared<qint64>{0, 0, 0}));
    QCOMPARE(result->activityRatio, (Compared<double>{}));
    QCOMPARE(result->rolledPctCompleteAccurate, (Compared<double>{}));
}

void TestComparison::analysisErrorsNameTheMap()
{
    Map current = currentState();
    current.steps[2].waitMs = -5 * Minute;
    auto result = compareMaps(current, futureState());
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), u"The current state “Checkout” cannot be compared: The step “Build” has a "
                                    u"negative wait time (-300000 ms)."_s);

    // A cycle on an unnamed future map.
    Map future;
    future.steps = {named(1, QString(), u"A"_s), named(2, QString(), u"B"_s)};
    future.edges = {{1, 2}, {2, 1}};
    result = compareMaps(currentState(), future);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(),
             u"The future state cannot be compared: The value stream has a cycle: “A” → “B” → “A”."_s);

    // The roles come from the arguments, not from the states the maps are marked with.
    Map marked = current;
    marked.state = MapState::Future;
    result = compareMaps(marked, futureState());
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().startsWith(u"The current state “Checkout”"_s), qPrintable(result.errorMessage()));
}

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
