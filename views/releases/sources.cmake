# SPDX-License-Identifier: GPL-3.0-or-later
# The Releases page: the list and calendar, a release's task graph with live status and logs, people's actions,
# and the plan and template editor.
include(${CMAKE_CURRENT_LIST_DIR}/page.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/editor.cmake)
# The dialogs for deployment backends and the deployment calendar.
target_sources(flowdeck_views PRIVATE
    releases/entrylistdialog.h releases/entrylistdialog.cpp
    releases/backendsdialog.h releases/backendsdialog.cpp
    releases/windowsdialog.h releases/windowsdialog.cpp
)
