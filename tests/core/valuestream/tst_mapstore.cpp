// SPDX-License-Identifier: GPL-3.0-or-later
// Value stream maps kept in real workspace files: every field round trips, new steps get row ids and the edges follow
// them, a stale revision is refused without a change, and bad maps are refused with the step named.
#include "store/migrations.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"
#include "valuestream/mapstore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace flowdeck;
using namespace flowdeck::valuestream;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0);
}

int count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, u"SELECT count(*) FROM "_s + table).toInt();
}

Id addService(const store::Workspace &workspace, const QString &name)
{
    Id id = 0;
    auto done = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        store::TableWriter<Service> writer(db);
        auto inserted = writer.insert(Service{0, name, {}, {}});
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return {};
    });
    if (!done)
        qWarning() << done.errorMessage();
    return id;
}

Step step(Id id, const QString &name, const char *kind, std::optional<qint64> waitMs, std::optional<qint64> processMs)
{
    Step s;
    s.id = id;
    s.name = name;
    s.kind = QString::fromLatin1(kind);
    s.waitMs = waitMs;
    s.processMs = processMs;
    return s;
}

/// A map with every field set, and a workshop step with every optional empty: coding -> review -> {CAB, tests} ->
/// deploy.
Map fullMap(Id serviceId)
{
    Map map;
    map.name = u"Storefront"_s;
    map.serviceId = serviceId;
    map.state = MapState::Current;
    map.periodFrom = 1'767'225'600'000; // 2026-01-01
    map.periodTo = 1'775'001'600'000;   // 2026-04-01
    map.statistic = Statistic::P85;
    map.notes = u"Workshop with the shop team, Zoë facilitating"_s;

    Step coding = step(-1, u"Coding"_s, StepKind::Coding, 0, 26 * Hour);
    coding.sourceKey = u"coding"_s;
    coding.measured = true;
    coding.pctCompleteAccurate = 92.5;
    coding.people = 2.5;
    coding.wip = 4;
    coding.notes = u"From the first commit"_s;
    coding.improvementIdeas = u"Trunk-based development\nFeature flags"_s;
    Step review = step(-2, u"Code review"_s, StepKind::Review, 20 * Hour, 90 * Minute);
    review.sourceKey = u"review"_s;
    review.measured = true;
    review.pctCompleteAccurate = 80;
    Step cab = step(-3, u"Change advisory board"_s, StepKind::Approval, std::nullopt, std::nullopt);
    Step tests = step(-4, u"Integration tests"_s, StepKind::Test, 10 * Minute, 45 * Minute);
    tests.sourceKey = u"stage:integration tests"_s;
    tests.measured = true;
    tests.pctCompleteAccurate = 0;
    tests.people = 0;
    tests.wip = 0;
    Step deploy = step(-5, u"Deploy"_s, StepKind::Deploy, 2 * Day, 12 * Minute);
    deploy.sourceKey = u"promotion:production"_s;
    deploy.measured = true;
    deploy.pctCompleteAccurate = 100;
    map.steps = {coding, review, cab, tests, deploy};
    map.edges = {{-1, -2}, {-2, -3}, {-2, -4}, {-3, -5}, {-4, -5}};
    return map;
}

/// A line of three workshop steps.
Map lineMap(const QString &name)
{
    Map map;
    map.name = name;
    map.steps = {step(-1, u"Idea"_s, StepKind::Other, Day, Hour), step(-2, u"Build"_s, StepKind::Build, Hour, Hour),
                 step(-3, u"Release"_s, StepKind::Deploy, Day, Minute)};
    return map;
}

QList<Id> stepIds(const Map &map)
{
    QList<Id> ids;
    for (const Step &s : map.steps)
        ids.append(s.id);
    return ids;
}

} // namespace

class TestMapStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::shared_ptr<store::Workspace> newWorkspace()
    {
        auto workspace = store::Workspace::create(m_dir.filePath(u"map%1.flowdeck"_s.arg(++m_files)));
        if (!workspace)
            qFatal("%s", qPrintable(workspace.errorMessage()));
        return *workspace;
    }

