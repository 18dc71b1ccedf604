// SPDX-License-Identifier: GPL-3.0-or-later
// Release plans without a workspace: each validation rule, the order tasks run in, and the task settings as the
// JSON that release_tasks.config holds.
#include "release/releaseplan.h"

#include <QTest>

Q_DECLARE_METATYPE(flowdeck::release::ReleasePlan)
Q_DECLARE_METATYPE(flowdeck::release::TaskSettings)

using namespace flowdeck;
using namespace flowdeck::release;
using namespace Qt::StringLiterals;

namespace {

ReleaseTask task(const QString &name, const QString &taskKind, const QString &config = u"{}"_s)
{
    ReleaseTask t;
    t.name = name;
    t.kind = taskKind;
    t.state = state::planned;
    t.config = config;
    return t;
}

ReleaseTask deploy(const QString &name, Id service, Id environment, Id backend = 1)
{
    ReleaseTask t = task(name, kind::deploy);
    t.serviceId = service;
    t.environmentId = environment;
    t.backendId = backend;
    return t;
}

ReleaseTask rollback(const QString &name, Id service, Id environment)
{
    ReleaseTask t = deploy(name, service, environment);
    t.isRollback = true;
    return t;
}

/// deploy-staging -> smoke -> approve -> deploy-production, listed out of order, with two rollback tasks.
ReleasePlan springRelease()
{
    ReleasePlan plan;
    plan.release.name = u"Spring"_s;
    plan.release.onFailure = u"rollback"_s;
    plan.tasks = {deploy(u"deploy-production"_s, 1, 20),
                  task(u"approve"_s, kind::approval, uR"({"approvers":["dana"]})"_s),
                  deploy(u"deploy-staging"_s, 1, 10),
                  task(u"smoke"_s, kind::check, uR"({"conditions":["pipeline_green"]})"_s),
                  rollback(u"rollback-production"_s, 1, 20),
                  rollback(u"rollback-staging"_s, 1, 10)};
    plan.edges = {{u"deploy-staging"_s, u"smoke"_s},
                  {u"smoke"_s, u"approve"_s},
                  {u"approve"_s, u"deploy-production"_s},
                  {u"rollback-production"_s, u"rollback-staging"_s}};
    return plan;
}

} // namespace

class TestReleasePlan : public QObject
{
    Q_OBJECT

private slots:
    void finalStates()
    {
        for (const QString &s : {state::succeeded, state::failed, state::skipped, state::aborted})
            QVERIFY2(state::isFinal(s), qPrintable(s));
        for (const QString &s : {state::planned, state::ready, state::running, u"unknown"_s})
            QVERIFY2(!state::isFinal(s), qPrintable(s));
        for (const QString &s : {status::succeeded, status::failed, status::rolledBack, status::aborted})
            QVERIFY2(status::isFinal(s), qPrintable(s));
        for (const QString &s : {status::planned, status::running, status::waiting})
            QVERIFY2(!status::isFinal(s), qPrintable(s));
    }

    void planLookups()
    {
        ReleasePlan plan = springRelease();
        plan.tasks[2].id = 42;
        plan.edges.append({u"deploy-staging"_s, u"approve"_s});
        QCOMPARE(plan.task(u"smoke"_s)->kind, kind::check);
        QVERIFY(!plan.task(u"nothing"_s));
        QCOMPARE(plan.task(Id(42))->name, u"deploy-staging"_s);
        QVERIFY(!plan.task(Id(43)));
        plan.task(u"smoke"_s)->owner = u"lee"_s;
        QCOMPARE(plan.tasks[3].owner, std::optional<QString>(u"lee"_s));
        QCOMPARE(plan.predecessors(u"approve"_s), (QStringList{u"smoke"_s, u"deploy-staging"_s}));
        QCOMPARE(plan.successors(u"deploy-staging"_s), (QStringList{u"smoke"_s, u"approve"_s}));
        QCOMPARE(plan.predecessors(u"deploy-staging"_s), QStringList());
        // Production is listed first in the plan; the rollback tasks go to the same two environments.
        QCOMPARE(plan.environmentIds(), (QList<Id>{20, 10}));
    }

