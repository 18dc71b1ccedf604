# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the CI/CD import: parsers against the shared fixtures, the transport against a loopback server, storing.
include(${CMAKE_CURRENT_LIST_DIR}/timestamps.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/github.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/gitlab.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/jenkins.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/http.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/csv.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/mapping.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/files.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sync.cmake)