private slots:
    void everyFieldRoundTrips();
    void lineKeepsNoEdges();
    void newStepsGetIdsAndEdgesFollow();
    void staleRevisionRefused();
    void deletedElsewhereRefused();
    void deletingSteps();
    void stepFromAnotherMapIsCopied();
    void validationErrors_data();
    void validationErrors();
    void missingServiceRefused();
    void copyAsFutureState();
    void deleteMap();
    void listMapsOrder();
    void loadRefusesUnknownMapsAndValues();
    void mergedMapSaves();
    void upgradesASchema3Workspace();
};

void TestMapStore::everyFieldRoundTrips()
{
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const Map map = fullMap(serviceId);
    const Timestamp before = QDateTime::currentMSecsSinceEpoch();
    const auto saved = saveMap(*workspace, map);
    const Timestamp after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));

    QVERIFY(saved->id > 0);
    QCOMPARE(saved->revision, 1);
    QVERIFY(saved->updatedAt >= before && saved->updatedAt <= after);
    QCOMPARE(saved->steps.size(), 5);
    QSet<Id> ids;
    for (const Step &s : saved->steps) {
        QVERIFY(s.id > 0);
        ids.insert(s.id);
    }
    QCOMPARE(ids.size(), 5);
    // The edges renamed from -1..-5 to the rows, by position.
    const QList<Id> id = stepIds(*saved);
    QCOMPARE(saved->edges, (QList<std::pair<Id, Id>>{
                               {id[0], id[1]}, {id[1], id[2]}, {id[1], id[3]}, {id[2], id[4]}, {id[3], id[4]}}));
    // Everything else as given.
    Map expected = map;
    expected.id = saved->id;
    expected.revision = 1;
    expected.updatedAt = saved->updatedAt;
    for (int i = 0; i < expected.steps.size(); ++i)
        expected.steps[i].id = id[i];
    expected.edges = saved->edges;
    QCOMPARE(*saved, expected);

    const auto loaded = loadMap(workspace->connection(), saved->id);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    QCOMPARE(*loaded, expected);

    // In the file, as docs/workspace-schema.md describes it.
    const QSqlDatabase db = workspace->connection();
    QCOMPARE(scalar(db, u"SELECT statistic FROM value_streams WHERE id = ?"_s, {saved->id}).toString(), u"p85"_s);
    QCOMPARE(scalar(db, u"SELECT state FROM value_streams WHERE id = ?"_s, {saved->id}).toString(), u"current"_s);
    QVERIFY(scalar(db, u"SELECT source_key IS NULL FROM value_stream_steps WHERE id = ?"_s, {id[2]}).toBool());
    QCOMPARE(scalar(db, u"SELECT source_key FROM value_stream_steps WHERE id = ?"_s, {id[3]}).toString(),
             u"stage:integration tests"_s);
    QVERIFY(scalar(db,
                   u"SELECT wait_ms IS NULL AND process_ms IS NULL AND pct_complete_accurate IS NULL AND "
                   u"people IS NULL AND wip IS NULL FROM value_stream_steps WHERE id = ?"_s,
                   {id[2]})
                .toBool());
    QCOMPARE(scalar(db, u"SELECT position FROM value_stream_steps WHERE id = ?"_s, {id[4]}).toInt(), 4);
    QCOMPARE(count(db, u"value_stream_step_edges"_s), 5);
}

void TestMapStore::lineKeepsNoEdges()
{
    auto workspace = newWorkspace();
    const auto saved = saveMap(*workspace, lineMap(u"Line"_s));
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(saved->edges.isEmpty());
    QCOMPARE(count(workspace->connection(), u"value_stream_step_edges"_s), 0);
    const auto loaded = loadMap(workspace->connection(), saved->id);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, *saved);
    QCOMPARE(loaded->serviceId, std::nullopt);
    QCOMPARE(loaded->periodFrom, std::nullopt);
    QCOMPARE(loaded->statistic, Statistic::Median);
}

