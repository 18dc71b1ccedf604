// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/mapstore.h"

#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace flowdeck::valuestream {

using namespace Qt::StringLiterals;

namespace {

struct MapStore
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::valuestream::MapStore)
};

QString quoted(const QString &text)
{
    return MapStore::tr("“%1”").arg(text);
}

/// A step as error messages name it: its name and its place along the stream (1-based).
QString stepLabel(const Map &map, int index)
{
    const QString name = map.steps[index].name.trimmed();
    if (name.isEmpty())
        return MapStore::tr("step %1").arg(index + 1);
    return MapStore::tr("step %1 %2").arg(index + 1).arg(quoted(name));
}

QString mapLabel(const QString &name)
{
    return name.trimmed().isEmpty() ? MapStore::tr("the value stream map") : quoted(name);
}

Error staleMap(const QString &name)
{
    return Error{MapStore::tr("The value stream map %1 was changed elsewhere since it was opened, so your changes were "
                              "not saved. Reload the map to see the other changes; your changes are kept so that you "
                              "can apply them again.")
                     .arg(mapLabel(name))};
}

Error invalidStep(const Map &map, int index, const QString &problem)
{
    return Error{MapStore::tr("The value stream map %1 cannot be saved: %2 %3")
                     .arg(mapLabel(map.name), stepLabel(map, index), problem)};
}

ValueStream streamRow(const Map &map)
{
    ValueStream row;
    row.id = map.id;
    row.name = map.name;
    row.serviceId = map.serviceId;
    row.state = mapStateKey(map.state);
    row.basedOnId = map.basedOnId;
    row.periodFrom = map.periodFrom;
    row.periodTo = map.periodTo;
    row.statistic = statisticKey(map.statistic);
    row.notes = map.notes;
    row.revision = map.revision;
    row.updatedAt = map.updatedAt;
    return row;
}

ValueStreamStep stepRow(const Step &step, Id mapId, int position)
{
    ValueStreamStep row;
    row.id = step.id;
    row.valueStreamId = mapId;
    row.position = position;
    row.name = step.name;
    row.kind = step.kind;
    row.processMs = step.processMs;
    row.waitMs = step.waitMs;
    row.pctCompleteAccurate = step.pctCompleteAccurate;
    row.people = step.people;
    row.wip = step.wip;
    row.measured = step.measured;
    row.notes = step.notes;
    row.improvementIdeas = step.improvementIdeas;
    if (!step.sourceKey.isEmpty())
        row.sourceKey = step.sourceKey;
    return row;
}

Step mapStep(const ValueStreamStep &row)
{
    Step step;
    step.id = row.id;
    step.sourceKey = row.sourceKey.value_or(QString());
    step.name = row.name;
    step.kind = row.kind;
    step.waitMs = row.waitMs;
    step.processMs = row.processMs;
    step.pctCompleteAccurate = row.pctCompleteAccurate;
    step.people = row.people;
    step.wip = row.wip;
    step.measured = row.measured;
    step.notes = row.notes;
    step.improvementIdeas = row.improvementIdeas;
    return step;
}

MapSummary summaryOf(const ValueStream &row)
{
    // The schema's CHECK keeps the state to the two keys.
    return MapSummary{
        row.id,        row.name,     row.serviceId, mapStateFromKey(row.state).value_or(MapState::Current),
        row.basedOnId, row.revision, row.updatedAt};
}

