# SPDX-License-Identifier: GPL-3.0-or-later
# Reading the facts the metrics are computed from.
target_sources(flowdeck_core PRIVATE
    metrics/metricsload.cpp
    metrics/factloader.h
    metrics/factloader.cpp
    metrics/factscan.cpp
    metrics/hotfixmatcher.h
    metrics/hotfixmatcher.cpp
    metrics/idmap.h
    metrics/readconnection.h
    metrics/sharedscans.h
    metrics/readconnection.cpp
    metrics/rowreader.h
    metrics/rowreader.cpp
)