void TestMapStore::newStepsGetIdsAndEdgesFollow()
{
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const auto first = saveMap(*workspace, fullMap(serviceId));
    QVERIFY(first.ok());
    const QList<Id> id = stepIds(*first);

    // Insert a security scan after review, beside the CAB and the tests, and move deploy's wait.
    Map edited = *first;
    Step scan = step(-9, u"Security scan"_s, StepKind::Security, 5 * Minute, 20 * Minute);
    scan.improvementIdeas = u"Run it on every commit"_s;
    edited.steps.insert(2, scan);
    edited.steps[5].waitMs = Day;
    edited.edges.append({id[1], -9});
    edited.edges.append({-9, id[4]});
    const auto second = saveMap(*workspace, edited);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(second->revision, 2);
    QCOMPARE(second->id, first->id);

    const Id scanId = second->steps[2].id;
    QVERIFY(scanId > 0);
    QVERIFY(!id.contains(scanId));
    // The stored steps keep their ids, in the new order.
    QCOMPARE(stepIds(*second), (QList<Id>{id[0], id[1], scanId, id[2], id[3], id[4]}));
    QCOMPARE(second->edges.size(), 7);
    QCOMPARE(second->edges[5], (std::pair<Id, Id>{id[1], scanId}));
    QCOMPARE(second->edges[6], (std::pair<Id, Id>{scanId, id[4]}));

    const auto loaded = loadMap(workspace->connection(), first->id);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, *second);
    QCOMPARE(loaded->steps[2].name, u"Security scan"_s);
    QCOMPARE(loaded->steps[2].improvementIdeas, u"Run it on every commit"_s);
    QCOMPARE(loaded->steps[5].waitMs, Day);
    QCOMPARE(
        scalar(workspace->connection(), u"SELECT position FROM value_stream_steps WHERE id = ?"_s, {id[2]}).toInt(), 3);
    QCOMPARE(count(workspace->connection(), u"value_stream_steps"_s), 6);
    QCOMPARE(count(workspace->connection(), u"value_stream_step_edges"_s), 7);
}

void TestMapStore::staleRevisionRefused()
{
    auto workspace = newWorkspace();
    const auto saved = saveMap(*workspace, lineMap(u"Checkout"_s));
    QVERIFY(saved.ok());

    // Two people open the map; the first saves, then the second.
    auto other = store::Workspace::open(workspace->path());
    QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
    Map mine = *loadMap(workspace->connection(), saved->id);
    Map theirs = *loadMap((*other)->connection(), saved->id);
    theirs.steps[1].name = u"Build and package"_s;
    theirs.steps.removeLast();
    const auto theirsSaved = saveMap(**other, theirs);
    QVERIFY2(theirsSaved.ok(), qPrintable(theirsSaved.errorMessage()));
    QCOMPARE(theirsSaved->revision, 2);

    mine.notes = u"My notes"_s;
    mine.steps[0].waitMs = 3 * Day;
    mine.steps.append(step(-4, u"Monitor"_s, StepKind::Other, Hour, Hour));
    const auto refused = saveMap(*workspace, mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             u"The value stream map “Checkout” was changed elsewhere since it was opened, so your changes were not "
             u"saved. Reload the map to see the other changes; your changes are kept so that you can apply them "
             u"again."_s);
    // Nothing of mine was stored: the map is as the other person saved it.
    const auto now = loadMap(workspace->connection(), saved->id);
    QVERIFY(now.ok());
    QCOMPARE(*now, *theirsSaved);
    QCOMPARE(count(workspace->connection(), u"value_stream_steps"_s), 2);

    // Reloaded, the same change saves.
    Map reloaded = *now;
    reloaded.notes = u"My notes"_s;
    const auto again = saveMap(*workspace, reloaded);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again->revision, 3);

    // Deleting with an old revision is refused too.
    const auto deleteRefused = valuestream::deleteMap(*workspace, saved->id, 2);
    QVERIFY(!deleteRefused.ok());
    QVERIFY(deleteRefused.errorMessage().contains(u"“Checkout” was changed elsewhere"_s));
    QVERIFY(loadMap(workspace->connection(), saved->id).ok());
}

