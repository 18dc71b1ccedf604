// SPDX-License-Identifier: GPL-3.0-or-later
// Runs `flowdeck valuestream ...` as a separate process on a workspace written here row by row, and on the demo
// workspace, and checks what it prints. The expected figures are worked out by hand in the comments, from the rows
// and the rules of docs/valuestream.md.
#include "jsontesting.h"
#include "programrun.h"
#include "store/workspace.h"
#include "valuestream/derivation.h"
#include "valuestream/mapstore.h"
#include "valuestreamfixture.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace flowdeck;
using namespace Qt::StringLiterals;

namespace {

using Run = flowdeck::testing::ProgramRun;

constexpr qint64 minute = 60'000;
constexpr qint64 hour = 60 * minute;

Timestamp at(int day, int hourOfDay, int minuteOfHour = 0)
{
    return testing::march2024(day, hourOfDay, minuteOfHour);
}

using testing::parseObject;

QJsonObject stepNamed(const QJsonObject &map, const QString &name)
{
    for (const QJsonValue &step : map.value(u"steps"_s).toArray()) {
        if (step.toObject().value(u"name"_s).toString() == name)
            return step.toObject();
    }
    return {};
}

QStringList stepNames(const QJsonObject &map)
{
    QStringList names;
    for (const QJsonValue &step : map.value(u"steps"_s).toArray())
        names.append(step.toObject().value(u"name"_s).toString());
    return names;
}

} // namespace

class TestValueStreamCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void derivedFromData();
    void keysInDocumentedOrder();
    void p85Statistic();
    void readableTable();
    void workshopEstimateAndFutureState();
    void reproduciblePrediction();
    void errors();
    void demoWorkspace();

private:
    Run run(const QStringList &arguments) const;
    QJsonObject march(const QStringList &more = {}) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QString m_workspace;
    Id m_shop = 0;
};

void TestValueStreamCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo(QStringLiteral(FLOWDECK_BINARY)).isExecutable());
    m_environment = flowdeck::testing::isolatedEnvironment(m_dir.path());
    QVERIFY(!m_environment.isEmpty());
    // Headless: no display at all is needed.
    m_environment.insert(u"QT_QPA_PLATFORM"_s, u"no-such-platform"_s);
    m_environment.remove(u"DISPLAY"_s);
    m_environment.remove(u"WAYLAND_DISPLAY"_s);

    m_workspace = m_dir.filePath(u"shop.flowdeck"_s);
    auto created = store::Workspace::create(m_workspace);
    QVERIFY2(created, qPrintable(created.errorMessage()));
    QString error;
    m_shop = testing::buildValueStreamHistory(**created, &error).shop;
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

Run TestValueStreamCommand::run(const QStringList &arguments) const
{
    return flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), QStringList{u"valuestream"_s} + arguments,
                                         m_environment, m_dir.path());
}

QJsonObject TestValueStreamCommand::march(const QStringList &more) const
{
    const Run result = run(QStringList{u"-w"_s, m_workspace, u"--service"_s, u"shop"_s, u"--from"_s, u"2024-03-01"_s,
                                       u"--to"_s, u"2024-04-01"_s, u"--json"_s} +
                           more);
    if (result.exitCode != 0)
        qWarning() << result.err;
    return parseObject(result.out);
}

