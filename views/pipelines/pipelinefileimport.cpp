// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelines/pipelinefileimport.h"

#include "graph/import/pipelinefile.h"

#include <QCoreApplication>
#include <QDir>
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
    return graph::pipelineFormatTitle(format);
}

Result<PipelineFileImport> importPipelineFileInto(const store::Workspace &workspace, const QString &path)
{
    auto file = graph::readPipelineFile(path);
    if (!file)
        return file.error();
    // The page has nothing to draw for an empty pipeline.
    if (file->pipeline.stages.isEmpty())
        return Error{PipelineFileImportText::tr("%1 defines no stages; nothing was imported.")
                         .arg(QDir::toNativeSeparators(path))};
    auto saved = graph::savePipelineFile(workspace, *file, path);
    if (!saved)
        return saved.error();

    PipelineFileImport imported;
    imported.pipelineId = saved->pipelineId;
    imported.name = saved->name;
    imported.format = pipelineFormatLabel(file->format);
    imported.stageCount = int(file->pipeline.stages.size());
    imported.unresolvedIncludes = file->unresolvedIncludes;
    imported.addedEnvironments = saved->addedEnvironments;
    for (const graph::Note &note : std::as_const(file->notes))
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