void TestMapStore::deletedElsewhereRefused()
{
    auto workspace = newWorkspace();
    const auto saved = saveMap(*workspace, lineMap(u"Payments"_s));
    QVERIFY(saved.ok());
    QVERIFY(valuestream::deleteMap(*workspace, saved->id, saved->revision).ok());
    Map edited = *saved;
    edited.notes = u"late edit"_s;
    const auto refused = saveMap(*workspace, edited);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(u"“Payments” was deleted elsewhere"_s));
    QCOMPARE(count(workspace->connection(), u"value_streams"_s), 0);
    QCOMPARE(count(workspace->connection(), u"value_stream_steps"_s), 0);
}

void TestMapStore::deletingSteps()
{
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const auto saved = saveMap(*workspace, fullMap(serviceId));
    QVERIFY(saved.ok());
    const QList<Id> id = stepIds(*saved);

    // Remove the CAB (id[2]) and its edges: review -> tests -> deploy remains of that part.
    Map edited = *saved;
    edited.steps.removeAt(2);
    edited.edges = {{id[0], id[1]}, {id[1], id[3]}, {id[3], id[4]}};
    const auto second = saveMap(*workspace, edited);
    QVERIFY2(second.ok(), qPrintable(second.errorMessage()));
    QCOMPARE(stepIds(*second), (QList<Id>{id[0], id[1], id[3], id[4]}));

    const QSqlDatabase db = workspace->connection();
    QCOMPARE(count(db, u"value_stream_steps"_s), 4);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM value_stream_steps WHERE id = ?"_s, {id[2]}).toInt(), 0);
    QCOMPARE(count(db, u"value_stream_step_edges"_s), 3);
    const auto loaded = loadMap(db, saved->id);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, *second);
    QCOMPARE(scalar(db, u"SELECT position FROM value_stream_steps WHERE id = ?"_s, {id[4]}).toInt(), 3);

    // Every step removed: an empty map.
    Map empty = *second;
    empty.steps.clear();
    empty.edges.clear();
    const auto third = saveMap(*workspace, empty);
    QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
    QCOMPARE(count(db, u"value_stream_steps"_s), 0);
    QCOMPARE(count(db, u"value_stream_step_edges"_s), 0);
    QVERIFY(loadMap(db, saved->id)->steps.isEmpty());
}