    void validPlans()
    {
        QVERIFY2(validatePlan(springRelease()).ok(), qPrintable(validatePlan(springRelease()).errorMessage()));

        // Two branches in parallel after "start", joined again by "done".
        ReleasePlan parallel;
        parallel.release.name = u"Parallel"_s;
        parallel.tasks = {task(u"start"_s, kind::manual), deploy(u"deploy-web"_s, 1, 10),
                          deploy(u"deploy-api"_s, 2, 10), task(u"done"_s, kind::manual)};
        parallel.edges = {{u"start"_s, u"deploy-web"_s},
                          {u"start"_s, u"deploy-api"_s},
                          {u"deploy-web"_s, u"done"_s},
                          {u"deploy-api"_s, u"done"_s}};
        QVERIFY2(validatePlan(parallel).ok(), qPrintable(validatePlan(parallel).errorMessage()));
        QCOMPARE(topologicalOrder(parallel), (QList<QString>{u"start"_s, u"deploy-web"_s, u"deploy-api"_s, u"done"_s}));

        ReleasePlan waits;
        waits.release.name = u"Waits"_s;
        waits.tasks = {task(u"until"_s, kind::wait, uR"({"until":1700000000000})"_s),
                       task(u"minutes"_s, kind::wait, uR"({"minutes":30})"_s)};
        QVERIFY2(validatePlan(waits).ok(), qPrintable(validatePlan(waits).errorMessage()));

        ReleasePlan empty;
        empty.release.name = u"Nothing yet"_s;
        QVERIFY(validatePlan(empty).ok());
    }

    void invalidPlans_data()
    {
        QTest::addColumn<ReleasePlan>("plan");
        QTest::addColumn<QStringList>("mentions");

        ReleasePlan plan = springRelease();
        plan.release.name = u"  "_s;
        QTest::newRow("no name") << plan << QStringList{u"has no name"_s};

        plan = springRelease();
        plan.release.onFailure = u"panic"_s;
        QTest::newRow("unknown on failure") << plan << QStringList{u"“panic”"_s, u"“Spring”"_s};

        plan = springRelease();
        plan.tasks[1].name = QString();
        QTest::newRow("task without a name") << plan << QStringList{u"Task number 2"_s, u"no name"_s};

        plan = springRelease();
        plan.tasks[3].name = u"approve"_s;
        plan.tasks[3].kind = kind::manual;
        QTest::newRow("duplicate task name") << plan << QStringList{u"more than one task named “approve”"_s};

        plan = springRelease();
        plan.tasks[3].kind = u"pray"_s;
        QTest::newRow("unknown kind") << plan << QStringList{u"“smoke”"_s, u"“pray”"_s};

        plan = springRelease();
        plan.edges.append({u"smoke"_s, u"celebrate"_s});
        QTest::newRow("edge to an unknown task") << plan << QStringList{u"“celebrate”"_s};

        plan = springRelease();
        plan.edges.append({u"smoke"_s, u"smoke"_s});
        QTest::newRow("edge to itself") << plan << QStringList{u"“smoke”"_s, u"after itself"_s};

        plan = springRelease();
        plan.tasks[0].serviceId.reset();
        QTest::newRow("deploy without service") << plan << QStringList{u"“deploy-production”"_s, u"no service"_s};

        plan = springRelease();
        plan.tasks[0].environmentId.reset();
        QTest::newRow("deploy without environment")
            << plan << QStringList{u"“deploy-production”"_s, u"no environment"_s};

        plan = springRelease();
        plan.tasks[2].backendId.reset();
        QTest::newRow("deploy without backend") << plan << QStringList{u"“deploy-staging”"_s, u"no backend"_s};

        plan = springRelease();
        plan.tasks[1].config = uR"({"approvers":[]})"_s;
        QTest::newRow("approval without approvers") << plan << QStringList{u"“approve”"_s, u"no approver"_s};

        plan = springRelease();
        plan.tasks[1].config = u"{}"_s;
        QTest::newRow("approval without config") << plan << QStringList{u"“approve”"_s, u"no approver"_s};

        plan = springRelease();
        plan.tasks[1].config = uR"({"approvers":["dana", " "]})"_s;
        QTest::newRow("approval with a blank approver") << plan << QStringList{u"“approve”"_s, u"empty approver"_s};

        plan = springRelease();
        plan.tasks.append(task(u"pause"_s, kind::wait, u"{}"_s));
        QTest::newRow("wait without time") << plan << QStringList{u"“pause”"_s, u"neither"_s};

        plan = springRelease();
        plan.tasks.append(task(u"pause"_s, kind::wait, uR"({"until":1700000000000,"minutes":5})"_s));
        QTest::newRow("wait with both") << plan << QStringList{u"“pause”"_s, u"both"_s};

        plan = springRelease();
        plan.tasks.append(task(u"pause"_s, kind::wait, uR"({"minutes":-5})"_s));
        QTest::newRow("wait negative") << plan << QStringList{u"“pause”"_s, u"negative"_s};

        plan = springRelease();
        plan.tasks.append(task(u"undo-approval"_s, kind::approval, uR"({"approvers":["dana"]})"_s));
        plan.tasks.last().isRollback = true;
        QTest::newRow("rollback that is no deploy") << plan << QStringList{u"“undo-approval”"_s, u"deploy tasks"_s};

        plan = springRelease();
        plan.edges.append({u"deploy-production"_s, u"rollback-production"_s});
        QTest::newRow("rollback joined to forward")
            << plan << QStringList{u"Rollback task “rollback-production”"_s, u"forward task “deploy-production”"_s};

        plan = springRelease();
        plan.tasks[3].config = u"{\"conditions\": [\"pipeline_green\""_s;
        QTest::newRow("malformed config") << plan << QStringList{u"“smoke”"_s, u"not valid JSON"_s};

        plan = springRelease();
        plan.tasks[0].maxRetries = -1;
        QTest::newRow("negative retries") << plan << QStringList{u"“deploy-production”"_s, u"negative"_s};

        // start -> a -> b -> c -> a: the message names the three tasks on the cycle, in their order, and not start.
        plan = ReleasePlan();
        plan.release.name = u"Circular"_s;
        plan.tasks = {task(u"start"_s, kind::manual), task(u"a"_s, kind::manual), task(u"b"_s, kind::manual),
                      task(u"c"_s, kind::manual)};
        plan.edges = {{u"start"_s, u"a"_s}, {u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"a"_s}};
        QTest::newRow("three-task cycle") << plan << QStringList{u"cycle"_s, u"“a” → “b” → “c” → “a”"_s};
    }

