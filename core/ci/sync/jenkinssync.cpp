// SPDX-License-Identifier: GPL-3.0-or-later
// Jenkins: a job's builds (api/json with tree=), and for Pipeline jobs each new build's stages with their queue and
// pause times (Pipeline Stage View, wfapi).
#include "ci/jenkins/jenkinspages.h"
#include "ci/sync/cisources.h"
#include "ci/sync/syncsession.h"

#include <QJsonObject>
#include <QUrlQuery>

namespace flowdeck::ci::detail {

using namespace Qt::StringLiterals;

namespace {

QString jobUrl(const CiSource &source)
{
    return source.baseUrl + u'/' + source.project + u'/';
}

/// The fields of a build the import reads; the last 100 builds.
constexpr auto buildsTree = "builds[number,url,result,building,timestamp,duration,queueId,"
                            "actions[lastBuiltRevision[SHA1,branch[name]],causes[shortDescription,userId,userName]]]"
                            "{0,100}";

Result<Batch> parse(const SyncSession &session, jenkins::PageKind kind, const HttpResponse &response,
                    const QJsonDocument &document)
{
    return jenkins::parsePage(kind, document,
                              jenkins::PageContext{endpointName(response.url), jobUrl(session.source())});
}

bool building(const QString &status)
{
    return status == QLatin1String(Status::Running) || status == QLatin1String(Status::Queued) ||
           status == QLatin1String(Status::Waiting);
}

} // namespace

Result<void> syncJenkins(SyncSession &session)
{
    auto cursor = session.cursor(u"builds"_s);
    if (!cursor)
        return cursor.error();
    // The cursor is the highest build number up to which every build had finished.
    const qint64 done = *cursor && (*cursor)->cursorValue ? (*cursor)->cursorValue->toLongLong() : 0;

    QUrl url(jobUrl(session.source()) + u"api/json"_s);
    QUrlQuery query;
    query.addQueryItem(u"tree"_s, QString::fromLatin1(buildsTree));
    url.setQuery(query);
    session.progress(SyncSession::tr("builds"), 1);
    auto response = session.get(url);
    if (!response)
        return response.error();
    auto document = session.json(*response);
    if (!document)
        return document.error();
    auto builds = parse(session, jenkins::PageKind::JobBuilds, *response, *document);
    if (!builds)
        return builds.error();
    // --since: builds that started before it are left out.
    if (session.options().since) {
        QList<RunRecord> recent;
        for (const RunRecord &run : std::as_const(builds->runs)) {
            if (!run.startedAt || *run.startedAt >= *session.options().since)
                recent.append(run);
        }
        builds->runs = recent;
    }
    if (auto stored = session.store(*builds); !stored)
        return stored.error();

    qint64 highest = done;
    std::optional<qint64> lowestOpen;
    bool stageView = true;
    int page = 1;
    for (const RunRecord &run : std::as_const(builds->runs)) {
        const qint64 number = run.number.value_or(0);
        highest = qMax(highest, number);
        if (building(run.status))
            lowestOpen = lowestOpen ? qMin(*lowestOpen, number) : number;
        if (number <= done || !stageView)
            continue;
        if (session.isCanceled())
            return Error{TaskControl::canceledMessage()};
        // Stages come from Pipeline Stage View; a job without it (a freestyle job) answers 404 and has no stages.
        session.progress(SyncSession::tr("stages of build %1").arg(number), ++page);
        QString buildUrl = run.externalId;
        if (!buildUrl.endsWith(u'/'))
            buildUrl += u'/';
        auto stages = session.get(QUrl(buildUrl + u"wfapi/describe"_s));
        if (!stages) {
            if (stages.errorMessage().contains(u"404"_s)) {
                stageView = false;
                continue;
            }
            return stages.error();
        }
        auto stagesDocument = session.json(*stages);
        if (!stagesDocument)
            return stagesDocument.error();
        auto batch = parse(session, jenkins::PageKind::WfapiRun, *stages, *stagesDocument);
        if (!batch)
            return batch.error();
        if (auto stored = session.store(*batch); !stored)
            return stored.error();
    }
    const qint64 next = lowestOpen ? *lowestOpen - 1 : highest;
    return session.saveCursor(session.makeCursor(u"builds"_s, QString::number(qMax(next, done)), {}));
}

Result<QString> testJenkins(HttpFetcher &fetcher, const CiSource &source)
{
    QUrl url(jobUrl(source) + u"api/json"_s);
    QUrlQuery query;
    query.addQueryItem(u"tree"_s, u"name,lastBuild[number]"_s);
    url.setQuery(query);
    auto response = fetcher.get(url);
    if (!response)
        return response.error();
    const QJsonObject job = QJsonDocument::fromJson(response->body).object();
    if (!job.contains(u"name"))
        return Error{SyncSession::tr("%1 answered, but not with a Jenkins job.").arg(endpointName(response->url))};
    const QJsonValue last = job.value(u"lastBuild").toObject().value(u"number");
    if (last.isUndefined())
        return SyncSession::tr("%1: reachable, no builds yet.").arg(sourceTitle(source));
    return SyncSession::tr("%1: reachable, last build #%2.").arg(sourceTitle(source)).arg(last.toInteger());
}

} // namespace flowdeck::ci::detail