/// Refuses what the workspace must not hold, naming the step: the checks of saveMap()'s contract.
Result<void> validate(const Map &map)
{
    if (map.name.trimmed().isEmpty())
        return Error{MapStore::tr("The value stream map cannot be saved without a name.")};
    QHash<Id, int> indexOf;
    for (int i = 0; i < map.steps.size(); ++i) {
        const Step &step = map.steps[i];
        if (step.name.trimmed().isEmpty())
            return invalidStep(map, i, MapStore::tr("has no name."));
        if (step.waitMs && *step.waitMs < 0)
            return invalidStep(map, i, MapStore::tr("has a negative wait time (%1 ms).").arg(*step.waitMs));
        if (step.processMs && *step.processMs < 0)
            return invalidStep(map, i, MapStore::tr("has a negative process time (%1 ms).").arg(*step.processMs));
        if (step.pctCompleteAccurate && !(*step.pctCompleteAccurate >= 0.0 && *step.pctCompleteAccurate <= 100.0)) {
            return invalidStep(
                map, i,
                MapStore::tr("has a %C&A of %1; it must be between 0 and 100 %.").arg(*step.pctCompleteAccurate));
        }
        if (step.people && !(*step.people >= 0.0 && std::isfinite(*step.people)))
            return invalidStep(map, i, MapStore::tr("has %1 people; it must be 0 or more.").arg(*step.people));
        if (step.wip && *step.wip < 0)
            return invalidStep(map, i, MapStore::tr("has a WIP of %1; it must be 0 or more.").arg(*step.wip));
        if (const auto seen = indexOf.constFind(step.id); seen != indexOf.constEnd()) {
            return invalidStep(map, i,
                               MapStore::tr("has the same id (%1) as %2.").arg(step.id).arg(stepLabel(map, *seen)));
        }
        indexOf.insert(step.id, i);
    }
    QSet<std::pair<Id, Id>> seenEdges;
    for (const auto &[from, to] : map.edges) {
        const auto fromIndex = indexOf.constFind(from);
        const auto toIndex = indexOf.constFind(to);
        if (fromIndex == indexOf.constEnd() && toIndex == indexOf.constEnd()) {
            return Error{MapStore::tr("The value stream map %1 cannot be saved: its flow leads from a step with id %2 "
                                      "to a step with id %3, and it has neither.")
                             .arg(mapLabel(map.name))
                             .arg(from)
                             .arg(to)};
        }
        if (toIndex == indexOf.constEnd()) {
            return invalidStep(map, *fromIndex,
                               MapStore::tr("leads to a step with id %1, which the map does not have.").arg(to));
        }
        if (fromIndex == indexOf.constEnd()) {
            return invalidStep(map, *toIndex,
                               MapStore::tr("follows a step with id %1, which the map does not have.").arg(from));
        }
        if (from == to)
            return invalidStep(map, *fromIndex, MapStore::tr("leads to itself."));
        if (seenEdges.contains({from, to})) {
            return invalidStep(map, *fromIndex, MapStore::tr("leads to %1 twice.").arg(stepLabel(map, *toIndex)));
        }
        seenEdges.insert({from, to});
    }
    return {};
}

Result<void> exec(const QSqlDatabase &db, const QString &what, const QString &sql, const QVariantList &values,
                  int *rowsAffected = nullptr)
{
    auto query = store::runQuery(db, what, sql, values);
    if (!query)
        return query.error();
    if (rowsAffected)
        *rowsAffected = query->numRowsAffected();
    return {};
}

Result<bool> exists(const QSqlDatabase &db, const QString &table, Id id)
{
    auto query = store::runQuery(db, table, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id});
    if (!query)
        return query.error();
    return query->next();
}

/// Refuses a map whose service or original is gone, in words rather than as a foreign key failure.
Result<void> checkReferences(const QSqlDatabase &db, const Map &map)
{
    if (map.serviceId) {
        auto found = exists(db, u"services"_s, *map.serviceId);
        if (!found)
            return found.error();
        if (!*found) {
            return Error{MapStore::tr("The value stream map %1 cannot be saved: its service (id %2) is no longer in "
                                      "the workspace.")
                             .arg(mapLabel(map.name))
                             .arg(*map.serviceId)};
        }
    }
    if (map.basedOnId) {
        auto found = exists(db, u"value_streams"_s, *map.basedOnId);
        if (!found)
            return found.error();
        if (!*found) {
            return Error{MapStore::tr("The value stream map %1 cannot be saved: the map it is based on (id %2) is no "
                                      "longer in the workspace.")
                             .arg(mapLabel(map.name))
                             .arg(*map.basedOnId)};
        }
    }
    return {};
}

