# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Value stream page: canvas.
flowdeck_add_test(tst_mapcanvas SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapcanvas.cpp LIBRARIES flowdeck_views)
