// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/gitlab/gitlabreading.h"

#include "domain/delivery.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace flowdeck::ci::gitlab::detail {

using namespace Qt::StringLiterals;

QString Item::place() const
{
    if (index < 0)
        return context.where;
    return Messages::tr("%1, item %2").arg(context.where).arg(index + 1);
}

Error Item::missingKey(const QString &kind, QLatin1StringView key) const
{
    return Error{Messages::tr("%1: the %2 has no “%3”").arg(place(), kind, key)};
}

void Item::warn(const QString &record, const QString &text) const
{
    batch.warnings.append(Messages::tr("%1: %2: %3").arg(context.where, record, text));
}

std::optional<QString> readId(const QJsonValue &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        if (id >= 0)
            return QString::number(id);
        return std::nullopt;
    }
    if (value.isString()) {
        QString text = value.toString();
        if (text.isEmpty())
            return std::nullopt;
        for (const QChar c : text) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        return text;
    }
    return std::nullopt;
}

std::optional<QString> readText(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    QString text = value.toString();
    if (text.isEmpty())
        return std::nullopt;
    return text;
}

std::optional<QString> readUsername(const QJsonValue &user)
{
    return readText(user.toObject().value("username"_L1));
}

QString quoted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Undefined:
        return Messages::tr("absent");
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return Messages::tr("“%1”").arg(value.toString());
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString timeText(Timestamp time)
{
    return QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString projectOf(const PageContext &context, const QJsonValue &projectId)
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

const QString &statusText(const char *status)
{
    static const QString queued = QString::fromLatin1(Status::Queued);
    static const QString running = QString::fromLatin1(Status::Running);
    static const QString waiting = QString::fromLatin1(Status::Waiting);
    static const QString succeeded = QString::fromLatin1(Status::Succeeded);
    static const QString failed = QString::fromLatin1(Status::Failed);
    static const QString canceled = QString::fromLatin1(Status::Canceled);
    static const QString skipped = QString::fromLatin1(Status::Skipped);
    if (status == Status::Queued)
        return queued;
    if (status == Status::Waiting)
        return waiting;
    if (status == Status::Succeeded)
        return succeeded;
    if (status == Status::Failed)
        return failed;
    if (status == Status::Canceled)
        return canceled;
    if (status == Status::Skipped)
        return skipped;
    return running;
}

bool isFinal(const char *status)
{
    return status == Status::Succeeded || status == Status::Failed || status == Status::Canceled ||
           status == Status::Skipped;
}

const char *pipelineStatus(QStringView word)
{
    // Waiting for earlier stages, for a runner, or for the runner to prepare its environment: queued.
    if (word == "created"_L1 || word == "pending"_L1 || word == "preparing"_L1)
        return Status::Queued;
    // Held back on purpose: until someone plays it (manual), until its delay has passed (scheduled), until its
    // resource group is free (waiting_for_resource).
    if (word == "manual"_L1 || word == "scheduled"_L1 || word == "waiting_for_resource"_L1)
        return Status::Waiting;
    // A job being canceled still runs its after_script; its outcome comes with a later sync.
    if (word == "running"_L1 || word == "canceling"_L1)
        return Status::Running;
    if (word == "success"_L1)
        return Status::Succeeded;
    if (word == "failed"_L1)
        return Status::Failed;
    if (word == "canceled"_L1)
        return Status::Canceled;
    if (word == "skipped"_L1)
        return Status::Skipped;
    return nullptr;
}

const char *deploymentStatus(QStringView word)
{
    if (word == "created"_L1)
        return Status::Queued;
    // Blocked: waiting for an approval of a protected environment.
    if (word == "blocked"_L1)
        return Status::Waiting;
    if (word == "running"_L1)
        return Status::Running;
    if (word == "success"_L1)
        return Status::Succeeded;
    if (word == "failed"_L1)
        return Status::Failed;
    if (word == "canceled"_L1)
        return Status::Canceled;
    if (word == "skipped"_L1)
        return Status::Skipped;
    return nullptr;
}

} // namespace flowdeck::ci::gitlab::detail