void TestMapStore::stepFromAnotherMapIsCopied()
{
    // A step pasted from another map carries that map's row id: it is stored as a new step of this map, and the
    // other map keeps its own.
    auto workspace = newWorkspace();
    const auto a = saveMap(*workspace, lineMap(u"A"_s));
    const auto b = saveMap(*workspace, lineMap(u"B"_s));
    QVERIFY(a.ok() && b.ok());
    Map edited = *b;
    Step pasted = a->steps[1];
    pasted.name = u"Build (from A)"_s;
    edited.steps.append(pasted);
    const auto saved = saveMap(*workspace, edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QVERIFY(saved->steps[3].id != a->steps[1].id);
    QCOMPARE(*loadMap(workspace->connection(), a->id), *a);
    QCOMPARE(loadMap(workspace->connection(), b->id)->steps[3].name, u"Build (from A)"_s);
}

void TestMapStore::validationErrors_data()
{
    QTest::addColumn<Map>("map");
    QTest::addColumn<QString>("message");

    const Map valid = lineMap(u"Shop"_s);
    Map map = valid;
    map.steps[1].name = u"  "_s;
    QTest::newRow("step without a name") << map
                                         << u"The value stream map “Shop” cannot be saved: step 2 has no name."_s;
    map = valid;
    map.steps[1].waitMs = -5;
    QTest::newRow("negative wait")
        << map
        << u"The value stream map “Shop” cannot be saved: step 2 “Build” has a negative wait "
           u"time (-5 ms)."_s;
    map = valid;
    map.steps[2].processMs = -1;
    QTest::newRow("negative process")
        << map
        << u"The value stream map “Shop” cannot be saved: step 3 “Release” has a negative process time (-1 ms)."_s;
    map = valid;
    map.steps[0].pctCompleteAccurate = 100.5;
    QTest::newRow("%C&A over 100")
        << map
        << u"The value stream map “Shop” cannot be saved: step 1 “Idea” has a %C&A of 100.5; "
           u"it must be between 0 and 100 %."_s;
    map = valid;
    map.steps[0].pctCompleteAccurate = -0.5;
    QTest::newRow("%C&A below 0") << map
                                  << u"The value stream map “Shop” cannot be saved: step 1 “Idea” has a %C&A of -0.5; "
                                     u"it must be between 0 and 100 %."_s;
    map = valid;
    map.steps[1].people = -1;
    QTest::newRow("negative people")
        << map << u"The value stream map “Shop” cannot be saved: step 2 “Build” has -1 people; it must be 0 or more."_s;
    map = valid;
    map.steps[2].wip = -3;
    QTest::newRow("negative WIP")
        << map
        << u"The value stream map “Shop” cannot be saved: step 3 “Release” has a WIP of -3; it must be 0 or more."_s;
    map = valid;
    map.steps[2].id = -1;
    QTest::newRow("duplicate id") << map
                                  << u"The value stream map “Shop” cannot be saved: step 3 “Release” has the same id "
                                     u"(-1) as step 1 “Idea”."_s;
    map = valid;
    map.edges = {{-1, -2}, {-2, -7}};
    QTest::newRow("edge to a missing step")
        << map
        << u"The value stream map “Shop” cannot be saved: step 2 “Build” leads to a step with id -7, which the map "
           u"does not have."_s;
    map = valid;
    map.edges = {{-8, -3}};
    QTest::newRow("edge from a missing step")
        << map
        << u"The value stream map “Shop” cannot be saved: step 3 “Release” follows a step with id -8, which the map "
           u"does not have."_s;
    map = valid;
    map.edges = {{-2, -2}};
    QTest::newRow("edge to itself")
        << map << u"The value stream map “Shop” cannot be saved: step 2 “Build” leads to itself."_s;
    map = valid;
    map.edges = {{-1, -2}, {-1, -2}};
    QTest::newRow("edge twice")
        << map
        << u"The value stream map “Shop” cannot be saved: step 1 “Idea” leads to step 2 “Build” "
           u"twice."_s;
    map = valid;
    map.name = QString();
    QTest::newRow("map without a name") << map << u"The value stream map cannot be saved without a name."_s;
}

void TestMapStore::validationErrors()
{
    QFETCH(Map, map);
    QFETCH(QString, message);
    auto workspace = newWorkspace();
    // Once as a new map, once over a stored one: neither changes the workspace.
    const auto refused = saveMap(*workspace, map);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(), message);
    QCOMPARE(count(workspace->connection(), u"value_streams"_s), 0);
    QCOMPARE(count(workspace->connection(), u"value_stream_steps"_s), 0);

    Map valid = lineMap(u"Shop"_s);
    const auto stored = saveMap(*workspace, valid);
    QVERIFY(stored.ok());
    Map over = map;
    over.id = stored->id;
    over.revision = stored->revision;
    const auto refusedAgain = saveMap(*workspace, over);
    QVERIFY(!refusedAgain.ok());
    QCOMPARE(refusedAgain.errorMessage(), message);
    QCOMPARE(*loadMap(workspace->connection(), stored->id), *stored);
}

void TestMapStore::missingServiceRefused()
{
    auto workspace = newWorkspace();
    Map map = lineMap(u"Orphan"_s);
    map.serviceId = 4711;
    const auto refused = saveMap(*workspace, map);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             u"The value stream map “Orphan” cannot be saved: its service (id 4711) is no longer in the workspace."_s);
    map.serviceId.reset();
    map.basedOnId = 99;
    const auto refusedBase = saveMap(*workspace, map);
    QVERIFY(!refusedBase.ok());
    QVERIFY(refusedBase.errorMessage().contains(u"the map it is based on (id 99)"_s));
    QCOMPARE(count(workspace->connection(), u"value_streams"_s), 0);
}

