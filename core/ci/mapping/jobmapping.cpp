// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/mapping/jobmapping.h"

#include "domain/delivery.h"
#include "graph/validation.h"
#include "store/query.h"
#include "store/rows.h"
#include "store/tables.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace flowdeck::ci {

using namespace Qt::StringLiterals;

namespace {

/// The translation context of this file's messages.
struct JobMapping
{
    Q_DECLARE_TR_FUNCTIONS(flowdeck::ci::JobMapping)
};

/// The pipeline's name, or an error when there is no such pipeline.
Result<QString> pipelineName(const QSqlDatabase &db, Id pipelineId)
{
    auto found = store::runQuery(db, u"pipelines"_s, u"SELECT name FROM pipelines WHERE id = ?"_s, {pipelineId});
    if (!found)
        return found.error();
    if (!found->next())
        return Error{JobMapping::tr("There is no pipeline with the id %1 in this workspace.").arg(pipelineId)};
    return found->value(0).toString();
}

Result<StageLookup> loadLookup(const QSqlDatabase &db, Id pipelineId)
{
    StageLookup lookup;
    auto stages =
        store::runQuery(db, u"stages"_s, u"SELECT id, name FROM stages WHERE pipeline_id = ?"_s, {pipelineId});
    if (!stages)
        return stages.error();
    while (stages->next())
        lookup.byName.insert(stages->value(1).toString(), stages->value(0).toLongLong());
    auto mappings =
        store::runQuery(db, u"stage_mappings"_s,
                        u"SELECT job_name, stage_id FROM stage_mappings WHERE pipeline_id = ?"_s, {pipelineId});
    if (!mappings)
        return mappings.error();
    while (mappings->next())
        lookup.mapped.insert(mappings->value(0).toString(), store::fromSql<OptionalId>(mappings->value(1)));
    return lookup;
}

MappingChoice choiceOf(const StageLookup &lookup, const QString &jobName)
{
    const auto mapped = lookup.mapped.constFind(jobName);
    if (mapped == lookup.mapped.cend())
        return MappingChoice::automatic();
    return *mapped ? MappingChoice::stage(**mapped) : MappingChoice::noStage();
}

/// Moves the stored jobs of the pipeline (only those called `onlyName`, when given) to the stage the lookup
/// gives them. Inside the caller's transaction; returns how many changed.
Result<qint64> applyLookup(QSqlDatabase &db, Id pipelineId, const StageLookup &lookup,
                           const std::optional<QString> &onlyName)
{
    QString sql = u"SELECT j.id, j.name, j.group_name, j.stage_id FROM jobs j "
                  u"JOIN pipeline_runs r ON r.id = j.run_id WHERE r.pipeline_id = ?"_s;
    QVariantList values{pipelineId};
    if (onlyName) {
        sql += u" AND j.name = ?"_s;
        values.append(*onlyName);
    }
    auto jobs = store::runQuery(db, u"jobs"_s, sql, values);
    if (!jobs)
        return jobs.error();
    QList<std::pair<Id, OptionalId>> changes;
    while (jobs->next()) {
        const auto group = store::fromSql<std::optional<QString>>(jobs->value(2));
        const OptionalId stage = resolveStage(lookup, jobs->value(1).toString(), group).stageId;
        if (stage != store::fromSql<OptionalId>(jobs->value(3)))
            changes.append({jobs->value(0).toLongLong(), stage});
    }
    jobs->finish();
    if (changes.isEmpty())
        return 0;
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE jobs SET stage_id = ? WHERE id = ?"_s))
        return store::sqlError(u"jobs"_s, update.lastError());
    for (const auto &[id, stage] : std::as_const(changes)) {
        update.addBindValue(store::toSql(stage));
        update.addBindValue(id);
        if (!update.exec())
            return store::sqlError(u"jobs"_s, update.lastError());
    }
    return qint64(changes.size());
}

} // namespace

