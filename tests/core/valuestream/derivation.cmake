# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the value stream derivation.
flowdeck_add_test(tst_derivation SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_derivation.cpp
    LIBRARIES flowdeck_core flowdeck_testsupport)
flowdeck_add_test(tst_derivewithmetrics SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_derivewithmetrics.cpp
    LIBRARIES flowdeck_core flowdeck_testsupport)
