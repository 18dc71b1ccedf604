// SPDX-License-Identifier: GPL-3.0-or-later
// Builds of the Jenkins JSON API (a build's api/json, or the builds of a job's api/json) read into run records.
#include "ci/jenkins/jenkinsreading.h"

#include "domain/delivery.h"

#include <algorithm>

namespace flowdeck::ci::jenkins::detail {

using namespace Qt::StringLiterals;

namespace {

/// "refs/remotes/origin/main", "refs/heads/main" and "origin/main" are the branch "main".
QString branchName(QString name)
{
    if (name.startsWith("refs/remotes/"_L1)) {
        const qsizetype remoteEnd = name.indexOf(u'/', 13);
        return remoteEnd < 0 ? name : name.mid(remoteEnd + 1);
    }
    if (name.startsWith("refs/heads/"_L1))
        return name.mid(11);
    if (name.startsWith("origin/"_L1))
        return name.mid(7);
    return name;
}

/// What started the build, from its first cause: "manual", "schedule", "scm", "upstream", "remote", or the simple
/// name of a cause class Flowdeck does not name.
std::optional<QString> eventOf(const json::Object &cause)
{
    const QString className = cause.value("_class"_L1).toString();
    if (className.endsWith("UserIdCause"_L1) || className.endsWith("UserCause"_L1) ||
        (className.isEmpty() && (cause.contains("userId"_L1) || cause.contains("userName"_L1))))
        return u"manual"_s;
    if (className.endsWith("TimerTriggerCause"_L1))
        return u"schedule"_s;
    if (className.endsWith("SCMTriggerCause"_L1))
        return u"scm"_s;
    if (className.endsWith("UpstreamCause"_L1))
        return u"upstream"_s;
    if (className.endsWith("RemoteCause"_L1))
        return u"remote"_s;
    if (className.isEmpty())
        return std::nullopt;
    const qsizetype start = std::max(className.lastIndexOf(u'.'), className.lastIndexOf(u'$')) + 1;
    return className.mid(start);
}

} // namespace

Result<void> readBuild(const json::Object &object, const Item &item)
{
    std::optional<QString> url = readText(object.value("url"_L1));
    const json::Value number = object.value("number"_L1);
    if (!url && number.isDouble() && !item.context.jobUrl.isEmpty())
        url = withSlash(item.context.jobUrl) + QString::number(number.toInteger()) + u'/';
    if (!url)
        return Error{Messages::tr("%1: the build has no “url”").arg(item.place())};

    RunRecord run;
    run.externalId = std::move(*url);
    const auto label = [&] {
        return Messages::tr("build %1").arg(run.externalId);
    };
    const json::Value result = object.value("result"_L1);
    const json::Value building = object.value("building"_L1);
    const json::Value timestamp = object.value("timestamp"_L1);
    if (result.isUndefined() && building.isUndefined() && timestamp.isUndefined()) {
        // The job's api/json without tree=builds[...] lists builds by number and URL only.
        item.warn(label(), Messages::tr("the page gives no result or time for it (ask for tree=builds[number,url,"
                                        "result,building,timestamp,duration,actions[...]]); it is not imported"));
        return {};
    }

    run.project = projectOf(item.context, run.externalId);
    run.pipelineName = jobNameOf(run.project);
    if (number.isDouble())
        run.number = number.toInteger();
    else
        run.number = buildNumberOf(run.externalId);

    std::optional<StatusCode> status;
    if (building.toBool()) {
        status = StatusCode::Running;
    } else if (result.isString()) {
        status = resultStatus(result.toString());
        if (!status)
            item.warn(label(), Messages::tr("the result %1 is not one Flowdeck knows; it is stored as running")
                                   .arg(quotedValue(result)));
    } else if (building.isBool()) {
        item.warn(label(), Messages::tr("has no result though it is not building; it is stored as running"));
    }
    // No result and no word on building: a build without its result yet, running.
    run.status = statusText(status.value_or(StatusCode::Running));

    // timestamp: when the build left the queue and began; duration: how long it ran, 0 until it ends.
    run.startedAt = jsonTime(timestamp);
    if (!timestamp.isUndefined() && !timestamp.isNull() && !run.startedAt)
        item.warn(label(),
                  Messages::tr("“timestamp” %1 is not a time; it is stored as unknown").arg(quotedValue(timestamp)));
    const std::optional<qint64> duration = readMillis(object.value("duration"_L1));
    if (run.startedAt && duration && status && isFinal(*status))
        run.finishedAt = *run.startedAt + *duration;

    const json::Array actions = object.value("actions"_L1).toArray();
    for (const json::Value &value : actions) {
        const json::Object action = value.toObject();
        // The Metrics plugin's TimeInQueueAction: how long the build waited in the queue before it began.
        if (const std::optional<qint64> queued = readMillis(action.value("queuingDurationMillis"_L1));
            queued && run.startedAt && !run.createdAt)
            run.createdAt = *run.startedAt - *queued;
        // The Git plugin's BuildData; with several checkouts (a shared library's too) the first is the build's own.
        const json::Object revision = action.value("lastBuiltRevision"_L1).toObject();
        if (!revision.isEmpty() && !run.commitOid) {
            run.commitOid = readText(revision.value("SHA1"_L1));
            const json::Array branches = revision.value("branch"_L1).toArray();
            if (!branches.isEmpty()) {
                if (const std::optional<QString> name = readText(branches.first().toObject().value("name"_L1)))
                    run.branch = branchName(*name);
            }
        }
        const json::Array causes = action.value("causes"_L1).toArray();
        if (!causes.isEmpty() && !run.event)
            run.event = eventOf(causes.first().toObject());
    }
    run.url = run.externalId;
    item.batch.runs.append(std::move(run));
    return {};
}

} // namespace flowdeck::ci::jenkins::detail
