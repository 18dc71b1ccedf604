// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/jenkins/jenkinspages.h"

#include "ci/jenkins/jenkinsreading.h"

namespace flowdeck::ci::jenkins {

using namespace Qt::StringLiterals;
using detail::Item;
using detail::Messages;

namespace {

/// What one object of a page is, by the keys only it has.
enum class ObjectKind
{
    JobBuilds,
    Build,
    WfapiRun,
    WfapiStageNode,
    WfapiJob
};

std::optional<ObjectKind> objectKind(const json::Object &object)
{
    if (object.contains("stageFlowNodes"_L1))
        return ObjectKind::WfapiStageNode;
    if (object.contains("stages"_L1))
        return ObjectKind::WfapiRun;
    if (object.contains("runCount"_L1))
        return ObjectKind::WfapiJob;
    if (object.value("builds"_L1).isArray() || object.value("allBuilds"_L1).isArray())
        return ObjectKind::JobBuilds;
    if (object.contains("number"_L1) ||
        (object.contains("url"_L1) &&
         (object.contains("result"_L1) || object.contains("building"_L1) || object.contains("timestamp"_L1))))
        return ObjectKind::Build;
    return std::nullopt;
}

QString objectTitle(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::JobBuilds:
        return Messages::tr("a job with its builds");
    case ObjectKind::Build:
        return Messages::tr("a build");
    case ObjectKind::WfapiRun:
        return Messages::tr("a wfapi run");
    case ObjectKind::WfapiStageNode:
        return Messages::tr("a wfapi stage node");
    case ObjectKind::WfapiJob:
        return Messages::tr("a wfapi job description");
    }
    return {};
}

/// The object a page (or each item of a wfapi runs list) must be.
ObjectKind expectedObject(PageKind kind)
{
    switch (kind) {
    case PageKind::JobBuilds:
        return ObjectKind::JobBuilds;
    case PageKind::Build:
        return ObjectKind::Build;
    case PageKind::WfapiRuns:
    case PageKind::WfapiRun:
        return ObjectKind::WfapiRun;
    case PageKind::WfapiStageNode:
        return ObjectKind::WfapiStageNode;
    case PageKind::WfapiJob:
        return ObjectKind::WfapiJob;
    }
    return ObjectKind::Build;
}

QString valueTitle(const json::Value &value)
{
    switch (value.type()) {
    case json::Type::Array:
        return Messages::tr("a list");
    case json::Type::Object:
        return Messages::tr("an object");
    case json::Type::Undefined:
        return Messages::tr("an empty document");
    default:
        return quotedValue(value);
    }
}

Result<void> checkObject(ObjectKind expected, const json::Object &object, const Item &item)
{
    const std::optional<ObjectKind> found = objectKind(object);
    if (!found)
        return Error{Messages::tr("%1: expected %2, found an object with none of its keys")
                         .arg(item.place(), objectTitle(expected))};
    if (*found != expected)
        return Error{
            Messages::tr("%1: expected %2, found %3").arg(item.place(), objectTitle(expected), objectTitle(*found))};
    return {};
}

Result<void> readBuilds(const json::Object &job, const PageContext &context, Batch &batch)
{
    const bool all = job.value("allBuilds"_L1).isArray();
    const QLatin1StringView list = all ? "allBuilds"_L1 : "builds"_L1;
    const json::Array builds = job.value(list).toArray();
    batch.runs.reserve(builds.size());
    for (qsizetype i = 0; i < builds.size(); ++i) {
        const Item item{context, i, batch, list};
        const json::Value value = builds.at(i);
        if (!value.isObject())
            return Error{Messages::tr("%1: expected a build, found %2").arg(item.place(), valueTitle(value))};
        if (Result<void> read = detail::readBuild(value.toObject(), item); !read)
            return read.error();
    }
    return {};
}

} // namespace

QString buildUrlOfLink(const QString &href, const QString &jobUrl)
{
    QStringView path(href);
    if (const qsizetype query = path.indexOf(u'?'); query >= 0)
        path.truncate(query);
    qsizetype end = path.indexOf("/execution/node/"_L1);
    if (end < 0)
        end = path.lastIndexOf("/wfapi/"_L1);
    if (end < 0)
        return {};
    path.truncate(end + 1);
    if (path.startsWith("http://"_L1) || path.startsWith("https://"_L1) || !path.startsWith(u'/'))
        return path.toString();
    // The server's origin (scheme and host) from the job URL; its path (a context path such as /jenkins included)
    // is in the link already.
    const qsizetype scheme = jobUrl.indexOf("://"_L1);
    if (scheme < 0)
        return path.toString();
    const qsizetype hostEnd = jobUrl.indexOf(u'/', scheme + 3);
    QString url = hostEnd < 0 ? jobUrl : jobUrl.left(hostEnd);
    url.append(path);
    return url;
}

Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context)
{
    const Result<json::Document> document =
        readPage(body, context.where.isEmpty() ? Messages::tr("Jenkins page") : context.where);
    if (!document)
        return document.error();
    return parsePage(kind, document->root(), context);
}

