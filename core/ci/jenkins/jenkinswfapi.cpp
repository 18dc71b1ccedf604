// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline Stage View (wfapi) runs, stages and steps read into run and job records.
#include "ci/jenkins/jenkinsreading.h"

#include "domain/delivery.h"

namespace flowdeck::ci::jenkins::detail {

using namespace Qt::StringLiterals;

namespace {

bool isAbsolute(const QString &url)
{
    return url.startsWith("https://"_L1) || url.startsWith("http://"_L1);
}

/// The build URL of a wfapi run or stage node, from its own link. A run's `id` is no help: older builds have a
/// date as their id ("2014-10-16_13-07-52"), not their number.
Result<QString> buildUrlOf(const json::Object &object, const Item &item, const QString &kind)
{
    const QString href = object.value("_links"_L1).toObject().value("self"_L1).toObject().value("href"_L1).toString();
    if (href.isEmpty())
        return Error{Messages::tr("%1: the %2 has no “_links.self.href” to name its build").arg(item.place(), kind)};
    const QString url = buildUrlOfLink(href, item.context.jobUrl);
    if (url.isEmpty())
        return Error{Messages::tr("%1: the %2's link %3 names no build").arg(item.place(), kind, href)};
    if (!isAbsolute(url))
        item.warn(Messages::tr("build %1").arg(url),
                  Messages::tr("no job URL was given, so its id is the server-relative path, which a build read from "
                               "api/json does not match"));
    return url;
}

/// A wfapi status, with a warning for one Flowdeck does not know (stored as running).
template<typename Label>
std::optional<StatusCode> readWfapiStatus(const json::Object &object, const Item &item, const Label &label)
{
    const json::Value value = object.value("status"_L1);
    const std::optional<StatusCode> status = wfapiStatus(value.toString());
    if (!status)
        item.warn(
            label(),
            Messages::tr("the status %1 is not one Flowdeck knows; it is stored as running").arg(quotedValue(value)));
    return status;
}

/// The time of `key`: nothing when it is absent, null or 0 (Jenkins' "not yet"); also nothing, with a warning naming
/// the record, when it is no time (a text, a negative number, one past the year 33658).
template<typename Label>
OptionalTime readNodeTime(const json::Object &object, QLatin1StringView key, const Item &item, const Label &label)
{
    const json::Value value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isDouble() && value.toDouble() == 0))
        return std::nullopt;
    const OptionalTime time = jsonTime(value);
    if (!time) {
        item.warn(label(),
                  Messages::tr("“%1” %2 is not a time; it is stored as unknown").arg(QString(key), quotedValue(value)));
    }
    return time;
}

/// The start and, once the node has ended, the finish (start + durationMillis). A node in progress or paused
/// already reports an end and a duration up to now: they are no finish.
template<typename Label>
void readNodeTimes(const json::Object &object, std::optional<StatusCode> status, OptionalTime &started,
                   OptionalTime &finished, const Item &item, const Label &label)
{
    started = readNodeTime(object, "startTimeMillis"_L1, item, label);
    if (!started || !status || !isFinal(*status))
        return;
    if (const OptionalTime end = readNodeTime(object, "endTimeMillis"_L1, item, label))
        finished = end;
    else if (const std::optional<qint64> duration = readMillis(object.value("durationMillis"_L1)))
        finished = *started + *duration;
    finishNotBeforeStart(started, finished, item, label);
}

Result<JobRecord> readStage(const json::Object &object, const QString &runId, const Item &item, bool withSteps)
{
    const std::optional<QString> id = readNodeId(object.value("id"_L1));
    if (!id)
        return Error{Messages::tr("%1: a stage of build %2 has no “id”").arg(item.place(), runId)};
    JobRecord job;
    job.externalId = runId + u'#' + *id;
    job.runExternalId = runId;
    job.name = object.value("name"_L1).toString();
    const auto label = [&] {
        return Messages::tr("stage %1 (%2)").arg(job.externalId, job.name);
    };
    const std::optional<StatusCode> status = readWfapiStatus(object, item, label);
    job.status = statusText(status.value_or(StatusCode::Running));
    readNodeTimes(object, status, job.startedAt, job.finishedAt, item, label);
    if (const std::optional<qint64> queued = readMillis(object.value("queueDurationMillis"_L1));
        queued && job.startedAt)
        job.queuedAt = *job.startedAt - *queued;
    job.pausedMs = readMillis(object.value("pauseDurationMillis"_L1));

    if (withSteps) {
        const json::Array nodes = object.value("stageFlowNodes"_L1).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const json::Object node = nodes.at(i).toObject();
            StepRecord step;
            step.position = int(i + 1);
            step.name = node.value("name"_L1).toString();
            const auto stepLabel = [&] {
                return Messages::tr("%1, step %2 (%3)").arg(label()).arg(i + 1).arg(step.name);
            };
            const std::optional<StatusCode> stepStatus = readWfapiStatus(node, item, stepLabel);
            step.status = statusText(stepStatus.value_or(StatusCode::Running));
            readNodeTimes(node, stepStatus, step.startedAt, step.finishedAt, item, stepLabel);
            job.steps.append(std::move(step));
        }
    }
    return job;
}

} // namespace

Result<void> readWfapiRun(const json::Object &object, const Item &item)
{
    Result<QString> url = buildUrlOf(object, item, Messages::tr("run"));
    if (!url)
        return url.error();
    RunRecord run;
    run.externalId = std::move(*url);
    const auto label = [&] {
        return Messages::tr("build %1").arg(run.externalId);
    };
    run.project = projectOf(item.context, run.externalId);
    run.pipelineName = jobNameOf(run.project);
    run.number = buildNumberOf(run.externalId);
    const std::optional<StatusCode> status = readWfapiStatus(object, item, label);
    run.status = statusText(status.value_or(StatusCode::Running));
    readNodeTimes(object, status, run.startedAt, run.finishedAt, item, label);
    if (const std::optional<qint64> queued = readMillis(object.value("queueDurationMillis"_L1));
        queued && run.startedAt)
        run.createdAt = *run.startedAt - *queued;
    if (isAbsolute(run.externalId))
        run.url = run.externalId;

    const json::Value stageList = object.value("stages"_L1);
    if (!stageList.isUndefined() && !stageList.isNull() && !stageList.isArray()) {
        return Error{Messages::tr("%1: “stages” of build %2 is not a list but %3")
                         .arg(item.place(), run.externalId, quotedValue(stageList))};
    }
    const json::Array stages = stageList.toArray();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (!stages.at(i).isObject())
            return Error{Messages::tr("%1: stage %2 of build %3 is not an object")
                             .arg(item.place())
                             .arg(i + 1)
                             .arg(run.externalId)};
        Result<JobRecord> job = readStage(stages.at(i).toObject(), run.externalId, item, false);
        if (!job)
            return job.error();
        item.batch.jobs.append(std::move(*job));
    }
    item.batch.runs.append(std::move(run));
    return {};
}

Result<void> readWfapiStageNode(const json::Object &object, const Item &item)
{
    Result<QString> url = buildUrlOf(object, item, Messages::tr("stage"));
    if (!url)
        return url.error();
    Result<JobRecord> job = readStage(object, *url, item, true);
    if (!job)
        return job.error();
    item.batch.jobs.append(std::move(*job));
    return {};
}

} // namespace flowdeck::ci::jenkins::detail
