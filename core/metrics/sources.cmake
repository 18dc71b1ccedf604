# SPDX-License-Identifier: GPL-3.0-or-later
# Delivery metrics: the DORA keys and flow metrics, their benchmark levels, and reading their facts.
target_sources(flowdeck_core PRIVATE
    metrics/metricsdata.h
    metrics/metrics.h
    metrics/levels.h
    metrics/metricsload.h
)
# The computation and the loading keep their own lists.
include(${CMAKE_CURRENT_LIST_DIR}/compute.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/load.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/records.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/json.cmake)
