# SPDX-License-Identifier: GPL-3.0-or-later
# ci/mapping: the user's corrections to an import: jobs onto pipeline stages, environment tiers.
target_sources(flowdeck_core PRIVATE
    ci/mapping/jobmapping.h ci/mapping/jobmapping.cpp
)
