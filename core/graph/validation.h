// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace flowdeck::graph {

enum class ProblemKind
{
    /// A stage or environment without a name.
    EmptyName,
    /// A name defined more than once.
    DuplicateName,
    /// A `needs` or `promotes_to` entry naming nothing defined.
    UnknownReference,
    /// Stages that need each other in a circle, or environments that promote back to themselves.
    Cycle,
    /// A stage kind or an environment tier that is not one of the known values.
    UnknownKind
};

/// What makes a definition unusable as a delivery graph.
struct Problem
{
    ProblemKind kind = ProblemKind::Cycle;
    /// The names concerned. Cycle: its members in the order of its edges, starting with the earliest defined and
    /// not repeated at the end (a stage that needs itself is a cycle of one). UnknownReference: the referring
    /// name, then the unknown one. DuplicateName and UnknownKind: the name. EmptyName: empty.
    QStringList names;
    /// What is wrong, translated, and where the (first) node concerned is defined.
    Note note;

    bool operator==(const Problem &) const = default;
};

/// The stage kinds a pipeline may use (StageKind in domain/pipeline.h); an empty kind means "other".
QStringList stageKinds();
/// The environment tiers (Tier in domain/delivery.h); an empty tier means "other".
QStringList environmentTiers();

/// Every problem of `pipeline`: stages without a name, names defined twice, needs that name no stage, unknown
/// kinds, and each cycle with its stages. Empty when the pipeline is a valid DAG.
QList<Problem> validate(const PipelineSpec &pipeline);

/// The same for the promotion graph: environments without a name, names defined twice, promotions to an
/// environment not defined, unknown tiers, and each cycle of promotions.
QList<Problem> validate(const EnvironmentGraphSpec &environments);

/// The problems as one message, one line each, with their places (formatNote()).
QString describeProblems(const QList<Problem> &problems);

} // namespace flowdeck::graph
