// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub Actions: workflow runs and their jobs with steps.
#include "ci/github/githubreading.h"

#include <limits>

namespace flowdeck::ci::github::detail {

using namespace Qt::StringLiterals;

namespace {

/// The workflow's name, or its file when a run does not carry the name (`.github/workflows/build.yml@main` reads
/// as `.github/workflows/build.yml`).
QString workflowName(const json::Object &run)
{
    QString name = run.value("name"_L1).toString();
    if (!name.isEmpty())
        return name;
    QString path = run.value("path"_L1).toString();
    const qsizetype at = path.indexOf(u'@');
    if (at >= 0)
        path.truncate(at);
    return path;
}

/// A matrix job is named `build (ubuntu-latest, 3.12)`: its group is `build`, the job as the workflow file names
/// it, so that all of a matrix map onto one pipeline stage.
std::optional<QString> matrixGroup(const QString &name)
{
    if (!name.endsWith(u')'))
        return std::nullopt;
    const qsizetype open = name.lastIndexOf(" ("_L1);
    if (open <= 0)
        return std::nullopt;
    return name.left(open);
}

std::optional<qint64> readInteger(const json::Value &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger(-1);
    if (number < 0)
        return std::nullopt;
    return number;
}

int readAttempt(const json::Value &value)
{
    const std::optional<qint64> attempt = readInteger(value);
    return attempt && *attempt >= 1 && *attempt <= std::numeric_limits<int>::max() ? int(*attempt) : 1;
}

void readSteps(const json::Array &steps, JobRecord &job, QStringList &warnings)
{
    job.steps.reserve(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const json::Value value = steps.at(i);
        if (!value.isObject()) {
            warnings.append(Messages::tr("job %1 “%2”: step %3 of its list is not an object; it is left out")
                                .arg(job.externalId, job.name, QString::number(i + 1)));
            continue;
        }
        const json::Object item = value.toObject();
        StepRecord step;
        const std::optional<qint64> number = readInteger(item.value("number"_L1));
        step.position = number && *number <= std::numeric_limits<int>::max() ? int(*number) : int(i + 1);
        step.name = item.value("name"_L1).toString();
        const auto label = [&] {
            return Messages::tr("job %1 “%2”, step %3 “%4”")
                .arg(job.externalId, job.name, QString::number(step.position), step.name);
        };
        const ActionsStatus status = readActionsStatus(item);
        step.status = actionsStatus(status, label, warnings);
        step.startedAt = readTime(item, "started_at"_L1, label, warnings);
        step.finishedAt = readTime(item, "completed_at"_L1, label, warnings);
        if (status.completed && !step.finishedAt && isAbsent(item.value("completed_at"_L1)))
            warnings.append(
                Messages::tr("%1: completed without a completion time; its finish time is unknown").arg(label()));
        OptionalTime noCreation;
        orderTimes(noCreation, step.startedAt, step.finishedAt, false, label, warnings);
        job.steps.append(std::move(step));
    }
}

} // namespace

Result<void> readRun(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("workflow run"), "id"_L1, item.value("id"_L1));
    RunRecord run;
    run.externalId = std::move(*id);
    run.pipelineName = workflowName(item);
    const auto label = [&] {
        return Messages::tr("workflow run %1 “%2”").arg(run.externalId, run.pipelineName);
    };
    if (run.pipelineName.isEmpty())
        batch.warnings.append(Messages::tr("%1: has neither a workflow name nor a workflow file").arg(label()));

    run.project = item.value("repository"_L1).toObject().value("full_name"_L1).toString();
    if (run.project.isEmpty())
        run.project = place.context.repository;
    if (run.project.isEmpty())
        run.project = repositoryFromUrl(item.value("url"_L1).toString());
    run.number = readInteger(item.value("run_number"_L1));
    run.attempt = readAttempt(item.value("run_attempt"_L1));
    run.commitOid = readText(item.value("head_sha"_L1));
    run.branch = readText(item.value("head_branch"_L1));
    run.event = readText(item.value("event"_L1));
    run.url = readText(item.value("html_url"_L1));

    const ActionsStatus status = readActionsStatus(item);
    run.status = actionsStatus(status, label, batch.warnings);
    run.createdAt = readTime(item, "created_at"_L1, label, batch.warnings);
    run.startedAt = readTime(item, "run_started_at"_L1, label, batch.warnings);
    // A run has no completion time of its own: once it has completed, its last update is when it did.
    if (status.completed) {
        run.finishedAt = readTime(item, "updated_at"_L1, label, batch.warnings);
        if (!run.finishedAt && isAbsent(item.value("updated_at"_L1)))
            batch.warnings.append(
                Messages::tr("%1: completed without a completion time; its finish time is unknown").arg(label()));
    }
    orderTimes(run.createdAt, run.startedAt, run.finishedAt, false, label, batch.warnings);
    batch.runs.append(std::move(run));
    return {};
}

Result<void> readJob(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("job"), "id"_L1, item.value("id"_L1));
    std::optional<QString> runId = readId(item.value("run_id"_L1));
    if (!runId)
        return missingKey(place, Messages::tr("job"), "run_id"_L1, item.value("run_id"_L1));
    JobRecord job;
    job.externalId = std::move(*id);
    job.runExternalId = std::move(*runId);
    job.name = item.value("name"_L1).toString();
    job.group = matrixGroup(job.name);
    job.attempt = readAttempt(item.value("run_attempt"_L1));
    job.runner = readText(item.value("runner_name"_L1));
    job.url = readText(item.value("html_url"_L1));

    const auto label = [&] {
        return Messages::tr("job %1 “%2”").arg(job.externalId, job.name);
    };
    const ActionsStatus status = readActionsStatus(item);
    job.status = actionsStatus(status, label, batch.warnings);
    // Older pages have no created_at: the queue time is then unknown, which is no fault of the page.
    job.queuedAt = readTime(item, "created_at"_L1, label, batch.warnings);
    job.startedAt = readTime(item, "started_at"_L1, label, batch.warnings);
    job.finishedAt = readTime(item, "completed_at"_L1, label, batch.warnings);
    if (status.completed && !job.finishedAt && isAbsent(item.value("completed_at"_L1)))
        batch.warnings.append(
            Messages::tr("%1: completed without a completion time; its finish time is unknown").arg(label()));
    orderTimes(job.queuedAt, job.startedAt, job.finishedAt, true, label, batch.warnings);

    const json::Value steps = item.value("steps"_L1);
    if (steps.isArray())
        readSteps(steps.toArray(), job, batch.warnings);
    batch.jobs.append(std::move(job));
    return {};
}

} // namespace flowdeck::ci::github::detail