    void invalidPlans()
    {
        QFETCH(ReleasePlan, plan);
        QFETCH(QStringList, mentions);
        const Result<void> valid = validatePlan(plan);
        QVERIFY(!valid.ok());
        for (const QString &mention : std::as_const(mentions))
            QVERIFY2(valid.errorMessage().contains(mention), qPrintable(valid.errorMessage()));
        if (QByteArray(QTest::currentDataTag()) == "three-task cycle")
            QVERIFY2(!valid.errorMessage().contains(u"“start”"_s), qPrintable(valid.errorMessage()));
    }

    void topologicalOrderRespectsEdges()
    {
        // Only deploy-staging can go first; the rollback tasks follow the forward ones, in their own order.
        QCOMPARE(topologicalOrder(springRelease()),
                 (QList<QString>{u"deploy-staging"_s, u"smoke"_s, u"approve"_s, u"deploy-production"_s,
                                 u"rollback-production"_s, u"rollback-staging"_s}));

        // Independent tasks keep plan order; a rollback task listed first still comes after every forward task.
        ReleasePlan plan;
        plan.release.name = u"Ties"_s;
        plan.tasks = {rollback(u"undo"_s, 1, 10), task(u"z"_s, kind::manual), task(u"y"_s, kind::manual),
                      task(u"x"_s, kind::manual)};
        plan.edges = {{u"x"_s, u"z"_s}};
        QCOMPARE(topologicalOrder(plan), (QList<QString>{u"y"_s, u"x"_s, u"z"_s, u"undo"_s}));
    }

