# SPDX-License-Identifier: GPL-3.0-or-later
# ci/sync: the connections of a workspace, and fetching what is new from each.
target_sources(flowdeck_core PRIVATE
    ci/sync/cisources.h ci/sync/cisources.cpp
)
