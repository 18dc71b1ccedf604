// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/gitlab/gitlabpages.h"

#include "ci/gitlab/gitlabreading.h"

namespace flowdeck::ci::gitlab {

using namespace Qt::StringLiterals;
using detail::Item;
using detail::Messages;

namespace {

/// What one item of a page is.
enum class ItemKind
{
    Pipeline,
    Job,
    Bridge,
    Deployment,
    Environment,
    MergeRequest,
    Issue
};

/// The item's kind by the keys only it has; checked in an order where an earlier kind's keys are not all found in
/// a later one (a deployment and a merge request also have a pipeline's sha, ref and status).
std::optional<ItemKind> itemKind(const json::Object &object)
{
    if (object.contains("downstream_pipeline"_L1))
        return ItemKind::Bridge;
    if (object.contains("stage"_L1) && object.contains("pipeline"_L1))
        return ItemKind::Job;
    if (object.contains("deployable"_L1) || (object.contains("environment"_L1) && object.contains("sha"_L1)))
        return ItemKind::Deployment;
    if (object.contains("slug"_L1) && object.contains("name"_L1))
        return ItemKind::Environment;
    if (object.contains("source_branch"_L1) && object.contains("target_branch"_L1))
        return ItemKind::MergeRequest;
    if (object.contains("issue_type"_L1) || (object.contains("labels"_L1) && object.contains("title"_L1)))
        return ItemKind::Issue;
    if (object.contains("sha"_L1) && object.contains("ref"_L1) && object.contains("status"_L1))
        return ItemKind::Pipeline;
    return std::nullopt;
}

ItemKind itemKindOf(PageKind kind)
{
    switch (kind) {
    case PageKind::Pipelines:
    case PageKind::Pipeline:
        return ItemKind::Pipeline;
    case PageKind::Jobs:
        return ItemKind::Job;
    case PageKind::Bridges:
        return ItemKind::Bridge;
    case PageKind::Deployments:
    case PageKind::Deployment:
        return ItemKind::Deployment;
    case PageKind::Environments:
    case PageKind::Environment:
        return ItemKind::Environment;
    case PageKind::MergeRequests:
        return ItemKind::MergeRequest;
    case PageKind::Issues:
        return ItemKind::Issue;
    }
    return ItemKind::Pipeline;
}

bool isSingle(PageKind kind)
{
    return kind == PageKind::Pipeline || kind == PageKind::Deployment || kind == PageKind::Environment;
}

PageKind pageKindOf(ItemKind kind, bool single)
{
    switch (kind) {
    case ItemKind::Pipeline:
        return single ? PageKind::Pipeline : PageKind::Pipelines;
    case ItemKind::Job:
        return PageKind::Jobs;
    case ItemKind::Bridge:
        return PageKind::Bridges;
    case ItemKind::Deployment:
        return single ? PageKind::Deployment : PageKind::Deployments;
    case ItemKind::Environment:
        return single ? PageKind::Environment : PageKind::Environments;
    case ItemKind::MergeRequest:
        return PageKind::MergeRequests;
    case ItemKind::Issue:
        return PageKind::Issues;
    }
    return PageKind::Pipelines;
}

/// "a pipeline", "an environment": for messages.
QString itemTitle(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Pipeline:
        return Messages::tr("a pipeline");
    case ItemKind::Job:
        return Messages::tr("a job");
    case ItemKind::Bridge:
        return Messages::tr("a bridge (a trigger job)");
    case ItemKind::Deployment:
        return Messages::tr("a deployment");
    case ItemKind::Environment:
        return Messages::tr("an environment");
    case ItemKind::MergeRequest:
        return Messages::tr("a merge request");
    case ItemKind::Issue:
        return Messages::tr("an issue");
    }
    return {};
}

/// Jobs and bridges are read alike, so either page takes either item.
bool accepts(ItemKind expected, ItemKind found)
{
    const auto isJob = [](ItemKind kind) {
        return kind == ItemKind::Job || kind == ItemKind::Bridge;
    };
    return found == expected || (isJob(expected) && isJob(found));
}

Result<void> readItem(ItemKind expected, const json::Object &object, const Item &item)
{
    const std::optional<ItemKind> found = itemKind(object);
    if (!found)
        return Error{Messages::tr("%1: expected %2, found an object with none of its keys")
                         .arg(item.place(), itemTitle(expected))};
    if (!accepts(expected, *found))
        return Error{
            Messages::tr("%1: expected %2, found %3").arg(item.place(), itemTitle(expected), itemTitle(*found))};
    switch (expected) {
    case ItemKind::Pipeline:
        return detail::readPipeline(object, item);
    case ItemKind::Job:
    case ItemKind::Bridge:
        return detail::readJob(object, item);
    case ItemKind::Deployment:
        return detail::readDeployment(object, item);
    case ItemKind::Environment:
        return detail::readEnvironment(object, item);
    case ItemKind::MergeRequest:
        return detail::readMergeRequest(object, item);
    case ItemKind::Issue:
        return detail::readIssue(object, item);
    }
    return {};
}

QString valueTitle(const json::Value &page)
{
    if (page.isArray())
        return Messages::tr("a list");
    if (page.isObject())
        return Messages::tr("an object");
    return Messages::tr("an empty document");
}

} // namespace

Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context)
{
    const Result<json::Document> document =
        readPage(body, context.where.isEmpty() ? Messages::tr("GitLab page") : context.where);
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
        context.where = Messages::tr("GitLab page");
    const ItemKind expected = itemKindOf(kind);
    Batch batch;
    if (page.isArray() && !isSingle(kind)) {
        const json::Array items = page.toArray();
        batch.runs.reserve(expected == ItemKind::Pipeline ? items.size() : 0);
        batch.jobs.reserve(expected == ItemKind::Job || expected == ItemKind::Bridge ? items.size() : 0);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const json::Value value = items.at(i);
            const Item item{context, i, batch};
            if (!value.isObject())
                return Error{Messages::tr("%1: expected %2, found %3")
                                 .arg(item.place(), itemTitle(expected), quotedValue(value))};
            if (Result<void> read = readItem(expected, value.toObject(), item); !read)
                return read.error();
        }
        return batch;
    }
    if (page.isObject()) {
        if (Result<void> read = readItem(expected, page.toObject(), Item{context, -1, batch}); !read)
            return read.error();
        return batch;
    }
    return Error{Messages::tr("%1: expected %2, found %3")
                     .arg(context.where,
                          isSingle(kind) ? itemTitle(expected) : Messages::tr("a list of %1").arg(pageKindTitle(kind)),
                          valueTitle(page))};
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
        if (const std::optional<ItemKind> kind = itemKind(items.first().toObject()))
            return pageKindOf(*kind, false);
        return std::nullopt;
    }
    if (page.isObject()) {
        if (const std::optional<ItemKind> kind = itemKind(page.toObject()))
            return pageKindOf(*kind, true);
    }
    return std::nullopt;
}

QString pageKindTitle(PageKind kind)
{
    switch (kind) {
    case PageKind::Pipelines:
        return Messages::tr("pipelines");
    case PageKind::Pipeline:
        return Messages::tr("pipeline");
    case PageKind::Jobs:
        return Messages::tr("jobs");
    case PageKind::Bridges:
        return Messages::tr("bridges");
    case PageKind::Deployments:
        return Messages::tr("deployments");
    case PageKind::Deployment:
        return Messages::tr("deployment");
    case PageKind::Environments:
        return Messages::tr("environments");
    case PageKind::Environment:
        return Messages::tr("environment");
    case PageKind::MergeRequests:
        return Messages::tr("merge requests");
    case PageKind::Issues:
        return Messages::tr("issues");
    }
    return {};
}

} // namespace flowdeck::ci::gitlab
