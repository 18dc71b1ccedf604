// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/pipelinefile.h"

#include "graph/nativeformat.h"
#include "graph/pipelinestore.h"
#include "graph/validation.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace flowdeck::graph {

QString pipelineFormatTitle(PipelineFormat format)
{
    switch (format) {
    case PipelineFormat::GitHubActions:
        return PipelineFile::tr("GitHub Actions");
    case PipelineFormat::GitLabCi:
        return PipelineFile::tr("GitLab CI");
    case PipelineFormat::Concourse:
        return PipelineFile::tr("Concourse");
    case PipelineFormat::Flowdeck:
        break;
    }
    return PipelineFile::tr("Flowdeck");
}

Result<PipelineFileContents> readPipelineFile(const QString &path, std::optional<PipelineFormat> format)
{
    if (!format) {
        auto detected = detectPipelineFormat(path);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    PipelineFileContents contents;
    contents.format = *format;
    if (*format == PipelineFormat::Flowdeck) {
        auto loaded = loadPipelineFile(path);
        if (!loaded)
            return loaded.error();
        contents.pipeline = std::move(loaded->pipeline);
        contents.notes = std::move(loaded->notes);
    } else {
        auto imported = importPipelineFile(path, *format);
        if (!imported)
            return imported.error();
        contents.pipeline = std::move(imported->pipeline);
        contents.notes = std::move(imported->notes);
        contents.unresolvedIncludes = std::move(imported->unresolvedIncludes);
    }
    if (contents.pipeline.name.isEmpty())
        contents.pipeline.name = QFileInfo(path).completeBaseName();
    // Refused here, before anything is stored, with the file's places rather than later by the store.
    if (const QList<Problem> problems = validate(contents.pipeline); !problems.isEmpty()) {
        return Error{PipelineFile::tr("%1 cannot be imported:\n%2")
                         .arg(QDir::toNativeSeparators(path), describeProblems(problems))};
    }

    // Read once more for the workspace: the readers have just read it as UTF-8 text.
    QFile text(path);
    if (!text.open(QIODevice::ReadOnly))
        return Error{PipelineFile::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), text.errorString())};
    contents.definition = QString::fromUtf8(text.readAll());
    return contents;
}

Result<SavedPipelineFile> savePipelineFile(const store::Workspace &workspace, const PipelineFileContents &file,
                                           const QString &path, const std::optional<QString> &name)
{
    PipelineSpec pipeline = file.pipeline;
    if (name)
        pipeline.name = *name;

    PipelineSaveOptions options;
    options.source = pipelineFormatName(file.format);
    options.externalId = pipeline.name;
    options.format = options.source;
    options.definition = file.definition;

    // A name stays with one pipeline: the pipeline of the same source and name is updated, any other refuses it.
    auto listings = listPipelines(workspace.connection());
    if (!listings)
        return listings.error();
    bool stored = false;
    for (const PipelineListing &listing : std::as_const(*listings)) {
        if (listing.row.source == options.source && listing.row.externalId == options.externalId) {
            stored = true;
        } else if (listing.row.name == pipeline.name) {
            return Error{PipelineFile::tr("The workspace already has a pipeline named “%1”, from %2; %3 was not "
                                          "imported. Give the pipeline in the file another name, or import it with "
                                          "'flowdeck pipeline import --name'.")
                             .arg(pipeline.name, listing.row.source, QDir::toNativeSeparators(path))};
        }
    }

    auto saved = savePipeline(workspace, pipeline, options);
    if (!saved)
        return saved.error();
    SavedPipelineFile result;
    result.pipelineId = saved->pipelineId;
    result.name = pipeline.name;
    result.revision = saved->revision;
    result.created = !stored;
    result.addedEnvironments = saved->addedEnvironments;
    return result;
}

} // namespace flowdeck::graph
