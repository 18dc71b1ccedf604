# SPDX-License-Identifier: GPL-3.0-or-later
# Computing the metrics from their facts, and the benchmark tables.
target_sources(flowdeck_core PRIVATE
    metrics/levels.cpp
    metrics/period.h
    metrics/deploymenthistory.h metrics/deploymenthistory.cpp
    metrics/metricparts.h
    metrics/metrics.cpp
    metrics/leadtime.cpp
    metrics/failures.cpp
    metrics/flow.cpp
)
