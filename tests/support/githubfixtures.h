// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scriptedhttpserver.h"

#include <QString>

#include <chrono>

namespace flowdeck::testing {

/// The repository whose API the GitHub fixtures answer for: `OWNER/REPO` as `flowdeck import github` takes it.
inline constexpr char githubFixtureRepository[] = "octo/hello";

/// Scripts `server` to answer a whole GitHub sync of githubFixtureRepository with the real pages of
/// ../shared/fixtures/ci/github (workflow runs on two pages, the jobs of a run, deployments and their statuses,
/// pull requests, releases) and the incident issues of tests/core/data/ci/github, each answer after `delay`.
void scriptGithubFixtures(ScriptedHttpServer &server, std::chrono::milliseconds delay = {});

} // namespace flowdeck::testing
