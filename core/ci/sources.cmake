# SPDX-License-Identifier: GPL-3.0-or-later
# CI/CD history: records read from GitHub, GitLab and Jenkins pages, saved responses and CSV, and their storing.
target_sources(flowdeck_core PRIVATE
    ci/records.h ci/records.cpp
    ci/timestamps.h ci/timestamps.cpp
    ci/pagereading.h ci/pagereading.cpp
    ci/json.h ci/json.cpp
)
# Each provider's parsers, the transport, CSV and the sync keep their own lists.
include(${CMAKE_CURRENT_LIST_DIR}/github.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/gitlab.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/jenkins.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/http.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/csv.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/store.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/sync.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/mapping.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/files.cmake)
