// SPDX-License-Identifier: GPL-3.0-or-later
// "Refresh from data": a fresh derivation merged into a stored value stream map. Every expected map is written out
// by hand from the stored and derived maps of each test.
#include "valuestream/valuestreammap.h"

#include <QSet>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

Step measured(Id id, const QString &sourceKey, const QString &name, const char *kind, qint64 waitMs, qint64 processMs)
{
    Step step;
    step.id = id;
    step.sourceKey = sourceKey;
    step.name = name;
    step.kind = QString::fromLatin1(kind);
    step.waitMs = waitMs;
    step.processMs = processMs;
    step.measured = true;
    return step;
}

Step workshop(Id id, const QString &name, qint64 waitMs, qint64 processMs)
{
    Step step;
    step.id = id;
    step.name = name;
    step.kind = QString::fromLatin1(StepKind::Approval);
    step.waitMs = waitMs;
    step.processMs = processMs;
    step.people = 6;
    step.notes = u"Meets on Thursdays"_s;
    return step;
}

Map storedMap(QList<Step> steps, QList<std::pair<Id, Id>> edges = {})
{
    Map map;
    map.id = 7;
    map.name = u"Storefront"_s;
    map.serviceId = 3;
    map.periodFrom = 1'000;
    map.periodTo = 2'000;
    map.statistic = Statistic::Median;
    map.notes = u"First workshop"_s;
    map.revision = 4;
    map.updatedAt = 1'500;
    map.steps = std::move(steps);
    map.edges = std::move(edges);
    return map;
}

Map derivedMap(QList<Step> steps, QList<std::pair<Id, Id>> edges = {})
{
    Map map;
    map.name = u"storefront-web"_s;
    map.serviceId = 3;
    map.periodFrom = 5'000;
    map.periodTo = 9'000;
    map.statistic = Statistic::P85;
    map.steps = std::move(steps);
    map.edges = std::move(edges);
    return map;
}

QStringList names(const Map &map)
{
    QStringList list;
    for (const Step &step : map.steps)
        list.append(step.name);
    return list;
}

QList<Id> ids(const Map &map)
{
    QList<Id> list;
    for (const Step &step : map.steps)
        list.append(step.id);
    return list;
}

QSet<std::pair<Id, Id>> edgeSet(const QList<std::pair<Id, Id>> &edges)
{
    return QSet<std::pair<Id, Id>>(edges.cbegin(), edges.cend());
}

const Step &stepNamed(const Map &map, const QString &name)
{
    for (const Step &step : map.steps) {
        if (step.name == name)
            return step;
    }
    qFatal("no step %s on the map", qPrintable(name));
}

} // namespace

class TestMapMerge : public QObject
{
    Q_OBJECT

private slots:
    void measuredValuesRefreshed();
    void workshopStepKeptInPlace();
    void newStepInsertedAfterItsPredecessor();
    void newStepsChainAndTakeFreshIds();
    void newFirstStep();
    void vanishedMeasuredStepKept();
    void unchangedWhenNothingIsNew();
    void parallelBranchMakesTheLineExplicit();
    void newStepSplicedIntoExplicitFlow();
};

