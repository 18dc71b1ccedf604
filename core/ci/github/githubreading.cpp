// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/github/githubreading.h"

#include <QJsonArray>
#include <QJsonDocument>

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

Error missingKey(const ItemPlace &place, const QString &kind, QLatin1StringView key)
{
    if (place.index < 0)
        return Error{Messages::tr("%1: the %2 has no “%3”").arg(place.context.where, kind, QString(key))};
    return Error{
        Messages::tr("%1: the %2 at %3 has no “%4”").arg(place.context.where, kind, place.text(), QString(key))};
}

std::optional<QString> readLogin(const QJsonValue &user)
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

QString quoted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'“' + value.toString() + u'”';
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        return Messages::tr("nothing");
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
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
std::optional<StatusCode> conclusionStatus(QStringView conclusion)
{
    if (conclusion == u"success" || conclusion == u"neutral")
        return StatusCode::Succeeded;
    if (conclusion == u"failure" || conclusion == u"timed_out" || conclusion == u"startup_failure")
        return StatusCode::Failed;
    // stale: GitHub gave up on a check that stayed incomplete; it ended without an outcome, like a cancel.
    if (conclusion == u"cancelled" || conclusion == u"stale")
        return StatusCode::Canceled;
    if (conclusion == u"skipped")
        return StatusCode::Skipped;
    // action_required: someone has to approve before it goes on.
    if (conclusion == u"action_required")
        return StatusCode::Waiting;
    return std::nullopt;
}

} // namespace

ActionsStatus readActionsStatus(const QJsonObject &item)
{
    const QJsonValue statusValue = item.value("status"_L1);
    const QJsonValue conclusionValue = item.value("conclusion"_L1);
    const QString status = statusValue.toString();
    const QString conclusion = conclusionValue.toString();
    const auto fromConclusion = [&]() -> ActionsStatus {
        if (conclusion.isEmpty())
            return {StatusCode::Failed, ActionsStatus::NoConclusion, {}, true};
        if (const std::optional<StatusCode> mapped = conclusionStatus(conclusion))
            return {*mapped, ActionsStatus::None, {}, true};
        return {StatusCode::Failed, ActionsStatus::UnknownConclusion, quoted(conclusionValue), true};
    };
    if (status == u"completed")
        return fromConclusion();
    if (status == u"queued" || status == u"requested" || status == u"pending")
        return {StatusCode::Queued, ActionsStatus::None, {}, false};
    if (status == u"in_progress")
        return {StatusCode::Running, ActionsStatus::None, {}, false};
    if (status == u"waiting")
        return {StatusCode::Waiting, ActionsStatus::None, {}, false};
    // No status, or one GitHub added after this was written: a conclusion, when there is one, says how it ended.
    if (!conclusion.isEmpty())
        return fromConclusion();
    if (status.isEmpty())
        return {StatusCode::Running, ActionsStatus::NoStatus, {}, false};
    return {StatusCode::Running, ActionsStatus::UnknownStatus, quoted(statusValue), false};
}

} // namespace flowdeck::ci::github::detail
