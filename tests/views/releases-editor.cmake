# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Releases page: the plan and template editor and the new release dialog.
flowdeck_add_test(tst_planeditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_planeditor.cpp
    LIBRARIES flowdeck_testsupport flowdeck_views)
# Times in this test are written out by hand in UTC.
set_tests_properties(tst_planeditor PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
