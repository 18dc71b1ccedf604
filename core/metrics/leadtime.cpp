// SPDX-License-Identifier: GPL-3.0-or-later
// Lead time for changes: per commit, and per pull request phase by phase.

#include "metrics/metricparts.h"

#include <algorithm>

namespace flowdeck::metrics {

namespace {

/// Summaries of the phases of the pull requests.
void summarizePullRequests(LeadTimeForChanges &leadTime)
{
    std::vector<double> coding;
    std::vector<double> review;
    std::vector<double> deploy;
    std::vector<double> total;
    const auto count = std::size_t(leadTime.pullRequests.size());
    coding.reserve(count);
    review.reserve(count);
    deploy.reserve(count);
    total.reserve(count);
    for (const PullRequestLeadTime &pullRequest : std::as_const(leadTime.pullRequests)) {
        if (pullRequest.codingMs)
            coding.push_back(hoursOf(*pullRequest.codingMs));
        review.push_back(hoursOf(pullRequest.reviewMs));
        deploy.push_back(hoursOf(pullRequest.deployMs));
        total.push_back(hoursOf(pullRequest.totalMs));
    }
    leadTime.coding = summarize(coding);
    leadTime.review = summarize(review);
    leadTime.deploy = summarize(deploy);
    leadTime.pullRequestTotal = summarize(total);
}

} // namespace

/// A change counts when its first successful production deployment finished in the period. Its span runs from
/// its author time (or committer time, by Options::leadTimeFrom) to that finish; a span <= 0 goes to
/// excludedRecords and nowhere else. Records keep the order of MetricsData::changes.
///
/// A pull request counts when its merge commit's first production deployment finished in the period. Coding runs
/// from its first commit to its opening (nothing when the first commit's time is unknown or after the opening),
/// review from opening to merge, deploy from merge to that deployment's finish, and the total from the first
/// commit (or the opening, without a usable first commit) to the finish. These phases are reported as they are,
/// none left out. A squash or rebase merge is matched through the commit it left on the target branch, so it
/// counts like any other merge.
LeadTimeForChanges leadTimeForChanges(const MetricsData &data, const Period &period, const Options &options)
{
    const auto counts = [&period](const ChangeFact &change) {
        return shippedIn(change, period);
    };
    LeadTimeForChanges leadTime;
    // Space for every record at once: growing a list of hundreds of thousands copies it again and again.
    const auto counted = std::count_if(data.changes.cbegin(), data.changes.cend(), counts);
    leadTime.records.reserve(qsizetype(counted));
    std::vector<double> hours;
    hours.reserve(std::size_t(counted));
    for (const ChangeFact &change : data.changes) {
        if (!counts(change))
            continue;
        ChangeLeadTime record;
        record.commitId = change.commitId;
        record.serviceId = change.serviceId;
        record.deploymentId = *change.productionDeploymentId;
        record.start = options.leadTimeFrom == TimeBasis::Committer ? change.committerTime : change.authorTime;
        record.deployedAt = *change.productionAt;
        record.spanMs = record.deployedAt - record.start;
        if (record.spanMs <= 0) {
            leadTime.excludedRecords.append(record);
            continue;
        }
        leadTime.records.append(record);
        hours.push_back(hoursOf(record.spanMs));
    }
    leadTime.summary = summarize(hours);
    leadTime.level = levelOf(options.benchmark, Key::LeadTime, leadTime.summary.medianHours);

    for (const PullRequestFact &pullRequest : data.pullRequests) {
        if (!period.contains(pullRequest.deployedAt))
            continue;
        PullRequestLeadTime record;
        record.pullRequestId = pullRequest.id;
        record.deploymentId = pullRequest.deploymentId;
        const bool firstCommitKnown = pullRequest.firstCommitAt && *pullRequest.firstCommitAt <= pullRequest.createdAt;
        if (firstCommitKnown)
            record.codingMs = pullRequest.createdAt - *pullRequest.firstCommitAt;
        record.reviewMs = pullRequest.mergedAt - pullRequest.createdAt;
        record.deployMs = pullRequest.deployedAt - pullRequest.mergedAt;
        record.totalMs =
            pullRequest.deployedAt - (firstCommitKnown ? *pullRequest.firstCommitAt : pullRequest.createdAt);
        leadTime.pullRequests.append(record);
    }
    summarizePullRequests(leadTime);
    return leadTime;
}

} // namespace flowdeck::metrics
