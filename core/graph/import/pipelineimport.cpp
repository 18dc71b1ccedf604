// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/pipelineimport.h"

#include "graph/import/concourseimport.h"
#include "graph/import/formatdetection.h"
#include "graph/import/githubimport.h"
#include "graph/import/gitlabimport.h"
#include "graph/import/yamltree.h"

#include <algorithm>
#include <tuple>

namespace flowdeck::graph {

using namespace Qt::StringLiterals;

namespace {

Result<PipelineFormat> detect(const QString &path, const importers::YamlFile &file)
{
    importers::NoteList notes;
    auto document = importers::definitionDocument(file, notes);
    if (!document)
        return document.error();
    if (auto format = importers::formatFromFileName(path))
        return *format;
    if (auto format = importers::formatFromContent(**document))
        return *format;
    return Error{PipelineImport::tr("%1 is none of the pipeline definitions Flowdeck reads (GitHub Actions, GitLab CI, "
                                    "Concourse, Flowdeck): name its format.")
                     .arg(path)};
}

/// Notes in reading order: by file (the definition, then its includes as read), line and column.
ImportedPipeline sortedNotes(ImportedPipeline imported)
{
    const auto rank = [&](const Note &note) {
        const qsizetype file = imported.files.indexOf(note.location.file);
        return std::tuple(file < 0 ? imported.files.size() : file, note.location.line, note.location.column);
    };
    std::stable_sort(imported.notes.begin(), imported.notes.end(),
                     [&](const Note &a, const Note &b) { return rank(a) < rank(b); });
    return imported;
}

Result<ImportedPipeline> sorted(Result<ImportedPipeline> imported)
{
    if (!imported)
        return imported;
    return sortedNotes(std::move(*imported));
}

} // namespace

QString pipelineFormatName(PipelineFormat format)
{
    switch (format) {
    case PipelineFormat::GitHubActions:
        return u"github"_s;
    case PipelineFormat::GitLabCi:
        return u"gitlab"_s;
    case PipelineFormat::Concourse:
        return u"concourse"_s;
    case PipelineFormat::Flowdeck:
        return u"flowdeck"_s;
    }
    return {};
}

std::optional<PipelineFormat> pipelineFormatFromName(QStringView name)
{
    for (const PipelineFormat format : {PipelineFormat::GitHubActions, PipelineFormat::GitLabCi,
                                        PipelineFormat::Concourse, PipelineFormat::Flowdeck}) {
        if (name.compare(pipelineFormatName(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

Result<PipelineFormat> detectPipelineFormat(const QString &path)
{
    auto file = importers::readYamlFile(path);
    if (!file)
        return file.error();
    return detect(path, *file);
}

Result<ImportedPipeline> importPipelineFile(const QString &path, std::optional<PipelineFormat> format)
{
    auto file = importers::readYamlFile(path);
    if (!file)
        return file.error();
    if (!format) {
        auto detected = detect(path, *file);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    switch (*format) {
    case PipelineFormat::GitHubActions:
        return sorted(importers::importGitHubWorkflow(*file));
    case PipelineFormat::GitLabCi:
        return sorted(importers::importGitLabCi(*file));
    case PipelineFormat::Concourse:
        return sorted(importers::importConcoursePipeline(*file));
    case PipelineFormat::Flowdeck:
        break;
    }
    return Error{
        PipelineImport::tr("%1 is in Flowdeck's own pipeline format: it is loaded as it is, not imported.").arg(path)};
}

} // namespace flowdeck::graph
