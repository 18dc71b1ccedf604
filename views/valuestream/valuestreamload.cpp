// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuestream/valuestreamload.h"

#include "overview/workspacesummary.h"
#include "store/workspace.h"
#include "valuestream/derivation.h"
#include "valuestream/mapstore.h"

#include <QDate>

#include <algorithm>

namespace flowdeck::views {

ValueStreamLoad loadValueStream(const std::shared_ptr<const store::Workspace> &workspace,
                                const ValueStreamRequest &request, const TaskControl &control)
{
    ValueStreamLoad load;
    load.settings = request.settings;
    // connection() opens this worker thread's own connection.
    const QSqlDatabase db = workspace->connection();
    auto summary = loadWorkspaceSummary(db, 0);
    if (!summary) {
        load.error = summary.errorMessage();
        return load;
    }
    load.services = summary->services;
    if (request.readWorkspace)
        load.settings = ScopeBar::readSettings(*workspace);
    else
        (void)ScopeBar::writeSettings(*workspace, request.settings); // a read-only workspace keeps nothing
    // A service removed since the scope was kept no longer narrows it.
    QList<Id> known;
    for (const Id id : std::as_const(load.settings.serviceIds)) {
        if (std::any_of(load.services.cbegin(), load.services.cend(), [id](const Service &s) { return s.id == id; }))
            known.append(id);
    }
    load.settings.serviceIds = known;
    if (request.service && known.contains(*request.service))
        load.serviceId = request.service;
    else if (!known.isEmpty())
        load.serviceId = known.constFirst();

    // The stored maps of the service: its newest current state, and the newest future state based on it.
    auto maps = valuestream::listMaps(db);
    if (!maps) {
        load.error = maps.errorMessage();
        return load;
    }
    const valuestream::MapSummary *current = nullptr;
    for (const valuestream::MapSummary &map : std::as_const(*maps)) {
        if (map.state == valuestream::MapState::Current && map.serviceId == load.serviceId &&
            (!current || map.updatedAt > current->updatedAt))
            current = &map;
    }
    const valuestream::MapSummary *future = nullptr;
    if (current) {
        for (const valuestream::MapSummary &map : std::as_const(*maps)) {
            if (map.state == valuestream::MapState::Future && map.basedOnId == current->id &&
                (!future || map.updatedAt > future->updatedAt))
                future = &map;
        }
    }
    std::optional<valuestream::Map> storedCurrent;
    if (current) {
        auto map = valuestream::loadMap(db, current->id);
        if (!map) {
            load.error = map.errorMessage();
            return load;
        }
        storedCurrent = *map;
    }

    const metrics::Scope scope = ScopeBar::scopeOf(load.settings, QDate::currentDate());
    valuestream::DerivationScope derivation{
        scope.from, scope.to, load.serviceId,
        request.statistic.value_or(storedCurrent ? storedCurrent->statistic : valuestream::Statistic::Median)};
    auto derived = valuestream::deriveMap(db, derivation, control);
    if (!derived) {
        load.error = derived.errorMessage();
        return load;
    }
    load.derived = *derived;
    load.current = storedCurrent ? valuestream::mergeDerived(*storedCurrent, *derived) : *derived;
    if (future) {
        auto map = valuestream::loadMap(db, future->id);
        if (!map) {
            load.error = map.errorMessage();
            return load;
        }
        valuestream::attachSamples(*map, *derived);
        load.future = *map;
    }
    return load;
}

LeadTimePrediction predictLeadTimes(const valuestream::Map &current, const std::optional<valuestream::Map> &future,
                                    int trials, quint64 seed)
{
    LeadTimePrediction prediction;
    if (!current.steps.isEmpty()) {
        auto result = valuestream::simulate(valuestream::simulationSteps(current), current.edges, trials, seed);
        if (result)
            prediction.current = *result;
        else
            prediction.error = result.errorMessage();
    }
    if (future && !future->steps.isEmpty()) {
        auto result = valuestream::simulate(valuestream::simulationSteps(*future), future->edges, trials, seed);
        if (result)
            prediction.future = *result;
        else
            prediction.error = result.errorMessage();
        auto comparison = valuestream::compareMaps(current, *future);
        if (comparison)
            prediction.comparison = *comparison;
        else
            prediction.error = comparison.errorMessage();
    }
    return prediction;
}

} // namespace flowdeck::views
