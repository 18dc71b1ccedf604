// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "graph/import/pipelineimport.h"
#include "graph/pipelinemodel.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flowdeck::store {
class Workspace;
}

/// Importing any pipeline file into a workspace, the one way the command line and the Pipelines page both do it,
/// so that the same file imported from either updates one pipeline.
namespace flowdeck::graph {

/// The translation context of the messages of a pipeline file's import.
struct PipelineFile
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::graph::PipelineFile)
};

/// The format's name for people: "GitHub Actions", "GitLab CI", "Concourse", "Flowdeck".
QString pipelineFormatTitle(PipelineFormat format);

/// A pipeline file as read, before it is saved.
struct PipelineFileContents
{
    PipelineFormat format = PipelineFormat::Flowdeck;
    /// A valid pipeline (validate() finds nothing), named as the file names it.
    PipelineSpec pipeline;
    /// What the reader could not interpret or had to guess, each with its file and line.
    QList<Note> notes;
    /// Includes that were not read, as written (GitLab CI only).
    QStringList unresolvedIncludes;
    /// The file's text, kept in the workspace as pipelines.definition.
    QString definition;
};

/// Reads a GitHub Actions workflow, a GitLab CI configuration, a Concourse pipeline or a Flowdeck pipeline file
/// (told from the file when `format` is not given; a Flowdeck file with the native reader, the others with
/// importPipelineFile()). A file that cannot be read or parsed is an error naming the file, line and column; one
/// whose stages validate() finds problems in (a cycle, an unknown need) is an error naming the file and each
/// problem's place, since it could not be saved. A pipeline the file gives no name is named after the file.
Result<PipelineFileContents> readPipelineFile(const QString &path, std::optional<PipelineFormat> format = std::nullopt);

/// What saving a pipeline file stored.
struct SavedPipelineFile
{
    Id pipelineId = 0;
    /// The name it was saved under.
    QString name;
    /// The revision now stored: 1 for a new pipeline.
    int revision = 1;
    /// False when a pipeline imported from the same format under the same name was updated.
    bool created = true;
    /// Environments the stages deploy to that the workspace did not have yet, added with the tier "other".
    QStringList addedEnvironments;
};

/// Saves the pipeline of `file`, read from `path`, into `workspace` under `name` (the file's own name when not
/// given), with its format as the source, the name as the external id and the file's format and text: importing
/// the same pipeline again, from the same format, updates it. The commands and the page know pipelines by their
/// names, so a name taken by a pipeline from elsewhere is refused with a message naming its source and `path`,
/// and nothing is stored. Blocks: run it on a worker thread in the GUI.
Result<SavedPipelineFile> savePipelineFile(const store::Workspace &workspace, const PipelineFileContents &file,
                                           const QString &path, const std::optional<QString> &name = std::nullopt);

} // namespace flowdeck::graph