/// The map's row, inserted (a new map) or updated when the workspace still has the revision it was opened at.
/// Returns the stored map's id and revision.
Result<std::pair<Id, int>> storeHeader(QSqlDatabase &db, const Map &map, Timestamp now)
{
    ValueStream row = streamRow(map);
    row.updatedAt = now;
    if (map.id <= 0) {
        row.id = 0;
        row.revision = 1;
        store::TableWriter<ValueStream> writer(db);
        auto inserted = writer.insert(row);
        if (!inserted)
            return inserted.error();
        return std::pair{*inserted, 1};
    }
    int updated = 0;
    auto done =
        exec(db, u"value_streams"_s,
             u"UPDATE value_streams SET name = ?, service_id = ?, state = ?, based_on_id = ?, period_from = ?, "
             u"period_to = ?, statistic = ?, notes = ?, revision = revision + 1, updated_at = ? "
             u"WHERE id = ? AND revision = ?"_s,
             {store::toSql(row.name), store::toSql(row.serviceId), store::toSql(row.state), store::toSql(row.basedOnId),
              store::toSql(row.periodFrom), store::toSql(row.periodTo), store::toSql(row.statistic),
              store::toSql(row.notes), store::toSql(now), store::toSql(map.id), store::toSql(map.revision)},
             &updated);
    if (!done)
        return done.error();
    if (updated == 0) {
        auto found = exists(db, u"value_streams"_s, map.id);
        if (!found)
            return found.error();
        if (!*found) {
            return Error{MapStore::tr("The value stream map %1 was deleted elsewhere since it was opened, so your "
                                      "changes were not saved. Your changes are kept: save the map as a new one to "
                                      "keep them.")
                             .arg(mapLabel(map.name))};
        }
        return staleMap(map.name);
    }
    return std::pair{map.id, map.revision + 1};
}

/// Stores `map` inside the caller's transaction: saveMap() without the transaction, for copyAsFutureState() too.
Result<Map> storeMap(QSqlDatabase &db, const Map &map, Timestamp now)
{
    if (auto valid = validate(map); !valid)
        return valid.error();
    if (auto references = checkReferences(db, map); !references)
        return references.error();
    auto header = storeHeader(db, map, now);
    if (!header)
        return header.error();
    Map stored = map;
    stored.id = header->first;
    stored.revision = header->second;
    stored.updatedAt = now;

    QSet<Id> storedStepIds;
    if (map.id > 0) {
        auto rows = store::loadRows<ValueStreamStep>(db, u"value_stream_id = ?"_s, {stored.id});
        if (!rows)
            return rows.error();
        for (const ValueStreamStep &row : std::as_const(*rows))
            storedStepIds.insert(row.id);
    }
    // The flow is written anew below; removed steps go first so that nothing refers to them.
    if (auto done = exec(db, u"value_stream_step_edges"_s,
                         u"DELETE FROM value_stream_step_edges WHERE value_stream_id = ?"_s, {stored.id});
        !done)
        return done.error();
    QSet<Id> keptStepIds;
    for (const Step &step : map.steps) {
        if (storedStepIds.contains(step.id))
            keptStepIds.insert(step.id);
    }
    for (const Id id : std::as_const(storedStepIds)) {
        if (keptStepIds.contains(id))
            continue;
        if (auto done = exec(db, u"value_stream_steps"_s, u"DELETE FROM value_stream_steps WHERE id = ?"_s, {id});
            !done)
            return done.error();
    }

    // A step is updated when this map stored it; any other id (new, or a step copied from another map) is inserted.
    QHash<Id, Id> rowIdOf;
    store::TableWriter<ValueStreamStep> writer(db);
    QSqlQuery update(db);
    const QString updateSql = u"UPDATE value_stream_steps SET position = ?, name = ?, kind = ?, process_ms = ?, "
                              u"wait_ms = ?, pct_complete_accurate = ?, people = ?, wip = ?, measured = ?, notes = ?, "
                              u"improvement_ideas = ?, source_key = ? WHERE id = ? AND value_stream_id = ?"_s;
    if (!update.prepare(updateSql))
        return store::sqlError(u"value_stream_steps"_s, update.lastError());
    for (int i = 0; i < stored.steps.size(); ++i) {
        Step &step = stored.steps[i];
        const ValueStreamStep row = stepRow(step, stored.id, i);
        if (keptStepIds.contains(step.id)) {
            for (const QVariant &value :
                 {store::toSql(row.position), store::toSql(row.name), store::toSql(row.kind),
                  store::toSql(row.processMs), store::toSql(row.waitMs), store::toSql(row.pctCompleteAccurate),
                  store::toSql(row.people), store::toSql(row.wip), store::toSql(row.measured), store::toSql(row.notes),
                  store::toSql(row.improvementIdeas), store::toSql(row.sourceKey), store::toSql(row.id),
                  store::toSql(stored.id)})
                update.addBindValue(value);
            if (!update.exec())
                return store::sqlError(u"value_stream_steps"_s, update.lastError());
            rowIdOf.insert(step.id, step.id);
            continue;
        }
        auto inserted = writer.insert(row);
        if (!inserted)
            return inserted.error();
        rowIdOf.insert(step.id, *inserted);
        step.id = *inserted;
    }

    store::TableWriter<ValueStreamStepEdge> edgeWriter(db);
    for (auto &[from, to] : stored.edges) {
        from = rowIdOf.value(from);
        to = rowIdOf.value(to);
        auto inserted = edgeWriter.insert(ValueStreamStepEdge{0, stored.id, from, to});
        if (!inserted)
            return inserted.error();
    }
    return stored;
}

} // namespace

