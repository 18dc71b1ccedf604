// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/pipelinemodel.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::graph {

/// The kinds of pipeline definition Flowdeck reads. Flowdeck's own format is only recognised here; its
/// reader is the native pipeline format's.
enum class PipelineFormat
{
    GitHubActions,
    GitLabCi,
    Concourse,
    Flowdeck
};

/// The short name of a format, as the command line and the workspace (pipelines.format) spell it:
/// github, gitlab, concourse, flowdeck.
QString pipelineFormatName(PipelineFormat format);

/// The format with that short name (case does not matter), or nothing.
std::optional<PipelineFormat> pipelineFormatFromName(QStringView name);

/// A pipeline read from another tool's definition, with what the reader could not interpret.
struct ImportedPipeline
{
    PipelineFormat format = PipelineFormat::GitHubActions;
    /// Stages in the order the definition gives them; each stage's `needs` are its incoming edges.
    PipelineSpec pipeline;
    /// Everything left out or guessed, each with the file and line it is about.
    QList<Note> notes;
    /// Includes that were not read (GitLab `project:`, `remote:`, `template:`, `component:`, or a local file
    /// that is missing), as written: "project GNOME/citemplates, file templates/fedora.yml".
    QStringList unresolvedIncludes;
    /// The files that were read: the definition first, then its local includes in the order they were read.
    QStringList files;
};

/// Tells the format of a pipeline definition from its file name (.github/workflows/*.yml, *.gitlab-ci.yml) or
/// else its content (see docs/pipeline-import.md). A file that is not YAML, or whose kind cannot be told,
/// is an Error naming the file (and the line and column of a YAML error).
Result<PipelineFormat> detectPipelineFormat(const QString &path);

/// Reads a GitHub Actions workflow, a GitLab CI configuration (with its local includes) or a Concourse
/// pipeline into a PipelineSpec. The format is detected when not given. A file that is not YAML is an Error
/// naming the file, line and column; whatever the YAML holds that the reader cannot interpret becomes a Note.
/// A Flowdeck file is refused with an Error: the native format has its own reader.
Result<ImportedPipeline> importPipelineFile(const QString &path, std::optional<PipelineFormat> format = std::nullopt);

} // namespace flowdeck::graph
