// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"
#include "valuestream/valuestreammap.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::valuestream {

/// A stored map without its steps, for choosers.
struct MapSummary
{
    Id id = 0;
    QString name;
    OptionalId serviceId;
    MapState state = MapState::Current;
    OptionalId basedOnId;
    int revision = 1;
    Timestamp updatedAt = 0;

    bool operator==(const MapSummary &) const = default;
};

/// Every stored map, current states first, then by name.
Result<QList<MapSummary>> listMaps(const QSqlDatabase &db);

/// A stored map with its steps (in position order) and edges. An unknown id is an error naming it.
Result<Map> loadMap(const QSqlDatabase &db, Id id);

/// The most recently changed stored current state of the service (or, with none, of every service); nothing when
/// there is none. What `flowdeck valuestream` and reports show before deriving a map from the data.
Result<std::optional<Map>> latestCurrentState(const QSqlDatabase &db, OptionalId serviceId);

/// Stores a map in one transaction and returns it as stored: with row ids for new steps (id <= 0), edges renamed
/// to them, the revision incremented and updatedAt set. A new map (id 0) is inserted with revision 1. A stored map
/// must still have `map.revision` in the workspace, else nothing changes and the error says that someone else
/// changed the map since it was opened (optimistic locking); stored steps the map no longer has are deleted.
/// Refused with an error naming the step: an empty name, a negative time, %C&A outside 0..100, negative people or
/// WIP, an edge naming a step the map lacks.
Result<Map> saveMap(const store::Workspace &workspace, const Map &map);

/// Deletes a stored map (its steps and edges with it) when it still has `revision`.
Result<void> deleteMap(const store::Workspace &workspace, Id id, int revision);

/// Stores a copy of map `id` as its future state: state future, based on it, named "<name> — future state", with
/// copies of its steps (measured flags, source keys, notes and ideas kept) and edges. Returns the new map.
Result<Map> copyAsFutureState(const store::Workspace &workspace, Id id);

} // namespace flowdeck::valuestream