void TestMapStore::copyAsFutureState()
{
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const auto current = saveMap(*workspace, fullMap(serviceId));
    QVERIFY(current.ok());

    const auto future = valuestream::copyAsFutureState(*workspace, current->id);
    QVERIFY2(future.ok(), qPrintable(future.errorMessage()));
    QVERIFY(future->id > 0 && future->id != current->id);
    QCOMPARE(future->name, u"Storefront — future state"_s);
    QCOMPARE(future->state, MapState::Future);
    QCOMPARE(future->basedOnId, current->id);
    QCOMPARE(future->revision, 1);
    QCOMPARE(future->serviceId, serviceId);
    QCOMPARE(future->periodFrom, current->periodFrom);
    QCOMPARE(future->periodTo, current->periodTo);
    QCOMPARE(future->statistic, Statistic::P85);
    QCOMPARE(future->notes, current->notes);
    // Copies of every step, new rows, everything else as in the current state.
    QCOMPARE(future->steps.size(), current->steps.size());
    QHash<Id, Id> copyOf;
    for (int i = 0; i < current->steps.size(); ++i) {
        Step copy = future->steps[i];
        QVERIFY(copy.id > 0);
        QVERIFY(!stepIds(*current).contains(copy.id));
        copyOf.insert(current->steps[i].id, copy.id);
        copy.id = current->steps[i].id;
        QCOMPARE(copy, current->steps[i]);
    }
    QCOMPARE(future->edges.size(), current->edges.size());
    for (int i = 0; i < current->edges.size(); ++i) {
        QCOMPARE(future->edges[i].first, copyOf.value(current->edges[i].first));
        QCOMPARE(future->edges[i].second, copyOf.value(current->edges[i].second));
    }
    QCOMPARE(*loadMap(workspace->connection(), future->id), *future);
    QCOMPARE(*loadMap(workspace->connection(), current->id), *current);
    QCOMPARE(count(workspace->connection(), u"value_stream_steps"_s), 10);

    // Changing the future state leaves the current one alone.
    Map edited = *future;
    edited.steps.removeAt(2);
    edited.edges = {{edited.steps[0].id, edited.steps[1].id},
                    {edited.steps[1].id, edited.steps[2].id},
                    {edited.steps[2].id, edited.steps[3].id}};
    QVERIFY(saveMap(*workspace, edited).ok());
    QCOMPARE(*loadMap(workspace->connection(), current->id), *current);

    const auto unknown = valuestream::copyAsFutureState(*workspace, 999);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errorMessage(), u"The workspace has no value stream map with id 999."_s);
}

void TestMapStore::deleteMap()
{
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const auto current = saveMap(*workspace, fullMap(serviceId));
    const auto other = saveMap(*workspace, lineMap(u"Other"_s));
    QVERIFY(current.ok() && other.ok());
    const auto future = valuestream::copyAsFutureState(*workspace, current->id);
    QVERIFY(future.ok());

    const auto deleted = valuestream::deleteMap(*workspace, current->id, current->revision);
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
    const QSqlDatabase db = workspace->connection();
    QVERIFY(!loadMap(db, current->id).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM value_stream_steps WHERE value_stream_id = ?"_s, {current->id}).toInt(),
             0);
    QCOMPARE(
        scalar(db, u"SELECT count(*) FROM value_stream_step_edges WHERE value_stream_id = ?"_s, {current->id}).toInt(),
        0);
    // The future state stays, no longer based on a stored map; the other map is untouched.
    const auto futureNow = loadMap(db, future->id);
    QVERIFY(futureNow.ok());
    QCOMPARE(futureNow->basedOnId, std::nullopt);
    QCOMPARE(futureNow->steps, future->steps);
    QCOMPARE(futureNow->edges, future->edges);
    QCOMPARE(*loadMap(db, other->id), *other);
    QCOMPARE(count(db, u"value_stream_steps"_s), 8);

    const auto unknown = valuestream::deleteMap(*workspace, current->id, current->revision);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.errorMessage(),
             u"The workspace has no value stream map with id %1; nothing was deleted."_s.arg(current->id));
}

