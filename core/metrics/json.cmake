# SPDX-License-Identifier: GPL-3.0-or-later
# The metrics as the stable JSON of `flowdeck metrics --json`.
target_sources(flowdeck_core PRIVATE
    metrics/metricsjson.h metrics/metricsjson.cpp
)