    void configRoundTrips_data()
    {
        QTest::addColumn<QString>("taskKind");
        QTest::addColumn<TaskSettings>("settings");
        QTest::addColumn<QString>("json");

        TaskSettings approval;
        approval.approvers = {u"dana"_s, u"lee"_s};
        QTest::newRow("approval") << kind::approval << approval << uR"({"approvers":["dana","lee"]})"_s;

        TaskSettings check;
        check.conditions.pipelineGreen = true;
        check.conditions.insideWindow = true;
        QTest::newRow("check") << kind::check << check << uR"({"conditions":["pipeline_green","inside_window"]})"_s;

        TaskSettings allChecks;
        allChecks.conditions = {true, true, true};
        QTest::newRow("check, every condition")
            << kind::check << allChecks << uR"({"conditions":["pipeline_green","no_open_incident","inside_window"]})"_s;

        TaskSettings until;
        until.waitUntil = Timestamp(1'767'225'600'000);
        QTest::newRow("wait until") << kind::wait << until << uR"({"until":1767225600000})"_s;

        TaskSettings minutes;
        minutes.waitMinutes = 45;
        QTest::newRow("wait minutes") << kind::wait << minutes << uR"({"minutes":45})"_s;

        TaskSettings arguments;
        arguments.arguments = {u"--canary"_s, u"10 percent"_s};
        QTest::newRow("deploy arguments")
            << kind::deploy << arguments << uR"({"arguments":["--canary","10 percent"]})"_s;

        QTest::newRow("deploy plain") << kind::deploy << TaskSettings() << u"{}"_s;
        QTest::newRow("manual") << kind::manual << TaskSettings() << u"{}"_s;
    }

    void configRoundTrips()
    {
        QFETCH(QString, taskKind);
        QFETCH(TaskSettings, settings);
        QFETCH(QString, json);
        QCOMPARE(taskConfig(taskKind, settings), json);
        auto read = readTaskSettings(task(u"t"_s, taskKind, json));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->approvers, settings.approvers);
        QCOMPARE(read->conditions.pipelineGreen, settings.conditions.pipelineGreen);
        QCOMPARE(read->conditions.noOpenIncident, settings.conditions.noOpenIncident);
        QCOMPARE(read->conditions.insideWindow, settings.conditions.insideWindow);
        QCOMPARE(read->waitUntil, settings.waitUntil);
        QCOMPARE(read->waitMinutes, settings.waitMinutes);
        QCOMPARE(read->arguments, settings.arguments);
    }

    void unknownKeysLeftOut()
    {
        // Keys of another kind, and keys no kind has, are not read: writing the settings back drops them.
        auto read = readTaskSettings(
            task(u"approve"_s, kind::approval, uR"({"colour":"red","minutes":5,"approvers":["sam"]})"_s));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->approvers, QStringList{u"sam"_s});
        QVERIFY(!read->waitMinutes);
        QCOMPARE(taskConfig(kind::approval, *read), uR"({"approvers":["sam"]})"_s);

        // An empty config reads as no settings.
        auto empty = readTaskSettings(task(u"pause"_s, kind::wait, QString()));
        QVERIFY(empty.ok());
        QVERIFY(!empty->waitUntil && !empty->waitMinutes);
    }

    void malformedConfigs_data()
    {
        QTest::addColumn<QString>("taskKind");
        QTest::addColumn<QString>("config");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not JSON") << kind::approval << u"approvers: dana"_s << u"not valid JSON"_s;
        QTest::newRow("truncated") << kind::wait << uR"({"minutes": 5)"_s << u"not valid JSON"_s;
        QTest::newRow("an array") << kind::check << u"[\"pipeline_green\"]"_s << u"JSON object"_s;
        QTest::newRow("approvers a text") << kind::approval << uR"({"approvers":"dana"})"_s << u"“approvers”"_s;
        QTest::newRow("approver a number") << kind::approval << uR"({"approvers":["dana",7]})"_s << u"“approvers”"_s;
        QTest::newRow("unknown condition") << kind::check << uR"({"conditions":["sunny"]})"_s << u"“sunny”"_s;
        QTest::newRow("until a text") << kind::wait << uR"({"until":"tomorrow"})"_s << u"“until”"_s;
        QTest::newRow("minutes a fraction") << kind::wait << uR"({"minutes":2.5})"_s << u"“minutes”"_s;
        QTest::newRow("arguments an object") << kind::deploy << uR"({"arguments":{"a":1}})"_s << u"“arguments”"_s;
    }

    void malformedConfigs()
    {
        QFETCH(QString, taskKind);
        QFETCH(QString, config);
        QFETCH(QString, mention);
        auto read = readTaskSettings(task(u"the-task"_s, taskKind, config));
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().contains(u"“the-task”"_s), qPrintable(read.errorMessage()));
        QVERIFY2(read.errorMessage().contains(mention), qPrintable(read.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestReleasePlan)
#include "tst_releaseplan.moc"
