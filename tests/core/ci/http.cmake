# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of ci/http.
flowdeck_add_test(tst_httpfetch SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_httpfetch.cpp
    LIBRARIES flowdeck_testsupport flowdeck_core)
