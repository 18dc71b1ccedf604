# SPDX-License-Identifier: GPL-3.0-or-later
# Tests of the Runs page.
flowdeck_add_test(tst_runspage SOURCES tst_runspage.cpp LIBRARIES flowdeck_testsupport flowdeck_views)
set_tests_properties(tst_runspage PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TZ=UTC")
