// SPDX-License-Identifier: GPL-3.0-or-later
// Deployments, environments, merge requests and incident issues read into their records.
#include "ci/gitlab/gitlabreading.h"

#include "domain/delivery.h"

#include <QRegularExpression>

#include <algorithm>

namespace flowdeck::ci::gitlab::detail {

using namespace Qt::StringLiterals;

namespace {

/// GitLab's environment tiers are Flowdeck's tiers, word for word.
const char *tierOf(QStringView word)
{
    for (const char *tier : {Tier::Production, Tier::Staging, Tier::Testing, Tier::Development, Tier::Other}) {
        if (word == QLatin1StringView(tier))
            return tier;
    }
    return nullptr;
}

/// A required time: an error when absent or unreadable (the record cannot be stored without it).
Result<Timestamp> requiredTime(const json::Object &object, QLatin1StringView key, const QString &kind, const Item &item)
{
    const json::Value value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return item.missingKey(kind, key);
    const OptionalTime time = jsonTime(value);
    if (!time)
        return Error{
            Messages::tr("%1: the %2's “%3” is not a time (%4)").arg(item.place(), kind, key, quotedValue(value))};
    return *time;
}

/// A time that cannot come before the record's creation; one that does is unknown, with a warning.
template<typename Label>
void notBefore(OptionalTime &time, Timestamp created, QLatin1StringView key, const Item &item, const Label &label)
{
    if (time && *time < created) {
        item.warn(label(), Messages::tr("“%1” %2 is before its creation at %3; it is stored as unknown")
                               .arg(key, timeText(*time), timeText(created)));
        time.reset();
    }
}

/// The project part of a reference such as "group/app!12" or "group/app#7".
QString projectOfReference(const json::Value &references)
{
    const QString full = references.toObject().value("full"_L1).toString();
    const qsizetype end = std::max(full.lastIndexOf(u'!'), full.lastIndexOf(u'#'));
    return end > 0 ? full.left(end) : QString();
}

} // namespace

Result<void> readDeployment(const json::Object &object, const Item &item, const QString &environment)
{
    std::optional<QString> id = readId(object.value("id"_L1));
    if (!id)
        return item.missingKey(Messages::tr("deployment"), "id"_L1);
    DeploymentRecord deployment;
    deployment.externalId = std::move(*id);
    const auto label = [&] {
        return Messages::tr("deployment %1").arg(deployment.externalId);
    };

    deployment.environment =
        environment.isEmpty() ? readText(object.value("environment"_L1).toObject().value("name"_L1)).value_or(QString())
                              : environment;
    if (deployment.environment.isEmpty())
        return Error{Messages::tr("%1: deployment %2 names no environment (“environment” has no “name”)")
                         .arg(item.place(), deployment.externalId)};
    const std::optional<StatusCode> status = readStatus(object, deploymentStatus, item, label);
    deployment.status = statusText(status.value_or(StatusCode::Running));

    const json::Object deployable = object.value("deployable"_L1).toObject();
    const std::optional<QString> sha = readText(object.value("sha"_L1));
    const std::optional<QString> ref = readText(object.value("ref"_L1));
    // A tag names a version; a branch does not (every deployment of main would be the same version), its commit
    // does.
    const bool tag = object.value("tag"_L1).toBool() || deployable.value("tag"_L1).toBool();
    if (tag && ref)
        deployment.version = *ref;
    else if (sha)
        deployment.version = *sha;
    else if (ref)
        deployment.version = *ref;
    else
        return item.missingKey(Messages::tr("deployment"), "sha"_L1);
    deployment.commitOid = sha;
    deployment.triggeredBy = readUsername(object.value("user"_L1));

    if (!deployable.isEmpty()) {
        // The deploy job's times are the deployment's: the deployment's own created_at is when GitLab recorded it
        // (with the job, or once the job ended) and its updated_at its last change, neither a start nor a finish.
        const std::optional<QString> jobId = readId(deployable.value("id"_L1));
        const auto jobLabel = [&] {
            return Messages::tr("deployment %1 (job %2)").arg(deployment.externalId, jobId.value_or(u"?"_s));
        };
        OptionalTime created = readTime(deployable, "created_at"_L1, item, jobLabel);
        deployment.startedAt = readTime(deployable, "started_at"_L1, item, jobLabel);
        deployment.finishedAt = readTime(deployable, "finished_at"_L1, item, jobLabel);
        orderTimes(created, deployment.startedAt, deployment.finishedAt, status, item, jobLabel);
        const json::Value jobStatusValue = deployable.value("status"_L1);
        const std::optional<StatusCode> jobStatus = pipelineStatus(jobStatusValue.toString());
        if (!deployment.startedAt && jobStatus && isFinal(*jobStatus) && *jobStatus != StatusCode::Skipped)
            item.warn(jobLabel(), Messages::tr("the job ended (%1) without a start time; the deployment's start is "
                                               "stored as unknown")
                                      .arg(jobStatusValue.toString()));
        deployment.runExternalId = readId(deployable.value("pipeline"_L1).toObject().value("id"_L1));
        deployment.url = readText(deployable.value("web_url"_L1));
    } else if (status && isFinal(*status)) {
        item.warn(label(), Messages::tr("has no deploy job, and GitLab gives a deployment no start or finish time of "
                                        "its own; both are stored as unknown"));
    }
    item.batch.deployments.append(std::move(deployment));
    return {};
}

Result<void> readEnvironment(const json::Object &object, const Item &item)
{
    EnvironmentRecord environment;
    environment.name = readText(object.value("name"_L1)).value_or(QString());
    if (environment.name.isEmpty())
        return item.missingKey(Messages::tr("environment"), "name"_L1);
    const json::Value tier = object.value("tier"_L1);
    if (tier.isString()) {
        if (const char *known = tierOf(tier.toString()))
            environment.tier = QString::fromLatin1(known);
        else
            item.warn(Messages::tr("environment %1").arg(environment.name),
                      Messages::tr("the tier %1 is not one Flowdeck knows; the tier is left for the user to set")
                          .arg(quotedValue(tier)));
    }
    const QString name = environment.name;
    item.batch.environments.append(std::move(environment));
    const json::Value last = object.value("last_deployment"_L1);
    if (last.isObject())
        return readDeployment(last.toObject(), item, name);
    return {};
}

Result<void> readMergeRequest(const json::Object &object, const Item &item)
{
    const QString kind = Messages::tr("merge request");
    std::optional<QString> id = readId(object.value("id"_L1));
    if (!id)
        return item.missingKey(kind, "id"_L1);
    const json::Value iid = object.value("iid"_L1);
    if (!iid.isDouble())
        return item.missingKey(kind, "iid"_L1);
    const Result<Timestamp> created = requiredTime(object, "created_at"_L1, kind, item);
    if (!created)
        return created.error();

    PullRequestRecord request;
    request.externalId = std::move(*id);
    request.number = iid.toInt();
    const auto label = [&] {
        return Messages::tr("merge request !%1").arg(request.number);
    };
    request.repository = item.context.project;
    if (request.repository.isEmpty())
        request.repository = projectOfReference(object.value("references"_L1));
    if (request.repository.isEmpty())
        request.repository = projectOf(item.context, object.value("project_id"_L1));
    request.title = object.value("title"_L1).toString();
    request.author = readUsername(object.value("author"_L1)).value_or(QString());
    request.headBranch = object.value("source_branch"_L1).toString();
    request.baseBranch = object.value("target_branch"_L1).toString();
    request.createdAt = *created;
    request.mergedAt = readTime(object, "merged_at"_L1, item, label);
    request.closedAt = readTime(object, "closed_at"_L1, item, label);
    notBefore(request.mergedAt, request.createdAt, "merged_at"_L1, item, label);
    notBefore(request.closedAt, request.createdAt, "closed_at"_L1, item, label);
    // A squashed merge request's commit on the target branch is the squash commit when no merge commit was made.
    request.mergeCommitOid = readText(object.value("merge_commit_sha"_L1));
    if (!request.mergeCommitOid)
        request.mergeCommitOid = readText(object.value("squash_commit_sha"_L1));
    request.url = readText(object.value("web_url"_L1));
    item.batch.pullRequests.append(std::move(request));
    return {};
}

Result<void> readIssue(const json::Object &object, const Item &item)
{
    // issue_type until GitLab 16, type (upper case) since; plain issues are not imported.
    const bool incident = object.value("issue_type"_L1).toString().compare("incident"_L1, Qt::CaseInsensitive) == 0 ||
                          object.value("type"_L1).toString().compare("incident"_L1, Qt::CaseInsensitive) == 0;
    if (!incident)
        return {};
    const QString kind = Messages::tr("incident");
    std::optional<QString> id = readId(object.value("id"_L1));
    if (!id)
        return item.missingKey(kind, "id"_L1);
    const Result<Timestamp> created = requiredTime(object, "created_at"_L1, kind, item);
    if (!created)
        return created.error();

    IncidentRecord record;
    record.externalId = std::move(*id);
    const QString number = readId(object.value("iid"_L1)).value_or(record.externalId);
    const auto label = [&] {
        return Messages::tr("incident #%1").arg(number);
    };
    record.title = object.value("title"_L1).toString();
    // GitLab's incident severities are UNKNOWN, LOW, MEDIUM, HIGH and CRITICAL; UNKNOWN says none was set.
    if (const std::optional<QString> severity = readText(object.value("severity"_L1));
        severity && severity->compare("unknown"_L1, Qt::CaseInsensitive) != 0)
        record.severity = severity->toLower();
    record.startedAt = *created;
    const json::Value closedAt = object.value("closed_at"_L1);
    record.resolvedAt = readTime(object, "closed_at"_L1, item, label);
    notBefore(record.resolvedAt, record.startedAt, "closed_at"_L1, item, label);
    const QString state = object.value("state"_L1).toString();
    if (state == "opened"_L1 && record.resolvedAt) {
        item.warn(label(), Messages::tr("is open but has a closing time (%1); it is stored as unresolved")
                               .arg(timeText(*record.resolvedAt)));
        record.resolvedAt.reset();
    } else if (state == "closed"_L1 && (closedAt.isNull() || closedAt.isUndefined())) {
        item.warn(label(), Messages::tr("is closed without a closing time; its resolution is stored as unknown"));
    }

    // What the incident names, by convention in its description: the first full commit SHA (40 hexadecimal
    // digits), and a deployment written "deployment: 42", "deployment #42" or "deployment id: 42" (its id in the
    // deployments API).
    const QString description = object.value("description"_L1).toString();
    static const QRegularExpression commitPattern(u"\\b[0-9a-fA-F]{40}\\b"_s);
    static const QRegularExpression deploymentPattern(u"\\bdeployment(?:[ _]id)?\\s*(?::\\s*#?|#)\\s*(\\d+)\\b"_s,
                                                      QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = commitPattern.match(description); match.hasMatch())
        record.commitOid = match.captured(0).toLower();
    if (const QRegularExpressionMatch match = deploymentPattern.match(description); match.hasMatch())
        record.deploymentExternalId = match.captured(1);
    record.url = readText(object.value("web_url"_L1));
    item.batch.incidents.append(std::move(record));
    return {};
}

} // namespace flowdeck::ci::gitlab::detail
