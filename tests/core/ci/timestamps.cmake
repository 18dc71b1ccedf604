# SPDX-License-Identifier: GPL-3.0-or-later
flowdeck_add_test(tst_citimestamps SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_citimestamps.cpp LIBRARIES flowdeck_core)
flowdeck_add_test(tst_cijson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cijson.cpp LIBRARIES flowdeck_core)