void TestMapStore::listMapsOrder()
{
    auto workspace = newWorkspace();
    const auto empty = listMaps(workspace->connection());
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());

    const auto storefront = saveMap(*workspace, lineMap(u"Storefront"_s));
    const auto checkout = saveMap(*workspace, lineMap(u"checkout"_s));
    QVERIFY(storefront.ok() && checkout.ok());
    const auto future = valuestream::copyAsFutureState(*workspace, storefront->id);
    QVERIFY(future.ok());
    Map alpha = lineMap(u"Alpha"_s);
    alpha.state = MapState::Future;
    const auto alphaSaved = saveMap(*workspace, alpha);
    QVERIFY(alphaSaved.ok());
    const auto payments = saveMap(*workspace, lineMap(u"Payments"_s));
    QVERIFY(payments.ok());

    const auto maps = listMaps(workspace->connection());
    QVERIFY2(maps.ok(), qPrintable(maps.errorMessage()));
    QStringList names;
    for (const MapSummary &summary : *maps)
        names.append(summary.name);
    // Current states first (checkout, Payments, Storefront, by name whatever the case), then the future states.
    QCOMPARE(names,
             (QStringList{u"checkout"_s, u"Payments"_s, u"Storefront"_s, u"Alpha"_s, u"Storefront — future state"_s}));
    const MapSummary &last = maps->constLast();
    QCOMPARE(last, (MapSummary{future->id, future->name, std::nullopt, MapState::Future, storefront->id, 1,
                               future->updatedAt}));
}

void TestMapStore::loadRefusesUnknownMapsAndValues()
{
    auto workspace = newWorkspace();
    const auto missing = loadMap(workspace->connection(), 42);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errorMessage(), u"The workspace has no value stream map with id 42."_s);

    const auto saved = saveMap(*workspace, lineMap(u"Edited by hand"_s));
    QVERIFY(saved.ok());
    // Someone set a statistic Flowdeck does not know with an SQL tool.
    QVERIFY(workspace
                ->write([&](QSqlDatabase &db) -> Result<void> {
                    QSqlQuery query(db);
                    query.prepare(u"UPDATE value_streams SET statistic = 'p90' WHERE id = ?"_s);
                    query.addBindValue(saved->id);
                    if (!query.exec())
                        return Error{query.lastError().text()};
                    return {};
                })
                .ok());
    const auto refused = loadMap(workspace->connection(), saved->id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.errorMessage(),
             u"The value stream map “Edited by hand” has the unknown statistic “p90”; it must be median or p85."_s);
}

void TestMapStore::mergedMapSaves()
{
    // Refresh from data on a stored map: the merged map, with a new derived step, saves like an edit.
    auto workspace = newWorkspace();
    const Id serviceId = addService(*workspace, u"storefront-web"_s);
    const auto stored = saveMap(*workspace, fullMap(serviceId));
    QVERIFY(stored.ok());

    Map derived;
    derived.periodFrom = 1'775'001'600'000;
    derived.periodTo = 1'782'864'000'000;
    derived.statistic = Statistic::Median;
    Step review = step(-1, u"review"_s, StepKind::Review, 9 * Hour, Hour);
    review.sourceKey = u"review"_s;
    review.measured = true;
    Step lint = step(-2, u"lint"_s, StepKind::Test, Minute, 3 * Minute);
    lint.sourceKey = u"stage:lint"_s;
    lint.measured = true;
    Step tests = step(-3, u"integration tests"_s, StepKind::Test, Minute, 40 * Minute);
    tests.sourceKey = u"stage:integration tests"_s;
    tests.measured = true;
    derived.steps = {review, lint, tests};

    const Map merged = mergeDerived(*stored, derived);
    const auto saved = saveMap(*workspace, merged);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->revision, 2);
    const auto loaded = loadMap(workspace->connection(), stored->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->steps.size(), 6);
    QCOMPARE(loaded->steps[2].name, u"lint"_s);
    QVERIFY(loaded->steps[2].id > 0);
    QCOMPARE(loaded->steps[2].sourceKey, u"stage:lint"_s);
    QCOMPARE(loaded->steps[1].waitMs, 9 * Hour);
    QCOMPARE(loaded->steps[1].name, u"Code review"_s);
    QCOMPARE(loaded->periodFrom, Timestamp(1'775'001'600'000));
    QCOMPARE(loaded->statistic, Statistic::Median);
    QCOMPARE(loaded->edges.size(), saved->edges.size());
}

