// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/jenkins/jenkinsreading.h"

#include <QUrl>

#include <cmath>

namespace flowdeck::ci::jenkins::detail {

using namespace Qt::StringLiterals;

QString Item::place() const
{
    if (index < 0)
        return context.where;
    if (list.isEmpty())
        return Messages::tr("%1, item %2").arg(context.where).arg(index + 1);
    return Messages::tr("%1, %2 item %3").arg(context.where, list).arg(index + 1);
}

void Item::warn(const QString &record, const QString &text) const
{
    batch.warnings.append(Messages::tr("%1: %2: %3").arg(context.where, record, text));
}

std::optional<QString> readNodeId(const json::Value &value)
{
    if (value.isDouble()) {
        const qint64 id = value.toInteger(-1);
        return id >= 0 ? std::optional<QString>(QString::number(id)) : std::nullopt;
    }
    return readText(value);
}

std::optional<qint64> readMillis(const json::Value &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double ms = value.toDouble();
    if (!std::isfinite(ms) || ms < 0 || ms > 1e15)
        return std::nullopt;
    return std::llround(ms);
}

QString withSlash(QString url)
{
    if (!url.isEmpty() && !url.endsWith(u'/'))
        url.append(u'/');
    return url;
}

QString jobUrlOfBuild(const QString &buildUrl)
{
    QStringView url(buildUrl);
    while (url.endsWith(u'/'))
        url.chop(1);
    const qsizetype slash = url.lastIndexOf(u'/');
    return slash < 0 ? QString() : url.left(slash + 1).toString();
}

std::optional<qint64> buildNumberOf(const QString &buildUrl)
{
    QStringView url(buildUrl);
    while (url.endsWith(u'/'))
        url.chop(1);
    bool ok = false;
    const qint64 number = url.mid(url.lastIndexOf(u'/') + 1).toLongLong(&ok);
    return ok && number >= 0 ? std::optional<qint64>(number) : std::nullopt;
}

QString jobNameOf(const QString &jobUrl)
{
    // Every run of a page has the same job: its name is worked out once.
    thread_local QString lastUrl;
    thread_local QString lastName;
    if (jobUrl == lastUrl && !lastUrl.isNull())
        return lastName;
    // QUrl::path() decodes %20 and the like; a server-relative URL is a path already.
    const QStringList segments = QUrl(jobUrl).path().split(u'/', Qt::SkipEmptyParts);
    QStringList names;
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        if (segments[i] == "job"_L1)
            names.append(segments[++i]);
    }
    lastUrl = jobUrl;
    lastName = names.join(u'/');
    return lastName;
}

QString projectOf(const PageContext &context, const QString &buildUrl)
{
    if (!context.jobUrl.isEmpty())
        return withSlash(context.jobUrl);
    return jobUrlOfBuild(buildUrl);
}

std::optional<StatusCode> resultStatus(QStringView result)
{
    if (result == "SUCCESS"_L1)
        return StatusCode::Succeeded;
    // Unstable: the build ran to its end but its tests (or another check) failed.
    if (result == "FAILURE"_L1 || result == "UNSTABLE"_L1)
        return StatusCode::Failed;
    if (result == "ABORTED"_L1)
        return StatusCode::Canceled;
    if (result == "NOT_BUILT"_L1)
        return StatusCode::Skipped;
    return std::nullopt;
}

std::optional<StatusCode> wfapiStatus(QStringView status)
{
    if (status == "SUCCESS"_L1)
        return StatusCode::Succeeded;
    if (status == "FAILED"_L1 || status == "UNSTABLE"_L1)
        return StatusCode::Failed;
    if (status == "ABORTED"_L1)
        return StatusCode::Canceled;
    if (status == "NOT_EXECUTED"_L1)
        return StatusCode::Skipped;
    if (status == "IN_PROGRESS"_L1)
        return StatusCode::Running;
    // Waiting for someone to answer an input step.
    if (status == "PAUSED_PENDING_INPUT"_L1)
        return StatusCode::Waiting;
    return std::nullopt;
}

} // namespace flowdeck::ci::jenkins::detail