ResolvedStage automaticStage(const StageLookup &lookup, const QString &jobName, const std::optional<QString> &group)
{
    if (const auto named = lookup.byName.constFind(jobName); named != lookup.byName.cend())
        return {*named, StageMatch::Name};
    const qsizetype matrix = jobName.indexOf(u" ("_s);
    if (matrix > 0) {
        if (const auto named = lookup.byName.constFind(jobName.left(matrix)); named != lookup.byName.cend())
            return {*named, StageMatch::Matrix};
    }
    if (group) {
        if (const auto grouped = lookup.byName.constFind(*group); grouped != lookup.byName.cend())
            return {*grouped, StageMatch::Group};
    }
    return {};
}

ResolvedStage resolveStage(const StageLookup &lookup, const QString &jobName, const std::optional<QString> &group)
{
    if (const auto mapped = lookup.mapped.constFind(jobName); mapped != lookup.mapped.cend())
        return {*mapped, StageMatch::Mapping};
    return automaticStage(lookup, jobName, group);
}

Result<QList<MappablePipeline>> mappablePipelines(const store::Workspace &workspace)
{
    auto rows = store::runQuery(workspace.connection(), u"pipelines"_s,
                                u"SELECT p.id, p.name, s.name, count(j.id) FROM pipelines p "
                                u"JOIN pipeline_runs r ON r.pipeline_id = p.id "
                                u"JOIN jobs j ON j.run_id = r.id "
                                u"LEFT JOIN services s ON s.id = p.service_id "
                                u"GROUP BY p.id, p.name, s.name ORDER BY p.name, s.name, p.id"_s);
    if (!rows)
        return rows.error();
    QList<MappablePipeline> pipelines;
    while (rows->next()) {
        pipelines.append(MappablePipeline{rows->value(0).toLongLong(), rows->value(1).toString(),
                                          rows->value(2).toString(), rows->value(3).toLongLong()});
    }
    return pipelines;
}

Result<PipelineJobStages> jobStages(const store::Workspace &workspace, Id pipelineId)
{
    const QSqlDatabase db = workspace.connection();
    PipelineJobStages result;
    result.pipelineId = pipelineId;
    auto name = pipelineName(db, pipelineId);
    if (!name)
        return name.error();
    result.pipelineName = *name;
    auto stages = store::loadRows<Stage>(db, u"pipeline_id = ?"_s, {pipelineId}, u"position, name"_s);
    if (!stages)
        return stages.error();
    result.stages = std::move(*stages);
    auto lookup = loadLookup(db, pipelineId);
    if (!lookup)
        return lookup.error();

    // One row per name and group; a name's jobs take the group they carry most often (ties: the first by name).
    auto names = store::runQuery(db, u"jobs"_s,
                                 u"SELECT j.name, j.group_name, count(*) FROM jobs j "
                                 u"JOIN pipeline_runs r ON r.id = j.run_id WHERE r.pipeline_id = ? "
                                 u"GROUP BY j.name, j.group_name ORDER BY j.name, j.group_name"_s,
                                 {pipelineId});
    if (!names)
        return names.error();
    qint64 groupCount = 0;
    while (names->next()) {
        const QString jobName = names->value(0).toString();
        const auto group = store::fromSql<std::optional<QString>>(names->value(1));
        const qint64 count = names->value(2).toLongLong();
        if (result.jobs.isEmpty() || result.jobs.constLast().jobName != jobName) {
            JobStage job;
            job.jobName = jobName;
            result.jobs.append(job);
            groupCount = 0;
        }
        JobStage &job = result.jobs.last();
        job.jobs += count;
        if (count > groupCount) {
            job.group = group;
            groupCount = count;
        }
    }
    // Mappings whose jobs are not stored (any more) stay visible, so that they can be cleared.
    QStringList orphans;
    for (auto mapped = lookup->mapped.cbegin(); mapped != lookup->mapped.cend(); ++mapped) {
        const bool seen = std::any_of(result.jobs.cbegin(), result.jobs.cend(),
                                      [&](const JobStage &job) { return job.jobName == mapped.key(); });
        if (!seen)
            orphans.append(mapped.key());
    }
    orphans.sort();
    for (const QString &orphan : std::as_const(orphans)) {
        JobStage job;
        job.jobName = orphan;
        result.jobs.append(job);
    }
    for (JobStage &job : result.jobs) {
        job.choice = choiceOf(*lookup, job.jobName);
        job.automatic = automaticStage(*lookup, job.jobName, job.group);
        job.resolved = resolveStage(*lookup, job.jobName, job.group);
    }
    return result;
}

