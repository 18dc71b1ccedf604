# SPDX-License-Identifier: GPL-3.0-or-later
# ci/gitlab: GitLab REST API pages read into CI records.
target_sources(flowdeck_core PRIVATE
    ci/gitlab/gitlabpages.h ci/gitlab/gitlabpages.cpp
    ci/gitlab/gitlabreading.h ci/gitlab/gitlabreading.cpp
    ci/gitlab/gitlabruns.cpp
    ci/gitlab/gitlabdelivery.cpp
)
