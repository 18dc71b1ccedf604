// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/githubimport.h"

#include "graph/import/githubmatrix.h"
#include "graph/import/stagedraft.h"
#include "graph/import/stagekinds.h"

#include <QFileInfo>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

void readNeeds(const YamlValue &needs, StageDraft &draft, NoteList &notes)
{
    if (needs.isScalar()) {
        draft.needs.append({needs.scalar, needs.location});
        return;
    }
    if (!needs.isSequence()) {
        notes.add(
            needs.location,
            PipelineImport::tr("needs is %1, not a job name or a list of them; it is left out.").arg(needs.typeName()));
        return;
    }
    for (const YamlValue &item : needs.items) {
        if (item.isScalar())
            draft.needs.append({item.scalar, item.location});
        else
            notes.add(
                item.location,
                PipelineImport::tr("An entry of needs is %1, not a job name; it is left out.").arg(item.typeName()));
    }
}

QString readEnvironment(const YamlValue &environment, NoteList &notes)
{
    const YamlValue *name = &environment;
    if (environment.isMap()) {
        name = environment.find(u"name");
        if (!name) {
            notes.add(environment.location, PipelineImport::tr("The environment has no “name” key; it is left out."));
            return {};
        }
    }
    if (!name->isScalar()) {
        notes.add(name->location,
                  PipelineImport::tr("The environment is %1, not a name; it is left out.").arg(name->typeName()));
        return {};
    }
    if (isGitHubExpression(name->scalar))
        notes.add(name->location, PipelineImport::tr("The environment's name is an expression, known only when the job "
                                                     "runs; it is kept as written."));
    return name->scalar;
}

/// The actions the job's steps use, which say something of what the job does.
QStringList stepActions(const YamlValue &job)
{
    QStringList actions;
    const YamlValue *steps = job.find(u"steps");
    if (!steps || !steps->isSequence())
        return actions;
    for (const YamlValue &step : steps->items) {
        if (const QString uses = step.text(u"uses"); !uses.isEmpty())
            actions.append(uses);
    }
    return actions;
}

StageDraft readJob(const YamlEntry &entry, NoteList &notes)
{
    const YamlValue &job = entry.value;
    StageDraft draft;
    draft.spec.name = entry.key;
    draft.spec.location = entry.keyLocation;
    if (const YamlValue *needs = job.find(u"needs"))
        readNeeds(*needs, draft, notes);
    if (const YamlValue *environment = job.find(u"environment"))
        draft.spec.environment = readEnvironment(*environment, notes);
    if (const YamlValue *uses = job.find(u"uses")) {
        if (uses->isScalar())
            draft.spec.uses = uses->scalar;
        else
            notes.add(
                uses->location,
                PipelineImport::tr("uses is %1, not a workflow reference; it is left out.").arg(uses->typeName()));
    }
    if (const YamlValue *strategy = job.find(u"strategy")) {
        if (strategy->isScalar() && isGitHubExpression(strategy->scalar))
            notes.add(strategy->location, PipelineImport::tr("The strategy comes from an expression; a matrix in it is "
                                                             "not counted."));
        else if (const YamlValue *matrix = strategy->find(u"matrix"))
            draft.spec.matrixSize = githubMatrixSize(*matrix, notes);
    }

    StageKindHints hints;
    hints.environment = draft.spec.environment;
    hints.names.append(entry.key);
    if (const QString name = job.text(u"name"); !name.isEmpty() && !isGitHubExpression(name))
        hints.names.append(name);
    if (!draft.spec.uses.isEmpty())
        hints.names.append(QFileInfo(draft.spec.uses.section(u'@', 0, 0)).completeBaseName());
    hints.actions = stepActions(job);
    draft.spec.kind = guessStageKind(hints);
    return draft;
}

} // namespace

Result<ImportedPipeline> importGitHubWorkflow(const YamlFile &file)
{
    NoteList notes;
    notes.append(file.notes);
    auto document = definitionDocument(file, notes);
    if (!document)
        return document.error();
    const YamlValue &root = **document;

    ImportedPipeline result;
    result.format = PipelineFormat::GitHubActions;
    result.files.append(file.path);
    const QString name = root.text(u"name");
    result.pipeline.name = name.isEmpty() ? QFileInfo(file.path).completeBaseName() : name;

    // YAML 1.1 reads the key `on` as true; a file written back by such a reader says `true:`.
    if (!root.find(u"on") && !root.find(u"true"))
        notes.add(SourceLocation{file.path, 0, 0}, PipelineImport::tr("The workflow has no on: (what starts it)."));
    const YamlEntry *jobs = root.findEntry(u"jobs");
    if (!jobs)
        return Error{
            PipelineImport::tr("%1 has no “jobs” key, so it is not a GitHub Actions workflow.").arg(file.path)};
    if (!jobs->value.isMap())
        return Error{PipelineImport::tr("%1: jobs is %2; a workflow's jobs are a mapping from job id to job.")
                         .arg(describeLocation(jobs->value.location), jobs->value.typeName())};

    QList<StageDraft> drafts;
    for (const YamlEntry &entry : jobs->value.entries) {
        if (!entry.value.isMap()) {
            notes.add(entry.keyLocation, PipelineImport::tr("Job %1 is %2, not a mapping; it is left out.")
                                             .arg(entry.key, entry.value.typeName()));
            continue;
        }
        drafts.append(readJob(entry, notes));
    }
    result.pipeline.stages = finishStages(
        drafts, PipelineImport::tr("Job %1 needs %2, which is not a job of this workflow; that edge is left out."),
        notes);
    result.notes = notes.notes();
    return result;
}

} // namespace flowdeck::graph::importers
