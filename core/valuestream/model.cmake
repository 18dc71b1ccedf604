# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream map model: steps, states, statistics, analysis and simulation inputs.
target_sources(flowdeck_core PRIVATE valuestream/valuestreammap.cpp valuestream/valuestreammap.h)
# The map as the stable JSON of `flowdeck valuestream --json`.
target_sources(flowdeck_core PRIVATE valuestream/valuestreamjson.cpp valuestream/valuestreamjson.h)
# The workshop edits of a map's flow: removing a step with its flow bridged, inserting one after another.
target_sources(flowdeck_core PRIVATE valuestream/mapedits.cpp valuestream/mapedits.h)
