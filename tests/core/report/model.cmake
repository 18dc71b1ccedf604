# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the report model.
flowdeck_add_test(tst_reportdemo SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportdemo.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
flowdeck_add_test(tst_reportgather SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportgather.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reportfixture.h ${CMAKE_CURRENT_LIST_DIR}/reportfixture.cpp
    LIBRARIES flowdeck_core flowdeck_testsupport)
