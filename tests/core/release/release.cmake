# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of release plans, their storage, the calendar, trust, the backends and the engine.
include(${CMAKE_CURRENT_LIST_DIR}/plan.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/process.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/http.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/engine.cmake)
