// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/concourseimport.h"

#include "graph/import/stagedraft.h"
#include "graph/import/stagekinds.h"

#include <QFileInfo>
#include <QSet>

#include <array>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

const std::array<QStringView, 9> stepKeys{u"get",         u"put",       u"task", u"set_pipeline", u"load_var",
                                          u"in_parallel", u"aggregate", u"do",   u"try"};
const std::array<QStringView, 5> hookKeys{u"on_success", u"on_failure", u"on_error", u"on_abort", u"ensure"};

/// A job as its plan is read: the stage, and whether any of its resources starts it.
struct JobDraft
{
    StageDraft stage;
    bool triggered = false;
};

void readStep(const YamlValue &step, JobDraft &draft, NoteList &notes);

void readSteps(const YamlValue &steps, const QString &key, JobDraft &draft, NoteList &notes)
{
    if (!steps.isSequence()) {
        notes.add(steps.location,
                  PipelineImport::tr("%1 is %2, not a list of steps; it is not read.").arg(key, steps.typeName()));
        return;
    }
    for (const YamlValue &step : steps.items)
        readStep(step, draft, notes);
}

void readPassed(const YamlValue &passed, JobDraft &draft, NoteList &notes)
{
    if (passed.isScalar()) {
        draft.stage.needs.append({passed.scalar, passed.location});
        return;
    }
    if (!passed.isSequence()) {
        notes.add(passed.location,
                  PipelineImport::tr("passed is %1, not a list of jobs; it is left out.").arg(passed.typeName()));
        return;
    }
    for (const YamlValue &job : passed.items) {
        if (job.isScalar())
            draft.stage.needs.append({job.scalar, job.location});
        else
            notes.add(
                job.location,
                PipelineImport::tr("An entry of passed is %1, not a job name; it is left out.").arg(job.typeName()));
    }
}

void readStep(const YamlValue &step, JobDraft &draft, NoteList &notes)
{
    if (!step.isMap()) {
        notes.add(step.location,
                  PipelineImport::tr("A step is %1, not a mapping; it is not read.").arg(step.typeName()));
        return;
    }
    const bool known =
        std::any_of(stepKeys.begin(), stepKeys.end(), [&](QStringView key) { return step.find(key) != nullptr; });
    if (!known)
        notes.add(step.location, PipelineImport::tr("This step is none of get, put, task, set_pipeline, load_var, "
                                                    "in_parallel, do and try; it is not read."));
    if (step.find(u"get")) {
        if (const YamlValue *passed = step.find(u"passed"))
            readPassed(*passed, draft, notes);
        draft.triggered = draft.triggered || step.text(u"trigger") == "true"_L1;
    }
    for (const QStringView key : {QStringView(u"in_parallel"), QStringView(u"aggregate")}) {
        const YamlValue *parallel = step.find(key);
        if (!parallel)
            continue;
        // in_parallel is a list of steps, or a mapping with the list under steps: (and limit:, fail_fast:).
        if (parallel->isMap()) {
            if (const YamlValue *steps = parallel->find(u"steps"))
                readSteps(*steps, "steps"_L1, draft, notes);
            else
                notes.add(parallel->location, PipelineImport::tr("%1 has no “steps” key; it is not read.").arg(key));
        } else {
            readSteps(*parallel, key.toString(), draft, notes);
        }
    }
    if (const YamlValue *steps = step.find(u"do"))
        readSteps(*steps, "do"_L1, draft, notes);
    if (const YamlValue *inner = step.find(u"try"))
        readStep(*inner, draft, notes);
    for (const QStringView key : hookKeys) {
        if (const YamlValue *hook = step.find(key))
            readStep(*hook, draft, notes);
    }
}

} // namespace

Result<ImportedPipeline> importConcoursePipeline(const YamlFile &file)
{
    NoteList notes;
    notes.append(file.notes);
    auto document = definitionDocument(file, notes);
    if (!document)
        return document.error();
    const YamlValue &root = **document;

    ImportedPipeline result;
    result.format = PipelineFormat::Concourse;
    result.files.append(file.path);
    result.pipeline.name = QFileInfo(file.path).completeBaseName();
    const YamlValue *jobs = root.find(u"jobs");
    if (!jobs)
        return Error{PipelineImport::tr("%1 has no “jobs” key, so it is not a Concourse pipeline.").arg(file.path)};
    if (!jobs->isSequence())
        return Error{PipelineImport::tr("%1: jobs is %2; a Concourse pipeline's jobs are a list.")
                         .arg(describeLocation(jobs->location), jobs->typeName())};

    QList<StageDraft> drafts;
    QSet<QString> names;
    for (const YamlValue &job : jobs->items) {
        const YamlValue *name = job.isMap() ? job.find(u"name") : nullptr;
        if (!name || !name->isScalar() || name->scalar.isEmpty()) {
            notes.add(job.location, PipelineImport::tr("A job without a name is left out."));
            continue;
        }
        if (names.contains(name->scalar)) {
            notes.add(name->location,
                      PipelineImport::tr("There is already a job named %1; this one is left out.").arg(name->scalar));
            continue;
        }
        names.insert(name->scalar);
        JobDraft draft;
        draft.stage.spec.name = name->scalar;
        draft.stage.spec.location = job.location;
        if (const YamlValue *plan = job.find(u"plan"))
            readSteps(*plan, "plan"_L1, draft, notes);
        else
            notes.add(job.location, PipelineImport::tr("Job %1 has no “plan” key.").arg(name->scalar));
        // No resource starts a job without a triggering get: it runs when someone starts it, a gate.
        StageKindHints hints;
        hints.manualGate = !draft.triggered;
        hints.names.append(name->scalar);
        draft.stage.spec.kind = guessStageKind(hints);
        drafts.append(std::move(draft.stage));
    }
    result.pipeline.stages = finishStages(
        drafts,
        PipelineImport::tr("Job %1 takes a resource that passed %2, which is not a job of this pipeline; that "
                           "edge is left out."),
        notes);
    result.notes = notes.notes();
    return result;
}

} // namespace flowdeck::graph::importers
