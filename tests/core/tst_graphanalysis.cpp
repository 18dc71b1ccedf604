// SPDX-License-Identifier: GPL-3.0-or-later
// The analyses of pipeline and promotion graphs on small graphs; every expected value is worked out by hand in
// the comments next to it.
#include "graph/criticalpath.h"
#include "graph/graphstructure.h"
#include "graph/validation.h"

#include <QTest>

using namespace flowdeck;
using namespace flowdeck::graph;
using namespace Qt::StringLiterals;

namespace {

StageSpec stage(const QString &name, const QStringList &needs = {}, const QString &kind = u"other"_s)
{
    StageSpec s;
    s.name = name;
    s.kind = kind;
    s.needs = needs;
    return s;
}

/// A pipeline whose stages are placed at line 10, 20, 30 ... of "p.yml", so that problems can be told apart by
/// where they point.
PipelineSpec pipeline(QList<StageSpec> stages)
{
    PipelineSpec p;
    p.name = u"p"_s;
    for (int i = 0; i < stages.size(); ++i)
        stages[i].location = SourceLocation{u"p.yml"_s, 10 * (i + 1), 5};
    p.stages = stages;
    return p;
}

EnvironmentSpec environment(const QString &name, const QString &tier, const QStringList &promotesTo = {})
{
    return EnvironmentSpec{name, tier, promotesTo, SourceLocation{}};
}

/// build -> test-a, test-b -> deploy.
PipelineSpec diamond()
{
    return pipeline({stage(u"build"_s), stage(u"test-a"_s, {u"build"_s}), stage(u"test-b"_s, {u"build"_s}),
                     stage(u"deploy"_s, {u"test-a"_s, u"test-b"_s})});
}

/// dev -> test -> staging -> production, and a hotfix lane straight to production (defined last).
EnvironmentGraphSpec promotions()
{
    return EnvironmentGraphSpec{
        {environment(u"dev"_s, u"development"_s, {u"test"_s}), environment(u"test"_s, u"testing"_s, {u"staging"_s}),
         environment(u"staging"_s, u"staging"_s, {u"production"_s}), environment(u"production"_s, u"production"_s),
         environment(u"hotfix"_s, u"other"_s, {u"production"_s})}};
}

NodePlace place(const QString &name, int order, int layer, int fanIn, int fanOut)
{
    return NodePlace{name, order, layer, fanIn, fanOut};
}

} // namespace

class TestGraphAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validPipelinesHaveNoProblems()
    {
        QCOMPARE(validate(diamond()), QList<Problem>());
        QCOMPARE(validate(PipelineSpec{}), QList<Problem>());
        QCOMPARE(validate(promotions()), QList<Problem>());
    }

    void diamondStructure()
    {
        auto structure = analyseStructure(diamond());
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->order, QStringList({u"build"_s, u"test-a"_s, u"test-b"_s, u"deploy"_s}));
        // build feeds both tests (fan-out 2); deploy waits for both (fan-in 2, layer 2).
        QCOMPARE(structure->nodes, QList<NodePlace>({place(u"build"_s, 0, 0, 0, 2), place(u"test-a"_s, 1, 1, 1, 1),
                                                     place(u"test-b"_s, 2, 1, 1, 1), place(u"deploy"_s, 3, 2, 2, 0)}));
        QCOMPARE(structure->layers, QList<QStringList>({{u"build"_s}, {u"test-a"_s, u"test-b"_s}, {u"deploy"_s}}));
    }

    void chainStructure()
    {
        // Defined backwards: c needs b, b needs a. The order still starts with a.
        auto structure = analyseStructure(pipeline({stage(u"c"_s, {u"b"_s}), stage(u"b"_s, {u"a"_s}), stage(u"a"_s)}));
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->order, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(structure->nodes,
                 QList<NodePlace>({place(u"c"_s, 2, 2, 1, 0), place(u"b"_s, 1, 1, 1, 1), place(u"a"_s, 0, 0, 0, 1)}));
        QCOMPARE(structure->layers, QList<QStringList>({{u"a"_s}, {u"b"_s}, {u"c"_s}}));
    }

    void twoSourcesKeepDefinitionOrder()
    {
        // report needs unit, unit needs compile; lint and compile need nothing. Ready at first: lint (defined 2nd)
        // and compile (4th) -> lint, then compile; that frees unit, then report. A depth-first order would put the
        // compile chain and lint in another order.
        const PipelineSpec p = pipeline(
            {stage(u"report"_s, {u"unit"_s}), stage(u"lint"_s), stage(u"unit"_s, {u"compile"_s}), stage(u"compile"_s)});
        auto structure = analyseStructure(p);
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->order, QStringList({u"lint"_s, u"compile"_s, u"unit"_s, u"report"_s}));
        QCOMPARE(structure->layers, QList<QStringList>({{u"lint"_s, u"compile"_s}, {u"unit"_s}, {u"report"_s}}));
        QCOMPARE(structure->nodes[0], place(u"report"_s, 3, 2, 1, 0));
        QCOMPARE(structure->nodes[1], place(u"lint"_s, 0, 0, 0, 0));
    }

    void layerIsTheLongestDistance()
    {
        // deploy needs build directly (1 edge) and through test (2 edges): its layer is 2.
        auto structure = analyseStructure(
            pipeline({stage(u"build"_s), stage(u"test"_s, {u"build"_s}), stage(u"deploy"_s, {u"build"_s, u"test"_s})}));
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->nodes[2], place(u"deploy"_s, 2, 2, 2, 0));
        QCOMPARE(structure->nodes[0], place(u"build"_s, 0, 0, 0, 2));
    }

    void cycleOfThreeIsReportedWithItsStages()
    {
        // a needs c, b needs a, c needs b: a -> b -> c -> a. d hangs off a and is not part of it.
        const PipelineSpec p = pipeline(
            {stage(u"a"_s, {u"c"_s}), stage(u"b"_s, {u"a"_s}), stage(u"c"_s, {u"b"_s}), stage(u"d"_s, {u"a"_s})});
        const QList<Problem> problems = validate(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].kind, ProblemKind::Cycle);
        QCOMPARE(problems[0].names, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(problems[0].note.location, (SourceLocation{u"p.yml"_s, 10, 5}));
        QCOMPARE(problems[0].note.message,
                 u"Stages need each other in a cycle (each needs the one before it): “a” → “b” → “c” → “a”."_s);

        auto structure = analyseStructure(p);
        QVERIFY(!structure);
        QCOMPARE(structure.errorMessage(), u"p.yml:10:5: "_s + problems[0].note.message);
        auto path = criticalPath(p, {});
        QVERIFY(!path);
        QCOMPARE(path.errorMessage(), structure.errorMessage());
    }

    void cycleStartsAtItsEarliestDefinedStage()
    {
        // gate -> q (q needs gate); p needs q, q needs r, r needs p: the search enters the cycle at q, but the
        // cycle is reported from p, the earliest defined of its stages: p -> r -> q -> p.
        const PipelineSpec p = pipeline(
            {stage(u"gate"_s), stage(u"p"_s, {u"q"_s}), stage(u"q"_s, {u"gate"_s, u"r"_s}), stage(u"r"_s, {u"p"_s})});
        const QList<Problem> problems = validate(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].names, QStringList({u"p"_s, u"r"_s, u"q"_s}));
        QCOMPARE(problems[0].note.location.line, 20);
    }

    void selfNeed()
    {
        const QList<Problem> problems = validate(pipeline({stage(u"build"_s), stage(u"lint"_s, {u"lint"_s})}));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].kind, ProblemKind::Cycle);
        QCOMPARE(problems[0].names, QStringList({u"lint"_s}));
        QCOMPARE(problems[0].note, (Note{SourceLocation{u"p.yml"_s, 20, 5}, u"Stage “lint” needs itself."_s}));
    }

    void unknownNeed()
    {
        const PipelineSpec p = pipeline({stage(u"build"_s), stage(u"test"_s, {u"build"_s, u"biuld"_s})});
        const QList<Problem> problems = validate(p);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].kind, ProblemKind::UnknownReference);
        QCOMPARE(problems[0].names, QStringList({u"test"_s, u"biuld"_s}));
        QCOMPARE(problems[0].note, (Note{SourceLocation{u"p.yml"_s, 20, 5},
                                         u"Stage “test” needs “biuld”, which is not a stage of this pipeline."_s}));
        // The analyses leave the unknown need out: test still follows build.
        auto structure = analyseStructure(p);
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->nodes[1], place(u"test"_s, 1, 1, 1, 0));
    }

    void duplicateAndEmptyNames()
    {
        const PipelineSpec p = pipeline(
            {stage(u"build"_s), stage(u""_s), stage(u"build"_s, {}, u"test"_s), stage(u"x"_s, {}, u"deploi"_s)});
        const QList<Problem> problems = validate(p);
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems[0].kind, ProblemKind::EmptyName);
        QCOMPARE(problems[0].note, (Note{SourceLocation{u"p.yml"_s, 20, 5}, u"Stage number 2 has no name."_s}));
        // The second definition is the one reported.
        QCOMPARE(problems[1].kind, ProblemKind::DuplicateName);
        QCOMPARE(problems[1].names, QStringList({u"build"_s}));
        QCOMPARE(problems[1].note,
                 (Note{SourceLocation{u"p.yml"_s, 30, 5}, u"There is more than one stage named “build”."_s}));
        QCOMPARE(problems[2].kind, ProblemKind::UnknownKind);
        QCOMPARE(problems[2].note.message, u"Stage “x” is of the unknown kind “deploi”; known kinds: build, test, "
                                           u"security, approval, deploy, other."_s);
        QCOMPARE(
            describeProblems(problems),
            u"p.yml:20:5: Stage number 2 has no name.\n"
            u"p.yml:30:5: There is more than one stage named “build”.\n"
            u"p.yml:40:5: Stage “x” is of the unknown kind “deploi”; known kinds: build, test, security, approval, "
            u"deploy, other."_s);
    }

    void needListedTwiceCountsOnce()
    {
        auto structure = analyseStructure(pipeline({stage(u"a"_s), stage(u"b"_s, {u"a"_s, u"a"_s})}));
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->nodes[0].fanOut, 1);
        QCOMPARE(structure->nodes[1].fanIn, 1);
    }

    void criticalPathWithSlack()
    {
        // build 10, test-a 30, test-b 20, deploy 5, and docs 15 on its own.
        // Earliest: build 0-10, test-a 10-40, test-b 10-30, deploy max(40, 30) = 40-45, docs 0-15; length 45.
        // Latest: deploy 40-45; test-a 10-40; test-b 20-40; build finishes by min(10, 20) = 10, starts at 0;
        // docs 30-45. Slack: build 0, test-a 0, test-b 10, deploy 0, docs 30.
        PipelineSpec p = diamond();
        p.stages.append(stage(u"docs"_s));
        auto path = criticalPath(
            p, {{u"build"_s, 10}, {u"test-a"_s, 30}, {u"test-b"_s, 20}, {u"deploy"_s, 5}, {u"docs"_s, 15}});
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 45);
        QCOMPARE(path->path, QStringList({u"build"_s, u"test-a"_s, u"deploy"_s}));
        const QList<StageTiming> expected{
            {u"build"_s, 10, 0, 10, 0, 10, 0, true},      {u"test-a"_s, 30, 10, 40, 10, 40, 0, true},
            {u"test-b"_s, 20, 10, 30, 20, 40, 10, false}, {u"deploy"_s, 5, 40, 45, 40, 45, 0, true},
            {u"docs"_s, 15, 0, 15, 30, 45, 30, false},
        };
        QCOMPARE(path->stages, expected);
    }

    void criticalPathNeedNotStartAtTheFirstStage()
    {
        // lint 5, compile 20, unit 10 after compile, package 3 after lint and unit.
        // Earliest: lint 0-5, compile 0-20, unit 20-30, package max(5, 30) = 30-33. Latest: package 30, unit 20,
        // compile 0, lint 30 - 5 = 25. The path is compile, unit, package; lint has 25 ms of slack.
        const PipelineSpec p = pipeline({stage(u"lint"_s), stage(u"compile"_s), stage(u"unit"_s, {u"compile"_s}),
                                         stage(u"package"_s, {u"lint"_s, u"unit"_s})});
        auto path = criticalPath(p, {{u"lint"_s, 5}, {u"compile"_s, 20}, {u"unit"_s, 10}, {u"package"_s, 3}});
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 33);
        QCOMPARE(path->path, QStringList({u"compile"_s, u"unit"_s, u"package"_s}));
        QCOMPARE(path->stages[0].slack, 25);
        QCOMPARE(path->stages[0].latestStart, 25);
        QVERIFY(!path->stages[0].onCriticalPath);
    }

    void criticalPathFollowsTheStageThatStartsAtOnce()
    {
        // build 10; deploy 5 needs build and approve; test 20 needs build; approve 1 needs test.
        // Earliest: build 0-10, test 10-30, approve 30-31, deploy max(10, 31) = 31-36. Latest: deploy 31,
        // approve 30, test 10, build min(31, 10) - 10 = 0. Every stage has zero slack, but after build the path
        // goes to test (which starts at 10), not to deploy (defined earlier, which starts at 31).
        const PipelineSpec p = pipeline({stage(u"build"_s), stage(u"deploy"_s, {u"build"_s, u"approve"_s}),
                                         stage(u"test"_s, {u"build"_s}), stage(u"approve"_s, {u"test"_s})});
        auto path = criticalPath(p, {{u"build"_s, 10}, {u"deploy"_s, 5}, {u"test"_s, 20}, {u"approve"_s, 1}});
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 36);
        QCOMPARE(path->path, QStringList({u"build"_s, u"test"_s, u"approve"_s, u"deploy"_s}));
        for (const StageTiming &timing : path->stages)
            QCOMPARE(timing.slack, 0);
        QCOMPARE(path->stages[1].earliestStart, 31);
    }

    void criticalPathTiesAndMissingDurations()
    {
        // Both tests take 30: either path is critical; the one through the earlier defined test-a is chosen.
        // deploy has no duration (0) and docs a negative one (0).
        PipelineSpec p = diamond();
        p.stages.append(stage(u"docs"_s));
        auto path = criticalPath(p, {{u"build"_s, 10}, {u"test-a"_s, 30}, {u"test-b"_s, 30}, {u"docs"_s, -7}});
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 40);
        QCOMPARE(path->path, QStringList({u"build"_s, u"test-a"_s, u"deploy"_s}));
        QCOMPARE(path->stages[2].slack, 0);
        QVERIFY(!path->stages[2].onCriticalPath);
        QCOMPARE(path->stages[3], (StageTiming{u"deploy"_s, 0, 40, 40, 40, 40, 0, true}));
        QCOMPARE(path->stages[4], (StageTiming{u"docs"_s, 0, 0, 0, 40, 40, 40, false}));
    }

    void emptyPipelineHasAnEmptyPath()
    {
        auto path = criticalPath(PipelineSpec{}, {});
        QVERIFY2(path, qPrintable(path.errorMessage()));
        QCOMPARE(path->length, 0);
        QVERIFY(path->path.isEmpty());
        QVERIFY(path->stages.isEmpty());
    }

    void newNeedThatWouldCloseACycle()
    {
        const PipelineSpec p = diamond();
        // build needing deploy: build already leads to deploy (through test-a, the first found), so the new need
        // closes deploy -> build -> test-a -> deploy.
        QCOMPARE(cycleClosedBy(p, u"deploy"_s, u"build"_s), QStringList({u"deploy"_s, u"build"_s, u"test-a"_s}));
        QCOMPARE(cycleClosedBy(p, u"test-b"_s, u"test-b"_s), QStringList({u"test-b"_s}));
        // test-b needing test-a keeps the graph acyclic.
        QVERIFY(cycleClosedBy(p, u"test-a"_s, u"test-b"_s).isEmpty());
        QVERIFY(cycleClosedBy(p, u"nothing"_s, u"build"_s).isEmpty());
    }

    void promotionGraphStructure()
    {
        // Ready at first: dev and hotfix -> dev (defined first), test, staging; production also waits for hotfix.
        auto structure = analyseStructure(promotions());
        QVERIFY2(structure, qPrintable(structure.errorMessage()));
        QCOMPARE(structure->order, QStringList({u"dev"_s, u"test"_s, u"staging"_s, u"hotfix"_s, u"production"_s}));
        QCOMPARE(structure->nodes[3], place(u"production"_s, 4, 3, 2, 0));
        QCOMPARE(structure->nodes[4], place(u"hotfix"_s, 3, 0, 0, 1));
        QCOMPARE(structure->layers,
                 QList<QStringList>({{u"dev"_s, u"hotfix"_s}, {u"test"_s}, {u"staging"_s}, {u"production"_s}}));
        QCOMPARE(cycleClosedBy(promotions(), u"production"_s, u"test"_s),
                 QStringList({u"production"_s, u"test"_s, u"staging"_s}));
        QVERIFY(cycleClosedBy(promotions(), u"hotfix"_s, u"staging"_s).isEmpty());
    }

    void promotionProblems()
    {
        EnvironmentGraphSpec graph = promotions();
        graph.environments[2].promotesTo = QStringList{u"production"_s, u"test"_s}; // staging back to test
        graph.environments[4].promotesTo = QStringList{u"prod"_s};                  // hotfix to a typo
        graph.environments[4].tier = u"urgent"_s;
        graph.environments.append(environment(u"dev"_s, u"development"_s));
        const QList<Problem> problems = validate(graph);
        QCOMPARE(problems.size(), 4);
        QCOMPARE(problems[0].kind, ProblemKind::UnknownKind);
        QCOMPARE(problems[0].note.message, u"Environment “hotfix” is of the unknown tier “urgent”; known tiers: "
                                           u"development, testing, staging, production, other."_s);
        QCOMPARE(problems[1].kind, ProblemKind::UnknownReference);
        QCOMPARE(problems[1].names, QStringList({u"hotfix"_s, u"prod"_s}));
        QCOMPARE(problems[1].note.message,
                 u"Environment “hotfix” promotes to “prod”, which is not a defined environment."_s);
        QCOMPARE(problems[2].kind, ProblemKind::DuplicateName);
        QCOMPARE(problems[2].note.message, u"There is more than one environment named “dev”."_s);
        // test -> staging -> test.
        QCOMPARE(problems[3].kind, ProblemKind::Cycle);
        QCOMPARE(problems[3].names, QStringList({u"test"_s, u"staging"_s}));
        QCOMPARE(problems[3].note.message, u"Promotions lead in a cycle: “test” → “staging” → “test”."_s);
        QVERIFY(!analyseStructure(graph));

        EnvironmentGraphSpec selfPromotion{{environment(u"qa"_s, u"testing"_s, {u"qa"_s})}};
        QCOMPARE(validate(selfPromotion).value(0).note.message, u"Environment “qa” promotes to itself."_s);
    }

    void notesAsText()
    {
        QCOMPARE(formatNote(Note{SourceLocation{u"ci.yml"_s, 12, 5}, u"odd"_s}), u"ci.yml:12:5: odd"_s);
        QCOMPARE(formatNote(Note{SourceLocation{u"ci.yml"_s, 0, 0}, u"odd"_s}), u"ci.yml: odd"_s);
        QCOMPARE(formatNote(Note{SourceLocation{{}, 3, 0}, u"odd"_s}), u"3: odd"_s);
        QCOMPARE(formatNote(Note{SourceLocation{}, u"odd"_s}), u"odd"_s);
    }
};

QTEST_GUILESS_MAIN(TestGraphAnalysis)
#include "tst_graphanalysis.moc"
