# SPDX-License-Identifier: GPL-3.0-or-later
# The summary, critical path and bottleneck of a value stream map.
target_sources(flowdeck_core PRIVATE valuestream/mapanalysis.cpp valuestream/mapanalysis.h)
