# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the report model and its text formats.
include(${CMAKE_CURRENT_LIST_DIR}/model.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/formats.cmake)
