# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream analysis and simulation.
include(${CMAKE_CURRENT_LIST_DIR}/analysis.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/simulation.cmake)
