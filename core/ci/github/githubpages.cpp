// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/github/githubpages.h"

#include "ci/github/githubreading.h"

namespace flowdeck::ci::github {

using namespace Qt::StringLiterals;
using detail::ItemPlace;
using detail::Messages;

namespace {

using ItemReader = Result<void> (*)(const json::Object &, const ItemPlace &, Batch &);

/// How a kind of page is laid out and read.
struct PageLayout
{
    /// The key of the list in an object page (runs and jobs); empty for the bare arrays.
    QLatin1StringView list;
    ItemReader read;
};

PageLayout layoutOf(PageKind kind)
{
    switch (kind) {
    case PageKind::WorkflowRuns:
        return {"workflow_runs"_L1, detail::readRun};
    case PageKind::Jobs:
        return {"jobs"_L1, detail::readJob};
    case PageKind::Deployments:
        return {{}, detail::readDeployment};
    case PageKind::DeploymentStatuses:
        return {{}, detail::readDeploymentStatus};
    case PageKind::PullRequests:
        return {{}, detail::readPullRequest};
    case PageKind::Releases:
        return {{}, detail::readRelease};
    case PageKind::Issues:
        return {{}, detail::readIssue};
    }
    Q_UNREACHABLE();
    return {{}, detail::readIssue};
}

/// Room for the records of a page, made once instead of growing item by item.
void reserve(Batch &batch, PageKind kind, qsizetype count)
{
    switch (kind) {
    case PageKind::WorkflowRuns:
        batch.runs.reserve(count);
        break;
    case PageKind::Jobs:
        batch.jobs.reserve(count);
        break;
    case PageKind::Deployments:
        batch.deployments.reserve(count);
        break;
    case PageKind::DeploymentStatuses:
        batch.deploymentStatuses.reserve(count);
        break;
    case PageKind::PullRequests:
        batch.pullRequests.reserve(count);
        break;
    case PageKind::Releases:
        batch.releases.reserve(count);
        break;
    case PageKind::Issues:
        // Most issues are no incidents.
        break;
    }
}

Error wrongShape(PageKind kind, const PageLayout &layout, const PageContext &context)
{
    if (!layout.list.isEmpty())
        return Error{Messages::tr("%1: expected a list of %2 (an object with a “%3” list)")
                         .arg(context.where, pageKindTitle(kind), QString(layout.list))};
    return Error{Messages::tr("%1: expected a list of %2").arg(context.where, pageKindTitle(kind))};
}

/// Reads one item; its warnings are prefixed with the page, as every import's warnings are.
Result<void> readItem(const PageLayout &layout, const json::Object &item, const ItemPlace &place, Batch &batch)
{
    const qsizetype warningsBefore = batch.warnings.size();
    Result<void> read = layout.read(item, place, batch);
    for (qsizetype i = warningsBefore; i < batch.warnings.size(); ++i)
        batch.warnings[i] = Messages::tr("%1: %2").arg(place.context.where, batch.warnings.at(i));
    return read;
}

Result<Batch> readItems(PageKind kind, const PageLayout &layout, const json::Array &items, const PageContext &context)
{
    Batch batch;
    reserve(batch, kind, items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ItemPlace place{context, layout.list, i};
        const json::Value item = items.at(i);
        if (!item.isObject())
            return Error{Messages::tr("%1: the item at %2 is not an object").arg(context.where, place.text())};
        if (Result<void> read = readItem(layout, item.toObject(), place, batch); !read)
            return read.error();
    }
    return batch;
}

/// Keys distinctive of each kind of item, for telling what a saved document holds.
std::optional<PageKind> itemKind(const json::Object &item)
{
    const auto has = [&](QLatin1StringView key) {
        return item.contains(key);
    };
    if (has("deployment_url"_L1) && has("state"_L1))
        return PageKind::DeploymentStatuses;
    if (has("head"_L1) && has("base"_L1))
        return PageKind::PullRequests;
    if (has("tag_name"_L1))
        return PageKind::Releases;
    if (has("workflow_id"_L1) && has("run_number"_L1))
        return PageKind::WorkflowRuns;
    if (has("run_id"_L1) && has("steps"_L1))
        return PageKind::Jobs;
    if (has("sha"_L1) && has("environment"_L1))
        return PageKind::Deployments;
    if (has("labels"_L1) && has("title"_L1))
        return PageKind::Issues;
    return std::nullopt;
}

} // namespace

Result<Batch> parsePage(PageKind kind, const QByteArray &body, const PageContext &context)
{
    // An empty body is reported as not JSON at byte 0, like any other body that is no document.
    const Result<json::Document> document = readJsonPage(body, context.where);
    if (!document)
        return document.error();
    return parsePage(kind, document->root(), context);
}

Result<Batch> parsePage(PageKind kind, const QJsonDocument &document, const PageContext &context)
{
    return parsePage(kind, json::Document::fromQt(document).root(), context);
}

Result<Batch> parsePage(PageKind kind, const json::Value &page, const PageContext &context)
{
    const PageLayout layout = layoutOf(kind);
    if (page.isArray()) {
        if (!layout.list.isEmpty())
            return wrongShape(kind, layout, context);
        return readItems(kind, layout, page.toArray(), context);
    }
    if (!page.isObject())
        return wrongShape(kind, layout, context);

    const json::Object object = page.toObject();
    if (!layout.list.isEmpty()) {
        const json::Value list = object.value(layout.list);
        if (list.isArray())
            return readItems(kind, layout, list.toArray(), context);
        if (!list.isUndefined())
            return Error{Messages::tr("%1: “%2” is not a list").arg(context.where, QString(layout.list))};
    }
    // One item saved on its own (GET .../deployments/{id}, .../runs/{id}) reads as a page of one.
    if (object.contains("id"_L1)) {
        Batch batch;
        if (Result<void> read = readItem(layout, object, ItemPlace{context, layout.list}, batch); !read)
            return read.error();
        return batch;
    }
    // What GitHub answers instead of a page: {"message": "Not Found", "documentation_url": ...}.
    if (const QString message = object.value("message"_L1).toString(); !message.isEmpty())
        return Error{Messages::tr("%1: GitHub answered with an error instead of %2: %3")
                         .arg(context.where, pageKindTitle(kind), message)};
    return wrongShape(kind, layout, context);
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
    if (page.isObject()) {
        const json::Object object = page.toObject();
        // Also when the list is of another type: such a page is broken, and parsePage() says so, rather than being
        // skipped as JSON of another kind.
        if (object.contains("workflow_runs"_L1))
            return PageKind::WorkflowRuns;
        if (object.contains("jobs"_L1))
            return PageKind::Jobs;
        // A single item saved on its own, which parsePage reads as a page of one.
        return itemKind(object);
    }
    if (page.isArray()) {
        const json::Array items = page.toArray();
        for (const json::Value item : items) {
            if (!item.isObject())
                continue;
            const std::optional<PageKind> kind = itemKind(item.toObject());
            // Runs and jobs are never bare arrays, so an array of them is not a page parsePage reads.
            if (kind == PageKind::WorkflowRuns || kind == PageKind::Jobs)
                return std::nullopt;
            return kind;
        }
    }
    return std::nullopt;
}

QString pageKindTitle(PageKind kind)
{
    switch (kind) {
    case PageKind::WorkflowRuns:
        return Messages::tr("workflow runs");
    case PageKind::Jobs:
        return Messages::tr("jobs");
    case PageKind::Deployments:
        return Messages::tr("deployments");
    case PageKind::DeploymentStatuses:
        return Messages::tr("deployment statuses");
    case PageKind::PullRequests:
        return Messages::tr("pull requests");
    case PageKind::Releases:
        return Messages::tr("releases");
    case PageKind::Issues:
        return Messages::tr("issues");
    }
    return {};
}

} // namespace flowdeck::ci::github
