// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

/// Flowdeck's own YAML files for a pipeline and for the promotion graph (docs/pipeline-format.md): meant to be
/// kept in source control, so what the writer produces is canonical and reads back to the same bytes.
namespace flowdeck::graph {

struct LoadedPipeline
{
    PipelineSpec pipeline;
    /// What was read but ignored (an unknown key), by place.
    QList<Note> notes;
};

struct LoadedEnvironments
{
    EnvironmentGraphSpec environments;
    QList<Note> notes;
};

enum class NativeDocument
{
    /// Not a Flowdeck file (or not YAML at all).
    None,
    /// A map with the key `pipeline`.
    Pipeline,
    /// A map with the key `environments` and without `pipeline`.
    Environments
};

/// Which kind of Flowdeck file `text` is, by its top-level keys; for telling the format of a file to import.
NativeDocument nativeDocumentKind(const QByteArray &text);

/// Reads a pipeline file. `fileName` is what messages and the stages' locations call the file. Not well-formed
/// YAML, a missing `pipeline:` name, a stage that is not a map or has no name, an unknown kind, `needs` that is
/// not a list, a value of the wrong type and a key given twice are errors, all of them in one message, each
/// with its file, line and column; an unknown key is a note. The stages are not validated (see validate()).
Result<LoadedPipeline> parsePipelineYaml(const QByteArray &text, const QString &fileName);

/// Reads an environments file, with the same rules: an unknown tier or a `promotes_to` that is not a list is
/// an error.
Result<LoadedEnvironments> parseEnvironmentsYaml(const QByteArray &text, const QString &fileName);

/// Reads the file at `path` with parsePipelineYaml(); an error when it cannot be read.
Result<LoadedPipeline> loadPipelineFile(const QString &path);
/// Reads the file at `path` with parseEnvironmentsYaml().
Result<LoadedEnvironments> loadEnvironmentsFile(const QString &path);

/// The pipeline in the canonical form: fixed key order, block style, two-space indents, text quoted only where
/// YAML would read it otherwise, UTF-8, "\n" line ends. An empty kind is written as "other".
QByteArray pipelineToYaml(const PipelineSpec &pipeline);

/// The promotion graph in the canonical form. An empty tier is written as "other".
QByteArray environmentsToYaml(const EnvironmentGraphSpec &environments);

} // namespace flowdeck::graph
