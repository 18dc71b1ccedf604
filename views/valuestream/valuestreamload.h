// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/scopebar.h"
#include "domain/delivery.h"
#include "taskcontrol.h"
#include "valuestream/comparison.h"
#include "valuestream/simulation.h"
#include "valuestream/valuestreammap.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// What the Value stream page asks a load for.
struct ValueStreamRequest
{
    /// Read the workspace's services and the scope it keeps (else keep `settings` and store them).
    bool readWorkspace = true;
    ScopeBar::Settings settings;
    /// The service to map among several chosen; nothing: the first chosen (or all, when none is).
    OptionalId service;
    /// The statistic to derive with; nothing: the stored map's, else the median.
    std::optional<valuestream::Statistic> statistic;
};

/// What a load of the Value stream page found, read and derived on a worker thread.
struct ValueStreamLoad
{
    QString error;
    QList<Service> services;
    ScopeBar::Settings settings;
    /// The service mapped; nothing for every service together.
    OptionalId serviceId;
    /// The map derived from the scope's data.
    valuestream::Map derived;
    /// The current state to show: the service's stored one refreshed from the data (mergeDerived), else the derived
    /// map (not stored: id 0).
    valuestream::Map current;
    /// The newest stored future state based on the current one, its samples attached from the data.
    std::optional<valuestream::Map> future;
};

/// The lead times the what-if predicts for the maps on show, and their comparison.
struct LeadTimePrediction
{
    std::optional<valuestream::SimulationResult> current;
    std::optional<valuestream::SimulationResult> future;
    std::optional<valuestream::MapComparison> comparison;
    /// What could not be simulated or compared, in words.
    QString error;
};

/// Simulates the current state (and the future state, when there is one, compared with it) on the calling (worker)
/// thread, each with `trials` trials from `seed`.
LeadTimePrediction predictLeadTimes(const valuestream::Map &current, const std::optional<valuestream::Map> &future,
                                    int trials, quint64 seed);

/// Reads and derives for the Value stream page on the calling (worker) thread. A failure is in the result's error.
ValueStreamLoad loadValueStream(const std::shared_ptr<const store::Workspace> &workspace,
                                const ValueStreamRequest &request, const TaskControl &control);

} // namespace flowdeck::views
