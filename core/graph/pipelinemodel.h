// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::graph {

/// A place in a source file, for what an import or a load says about it. Line 0: the file as a whole.
struct SourceLocation
{
    QString file;
    int line = 0;
    int column = 0;

    bool operator==(const SourceLocation &) const = default;
};

/// Something a reader could not interpret or had to guess, with where it was.
struct Note
{
    SourceLocation location;
    QString message;

    bool operator==(const Note &) const = default;
};

/// One stage of a pipeline as defined: a job of a workflow, a GitLab job, a Concourse job, a native stage.
struct StageSpec
{
    /// Unique within its pipeline.
    QString name;
    /// One of the StageKind values (domain/pipeline.h).
    QString kind;
    /// The environment a deploy stage deploys to; empty for other stages.
    QString environment;
    /// The stages that must finish before this one starts, by name.
    QStringList needs;
    /// The number of combinations of a matrix job, when it has one.
    std::optional<int> matrixSize;
    /// A reusable workflow or template the stage runs (GitHub `uses:`), as written.
    QString uses;
    /// Where the stage is defined.
    SourceLocation location;

    bool operator==(const StageSpec &) const = default;
};

/// A pipeline as a graph of stages: the edges are the stages' `needs`.
struct PipelineSpec
{
    QString name;
    QList<StageSpec> stages;

    bool operator==(const PipelineSpec &) const = default;
};

/// One environment of the promotion graph.
struct EnvironmentSpec
{
    QString name;
    /// development, testing, staging, production or other (the Tier values of domain/delivery.h).
    QString tier;
    /// The environments changes are promoted to from here, by name.
    QStringList promotesTo;
    SourceLocation location;

    bool operator==(const EnvironmentSpec &) const = default;
};

struct EnvironmentGraphSpec
{
    QList<EnvironmentSpec> environments;

    bool operator==(const EnvironmentGraphSpec &) const = default;
};

/// The place as messages show it: "file:line:column", "file" for the file as a whole, "line:column" without a
/// file, and an empty string when nothing is known.
QString formatLocation(const SourceLocation &location);

/// The note as one line: its place (when known), a colon, its message.
QString formatNote(const Note &note);

} // namespace flowdeck::graph
