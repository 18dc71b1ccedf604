// SPDX-License-Identifier: GPL-3.0-or-later
#include "ci/records.h"

namespace flowdeck::ci {

void Batch::append(Batch &&other)
{
    runs += std::move(other.runs);
    jobs += std::move(other.jobs);
    deployments += std::move(other.deployments);
    deploymentStatuses += std::move(other.deploymentStatuses);
    pullRequests += std::move(other.pullRequests);
    incidents += std::move(other.incidents);
    releases += std::move(other.releases);
    environments += std::move(other.environments);
    warnings += std::move(other.warnings);
}

} // namespace flowdeck::ci
