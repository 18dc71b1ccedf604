# SPDX-License-Identifier: GPL-3.0-or-later
# Value stream maps: their analysis (summary, critical path, bottleneck) and the what-if simulation.
include(${CMAKE_CURRENT_LIST_DIR}/analysis.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/simulation.cmake)
