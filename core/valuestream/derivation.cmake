# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream derivation: a current-state map from the workspace's pull requests, jobs and deployments.
target_sources(flowdeck_core PRIVATE
    valuestream/derivation.cpp valuestream/derivation.h
    valuestream/derivegraph.cpp valuestream/derivegraph.h
    valuestream/derivereads.cpp valuestream/derivereads.h
    valuestream/derivewithmetrics.cpp valuestream/derivewithmetrics.h
    valuestream/derivejobs.cpp valuestream/derivepromotions.cpp valuestream/deriveweights.cpp)
