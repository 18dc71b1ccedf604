# SPDX-License-Identifier: GPL-3.0-or-later
# Reading the records behind a figure, for the Metrics page's drill-down.
target_sources(flowdeck_core PRIVATE
    metrics/drilldownrecords.h metrics/drilldownrecords.cpp
)
