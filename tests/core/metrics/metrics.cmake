# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the delivery metrics: computation on hand-made facts, and reading facts from real workspaces.
include(${CMAKE_CURRENT_LIST_DIR}/compute.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/load.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/json.cmake)