void TestMapStore::upgradesASchema3Workspace()
{
    // A workspace written before steps had a source key: schema 3 with one map, made with plain SQL.
    const QString file = m_dir.filePath(u"schema3.flowdeck"_s);
    {
        const QString name = u"schema3"_s;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            QVERIFY(query.exec(u"PRAGMA application_id = %1"_s.arg(store::Workspace::applicationId)));
            QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
            const QList<store::Migration> all = store::migrations(store::SqlDialect::Sqlite);
            for (const store::Migration &migration : all) {
                if (migration.version > 3)
                    break;
                for (const QString &statement : migration.statements)
                    QVERIFY2(query.exec(statement), qPrintable(statement + query.lastError().text()));
            }
            QVERIFY(query.exec(u"PRAGMA user_version = 3"_s));
            QVERIFY(query.exec(u"INSERT INTO value_streams (id, name, statistic, updated_at, revision) "
                               u"VALUES (5, 'Legacy', 'median', 1000, 3)"_s));
            QVERIFY(query.exec(u"INSERT INTO value_stream_steps (id, value_stream_id, position, name, kind, "
                               u"wait_ms, process_ms, measured) VALUES (50, 5, 1, 'Review', 'review', 7200000, "
                               u"1800000, 1), (51, 5, 0, 'Coding', 'coding', NULL, 3600000, 1)"_s));
            QVERIFY(query.exec(u"INSERT INTO value_stream_step_edges (value_stream_id, from_step_id, to_step_id) "
                               u"VALUES (5, 51, 50)"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    auto opened = store::Workspace::open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    const auto &workspace = *opened;
    QCOMPARE(workspace->schemaVersion(), store::currentSchemaVersion());
    QVERIFY(workspace->schemaVersion() >= 4);

    const auto legacy = loadMap(workspace->connection(), 5);
    QVERIFY2(legacy.ok(), qPrintable(legacy.errorMessage()));
    QCOMPARE(legacy->name, u"Legacy"_s);
    QCOMPARE(legacy->revision, 3);
    QCOMPARE(stepIds(*legacy), (QList<Id>{51, 50}));
    QCOMPARE(legacy->steps[0].waitMs, std::nullopt);
    QCOMPARE(legacy->steps[0].processMs, Hour);
    QCOMPARE(legacy->steps[1].waitMs, 2 * Hour);
    QCOMPARE(legacy->steps[1].processMs, 30 * Minute);
    QVERIFY(legacy->steps[0].sourceKey.isEmpty());
    QVERIFY(legacy->steps[1].sourceKey.isEmpty());
    QCOMPARE(legacy->edges, (QList<std::pair<Id, Id>>{{51, 50}}));

    // The upgraded map takes source keys.
    Map edited = *legacy;
    edited.steps[0].sourceKey = u"coding"_s;
    edited.steps[1].sourceKey = u"review"_s;
    const auto saved = saveMap(*workspace, edited);
    QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
    QCOMPARE(saved->revision, 4);
    const auto loaded = loadMap(workspace->connection(), 5);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->steps[0].sourceKey, u"coding"_s);
    QCOMPARE(loaded->steps[1].sourceKey, u"review"_s);
}

QTEST_GUILESS_MAIN(TestMapStore)
#include "tst_mapstore.moc"
