// SPDX-License-Identifier: GPL-3.0-or-later
// Pipelines and jobs (and bridges, GitLab's trigger jobs) read into run and job records.
#include "ci/gitlab/gitlabreading.h"

#include "domain/delivery.h"

#include <cmath>

namespace flowdeck::ci::gitlab::detail {

using namespace Qt::StringLiterals;

Result<void> readPipeline(const json::Object &object, const Item &item)
{
    std::optional<QString> id = readId(object.value("id"_L1));
    if (!id)
        return item.missingKey(Messages::tr("pipeline"), "id"_L1, object.value("id"_L1));
    RunRecord run;
    run.externalId = std::move(*id);
    const auto label = [&] {
        return Messages::tr("pipeline %1").arg(run.externalId);
    };
    run.project = projectOf(item.context, object.value("project_id"_L1));
    run.pipelineName = pipelineNameOf(run.project);
    if (const json::Value iid = object.value("iid"_L1); iid.isDouble())
        run.number = iid.toInteger();
    run.commitOid = readText(object.value("sha"_L1));
    // A tag pipeline's ref is the tag, not a branch.
    if (!object.value("tag"_L1).toBool())
        run.branch = readText(object.value("ref"_L1));
    run.event = readText(object.value("source"_L1));
    const std::optional<StatusCode> status = readStatus(object, pipelineStatus, item, label);
    run.status = statusText(status.value_or(StatusCode::Running));
    // The list omits started_at and finished_at: they are unknown there, and known once the pipeline itself is read.
    run.createdAt = readTime(object, "created_at"_L1, item, label);
    run.startedAt = readTime(object, "started_at"_L1, item, label);
    run.finishedAt = readTime(object, "finished_at"_L1, item, label);
    orderTimes(run.createdAt, run.startedAt, run.finishedAt, status, item, label);
    run.url = readText(object.value("web_url"_L1));
    item.batch.runs.append(std::move(run));
    return {};
}

// GCC 12 warns that the time inside `created` may be read uninitialised where it is read only when set (GCC's
// bug 80635, about std::optional); the warning is off for this function only, and only for GCC.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
Result<void> readJob(const json::Object &object, const Item &item)
{
    std::optional<QString> id = readId(object.value("id"_L1));
    if (!id)
        return item.missingKey(Messages::tr("job"), "id"_L1, object.value("id"_L1));
    const json::Value pipeline = object.value("pipeline"_L1);
    std::optional<QString> pipelineId = readId(pipeline.toObject().value("id"_L1));
    if (!pipelineId)
        return Error{Messages::tr("%1: job %2 names no pipeline (“pipeline” has no “id”)").arg(item.place(), *id)};

    JobRecord job;
    job.name = readText(object.value("name"_L1)).value_or(QString());
    const auto label = [&] {
        return Messages::tr("job %1 (%2)").arg(*id, job.name);
    };
    job.runExternalId = std::move(*pipelineId);
    job.group = readText(object.value("stage"_L1));
    const std::optional<StatusCode> status = readStatus(object, pipelineStatus, item, label);
    job.status = statusText(status.value_or(StatusCode::Running));

    OptionalTime created = readTime(object, "created_at"_L1, item, label);
    job.startedAt = readTime(object, "started_at"_L1, item, label);
    job.finishedAt = readTime(object, "finished_at"_L1, item, label);
    orderTimes(created, job.startedAt, job.finishedAt, status, item, label);
    // Queued from when the job became pending (its earlier stages done) to its start: queued_duration, in float
    // seconds, before started_at. created_at would count the earlier stages' work as this job's wait.
    const json::Value queuedDuration = object.value("queued_duration"_L1);
    if (job.startedAt && queuedDuration.isDouble()) {
        const double seconds = queuedDuration.toDouble();
        if (std::isfinite(seconds) && seconds >= 0 && seconds < 1e9)
            job.queuedAt = *job.startedAt - std::llround(seconds * 1000);
        else
            item.warn(label(), Messages::tr("“queued_duration” %1 is no duration; its queue time is stored as unknown")
                                   .arg(quotedValue(queuedDuration)));
    }
    if (job.queuedAt && created && *job.queuedAt < *created) {
        item.warn(label(), Messages::tr("was queued at %1 (started_at less queued_duration), before it was created at "
                                        "%2; its queue time is stored as unknown")
                               .arg(timeText(*job.queuedAt), timeText(*created)));
        job.queuedAt.reset();
    }
    job.runner = readText(object.value("runner"_L1).toObject().value("description"_L1));
    job.url = readText(object.value("web_url"_L1));
    job.externalId = std::move(*id);
    item.batch.jobs.append(std::move(job));
    return {};
}
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

} // namespace flowdeck::ci::gitlab::detail