void TestValueStreamCommand::derivedFromData()
{
    const QJsonObject map = march();
    QCOMPARE(stepNames(map),
             (QStringList{u"Coding"_s, u"Review"_s, u"build"_s, u"change-approval"_s, u"deploy-production"_s}));

    const QJsonObject coding = stepNamed(map, u"Coding"_s);
    QCOMPARE(coding.value(u"kind"_s).toString(), u"coding"_s);
    COMPARE_NEAR(coding.value(u"process_hours"_s), 4.0);
    QVERIFY(coding.value(u"wait_hours"_s).isNull());
    COMPARE_NEAR(coding.value(u"lead_hours"_s), 4.0);
    QCOMPARE(coding.value(u"measured"_s).toBool(), true);

    const QJsonObject review = stepNamed(map, u"Review"_s);
    COMPARE_NEAR(review.value(u"wait_hours"_s), 18.0);
    QVERIFY(review.value(u"process_hours"_s).isNull());

    const QJsonObject build = stepNamed(map, u"build"_s);
    QCOMPARE(build.value(u"kind"_s).toString(), u"build"_s);
    COMPARE_NEAR(build.value(u"wait_hours"_s), 4.0 / 60);
    COMPARE_NEAR(build.value(u"process_hours"_s), 10.0 / 60);
    COMPARE_NEAR(build.value(u"pct_complete_accurate"_s), 100.0);

    const QJsonObject approval = stepNamed(map, u"change-approval"_s);
    QCOMPARE(approval.value(u"kind"_s).toString(), u"approval"_s);
    COMPARE_NEAR(approval.value(u"wait_hours"_s), 30.0);
    COMPARE_NEAR(approval.value(u"process_hours"_s), 5.0 / 60);

    const QJsonObject deploy = stepNamed(map, u"deploy-production"_s);
    COMPARE_NEAR(deploy.value(u"wait_hours"_s), 1.0 / 60);
    COMPARE_NEAR(deploy.value(u"process_hours"_s), 20.0 / 60);

    // Lead 4 h + 18 h + 14 min + 30 h 5 min + 21 min = 52 h 40 min; process 4 h + 10 + 5 + 20 min = 4 h 35 min.
    const double lead = 52.0 + 40.0 / 60;
    const double process = 4.0 + 35.0 / 60;
    COMPARE_NEAR(map.value(u"total_lead_hours"_s), lead);
    COMPARE_NEAR(map.value(u"total_process_hours"_s), process);
    COMPARE_NEAR(map.value(u"activity_ratio"_s), process / lead);
    // Only the stages have a %C&A, each 100 %.
    COMPARE_NEAR(map.value(u"rolled_pct_complete_accurate"_s), 100.0);
    // The approval adds 30 h 5 min of the 52 h 40 min.
    const QJsonObject bottleneck = map.value(u"bottleneck"_s).toObject();
    QCOMPARE(bottleneck.value(u"step"_s).toString(), u"change-approval"_s);
    COMPARE_NEAR(bottleneck.value(u"share"_s), (30.0 + 5.0 / 60) / lead);
    QCOMPARE(map.value(u"service"_s).toString(), u"shop"_s);
    QCOMPARE(map.value(u"statistic"_s).toString(), u"median"_s);
}

