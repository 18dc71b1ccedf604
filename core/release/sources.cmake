# SPDX-License-Identifier: GPL-3.0-or-later
# Release orchestration: plans and templates, their storage, the deployment calendar, workspace trust, the
# deployment backends and the execution engine.
include(${CMAKE_CURRENT_LIST_DIR}/plan.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/process.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/http.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/engine.cmake)
