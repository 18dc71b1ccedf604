// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/gitlab/gitlabreading.h"

namespace flowdeck::ci::gitlab::detail {

using namespace Qt::StringLiterals;

QString Item::place() const
{
    if (index < 0)
        return context.where;
    return Messages::tr("%1, item %2").arg(context.where).arg(index + 1);
}

Error Item::missingKey(const QString &kind, QLatin1StringView key, const json::Value &value) const
{
    if (!value.isUndefined() && !value.isNull()) {
        return Error{Messages::tr("%1: the %2 has %3 as its “%4”, which Flowdeck cannot read")
                         .arg(place(), kind, quotedValue(value), key)};
    }
    return Error{Messages::tr("%1: the %2 has no “%3”").arg(place(), kind, key)};
}

void Item::warn(const QString &record, const QString &text) const
{
    batch.warnings.append(Messages::tr("%1: %2: %3").arg(context.where, record, text));
}

std::optional<QString> readUsername(const json::Value &user)
{
    return readText(user.toObject().value("username"_L1));
}

QString projectOf(const PageContext &context, const json::Value &projectId)
{
    if (!context.project.isEmpty())
        return context.project;
    return readId(projectId).value_or(QString());
}

QString pipelineNameOf(const QString &project)
{
    QStringView path(project);
    while (path.endsWith(u'/'))
        path.chop(1);
    const qsizetype slash = path.lastIndexOf(u'/');
    return (slash < 0 ? path : path.mid(slash + 1)).toString();
}

std::optional<StatusCode> pipelineStatus(QStringView word)
{
    // Waiting for earlier stages, for a runner, or for the runner to prepare its environment: queued.
    if (word == "created"_L1 || word == "pending"_L1 || word == "preparing"_L1)
        return StatusCode::Queued;
    // Held back on purpose: until someone plays it (manual), until its delay has passed (scheduled), until its
    // resource group is free (waiting_for_resource).
    if (word == "manual"_L1 || word == "scheduled"_L1 || word == "waiting_for_resource"_L1)
        return StatusCode::Waiting;
    // A job being canceled still runs its after_script; its outcome comes with a later sync.
    if (word == "running"_L1 || word == "canceling"_L1)
        return StatusCode::Running;
    if (word == "success"_L1)
        return StatusCode::Succeeded;
    if (word == "failed"_L1)
        return StatusCode::Failed;
    if (word == "canceled"_L1)
        return StatusCode::Canceled;
    if (word == "skipped"_L1)
        return StatusCode::Skipped;
    return std::nullopt;
}

std::optional<StatusCode> deploymentStatus(QStringView word)
{
    if (word == "created"_L1)
        return StatusCode::Queued;
    // Blocked: waiting for an approval of a protected environment.
    if (word == "blocked"_L1)
        return StatusCode::Waiting;
    if (word == "running"_L1)
        return StatusCode::Running;
    if (word == "success"_L1)
        return StatusCode::Succeeded;
    if (word == "failed"_L1)
        return StatusCode::Failed;
    if (word == "canceled"_L1)
        return StatusCode::Canceled;
    if (word == "skipped"_L1)
        return StatusCode::Skipped;
    return std::nullopt;
}

} // namespace flowdeck::ci::gitlab::detail