Result<QList<MapSummary>> listMaps(const QSqlDatabase &db)
{
    auto rows = store::loadRows<ValueStream>(db);
    if (!rows)
        return rows.error();
    QList<MapSummary> maps;
    maps.reserve(rows->size());
    for (const ValueStream &row : std::as_const(*rows))
        maps.append(summaryOf(row));
    // Sorted here rather than in SQL, so that both engines agree on the order of names whatever their collation.
    std::stable_sort(maps.begin(), maps.end(), [](const MapSummary &a, const MapSummary &b) {
        if (a.state != b.state)
            return a.state == MapState::Current;
        if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
            return byName < 0;
        return a.id < b.id;
    });
    return maps;
}

Result<Map> loadMap(const QSqlDatabase &db, Id id)
{
    auto streams = store::loadRows<ValueStream>(db, u"id = ?"_s, {id});
    if (!streams)
        return streams.error();
    if (streams->isEmpty())
        return Error{MapStore::tr("The workspace has no value stream map with id %1.").arg(id)};
    const ValueStream &row = streams->constFirst();
    const auto state = mapStateFromKey(row.state);
    if (!state) {
        return Error{MapStore::tr("The value stream map %1 has the unknown state %2; it must be current or future.")
                         .arg(quoted(row.name), quoted(row.state))};
    }
    const auto statistic = statisticFromKey(row.statistic);
    if (!statistic) {
        return Error{MapStore::tr("The value stream map %1 has the unknown statistic %2; it must be median or p85.")
                         .arg(quoted(row.name), quoted(row.statistic))};
    }
    Map map;
    map.id = row.id;
    map.name = row.name;
    map.serviceId = row.serviceId;
    map.state = *state;
    map.basedOnId = row.basedOnId;
    map.periodFrom = row.periodFrom;
    map.periodTo = row.periodTo;
    map.statistic = *statistic;
    map.notes = row.notes;
    map.revision = row.revision;
    map.updatedAt = row.updatedAt;

    auto steps = store::loadRows<ValueStreamStep>(db, u"value_stream_id = ?"_s, {id}, u"position, id"_s);
    if (!steps)
        return steps.error();
    map.steps.reserve(steps->size());
    for (const ValueStreamStep &step : std::as_const(*steps))
        map.steps.append(mapStep(step));
    auto edges = store::loadRows<ValueStreamStepEdge>(db, u"value_stream_id = ?"_s, {id});
    if (!edges)
        return edges.error();
    for (const ValueStreamStepEdge &edge : std::as_const(*edges)) {
        // The foreign keys keep an edge to its steps, but not to the same map: say so rather than draw it.
        if (map.indexOfStep(edge.fromStepId) < 0 || map.indexOfStep(edge.toStepId) < 0) {
            return Error{MapStore::tr("The value stream map %1 has a flow from step id %2 to step id %3, but not both "
                                      "steps are on the map.")
                             .arg(quoted(row.name))
                             .arg(edge.fromStepId)
                             .arg(edge.toStepId)};
        }
        map.edges.append({edge.fromStepId, edge.toStepId});
    }
    return map;
}

