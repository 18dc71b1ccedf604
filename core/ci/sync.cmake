# SPDX-License-Identifier: GPL-3.0-or-later
# ci/sync: the connections of a workspace, and fetching what is new from each.
target_sources(flowdeck_core PRIVATE
    ci/sync/cisources.h ci/sync/cisources.cpp
)
target_sources(flowdeck_core PRIVATE
    ci/sync/cisync.h ci/sync/cisync.cpp
    ci/sync/syncsession.h
    ci/sync/githubsync.cpp
    ci/sync/gitlabsync.cpp
    ci/sync/jenkinssync.cpp
)
