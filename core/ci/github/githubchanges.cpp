// SPDX-License-Identifier: GPL-3.0-or-later
// GitHub pull requests and releases: changes as they are merged and published.
#include "ci/github/githubreading.h"

#include <limits>

namespace flowdeck::ci::github::detail {

using namespace Qt::StringLiterals;

namespace {

/// The repository of a record: the payload's own repository object first (it follows renames), then the one the
/// page was asked for, then the API URL of the record.
QString recordRepository(const QString &fromObject, const ItemPlace &place, const json::Object &item)
{
    if (!fromObject.isEmpty())
        return fromObject;
    if (!place.context.repository.isEmpty())
        return place.context.repository;
    return repositoryFromUrl(item.value("url"_L1).toString());
}

} // namespace

Result<void> readPullRequest(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("pull request"), "id"_L1);
    const json::Value numberValue = item.value("number"_L1);
    const qint64 number = numberValue.toInteger(-1);
    if (number < 0 || number > std::numeric_limits<int>::max())
        return missingKey(place, Messages::tr("pull request"), "number"_L1);

    PullRequestRecord request;
    request.externalId = std::move(*id);
    request.number = int(number);
    const auto label = [&] {
        return Messages::tr("pull request #%1").arg(request.number);
    };
    const OptionalTime created = readTime(item, "created_at"_L1, label, batch.warnings);
    if (!created) {
        batch.warnings.append(Messages::tr("%1: has no creation time; it is left out").arg(label()));
        return {};
    }
    request.createdAt = *created;
    const json::Object head = item.value("head"_L1).toObject();
    const json::Object base = item.value("base"_L1).toObject();
    request.repository =
        recordRepository(base.value("repo"_L1).toObject().value("full_name"_L1).toString(), place, item);
    request.title = item.value("title"_L1).toString();
    request.author = item.value("user"_L1).toObject().value("login"_L1).toString();
    request.headBranch = head.value("ref"_L1).toString();
    request.baseBranch = base.value("ref"_L1).toString();
    request.url = readText(item.value("html_url"_L1));

    request.mergedAt = readTime(item, "merged_at"_L1, label, batch.warnings);
    request.closedAt = readTime(item, "closed_at"_L1, label, batch.warnings);
    if (request.mergedAt && *request.mergedAt < request.createdAt) {
        batch.warnings.append(
            Messages::tr("%1: merged before it was created; its merge time is stored as unknown").arg(label()));
        request.mergedAt.reset();
    }
    if (request.closedAt && *request.closedAt < request.createdAt) {
        batch.warnings.append(
            Messages::tr("%1: closed before it was created; its closing time is stored as unknown").arg(label()));
        request.closedAt.reset();
    }
    // Before the merge, merge_commit_sha names GitHub's test merge, a commit that never reaches a branch.
    if (!isAbsent(item.value("merged_at"_L1)))
        request.mergeCommitOid = readText(item.value("merge_commit_sha"_L1));
    batch.pullRequests.append(std::move(request));
    return {};
}

Result<void> readRelease(const json::Object &item, const ItemPlace &place, Batch &batch)
{
    std::optional<QString> id = readId(item.value("id"_L1));
    if (!id)
        return missingKey(place, Messages::tr("release"), "id"_L1);
    std::optional<QString> tag = readText(item.value("tag_name"_L1));
    if (!tag)
        return missingKey(place, Messages::tr("release"), "tag_name"_L1);

    ReleaseRecord release;
    release.externalId = std::move(*id);
    release.tagName = std::move(*tag);
    release.repository = recordRepository({}, place, item);
    // GitHub shows the tag for a release without a name; so do the records.
    release.name = item.value("name"_L1).toString();
    if (release.name.isEmpty())
        release.name = release.tagName;
    release.targetCommitish = readText(item.value("target_commitish"_L1));
    release.draft = item.value("draft"_L1).toBool();
    release.prerelease = item.value("prerelease"_L1).toBool();
    release.url = readText(item.value("html_url"_L1));
    const auto label = [&] {
        return Messages::tr("release %1 “%2”").arg(release.externalId, release.tagName);
    };
    // No order is checked: created_at is the date of the tagged commit, which may come after the publication.
    release.createdAt = readTime(item, "created_at"_L1, label, batch.warnings);
    release.publishedAt = readTime(item, "published_at"_L1, label, batch.warnings);
    batch.releases.append(std::move(release));
    return {};
}

} // namespace flowdeck::ci::github::detail