void TestMapMerge::measuredValuesRefreshed()
{
    Step review = measured(12, u"review"_s, u"Code review (pairs)"_s, StepKind::Review, 20 * Hour, 2 * Hour);
    review.kind = QString::fromLatin1(StepKind::Other); // the team chose another kind
    review.people = 3;
    review.pctCompleteAccurate = 70;
    review.wip = 9;
    review.notes = u"Reviews wait for the seniors"_s;
    review.improvementIdeas = u"Review within a day\nSmaller pull requests"_s;
    const Map stored = storedMap({measured(11, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 30 * Hour), review});

    Step freshReview = measured(-2, u"review"_s, u"Review"_s, StepKind::Review, 8 * Hour, 1 * Hour);
    freshReview.pctCompleteAccurate = 85;
    freshReview.wip = 4;
    freshReview.people = 1;
    freshReview.sampleCount = 3;
    freshReview.waitSamplesMs = {6 * Hour, 8 * Hour, 11 * Hour};
    freshReview.processSamplesMs = {Hour, Hour, 2 * Hour};
    Step freshCoding = measured(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 26 * Hour);
    freshCoding.sampleCount = 3;
    const Map derived = derivedMap({freshCoding, freshReview});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged), (QStringList{u"Coding"_s, u"Code review (pairs)"_s}));
    QCOMPARE(ids(merged), (QList<Id>{11, 12}));
    const Step &step = merged.steps[1];
    // From the data: the times, %C&A, WIP and the samples.
    QCOMPARE(step.waitMs, 8 * Hour);
    QCOMPARE(step.processMs, 1 * Hour);
    QCOMPARE(step.pctCompleteAccurate, 85.0);
    QCOMPARE(step.wip, 4);
    QCOMPARE(step.sampleCount, 3);
    QCOMPARE(step.waitSamplesMs, (QList<qint64>{6 * Hour, 8 * Hour, 11 * Hour}));
    QCOMPARE(step.processSamplesMs, (QList<qint64>{Hour, Hour, 2 * Hour}));
    // The team's: name, kind, people, notes, ideas.
    QCOMPARE(step.name, u"Code review (pairs)"_s);
    QCOMPARE(step.kind, QString::fromLatin1(StepKind::Other));
    QCOMPARE(step.people, 3.0);
    QCOMPARE(step.notes, u"Reviews wait for the seniors"_s);
    QCOMPARE(step.improvementIdeas, u"Review within a day\nSmaller pull requests"_s);
    QVERIFY(step.measured);
    QCOMPARE(merged.steps[0].processMs, 26 * Hour);

    // The map's own fields stay; the period and statistic are the derivation's.
    QCOMPARE(merged.id, Id(7));
    QCOMPARE(merged.name, u"Storefront"_s);
    QCOMPARE(merged.notes, u"First workshop"_s);
    QCOMPARE(merged.revision, 4);
    QCOMPARE(merged.updatedAt, Timestamp(1'500));
    QCOMPARE(merged.periodFrom, Timestamp(5'000));
    QCOMPARE(merged.periodTo, Timestamp(9'000));
    QCOMPARE(merged.statistic, Statistic::P85);
    QVERIFY(merged.edges.isEmpty());
}

void TestMapMerge::workshopStepKeptInPlace()
{
    const Step cab = workshop(13, u"Change advisory board"_s, 72 * Hour, Hour);
    const Map stored = storedMap(
        {measured(11, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 30 * Hour),
         measured(12, u"review"_s, u"Review"_s, StepKind::Review, 20 * Hour, 2 * Hour), cab,
         measured(14, u"promotion:production"_s, u"Production"_s, StepKind::Promotion, 5 * Hour, 10 * Minute)});
    const Map derived = derivedMap(
        {measured(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 24 * Hour),
         measured(-2, u"review"_s, u"Review"_s, StepKind::Review, 10 * Hour, Hour),
         measured(-3, u"promotion:production"_s, u"production"_s, StepKind::Promotion, 3 * Hour, 12 * Minute)});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged), (QStringList{u"Coding"_s, u"Review"_s, u"Change advisory board"_s, u"Production"_s}));
    QCOMPARE(ids(merged), (QList<Id>{11, 12, 13, 14}));
    QCOMPARE(merged.steps[2], cab);
    QCOMPARE(merged.steps[3].waitMs, 3 * Hour);
    QCOMPARE(merged.steps[3].processMs, 12 * Minute);
    QVERIFY(merged.edges.isEmpty());
}

void TestMapMerge::newStepInsertedAfterItsPredecessor()
{
    // The team added the board (not stored yet, id -1); the data now has a test stage after review.
    const Map stored = storedMap({measured(11, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 30 * Hour),
                                  measured(12, u"review"_s, u"Review"_s, StepKind::Review, 20 * Hour, 2 * Hour),
                                  workshop(-1, u"Change advisory board"_s, 72 * Hour, Hour),
                                  measured(14, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});
    Step test = measured(-3, u"stage:test"_s, u"test"_s, StepKind::Test, 15 * Minute, 40 * Minute);
    test.pctCompleteAccurate = 90;
    test.sampleCount = 12;
    const Map derived = derivedMap({measured(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 24 * Hour),
                                    measured(-2, u"review"_s, u"Review"_s, StepKind::Review, 10 * Hour, Hour), test,
                                    measured(-4, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged),
             (QStringList{u"Coding"_s, u"Review"_s, u"test"_s, u"Change advisory board"_s, u"Deploy"_s}));
    // A fresh id below the map's lowest (-1): -2, not the derivation's -3.
    QCOMPARE(ids(merged), (QList<Id>{11, 12, -2, -1, 14}));
    const Step &added = merged.steps[2];
    QCOMPARE(added.sourceKey, u"stage:test"_s);
    QVERIFY(added.measured);
    QCOMPARE(added.kind, QString::fromLatin1(StepKind::Test));
    QCOMPARE(added.waitMs, 15 * Minute);
    QCOMPARE(added.processMs, 40 * Minute);
    QCOMPARE(added.pctCompleteAccurate, 90.0);
    QCOMPARE(added.sampleCount, 12);
    // Still a line, so still no edges.
    QVERIFY(merged.edges.isEmpty());
}

void TestMapMerge::newStepsChainAndTakeFreshIds()
{
    // Two unsaved workshop steps hold -1 and -3; the two new stages follow each other after build.
    const Map stored = storedMap({workshop(-3, u"Refinement"_s, 48 * Hour, 2 * Hour),
                                  measured(21, u"stage:build"_s, u"Build"_s, StepKind::Build, 5 * Minute, 10 * Minute),
                                  workshop(-1, u"Sign-off"_s, 24 * Hour, Minute),
                                  measured(22, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});
    const Map derived =
        derivedMap({measured(-1, u"stage:build"_s, u"build"_s, StepKind::Build, 5 * Minute, 10 * Minute),
                    measured(-2, u"stage:test"_s, u"test"_s, StepKind::Test, 15 * Minute, 40 * Minute),
                    measured(-3, u"stage:scan"_s, u"scan"_s, StepKind::Security, 2 * Minute, 8 * Minute),
                    measured(-4, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged),
             (QStringList{u"Refinement"_s, u"Build"_s, u"test"_s, u"scan"_s, u"Sign-off"_s, u"Deploy"_s}));
    QCOMPARE(ids(merged), (QList<Id>{-3, 21, -4, -5, -1, 22}));
    QVERIFY(merged.edges.isEmpty());
    const auto analysis = analyse(merged);
    QVERIFY2(analysis.ok(), qPrintable(analysis.errorMessage()));
}

void TestMapMerge::newFirstStep()
{
    const Map stored = storedMap({measured(12, u"review"_s, u"Review"_s, StepKind::Review, 20 * Hour, 2 * Hour),
                                  measured(14, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});
    const Map derived = derivedMap({measured(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 24 * Hour),
                                    measured(-2, u"review"_s, u"Review"_s, StepKind::Review, 10 * Hour, Hour),
                                    measured(-3, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged), (QStringList{u"Coding"_s, u"Review"_s, u"Deploy"_s}));
    QCOMPARE(ids(merged), (QList<Id>{-1, 12, 14}));
    QVERIFY(merged.edges.isEmpty());
}

void TestMapMerge::vanishedMeasuredStepKept()
{
    Step lint = measured(13, u"stage:lint"_s, u"Lint"_s, StepKind::Test, 3 * Minute, 4 * Minute);
    lint.pctCompleteAccurate = 97;
    lint.notes = u"Dropped from the pipeline in May"_s;
    const Map stored = storedMap({measured(12, u"review"_s, u"Review"_s, StepKind::Review, 20 * Hour, 2 * Hour), lint,
                                  measured(14, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Hour, 20 * Minute)});
    const Map derived = derivedMap({measured(-1, u"review"_s, u"Review"_s, StepKind::Review, 10 * Hour, Hour),
                                    measured(-2, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, 2 * Hour, Minute)});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(ids(merged), (QList<Id>{12, 13, 14}));
    QCOMPARE(merged.steps[1], lint);
    QCOMPARE(merged.steps[0].waitMs, 10 * Hour);
    QCOMPARE(merged.steps[2].waitMs, 2 * Hour);
    QCOMPARE(merged.steps[2].processMs, Minute);
}

void TestMapMerge::unchangedWhenNothingIsNew()
{
    // A derivation with the same values changes only the period and statistic; edges of a branched map stay.
    const Map stored = storedMap({measured(1, u"stage:build"_s, u"Build"_s, StepKind::Build, Minute, 10 * Minute),
                                  measured(2, u"stage:test"_s, u"Test"_s, StepKind::Test, Minute, 30 * Minute),
                                  measured(3, u"stage:scan"_s, u"Scan"_s, StepKind::Security, Minute, 5 * Minute),
                                  measured(4, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Minute, 3 * Minute)},
                                 {{1, 2}, {1, 3}, {2, 4}, {3, 4}});
    Map derived = derivedMap({}, {{-1, -2}, {-1, -3}, {-2, -4}, {-3, -4}});
    for (const Step &step : stored.steps) {
        Step copy = step;
        copy.id = -step.id;
        derived.steps.append(copy);
    }
    Map expected = stored;
    expected.periodFrom = 5'000;
    expected.periodTo = 9'000;
    expected.statistic = Statistic::P85;
    QCOMPARE(mergeDerived(stored, derived), expected);
}

void TestMapMerge::parallelBranchMakesTheLineExplicit()
{
    // Stored as a line: build -> test -> deploy. The pipeline now runs a scan beside the tests:
    // build -> {test, scan} -> deploy.
    const Map stored = storedMap({measured(1, u"stage:build"_s, u"Build"_s, StepKind::Build, Minute, 10 * Minute),
                                  measured(2, u"stage:test"_s, u"Test"_s, StepKind::Test, Minute, 30 * Minute),
                                  measured(3, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Minute, 3 * Minute)});
    const Map derived = derivedMap({measured(-1, u"stage:build"_s, u"build"_s, StepKind::Build, Minute, 10 * Minute),
                                    measured(-2, u"stage:test"_s, u"test"_s, StepKind::Test, Minute, 30 * Minute),
                                    measured(-3, u"stage:scan"_s, u"scan"_s, StepKind::Security, Minute, 5 * Minute),
                                    measured(-4, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, Minute, 3 * Minute)},
                                   {{-1, -2}, {-1, -3}, {-2, -4}, {-3, -4}});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged), (QStringList{u"Build"_s, u"scan"_s, u"Test"_s, u"Deploy"_s}));
    QCOMPARE(ids(merged), (QList<Id>{1, -1, 2, 3}));
    // The line made explicit (1 -> 2 -> 3), and the scan between build and deploy.
    QCOMPARE(edgeSet(merged.edges), (QSet<std::pair<Id, Id>>{{1, 2}, {2, 3}, {1, -1}, {-1, 3}}));
    QVERIFY(merged.hasParallelBranches());
}

void TestMapMerge::newStepSplicedIntoExplicitFlow()
{
    // Stored with branches: coding -> build -> {test, lint} -> deploy, and a board the team put after deploy.
    // The data now has review between coding and build: a line there, so it takes build's place after coding.
    const Map stored = storedMap({measured(1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 30 * Hour),
                                  measured(2, u"stage:build"_s, u"Build"_s, StepKind::Build, Minute, 10 * Minute),
                                  measured(3, u"stage:test"_s, u"Test"_s, StepKind::Test, Minute, 30 * Minute),
                                  measured(4, u"stage:lint"_s, u"Lint"_s, StepKind::Test, Minute, 2 * Minute),
                                  measured(5, u"stage:deploy"_s, u"Deploy"_s, StepKind::Deploy, Minute, 3 * Minute),
                                  workshop(6, u"Change advisory board"_s, 72 * Hour, Hour)},
                                 {{1, 2}, {2, 3}, {2, 4}, {3, 5}, {4, 5}, {5, 6}});
    const Map derived = derivedMap({measured(-1, u"coding"_s, u"Coding"_s, StepKind::Coding, 0, 24 * Hour),
                                    measured(-2, u"review"_s, u"Review"_s, StepKind::Review, 10 * Hour, Hour),
                                    measured(-3, u"stage:build"_s, u"build"_s, StepKind::Build, Minute, 10 * Minute),
                                    measured(-4, u"stage:test"_s, u"test"_s, StepKind::Test, Minute, 30 * Minute),
                                    measured(-5, u"stage:lint"_s, u"lint"_s, StepKind::Test, Minute, 2 * Minute),
                                    measured(-6, u"stage:deploy"_s, u"deploy"_s, StepKind::Deploy, Minute, 3 * Minute)},
                                   {{-1, -2}, {-2, -3}, {-3, -4}, {-3, -5}, {-4, -6}, {-5, -6}});

    const Map merged = mergeDerived(stored, derived);
    QCOMPARE(names(merged), (QStringList{u"Coding"_s, u"Review"_s, u"Build"_s, u"Test"_s, u"Lint"_s, u"Deploy"_s,
                                         u"Change advisory board"_s}));
    QCOMPARE(ids(merged), (QList<Id>{1, -1, 2, 3, 4, 5, 6}));
    QCOMPARE(edgeSet(merged.edges),
             (QSet<std::pair<Id, Id>>{{1, -1}, {-1, 2}, {2, 3}, {2, 4}, {3, 5}, {4, 5}, {5, 6}}));
    QCOMPARE(merged.edges.size(), 7);
    QCOMPARE(stepNamed(merged, u"Coding"_s).processMs, 24 * Hour);
}

QTEST_GUILESS_MAIN(TestMapMerge)
#include "tst_mapmerge.moc"
