# SPDX-License-Identifier: GPL-3.0-or-later
# The Metrics page: the DORA tiles, the charts and the records behind each figure.
target_sources(flowdeck_views PRIVATE
    metrics/drilldown.h
)
include(${CMAKE_CURRENT_LIST_DIR}/charts.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/page.cmake)