Result<qint64> setJobMapping(const store::Workspace &workspace, Id pipelineId, const QString &jobName,
                             const MappingChoice &choice)
{
    if (jobName.isEmpty())
        return Error{JobMapping::tr("A job mapping needs the name of the job.")};
    qint64 changed = 0;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto pipeline = pipelineName(db, pipelineId);
        if (!pipeline)
            return pipeline.error();
        if (choice.kind == MappingChoice::Kind::Stage) {
            auto stage =
                store::runQuery(db, u"stages"_s, u"SELECT pipeline_id FROM stages WHERE id = ?"_s, {choice.stageId});
            if (!stage)
                return stage.error();
            if (!stage->next() || stage->value(0).toLongLong() != pipelineId) {
                return Error{
                    JobMapping::tr("The stage with the id %1 is not a stage of the pipeline \"%2\": the job \"%3\" "
                                   "cannot be mapped onto it.")
                        .arg(choice.stageId)
                        .arg(*pipeline, jobName)};
            }
        }
        auto removed = store::runQuery(db, u"stage_mappings"_s,
                                       u"DELETE FROM stage_mappings WHERE pipeline_id = ? AND job_name = ?"_s,
                                       {pipelineId, jobName});
        if (!removed)
            return removed.error();
        if (choice.kind != MappingChoice::Kind::Automatic) {
            const OptionalId stage =
                choice.kind == MappingChoice::Kind::Stage ? OptionalId(choice.stageId) : OptionalId();
            auto inserted =
                store::runQuery(db, u"stage_mappings"_s,
                                u"INSERT INTO stage_mappings (pipeline_id, job_name, stage_id) VALUES (?, ?, ?)"_s,
                                {pipelineId, jobName, store::toSql(stage)});
            if (!inserted)
                return inserted.error();
        }
        auto lookup = loadLookup(db, pipelineId);
        if (!lookup)
            return lookup.error();
        auto applied = applyLookup(db, pipelineId, *lookup, jobName);
        if (!applied)
            return applied.error();
        changed = *applied;
        return {};
    });
    if (!written)
        return written.error();
    return changed;
}

Result<qint64> reapplyJobMappings(const store::Workspace &workspace, Id pipelineId)
{
    qint64 changed = 0;
    auto written = workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto pipeline = pipelineName(db, pipelineId);
        if (!pipeline)
            return pipeline.error();
        auto lookup = loadLookup(db, pipelineId);
        if (!lookup)
            return lookup.error();
        auto applied = applyLookup(db, pipelineId, *lookup, std::nullopt);
        if (!applied)
            return applied.error();
        changed = *applied;
        return {};
    });
    if (!written)
        return written.error();
    return changed;
}

Result<void> setEnvironmentTier(const store::Workspace &workspace, Id environmentId, const QString &tier)
{
    const QStringList tiers = graph::environmentTiers();
    if (!tiers.contains(tier)) {
        return Error{
            JobMapping::tr("\"%1\" is not an environment tier: use one of %2.").arg(tier, tiers.join(u", "_s))};
    }
    return workspace.write([&](QSqlDatabase &db) -> Result<void> {
        auto updated = store::runQuery(db, u"environments"_s, u"UPDATE environments SET tier = ? WHERE id = ?"_s,
                                       {tier, environmentId});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() == 0)
            return Error{
                JobMapping::tr("There is no environment with the id %1 in this workspace.").arg(environmentId)};
        return {};
    });
}

} // namespace flowdeck::ci
