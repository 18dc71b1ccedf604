# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the PDF report and the Reports page.
flowdeck_add_test(tst_reportspage SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportspage.cpp
    LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_reportspage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
flowdeck_add_test(tst_reportpdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reportpdf.cpp LIBRARIES flowdeck_views)
set_tests_properties(tst_reportpdf PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
flowdeck_add_test(tst_reporthtml SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_reporthtml.cpp LIBRARIES flowdeck_views)
set_tests_properties(tst_reporthtml PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
