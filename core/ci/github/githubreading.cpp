// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/github/githubreading.h"

#include <QJsonDocument>

#include <string_view>

namespace flowdeck::ci::github::detail {

using namespace Qt::StringLiterals;

QString ItemPlace::text() const
{
    if (index < 0)
        return Messages::tr("the document");
    if (list.isEmpty())
        return u'[' + QString::number(index) + u']';
    return QString(list) + u'[' + QString::number(index) + u']';
}

Error missingKey(const ItemPlace &place, const QString &kind, QLatin1StringView key, const json::Value &value)
{
    if (!value.isUndefined() && !value.isNull() && place.index < 0) {
        return Error{Messages::tr("%1: the %2 has %3 as its “%4”, which Flowdeck cannot read")
                         .arg(place.context.where, kind, quoted(value), QString(key))};
    }
    if (!value.isUndefined() && !value.isNull()) {
        return Error{Messages::tr("%1: the %2 at %3 has %4 as its “%5”, which Flowdeck cannot read")
                         .arg(place.context.where, kind, place.text(), quoted(value), QString(key))};
    }
    if (place.index < 0)
        return Error{Messages::tr("%1: the %2 has no “%3”").arg(place.context.where, kind, QString(key))};
    return Error{
        Messages::tr("%1: the %2 at %3 has no “%4”").arg(place.context.where, kind, place.text(), QString(key))};
}

std::optional<QString> readLogin(const json::Value &user)
{
    if (!user.isObject())
        return std::nullopt;
    return readText(user.toObject().value("login"_L1));
}

QString repositoryFromUrl(const QString &url)
{
    const qsizetype repos = url.indexOf("/repos/"_L1);
    if (repos < 0)
        return {};
    const qsizetype ownerStart = repos + 7;
    const qsizetype ownerEnd = url.indexOf(u'/', ownerStart);
    if (ownerEnd <= ownerStart)
        return {};
    qsizetype repoEnd = url.indexOf(u'/', ownerEnd + 1);
    if (repoEnd < 0)
        repoEnd = url.size();
    if (repoEnd <= ownerEnd + 1)
        return {};
    return url.mid(ownerStart, repoEnd - ownerStart);
}

QString quoted(const json::Value &value)
{
    switch (value.type()) {
    case json::Type::String:
        return u'“' + value.toString() + u'”';
    case json::Type::Null:
        return u"null"_s;
    case json::Type::Undefined:
        return Messages::tr("nothing");
    case json::Type::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case json::Type::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case json::Type::Array:
    case json::Type::Object: {
        const QJsonValue qt = value.toQt();
        const QJsonDocument document = qt.isArray() ? QJsonDocument(qt.toArray()) : QJsonDocument(qt.toObject());
        QString text = QString::fromUtf8(document.toJson(QJsonDocument::Compact));
        if (text.size() > 60)
            text = text.left(59) + u'…';
        return text;
    }
    }
    return {};
}

namespace {

/// A conclusion (what a completed run, job or step came to) as a flowdeck::Status; nullopt when unknown.
std::optional<StatusCode> conclusionStatus(std::string_view conclusion)
{
    if (conclusion == "success" || conclusion == "neutral")
        return StatusCode::Succeeded;
    if (conclusion == "failure" || conclusion == "timed_out" || conclusion == "startup_failure")
        return StatusCode::Failed;
    // stale: GitHub gave up on a check that stayed incomplete; it ended without an outcome, like a cancel.
    if (conclusion == "cancelled" || conclusion == "stale")
        return StatusCode::Canceled;
    if (conclusion == "skipped")
        return StatusCode::Skipped;
    // action_required: someone has to approve before it goes on.
    if (conclusion == "action_required")
        return StatusCode::Waiting;
    return std::nullopt;
}

} // namespace

ActionsStatus readActionsStatus(const json::Object &item)
{
    const json::Value statusValue = item.value("status"_L1);
    const json::Value conclusionValue = item.value("conclusion"_L1);
    // Compared as the page's UTF-8: a run, a job and each of its steps have a status.
    const std::string_view status = statusValue.utf8();
    const std::string_view conclusion = conclusionValue.utf8();
    const auto fromConclusion = [&]() -> ActionsStatus {
        if (conclusion.empty())
            return {StatusCode::Failed, ActionsStatus::NoConclusion, {}, true};
        if (const std::optional<StatusCode> mapped = conclusionStatus(conclusion))
            return {*mapped, ActionsStatus::None, {}, true};
        return {StatusCode::Failed, ActionsStatus::UnknownConclusion, quoted(conclusionValue), true};
    };
    if (status == "completed")
        return fromConclusion();
    if (status == "queued" || status == "requested" || status == "pending")
        return {StatusCode::Queued, ActionsStatus::None, {}, false};
    if (status == "in_progress")
        return {StatusCode::Running, ActionsStatus::None, {}, false};
    if (status == "waiting")
        return {StatusCode::Waiting, ActionsStatus::None, {}, false};
    // No status, or one GitHub added after this was written: a conclusion, when there is one, says how it ended.
    if (!conclusion.empty())
        return fromConclusion();
    if (status.empty())
        return {StatusCode::Running, ActionsStatus::NoStatus, {}, false};
    return {StatusCode::Running, ActionsStatus::UnknownStatus, quoted(statusValue), false};
}

} // namespace flowdeck::ci::github::detail
