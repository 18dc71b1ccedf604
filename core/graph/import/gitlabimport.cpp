// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/import/gitlabimport.h"

#include "graph/import/gitlabconfig.h"
#include "graph/import/stagedraft.h"
#include "graph/import/stagekinds.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <array>

namespace flowdeck::graph::importers {

using namespace Qt::StringLiterals;

namespace {

/// Top-level keys that configure the pipeline rather than name a job.
const std::array<QLatin1StringView, 11> globalKeywords{
    "default"_L1, "variables"_L1, "workflow"_L1,      "include"_L1,      "stages"_L1, "types"_L1,
    "image"_L1,   "services"_L1,  "before_script"_L1, "after_script"_L1, "cache"_L1};

/// A job's stage: its name, and its place in the stage order (-1 for a stage that is not declared).
struct JobStage
{
    QString name;
    bool declared = false;
    int index = -1;
};

struct JobDraft
{
    StageDraft stage;
    JobStage jobStage;
    /// Whether the job says `needs:` at all; `needs: []` starts at once, no `needs` waits for the stage before.
    bool hasNeeds = false;
    /// Needs marked `optional: true`, which GitLab drops when the job is not in the pipeline.
    QSet<QString> optionalNeeds;
};

/// The stage order: .pre, the declared stages (GitLab's build, test, deploy when none are), .post.
QStringList stageOrder(const YamlValue &root, NoteList &notes)
{
    QStringList declared{u"build"_s, u"test"_s, u"deploy"_s};
    const YamlValue *stages = root.find(u"stages");
    if (!stages)
        stages = root.find(u"types");
    if (stages && stages->isSequence()) {
        declared.clear();
        for (const YamlValue &stage : stages->items) {
            if (stage.isScalar())
                declared.append(stage.scalar);
            else
                notes.add(stage.location, PipelineImport::tr("A stage is %1, not a name; it is left out.")
                                              .arg(stage.isOpaque() ? stage.tag : stage.typeName()));
        }
    } else if (stages) {
        notes.add(
            stages->location,
            PipelineImport::tr("stages is %1, not a list; GitLab's default stages are used.").arg(stages->typeName()));
    }
    declared.removeAll(u".pre"_s);
    declared.removeAll(u".post"_s);
    declared.removeDuplicates();
    return QStringList{u".pre"_s} + declared + QStringList{u".post"_s};
}

void readNeed(const YamlValue &need, JobDraft &draft, NoteList &notes)
{
    const QString &job = draft.stage.spec.name;
    if (need.isOpaque()) {
        notes.add(need.location,
                  PipelineImport::tr("A need of %1 is tagged %2 and is not followed.").arg(job, need.tag));
        return;
    }
    if (need.isScalar()) {
        draft.stage.needs.append({need.scalar, need.location});
        return;
    }
    if (!need.isMap()) {
        notes.add(need.location,
                  PipelineImport::tr("A need of %1 is %2, not a job; it is left out.").arg(job, need.typeName()));
        return;
    }
    if (const QString project = need.text(u"project"); !project.isEmpty()) {
        notes.add(need.location, PipelineImport::tr("%1 needs job %2 of project %3: another project's pipeline is not "
                                                    "part of this graph.")
                                     .arg(job, need.text(u"job"), project));
        return;
    }
    if (need.find(u"pipeline")) {
        notes.add(need.location,
                  PipelineImport::tr("%1 needs job %2 of another pipeline (pipeline: %3), which is not part "
                                     "of this graph.")
                      .arg(job, need.text(u"job"), need.text(u"pipeline")));
        return;
    }
    const YamlValue *name = need.find(u"job");
    if (!name || !name->isScalar()) {
        notes.add(need.location, PipelineImport::tr("A need of %1 has no job:; it is left out.").arg(job));
        return;
    }
    draft.stage.needs.append({name->scalar, name->location});
    if (need.text(u"optional") == "true"_L1)
        draft.optionalNeeds.insert(name->scalar);
}

void readNeeds(const YamlValue &needs, JobDraft &draft, NoteList &notes)
{
    const QString &job = draft.stage.spec.name;
    if (needs.isNull() || needs.isOpaque()) {
        notes.add(needs.location, needs.isNull()
                                      ? PipelineImport::tr("needs of %1 is empty; the job waits for the stage "
                                                           "before it, as without needs.")
                                            .arg(job)
                                      : PipelineImport::tr("needs of %1 is tagged %2 and is not followed; the "
                                                           "job waits for the stage before it.")
                                            .arg(job, needs.tag));
        return;
    }
    draft.hasNeeds = true;
    if (needs.isSequence()) {
        for (const YamlValue &need : needs.items)
            readNeed(need, draft, notes);
    } else {
        readNeed(needs, draft, notes);
    }
}

QString readEnvironment(const YamlValue &environment, const QString &job, NoteList &notes)
{
    const YamlValue *name = environment.isMap() ? environment.find(u"name") : &environment;
    if (name && name->isScalar() && !name->isOpaque())
        return name->scalar;
    notes.add(environment.location, PipelineImport::tr("The environment of %1 has no name that can be read; it is left "
                                                       "out.")
                                        .arg(job));
    return {};
}

/// The number of jobs `parallel:` starts: a count, or the sum over `matrix:` entries of their lists' products.
std::optional<int> parallelSize(const YamlValue &parallel, const QString &job, NoteList &notes)
{
    bool ok = false;
    if (parallel.isScalar()) {
        if (const int count = parallel.scalar.toInt(&ok); ok && count > 0)
            return count;
    } else if (const YamlValue *matrix = parallel.find(u"matrix"); matrix && matrix->isSequence()) {
        qint64 total = 0;
        for (const YamlValue &entry : matrix->items) {
            if (!entry.isMap()) {
                ok = false;
                break;
            }
            qint64 product = 1;
            for (const YamlEntry &variable : entry.entries)
                product *= variable.value.isSequence() ? qint64(variable.value.items.size()) : 1;
            total += product;
            ok = true;
        }
        if (ok && total <= std::numeric_limits<int>::max())
            return int(total);
    }
    notes.add(parallel.location,
              PipelineImport::tr("“parallel” of %1 is neither a count nor a list under “matrix”; the "
                                 "number of its jobs is unknown.")
                  .arg(job));
    return std::nullopt;
}

/// What a trigger job starts: the project, or the file of a child pipeline, as written.
QString triggerTarget(const YamlValue &trigger)
{
    if (trigger.isScalar())
        return trigger.scalar;
    if (const QString project = trigger.text(u"project"); !project.isEmpty())
        return project;
    const YamlValue *include = trigger.find(u"include");
    if (include && include->isSequence() && !include->items.empty())
        include = &include->items.front();
    if (!include)
        return {};
    if (include->isScalar())
        return include->scalar;
    for (const auto key : {u"local", u"file", u"template", u"artifact", u"remote", u"component"}) {
        if (const QString text = include->text(key); !text.isEmpty())
            return text;
    }
    return {};
}

JobDraft readJob(const YamlEntry &entry, const YamlValue &job, bool incomplete, const QStringList &order,
                 NoteList &notes)
{
    JobDraft draft;
    StageSpec &spec = draft.stage.spec;
    spec.name = entry.key;
    spec.location = entry.keyLocation;

    draft.jobStage.name = u"test"_s;
    if (const YamlValue *stage = job.find(u"stage"); stage && stage->isScalar() && !stage->isOpaque()) {
        draft.jobStage.name = stage->scalar;
        draft.jobStage.declared = true;
    } else if (stage) {
        notes.add(stage->location,
                  PipelineImport::tr("The stage of %1 is %2, not a name; GitLab's default stage, test, is "
                                     "used.")
                      .arg(entry.key, stage->isOpaque() ? stage->tag : stage->typeName()));
    } else if (incomplete) {
        notes.add(entry.keyLocation, PipelineImport::tr("%1 names no stage; GitLab's default stage, test, is used, "
                                                        "though a template that was not read may give it another.")
                                         .arg(entry.key));
    }
    draft.jobStage.index = int(order.indexOf(draft.jobStage.name));
    if (draft.jobStage.index < 0)
        notes.add(entry.keyLocation,
                  PipelineImport::tr("%1 is in stage %2, which is not in stages:; no job waits for it "
                                     "and it waits for no stage.")
                      .arg(entry.key, draft.jobStage.name));

    if (const YamlValue *needs = job.find(u"needs"))
        readNeeds(*needs, draft, notes);
    if (const YamlValue *environment = job.find(u"environment"))
        spec.environment = readEnvironment(*environment, entry.key, notes);
    if (const YamlValue *trigger = job.find(u"trigger"))
        spec.uses = triggerTarget(*trigger);
    if (const YamlValue *parallel = job.find(u"parallel"))
        spec.matrixSize = parallelSize(*parallel, entry.key, notes);
    const bool runs = job.find(u"script") || job.find(u"run") || job.find(u"trigger");
    if (!runs && !job.find(u"extends"))
        notes.add(entry.keyLocation, PipelineImport::tr("%1 has no script:, run: or trigger:; an include that was not "
                                                        "read may complete it.")
                                         .arg(entry.key));

    StageKindHints hints;
    hints.environment = spec.environment;
    hints.manualGate = job.text(u"when") == "manual"_L1;
    hints.names.append(entry.key);
    if (draft.jobStage.declared)
        hints.names.append(draft.jobStage.name);
    spec.kind = guessStageKind(hints);
    return draft;
}

} // namespace

Result<ImportedPipeline> importGitLabCi(const YamlFile &file)
{
    NoteList notes;
    auto config = loadGitLabConfig(file, notes);
    if (!config)
        return config.error();
    const YamlValue &root = config->root;

    ImportedPipeline result;
    result.format = PipelineFormat::GitLabCi;
    result.files = config->files;
    result.unresolvedIncludes = config->unresolvedIncludes;
    const QFileInfo info(file.path);
    result.pipeline.name =
        info.fileName() == ".gitlab-ci.yml"_L1 ? info.absoluteDir().dirName() : info.completeBaseName();

    const QStringList order = stageOrder(root, notes);
    GitLabExtends extends(root, notes);
    QList<JobDraft> jobs;
    for (const YamlEntry &entry : root.entries) {
        if (entry.key.startsWith(u'.') ||
            std::find(globalKeywords.begin(), globalKeywords.end(), entry.key) != globalKeywords.end())
            continue;
        if (!entry.value.isMap()) {
            notes.add(entry.keyLocation,
                      PipelineImport::tr("%1 is %2, not a job; it is left out.")
                          .arg(entry.key, entry.value.isOpaque() ? entry.value.tag : entry.value.typeName()));
            continue;
        }
        const YamlValue &job = extends.resolve(entry.key);
        jobs.append(readJob(entry, job, extends.isIncomplete(entry.key), order, notes));
    }

    // Jobs without needs wait for every job of the nearest earlier stage that has any.
    QList<QStringList> jobsByStage(order.size());
    QSet<QString> names;
    for (const JobDraft &job : std::as_const(jobs)) {
        names.insert(job.stage.spec.name);
        if (job.jobStage.index >= 0)
            jobsByStage[job.jobStage.index].append(job.stage.spec.name);
    }
    QList<StageDraft> drafts;
    for (JobDraft &job : jobs) {
        if (!job.hasNeeds) {
            for (int stage = job.jobStage.index - 1; stage >= 0; --stage) {
                if (jobsByStage.at(stage).isEmpty())
                    continue;
                for (const QString &name : jobsByStage.at(stage))
                    job.stage.needs.append({name, job.stage.spec.location});
                break;
            }
        }
        job.stage.needs.removeIf([&](const StageDraft::Need &need) {
            return job.optionalNeeds.contains(need.name) && !names.contains(need.name);
        });
        drafts.append(std::move(job.stage));
    }
    result.pipeline.stages =
        finishStages(drafts,
                     PipelineImport::tr("%1 needs %2, which is not a job here (it may come from an "
                                        "include that was not read); that edge is left out."),
                     notes);
    result.notes = notes.notes();
    return result;
}

} // namespace flowdeck::graph::importers
