# SPDX-License-Identifier: GPL-3.0-or-later
# The Monte Carlo what-if simulation of a value stream map.
target_sources(flowdeck_core PRIVATE valuestream/simulation.cpp valuestream/simulation.h)