Result<Batch> parsePage(PageKind kind, const QJsonDocument &document, const PageContext &context)
{
    return parsePage(kind, json::Document::fromQt(document).root(), context);
}

Result<Batch> parsePage(PageKind kind, const json::Value &page, const PageContext &given)
{
    PageContext context = given;
    if (context.where.isEmpty())
        context.where = Messages::tr("Jenkins page");
    const ObjectKind expected = expectedObject(kind);
    Batch batch;
    if (kind == PageKind::WfapiRuns && page.isArray()) {
        const json::Array runs = page.toArray();
        batch.runs.reserve(runs.size());
        for (qsizetype i = 0; i < runs.size(); ++i) {
            const Item item{context, i, batch};
            const json::Value value = runs.at(i);
            if (!value.isObject())
                return Error{Messages::tr("%1: expected %2, found %3")
                                 .arg(item.place(), objectTitle(expected), valueTitle(value))};
            if (Result<void> read = checkObject(expected, value.toObject(), item); !read)
                return read.error();
            if (Result<void> read = detail::readWfapiRun(value.toObject(), item); !read)
                return read.error();
        }
        return batch;
    }
    if (!page.isObject()) {
        const QString wanted =
            kind == PageKind::WfapiRuns ? Messages::tr("a list of wfapi runs") : objectTitle(expected);
        const json::Value value = page.isArray() ? page : json::Value();
        return Error{Messages::tr("%1: expected %2, found %3").arg(context.where, wanted, valueTitle(value))};
    }
    const json::Object object = page.toObject();
    const Item item{context, -1, batch};
    if (Result<void> read = checkObject(expected, object, item); !read)
        return read.error();
    Result<void> read;
    switch (kind) {
    case PageKind::JobBuilds:
        read = readBuilds(object, context, batch);
        break;
    case PageKind::Build:
        read = detail::readBuild(object, item);
        break;
    case PageKind::WfapiRuns: // a single run, as a page of one
    case PageKind::WfapiRun:
        read = detail::readWfapiRun(object, item);
        break;
    case PageKind::WfapiStageNode:
        read = detail::readWfapiStageNode(object, item);
        break;
    case PageKind::WfapiJob:
        // The job's name and run count: nothing to store. The runs come from its wfapi/runs.
        break;
    }
    if (!read)
        return read.error();
    return batch;
}

std::optional<PageKind> detectPageKind(const QByteArray &body)
{
    const std::optional<json::Document> document = jsonPage(body);
    return document ? detectPageKind(document->root()) : std::nullopt;
}

std::optional<PageKind> detectPageKind(const QJsonDocument &document)
{
    return detectPageKind(json::Document::fromQt(document).root());
}

std::optional<PageKind> detectPageKind(const json::Value &page)
{
    if (page.isArray()) {
        const json::Array items = page.toArray();
        if (items.isEmpty() || !items.first().isObject())
            return std::nullopt;
        const json::Object first = items.first().toObject();
        if (first.contains("stages"_L1) || first.contains("startTimeMillis"_L1))
            return PageKind::WfapiRuns;
        return std::nullopt;
    }
    if (!page.isObject())
        return std::nullopt;
    const std::optional<ObjectKind> kind = objectKind(page.toObject());
    if (!kind)
        return std::nullopt;
    switch (*kind) {
    case ObjectKind::JobBuilds:
        return PageKind::JobBuilds;
    case ObjectKind::Build:
        return PageKind::Build;
    case ObjectKind::WfapiRun:
        return PageKind::WfapiRun;
    case ObjectKind::WfapiStageNode:
        return PageKind::WfapiStageNode;
    case ObjectKind::WfapiJob:
        return PageKind::WfapiJob;
    }
    return std::nullopt;
}

QString pageKindTitle(PageKind kind)
{
    switch (kind) {
    case PageKind::JobBuilds:
        return Messages::tr("job builds");
    case PageKind::Build:
        return Messages::tr("build");
    case PageKind::WfapiRuns:
        return Messages::tr("wfapi runs");
    case PageKind::WfapiRun:
        return Messages::tr("wfapi run");
    case PageKind::WfapiStageNode:
        return Messages::tr("wfapi stage node");
    case PageKind::WfapiJob:
        return Messages::tr("wfapi job description");
    }
    return {};
}

} // namespace flowdeck::ci::jenkins
