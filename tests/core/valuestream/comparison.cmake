# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream comparison and of durations read from text.
flowdeck_add_test(tst_comparison SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_comparison.cpp LIBRARIES flowdeck_core)
flowdeck_add_test(tst_durationtext SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_durationtext.cpp LIBRARIES flowdeck_core)