void TestValueStreamCommand::keysInDocumentedOrder()
{
    const Run result = run({u"-w"_s, m_workspace, u"--service"_s, u"shop"_s, u"--from"_s, u"2024-03-01"_s, u"--to"_s,
                            u"2024-04-01"_s, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = result.text();
    const QStringList top = {u"\"steps\""_s,
                             u"\"total_lead_hours\""_s,
                             u"\"total_process_hours\""_s,
                             u"\"activity_ratio\""_s,
                             u"\"rolled_pct_complete_accurate\""_s,
                             u"\"bottleneck\""_s};
    qsizetype previous = -1;
    for (const QString &key : top) {
        const qsizetype position = text.indexOf(u"\n    "_s + key);
        QVERIFY2(position > previous, qPrintable(key));
        previous = position;
    }
    const QStringList stepKeys = {u"\"name\""_s,       u"\"kind\""_s,       u"\"process_hours\""_s,
                                  u"\"wait_hours\""_s, u"\"lead_hours\""_s, u"\"pct_complete_accurate\""_s,
                                  u"\"measured\""_s};
    previous = -1;
    for (const QString &key : stepKeys) {
        const qsizetype position = text.indexOf(key);
        QVERIFY2(position > previous, qPrintable(key));
        previous = position;
    }
    QVERIFY(text.indexOf(u"\"step\""_s) < text.indexOf(u"\"share\": 0."_s, text.indexOf(u"\"bottleneck\""_s)));
}

void TestValueStreamCommand::p85Statistic()
{
    const QJsonObject map = march({u"--statistic"_s, u"p85"_s});
    QCOMPARE(map.value(u"statistic"_s).toString(), u"p85"_s);
    // Approval waits 20, 30, 40 h: rank 0.85 * 2 = 1.7, 30 + 0.7 * 10 = 37 h.
    COMPARE_NEAR(stepNamed(map, u"change-approval"_s).value(u"wait_hours"_s), 37.0);
    // Coding 2, 4, 6 h: 4 + 0.7 * 2 = 5.4 h.
    COMPARE_NEAR(stepNamed(map, u"Coding"_s).value(u"process_hours"_s), 5.4);
}

void TestValueStreamCommand::readableTable()
{
    const Run result = run(
        {u"-w"_s, m_workspace, u"--service"_s, u"shop"_s, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-04-01"_s});
    QCOMPARE(result.exitCode, 0);
    const QString text = result.text();
    QVERIFY2(text.contains(u"Total lead time: 2 d 4 h"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Bottleneck: change-approval"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Predicted lead time (10,000 trials)"_s), qPrintable(text));
    QVERIFY(text.contains(u"measured (3 records)"_s));
}

void TestValueStreamCommand::workshopEstimateAndFutureState()
{
    // A workshop adds the change advisory board as an estimate after the approval gate: 2 d of wait, 1 h of work.
    auto opened = store::Workspace::open(m_workspace);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    const store::Workspace &workspace = **opened;
    const valuestream::DerivationScope scope{at(1, 0),
                                             QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                                             m_shop, valuestream::Statistic::Median};
    auto derived = valuestream::deriveMap(workspace.connection(), scope);
    QVERIFY2(derived, qPrintable(derived.errorMessage()));
    valuestream::Map map = *derived;
    valuestream::Step board;
    board.id = -100;
    board.name = u"Change advisory board"_s;
    board.kind = QString::fromLatin1(valuestream::StepKind::Approval);
    board.waitMs = 48 * hour;
    board.processMs = hour;
    board.measured = false;
    board.improvementIdeas = u"Pre-approve standard changes\nMeet twice a week"_s;
    map.steps.insert(map.indexOfStep(map.steps.at(3).id) + 1, board);
    auto saved = valuestream::saveMap(workspace, map);
    QVERIFY2(saved, qPrintable(saved.errorMessage()));

    // The stored current state, refreshed from the data, now holds the estimate, which becomes the bottleneck.
    QJsonObject shown = march();
    QCOMPARE(stepNames(shown), (QStringList{u"Coding"_s, u"Review"_s, u"build"_s, u"change-approval"_s,
                                            u"Change advisory board"_s, u"deploy-production"_s}));
    const QJsonObject estimate = stepNamed(shown, u"Change advisory board"_s);
    QCOMPARE(estimate.value(u"measured"_s).toBool(), false);
    COMPARE_NEAR(estimate.value(u"lead_hours"_s), 49.0);
    QCOMPARE(estimate.value(u"improvement_ideas"_s).toArray().size(), 2);
    QCOMPARE(shown.value(u"bottleneck"_s).toObject().value(u"step"_s).toString(), u"Change advisory board"_s);
    COMPARE_NEAR(shown.value(u"total_lead_hours"_s), 52.0 + 40.0 / 60 + 49.0);

    // Its future state drops the board; --map shows it as stored.
    auto future = valuestream::copyAsFutureState(workspace, saved->id);
    QVERIFY2(future, qPrintable(future.errorMessage()));
    valuestream::Map changed = *future;
    changed.steps.removeIf([](const valuestream::Step &s) { return s.name == u"Change advisory board"_s; });
    auto stored = valuestream::saveMap(workspace, changed);
    QVERIFY2(stored, qPrintable(stored.errorMessage()));
    const QJsonObject futureJson = march({u"--map"_s, stored->name});
    QCOMPARE(futureJson.value(u"state"_s).toString(), u"future"_s);
    QVERIFY(!stepNames(futureJson).contains(u"Change advisory board"_s));
    COMPARE_NEAR(futureJson.value(u"total_lead_hours"_s), 52.0 + 40.0 / 60);
    QCOMPARE(futureJson.value(u"bottleneck"_s).toObject().value(u"step"_s).toString(), u"change-approval"_s);

    // The current state is the same as before: the future state is a copy.
    shown = march();
    QVERIFY(stepNames(shown).contains(u"Change advisory board"_s));
}

void TestValueStreamCommand::reproduciblePrediction()
{
    const QJsonObject first = march({u"--seed"_s, u"7"_s});
    const QJsonObject second = march({u"--seed"_s, u"7"_s});
    const QJsonObject prediction = first.value(u"predicted_lead_hours"_s).toObject();
    QCOMPARE(prediction.value(u"trials"_s).toInt(), 10'000);
    QCOMPARE(prediction, second.value(u"predicted_lead_hours"_s).toObject());
    QVERIFY(prediction.value(u"p50"_s).toDouble() <= prediction.value(u"p85"_s).toDouble());
    QVERIFY(prediction.value(u"p85"_s).toDouble() <= prediction.value(u"p95"_s).toDouble());
    // No trials, no prediction.
    QVERIFY(march({u"--trials"_s, u"0"_s}).value(u"predicted_lead_hours"_s).isNull());
}

void TestValueStreamCommand::errors()
{
    Run result = run({u"-w"_s, m_workspace, u"--service"_s, u"nope"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"there is no service called \"nope\"; the services are: search, shop."_s),
             qPrintable(result.err));

    result = run({u"-w"_s, m_workspace, u"--statistic"_s, u"mean"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"\"mean\""_s), qPrintable(result.err));

    result = run({u"-w"_s, m_workspace, u"--map"_s, u"no such map"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"there is no map called \"no such map\""_s), qPrintable(result.err));

    result = run({u"-w"_s, m_workspace, u"--from"_s, u"2024-13-01"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"--from 2024-13-01 is not a date"_s), qPrintable(result.err));

    // The service "search" has no history at all.
    result = run(
        {u"-w"_s, m_workspace, u"--service"_s, u"search"_s, u"--from"_s, u"2024-03-01"_s, u"--to"_s, u"2024-04-01"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"there is nothing to map"_s), qPrintable(result.err));

    result = run({u"-w"_s, m_dir.filePath(u"missing.flowdeck"_s)});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(u"missing.flowdeck"_s));
}

void TestValueStreamCommand::demoWorkspace()
{
    const QString demo = m_dir.filePath(u"demo.flowdeck"_s);
    const Run written = flowdeck::testing::runProgram(QStringLiteral(FLOWDECK_BINARY), {u"demo"_s, u"-w"_s, demo},
                                                      m_environment, m_dir.path());
    QCOMPARE(written.exitCode, 0);

    // Every service over the last 90 days, as the Value stream page first shows the demo: the change advisory
    // board's approval gate holds changes longest.
    const Run result = run({u"-w"_s, demo, u"--json"_s});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject map = parseObject(result.out);
    const QString bottleneck = map.value(u"bottleneck"_s).toObject().value(u"step"_s).toString();
    QCOMPARE(bottleneck, u"change-approval"_s);
    QCOMPARE(stepNamed(map, bottleneck).value(u"kind"_s).toString(), u"approval"_s);
    QVERIFY(map.value(u"steps"_s).toArray().size() >= 8);
    QVERIFY(map.value(u"service"_s).isNull());
}

QTEST_GUILESS_MAIN(TestValueStreamCommand)
#include "tst_valuestreamcommand.moc"