Result<Map> saveMap(const store::Workspace &workspace, const Map &map)
{
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Map> stored;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto done = storeMap(db, map, now);
        if (!done)
            return done.error();
        stored = std::move(*done);
        return {};
    });
    if (!written)
        return written.error();
    return std::move(*stored);
}

Result<void> deleteMap(const store::Workspace &workspace, Id id, int revision)
{
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto streams = store::loadRows<ValueStream>(db, u"id = ?"_s, {id});
        if (!streams)
            return streams.error();
        if (streams->isEmpty())
            return Error{
                MapStore::tr("The workspace has no value stream map with id %1; nothing was deleted.").arg(id)};
        const QString name = streams->constFirst().name;
        int deleted = 0;
        // Steps and edges go with the map (ON DELETE CASCADE); future states based on it keep their copy.
        if (auto done = exec(db, u"value_streams"_s, u"DELETE FROM value_streams WHERE id = ? AND revision = ?"_s,
                             {store::toSql(id), store::toSql(revision)}, &deleted);
            !done)
            return done.error();
        if (deleted == 0) {
            return Error{
                MapStore::tr("The value stream map %1 was changed elsewhere since it was opened, so it was not "
                             "deleted. Reload the map to see the changes, then delete it again if you still "
                             "want to.")
                    .arg(mapLabel(name))};
        }
        return {};
    });
}

Result<Map> copyAsFutureState(const store::Workspace &workspace, Id id)
{
    const Timestamp now = QDateTime::currentMSecsSinceEpoch();
    std::optional<Map> stored;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto original = loadMap(db, id);
        if (!original)
            return original.error();
        Map copy = *original;
        copy.id = 0;
        copy.revision = 0;
        copy.state = MapState::Future;
        copy.basedOnId = original->id;
        copy.name = MapStore::tr("%1 — future state").arg(original->name);
        // New ids for the copies, so that the edges name them and not the original's steps.
        QHash<Id, Id> copyIdOf;
        for (int i = 0; i < copy.steps.size(); ++i) {
            copyIdOf.insert(copy.steps[i].id, -(i + 1));
            copy.steps[i].id = -(i + 1);
        }
        for (auto &[from, to] : copy.edges) {
            from = copyIdOf.value(from);
            to = copyIdOf.value(to);
        }
        auto done = storeMap(db, copy, now);
        if (!done)
            return done.error();
        stored = std::move(*done);
        return {};
    });
    if (!written)
        return written.error();
    return std::move(*stored);
}

Result<std::optional<Map>> latestCurrentState(const QSqlDatabase &db, OptionalId serviceId)
{
    auto maps = listMaps(db);
    if (!maps)
        return maps.error();
    const MapSummary *latest = nullptr;
    for (const MapSummary &summary : std::as_const(*maps)) {
        if (summary.state == MapState::Current && summary.serviceId == serviceId &&
            (!latest || summary.updatedAt > latest->updatedAt))
            latest = &summary;
    }
    if (!latest)
        return std::optional<Map>();
    auto map = loadMap(db, latest->id);
    if (!map)
        return map.error();
    return std::optional<Map>(*map);
}

} // namespace flowdeck::valuestream
