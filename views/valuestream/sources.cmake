# SPDX-License-Identifier: GPL-3.0-or-later
# The Value stream page: the map in lean notation, the step editor, current and future state and the what-if.
include(${CMAKE_CURRENT_LIST_DIR}/canvas.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/editor.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/page.cmake)
