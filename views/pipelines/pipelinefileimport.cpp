// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinefileimport.h"

#include "graph/nativeformat.h"
#include "graph/pipelinestore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace flowdeck::views {

using namespace Qt::StringLiterals;

namespace {

struct PipelineFileImportText
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::views::PipelineFileImport)
};

} // namespace

QString pipelineFormatLabel(graph::PipelineFormat format)
{
    switch (format) {
    case graph::PipelineFormat::GitHubActions:
        return PipelineFileImportText::tr("GitHub Actions");
    case graph::PipelineFormat::GitLabCi:
        return PipelineFileImportText::tr("GitLab CI");
    case graph::PipelineFormat::Concourse:
        return PipelineFileImportText::tr("Concourse");
    case graph::PipelineFormat::Flowdeck:
        break;
    }
    return PipelineFileImportText::tr("Flowdeck");
}

Result<PipelineFileImport> importPipelineFileInto(const store::Workspace &workspace, const QString &path)
{
    auto format = graph::detectPipelineFormat(path);
    if (!format)
        return format.error();

    graph::PipelineSpec pipeline;
    PipelineFileImport imported;
    imported.format = pipelineFormatLabel(*format);
    QList<graph::Note> notes;
    if (*format == graph::PipelineFormat::Flowdeck) {
        auto loaded = graph::loadPipelineFile(path);
        if (!loaded)
            return loaded.error();
        pipeline = loaded->pipeline;
        notes = loaded->notes;
    } else {
        auto read = graph::importPipelineFile(path, *format);
        if (!read)
            return read.error();
        pipeline = read->pipeline;
        notes = read->notes;
        imported.unresolvedIncludes = read->unresolvedIncludes;
    }
    if (pipeline.name.isEmpty())
        pipeline.name = QFileInfo(path).completeBaseName();
    if (pipeline.stages.isEmpty())
        return Error{PipelineFileImportText::tr("%1 defines no stages; nothing was imported.")
                         .arg(QDir::toNativeSeparators(path))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            PipelineFileImportText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    // As 'flowdeck pipeline import' saves it: the format as the source and the name as the external id.
    graph::PipelineSaveOptions options;
    options.source = graph::pipelineFormatName(*format);
    options.externalId = pipeline.name;
    options.format = graph::pipelineFormatName(*format);
    options.definition = QString::fromUtf8(file.readAll());
    // Pipelines are known by their names (on the command line too): a name stays with one pipeline. Importing the
    // same pipeline again, from the same format, updates it.
    auto listings = graph::listPipelines(workspace.connection());
    if (!listings)
        return listings.error();
    for (const graph::PipelineListing &listing : std::as_const(*listings)) {
        if (listing.row.name == pipeline.name && listing.row.source != options.source) {
            return Error{PipelineFileImportText::tr("The workspace already has a pipeline named “%1”, from %2; %3 was "
                                                    "not imported. Give the pipeline in the file another name, or "
                                                    "import it with 'flowdeck pipeline import --name'.")
                             .arg(pipeline.name, listing.row.source, QDir::toNativeSeparators(path))};
        }
    }
    auto saved = graph::savePipeline(workspace, pipeline, options);
    if (!saved)
        return saved.error();

    imported.pipelineId = saved->pipelineId;
    imported.name = pipeline.name;
    imported.stageCount = int(pipeline.stages.size());
    imported.addedEnvironments = saved->addedEnvironments;
    for (const graph::Note &note : std::as_const(notes))
        imported.notes.append(graph::formatNote(note));
    return imported;
}

QString describeImport(const PipelineFileImport &imported, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    QStringList lines;
    const QString stages = imported.stageCount == 1
                               ? PipelineFileImportText::tr("1 stage")
                               : PipelineFileImportText::tr("%n stages", nullptr, imported.stageCount);
    //: "Imported “CI” from ci.yml (GitHub Actions): 5 stages."
    lines.append(PipelineFileImportText::tr("Imported “%1” from %2 (%3): %4.")
                     .arg(imported.name, file, imported.format, stages));
    if (!imported.addedEnvironments.isEmpty())
        lines.append(PipelineFileImportText::tr("New environments: %1.").arg(imported.addedEnvironments.join(u", "_s)));
    if (!imported.unresolvedIncludes.isEmpty())
        lines.append(PipelineFileImportText::tr("Not read (only local files are included): %1.")
                         .arg(imported.unresolvedIncludes.join(u"; "_s)));
    if (!imported.notes.isEmpty()) {
        const int count = int(imported.notes.size());
        lines.append(count == 1
                         ? PipelineFileImportText::tr("One thing in the file was not interpreted:")
                         : PipelineFileImportText::tr("%n things in the file were not interpreted:", nullptr, count));
        for (const QString &note : imported.notes)
            lines.append(u"• "_s + note);
    }
    return lines.join(u'\n');
}

} // namespace flowdeck::views
