# SPDX-License-Identifier: GPL-3.0-or-later
# ci/github: sources of this part (target_sources(flowdeck_core PRIVATE ...)).
target_sources(flowdeck_core PRIVATE
    ci/github/githubpages.h ci/github/githubpages.cpp
    ci/github/githubreading.h ci/github/githubreading.cpp
    ci/github/githubactions.cpp
    ci/github/githubdeployments.cpp
    ci/github/githubchanges.cpp
    ci/github/githubincidents.cpp
)
