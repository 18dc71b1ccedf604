# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream map model.
flowdeck_add_test(tst_mapedits SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mapedits.cpp LIBRARIES flowdeck_core)
