// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub deployments and the statuses that carry their state.
#include "ci/github/githubreading.h"

namespace flowdeck::ci::github::detail {

using namespace Qt::StringLiterals;

namespace {

/// The id after `/deployments/` in a URL (`.../deployments/42` or `.../deployments/42/statuses/1`).
std::optional<QString> deploymentIdInUrl(const QString &url)
{
    constexpr auto marker = "/deployments/"_L1;
    const qsizetype at = url.lastIndexOf(marker);
    if (at < 0)
        return std::nullopt;
    const qsizetype start = at + marker.size();
    qsizetype end = start;
    while (end < url.size() && url.at(end) >= u'0' && url.at(end) <= u'9')
        ++end;
    if (end == start || (end < url.size() && url.at(end) != u'/' && url.at(end) != u'?'))
        return std::nullopt;
    return url.mid(start, end - start);
}

} // namespace

Result<void> readDeployment(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("deployment"), "id"_L1);
    std::optional<QString> environment = readText(item.value("environment"_L1));
    if (!environment)
        return missingKey(place, Messages::tr("deployment"), "environment"_L1);
    DeploymentRecord deployment;
    deployment.externalId = std::move(*id);
    deployment.environment = std::move(*environment);
    deployment.commitOid = readText(item.value("sha"_L1));
    // What was deployed: the ref asked for (a branch, a tag), or the commit when a deployment names only that.
    deployment.version = item.value("ref"_L1).toString();
    if (deployment.version.isEmpty()) {
        if (!deployment.commitOid)
            return missingKey(place, Messages::tr("deployment"), "ref"_L1);
        deployment.version = *deployment.commitOid;
    }
    // The state lives in the deployment's statuses; until they are read it is waiting in the queue.
    deployment.status = statusText(StatusCode::Queued);
    const auto label = [&] {
        return Messages::tr("deployment %1 to %2").arg(deployment.externalId, deployment.environment);
    };
    deployment.startedAt = readTime(item, "created_at"_L1, label, batch.warnings);
    deployment.triggeredBy = readLogin(item.value("creator"_L1));
    deployment.url = readText(item.value("url"_L1));
    batch.deployments.append(std::move(deployment));
    return {};
}

Result<void> readDeploymentStatus(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("deployment status"), "id"_L1);
    const json::Value stateValue = item.value("state"_L1);
    const QString state = stateValue.toString();
    if (state.isEmpty())
        return missingKey(place, Messages::tr("deployment status"), "state"_L1);
    // Its deployment: from deployment_url, else from its own URL, else from the endpoint it was read from.
    std::optional<QString> deploymentId = deploymentIdInUrl(item.value("deployment_url"_L1).toString());
    if (!deploymentId)
        deploymentId = deploymentIdInUrl(item.value("url"_L1).toString());
    if (!deploymentId)
        deploymentId = deploymentIdInUrl(place.context.where);
    if (!deploymentId)
        return missingKey(place, Messages::tr("deployment status"), "deployment_url"_L1);

    std::optional<StatusCode> status;
    if (state == u"success")
        status = StatusCode::Succeeded;
    else if (state == u"failure" || state == u"error")
        status = StatusCode::Failed;
    else if (state == u"pending" || state == u"queued")
        status = StatusCode::Queued;
    else if (state == u"in_progress")
        status = StatusCode::Running;
    else if (state == u"inactive")
        // A later deployment to the environment replaced this one, or the environment was taken down. That says
        // nothing of how the deployment itself went: the state before it stays.
        return {};
    if (!status) {
        batch.warnings.append(Messages::tr("deployment status %1 of deployment %2: the state %3 is not one Flowdeck "
                                           "knows; it is left out")
                                  .arg(*id, *deploymentId, quoted(stateValue)));
        return {};
    }

    DeploymentStatusRecord record;
    record.externalId = std::move(*id);
    record.deploymentExternalId = std::move(*deploymentId);
    record.status = statusText(*status);
    const auto label = [&] {
        return Messages::tr("deployment status %1 of deployment %2")
            .arg(record.externalId, record.deploymentExternalId);
    };
    record.at = readTime(item, "created_at"_L1, label, batch.warnings);
    record.environment = readText(item.value("environment"_L1));
    batch.deploymentStatuses.append(std::move(record));
    return {};
}

} // namespace flowdeck::ci::github::detail
