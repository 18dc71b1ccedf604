# SPDX-License-Identifier: GPL-3.0-or-later
# The value stream comparison of a current and a future state, and durations read as people type them.
target_sources(flowdeck_core PRIVATE valuestream/comparison.cpp valuestream/comparison.h valuestream/durationtext.cpp
    valuestream/durationtext.h)
