# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Value stream page: the page on a hand-built workspace file.
flowdeck_add_test(tst_valuestreampage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_valuestreampage.cpp
    LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_valuestreampage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
