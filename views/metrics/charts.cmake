# SPDX-License-Identifier: GPL-3.0-or-later
# The Metrics page's charts.
target_sources(flowdeck_views PRIVATE
    metrics/chartstyle.h metrics/chartstyle.cpp
    metrics/metricschart.h metrics/metricschart.cpp
    metrics/weekaxis.h metrics/weekaxis.cpp
    metrics/deploymentschart.h metrics/deploymentschart.cpp
    metrics/leadtimechart.h metrics/leadtimechart.cpp
    metrics/leadtimehistogram.h metrics/leadtimehistogram.cpp
    metrics/failureschart.h metrics/failureschart.cpp
    metrics/cumulativeflowchart.h metrics/cumulativeflowchart.cpp
)
