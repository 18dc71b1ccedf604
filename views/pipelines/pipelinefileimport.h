// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include "graph/import/pipelineimport.h"

namespace flowdeck::store {
class Workspace;
}

namespace flowdeck::views {

/// The format's name for people: "GitHub Actions", "GitLab CI", "Concourse", "Flowdeck"; the same as
/// graph::pipelineFormatTitle(), under the name the page knows it by.
QString pipelineFormatLabel(graph::PipelineFormat format);

/// What importing a pipeline file stored, and what it has to say about the file.
struct PipelineFileImport
{
    Id pipelineId = 0;
    QString name;
    /// The format's name for people: "GitHub Actions", "GitLab CI", "Concourse", "Flowdeck".
    QString format;
    int stageCount = 0;
    /// What the reader could not interpret or had to guess, one line each with its file and line.
    QStringList notes;
    /// Includes that were not read, as written.
    QStringList unresolvedIncludes;
    /// Environments the stages deploy to that the workspace did not have yet.
    QStringList addedEnvironments;
};

/// Reads the pipeline definition at `path` (a GitHub Actions workflow, a GitLab CI configuration, a Concourse
/// pipeline or a Flowdeck pipeline file; the format is told from the file) and saves it into `workspace` as
/// 'flowdeck pipeline import' does (graph::readPipelineFile(), graph::savePipelineFile()), replacing the pipeline
/// of the same name imported from the same format before. A name taken by a pipeline from elsewhere, and a file
/// that defines no stages, are refused. Blocks: run it on a worker thread.
Result<PipelineFileImport> importPipelineFileInto(const store::Workspace &workspace, const QString &path);

/// The import's result as one message for the page: what was stored, then every note.
QString describeImport(const PipelineFileImport &imported, const QString &path);

} // namespace flowdeck::views
