# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the report text formats.
flowdeck_add_test(tst_reportformats SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportformats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportfixture.h ${CMAKE_CURRENT_LIST_DIR}/reportfixture.cpp
    LIBRARIES flowdeck_core flowdeck_testsupport)
