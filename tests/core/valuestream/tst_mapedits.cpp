// SPDX-License-Identifier: GPL-3.0-or-later
// The workshop's edits of a map's flow on hand-made maps: the edges expected are written out by hand.
#include "valuestream/mapedits.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

using Edges = QList<std::pair<Id, Id>>;

Map mapOf(const QList<Id> &ids, const Edges &edges = {})
{
    Map map;
    for (const Id id : ids) {
        Step step;
        step.id = id;
        step.name = u"step %1"_s.arg(id);
        map.steps.append(step);
    }
    map.edges = edges;
    return map;
}

QList<Id> idsOf(const Map &map)
{
    QList<Id> ids;
    for (const Step &step : map.steps)
        ids.append(step.id);
    return ids;
}

Step newStep(Id id)
{
    Step step;
    step.id = id;
    step.name = u"new"_s;
    return step;
}

} // namespace

class TestMapEdits : public QObject
{
    Q_OBJECT

private slots:
    void removeFromALine()
    {
        const Map map = withoutStep(mapOf({1, 2, 3}), 2);
        QCOMPARE(idsOf(map), (QList<Id>{1, 3}));
        QVERIFY(map.edges.isEmpty());
    }

    void removeABranchKeepsTheOtherBranch()
    {
        // 1 -> 2 -> 4 and 1 -> 3 -> 4: without 2, the flow 1 -> 3 -> 4 is a line again, listed 1, 3, 4.
        const Map map = withoutStep(mapOf({1, 2, 3, 4}, {{1, 2}, {1, 3}, {2, 4}, {3, 4}}), 2);
        QCOMPARE(idsOf(map), (QList<Id>{1, 3, 4}));
        QVERIFY(map.edges.isEmpty());
    }

    void removeAJoinBridgesEveryPair()
    {
        // 1 -> 3, 2 -> 3, 3 -> 4, 3 -> 5: without 3, each of 1 and 2 leads to each of 4 and 5.
        const Map map = withoutStep(mapOf({1, 2, 3, 4, 5}, {{1, 3}, {2, 3}, {3, 4}, {3, 5}}), 3);
        QCOMPARE(map.edges, (Edges{{1, 4}, {1, 5}, {2, 4}, {2, 5}}));
    }

    void removeKeepsAnEdgeOnce()
    {
        // 1 -> 2 -> 3 and 1 -> 3 already: without 2, 1 -> 3 once; 1 -> 4 keeps the map branched.
        const Map map = withoutStep(mapOf({1, 2, 3, 4}, {{1, 2}, {2, 3}, {1, 3}, {1, 4}}), 2);
        QCOMPARE(map.edges, (Edges{{1, 3}, {1, 4}}));
    }

    void insertIntoALine()
    {
        const Map map = withStepAfter(mapOf({1, 2, 3}), 2, newStep(-1));
        QCOMPARE(idsOf(map), (QList<Id>{1, 2, -1, 3}));
        QVERIFY(map.edges.isEmpty());
        QCOMPARE(idsOf(withStepAfter(mapOf({1, 2}), 0, newStep(-1))), (QList<Id>{-1, 1, 2}));
    }

    void insertAfterABranchingStep()
    {
        // 1 -> 2, 1 -> 3: the new step after 1 takes over both branches.
        const Map map = withStepAfter(mapOf({1, 2, 3}, {{1, 2}, {1, 3}}), 1, newStep(-1));
        QCOMPARE(idsOf(map), (QList<Id>{1, -1, 2, 3}));
        QCOMPARE(map.edges, (Edges{{-1, 2}, {-1, 3}, {1, -1}}));
    }

    void insertFirstLeadsToEveryStart()
    {
        // Starts 1 and 2 join at 3: a new first step leads to both.
        const Map map = withStepAfter(mapOf({1, 2, 3}, {{1, 3}, {2, 3}}), 0, newStep(-1));
        QCOMPARE(map.edges, (Edges{{-1, 1}, {-1, 2}, {1, 3}, {2, 3}}));
    }
};

QTEST_GUILESS_MAIN(TestMapEdits)
#include "tst_mapedits.moc"
